import Foundation
import ParallaxCore
import Testing

/// `compare --format html`: the examples as a static site, and what headless Chromium makes of
/// a page at phone and desktop widths (skipped with a message when Chromium is absent).
@Suite struct SiteCommandTests {
  static let corpus = "Reports/examples/corpus"

  func site() throws -> URL {
    let folder = try CLI.temporaryFolder().appendingPathComponent("site")
    let run = try CLI.run(["compare", Self.corpus, "-o", folder.path, "--format", "html", "--as-of", "2025-03-13"], in: CLI.packageRoot)
    try #require(run.status == 0, "\(run.stderr)")
    return folder
  }

  @Test("--format html writes an index, a page per event and the charts, without script; it needs -o")
  func writesSite() throws {
    let folder = try site()
    defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    let charts = ["e1", "e2", "e3"].flatMap { ["\($0)-agreement.svg", "\($0)-coverage.svg"] } + ["e2-names-1.svg", "e3-names-1.svg"]
    #expect(names == (["SHA256SUMS", "e1.html", "e2.html", "e3.html", "index.html"] + charts).sorted())
    let index = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
    #expect(index.contains("<a href=\"e1.html\">e1</a>"))
    let e1 = try String(contentsOf: folder.appendingPathComponent("e1.html"), encoding: .utf8)
    #expect(e1.contains("<img src=\"e1-coverage.svg\"") && e1.contains("<a href=\"index.html\">"))
    #expect(e1.contains("TASS blames Ukrainian Armed Forces"))
    for name in names {
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      #expect(!text.contains("<script") && !text.contains("javascript:"), "\(name)")
    }
    #expect(try CLI.run(["compare", Self.corpus, "--format", "html"], in: CLI.packageRoot).status == 64)
  }

  /// Chromium's executable, if installed.
  static var chromium: String? {
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// The width and height of a PNG from its IHDR chunk.
  static func pngSize(_ data: Data) -> (Int, Int)? {
    let bytes = [UInt8](data)
    guard bytes.count > 24, bytes[1] == 0x50, bytes[2] == 0x4E, bytes[3] == 0x47 else { return nil }
    func int(_ at: Int) -> Int { bytes[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
    return (int(16), int(20))
  }

  @Test("headless Chromium renders an event page and a chart at 390 and 1280 px")
  func screenshots() throws {
    guard let chromium = Self.chromium else {
      print("skipped: chromium is not installed (apt-get install -y chromium)")
      return
    }
    let folder = try site()
    defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
    for page in ["e1.html", "e2-coverage.svg"] {
      for width in [390, 1280] {
        let shot = folder.appendingPathComponent("\(page)-\(width).png")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = [
          "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=\(width),1600",
          "--screenshot=\(shot.path)", folder.appendingPathComponent(page).absoluteString,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let data = try Data(contentsOf: shot)
        let size = try #require(Self.pngSize(data), "\(page) at \(width): not a PNG")
        #expect(size.0 == width && size.1 == 1600, "\(page) at \(width): \(size)")
        // A blank page compresses to a few kilobytes; a rendered report with text does not.
        #expect(data.count > 20_000, "\(page) at \(width): \(data.count) bytes, looks blank")
      }
    }
  }
}
