import Foundation
import Testing

/// `.parallax.yaml`, the team's overlay and `names import`, end to end through the executable.
@Suite struct ProjectConfigCommandTests {
  /// A project folder with a config, an overlay folder and a story.
  static func project(config: String, files: [String: String] = [:]) throws -> URL {
    let folder = try CLI.temporaryFolder()
    try Data(config.utf8).write(to: folder.appendingPathComponent(".parallax.yaml"))
    for (path, text) in files {
      let url = folder.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
    return folder
  }

  static let story = "Talks in Kiev. The Kiev regime said so.\n"

  @Test("check takes failOn, minSeverity, disable and ignore from .parallax.yaml found above the current folder; options win")
  func checkHonoursConfig() throws {
    let folder = try Self.project(
      config: "schema: parallax.config/1\nfailOn: warning\ndisable: [framing.kiev-regime]\nignore: [\"stories/archive/**\"]\n",
      files: ["stories/a.txt": Self.story, "stories/archive/b.txt": Self.story])
    defer { try? FileManager.default.removeItem(at: folder) }
    let stories = folder.appendingPathComponent("stories")
    let result = try CLI.run(["check", "--format", "line", "."], in: stories)
    #expect(result.status == 1, "\(result.stderr)")
    #expect(result.stdout.contains("a.txt:1:10:warning:variant:"))
    #expect(!result.stdout.contains("framing"))
    #expect(!result.stdout.contains("b.txt"))
    let lenient = try CLI.run(["check", "--format", "line", "--fail-on", "error", "."], in: stories)
    #expect(lenient.status == 0)
    let without = try CLI.run(["check", "--format", "line", "-"], input: Data(Self.story.utf8))
    #expect(without.stdout.contains(":framing.kiev-regime:"))
    #expect(without.status == 0)
  }

  @Test("a malformed config is exit 65 naming file:line:column")
  func malformed() throws {
    let folder = try Self.project(config: "schema: parallax.config/1\nfailon: warning\n")
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CLI.run(["check", "-"], input: Data(Self.story.utf8), in: folder)
    #expect(result.status == 65)
    #expect(result.stderr.contains(".parallax.yaml:2:1: error: unknown key 'failon'"))
    let missing = try CLI.run(["config", "--config", folder.appendingPathComponent("nope.yaml").path])
    #expect(missing.status == 66)
    let noOverlay = try Self.project(config: "schema: parallax.config/1\noverlay: team\n")
    defer { try? FileManager.default.removeItem(at: noOverlay) }
    let result2 = try CLI.run(["names", "lookup", "Kyiv"], in: noOverlay)
    #expect(result2.status == 65)
    #expect(result2.stderr.contains(".parallax.yaml:2:10: error: invalid value for 'overlay'"))
  }

  @Test("parallax config shows each setting and where it came from, as text and JSON")
  func configCommand() throws {
    let folder = try Self.project(
      config: "schema: parallax.config/1\nstyle: preserve\nminSeverity: warning\noverlay: team\n", files: ["team/README.md": "x"])
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = try CLI.run(["config", "--fail-on", "warning"], in: folder)
    #expect(text.status == 0, "\(text.stderr)")
    #expect(text.stdout.contains("style:        preserve  (.parallax.yaml:2:8)"))
    #expect(text.stdout.contains("failOn:       warning  (--fail-on)"))
    #expect(text.stdout.contains("minSeverity:  warning  (.parallax.yaml:3:14)"))
    #expect(text.stdout.contains("overlay:      team  (.parallax.yaml:4:10)"))
    #expect(text.stdout.contains("reportLocale: en  ("))
    #expect(text.stdout.contains("und/defaults.yaml)"))
    let json = try CLI.run(["config", "--format", "json", "--style", "ap-en"], in: folder)
    #expect(json.stdout.contains("\"schema\": \"parallax.config/1\""))
    #expect(json.stdout.contains("\"name\": \"style\",\n      \"value\": \"ap-en\",\n      \"source\": \"--style\""))
    // The config's style is the default of every command: names lookup shows its canonical forms.
    let lookup = try CLI.run(["names", "lookup", "--format", "json", "Kiev"], in: folder)
    #expect(lookup.stdout.contains("\"style\": \"preserve\""))
  }

  @Test("an overlay adds entities and replaces a style; a changed overlay is never served from a stale cache")
  func overlayAndCache() throws {
    let folder = try Self.project(
      config: "schema: parallax.config/1\noverlay: team\n",
      files: [
        "team/und/names/team.yaml": """
          # Our desk's places.
          schema: parallax.names/1
          entities:
            - id: place.zarichne-test
              kind: place
              variants:
                - {form: "Zarichne", lang: en, how: official}
            - id: place.kyiv
              kind: place
              variants:
                - {form: "Kyyiv", lang: en, how: transliteration}
          """
      ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let cache = folder.appendingPathComponent("cache")
    let environment = ["PARALLAX_CACHE_DIR": cache.path]
    let first = try CLI.run(["names", "lookup", "--format", "json", "Zarichne", "Kyyiv"], in: folder, environment: environment)
    #expect(first.stdout.contains("\"entity\": \"place.zarichne-test\""), "\(first.stderr)")
    #expect(first.stdout.contains("\"query\": \"Kyyiv\",\n      \"entity\": \"place.kyiv\""))
    let names = folder.appendingPathComponent("team/und/names/team.yaml")
    var text = try String(contentsOf: names, encoding: .utf8)
    text = text.replacingOccurrences(of: "Zarichne", with: "Zarichna")
    try Data(text.utf8).write(to: names)
    let second = try CLI.run(["names", "lookup", "--format", "json", "Zarichna"], in: folder, environment: environment)
    #expect(second.stdout.contains("\"match\": \"exact\""))
    #expect(try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasSuffix(".bin") }.count == 2)
    // A problem in the overlay is reported in the overlay's file by locales check.
    try Data((text + "\n  - id: Bad Id\n    kind: place\n    variants: []\n").utf8).write(to: names)
    let check = try CLI.run(["locales", "check"], in: folder)
    #expect(check.status == 65)
    #expect(check.stdout.contains("team/und/names/team.yaml:12:9: error: invalid value for 'id'"), "\(check.stdout)")
  }

  @Test("names import geonames writes the overlay file; bad lines are exit 65 and the rest imported")
  func importGeoNames() throws {
    let folder = try Self.project(config: "schema: parallax.config/1\noverlay: team\n")
    defer { try? FileManager.default.removeItem(at: folder) }
    func row(_ fields: [String]) -> String { fields.joined(separator: "\t") }
    let table = row(["690548", "Uzhhorod", "Uzhhorod", "", "48.6", "22.3", "P", "PPLA", "UA", "", "25", "", "", "", "115449", "", "120", "Europe/Uzhgorod", "2024-01-01"])
      + "\n" + row(["1", "Hamlet", "Hamlet", "", "0", "0", "P", "PPL", "UA", "", "", "", "", "", "10", "", "", "", ""]) + "\n"
    let alternates = row(["900001", "690548", "uk", "Ужгород", "1", "", "", "", "", ""]) + "\n"
      + row(["900002", "690548", "hu", "Ungvár", "", "", "", "", "", ""]) + "\n" + "garbage\n"
    try Data(table.utf8).write(to: folder.appendingPathComponent("cities500.txt"))
    try Data(alternates.utf8).write(to: folder.appendingPathComponent("alternateNamesV2.txt"))
    let result = try CLI.run(
      ["names", "import", "geonames", "cities500.txt", "alternateNamesV2.txt", "--min-population", "1000", "--languages", "uk,hu"],
      in: folder)
    #expect(result.status == 65)
    #expect(result.stderr.contains("alternateNamesV2.txt:3: error: skipped a bad line"))
    let written = try String(contentsOf: folder.appendingPathComponent("team/und/names/geonames.yaml"), encoding: .utf8)
    #expect(written.contains("- id: place.geonames-690548"))
    #expect(written.contains("{form: \"Ужгород\", lang: \"uk\", how: official, source: \"geonames-alt:900001\"}"))
    #expect(!written.contains("Hamlet"))
    let lookup = try CLI.run(["names", "lookup", "--format", "json", "Ungvár"], in: folder)
    #expect(lookup.stdout.contains("\"entity\": \"place.geonames-690548\""))
    let again = try CLI.run(
      ["names", "import", "geonames", "alternateNamesV2.txt", "cities500.txt", "--min-population", "1000", "--languages", "uk,hu"],
      in: folder)
    #expect(again.status == 65)
    #expect(try String(contentsOf: folder.appendingPathComponent("team/und/names/geonames.yaml"), encoding: .utf8) == written)
    let noTarget = try CLI.run(["names", "import", "jrc", "x.tsv"])
    #expect(noTarget.status == 64)
  }

  @Test("a 200,000-entity overlay compiles once, then loads from the compiled cache and resolves")
  func largeOverlayFromCache() throws {
    let folder = try Self.project(config: "schema: parallax.config/1\noverlay: team\n")
    defer { try? FileManager.default.removeItem(at: folder) }
    let letters = Array("abcdefghijklmnoprstuvz")
    var text = "# Generated for the test.\nschema: parallax.names/1\nentities:\n"
    text.reserveCapacity(34_000_000)
    for index in 0..<200_000 {
      var n = index
      var word = ""
      for _ in 0..<5 {
        word.append(letters[n % letters.count])
        n /= letters.count
      }
      text += "  - id: place.generated-\(index)\n    kind: place\n    source: \"generated:\(index)\"\n    variants:\n"
      text += "      - {form: \"Zar\(word)ivka\", lang: \"und\", how: official, source: \"generated:\(index)#name\"}\n"
    }
    let names = folder.appendingPathComponent("team/und/names/generated.yaml")
    try FileManager.default.createDirectory(at: names.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: names)
    let cache = folder.appendingPathComponent("cache")
    let environment = ["PARALLAX_CACHE_DIR": cache.path]
    let cold = try CLI.run(["names", "lookup", "--format", "json", "Zarbaaaaivka"], in: folder, environment: environment)
    #expect(cold.stdout.contains("\"entity\": \"place.generated-1\""), "\(cold.stderr)")
    let files = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasSuffix(".bin") }
    #expect(files.count == 1)
    let cached = cache.appendingPathComponent(files[0])
    let written = try FileManager.default.attributesOfItem(atPath: cached.path)[.modificationDate] as? Date
    let warm = try CLI.run(["names", "lookup", "--format", "json", "Zarcaaaaivka", "Zarbbaaaivka"], in: folder, environment: environment)
    #expect(warm.status == 0)
    #expect(warm.stdout.contains("\"query\": \"Zarcaaaaivka\",\n      \"entity\": \"place.generated-2\""), "\(warm.stdout)")
    #expect(warm.stdout.contains("\"query\": \"Zarbbaaaivka\",\n      \"entity\": \"place.generated-23\""))
    // Served from the cache: no new compile was written.
    #expect(try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasSuffix(".bin") } == files)
    #expect(try FileManager.default.attributesOfItem(atPath: cached.path)[.modificationDate] as? Date == written)
  }
}
