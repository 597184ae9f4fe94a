import ParallaxCore
// Lives in ParallaxCore (not in ParallaxBench) so that unit tests can check its determinism
// and later benchmarks, CLI tests and fixtures can generate the same corpus from a seed; it
// depends on nothing but the standard library.

/// One paragraph of the benchmark corpus and its language.
public struct CorpusParagraph: Sendable, Hashable {
  public let language: CorpusLanguage
  public let text: String
}

/// One generated news-like document of about 2 KB: a title line, a dateline, paragraphs.
public struct CorpusDocument: Sendable, Hashable {
  /// A file name such as `doc-000042-uk.txt`.
  public let name: String
  public let language: CorpusLanguage
  /// The text, with `\n` line endings and a final newline.
  public let text: String
}

/// Generates a reproducible mixed English / Russian / Ukrainian news-like corpus from a seed.
///
/// Everything follows from the seed (SplitMix64; never the system generator). The words are
/// synthetic: stems × inflectional endings with Zipf frequencies, so memo hit rates and
/// vocabulary sizes behave like real news. Names appear in their variant spellings (Kyiv, Kiev,
/// Київ, Киев, Kiew; Spoljarić, Сполярич), with typographic quotes (“…”, «…», „…“), all three
/// Ukrainian apostrophes (’ ʼ '), datelines, numbers, dates and attributions.
///
/// ```swift
/// var generator = CorpusGenerator(seed: 42)
/// let corpus = generator.paragraphs(totalBytes: 10_000_000)   // 10 MB of paragraphs
/// let document = generator.nextDocument()                      // doc-000000-ru.txt, ~2 KB
/// ```
public struct CorpusGenerator: Sendable {
  private var rng: SplitMix64
  private var documentIndex = 0

  /// A generator whose output follows from `seed` alone.
  public init(seed: UInt64) {
    rng = SplitMix64(seed: seed)
  }

  /// Paragraphs until their UTF-8 size reaches `totalBytes`.
  public mutating func paragraphs(totalBytes: Int) -> [CorpusParagraph] {
    var result: [CorpusParagraph] = []
    var size = 0
    while size < totalBytes {
      let paragraph = nextParagraph()
      size += paragraph.text.utf8.count
      result.append(paragraph)
    }
    return result
  }

  /// The next paragraph, in a language drawn 40% English, 30% Russian, 30% Ukrainian.
  public mutating func nextParagraph() -> CorpusParagraph {
    let language = nextLanguage()
    let lexicon = CorpusLexicon.of(language)
    return CorpusParagraph(
      language: language, text: paragraph(lexicon, dateline: rng.chance(0.15)))
  }

  /// The next document of about `approximateBytes` (paragraphs are added until it holds seven
  /// eighths of that, so sizes center near it); one language per document.
  public mutating func nextDocument(approximateBytes: Int = 2048) -> CorpusDocument {
    let language = nextLanguage()
    let lexicon = CorpusLexicon.of(language)
    var text = capitalized(clause(lexicon, words: rng.within(5...10)))
    text += "\n\n"
    var first = true
    while text.utf8.count < approximateBytes - approximateBytes / 8 {
      if !first { text += "\n\n" }
      text += paragraph(lexicon, dateline: first)
      first = false
    }
    text += "\n"
    let number = String(documentIndex)
    let name = "doc-" + String(repeating: "0", count: max(0, 6 - number.count)) + number
      + "-\(language.rawValue).txt"
    documentIndex += 1
    return CorpusDocument(name: name, language: language, text: text)
  }

  // MARK: - Composition

  private mutating func nextLanguage() -> CorpusLanguage {
    let u = rng.unit()
    return u < 0.4 ? .en : u < 0.7 ? .ru : .uk
  }

  private mutating func paragraph(_ lexicon: CorpusLexicon, dateline: Bool) -> String {
    var parts: [String] = []
    if dateline { parts.append(self.dateline(lexicon)) }
    for _ in 0..<rng.within(2...6) { parts.append(sentence(lexicon)) }
    return parts.joined(separator: " ")
  }

  /// "MOSCOW, December 18. /TASS/." or "КИЇВ, 18 грудня. /Укрінформ/."
  private mutating func dateline(_ lexicon: CorpusLexicon) -> String {
    let city = rng.pick(lexicon.cities)
    let day = rng.within(1...28)
    let month = rng.below(12)
    let agency = rng.pick(lexicon.agencies)
    if lexicon.dashBeforeAttribution {
      return "\(city), \(day) \(lexicon.months[month]). \(agency)"
    }
    if agency.hasPrefix("/") { return "\(city), \(lexicon.months[month]) \(day). \(agency)" }
    return "\(city), \(lexicon.shortMonths[month]) \(day) \(agency)"
  }

  private mutating func sentence(_ lexicon: CorpusLexicon) -> String {
    let kind = rng.unit()
    if kind < 0.22 { return directQuote(lexicon) }
    if kind < 0.34 {
      let (speaker, verb) = attribution(lexicon)
      let comma = lexicon.dashBeforeAttribution ? "," : ""
      return "\(capitalized(speaker)) \(verb)\(comma) \(lexicon.that) "
        + clause(lexicon, words: rng.within(6...18)) + "."
    }
    return capitalized(clause(lexicon, words: rng.within(6...24))) + "."
  }

  /// “Clause,” Lavrov said. / «Clause», — заявив Зеленський. / Лавров заявил: «Clause».
  private mutating func directQuote(_ lexicon: CorpusLexicon) -> String {
    var quoted = capitalized(clause(lexicon, words: rng.within(5...20)))
    if rng.chance(0.2) {
      quoted += " \(lexicon.innerOpen)\(clause(lexicon, words: rng.within(1...4)))"
        + lexicon.innerClose
    }
    let (speaker, verb) = attribution(lexicon)
    if rng.chance(0.3) {
      return "\(capitalized(speaker)) \(verb): \(lexicon.open)\(quoted).\(lexicon.close)"
    }
    if lexicon.dashBeforeAttribution {
      return "\(lexicon.open)\(quoted)\(lexicon.close), \u{2014} \(verb) \(speaker)."
    }
    return "\(lexicon.open)\(quoted),\(lexicon.close) \(speaker) \(verb)."
  }

  private mutating func attribution(_ lexicon: CorpusLexicon) -> (speaker: String, verb: String) {
    if rng.chance(0.25), !lexicon.femaleVerbs.isEmpty || !lexicon.femaleSpeakers.isEmpty {
      let verbs = lexicon.femaleVerbs.isEmpty ? lexicon.verbs : lexicon.femaleVerbs
      return (typeset(rng.pick(lexicon.femaleSpeakers), lexicon), rng.pick(verbs))
    }
    return (typeset(rng.pick(lexicon.speakers), lexicon), rng.pick(lexicon.verbs))
  }

  /// `words` words with names, numbers, dates and commas mixed in.
  private mutating func clause(_ lexicon: CorpusLexicon, words: Int) -> String {
    var text = ""
    for index in 0..<words {
      if index > 0 { text += rng.chance(0.07) ? ", " : " " }
      // The last word is a plain one, so no "г." or number runs into the final period.
      let u = index == words - 1 ? 1 : rng.unit()
      if u < 0.07 {
        let entity = rng.pick(lexicon.names)
        text += typeset(rng.pick(entity), lexicon)
      } else if u < 0.10 {
        text += number(lexicon)
      } else if u < 0.11 {
        text += date(lexicon)
      } else {
        text += lexicon.word(&rng)
      }
    }
    return text
  }

  private mutating func number(_ lexicon: CorpusLexicon) -> String {
    switch rng.below(5) {
    case 0: return String(rng.within(2...999))
    case 1: return "\(rng.within(1...99))\(lexicon.thousands)\(threeDigits(rng.below(1000)))"
    case 2: return "\(rng.within(1...99))\(lexicon.decimal)\(rng.below(10)) \(lexicon.percent)"
    case 3: return "\(rng.within(1...40))\(lexicon.decimal)\(rng.below(10)) \(lexicon.billion)"
    default: return "\(rng.within(1...100))%"
    }
  }

  /// "December 18, 2024" / "18 декабря 2024 г." / "18 грудня 2024 р."
  private mutating func date(_ lexicon: CorpusLexicon) -> String {
    let day = rng.within(1...28)
    let month = lexicon.months[rng.below(12)]
    let year = rng.within(2014...2025)
    if lexicon.year.isEmpty { return "\(month) \(day), \(year)" }
    return "\(day) \(month) \(year) \(lexicon.year)"
  }

  /// Replaces each ASCII apostrophe with one of the language's apostrophes.
  private mutating func typeset(_ text: String, _ lexicon: CorpusLexicon) -> String {
    guard text.contains("'") else { return text }
    let mark = rng.pick(lexicon.apostrophes)
    return text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: mark)
  }

  private func threeDigits(_ n: Int) -> String {
    n < 10 ? "00\(n)" : n < 100 ? "0\(n)" : "\(n)"
  }

  private func capitalized(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
  }
}
