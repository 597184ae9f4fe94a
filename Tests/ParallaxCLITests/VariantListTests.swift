import Foundation
import Testing

/// `parallax-bench variants` on a sample of the dev set's variant list and common words (issue
/// 17, floor 1), and the gender `names lookup` shows. The sample is every seventh variant and
/// every fifth common word, so a change to the names data or the matcher that loses curated
/// variants or links another common word fails here; nothing is timed.
@Suite struct VariantListTests {
  static let bench = CLI.executable.deletingLastPathComponent().appendingPathComponent("parallax-bench")

  /// The rows of a dev-set label file kept by `keep` (the header and other lines unchanged).
  static func sample(_ name: String, every step: Int, into folder: URL) throws -> URL {
    let text = try String(contentsOf: CLI.packageRoot.appendingPathComponent("Tests/DevSet/\(name)"), encoding: .utf8)
    var row = 0
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      guard trimmed.hasPrefix("- {"), trimmed.contains("form:") || trimmed.contains("word:") else { return true }
      row += 1
      return row % step == 0
    }
    let url = folder.appendingPathComponent(name)
    try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
    return url
  }

  @Test("a sample of the variant list resolves (recall ≥ 0.95) and no sampled common word links")
  func sampleMeetsTheFloor() throws {
    #expect(FileManager.default.isExecutableFile(atPath: Self.bench.path), "parallax-bench is built beside parallax")
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let variants = try Self.sample("variants.yaml", every: 7, into: folder)
    let words = try Self.sample("common-words.yaml", every: 5, into: folder)
    let process = Process()
    process.executableURL = Self.bench
    process.arguments = [
      "variants", "--variants", variants.path, "--common-words", words.path, "--locales", CLI.locales.path,
      "--format", "json",
    ]
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let all = try #require(json["all"] as? [String: Any])
    let total = try #require(all["total"] as? Int)
    let recall = try #require(all["recall"] as? Double)
    let falseLinks = try #require(json["falseLinks"] as? [[String: Any]])
    #expect(total >= 40)
    #expect(try #require(json["commonWords"] as? Int) >= 100)
    #expect(recall >= 0.95, "missed: \(json["missed"] ?? "")")
    #expect(falseLinks.isEmpty, "\(falseLinks)")
    #expect(process.terminationStatus == 0)
  }

  @Test("names lookup shows a person's gender, in text and JSON")
  func lookupShowsGender() throws {
    let text = try CLI.run(["names", "lookup", "Ірина Верещук", "Сергея Суровикина"])
    #expect(text.status == 0)
    #expect(text.stdout.contains("entity:    person.iryna-vereshchuk (person)\n  gender:    female\n"))
    #expect(text.stdout.contains("entity:    person.sergei-surovikin (person)\n  gender:    male\n"))
    let json = try CLI.run(["names", "lookup", "--format", "json", "Iryna Vereshchuk", "Kyiv"])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let results = try #require(object["results"] as? [[String: Any]])
    #expect(results.first?["gender"] as? String == "female")
    #expect(results.last?["gender"] == nil)
  }
}
