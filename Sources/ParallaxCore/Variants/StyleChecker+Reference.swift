/// The fix of a name in the reference form the copy uses. A house style wants a person's full
/// name on first reference and the surname after it, so "Zelensky said" is fixed to "Zelenskyy
/// said", never to "Volodymyr Zelenskyy said"; and a possessive stays one ("Umierov’s" →
/// "Umerov’s").
extension StyleChecker {
  /// `canonical` cut to the reference form of `mention`: the surname alone when the mention
  /// is a person's single name and the canonical form has more words, with the mention's
  /// possessive ending kept.
  func referenceForm(of canonical: String, for mention: NameMention) -> String {
    // Most fixes need neither cut: bytes decide that before any string work.
    let last = mention.surface.utf8.last
    let possessive = possessiveSuffixes.first { suffix in
      suffix.utf8.last == last && mention.surface.hasSuffix(suffix) && !canonical.hasSuffix(suffix)
    }
    let body = possessive.map { Substring(mention.surface.dropLast($0.count)) } ?? Substring(mention.surface)
    guard canonical.utf8.contains(0x20), !body.utf8.contains(0x20),
      registry.entity(mention.entity)?.kind == .person,
      let surname = canonical.split(separator: " ").last
    else { return possessive.map { canonical + $0 } ?? canonical }
    return String(surname) + (possessive ?? "")
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
