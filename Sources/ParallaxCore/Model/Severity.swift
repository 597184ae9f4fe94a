/// How much a finding matters, from most to least.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
  case error, warning, suggestion, info

  /// Higher is more severe.
  public var rank: Int {
    switch self {
    case .error: 3
    case .warning: 2
    case .suggestion: 1
    case .info: 0
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
