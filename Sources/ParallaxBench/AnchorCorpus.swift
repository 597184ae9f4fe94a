import ICUAnchor
import ParallaxCore
import ParallaxBenchSupport

/// The C reference (ICUAnchor) over one corpus: plain ICU C API, objects opened once.
final class AnchorCorpus {
  /// The operations the anchor can time.
  enum Operation: Int32 {
    case nfkcCaseFold = 0
    case sentences = 1
    case words = 2
    case transliterate = 3
  }

  private let handle: OpaquePointer
  /// Copies of the corpus bytes and offsets that live as long as the handle borrows them.
  private let bytes: UnsafeMutableBufferPointer<UInt8>
  private let offsets: UnsafeMutableBufferPointer<Int64>
  private let languages: UnsafeMutableBufferPointer<UInt8>

  init(_ corpus: BenchCorpus) throws(BenchError) {
    let bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, corpus.bytes.count))
    _ = bytes.initialize(from: corpus.bytes)
    let offsets = UnsafeMutableBufferPointer<Int64>.allocate(capacity: corpus.offsets.count)
    _ = offsets.initialize(from: corpus.offsets)
    let languages = UnsafeMutableBufferPointer<UInt8>.allocate(
      capacity: max(1, corpus.languages.count))
    _ = languages.initialize(from: corpus.languages)
    var status: Int32 = 0
    let locales = CorpusLanguage.allCases.map(\.rawValue)
    let opened: OpaquePointer? = withCStrings(locales) { pointers in
      bytes.withMemoryRebound(to: CChar.self) { text in
        icuanchor_corpus_open(
          text.baseAddress, offsets.baseAddress, languages.baseAddress,
          Int32(corpus.paragraphs.count), pointers, Int32(locales.count), &status)
      }
    }
    guard status <= 0, let opened else {
      bytes.deallocate()
      offsets.deallocate()
      languages.deallocate()
      throw .anchor(operation: "open", name: String(cString: icuanchor_error_name(status)))
    }
    self.handle = opened
    self.bytes = bytes
    self.offsets = offsets
    self.languages = languages
  }

  deinit {
    icuanchor_corpus_close(handle)
    bytes.deallocate()
    offsets.deallocate()
    languages.deallocate()
  }

  /// Runs `operation` over the paragraphs in `range`; returns the anchor's checksum.
  @discardableResult
  func run(_ operation: Operation, utf16Only: Bool = false, paragraphs range: Range<Int>)
    throws(BenchError) -> Int64
  {
    var status: Int32 = 0
    let checksum = icuanchor_run(
      handle, operation.rawValue, utf16Only ? 1 : 0, Int32(range.lowerBound), Int32(range.count),
      &status)
    if status > 0 {
      throw .anchor(
        operation: "run \(operation)", name: String(cString: icuanchor_error_name(status)))
    }
    return checksum
  }

  /// The anchor's text output for one paragraph (normalization or transliteration).
  func output(_ operation: Operation, paragraph index: Int) throws(BenchError) -> String {
    var status: Int32 = 0
    var out: UnsafePointer<CChar>?
    let count = icuanchor_output(handle, operation.rawValue, Int32(index), &out, &status)
    guard status <= 0, let out else {
      throw .anchor(
        operation: "produce output", name: String(cString: icuanchor_error_name(status)))
    }
    return out.withMemoryRebound(to: UInt8.self, capacity: Int(count)) {
      String(decoding: UnsafeBufferPointer(start: $0, count: Int(count)), as: UTF8.self)
    }
  }
}

/// Calls `body` with a C array of C strings that lives for the call.
private func withCStrings<R>(
  _ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> R
) -> R {
  let copies = strings.map { string -> UnsafeMutablePointer<CChar> in
    let utf8 = Array(string.utf8CString)
    let copy = UnsafeMutablePointer<CChar>.allocate(capacity: utf8.count)
    copy.initialize(from: utf8, count: utf8.count)
    return copy
  }
  defer { copies.forEach { $0.deallocate() } }
  let pointers: [UnsafePointer<CChar>?] = copies.map { UnsafePointer($0) }
  return pointers.withUnsafeBufferPointer { body($0.baseAddress) }
}
