import ParallaxCore

/// The `index.md` of a batch job's report folder: the renderer's index of the events (a row per
/// event in the comparison's order, each linking its `<event>.md`, then the single-source
/// events, which link `single-source.md`), followed by the job's history sections. A comparison
/// of one event gets no index from the renderer, so it gets a short one here: the title and a
/// link to each report written.
enum BatchJobIndex {
  /// The index's text.
  /// - Parameters:
  ///   - index: the renderer's `index.md`, or nil when it wrote none (one event).
  ///   - reports: the names of the files written beside the index, in order.
  ///   - history: the job's history sections (Markdown, from `BatchHistory.sections`).
  ///   - strings: the report language's strings, for the title of a short index.
  static func text(index: String?, reports: [String], history: String, strings: ReportStrings) -> String {
    var head: String
    if let index {
      head = index
    } else {
      var md = MarkdownWriter()
      md.heading(1, MarkdownText.inline(strings[.indexTitle]))
      md.bullets(reports.filter { $0.hasSuffix(".md") }.map { "[\(MarkdownText.inline(String($0.dropLast(3))))](\($0))" })
      head = md.text
    }
    if !head.hasSuffix("\n") { head += "\n" }
    guard !history.isEmpty else { return head }
    return head + "\n" + history
  }
}
