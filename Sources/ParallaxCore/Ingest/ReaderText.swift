/// The text of a file that a reader sees, located in the file: for HTML the text outside tags,
/// comments, `script` and `style`; for JSON Lines the string values of the `title` and `text`
/// fields; for Markdown and plain text everything after the front matter.
///
/// `check` reviews `masked`, a copy of the file in which every byte a reader does not see is
/// blanked: ASCII becomes a space, a multi-byte character a blank of the same length (so byte
/// offsets, lines and columns of findings are the file's own), line breaks stay. Fixes then
/// apply to the file's text at the same offsets and can never touch a script, an attribute, a
/// comment or a JSON key.
///
/// ```swift
/// let seen = ReaderText(InputText(path: "a.html", text: "<p data-city=\"Kiev\">Kiev</p>"))
/// seen.spans.map(\.range)   // [21..<25]: only the paragraph's text
/// ```
public struct ReaderText: Sendable {
  /// A run of visible text: UTF-8 offsets in the file's text and where it starts.
  public struct Span: Sendable, Hashable {
    public var range: Range<Int>
    public var line: Int
    public var column: Int
  }

  /// The visible runs in file order.
  public let spans: [Span]
  /// The file's text with everything outside `spans` blanked (same length, same lines).
  public let masked: String
  /// The lines and columns of the file (the masked text has the same: masking keeps every
  /// byte and scalar count).
  public let lines: LineTable
  /// Problems of the file's structure: malformed front matter, a bad JSON Lines record.
  public let problems: [IngestError]

  /// The visible text of `input`, its format chosen as `statements` chooses it (extension,
  /// else the first bytes).
  public init(_ input: InputText) {
    self.init(input, format: DocumentFormatSniffer().format(of: input))
  }

  /// The visible text of `input` read as `format`.
  public init(_ input: InputText, format: Document.Format) {
    let bytes = Array(input.text.utf8)
    var ranges: [Range<Int>] = []
    var problems: [IngestError] = []
    switch format {
    case .agencyText:
      ranges = [0..<bytes.count]
    case .frontMatter:
      if let fence = FrontMatterFence.find(in: input.text, path: input.path) {
        if let problem = fence.problem { problems.append(problem) }
        ranges = [fence.bodyStart..<bytes.count]
      } else {
        ranges = [0..<bytes.count]
      }
    case .html:
      ranges = HTMLTextScanner.visibleRanges(in: bytes)
    case .jsonLines:
      (ranges, problems) = JSONLinesText.textRanges(in: bytes, path: input.path)
    }
    ranges = ranges.filter { !$0.isEmpty }
    let lines = LineTable(input.text)
    self.lines = lines
    spans = ranges.map { range in
      let position = lines.position(ofByte: range.lowerBound)
      return Span(range: range, line: position.line, column: position.column)
    }
    self.problems = problems
    if ranges == [0..<bytes.count] {
      masked = input.text
    } else {
      masked = Self.mask(bytes, keeping: ranges)
    }
  }

  /// Whether `range` lies inside one visible span (a binary search: spans are in file order).
  public func contains(_ range: Range<Int>) -> Bool {
    var low = 0
    var high = spans.count
    // The first span that starts after range.lowerBound; the one before it is the candidate.
    while low < high {
      let mid = (low + high) / 2
      if spans[mid].range.lowerBound <= range.lowerBound { low = mid + 1 } else { high = mid }
    }
    guard low > 0 else { return false }
    return range.upperBound <= spans[low - 1].range.upperBound
  }

  /// `bytes` with every byte outside `ranges` (sorted, disjoint) blanked, keeping line breaks
  /// and the byte and scalar count of every character.
  static func mask(_ bytes: [UInt8], keeping ranges: [Range<Int>]) -> String {
    var out = bytes
    var cursor = 0
    func blank(_ range: Range<Int>) {
      var i = range.lowerBound
      while i < range.upperBound {
        let byte = bytes[i]
        let width = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
        if width == 1 || i + width > range.upperBound {
          if byte != 0x0A && byte != 0x0D { out[i] = 0x20 }
          i += 1
          continue
        }
        // A blank of the same width: no-break space, en space, or a private-use character
        // that no name, quotation mark or word contains.
        let filler: [UInt8] =
          switch width {
          case 2: [0xC2, 0xA0]
          case 3: [0xE2, 0x80, 0x82]
          default: [0xF3, 0xB0, 0x80, 0x80]
          }
        for k in 0..<width { out[i + k] = filler[k] }
        i += width
      }
    }
    for range in ranges {
      if range.lowerBound > cursor { blank(cursor..<range.lowerBound) }
      cursor = max(cursor, range.upperBound)
    }
    if cursor < bytes.count { blank(cursor..<bytes.count) }
    return String(decoding: out, as: UTF8.self)
  }
}

/// The text of an HTML page as a browser shows it, as byte ranges of the source: tags (with
/// their attributes), comments, doctype, processing instructions and the content of `script`,
/// `style` and the other raw-text elements are left out. It follows the HTML tokenizer's
/// states only as far as that needs; libxml2 builds the tree for `statements`, but it does
/// not say where in the source each text starts.
enum HTMLTextScanner {
  /// Elements whose content is not text a reader sees.
  static let hidden: Set<String> = ["script", "style", "template", "noscript", "iframe", "noembed", "noframes", "xmp", "svg", "math"]
  /// Elements whose content is text up to their end tag, never markup.
  static let rawText: Set<String> = ["title", "textarea"]

  /// The visible text runs of `bytes`. Comments that are Parallax suppressions
  /// (`<!-- parallax-disable … -->`) are kept, so `check` still honours them.
  static func visibleRanges(in bytes: [UInt8]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var i = 0
    var textStart = 0
    let n = bytes.count
    func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    func flush(_ end: Int) {
      if end > textStart { ranges.append(textStart..<end) }
    }
    func find(_ needle: [UInt8], from start: Int, caseless: Bool = false) -> Int? {
      guard needle.count <= n else { return nil }
      var k = start
      while k + needle.count <= n {
        var match = true
        for (j, b) in needle.enumerated() {
          let c = bytes[k + j]
          if caseless ? (c | 0x20) != (b | 0x20) : c != b {
            match = false
            break
          }
        }
        if match { return k }
        k += 1
      }
      return nil
    }
    /// The end of the tag starting at `start` (after its `>`), skipping quoted attribute values.
    func tagEnd(_ start: Int) -> Int {
      var k = start
      var quote: UInt8 = 0
      while k < n {
        let b = bytes[k]
        if quote != 0 {
          if b == quote { quote = 0 }
        } else if b == 0x22 || b == 0x27 {
          // Only a quote right after `=` (and spaces) opens a value.
          var p = k - 1
          while p > start, bytes[p] == 0x20 || bytes[p] == 0x09 || bytes[p] == 0x0A || bytes[p] == 0x0D { p -= 1 }
          if bytes[p] == UInt8(ascii: "=") { quote = b }
        } else if b == UInt8(ascii: ">") {
          return k + 1
        }
        k += 1
      }
      return n
    }
    while i < n {
      guard bytes[i] == UInt8(ascii: "<"), i + 1 < n else {
        i += 1
        continue
      }
      let next = bytes[i + 1]
      if next == UInt8(ascii: "!") {
        flush(i)
        if bytes[i...].starts(with: "<!--".utf8) {
          let end = find(Array("-->".utf8), from: i + 4).map { $0 + 3 } ?? n
          let body = bytes[(i + 4)..<max(i + 4, min(end, n))]
          let content = body.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
          if content.starts(with: "parallax-".utf8) { ranges.append(i..<end) }
          i = end
        } else {
          i = find([UInt8(ascii: ">")], from: i + 2).map { $0 + 1 } ?? n
        }
        textStart = i
      } else if next == UInt8(ascii: "?") {
        flush(i)
        i = find([UInt8(ascii: ">")], from: i + 2).map { $0 + 1 } ?? n
        textStart = i
      } else if next == UInt8(ascii: "/"), i + 2 < n, isLetter(bytes[i + 2]) {
        flush(i)
        i = tagEnd(i + 2)
        textStart = i
      } else if isLetter(next) {
        flush(i)
        var k = i + 1
        while k < n, isLetter(bytes[k]) || (bytes[k] >= 0x30 && bytes[k] <= 0x39) || bytes[k] == UInt8(ascii: "-") { k += 1 }
        let name = String(decoding: bytes[(i + 1)..<k], as: UTF8.self).lowercased()
        let end = tagEnd(k)
        let selfClosing = end >= 2 && bytes[end - 2] == UInt8(ascii: "/")
        i = end
        textStart = i
        if !selfClosing, hidden.contains(name) || rawText.contains(name) {
          // Raw text runs to the matching end tag: `</name` then a space, `/` or `>`.
          var close = i
          var found: Int?
          while let hit = find(Array("</\(name)".utf8), from: close, caseless: true) {
            let after = hit + 2 + name.utf8.count
            if after >= n || [0x20, 0x09, 0x0A, 0x0D, 0x0C, UInt8(ascii: "/"), UInt8(ascii: ">")].contains(bytes[after]) {
              found = hit
              break
            }
            close = hit + 1
          }
          let contentEnd = found ?? n
          if rawText.contains(name) { flush(contentEnd) }
          i = found.map { tagEnd($0 + 2) } ?? n
          textStart = i
        }
      } else {
        i += 1
      }
    }
    flush(n)
    return ranges
  }
}

/// Where the reader-visible string values of JSON Lines records sit in the file.
enum JSONLinesText {
  /// The fields whose values readers see.
  static let fields: Set<String> = ["title", "text"]

  /// The raw contents (between the quotes) of every `title` and `text` string value, and a
  /// problem for each line that is not a JSON object (as `JSONLinesReader` words it).
  static func textRanges(in bytes: [UInt8], path: String) -> ([Range<Int>], [IngestError]) {
    var ranges: [Range<Int>] = []
    var problems: [IngestError] = []
    JSONLinesReader.forEachRecordLine(in: bytes) { content, line in
      if let problem = JSONLinesReader.problem(in: content, path: path, line: line) {
        problems.append(problem)
        return
      }
      ranges += topLevelStrings(in: content).filter { fields.contains($0.key) }.map(\.value)
    }
    return (ranges, problems)
  }

  /// The top-level keys of the JSON object on `line` whose values are strings, with the byte
  /// range of each value between its quotes. The line is valid JSON (checked before).
  static func topLevelStrings(in line: ArraySlice<UInt8>) -> [(key: String, value: Range<Int>)] {
    var result: [(key: String, value: Range<Int>)] = []
    var i = line.startIndex
    var depth = 0
    var pendingKey: String?
    var expectingKey = false
    /// The end (after the closing quote) of the string opening at `start`.
    func stringEnd(_ start: Int) -> Int {
      var k = start + 1
      while k < line.endIndex {
        if line[k] == UInt8(ascii: "\\") {
          k += 2
          continue
        }
        if line[k] == 0x22 { return k + 1 }
        k += 1
      }
      return line.endIndex
    }
    while i < line.endIndex {
      let b = line[i]
      switch b {
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        depth += 1
        expectingKey = depth == 1 && b == UInt8(ascii: "{")
        pendingKey = nil
        i += 1
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        depth -= 1
        i += 1
      case UInt8(ascii: ","):
        if depth == 1 { expectingKey = true }
        pendingKey = nil
        i += 1
      case 0x22:
        let end = stringEnd(i)
        if depth == 1 {
          if expectingKey {
            pendingKey = String(decoding: line[(i + 1)..<max(i + 1, end - 1)], as: UTF8.self)
            expectingKey = false
          } else if let key = pendingKey {
            result.append((key, (i + 1)..<max(i + 1, end - 1)))
            pendingKey = nil
          }
        }
        i = end
      default:
        i += 1
      }
    }
    return result
  }
}
