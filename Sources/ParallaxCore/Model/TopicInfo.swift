/// A topic a comparison refers to: a lexicon concept with its labels, or an emerging topic
/// labelled by its top terms.
public struct TopicInfo: Sendable, Hashable {
  public var id: TopicID
  /// Labels by report language (`en`, `ru`, `uk`); empty for emerging topics.
  public var labels: [String: String]
  /// The top terms of an emerging topic, as written in its statements.
  public var terms: [String]

  public init(id: TopicID, labels: [String: String] = [:], terms: [String] = []) {
    self.id = id
    self.labels = labels
    self.terms = terms
  }

  public var isEmerging: Bool { id.isEmerging }

  /// The label in `language`, else English, else the top terms joined by commas.
  public func label(in language: String) -> String {
    labels[language] ?? labels["en"] ?? terms.joined(separator: ", ")
  }
}
