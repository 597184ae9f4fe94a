/// A registry entity: a dotted lowercase id such as `person.sergey-lavrov` or `place.moscow`.
public struct EntityID: RawRepresentable, Sendable, Hashable, Codable, Comparable,
  CustomStringConvertible, ExpressibleByStringLiteral
{
  public let rawValue: String

  public init(rawValue: String) { self.rawValue = rawValue }
  public init(_ rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { self.rawValue = value }

  /// The kind prefix: `person` for `person.sergey-lavrov`.
  public var kind: String {
    let utf8 = rawValue.utf8
    var start = utf8.startIndex
    while start < utf8.endIndex, utf8[start] == UInt8(ascii: ".") { start = utf8.index(after: start) }
    let end = utf8[start...].firstIndex(of: UInt8(ascii: ".")) ?? utf8.endIndex
    return String(rawValue[start..<end])
  }

  /// Whether the kind prefix is `kind`: `kind` without building a String.
  public func hasKind(_ kind: String) -> Bool {
    let utf8 = rawValue.utf8
    let dot = UInt8(ascii: ".")
    var i = utf8.startIndex
    while i != utf8.endIndex, utf8[i] == dot { i = utf8.index(after: i) }
    for byte in kind.utf8 {
      guard i != utf8.endIndex, utf8[i] == byte else { return false }
      i = utf8.index(after: i)
    }
    return i == utf8.endIndex || utf8[i] == dot
  }

  public var description: String { rawValue }
  public static func < (lhs: EntityID, rhs: EntityID) -> Bool { lhs.rawValue < rhs.rawValue }

  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}
