/// The names a report shows for entities and framing terms in its language: the house style's
/// canonical form when the style reviews that language, else the registry's official,
/// customary or native form in the report language, else the canonical form.
public enum ReportNames {
  /// Display names by entity for `language`.
  public static func entities(registry: NameRegistry, style: HouseStyle?, language: LocaleID) -> [EntityID: String] {
    let styleSpeaks = style?.languages.contains(language.language) ?? false
    // Acronyms come last: "ТАСС" is how a Russian reader knows the agency, but a full form wins.
    let preference: [VariantOrigin] = [.official, .customary, .native, .exonym, .transliteration, .acronym]
    var names: [EntityID: String] = [:]
    var outlets: [(entity: Entity, name: String)] = []
    for entity in registry.entities {
      var name: String?
      if styleSpeaks, let canonical = style?.canonical[entity.id] {
        name = canonical
      } else {
        let mine = entity.variants.filter { $0.lang == language.language && $0.until == nil }
        // Outlets go by the short name their readers know ("AFP", "ТАСС").
        let preference = entity.type == outletType ? outletPreference : preference
        if let best = preference.lazy.compactMap({ how in mine.first { $0.how == how } }).first {
          name = best.form
        } else if let canonical = style?.canonical[entity.id] {
          name = canonical
        }
      }
      guard let name else { continue }
      names[entity.id] = name
      // An outlet's column shows the short form the style allows ("AFP" for Agence France-Presse).
      if entity.type == outletType {
        let short = styleSpeaks ? style?.allowed[entity.id]?.first : nil
        outlets.append((entity, short ?? name))
      }
    }
    // Outlets are named in document metadata as written ("ТАСС", "TASS"); every variant of a
    // registered outlet maps to its one name in the report language.
    for (entity, name) in outlets {
      for variant in entity.variants where names[outletKey(variant.form)] == nil {
        names[outletKey(variant.form)] = name
      }
    }
    // An organization that publishes its own statements (the IAEA, the ICRC) is a source too:
    // its short name in the report language ("МАГАТЭ"), where no outlet has the form.
    for entity in registry.entities where entity.kind == .organization && entity.type != outletType {
      let mine = entity.variants.filter { $0.lang == language.language && $0.until == nil }
      guard let short = outletPreference.lazy.compactMap({ how in mine.first { $0.how == how } }).first?.form else { continue }
      for variant in entity.variants where names[outletKey(variant.form)] == nil {
        names[outletKey(variant.form)] = short
      }
    }
    return names
  }

  /// The forms an outlet is shown by, best first.
  static let outletPreference: [VariantOrigin] = [.acronym, .customary, .official, .native, .exonym, .transliteration]

  /// The registry type of news outlets and agencies.
  static let outletType = "outlet"

  /// The key under which `entities(registry:style:language:)` files an outlet's display name
  /// by one of its written forms. Not an entity id of the registry (ids have no colon).
  public static func outletKey(_ form: String) -> EntityID { EntityID("outlet:" + form) }

  /// Display names by framing id: the first term of each framing entry.
  public static func framing(style: HouseStyle?) -> [String: String] {
    var names: [String: String] = [:]
    for term in style?.framing ?? [] {
      if let first = term.terms.first { names[term.id] = first }
    }
    return names
  }
}
