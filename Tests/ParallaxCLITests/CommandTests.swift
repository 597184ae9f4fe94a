import Foundation
import Testing

@Suite(.serialized) struct CommandTests {
  @Test("transliterate reads standard input line by line")
  func transliterateStdin() throws {
    let result = try CLI.run(["transliterate", "--scheme", "uk-Latn-KMU2010"], stdin: "Київ\nЗгурський\n")
    #expect(result.status == 0)
    #expect(result.stdout == "Kyiv\nZghurskyi\n")
  }

  @Test("an unknown scheme is a usage error that says how to list schemes")
  func badScheme() throws {
    let result = try CLI.run(["transliterate", "--scheme", "uk-Latn-NOPE"], stdin: "Київ\n")
    #expect(result.status == 64)
    #expect(result.stderr.contains("unknown transliteration scheme 'uk-Latn-NOPE'"))
    #expect(result.stderr.contains("parallax schemes"))
  }

  @Test("invalid UTF-8 exits 65 naming the file and byte offset; other files are still processed")
  func invalidUTF8() throws {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let bad = folder.appendingPathComponent("bad.txt")
    let good = folder.appendingPathComponent("good.txt")
    try (Data("Київ\n".utf8) + Data([0xFF, 0x0A])).write(to: bad)
    try Data("Львів\n".utf8).write(to: good)
    let result = try CLI.run(["transliterate", "--scheme", "uk-Latn-KMU2010", bad.path, good.path])
    #expect(result.status == 65)
    #expect(result.stderr.contains("\(bad.path):2:1: error: invalid UTF-8 at byte offset 9"))
    #expect(result.stdout == "Lviv\n")
  }

  @Test("a missing input exits 66")
  func missing() throws {
    let result = try CLI.run(["normalize", "/nonexistent/parallax/input.txt"])
    #expect(result.status == 66)
    #expect(result.stderr.contains("no such file"))
  }

  @Test("normalize --form key folds case, apostrophes, quotes and Latin marks")
  func normalizeKey() throws {
    let result = try CLI.run(["normalize", "--form", "key"], stdin: "Знам’янка «SPOLYARIĆ» — ＫＩＥＶ\n")
    #expect(result.stdout == "знам'янка \"spolyaric\" - kiev\n")
  }

  @Test("segment prints line:column and one sentence per line")
  func segment() throws {
    let result = try CLI.run(
      ["segment", "--language", "en"], stdin: "Mr. Lavrov spoke.\nThe U.S. delegation left. Talks end.\n")
    #expect(result.status == 0)
    #expect(result.stdout == "1:1\tMr. Lavrov spoke.\n2:1\tThe U.S. delegation left.\n2:27\tTalks end.\n")
  }

  @Test("segment --by word lists words and numbers")
  func segmentWords() throws {
    let result = try CLI.run(["segment", "--by", "word", "--language", "uk"], stdin: "У Знам’янці 25 осіб.")
    #expect(result.stdout == "1:1\tУ\n1:3\tЗнам’янці\n1:13\t25\n1:16\tосіб\n")
  }

  @Test("schemes lists the schemes in Locales/ with descriptions")
  func schemes() throws {
    let result = try CLI.run(["schemes"])
    #expect(result.status == 0)
    for id in ["uk-Latn-KMU2010", "ru-Latn-BGN", "Any-Latin-ASCII"] {
      #expect(result.stdout.contains(id))
    }
  }

  @Test("locales check passes on the shipped data")
  func localesCheck() throws {
    let result = try CLI.run(["locales", "check"])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
  }

  @Test("locales check reports broken files by file:line:column and exits 65")
  func localesCheckBroken() throws {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let schemes = folder.appendingPathComponent("xx/transliteration")
    try FileManager.default.createDirectory(at: schemes, withIntermediateDirectories: true)
    try Data("schema: parallax.transliteration/1\nid: xx-bad\nname: n\ndescription: d\nrules: |\n  а → a ;\n  б → → b ;\n".utf8)
      .write(to: schemes.appendingPathComponent("xx-bad.yaml"))
    try Data("schema: parallax.segmentation/1\nnoBreakAftr: [x.]\n".utf8)
      .write(to: folder.appendingPathComponent("xx/segmentation.yaml"))
    let result = try CLI.run(["locales", "check", "--locales", folder.path])
    #expect(result.status == 65)
    #expect(result.stdout.contains("xx/transliteration/xx-bad.yaml:7:1: error: transliteration rules of 'xx-bad' do not compile"))
    #expect(result.stdout.contains("xx/segmentation.yaml:2:1: error: unknown key 'noBreakAftr'"))
  }
}
