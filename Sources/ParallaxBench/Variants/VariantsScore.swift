import ParallaxCore

/// What the name matcher makes of the variant list and the common words: per variant the entity
/// it resolves to (as `names lookup` and `compare` see it: a mention over the whole form, linked,
/// not a suggestion); per common word the links `compare` would take (mentions that are not
/// suggestions), the findings `check` would report with the `preserve` style (every registered
/// variant and every suggestion that fits the page's language), and, apart, the matcher's raw
/// suggestions that `check` sets aside.
struct VariantsScore {
  /// One variant and what the matcher found for it.
  struct Outcome {
    var variant: VariantList.Variant
    /// The entity the form resolved to (nil: no link); `suggestion` when only a suggestion.
    var found: String?
    var match: String?
    var suggestion: Bool
    /// The expected entity is among the form's alternatives (an ambiguous form whose default is
    /// another entity).
    var ambiguous: Bool
    var right: Bool { found == variant.entity && !suggestion }
  }

  /// A common word linked to an entity: by a mention (`compare`), a `check` finding, or only a
  /// raw suggestion of the matcher that `check` does not report.
  struct FalseLink {
    enum Source: String { case link, check, suggestion }
    var word: String
    var lang: String
    var surface: String
    var entity: String
    var source: Source
  }

  var outcomes: [Outcome] = []
  /// Links and findings on common words: the floor counts these.
  var falseLinks: [FalseLink] = []
  /// Raw suggestions on common words that `check` sets aside (not counted).
  var setAside: [FalseLink] = []
  var commonWords = 0
  var wordLanguages: [String: Int] = [:]

  /// Runs `matcher` over every variant (alone, as a lookup does) and every common word (alone),
  /// and `checker` over every common word as a one-word page in its language.
  init(
    variants: [VariantList.Variant], words: [(word: String, lang: String)], matcher: NameMatcher, checker: StyleChecker
  ) throws {
    for variant in variants {
      let mention = try matcher.lookup(variant.form)
      outcomes.append(
        Outcome(
          variant: variant, found: mention?.entity.rawValue, match: mention?.match.rawValue,
          suggestion: mention?.isSuggestion ?? false,
          ambiguous: mention.map { $0.entity.rawValue != variant.entity && $0.alternatives.contains(EntityID(variant.entity)) } ?? false))
    }
    commonWords = words.count
    for (word, lang) in words {
      wordLanguages[lang, default: 0] += 1
      var linked = false
      let mentions = try matcher.mentions(in: word)
      for mention in mentions where !mention.isSuggestion {
        linked = true
        falseLinks.append(FalseLink(word: word, lang: lang, surface: mention.surface, entity: mention.entity.rawValue, source: .link))
      }
      let findings = try checker.check(word, path: "\(lang).txt", language: LocaleID(lang)).filter { $0.rule != .framing }
      for finding in findings where !linked {
        falseLinks.append(
          FalseLink(word: word, lang: lang, surface: finding.match, entity: finding.entity?.rawValue ?? "?", source: .check))
      }
      if !linked, findings.isEmpty {
        for mention in mentions {
          setAside.append(FalseLink(word: word, lang: lang, surface: mention.surface, entity: mention.entity.rawValue, source: .suggestion))
        }
      }
    }
  }

  /// Right over all of `subset`.
  static func recall(_ subset: [Outcome]) -> (right: Int, total: Int, value: Double) {
    let right = subset.filter(\.right).count
    return (right, subset.count, subset.isEmpty ? 1 : Double(right) / Double(subset.count))
  }
}
