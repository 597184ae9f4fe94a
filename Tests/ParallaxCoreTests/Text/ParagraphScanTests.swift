import Testing

@testable import ParallaxCore

/// The paragraph scan reads sixteen bytes at a time through pointers; these pin what a reader
/// sees: where each paragraph starts and ends, in bytes.
@Suite struct ParagraphScanTests {
  private static func texts(_ text: String, _ ranges: [Range<Int>]) -> [String] {
    let bytes = Array(text.utf8)
    return ranges.map { String(decoding: bytes[$0], as: UTF8.self) }
  }

  @Test("blank lines separate paragraphs; spaces, tabs and carriage returns at line ends are trimmed")
  func paragraphs() {
    let text = "  One.\n\nTwo,\nthree.\n"
    #expect(ParagraphScan.paragraphs(in: text) == [2..<6, 8..<19])
    let windows = "\tЗаголовок \r\n \r\nПервый абзац, длиннее шестнадцати байт.\r\nВторая строка.\r\n"
    #expect(Self.texts(windows, ParagraphScan.paragraphs(in: windows)) == [
      "Заголовок", "Первый абзац, длиннее шестнадцати байт.\r\nВторая строка.",
    ])
  }

  @Test("each line is a paragraph when lines are split, and the scan can start past a header")
  func linesAndStart() {
    let text = "front: matter\n\nLine one that is longer than sixteen bytes\nLine two\n"
    #expect(Self.texts(text, ParagraphScan.paragraphs(in: text, splittingLines: true)) == [
      "front: matter", "Line one that is longer than sixteen bytes", "Line two",
    ])
    #expect(Self.texts(text, ParagraphScan.paragraphs(in: text, from: 15)) == [
      "Line one that is longer than sixteen bytes\nLine two"
    ])
    #expect(ParagraphScan.paragraphs(in: "").isEmpty)
    #expect(ParagraphScan.paragraphs(in: " \n\t\n").isEmpty)
  }
}
