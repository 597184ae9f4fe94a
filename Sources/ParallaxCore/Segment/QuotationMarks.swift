/// The quotation mark pairs of the languages Parallax reads, from
/// `Locales/und/quotation-marks.yaml` (`schema: parallax.quotation-marks/1`).
public struct QuotationMarks: Sendable, Hashable {
  public struct Pair: Sendable, Hashable, Decodable {
    public var open: String
    public var close: String
  }

  public var pairs: [Pair]

  public init(pairs: [Pair]) { self.pairs = pairs }

  public static let path = "und/quotation-marks.yaml"
  public static let schemaKind = "parallax.quotation-marks"
  static let keySchema = KeySchema.mapping(
    ["schema": .any, "pairs": .sequence(.mapping(["open": .any, "close": .any], required: ["open", "close"]))],
    required: ["pairs"])

  struct File: Decodable { var pairs: [Pair] }

  public static func load(from data: any LocaleDataProvider) throws(LocaleDataError) -> QuotationMarks {
    let document = try YAMLDocument(
      text: try data.read(path), path: data.displayPath(path), kind: schemaKind, majors: 1...1)
    if let problem = document.unknownKeys(against: keySchema).first { throw problem }
    let file = try document.decode(File.self)
    for (index, pair) in file.pairs.enumerated()
    where pair.open.unicodeScalars.count != 1 || pair.close.unicodeScalars.count != 1 {
      let at = document.position(at: [NameRegistry.Key.named("pairs"), NameRegistry.Key.index(index)])
      throw .invalidValue(file: document.path, line: at.line, column: at.column, key: "pairs",
                          problem: "each mark must be one character")
    }
    return QuotationMarks(pairs: file.pairs)
  }

  /// The spans of `bytes` (UTF-8) inside quotation marks, marks included, outermost only. A
  /// quotation left open ends with its paragraph (a blank line), never later.
  public func spans(utf8 bytes: [UInt8]) -> [Range<Int>] {
    var opens: [UInt32: [UInt32]] = [:]
    var closers: Set<UInt32> = []
    for pair in pairs {
      guard let o = pair.open.unicodeScalars.first?.value, let c = pair.close.unicodeScalars.first?.value else { continue }
      opens[o, default: []].append(c)
      closers.insert(c)
    }
    // Lead bytes of the marks: every other byte is skipped without decoding.
    var leads = [Bool](repeating: false, count: 256)
    for pair in pairs {
      for mark in [pair.open, pair.close] { if let lead = mark.utf8.first { leads[Int(lead)] = true } }
    }
    var spans: [Range<Int>] = []
    var stack: [(start: Int, closes: [UInt32])] = []
    var i = 0
    var previous: UInt32 = 0x20
    var lineIsBlank = true
    while i < bytes.count {
      let byte = bytes[i]
      if !leads[Int(byte)], byte != 0x0A {
        if byte != 0x20 && byte != 0x09 && byte != 0x0D { lineIsBlank = false }
        // Keep the previous scalar exact: decode lead bytes, skip continuation bytes.
        if byte < 0x80 {
          previous = UInt32(byte)
          i += 1
        } else if byte >= 0xC0 {
          let (scalar, width) = decodeUTF8Scalar(bytes, at: i)
          previous = scalar
          i += width
        } else {
          i += 1
        }
        continue
      }
      let (scalar, width) = decodeUTF8Scalar(bytes, at: i)
      if scalar == 0x0A {
        if lineIsBlank, let first = stack.first {
          spans.append(first.start..<i)
          stack.removeAll()
        }
        lineIsBlank = true
      } else if scalar != 0x20 && scalar != 0x09 && scalar != 0x0D {
        lineIsBlank = false
      }
      if let top = stack.last, top.closes.contains(scalar), !(opens[scalar] != nil && isOpeningContext(previous)) {
        stack.removeLast()
        if stack.isEmpty { spans.append(top.start..<(i + width)) }
      } else if let closes = opens[scalar], !(closers.contains(scalar) && !isOpeningContext(previous)) {
        stack.append((i, closes))
      }
      previous = scalar
      i += width
    }
    if let first = stack.first { spans.append(first.start..<bytes.count) }
    return spans
  }

  /// A mark that can open or close opens after a space, a line start or an opening bracket.
  private func isOpeningContext(_ previous: UInt32) -> Bool {
    previous == 0x20 || previous == 0x0A || previous == 0x09 || previous == 0x28 || previous == 0x5B
      || previous == 0xA0 || previous == 0x2014 || previous == 0x2013
  }
}
