/// A run's row in the history store.
public struct HistoryRunID: Sendable, Hashable {
  public let rawValue: Int64
  public init(rawValue: Int64) { self.rawValue = rawValue }
}
