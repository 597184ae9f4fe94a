/// A topic a comparison refers to: a lexicon concept with its labels, or an emerging topic
/// labelled by its top terms.
public struct TopicInfo: Sendable, Hashable {
  public var id: TopicID
  /// Labels by report language (`en`, `ru`, `uk`); empty for emerging topics.
  public var labels: [String: String]
  /// The top terms of an emerging topic, as written in its statements.
  public var terms: [String] {
    get { storedTerms.list }
    set { storedTerms = TopicTerms(newValue) }
  }
  private var storedTerms: TopicTerms

  public init(id: TopicID, labels: [String: String] = [:], terms: [String] = []) {
    self.id = id
    self.labels = labels
    self.storedTerms = TopicTerms(terms)
  }

  /// An emerging topic whose terms are kept as numbers in the word vocabulary of surfaces.
  init(id: TopicID, terms: TopicTerms) {
    self.id = id
    self.labels = [:]
    self.storedTerms = terms
  }

  public var isEmerging: Bool { id.isEmerging }

  /// The label in `language`, else English, else the top terms joined by commas.
  public func label(in language: String) -> String {
    labels[language] ?? labels["en"] ?? terms.joined(separator: ", ")
  }
}

/// The top terms of a topic. An emerging topic's (at most three) are numbers in the word
/// vocabulary of surfaces (`WordVocabulary.surfaces`), kept in place: a comparison of a large
/// corpus holds an emerging topic for most of its statements, and a list of strings each would
/// cost it more than the topic itself. Equal lists of terms are equal however they are kept.
enum TopicTerms: Sendable, Hashable {
  case surfaces(count: UInt8, UInt32, UInt32, UInt32)
  case list([String])

  init(_ terms: [String]) {
    self = terms.isEmpty ? .surfaces(count: 0, 0, 0, 0) : .list(terms)
  }

  /// Up to three terms by their numbers in `WordVocabulary.surfaces` (the rest are dropped).
  init(surfaces: some Collection<UInt32>) {
    var numbers = surfaces.prefix(3).makeIterator()
    let count = UInt8(min(surfaces.count, 3))
    self = .surfaces(count: count, numbers.next() ?? 0, numbers.next() ?? 0, numbers.next() ?? 0)
  }

  var list: [String] {
    switch self {
    case .list(let terms): terms
    case .surfaces(let count, let a, let b, let c): [a, b, c].prefix(Int(count)).map { WordVocabulary.surfaces[$0] }
    }
  }

  static func == (lhs: TopicTerms, rhs: TopicTerms) -> Bool { lhs.list == rhs.list }
  func hash(into hasher: inout Hasher) { hasher.combine(list) }
}
