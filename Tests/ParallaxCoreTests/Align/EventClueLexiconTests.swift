import Testing

@testable import ParallaxCore

@Suite struct EventClueLexiconTests {
  private let lexicon = EventClueLexicon(rules: [
    EventClueRules(language: "und", stages: [["mined", "blown-up"]]),
    EventClueRules(
      language: "en", counted: ["prisoners", "servicemen"],
      acts: ["mined": ["mined", "placed explosives"], "blown-up": ["blew", "destroyed"]]),
    EventClueRules(language: "ru", counted: ["пленных", "военнослужащих"], acts: ["blown-up": ["подрыв"]]),
  ])

  @Test("a number before a counted noun, a few words on, is the exchange's count")
  func counted() {
    let clues = lexicon.clues(in: "Kyiv brought home 115 Ukrainian servicemen and 3 journalists.", language: "en")
    #expect(clues.counts == ["115"])
  }

  @Test("the same number again a word or two on is a count, whatever the language's words")
  func mirrored() {
    #expect(lexicon.clues(in: "Обмен прошёл по формуле «146 на 146».", language: "ru").counts == ["146"])
    #expect(lexicon.clues(in: "They swapped 75-for-75 on Friday.", language: "en").counts == ["75"])
  }

  @Test("years, numbers far from the noun and other languages' nouns give no count")
  func notCounts() {
    #expect(lexicon.clues(in: "Since 2022 prisoners have been swapped.", language: "en").counts.isEmpty)
    #expect(lexicon.clues(in: "In 14 rounds of talks, the prisoners were discussed.", language: "en").counts.isEmpty)
    #expect(lexicon.clues(in: "Вернулись 84 пленных.", language: "uk").counts.isEmpty)
  }

  @Test("thousands groups are one number")
  func thousands() {
    #expect(lexicon.clues(in: "In all, 1 788 prisoners and 2.184 servicemen came home.", language: "en").counts == ["1788", "2184"])
  }

  @Test("acts are found by whole words or a few words, case-folded, and give stage marks")
  func acts() {
    let warning = lexicon.clues(in: "Zelensky said Russian troops Placed Explosives in the dam.", language: "en")
    #expect(warning.acts == ["mined"])
    #expect(warning.stages == ["mined>blown-up/earlier"])
    let blast = lexicon.clues(in: "The dam was destroyed overnight; nobody mined the data.", language: "en")
    #expect(blast.acts == ["blown-up", "mined"])
    #expect(blast.stages == ["mined>blown-up/earlier", "mined>blown-up/later"])
    #expect(lexicon.clues(in: "Explosives were destroyers' cargo.", language: "en").acts.isEmpty)
  }

  @Test("a lead that names both stages goes with either, unless its earlier act foretells the later")
  func bothStages() {
    let lexicon = EventClueLexicon(rules: [
      EventClueRules(language: "und", stages: [["mined", "blown-up"], ["warned", "blown-up"]], foretelling: ["warned"]),
      EventClueRules(language: "en", acts: ["mined": ["mined"], "blown-up": ["blew", "blow"], "warned": ["warned"]]),
    ])
    let mined = lexicon.clues(in: "Sappers mined the bridge.", language: "en").stages
    let blast = lexicon.clues(in: "Sappers blew the bridge.", language: "en").stages
    #expect(mined == ["mined>blown-up/earlier"])
    #expect(blast == ["mined>blown-up/later", "warned»blown-up/later"])
    // Mined and blown up, in one statement or two: neither mark of that pair is kept.
    let both = Set(lexicon.clues(in: "Sappers mined the bridge and blew it.", language: "en").stages)
    #expect(EventClueCollector.leadStages(both) == ["warned»blown-up/later"])
    #expect(EventClueCollector.leadStages(Set(mined + blast)) == ["warned»blown-up/later"])
    // A warning of a blast stays a warning.
    let warning = Set(lexicon.clues(in: "The mayor warned they may blow the bridge.", language: "en").stages)
    #expect(EventClueCollector.leadStages(warning) == ["mined>blown-up/later", "warned»blown-up/earlier", "warned»blown-up/later"])
    #expect(EventEvidence.stagesConflict(EventClueCollector.leadStages(warning), blast))
    #expect(!EventEvidence.stagesConflict(EventClueCollector.leadStages(both), blast))
    #expect(!EventEvidence.stagesConflict(EventClueCollector.leadStages(both), mined))
  }

  @Test("targets are named by whole words or stems and come among the acts with their prefix")
  func targets() {
    let lexicon = EventClueLexicon(rules: [
      EventClueRules(language: "de", acts: ["blown-up": ["gesprengt"]], targets: ["dam": ["staudamm*", "talsperre"]]),
      EventClueRules(language: "ru", targets: ["apartment-block": ["жил* дом*", "многоэтажк*"], "dam": ["дамб*"]]),
    ])
    #expect(lexicon.clues(in: "Der Staudamms wurde gesprengt.", language: "de").acts == ["target.dam", "blown-up"])
    #expect(lexicon.clues(in: "Die Talsperren blieben heil.", language: "de").acts.isEmpty)
    #expect(lexicon.clues(in: "Ракета попала в жилого дома угол.", language: "ru").acts == ["target.apartment-block"])
    #expect(lexicon.clues(in: "Обрушилась МНОГОЭТАЖКА у дамбы.", language: "ru").acts == ["target.apartment-block", "target.dam"])
    // A stem starts the word: "жилой" alone, or "дом" before "жилой", is no apartment block.
    #expect(lexicon.clues(in: "Дом жилой, но пустой.", language: "ru").acts.isEmpty)
    #expect(lexicon.clues(in: "Это сожилой дом.", language: "ru").acts.isEmpty)
  }

  @Test("a stem of fewer than three letters is no form, and the file that has one is refused")
  func shortStems() {
    #expect(EventClueLexicon.form("до*", id: "x") == nil)
    #expect(EventClueLexicon.form("дом*", id: "x")?.stems == [true])
    let bad = "schema: parallax.events/1\nlanguage: ru\ntargets:\n  dam: [\"дб*\"]\n"
    #expect(throws: LocaleDataError.self) {
      try EventClueRules.load("ru/events.yaml", from: InMemoryLocaleData(["ru/events.yaml": bad]))
    }
  }

  @Test("a language without rules gives no clues")
  func noRules() {
    #expect(lexicon.clues(in: "Scambio di 90 prigionieri.", language: "it") == EventClueLexicon.Clues())
  }

  @Test("rules load from their file; a stage that is no pair and a language in the wrong folder are errors")
  func loading() throws {
    let good = """
      schema: parallax.events/1
      language: en
      counted: [prisoners]
      acts:
        mined: [mined]
      """
    let rules = try EventClueRules.load("en/events.yaml", from: InMemoryLocaleData(["en/events.yaml": good]))
    #expect(rules.counted == ["prisoners"])
    #expect(rules.acts == ["mined": ["mined"]])
    let badStage = "schema: parallax.events/1\nlanguage: und\nstages:\n  - [mined]\n"
    #expect(throws: LocaleDataError.self) {
      try EventClueRules.load("und/events.yaml", from: InMemoryLocaleData(["und/events.yaml": badStage]))
    }
    do {
      _ = try EventClueRules.load("und/events.yaml", from: InMemoryLocaleData(["und/events.yaml": badStage]))
    } catch {
      guard case .invalidValue(_, let line, _, let key, _) = error else {
        Issue.record("expected invalidValue, got \(error)")
        return
      }
      #expect(line == 4)
      #expect(key == "stages")
    }
    #expect(throws: LocaleDataError.self) {
      try EventClueRules.load("de/events.yaml", from: InMemoryLocaleData(["de/events.yaml": good]))
    }
    let problems = LocaleDataChecker().check(InMemoryLocaleData(["en/events.yaml": good, "und/events.yaml": badStage]))
    #expect(problems.count == 1)
  }

  @Test("a text's words and numbers: folded, apostrophes inside words, thousands groups joined, a decimal comma as a point")
  func wordsAndNumbers() {
    let words = EventClueLexicon.words(of: "ОБМІН 1.788 пленных, 4,3 тысячи; l’Ucraina 4 349 x²Y 12ab Straße'")
    #expect(words.map(\.text) == ["обмін", "1788", "пленных", "4.3", "тысячи", "l’ucraina", "4349", "x", "y", "12", "ab", "straße"])
    #expect(words.map(\.isNumber) == [false, true, false, true, false, false, true, false, false, true, false, false])
  }
}

