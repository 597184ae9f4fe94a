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
    for (index, range) in paragraphs.enumerated() {
      let line = index < Int(page.paragraph_count) ? Int(page.paragraph_lines[index]) : 1
      anchors.append(SourceMap.Anchor(offset: range.lowerBound, line: max(line, 1), column: 1, verbatim: false))
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
