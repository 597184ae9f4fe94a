/// A topic: a lexicon concept (`humanitarian.access`) or an emerging topic found by clustering
/// (`emerging.grain-odesa`).
public struct TopicID: RawRepresentable, Sendable, Hashable, Codable, Comparable,
  CustomStringConvertible, ExpressibleByStringLiteral
{
  public let rawValue: String

  public init(rawValue: String) { self.rawValue = rawValue }
  public init(_ rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { self.rawValue = value }

  /// The prefix of topics found by clustering rather than by the lexicons.
  public static let emergingPrefix = "emerging."

  /// Whether it was found by clustering.
  public var isEmerging: Bool { rawValue.hasPrefix(Self.emergingPrefix) }

  /// Whether `text` is dotted lowercase: ASCII letters, digits and hyphens in dot-separated parts.
  public static func isValid(_ text: String) -> Bool {
    // Parts of a-z, 0-9 and "-", joined by dots: read as bytes (every allowed one is ASCII).
    var parts = 1
    var partLength = 0
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "."):
        guard partLength > 0 else { return false }
        parts += 1
        partLength = 0
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
        partLength += 1
      default:
        return false
      }
    }
    return parts >= 2 && partLength > 0
  }

  public var description: String { rawValue }
  public static func < (lhs: TopicID, rhs: TopicID) -> Bool { lhs.rawValue < rhs.rawValue }

  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}
