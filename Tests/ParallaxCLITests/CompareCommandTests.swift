import Foundation
import ParallaxCore
import Testing

/// `parallax compare` end to end: the seeds floor, the JSON contract, determinism and errors.
@Suite struct CompareCommandTests {
  @Test("seeds as one comparison: cooperation and civilians aligned; custody and the Middle East only in TASS; evacuation and access only in Sputnik")
  func seedsFloor() throws {
    guard let seeds = StatementsTestSupport.seeds() else {
      print("skipped: ../shared/seeds is absent")
      return
    }
    let documents = try CompareTestSupport.profile(try CompareTestSupport.files(in: seeds))
    try #require(documents.count == 2)
    let comparison = try CompareTestSupport.compare(documents, options: ComparerOptions(events: EventOptions(asOne: true)))
    try #require(comparison.events.count == 1)
    let event = comparison.events[0]
    let tass = try #require(event.documents.first { $0.document.path.contains("tass") })
    let sputnik = try #require(event.documents.first { $0.document.path.contains("sputnik") })
    func text(_ ref: StatementRef) -> String { event.statement(ref)?.text ?? "" }
    func aligned(_ topic: TopicID, _ tassWords: String, _ sputnikWords: String) -> Bool {
      event.alignments.contains { alignment in
        alignment.topic == topic
          && alignment.members.contains { $0.document == tass.document.path && text($0).contains(tassWords) }
          && alignment.members.contains { $0.document == sputnik.document.path && text($0).contains(sputnikWords) }
      }
    }
    func unique(in document: ComparedDocument, _ words: String, topic: TopicID) -> Bool {
      event.unique.contains { $0.member.document == document.document.path && text($0.member).contains(words) && $0.topics.contains(topic) }
    }
    #expect(aligned("cooperation.organization", "cooperation between Russia and the ICRC", "ICRC"))
    #expect(aligned("civilians.protection", "protection of civilians", "civilian population"))
    #expect(unique(in: tass, "servicemen held in custody", topic: "detention.prisoners"))
    #expect(unique(in: tass, "Middle East", topic: "region.middle-east"))
    #expect(unique(in: sputnik, "front line", topic: "humanitarian.evacuation"))
    #expect(unique(in: sputnik, "front line", topic: "humanitarian.access"))
    // Coverage: the Middle East only in the TASS column.
    let middleEast = event.coverage.first { $0.topic == "region.middle-east" }?.counts.map(\.document) ?? []
    #expect(middleEast == [tass.document.path])
    // No alignment is about the topics only one side covers.
    let onlyOne: Set<TopicID> = ["detention.prisoners", "region.middle-east", "humanitarian.evacuation"]
    #expect(event.alignments.allSatisfy { !onlyOne.contains($0.topic) })
    // Naming: TASS writes "Kiev" (through "Kiev regime"), a framing term of the style.
    #expect(event.differences.naming.contains { $0.entity == "place.kyiv" && $0.uses.contains { $0.document == tass.document.path && $0.form == "Kiev" } })
    #expect(event.differences.framing.contains { $0.id == "framing.kiev-regime" && $0.loaded.contains { $0.document == tass.document.path } })
  }

  @Test("two sources that date one exchange differently: the alignment conflicts on the dates, across languages")
  func datesDisagree() throws {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try """
      GENEVA, Feb 20 (Reuters) - Russian Foreign Minister Sergey Lavrov said the exchange of prisoners of war \
      with Ukraine took place on February 12 under the supervision of the ICRC.

      """.write(to: folder.appendingPathComponent("reuters.txt"), atomically: true, encoding: .utf8)
    try """
      МОСКВА, 20 февраля. /ТАСС/. Министр иностранных дел России Сергей Лавров заявил, что обмен военнопленными \
      с Украиной состоялся 14 февраля при содействии МККК.

      """.write(to: folder.appendingPathComponent("tass.txt"), atomically: true, encoding: .utf8)
    let run = try CLI.run(["compare", "--format", "json", "--as-of", "2025-02-20", folder.path])
    try #require(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("\"dates: --02-12 / --02-14\""))
    #expect(run.stdout.contains("\"relation\": \"conflicting\""))
    let statements = try CLI.run(["statements", "--format", "json", folder.path])
    #expect(statements.stdout.contains("\"dates\":[\"--02-12\"]") && statements.stdout.contains("\"dates\":[\"--02-14\"]"))
  }

  @Test("compare --format json follows parallax.comparison/1 and is byte-identical run to run")
  func jsonContract() throws {
    let corpus = CLI.packageRoot.appendingPathComponent("Reports/examples/corpus").path
    let first = try CLI.run(["compare", "--format", "json", corpus])
    let second = try CLI.run(["compare", "--format", "json", "--jobs", "1", corpus])
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout == second.stdout)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
    #expect(object["schema"] as? String == "parallax.comparison/1")
    let events = try #require(object["events"] as? [[String: Any]])
    #expect(events.count == 3, "the sample corpus holds three events")
    let event = try #require(events.first)
    #expect(Array(event.keys).count >= 4)
    let alignments = try #require(event["alignments"] as? [[String: Any]])
    let alignment = try #require(alignments.first)
    for key in ["topic", "relation", "confidence", "members", "evidence"] { #expect(alignment[key] != nil, "alignment lacks \(key)") }
    let topic = try #require(alignment["topic"] as? [String: Any])
    #expect(topic["id"] is String && topic["label"] is String)
    let unique = try #require(event["unique"] as? [[String: Any]])
    for item in unique { #expect(item["document"] is String && item["statement"] is String && item["topics"] is [Any]) }
    // Key order is part of the contract.
    let keys = ["\"schema\"", "\"settings\"", "\"topics\"", "\"events\""].map { first.stdout.range(of: $0)?.lowerBound }
    #expect(keys.allSatisfy { $0 != nil } && zip(keys, keys.dropFirst()).allSatisfy { $0! < $1! })
  }

  @Test("-o writes the file; bad thresholds are a usage error; a missing input exits 66")
  func outputsAndErrors() throws {
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let corpus = CLI.packageRoot.appendingPathComponent("Reports/examples/corpus").path
    let out = folder.appendingPathComponent("comparison.json").path
    let written = try CLI.run(["compare", "--format", "json", "--as-one", "-o", out, corpus])
    #expect(written.status == 0)
    #expect(written.stdout.isEmpty)
    #expect((try? String(contentsOfFile: out, encoding: .utf8))?.hasPrefix("{") == true)
    let usage = try CLI.run(["compare", "--suggest-threshold", "0.9", "--confident-threshold", "0.5", corpus])
    #expect(usage.status == 64)
    let missing = try CLI.run(["compare", folder.appendingPathComponent("nothing-here").path])
    #expect(missing.status == 66)
    let unwritable = try CLI.run(["compare", "--format", "json", "-o", folder.appendingPathComponent("no/such/dir/x.json").path, corpus])
    #expect(unwritable.status == 73)
    // A report folder under a file: the reason in words, naming the file in the way.
    let file = folder.appendingPathComponent("a-file")
    try "x".write(to: file, atomically: true, encoding: .utf8)
    let blocked = try CLI.run(["compare", "-o", file.appendingPathComponent("reports").path, corpus])
    #expect(blocked.status == 73)
    #expect(blocked.stderr.contains("'\(file.path)' is a file, not a folder"), "\(blocked.stderr)")
  }

  @Test("help shows the thresholds' defaults as a user would type them")
  func helpDefaults() throws {
    let help = try CLI.run(["compare", "--help"])
    #expect(help.stdout.contains("(default: 0.15)") && help.stdout.contains("(default: 0.25)"), "\(help.stdout)")
    #expect(!help.stdout.contains("0.1500000") && !help.stdout.contains("0.1000000"))
  }

  @Test("a statement's words: each stem once, in the order first written, in short and long statements alike")
  func stemsOnce() throws {
    let loaded = try CompareTestSupport.loaded.get()
    let profiler = try loaded.compare.makeProfiler()
    // Forty invented words, each written three times over, with inflected forms between: a
    // long statement (past the first picks) and a short one must keep each stem once.
    let words = (0..<40).map { "word\(String(UnicodeScalar(UInt8(97 + $0 % 26))))\($0 / 26 == 0 ? "" : "x")" }
    let long = (words + words.reversed() + words).joined(separator: " ") + "."
    let stems = try profiler.profile(text: long, language: "en").stems
    #expect(stems.count == Set(stems).count)
    #expect(stems.count > 24, "\(stems)")  // more than the profiler looks through (24)
    let short = try profiler.profile(text: "Ships sailed and ships docked; the ship sailed.", language: "en").stems
    #expect(short.count == Set(short).count && !short.isEmpty, "\(short)")
    // Order of first appearance: the long statement's stems come in the order of `words`.
    let again = try profiler.profile(text: words.joined(separator: " ") + ".", language: "en").stems
    #expect(stems == again)
  }

  @Test("topics: several per statement, across languages and inflections")
  func topicTagging() throws {
    let loaded = try CompareTestSupport.loaded.get()
    let profiler = try loaded.compare.makeProfiler()
    let cases: [(String, LocaleID, [TopicID])] = [
      ("The exchange of 150 prisoners of war took place in February.", "en", ["detention.prisoners", "detention.exchanges"]),
      ("Стороны обсудили обмен военнопленными и поиск пропавших без вести.", "ru", ["detention.prisoners", "missing.persons", "detention.exchanges"]),
      ("МКЧХ має отримати доступ до всіх українських військовополонених.", "uk", ["detention.prisoners", "humanitarian.access"]),
      ("Die Familien warten auf Nachrichten über vermisste Angehörige.", "de", ["missing.persons", "family.children"]),
      ("La centrale nucléaire a perdu sa dernière ligne électrique.", "fr", ["nuclear.safety"]),
      ("Un convoy humanitario entregó alimentos en Jersón.", "es", ["food.grain"]),
      // Pipelines carry energy in every language: the leaks of a gas pipeline are news of energy.
      ("Divers inspected both damaged gas pipelines near the island.", "en", ["energy.infrastructure"]),
      ("Утечка газа на газопроводе продолжается третий день.", "ru", ["energy.infrastructure"]),
      ("Витік газу з газопроводу виявила берегова охорона.", "uk", ["energy.infrastructure"]),
      ("Die beschädigte Gasleitung verliert weiter Gas.", "de", ["energy.infrastructure"]),
      ("Le gazoduc endommagé perd encore du gaz.", "fr", ["energy.infrastructure"]),
      ("Uszkodzony gazociąg nadal traci gaz.", "pl", ["energy.infrastructure"]),
    ]
    for (text, language, expected) in cases {
      let topics = Set(try profiler.profile(text: text, language: language).topics)
      #expect(Set(expected).isSubset(of: topics), "\(text): \(topics.sorted())")
    }
    // Canonical entities across scripts: Київ = Kiev = Kyiv.
    let a = try profiler.profile(text: "Делегация прибыла в Киев.", language: "ru").entities
    let b = try profiler.profile(text: "Делегація прибула до Києва.", language: "uk").entities
    let c = try profiler.profile(text: "The delegation arrived in Kyiv.", language: "en").entities
    #expect(a.contains("place.kyiv") && b.contains("place.kyiv") && c.contains("place.kyiv"))
  }
}
