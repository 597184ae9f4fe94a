/// A statement within its document, stable across runs: `s1`, `s2`, … in document order.
public struct StatementID: RawRepresentable, Sendable, Hashable, Codable, Comparable,
  CustomStringConvertible
{
  public let rawValue: String

  public init(rawValue: String) { self.rawValue = rawValue }

  /// The id of the `ordinal`-th statement (1-based).
  public init(ordinal: Int) { self.rawValue = "s\(ordinal)" }

  /// The id of the `ordinal`-th heading of a story (1-based): `h1`, never a statement's.
  public init(heading ordinal: Int) { self.rawValue = "h\(ordinal)" }

  /// The ordinal in `s12`, for ordering `s2` before `s10`.
  public var ordinal: Int { Int(rawValue.dropFirst()) ?? 0 }

  public var description: String { rawValue }
  public static func < (lhs: StatementID, rhs: StatementID) -> Bool {
    (lhs.ordinal, lhs.rawValue) < (rhs.ordinal, rhs.rawValue)
  }

  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}
