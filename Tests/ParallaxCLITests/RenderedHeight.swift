import Foundation

/// How tall a report renders: Markdown through the real `cmark-gfm` into a page styled like
/// GitHub's Markdown view, or one of the site's HTML pages as written, laid out by headless
/// Chromium at a given window width. The height is the page's `scrollHeight` in CSS pixels,
/// read back from the DOM Chromium dumps after the load event (images included).
enum RenderedHeight {
  /// A style sheet close to GitHub's rendering of Markdown: 16 px text, 1.5 line height, a
  /// 980 px column with 45 px padding (15 px on a phone), tables that scroll sideways.
  static let githubStyle = """
    body{box-sizing:border-box;min-width:200px;max-width:980px;margin:0 auto;padding:45px;font-family:"Liberation Sans","DejaVu Sans",sans-serif;font-size:16px;line-height:1.5;word-wrap:break-word}
    @media (max-width:767px){body{padding:15px}}
    h1{font-size:2em;padding-bottom:.3em;border-bottom:1px solid #ddd;margin:.67em 0}h2{font-size:1.5em;padding-bottom:.3em;border-bottom:1px solid #ddd;margin-top:24px;margin-bottom:16px}
    p,ul,ol,table{margin-top:0;margin-bottom:16px}ul ul{margin-bottom:0}li+li{margin-top:.25em}
    table{display:block;width:max-content;max-width:100%;overflow:auto;border-spacing:0;border-collapse:collapse}td,th{padding:6px 13px;border:1px solid #d0d7de}
    code{font-family:"DejaVu Sans Mono",monospace;font-size:85%;padding:.2em .4em;background:#eee;border-radius:6px}img{max-width:100%}
    """

  /// Writes the page after the load event its height into the body's `data-h` attribute.
  static let probe = """
    <script>window.addEventListener("load",()=>{document.body.setAttribute("data-h",document.documentElement.scrollHeight)})</script>
    """

  /// The height of a Markdown report rendered by cmark-gfm, or nil without cmark-gfm or
  /// Chromium. The page is written beside `markdown` so that its charts load.
  static func markdown(_ markdown: URL, width: Int) throws -> Int? {
    guard CMarkGFM.executable != nil, SiteCommandTests.chromium != nil else { return nil }
    let body = try CMarkGFM.html(String(contentsOf: markdown, encoding: .utf8))
    let page = "<!doctype html><html><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><style>\(githubStyle)</style></head><body>\(body)\(probe)</body></html>"
    return try measure(page, beside: markdown, width: width)
  }

  /// The height of one of the site's HTML pages as written, or nil without Chromium.
  static func html(_ file: URL, width: Int) throws -> Int? {
    guard SiteCommandTests.chromium != nil else { return nil }
    let page = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "</body>", with: "\(probe)</body>")
    return try measure(page, beside: file, width: width)
  }

  static func measure(_ page: String, beside file: URL, width: Int) throws -> Int? {
    guard let chromium = SiteCommandTests.chromium else { return nil }
    let probeFile = file.deletingLastPathComponent().appendingPathComponent(".height-\(width)-\(file.lastPathComponent).html")
    try page.write(to: probeFile, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: probeFile) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: chromium)
    process.arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=\(width),800",
      "--virtual-time-budget=3000", "--dump-dom", probeFile.absoluteString,
    ]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let dom = String(decoding: data, as: UTF8.self)
    guard let start = dom.range(of: "data-h=\"") else { return nil }
    return Int(dom[start.upperBound...].prefix { $0.isNumber })
  }
}
