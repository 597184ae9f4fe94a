// Passing Swift strings to the shim as UTF-8 and reading its UTF-8 buffers back.

/// Calls `body` with the string's UTF-8 bytes as a C pointer and a 32-bit length.
@inline(__always)
func withCString8<R>(
  _ text: String, operation: @autoclosure () -> String,
  _ body: (UnsafePointer<CChar>?, Int32) throws(ICUError) -> R
) throws(ICUError) -> R {
  var text = text
  let result: Result<R, ICUError> = text.withUTF8 { bytes in
    guard bytes.count <= Int(Int32.max) else { return .failure(ICUError.tooLong(operation())) }
    let pointer = UnsafeRawPointer(bytes.baseAddress)?.assumingMemoryBound(to: CChar.self)
    do throws(ICUError) {
      return .success(try body(pointer, Int32(bytes.count)))
    } catch {
      return .failure(error)
    }
  }
  return try result.get()
}

/// A string made from `count` UTF-8 bytes at `pointer` (a shim-owned buffer).
@inline(__always)
func stringFromShim(_ pointer: UnsafePointer<CChar>?, count: Int32) -> String {
  guard let pointer, count > 0 else { return "" }
  return pointer.withMemoryRebound(to: UInt8.self, capacity: Int(count)) {
    String(decoding: UnsafeBufferPointer(start: $0, count: Int(count)), as: UTF8.self)
  }
}

extension Array where Element == UInt16 {
  /// The UTF-16 code units of `text`.
  init(utf16Of text: some StringProtocol) {
    self.init(text.utf16)
  }
}

/// A string from NUL-terminated UTF-16 units.
func stringFromUTF16(_ units: [UInt16]) -> String {
  String(decoding: units.prefix { $0 != 0 }, as: UTF16.self)
}
