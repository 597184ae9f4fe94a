internal import CHTMLShim

/// Reads an HTML article page with libxml2's HTML parser (through `CHTMLShim`): the title,
/// `og:site_name`, `article:published_time`, `<html lang>`, and the main text without
/// navigation, scripts or styles, one paragraph per block element.
struct HTMLReader: Sendable {
  func read(_ input: InputText) -> Result<RawDocument, IngestError> {
    var page = pxhtml_page()
    var source = input.text
    let status: Int32 = source.withUTF8 { bytes in
      guard bytes.count < Int(Int32.max) else { return -2 }
      return bytes.withMemoryRebound(to: CChar.self) { pxhtml_parse($0.baseAddress, Int32(bytes.count), &page) }
    }
    defer { pxhtml_free(&page) }
    guard status == 0 else {
      return .failure(.html(path: input.path, problem: status == -2 ? "the page is too large" : "no document element"))
    }
    func string(_ pointer: UnsafeMutablePointer<CChar>?) -> String? {
      guard let pointer else { return nil }
      let value = String(cString: pointer).trimmingSpaces()
      return value.isEmpty ? nil : value
    }
    let text = page.text.map { String(cString: $0) } ?? ""
    let paragraphs = RawDocument.paragraphs(in: text, splittingLines: true)
    var anchors: [SourceMap.Anchor] = []
    var locator = HTMLColumnLocator(input.text)
    let textBytes = Array(text.utf8)
    for (index, range) in paragraphs.enumerated() {
      let line = max(index < Int(page.paragraph_count) ? Int(page.paragraph_lines[index]) : 1, 1)
      let position = locator.start(ofParagraph: textBytes[range], fromLine: line)
      anchors.append(SourceMap.Anchor(offset: range.lowerBound, line: position.line, column: position.column, verbatim: false))
    }
    var document = RawDocument(
      id: DocumentID(input.path), path: input.path, format: .html, text: text, paragraphs: paragraphs,
      sourceMap: SourceMap(anchors: anchors))
    document.title = string(page.title)
    document.outlet = string(page.site_name)
    document.published = string(page.published_time)
    document.language = string(page.language)
    return .success(document)
  }
}

/// Where each paragraph's text starts in the HTML source: libxml2 gives the line of its
/// element; the column (and the line, when the element's tag ends on a later one) is found by
/// walking the source's visible text from there to the paragraph's first character.
struct HTMLColumnLocator {
  private let bytes: [UInt8]
  private let visible: [Range<Int>]
  private let lines: LineTable
  /// Paragraphs come in source order: the search for the next one starts after the last.
  private var cursor = 0
  /// How many visible bytes one paragraph's search reads at most.
  static let lookLimit = 4096

  init(_ source: String) {
    bytes = Array(source.utf8)
    visible = HTMLTextScanner.visibleRanges(in: bytes)
    lines = LineTable(source)
  }

  /// The line and column of the first visible character at or after `line` (and after the
  /// previous paragraph's start) that begins like `paragraph`; `line:1` when none does.
  mutating func start(ofParagraph paragraph: ArraySlice<UInt8>, fromLine line: Int) -> (line: Int, column: Int) {
    guard line - 1 < lines.lineStarts.count, let first = paragraph.first else { return (line, 1) }
    let from = max(lines.lineStarts[line - 1], cursor)
    // The paragraph's first character as bytes (an entity in the source will not match; then
    // the first visible character is taken).
    let width = first < 0x80 ? 1 : first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : 2
    let lead = Array(paragraph.prefix(width))
    var fallback: Int?
    // The first span ending after `from` (binary search), and a bounded look from there: a
    // paragraph whose first character never turns up must not make the page quadratic.
    var low = 0
    var high = visible.count
    while low < high {
      let mid = (low + high) / 2
      if visible[mid].upperBound <= from { low = mid + 1 } else { high = mid }
    }
    var budget = Self.lookLimit
    search: for range in visible[low...] {
      var k = max(range.lowerBound, from)
      while k < range.upperBound {
        budget -= 1
        if budget < 0 { break search }
        let b = bytes[k]
        if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C {
          k += 1
          continue
        }
        if fallback == nil { fallback = k }
        if k + lead.count <= bytes.count, bytes[k..<(k + lead.count)].elementsEqual(lead) {
          cursor = k + 1
          return lines.position(ofByte: k)
        }
        k += 1
      }
      // Stop looking a few lines on: the paragraph is somewhere libxml2 decoded differently.
      if lines.position(ofByte: range.upperBound).line > line + 8 { break }
    }
    if let fallback, lines.position(ofByte: fallback).line == line {
      cursor = fallback + 1
      return lines.position(ofByte: fallback)
    }
    return (line, 1)
  }
}
