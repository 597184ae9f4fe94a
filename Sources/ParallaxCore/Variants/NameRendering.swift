import ParallaxICU

/// How one Cyrillic language writes the names of a Latin-script language, from the
/// `renderings` of `names-discovery.yaml`: Romanian "Marcel Ciolacu" is "Марчел Чолаку" in
/// Russian, Hungarian "Szijjártó" is "Сийярто". Discovery reads every Latin name through each
/// rendering too, then romanizes the result by the Cyrillic language's scheme, so a name meets
/// its Cyrillic spellings when their romanized keys agree.
struct NameRendering: Sendable, Hashable {
  /// The Cyrillic language whose scheme romanizes the rendering (`ru`).
  var language: String
  /// The language of the Latin spelling (`ro`).
  var source: String
  /// ICU transform rules from the source spelling, as written, to the Cyrillic script.
  var rules: String

  /// The transliterator's id: `ro-ru-names`.
  var id: String { "\(source)-\(language)-names" }

  /// Compiles the rules.
  /// - Throws: `LocaleDataError.badRules` at the rule's line in `file` when they do not compile.
  func compile(file: String, text: String) throws(LocaleDataError) -> Transliterator {
    do {
      return try Transliterator(id: id, rules: rules)
    } catch {
      // The rules are a block under `<source>:`; ICU counts lines from its first.
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      let start = lines.firstIndex { $0.drop(while: { $0 == " " }).hasPrefix("\(source):") } ?? 0
      throw .badRules(
        file: file, line: start + 1 + max(1, error.line), column: max(1, error.offset + 1), scheme: id,
        problem: "\(error.icu.name) in the rule '\(error.before + error.after)'")
    }
  }

  /// Checks the renderings of one `names-discovery.yaml`.
  static func problems(in profile: NameDiscoveryProfile, path: String, data: any LocaleDataProvider) -> [LocaleDataError] {
    guard !profile.renderings.isEmpty, let text = try? data.read(path) else { return [] }
    var result: [LocaleDataError] = []
    for (source, rules) in profile.renderings.sorted(by: { $0.key < $1.key }) {
      let rendering = NameRendering(language: profile.language, source: source, rules: rules)
      do throws(LocaleDataError) { _ = try rendering.compile(file: data.displayPath(path), text: text) } catch { result.append(error) }
    }
    return result
  }
}
