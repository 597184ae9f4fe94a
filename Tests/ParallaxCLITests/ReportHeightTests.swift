import Foundation
import Testing

/// The example reports against the table layout they replaced (`Fixtures/layout-before/`,
/// commit 0311d76), as a reader sees them: at most half the lines, and at most half the
/// rendered height at a phone's 390 px and a desktop's 1280 px, both as Markdown rendered by
/// cmark-gfm and as the site's HTML pages. Skipped with a message without cmark-gfm or
/// Chromium. It prints each figure (`swift test --filter ReportHeightTests`).
@Suite(.serialized) struct ReportHeightTests {
  static let events = ["e1", "e2", "e3"]
  static let widths = [390, 1280]

  @Test("each example report renders at most half as tall as the table layout, as Markdown and as HTML, at 390 and 1280 px")
  func halfTheHeight() throws {
    guard CMarkGFM.executable != nil, SiteCommandTests.chromium != nil else {
      print("skipped: cmark-gfm or chromium is not installed")
      return
    }
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let markdown = folder.appendingPathComponent("md")
    let site = folder.appendingPathComponent("site")
    for (out, format) in [(markdown, "markdown"), (site, "html")] {
      let run = try CLI.run(["compare", "Reports/examples/corpus", "-o", out.path, "--format", format, "--as-of", "2025-03-13"], in: CLI.packageRoot)
      try #require(run.status == 0, "\(run.stderr)")
    }
    for event in Self.events {
      let before = CLI.fixture("layout-before/\(event).md")
      let now = markdown.appendingPathComponent("\(event).md")
      let lines = (try String(contentsOf: before, encoding: .utf8), try String(contentsOf: now, encoding: .utf8))
      #expect(lines.1.split(separator: "\n").count * 2 <= lines.0.split(separator: "\n").count)
      for width in Self.widths {
        let was = try #require(try RenderedHeight.markdown(before, width: width))
        let md = try #require(try RenderedHeight.markdown(now, width: width))
        let html = try #require(try RenderedHeight.html(site.appendingPathComponent("\(event).html"), width: width))
        print("rendered height: \(event) at \(width) px: \(was) → \(md) px Markdown (\(md * 100 / was)%), \(html) px HTML (\(html * 100 / was)%)")
        #expect(md * 2 <= was, "\(event) at \(width) px: Markdown \(md) px, was \(was) px")
        #expect(html * 2 <= was, "\(event) at \(width) px: HTML \(html) px, was \(was) px")
      }
    }
  }
}
