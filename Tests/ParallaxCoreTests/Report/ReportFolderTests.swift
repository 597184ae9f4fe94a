import Foundation
import Testing

@testable import ParallaxCore

@Suite struct ReportFolderTests {
  @Test("only the report files an earlier run wrote are removed; other files stay")
  func stale() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-reports-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for name in ["index.md", "e1.md", "e2.md", "e595.md", "single-source.md", "comparison.json", "notes.md", "e1x.md", "e.md"] {
      try Data("x".utf8).write(to: folder.appendingPathComponent(name))
    }
    let removed = ReportFolder.removeStale(in: folder.path, keeping: ["index.md", "e1.md", "e2.md"])
    #expect(removed == ["comparison.json", "e595.md", "single-source.md"])
    let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(left == ["e.md", "e1.md", "e1x.md", "e2.md", "index.md", "notes.md"])
  }
}
