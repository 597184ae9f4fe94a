/// Builds a Markdown document block by block: headings, paragraphs, lists, GFM tables and fenced
/// code. Blocks are separated by one blank line; lines end with `\n`. Callers escape text from
/// inputs with `MarkdownText` before handing it over: the writer adds structure, not escaping.
///
/// ```swift
/// var md = MarkdownWriter()
/// md.heading(1, "Editorial review")
/// md.table(["Severity", "Findings"], rows: [["warning", "2"]], alignments: [.left, .right])
/// md.text   // "# Editorial review\n\n| Severity | Findings |\n| --- | ---: |\n| warning | 2 |\n"
/// ```
public struct MarkdownWriter: Sendable {
  /// How a table column is aligned.
  public enum Alignment: Sendable, Hashable { case left, right }

  /// The document so far.
  public private(set) var text = ""

  public init() {}

  private mutating func startBlock() {
    if !text.isEmpty { text += "\n" }
  }

  /// Another writer's blocks, after this one's.
  public mutating func append(_ other: MarkdownWriter) {
    guard !other.text.isEmpty else { return }
    startBlock()
    text += other.text
  }

  /// `#`…`######` and the (escaped) title.
  public mutating func heading(_ level: Int, _ title: String) {
    startBlock()
    text += String(repeating: "#", count: min(max(level, 1), 6)) + " " + title + "\n"
  }

  /// A paragraph of (escaped) inline text.
  public mutating func paragraph(_ inline: String) {
    startBlock()
    text += inline + "\n"
  }

  /// A bullet list, one (escaped) item per line.
  public mutating func bullets(_ items: [String]) {
    bullets(count: items.count) { index, text in text += items[index] }
  }

  /// A bullet list of `count` items, each written by `write` straight into the document (its
  /// escaped text appended to the string it is handed): an item of a million statements is not
  /// built apart and then copied in.
  ///
  /// - Parameter reserving: about how many bytes the items take, room made at once.
  public mutating func bullets(count: Int, reserving: Int = 0, _ write: (Int, inout String) -> Void) {
    guard count > 0 else { return }
    startBlock()
    if reserving > 0 { text.reserveCapacity(text.utf8.count + reserving + 3 * count) }
    for index in 0..<count {
      text += "- "
      write(index, &text)
      text += "\n"
    }
  }

  /// A GFM table. Cells are escaped already; a row shorter than the header is padded.
  public mutating func table(_ header: [String], rows: [[String]], alignments: [Alignment] = []) {
    startBlock()
    func line(_ cells: [String]) -> String {
      "| " + header.indices.map { index in
        let cell = index < cells.count ? cells[index] : ""
        return cell.isEmpty ? " " : cell
      }.joined(separator: " | ") + " |\n"
    }
    text += line(header)
    text += "| " + header.indices.map { index in
      (index < alignments.count ? alignments[index] : .left) == .right ? "---:" : "---"
    }.joined(separator: " | ") + " |\n"
    for row in rows { text += line(row) }
  }

  /// A fenced code block of `info` (such as `mermaid`); a fence longer than any backtick run.
  public mutating func fenced(_ info: String, _ lines: [String]) {
    startBlock()
    var longest = 0
    for line in lines {
      var run = 0
      for character in line {
        run = character == "`" ? run + 1 : 0
        longest = max(longest, run)
      }
    }
    let fence = String(repeating: "`", count: max(3, longest + 1))
    text += fence + info + "\n" + lines.map { $0 + "\n" }.joined() + fence + "\n"
  }
}
