import Foundation
import Testing

/// `names discover`: names the registry does not know, grouped across documents, languages and
/// scripts (issue 17, item 1). The sentences are our own.
@Suite struct NamesDiscoverCommandTests {
  static let locales = ["--locales", CLI.locales.path]

  /// Four small documents naming one village in Ukrainian, English, Russian and English again,
  /// each under its own spelling; Kyiv, Kiev and Moscow are registered.
  static func village() throws -> (folder: URL, files: [String]) {
    let folder = try CLI.temporaryFolder()
    let texts: [(String, String)] = [
      ("a-uk.txt", "Бої тривали біля села Новомихайлівка на сході країни, повідомили у Києві.\n"),
      ("b-en.txt", "Fighting went on near the village of Novomykhailivka, officials in Kyiv said. The road to Novomykhailivka was cut.\n"),
      ("c-ru.txt", "Бои шли у села Новомихайловка, сообщили в Киеве. Это было подтверждено, что бои шли всю ночь.\n"),
      ("d-en.txt", "Reports from Moscow named the village as Novomikhaylovka on Tuesday.\n"),
    ]
    var files: [String] = []
    for (name, text) in texts {
      let url = folder.appendingPathComponent(name)
      try text.write(to: url, atomically: true, encoding: .utf8)
      files.append(url.path)
    }
    return (folder, files)
  }

  /// The JSON output's entities.
  static func entities(_ json: String) throws -> [[String: Any]] {
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    return object?["entities"] as? [[String: Any]] ?? []
  }

  static func forms(_ entity: [String: Any]) -> [String] {
    (entity["forms"] as? [[String: Any]] ?? []).compactMap { $0["form"] as? String }
  }

  @Test("an accepted name of the review file becomes an entity of the overlay, found by lookup in every spelling")
  func acceptIntoOverlay() throws {
    let (folder, files) = try Self.village()
    defer { try? FileManager.default.removeItem(at: folder) }
    let review = folder.appendingPathComponent("review.yaml")
    let run = try CLI.run(["names", "discover"] + Self.locales + files + ["-o", review.path])
    #expect(run.status == 0, "\(run.stderr)")
    var text = try String(contentsOf: review, encoding: .utf8)
    #expect(text.contains("  - id: provisional.novomykhailivka\n    accept: false\n"))
    // The editor accepts the village and says what it is.
    text = text.replacingOccurrences(
      of: "  - id: provisional.novomykhailivka\n    accept: false\n", with: "  - id: provisional.novomykhailivka\n    accept: true\n    kind: place\n")
    try text.write(to: review, atomically: true, encoding: .utf8)
    let overlay = folder.appendingPathComponent("overlay")
    let accepted = try CLI.run(["names", "accept"] + Self.locales + ["--into", overlay.path, review.path])
    #expect(accepted.status == 0, "\(accepted.stderr)")
    #expect(accepted.stderr.contains("1 entity added"), "\(accepted.stderr)")
    let added = try String(contentsOf: overlay.appendingPathComponent("und/names/accepted.yaml"), encoding: .utf8)
    #expect(added.contains("  - id: place.novomykhailivka\n    kind: place\n"))
    #expect(added.contains("{form: \"Новомихайловка\", lang: ru, how: customary"))
    let config = folder.appendingPathComponent(".parallax.yaml")
    try "schema: parallax.config/1\noverlay: overlay\n".write(to: config, atomically: true, encoding: .utf8)
    for form in ["Новомихайлівка", "Novomikhaylovka"] {
      let lookup = try CLI.run(["names", "lookup"] + Self.locales + ["--config", config.path, "--format", "json", form])
      #expect(lookup.stdout.contains("\"entity\": \"place.novomykhailivka\""), "\(form): \(lookup.stdout)")
    }
    #expect(try CLI.run(["locales", "check"] + Self.locales + ["--config", config.path]).status == 0)
    // Discovered again with the overlay, the village is no longer unknown; accepting twice skips.
    let again = try CLI.run(["names", "accept"] + Self.locales + ["--into", overlay.path, review.path])
    #expect(again.stderr.contains("place.novomykhailivka is taken"), "\(again.stderr)")
  }

  @Test("Новомихайлівка, Novomykhailivka, Новомихайловка and Novomikhaylovka in four documents are one provisional entity")
  func oneVillageAcrossScripts() throws {
    let (folder, files) = try Self.village()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CLI.run(["names", "discover", "--format", "json"] + files + Self.locales)
    #expect(result.status == 0, "\(result.stderr)")
    let entities = try Self.entities(result.stdout)
    let village = entities.filter { Self.forms($0).contains("Novomykhailivka") }
    try #require(village.count == 1, "\(result.stdout)")
    #expect(Set(Self.forms(village[0])) == ["Новомихайлівка", "Novomykhailivka", "Новомихайловка", "Novomikhaylovka"])
    #expect(village[0]["id"] as? String == "provisional.novomykhailivka")
    // The style (ap-en) reads English: the English form seen most often is shown.
    #expect(village[0]["display"] as? String == "Novomykhailivka")
    #expect(village[0]["mentions"] as? Int == 5)
    #expect(village[0]["scripts"] as? [String] == ["Cyrl", "Latn"])
    #expect(village[0]["languages"] as? [String] == ["en", "ru", "uk"])
    #expect((village[0]["examples"] as? [String])?.first == "\(files[0]):1:23")
  }

  @Test("a registered name (Kyiv, Києві, Киеве, Moscow) is not discovered")
  func registeredNamesStayOut() throws {
    let (folder, files) = try Self.village()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CLI.run(["names", "discover"] + files + Self.locales)
    #expect(result.status == 0, "\(result.stderr)")
    for name in ["Kyiv", "Києві", "Киеве", "Moscow"] {
      #expect(!result.stdout.contains("\"\(name)\""), "\(name): \(result.stdout)")
    }
  }

  @Test("a sentence's capitalized first word that the text also writes in lowercase is not a name")
  func sentenceInitialWord() throws {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("shelling.txt")
    try "Shelling resumed at dawn near Novomykhailivka. Witnesses said the shelling stopped at noon.\n"
      .write(to: file, atomically: true, encoding: .utf8)
    let result = try CLI.run(["names", "discover", "--format", "json", file.path] + Self.locales)
    #expect(result.status == 0, "\(result.stderr)")
    let forms = try Self.entities(result.stdout).flatMap(Self.forms)
    #expect(forms == ["Novomykhailivka"], "\(result.stdout)")
  }

  @Test("a title before a name is set aside, and says the name is a person's")
  func titleSetAside() throws {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("governor.txt")
    try "The evacuation was ordered by Governor Oleh Syniehubov on Tuesday, the agency said.\n"
      .write(to: file, atomically: true, encoding: .utf8)
    let result = try CLI.run(["names", "discover", "--format", "json", file.path] + Self.locales)
    let entities = try Self.entities(result.stdout)
    try #require(entities.count == 1, "\(result.stdout)")
    #expect(Self.forms(entities[0]) == ["Oleh Syniehubov"])
    #expect(entities[0]["kind"] as? String == "person")
  }

  @Test("a name after an elided article or preposition is found without it (d’Ukrhydroenergo)")
  func elision() throws {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("barrage.txt")
    try "Les ingénieurs d’Ukrhydroenergo ont inspecté le barrage mardi, puis sont rentrés.\n"
      .write(to: file, atomically: true, encoding: .utf8)
    let result = try CLI.run(["names", "discover", "--format", "json", file.path] + Self.locales)
    #expect(try Self.entities(result.stdout).flatMap(Self.forms) == ["Ukrhydroenergo"], "\(result.stdout)")
  }

  @Test("the same input gives a byte-identical review file, and --min-count leaves out rare names")
  func deterministic() throws {
    let (folder, files) = try Self.village()
    defer { try? FileManager.default.removeItem(at: folder) }
    let first = folder.appendingPathComponent("first.yaml")
    let second = folder.appendingPathComponent("second.yaml")
    #expect(try CLI.run(["names", "discover", "-o", first.path] + files + Self.locales).status == 0)
    #expect(try CLI.run(["names", "discover", "-o", second.path] + files + Self.locales).status == 0)
    let text = try String(contentsOf: first, encoding: .utf8)
    #expect(try Data(contentsOf: first) == Data(contentsOf: second))
    #expect(text.contains("schema: parallax.provisional-names/1"))
    #expect(text.contains("  - id: provisional.novomykhailivka\n    accept: false\n    display: \"Novomykhailivka\"\n"))
    let frequent = try CLI.run(["names", "discover", "--min-count", "5"] + files + Self.locales)
    #expect(frequent.stdout.contains("provisional.novomykhailivka"))
    let rarer = try CLI.run(["names", "discover", "--min-count", "6"] + files + Self.locales)
    #expect(rarer.stdout.hasSuffix("entities: []\n"), "\(rarer.stdout)")
  }

  @Test("a bad file gets the usual error and exit 65; the other files are still read")
  func badFile() throws {
    let (folder, files) = try Self.village()
    defer { try? FileManager.default.removeItem(at: folder) }
    let bad = folder.appendingPathComponent("0-bad.txt")
    try Data([0x6F, 0x6B, 0x20, 0xFF, 0xFE, 0x0A]).write(to: bad)
    let result = try CLI.run(["names", "discover", bad.path] + files + Self.locales)
    #expect(result.status == 65)
    #expect(result.stderr.contains("\(bad.path):1:4: error: invalid UTF-8"), "\(result.stderr)")
    #expect(result.stdout.contains("provisional.novomykhailivka"), "\(result.stdout)")
    let missing = try CLI.run(["names", "discover", folder.appendingPathComponent("none.txt").path] + files + Self.locales)
    #expect(missing.status == 66)
    #expect(missing.stdout.contains("provisional.novomykhailivka"))
    let unwritable = try CLI.run(["names", "discover", "-o", "/nonexistent/dir/review.yaml"] + files + Self.locales)
    #expect(unwritable.status == 73, "\(unwritable.stderr)")
  }
}
