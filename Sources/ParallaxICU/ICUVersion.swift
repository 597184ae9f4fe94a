internal import CICUShim

/// The version of the ICU library Parallax runs against.
public enum ICUVersion {
  /// The full ICU version, such as "72.1".
  public static var current: String {
    var buffer = [CChar](repeating: 0, count: 32)
    pxicu_version(&buffer, Int32(buffer.count))
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// The major version, such as 72.
  public static var major: Int {
    Int(current.split(separator: ".").first ?? "") ?? 0
  }

  /// The Unicode version of ICU's character data, such as "15.0".
  public static var unicode: String {
    var buffer = [CChar](repeating: 0, count: 32)
    pxicu_unicode_version(&buffer, Int32(buffer.count))
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
