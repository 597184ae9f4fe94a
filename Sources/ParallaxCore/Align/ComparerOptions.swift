/// Options of a comparison: alignment thresholds and event grouping.
public struct ComparerOptions: Sendable, Hashable {
  public var alignment: AlignmentOptions
  public var events: EventOptions
  /// Untagged statements scoring at least this with each other form one emerging topic.
  public var emergingThreshold: Float

  public init(alignment: AlignmentOptions = AlignmentOptions(), events: EventOptions = EventOptions(), emergingThreshold: Float = 0.15) {
    self.alignment = alignment
    self.events = events
    self.emergingThreshold = emergingThreshold
  }
}
