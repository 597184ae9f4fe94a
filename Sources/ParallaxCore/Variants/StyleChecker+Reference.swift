/// The fix of a name in the reference form the copy uses. A house style wants a person's full
/// name on first reference and the surname after it, so "Zelensky said" is fixed to "Zelenskyy
/// said", never to "Volodymyr Zelenskyy said"; and a possessive stays one ("Umierov’s" →
/// "Umerov’s").
extension StyleChecker {
  /// `canonical` cut to the reference form of `mention`: the surname alone when the mention
  /// is a person's single name and the canonical form has more words, with the mention's
  /// possessive ending kept.
  func referenceForm(of canonical: String, for mention: NameMention) -> String {
    var body = Substring(mention.surface)
    var possessive = ""
    for suffix in possessiveSuffixes where body.hasSuffix(suffix) && !canonical.hasSuffix(suffix) {
      body = body.dropLast(suffix.count)
      possessive = suffix
      break
    }
    var form = canonical
    let words = canonical.split(separator: " ")
    if words.count > 1, !body.contains(" "), registry.entity(mention.entity)?.kind == .person, let surname = words.last {
      form = String(surname)
    }
    return form + possessive
  }

  /// Every language's possessive endings, longest first.
  var possessiveSuffixes: [String] {
    if let known = possessiveEndings { return known }
    let all = Set(matcher.index.profiles.values.flatMap(\.possessiveSuffixes))
    let sorted = all.sorted { ($0.count, $0) > ($1.count, $1) }
    possessiveEndings = sorted
    return sorted
  }
}
