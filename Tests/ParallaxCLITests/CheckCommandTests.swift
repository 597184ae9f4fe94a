import Foundation
import Testing

/// Writes `files` (name → text) into a fresh folder.
func folder(with files: [String: String]) throws -> URL {
  let url = try CLI.temporaryFolder()
  for (name, text) in files {
    let file = url.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: file)
  }
  return url
}

@Suite(.serialized) struct CheckCommandTests {
  @Test("line format is path:line:column:severity:rule:message")
  func lineFormat() throws {
    let dir = try folder(with: ["a.txt": "Officials in Lugansk said so.\n"])
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("a.txt").path
    let result = try CLI.run(["check", "--format", "line", path])
    #expect(result.stdout == "\(path):1:14:warning:variant:use 'Luhansk' instead of 'Lugansk' (legacy-exonym, AP-like English)\n")
    #expect(result.status == 0)
  }

  @Test("--fail-on warning turns a warning into exit 1")
  func failOn() throws {
    let result = try CLI.run(["check", "--fail-on", "warning", "-"], input: Data("Talks in Kiev.\n".utf8))
    #expect(result.status == 1)
  }

  @Test("JSON carries the contract's fields, and inQuote for names inside quotations")
  func json() throws {
    let text = "He said: “The Kiev regime must stop.” Officials in Kiev agreed.\n"
    let result = try CLI.run(["check", "--format", "json", "-"], input: Data(text.utf8))
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    #expect(object?["schema"] as? String == "parallax.check/1")
    let findings = object?["findings"] as? [[String: Any]] ?? []
    #expect(findings.count == 2)
    for key in ["path", "line", "column", "endLine", "endColumn", "severity", "rule", "match", "entity", "canonical",
                "suggestion", "inQuote", "fixable"] {
      #expect(findings.allSatisfy { $0[key] != nil }, "missing \(key)")
    }
    #expect(findings[0]["rule"] as? String == "framing")
    #expect(findings[0]["inQuote"] as? Bool == true)
    #expect(findings[0]["canonical"] as? String == "Kyiv")
    #expect(findings[1]["match"] as? String == "Kiev")
    #expect(findings[1]["fixable"] as? Bool == true)
  }

  @Test("--fix keeps case, never touches quotations, and leaves every other byte as it was")
  func fix() throws {
    let original = "KIEV, March 3.\tOfficials in Kiev's centre met.\r\n“Kiev is calm,” he said. Lugansk too.  \n"
    let dir = try folder(with: ["copy.txt": original])
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("copy.txt").path
    let result = try CLI.run(["check", "--fix", path])
    #expect(result.status == 0)
    let fixed = try String(contentsOfFile: path, encoding: .utf8)
    #expect(fixed == "KYIV, March 3.\tOfficials in Kyiv's centre met.\r\n“Kiev is calm,” he said. Luhansk too.  \n")
  }

  @Test("--diff previews without writing")
  func diffPreview() throws {
    let dir = try folder(with: ["copy.txt": "Talks in Kiev.\n"])
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("copy.txt").path
    let result = try CLI.run(["check", "--diff", path])
    #expect(result.stdout.contains("-Talks in Kiev.\n+Talks in Kyiv.\n"))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "Talks in Kiev.\n")
  }

  @Test("exceptions, identifiers and suppressions are left alone")
  func leftAlone() throws {
    let text = """
      She ordered chicken Kiev. The server runs on Europe/Kiev time, see https://example.org/kiev.
      <!-- parallax-disable variant -->
      Archive copy: Kiev.
      <!-- parallax-enable variant -->
      The history of Kievan Rus' is long. New copy: Kiev.

      """
    let result = try CLI.run(["check", "--format", "line", "-"], input: Data(text.utf8))
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(lines.first?.hasPrefix("-:5:") == true)
  }

  @Test("a Kiev typed with a Cyrillic е is an error with a fix")
  func mixedScript() throws {
    let result = try CLI.run(["check", "--format", "json", "-"], input: Data("Talks in Ki\u{0435}v.\n".utf8))
    #expect(result.status == 1)
    #expect(result.stdout.contains("\"rule\": \"mixed-script\""))
    #expect(result.stdout.contains("\"suggestion\": \"Kyiv\""))
  }

  @Test("a pre-rename name is an error naming the date")
  func renamed() throws {
    let result = try CLI.run(["check", "--format", "line", "-"], input: Data("Workers in Dnipropetrovsk struck.\n".utf8))
    #expect(result.stdout.contains(":error:renamed:"))
    #expect(result.stdout.contains("2016-05-19"))
    #expect(result.status == 1)
  }

  @Test("an unregistered spelling close to a name is a suggestion written to the review file, and accept merges it")
  func suggestionsAndAccept() throws {
    let locales = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: locales) }
    let copy = Process()
    copy.executableURL = URL(fileURLWithPath: "/bin/cp")
    copy.arguments = ["-R", CLI.locales.path + "/.", locales.path]
    try copy.run()
    copy.waitUntilExit()
    let reviewFolder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: reviewFolder) }
    let review = reviewFolder.appendingPathComponent("review.yaml")
    let result = try CLI.run(
      ["check", "--locales", locales.path, "--suggestions", review.path, "--format", "line", "-"],
      input: Data("The ICRC head, Mirjana Spoljaricova, arrived.\n".utf8))
    #expect(result.stdout.contains(":info:suggestion:"))
    var text = try String(contentsOf: review, encoding: .utf8)
    #expect(text.contains("form: \"Spoljaricova\", entity: person.mirjana-spoljaric, accept: false"))
    text = text.replacingOccurrences(of: "accept: false", with: "accept: true")
    try Data(text.utf8).write(to: review)
    // Without an overlay, accept refuses to touch the shipped data.
    let refused = try CLI.run(["names", "accept", "--locales", locales.path, review.path])
    #expect(refused.status == 64)
    #expect(refused.stderr.contains("set 'overlay: DIR' in .parallax.yaml or pass --into DIR"))
    let overlay = reviewFolder.appendingPathComponent("overlay")
    let accepted = try CLI.run(["names", "accept", "--locales", locales.path, "--into", overlay.path, review.path])
    #expect(accepted.status == 0, "\(accepted.stderr)")
    let added = try String(contentsOf: overlay.appendingPathComponent("und/names/accepted.yaml"), encoding: .utf8)
    #expect(added.contains("- id: person.mirjana-spoljaric"))
    #expect(added.contains("{form: \"Spoljaricova\", lang: en, how: transliteration"))
    let shipped = try String(contentsOf: locales.appendingPathComponent("und/names/people.yaml"), encoding: .utf8)
    #expect(!shipped.contains("Spoljaricova"))
    let config = reviewFolder.appendingPathComponent(".parallax.yaml")
    try Data("schema: parallax.config/1\noverlay: overlay\n".utf8).write(to: config)
    let lookup = try CLI.run(
      ["names", "lookup", "--locales", locales.path, "--config", config.path, "--format", "json", "Spoljaricova"])
    #expect(lookup.stdout.contains("\"match\": \"exact\""))
    #expect(lookup.stdout.contains("\"entity\": \"person.mirjana-spoljaric\""))
    #expect(try CLI.run(["locales", "check", "--locales", locales.path, "--config", config.path]).status == 0)
  }

  @Test("names lookup: a word that is no name matches nothing")
  func lookupNone() throws {
    let result = try CLI.run(["names", "lookup", "--format", "json", "table", "Київ"])
    #expect(result.stdout.contains("\"query\": \"table\",\n      \"entity\": null"))
    #expect(result.stdout.contains("\"canonical\": \"Kyiv\""))
  }

  @Test("bad inputs each get their own error and the other files are still checked")
  func badInputs() throws {
    let dir = try folder(with: ["good.txt": "Talks in Kiev.\n"])
    defer { try? FileManager.default.removeItem(at: dir) }
    try (Data("ok ".utf8) + Data([0xC3, 0x28])).write(to: dir.appendingPathComponent("bad-utf8.txt"))
    try Data([0x00, 0x01, 0x02]).write(to: dir.appendingPathComponent("binary.txt"))
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("unreadable.txt"), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      at: dir.appendingPathComponent("loop"), withDestinationURL: dir)
    // A 20 MB file on one line, with a name every 2 KB.
    let long = String(repeating: String(repeating: "talks would go on and on ", count: 80) + "in Kiev. ", count: 10_000)
    try Data(long.utf8).write(to: dir.appendingPathComponent("long.txt"))
    let result = try CLI.run(["check", "--format", "line", dir.path])
    #expect(result.stderr.contains("bad-utf8.txt:1:4: error: invalid UTF-8 at byte offset 3"))
    #expect(result.stderr.contains("binary.txt: error: binary file"))
    #expect(result.stderr.contains("loop: error: symbolic link loop"))
    #expect(result.stdout.contains("good.txt:1:10:warning:variant:"))
    #expect(result.stdout.split(separator: "\n").filter { $0.contains("long.txt") }.count == 10_000)
    #expect(result.status == 65)
  }
}

@Suite struct RegistryValidationTests {
  /// A copy of the real Locales/ with `names` replacing the registry files.
  func locales(names: String) throws -> URL {
    let folder = try CLI.temporaryFolder()
    let copy = Process()
    copy.executableURL = URL(fileURLWithPath: "/bin/cp")
    copy.arguments = ["-R", CLI.locales.path + "/.", folder.path]
    try copy.run()
    copy.waitUntilExit()
    try Data(names.utf8).write(to: folder.appendingPathComponent("und/names/zz-test.yaml"))
    return folder
  }

  @Test("locales check reports duplicate ids, unknown keys, bad dates and unruled shared forms by position")
  func brokenRegistry() throws {
    let folder = try locales(names: """
      # test entities
      schema: parallax.names/1
      entities:
        - id: place.kyiv
          kind: place
          variants:
            - {form: "Kyiv Test", lang: en, how: official}
        - id: place.testville
          kind: place
          varaints: []
          variants:
            - {form: "Testville", lang: en, how: renamed, until: "2016-13-40"}
        - id: place.otherville
          kind: place
          variants:
            - {form: "Lugansk", lang: en, how: exonym}

      """)
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CLI.run(["locales", "check", "--locales", folder.path])
    #expect(result.status == 65)
    let file = "\(folder.path)/und/names/zz-test.yaml"
    #expect(result.stdout.contains("\(file):4:9: error: duplicate id 'place.kyiv' (first at "))
    #expect(result.stdout.contains("\(file):10:5: error: unknown key 'varaints'"))
    #expect(result.stdout.contains("\(file):12:60: error: invalid value for 'entities.[1].variants.[0].until': '2016-13-40' is not a date"))
    #expect(result.stdout.contains("\(file):16:9: error: invalid value for 'form': 'Lugansk' is also a form of place.luhansk"))
  }

  @Test("a form two entities share needs an ambiguity rule, reported at the second variant")
  func sharedForm() throws {
    let folder = try locales(names: """
      # test entities
      schema: parallax.names/1
      entities:
        - id: place.otherville
          kind: place
          variants:
            - {form: "Lugansk", lang: en, how: exonym}

      """)
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try CLI.run(["locales", "check", "--locales", folder.path])
    #expect(result.status == 65)
    #expect(result.stdout.contains("zz-test.yaml:7:9: error: invalid value for 'form': 'Lugansk' is also a form of place.luhansk"))
  }
}
