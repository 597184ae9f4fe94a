/// The labelled development set read from `Tests/DevSet/articles.yaml` (`parallax.devset/1`).
struct DevSet: Sendable {
  /// A topic id of the labels and the Parallax topic ids that count as predicting it.
  struct Topic: Sendable, Equatable {
    var id: String
    var parallax: [String]
  }

  /// A person or institution that the page quotes or reports as saying something.
  struct Speaker: Sendable, Equatable {
    var name: String
    var aka: [String]
    var isOrganization: Bool
    var statements: Int?

    /// Every form the speaker may be matched by: the name first, then the other forms.
    var forms: [String] { [name] + aka }
  }

  /// One page: facts about it and the gold labels.
  struct Article: Sendable, Equatable {
    var id: String
    var url: String
    var outlet: String
    var language: String
    var published: String?
    var query: String
    var event: String
    var speakers: [Speaker]
    var topics: [String]
    var names: [String]
    var chrome: [String]
  }

  static let schema = "parallax.devset/1"

  var topics: [Topic]
  var articles: [Article]

  /// Decodes the labels file's text.
  /// - Throws: `RealPagesError.labels` or `.badLabel` naming the line or the article.
  init(text: String, path: String) throws(RealPagesError) {
    let root = try LabelsReader.parse(text, path: path)
    guard root["schema"]?.string == Self.schema else {
      throw .labels(path: path, line: 1, problem: "the file must declare 'schema: \(Self.schema)'")
    }
    var topics: [Topic] = []
    for item in root["topics"]?.items ?? [] {
      guard let id = item["id"]?.string, !id.isEmpty else {
        throw .badLabel(path: path, article: "(topics)", problem: "a topic has no id")
      }
      let parallax = (item["parallax"]?.items ?? []).compactMap(\.string)
      topics.append(Topic(id: id, parallax: parallax))
    }
    let known = Set(topics.map(\.id))
    var articles: [Article] = []
    var seen: Set<String> = []
    for item in root["articles"]?.items ?? [] {
      let article = try Self.article(item, path: path, topics: known)
      guard seen.insert(article.id).inserted else {
        throw .badLabel(path: path, article: article.id, problem: "the id is used twice")
      }
      articles.append(article)
    }
    self.topics = topics
    self.articles = articles
  }

  private static func article(
    _ item: LabelsValue, path: String, topics: Set<String>
  ) throws(RealPagesError) -> Article {
    let id = item["id"]?.string ?? ""
    func required(_ key: String) throws(RealPagesError) -> String {
      guard let value = item[key]?.string, !value.isEmpty else {
        throw .badLabel(
          path: path, article: id.isEmpty ? "(no id)" : id, problem: "'\(key)' is missing")
      }
      return value
    }
    func strings(_ key: String) throws(RealPagesError) -> [String] {
      guard let value = item[key] else { return [] }
      guard let items = value.items else {
        throw .badLabel(path: path, article: id, problem: "'\(key)' must be a list")
      }
      return items.compactMap(\.string)
    }
    _ = try required("id")
    var speakers: [Speaker] = []
    for entry in item["speakers"]?.items ?? [] {
      guard let name = entry["name"]?.string, !name.isEmpty else {
        throw .badLabel(path: path, article: id, problem: "a speaker has no name")
      }
      let aka = (entry["aka"]?.items ?? []).compactMap(\.string)
      let kind = entry["kind"]?.string ?? "person"
      guard kind == "person" || kind == "org" else {
        throw .badLabel(
          path: path, article: id, problem: "speaker kind '\(kind)' is neither person nor org")
      }
      let statements = entry["statements"]?.string.flatMap { Int($0) }
      speakers.append(
        Speaker(name: name, aka: aka, isOrganization: kind == "org", statements: statements))
    }
    let articleTopics = try strings("topics")
    for topic in articleTopics where !topics.contains(topic) {
      throw .badLabel(
        path: path, article: id, problem: "topic '\(topic)' is not in the topics list")
    }
    return Article(
      id: id, url: try required("url"), outlet: try required("outlet"),
      language: try required("language"), published: item["published"]?.string,
      query: try required("query"), event: try required("event"), speakers: speakers,
      topics: articleTopics, names: try strings("names"), chrome: try strings("chrome"))
  }
}
