internal import CICUShim

/// An error reported by ICU: its code, its ICU name and the operation that failed.
///
/// ```swift
/// ICUError(code: 1, name: "U_ILLEGAL_ARGUMENT_ERROR", operation: "open transliterator 'X'")
/// // prints: icu error U_ILLEGAL_ARGUMENT_ERROR (1) while trying to open transliterator 'X'
/// ```
public struct ICUError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The `UErrorCode` value (positive for failures).
  public let code: Int32
  /// ICU's name for the code, such as `U_INVALID_ID`.
  public let name: String
  /// What Parallax asked ICU to do.
  public let operation: String

  public init(code: Int32, name: String, operation: String) {
    self.code = code
    self.name = name
    self.operation = operation
  }

  init(code: Int32, operation: String) {
    self.init(code: code, name: String(cString: pxicu_error_name(code)), operation: operation)
  }

  public var description: String {
    "icu error \(name) (\(code)) while trying to \(operation)"
  }

  /// Throws when `status` holds an ICU failure (a positive code).
  static func check(_ status: Int32, _ operation: @autoclosure () -> String) throws(ICUError) {
    if status > 0 { throw ICUError(code: status, operation: operation()) }
  }

  /// The error for inputs longer than ICU's 32-bit lengths allow.
  static func tooLong(_ operation: String) -> ICUError {
    ICUError(code: 1, name: "U_ILLEGAL_ARGUMENT_ERROR", operation: "\(operation) (input over 2 GB)")
  }
}
