/// The names a report shows for entities and framing terms in its language: the house style's
/// canonical form when the style reviews that language, else the registry's official,
/// customary or native form in the report language, else the canonical form.
public enum ReportNames {
  /// Display names by entity for `language`.
  public static func entities(registry: NameRegistry, style: HouseStyle?, language: LocaleID) -> [EntityID: String] {
    let styleSpeaks = style?.languages.contains(language.language) ?? false
    let preference: [VariantOrigin] = [.official, .customary, .native, .exonym, .transliteration]
    var names: [EntityID: String] = [:]
    for entity in registry.entities {
      if styleSpeaks, let canonical = style?.canonical[entity.id] {
        names[entity.id] = canonical
        continue
      }
      let mine = entity.variants.filter { $0.lang == language.language && $0.until == nil }
      if let best = preference.lazy.compactMap({ how in mine.first { $0.how == how } }).first {
        names[entity.id] = best.form
      } else if let canonical = style?.canonical[entity.id] {
        names[entity.id] = canonical
      }
    }
    return names
  }

  /// Display names by framing id: the first term of each framing entry.
  public static func framing(style: HouseStyle?) -> [String: String] {
    var names: [String: String] = [:]
    for term in style?.framing ?? [] {
      if let first = term.terms.first { names[term.id] = first }
    }
    return names
  }
}
