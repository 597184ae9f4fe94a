/// How a batch job groups its documents: into events, or all as one comparison.
public enum BatchGrouping: String, Sendable, Hashable, Codable, CaseIterable {
  case events
  case one
}
