/// A BCP 47 language tag used to find locale data: `uk`, `sr-Latn-RS`, `und`.
public struct LocaleID: RawRepresentable, Sendable, Hashable, Codable, Comparable,
  CustomStringConvertible, ExpressibleByStringLiteral
{
  public let rawValue: String

  public init(rawValue: String) { self.rawValue = rawValue }
  public init(_ rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { self.rawValue = value }

  /// The language-independent data root.
  public static let undetermined = LocaleID("und")

  /// The language subtag: `sr` for `sr-Latn-RS`.
  public var language: String {
    guard let dash = rawValue.utf8.firstIndex(of: UInt8(ascii: "-")) else { return rawValue }
    return String(rawValue[..<dash])
  }

  /// This tag, then each shorter prefix, then `und`: `sr-Latn-RS → sr-Latn → sr → und`.
  public var fallbacks: [LocaleID] {
    var parts = rawValue.split(separator: "-").map(String.init)
    var result: [LocaleID] = []
    while !parts.isEmpty {
      result.append(LocaleID(parts.joined(separator: "-")))
      parts.removeLast()
    }
    if result.last != .undetermined { result.append(.undetermined) }
    return result
  }

  public var description: String { rawValue }
  public static func < (lhs: LocaleID, rhs: LocaleID) -> Bool { lhs.rawValue < rhs.rawValue }
}
