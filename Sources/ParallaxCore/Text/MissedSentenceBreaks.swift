/// Where a sentence starts that ICU's sentence rules run past, found in the bytes of a span ICU
/// gives as one sentence:
/// - glued sentences, the space after a full stop lost when web copy's lines were joined ("…
///   toni prudenti.Il presidente …", "… the region.\"While …"): a word of three lowercase
///   letters or more ends with a full stop, a question or an exclamation mark (and perhaps a
///   quotation mark), and a capital and a lowercase letter follow right away.
///   Abbreviations end in a capital ("U.S.Army") or are short, and decimals have digits, so
///   neither is cut;
/// - a quotation after a full stop and a space that opens with a number ("… Шойгу. «300
///   тысяч …»"): ICU reads the lowercase word after the number as the sentence going on. The
///   caller says where an abbreviation or an initial ends no sentence (`continues`).
enum MissedSentenceBreaks {
  /// The offsets in `bytes[from..<to]` where a missed sentence begins, in order.
  static func offsets(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int, continues: (Int) -> Bool) -> [Int] {
    (glued(bytes, from: from, to: to) + quotationsOpeningWithNumber(bytes, from: from, to: to, continues: continues)).sorted()
  }

  /// Array form of `offsets`, for tests and callers without a buffer.
  static func offsets(_ bytes: [UInt8], continues: (Int) -> Bool = { _ in false }) -> [Int] {
    bytes.withUnsafeBufferPointer { offsets($0, from: 0, to: $0.count, continues: continues) }
  }

  /// The starts of glued sentences in `bytes[from..<to]`.
  static func glued(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> [Int] {
    var cuts: [Int] = []
    var i = from + 3
    while i < to - 2 {
      defer { i += 1 }
      let byte = bytes[i]
      guard isStop(byte), endsLowercaseWord(bytes, before: i, floor: from) else { continue }
      let next = i + 1 + quotationMarkWidth(bytes, at: i + 1, to: to)
      guard next < to, startsCapitalizedWord(bytes, at: next, to: to) else { continue }
      cuts.append(next)
    }
    return cuts
  }

  /// The opening marks of quotations that open with a digit after a full stop, a question or
  /// an exclamation mark and a space, in `bytes[from..<to]`, unless `continues` says the
  /// sentence goes on there.
  static func quotationsOpeningWithNumber(
    _ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int, continues: (Int) -> Bool
  ) -> [Int] {
    var cuts: [Int] = []
    var i = from + 1
    while i < to - 3 {
      defer { i += 1 }
      guard isStop(bytes[i]), bytes[i + 1] == 0x20 else { continue }
      var mark = i + 1
      while mark < to, bytes[mark] == 0x20 { mark += 1 }
      let width = quotationMarkWidth(bytes, at: mark, to: to)
      guard width > 0, mark + width < to, (0x30...0x39).contains(bytes[mark + width]), !continues(mark) else { continue }
      cuts.append(mark)
    }
    return cuts
  }

  private static func isStop(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
  }

  /// Whether the three scalars before `end` (not before `floor`) are lowercase letters.
  private static func endsLowercaseWord(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int, floor: Int) -> Bool {
    var position = end
    for _ in 0..<3 {
      var start = position - 1
      while start > floor, bytes[start] & 0xC0 == 0x80 { start -= 1 }
      guard start >= floor, let scalar = Unicode.Scalar(decodeUTF8Scalar(bytes, at: start).0), scalar.properties.isLowercase
      else { return false }
      position = start
    }
    return true
  }

  /// The width of the quotation mark at `offset` (Unicode's Quotation_Mark: '"', '»', '„', '“'
  /// and the rest of every script's marks), or 0.
  private static func quotationMarkWidth(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, to: Int) -> Int {
    guard offset < to else { return 0 }
    let (value, width) = decodeUTF8Scalar(bytes, at: offset)
    guard offset + width <= to, let scalar = Unicode.Scalar(value), scalar.properties.isQuotationMark else { return 0 }
    return width
  }

  /// Whether an uppercase letter and a lowercase one start at `offset`.
  private static func startsCapitalizedWord(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, to: Int) -> Bool {
    let (first, width) = decodeUTF8Scalar(bytes, at: offset)
    guard offset + width < to, let capital = Unicode.Scalar(first), capital.properties.isUppercase,
      let second = Unicode.Scalar(decodeUTF8Scalar(bytes, at: offset + width).0)
    else { return false }
    return second.properties.isLowercase
  }
}
