import ParallaxICU

/// Whether a fuzzy match ("a spelling no one registered") is worth an editor's time on this
/// page. The matcher scores every capitalized word against every registered form of every
/// language and script once per distinct word; the page decides what fits:
///
/// - the nearest form must be in the page's script ("Video" is not a misspelt Відень) and in
///   the page's language or none ("Chief" on an English page is not a misspelt French "Chine");
/// - a misspelling keeps roughly the name's length, so a word much longer or shorter than the
///   form is another word ("Generally", "Großoffensive");
/// - the name or its stem followed by one of the language's endings is the name inflected or
///   made a demonym or adjective ("Rosjanie", "Ukrainiens", "Запорізьку"), not a misspelling;
/// - a word that is the whole first part of a longer form is a word of its own ("Europa",
///   "Europarat");
/// - an ordinary word of the page's language (`commonWords` in its names-matching data) is
///   not a name at all;
/// - a word right before a registered person's name is that person's given name ("Volodimir
///   Zelenski"), not another entity misspelt.
extension StyleChecker {
  /// Whether `mention` (a fuzzy match) fits the page. `next` is the mention right after it when
  /// only spaces separate the two.
  func fuzzyFits(_ mention: NameMention, before next: NameMention?) -> Bool {
    let surface = facts(mention.surface)
    let form = facts(mention.variant.form)
    if surface.scripts != form.scripts { return false }
    if isForeign(mention) { return false }
    let surfaceLength = mention.surface.unicodeScalars.count
    let formLength = mention.variant.form.unicodeScalars.count
    if abs(surfaceLength - formLength) > Self.lengthSlack { return false }
    if isDerived(surface.key, from: form.key) || isAdjective(surface.key, of: form.key) { return false }
    if isFirstPart(surface.key, of: form.key) { return false }
    if isCommonWord(surface.key) { return false }
    if let next, next.match != .fuzzy, registry.entity(next.entity)?.kind == .person { return false }
    return true
  }

  /// Whether the mention's form belongs to another language than the page's, and the entity
  /// does not register it for the page's language too: a fuzzy match to it is no misspelling,
  /// and a registered one ("Kiew" quoted on an English page) is reported but never fixed into
  /// the page's language.
  func isForeign(_ mention: NameMention) -> Bool {
    !languageFits(mention.variant.lang) && !sameFormFits(mention)
  }

  /// How many letters a misspelling may add or drop.
  static let lengthSlack = 3
  /// The fewest letters of a name's stem that an ending may follow.
  static let shortestDerivedStem = 4

  /// Whether a variant of language `lang` may be the nearest form on this page.
  func languageFits(_ lang: String) -> Bool {
    if lang == "und" { return true }
    if let language { return language.language == lang }
    return style.languages.isEmpty || style.languages.contains(lang)
  }

  /// Whether `key` is the whole first part of a longer form ("Europa" of "Europarat"): a word
  /// of its own, since a misspelling does not drop a name's last syllables.
  private func isFirstPart(_ key: String, of formKey: String) -> Bool {
    formKey.count - key.count >= Self.lengthSlack && formKey.hasPrefix(key)
  }

  /// Whether the entity registers the nearest form letter for letter in a language that fits
  /// too (Grossi is listed for de, en, es, fr and pl).
  func sameFormFits(_ mention: NameMention) -> Bool {
    registry.entity(mention.entity)?.variants.contains { $0.form == mention.variant.form && languageFits($0.lang) } == true
  }

  /// Whether `key` is `formKey`, or its stem (the form without its final vowels or soft
  /// sign), plus one of the page language's endings (adjectival, demonym or case endings): the
  /// name inflected or derived ("Russians", "Rosjanie"), not misspelt ("Grossy", "Kulebba").
  private func isDerived(_ key: String, from formKey: String) -> Bool {
    guard !formKey.contains(" "), key != formKey else { return false }
    var stem = Substring(formKey)
    while let last = stem.last, Self.stemEnds.contains(last) { stem = stem.dropLast() }
    guard stem.count >= Self.shortestDerivedStem else { return false }
    // The stem without a final "y" too: Germany → German, Hungary → Hungarian.
    var bare = stem
    while let last = bare.last, last == "y" || Self.stemEnds.contains(last) { bare = bare.dropLast() }
    let endings = languageWords().endings
    for base in [Substring(formKey), stem, bare] where base.count >= Self.shortestDerivedStem && key.hasPrefix(base) {
      let rest = String(key.dropFirst(base.count))
      if (rest.isEmpty && base != formKey) || endings.contains(rest) { return true }
    }
    return false
  }

  /// Whether `key` is an adjective made from `formKey` with one of the page language's
  /// adjectival suffixes, the stem's last consonants altered before it (Запоріжжя →
  /// Запорізьку, Kraków → krakowski): what is left before the suffix is the form's stem, but
  /// for its last two letters.
  private func isAdjective(_ key: String, of formKey: String) -> Bool {
    guard !formKey.contains(" ") else { return false }
    var stem = Substring(formKey)
    while let last = stem.last, Self.stemEnds.contains(last) { stem = stem.dropLast() }
    let needed = max(Self.shortestDerivedStem, stem.count - 2)
    for suffix in languageWords().adjectival where suffix.count > 1 && key.hasSuffix(suffix) {
      let base = key.dropLast(suffix.count)
      let shared = zip(base, stem).prefix { $0 == $1 }.count
      if shared >= needed { return true }
    }
    return false
  }

  /// Letters a stem sheds before an ending: vowels of Latin and Cyrillic, and the soft sign.
  /// (Not "y": Zelenskyy's stem keeps it, so "Zelenskiy" stays a spelling to review.)
  private static let stemEnds: Set<Character> = [
    "a", "e", "i", "o", "u", "а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я", "і", "ї", "є", "ь", "й",
  ]

  /// Whether `key` is an ordinary word of the page's language (or, with the language unknown,
  /// of any language the style reviews).
  private func isCommonWord(_ key: String) -> Bool {
    languageWords().common.contains(key)
  }

  /// The page language's common words and adjectival suffixes as match keys (with the
  /// language unknown, those of every language the style reviews), built once per language.
  private func languageWords() -> LanguageWords {
    let languages = language.map { [$0.language] } ?? style.languages
    let id = languages.joined(separator: " ")
    if let known = languageWordKeys[id] { return known }
    func keys(_ words: [String]) -> [String] {
      words.compactMap { try? tokenizer.keys(of: $0).joined(separator: " ") }.filter { !$0.isEmpty }
    }
    let profiles = languages.compactMap { matcher.index.profiles[$0] }
    let adjectival = Set(keys(profiles.flatMap(\.adjectivalSuffixes)))
    let words = LanguageWords(
      common: Set(keys(profiles.flatMap(\.commonWords))),
      adjectival: adjectival.sorted { ($0.count, $0) > ($1.count, $1) },
      endings: adjectival.union(keys(profiles.flatMap(\.inflectionEndings))))
    languageWordKeys[id] = words
    return words
  }
}

/// A language's words that `StyleChecker+Fit` consults, as match keys.
struct LanguageWords {
  var common: Set<String>
  /// Longest first.
  var adjectival: [String]
  /// Adjectival suffixes and case endings.
  var endings: Set<String>
}
