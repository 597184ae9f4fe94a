import ParallaxCore
import ParallaxICU

/// Runs `body`, turning its ICU error into a bench error.
func icu<T>(_ body: () throws(ICUError) -> T) throws(BenchError) -> T {
  do { return try body() } catch { throw .icu(error) }
}

/// Calls `body` with the UTF-8 bytes of `text`, rethrowing its typed error.
func withBytes<R>(
  _ text: String, _ body: (UnsafeBufferPointer<UInt8>) throws(ICUError) -> R
) throws(ICUError) -> R {
  var text = text
  let result: Result<R, ICUError> = text.withUTF8 { bytes in
    do throws(ICUError) { return .success(try body(bytes)) } catch { return .failure(error) }
  }
  return try result.get()
}

/// A note naming the first paragraph where two outputs differ, or nil when all agree.
func firstDifference(
  _ count: Int, _ lhs: (Int) throws(BenchError) -> String,
  _ rhs: (Int) throws(BenchError) -> String, labels: (String, String)
) throws(BenchError) -> String? {
  for index in 0..<count {
    let a = try lhs(index)
    let b = try rhs(index)
    if a != b {
      return "paragraph \(index) differs:\n  \(labels.0): \(a.prefix(400))\n"
        + "  \(labels.1): \(b.prefix(400))"
    }
  }
  return nil
}
