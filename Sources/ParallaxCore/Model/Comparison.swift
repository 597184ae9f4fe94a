/// What several sources say about the same events: the events, each with its documents, its
/// alignments and the statements unique to one source, plus the topics they refer to.
/// Everything a report renders; every statement of every document appears exactly once, in an
/// alignment or as unique. Data for `parallax.comparison/1`.
public struct Comparison: Sendable, Hashable {
  /// The JSON schema of the rendered data.
  public static let schema = "parallax.comparison/1"

  public var events: [ComparisonEvent]
  /// Every topic referred to, lexicon concepts and emerging topics, sorted by id.
  public var topics: [TopicInfo]
  /// The thresholds and options used, for a report's method section.
  public var settings: ComparisonSettings

  public init(events: [ComparisonEvent], topics: [TopicInfo], settings: ComparisonSettings) {
    self.events = events
    self.topics = topics
    self.settings = settings
  }

  /// The topic with `id`: a binary search, since `topics` is sorted by id (reports look a topic
  /// up for every row, and a comparison of thousands of events has thousands of emerging
  /// topics), with a scan as the fallback for topics given out of order.
  public func topic(_ id: TopicID) -> TopicInfo? {
    var low = 0
    var high = topics.count
    while low < high {
      let middle = (low + high) / 2
      if topics[middle].id < id { low = middle + 1 } else { high = middle }
    }
    if low < topics.count, topics[low].id == id { return topics[low] }
    return topics.first { $0.id == id }
  }
}

/// The thresholds and options a comparison ran with.
public struct ComparisonSettings: Sendable, Hashable {
  public var suggestThreshold: Double
  public var confidentThreshold: Double
  public var eventThreshold: Double
  public var dayWindow: Int
  public var asOne: Bool
  /// The house style whose framing terms were looked for.
  public var style: String?

  public init(suggestThreshold: Double, confidentThreshold: Double, eventThreshold: Double, dayWindow: Int, asOne: Bool, style: String?) {
    self.suggestThreshold = suggestThreshold
    self.confidentThreshold = confidentThreshold
    self.eventThreshold = eventThreshold
    self.dayWindow = dayWindow
    self.asOne = asOne
    self.style = style
  }
}
