public import ParallaxICU

/// Reviews copy against a house style: every registered name in a form the style does not
/// prefer, every loaded term, every near-miss spelling and every mixed-script word, with the
/// fix where one is safe. Quotations are reported and never fixed; exceptions, identifiers and
/// inline suppressions are left alone.
///
/// Not thread-safe: it owns a matcher and ICU objects. Give each task its own.
///
/// ```swift
/// let findings = try checker.check(text, path: "tass.txt")
/// findings.map { "\($0.line):\($0.column) \($0.rule) \($0.match) → \($0.suggestion ?? "")" }
/// // ["5:112 framing Kiev regime → ", "9:40 variant Lugansk → Luhansk"]
/// ```
public final class StyleChecker {
  public let compiled: CompiledStyle
  let matcher: NameMatcher
  let registry: NameRegistry
  private let quotes: QuotationMarks
  private let spoof: SpoofChecker
  private let cases: CaseMapper
  let tokenizer: NameTokenizer
  var language: LocaleID?
  /// Each page language's common words and adjectival suffixes (see `StyleChecker+Fit`).
  var languageWordKeys: [String: LanguageWords] = [:]
  /// Possessive endings of every language (see `StyleChecker+Reference`), gathered on first use.
  var possessiveEndings: [String]?
  /// Per distinct token id: bit 0 known, bit 1 starts a framing term, bit 2 starts an exception.
  private var phraseStarts: [UInt8] = []
  private var phraseGeneration = -1

  public init(compiled: CompiledStyle, setup: NameSetup, matcher: NameMatcher, quotes: QuotationMarks) throws(ICUError) {
    self.compiled = compiled
    self.matcher = matcher
    self.registry = setup.registry
    self.quotes = quotes
    self.spoof = try SpoofChecker()
    self.cases = try CaseMapper(locale: compiled.style.languages.first ?? "und")
    self.tokenizer = NameTokenizer(
      keys: try MatchKeyBuilder(profile: setup.matchKeyProfile), words: try WordBreaker(locale: "und"))
  }

  var style: HouseStyle { compiled.style }

  /// The findings in `text`, in text order.
  /// - Parameter language: the copy's language when known; copy in a language the style does
  ///   not review gets no findings. When nil, a variant is judged only if its own language is
  ///   one the style reviews.
  public func check(_ text: String, path: String, language: LocaleID? = nil) throws(ICUError) -> [StyleFinding] {
    try check(text, path: path, language: language, lines: nil)
  }

  /// `check(_:path:language:)` with the text's line table when the caller has it already.
  func check(_ text: String, path: String, language: LocaleID?, lines known: LineTable?) throws(ICUError) -> [StyleFinding] {
    if text.isEmpty { return [] }
    if let language, !style.languages.isEmpty, !style.languages.contains(language.language) { return [] }
    self.language = language
    return try check(utf8: Array(text.utf8), path: path, lines: known ?? LineTable(text))
  }

  func check(utf8 bytes: [UInt8], path: String, lines: LineTable) throws(ICUError) -> [StyleFinding] {
    let (tokens, mentions) = try matcher.analyze(utf8: bytes)
    let quoted = quotes.spans(utf8: bytes)
    let suppressions = Suppressions(utf8: bytes)
    let excepted = phraseMatches(compiled.exceptions, startBit: 4, tokens, bytes).map(\.range)
    func isExcepted(_ range: Range<Int>) -> Bool {
      excepted.contains { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound }
    }
    func inQuote(_ range: Range<Int>) -> Bool {
      quoted.contains { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound }
    }
    func surface(_ range: Range<Int>) -> String {
      String(decoding: bytes[range], as: UTF8.self)
    }

    var findings: [StyleFinding] = []
    var framed: [Range<Int>] = []
    for (range, termIndex) in phraseMatches(compiled.framing, startBit: 2, tokens, bytes) where !isExcepted(range) {
      let term = style.framing[termIndex]
      framed.append(range)
      let names = [StyleFinding.Rule.framing.rawValue, term.id] + (term.entity.map { [$0.rawValue] } ?? [])
      if suppressions.suppresses(range.lowerBound, names: names) { continue }
      let canonical = term.entity.flatMap { style.canonical[$0] }
      var message = "'\(surface(range))': \(term.message)"
      if let alternatives = term.alternatives, !alternatives.isEmpty {
        message += "; consider \(alternatives.map { "'\($0)'" }.joined(separator: " or "))"
      }
      if let canonical { message += " (place name: \(canonical))" }
      findings.append(
        finding(range, lines, path: path, severity: term.severity ?? style.severity.framing, rule: .framing,
                ruleID: term.id, match: surface(range), entity: term.entity, canonical: canonical, suggestion: nil,
                inQuote: inQuote(range), fixable: false, message: message, mention: nil))
    }

    for (position, mention) in mentions.enumerated() {
      let range = mention.utf8Range
      if mention.match == .fuzzy {
        let next = mentions.indices.contains(position + 1) ? mentions[position + 1] : nil
        let adjacent = next.flatMap { next in
          next.utf8Range.lowerBound > range.upperBound
            && bytes[range.upperBound..<next.utf8Range.lowerBound].allSatisfy { $0 == 0x20 } ? next : nil
        }
        if !fuzzyFits(mention, before: adjacent) { continue }
      }
      if framed.contains(where: { $0.overlaps(range) }) || isExcepted(range) || isIdentifier(range, bytes) { continue }
      guard let rule = rule(for: mention) else { continue }
      let names = [rule.rawValue, mention.entity.rawValue]
      if suppressions.suppresses(range.lowerBound, names: names) { continue }
      let canonical = style.canonical[mention.entity]
      let quoted = inQuote(range)
      var replacement: String?
      if let canonical { replacement = try adaptCase(referenceForm(of: canonical, for: mention), to: mention.surface) }
      if rule == .mixedScript, replacement == nil { replacement = mention.variant.form }
      let fixable =
        style.fix && !quoted && replacement != nil && rule != .suggestion && mention.match != .fuzzy
        && mention.variant.how != .inflected && mention.match != .inflected
        && !(language != nil && isForeign(mention))
      findings.append(
        finding(range, lines, path: path, severity: severity(of: rule), rule: rule, ruleID: nil,
                match: mention.surface, entity: mention.entity, canonical: canonical, suggestion: replacement,
                inQuote: quoted, fixable: fixable, message: message(rule, mention, replacement ?? canonical), mention: mention))
    }
    return findings.sorted {
      ($0.utf8Range.lowerBound, $0.rule.rawValue) < ($1.utf8Range.lowerBound, $1.rule.rawValue)
    }
  }

  /// What the rules need to know of a surface form, computed once per distinct form.
  struct SurfaceFacts {
    var scripts: [String]
    var mixedScript: Bool
    var inStyleScripts: Bool
    var key: String
  }

  private var surfaceFacts: [String: SurfaceFacts] = [:]

  func facts(_ surface: String) -> SurfaceFacts {
    if let known = surfaceFacts[surface] { return known }
    let scripts = ScriptRuns.scripts(in: surface)
    let facts = SurfaceFacts(
      scripts: scripts,
      mixedScript: scripts.count > 1 && (try? spoof.check(surface).contains(.mixedScript)) == true,
      inStyleScripts: style.scripts.isEmpty || scripts.allSatisfy(style.scripts.contains),
      key: (try? tokenizer.keys(of: surface).joined(separator: " ")) ?? "")
    if surfaceFacts.count > 100_000 { surfaceFacts.removeAll(keepingCapacity: true) }
    surfaceFacts[surface] = facts
    return facts
  }

  /// The rule a mention breaks under the style, or nil when it is fine.
  private func rule(for mention: NameMention) -> StyleFinding.Rule? {
    let facts = facts(mention.surface)
    if facts.mixedScript { return .mixedScript }
    if !facts.inStyleScripts { return nil }
    if language == nil, !style.languages.isEmpty, mention.variant.lang != "und",
      !style.languages.contains(mention.variant.lang), mention.match != .fuzzy
    {
      return nil
    }
    if mention.isSuggestion { return .suggestion }
    // Other names of an entity (acronyms, short forms) are not spellings to correct.
    if [.alternative, .abbreviation, .acronym].contains(mention.variant.how), mention.match != .fuzzy { return nil }
    guard let canonicalKey = compiled.canonicalKeys[mention.entity] else { return nil }
    let key = facts.key
    if key == canonicalKey || compiled.allowedKeys[mention.entity]?.contains(key) == true { return nil }
    // A shorter reference to the canonical name (a surname on second reference) is fine.
    if mention.match != .fuzzy, canonicalKey.hasSuffix(" " + key) { return nil }
    return mention.variant.how == .renamed ? .renamed : .variant
  }

  private func severity(of rule: StyleFinding.Rule) -> Severity {
    switch rule {
    case .variant: style.severity.variant
    case .renamed: style.severity.renamed
    case .framing: style.severity.framing
    case .suggestion: style.severity.suggestion
    case .mixedScript: style.severity.mixedScript
    }
  }

  private func message(_ rule: StyleFinding.Rule, _ mention: NameMention, _ canonical: String?) -> String {
    let preferred = canonical.map { "'\($0)'" } ?? "the registered form"
    switch rule {
    case .variant:
      if mention.match == .fuzzy {
        return "'\(mention.surface)' is an unregistered spelling of \(mention.entity); \(style.name) uses \(preferred)"
      }
      return "use \(preferred) instead of '\(mention.surface)' (\(mention.variant.how.rawValue), \(style.name))"
    case .renamed:
      let date = mention.variant.until.map { " on \($0)" } ?? ""
      return "'\(mention.surface)' was renamed\(date); use \(preferred)"
    case .suggestion:
      return "'\(mention.surface)' looks like \(mention.variant.form) (\(mention.entity), similarity \(mention.confidence)); register it or correct it"
    case .mixedScript:
      return "'\(mention.surface)' mixes scripts (a look-alike letter from another alphabet); retype it as \(preferred)"
    case .framing:
      return ""
    }
  }

  /// `canonical` in capitals when the surface is written in capitals.
  private func adaptCase(_ canonical: String, to surface: String) throws(ICUError) -> String {
    NameMatcher.isAllCaps(surface) && !NameMatcher.isAllCaps(canonical) ? try cases.map(canonical, to: .upper) : canonical
  }

  /// Whether the mention sits inside a URL, a path, an e-mail address or an identifier such as
  /// `Europe/Kiev` or `kiev_office`.
  private func isIdentifier(_ range: Range<Int>, _ bytes: [UInt8]) -> Bool {
    var start = range.lowerBound
    while start > 0, !isBreak(bytes[start - 1]) { start -= 1 }
    var end = range.upperBound
    while end < bytes.count, !isBreak(bytes[end]) { end += 1 }
    let chunk = bytes[start..<end]
    if chunk.contains(0x2F) || chunk.contains(0x40) || chunk.contains(0x5F) || chunk.contains(0x5C) { return true }
    // A dot followed by a letter right after the name: a domain (kiev.example).
    if range.upperBound + 1 < bytes.count, bytes[range.upperBound] == 0x2E {
      let next = bytes[range.upperBound + 1]
      if (0x61...0x7A).contains(next) { return true }
    }
    return false
  }

  private func isBreak(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x22 || byte == 0x28 || byte == 0x29
      || byte == 0x3C || byte == 0x3E
  }

  /// Longest phrase matches of a trie over the tokens: each range and the phrase's index.
  private func phraseMatches(
    _ trie: NameIndex.Trie, startBit: UInt8, _ tokens: [(range: Range<Int>, key: String, id: Int)],
    _ bytes: [UInt8]
  ) -> [(range: Range<Int>, index: Int)] {
    if phraseGeneration != matcher.generation {
      phraseStarts.removeAll(keepingCapacity: true)
      phraseGeneration = matcher.generation
    }
    var result: [(range: Range<Int>, index: Int)] = []
    var i = 0
    while i < tokens.count {
      // Whether any phrase starts with this token is worked out once per distinct token.
      let id = tokens[i].id
      if id >= phraseStarts.count { phraseStarts.append(contentsOf: repeatElement(0, count: id - phraseStarts.count + 1)) }
      if phraseStarts[id] & 1 == 0 {
        var bits: UInt8 = 1
        if compiled.framing.step(0, tokens[i].key) != nil { bits |= 2 }
        if compiled.exceptions.step(0, tokens[i].key) != nil { bits |= 4 }
        phraseStarts[id] = bits
      }
      if phraseStarts[id] & startBit == 0 {
        i += 1
        continue
      }
      var node = 0
      var best: (end: Int, index: Int)?
      var k = i
      while k < tokens.count, let next = trie.step(node, tokens[k].key) {
        if k > i, !phraseGap(bytes, tokens[k - 1].range, tokens[k].range) { break }
        node = next
        if let candidate = trie.terminals[node].first { best = (k + 1, candidate.entity) }
        k += 1
      }
      if let best {
        result.append((tokens[i].range.lowerBound..<tokens[best.end - 1].range.upperBound, best.index))
        i = best.end
      } else {
        i += 1
      }
    }
    return result
  }

  /// Spaces, hyphens or a possessive apostrophe between two words of a phrase.
  private func phraseGap(_ bytes: [UInt8], _ a: Range<Int>, _ b: Range<Int>) -> Bool {
    let gap = bytes[a.upperBound..<b.lowerBound]
    return !gap.isEmpty && gap.count <= 4 && gap.allSatisfy { $0 == 0x20 || $0 == 0x2D || $0 == 0x0A || $0 == 0xC2 || $0 == 0xA0 }
  }

  private func finding(
    _ range: Range<Int>, _ lines: LineTable, path: String, severity: Severity, rule: StyleFinding.Rule,
    ruleID: String?, match: String, entity: EntityID?, canonical: String?, suggestion: String?, inQuote: Bool,
    fixable: Bool, message: String, mention: NameMention?
  ) -> StyleFinding {
    let start = lines.position(ofByte: range.lowerBound)
    let end = lines.position(ofByte: range.upperBound)
    return StyleFinding(
      path: path, utf8Range: range, line: start.line, column: start.column, endLine: end.line,
      endColumn: end.column, severity: severity, rule: rule, ruleID: ruleID, match: match, entity: entity,
      canonical: canonical, suggestion: suggestion, inQuote: inQuote, fixable: fixable, message: message,
      matchKind: mention?.match, confidence: mention?.confidence)
  }
}
