/// What kind of thing an entity is.
public enum EntityKind: String, Sendable, Hashable, Codable, CaseIterable {
  case place, person, organization
}

/// A person's gender, as the registry records it (statements use it for pronouns and agreement).
public enum PersonGender: String, Sendable, Hashable, Codable, CaseIterable {
  case female, male
}

/// How a variant of a name arose.
public enum VariantOrigin: String, Sendable, Hashable, Codable, CaseIterable {
  /// The name in the entity's own language (Київ).
  case native
  /// The official romanization or name (Kyiv).
  case official
  /// A customary form in a language's press.
  case customary
  /// A romanization by some scheme (Kyjiw).
  case transliteration
  /// An older exonym that style guides replaced (Kiev).
  case legacyExonym = "legacy-exonym"
  /// The name in another language (Kiew, Kijów).
  case exonym
  /// A name used before a rename; carries `until`.
  case renamed
  /// An inflected form (Києві, Лавровым).
  case inflected
  /// An abbreviation (St Petersburg).
  case abbreviation
  /// An acronym (ICRC, МККК).
  case acronym
  /// Another accepted form (a surname alone).
  case alternative
}

/// One spelling of an entity's name.
public struct NameVariant: Sendable, Hashable, Codable {
  public var form: String
  /// The language the form belongs to (BCP 47), `und` for language-neutral forms.
  public var lang: String
  public var how: VariantOrigin
  public var script: String?
  /// The transliteration scheme that produces the form.
  public var scheme: String?
  /// The grammatical case of an inflected form.
  public var `case`: String?
  /// The validity of the form: a renamed form is valid `until` the rename took effect.
  public var from: CalendarDate?
  public var until: CalendarDate?
  public var note: String?
  /// Where an imported form came from: the dataset and its record (`geonames-alt:2056937`,
  /// `wikidata:Q1899#alias`); nil for forms written by hand.
  public var source: String?

  public init(form: String, lang: String, how: VariantOrigin) {
    self.form = form
    self.lang = lang
    self.how = how
  }
}

/// A registered entity: a place, person or organization with its names.
public struct Entity: Sendable, Hashable, Codable, Identifiable {
  public var id: EntityID
  public var kind: EntityKind
  public var type: String?
  public var within: EntityID?
  public var note: String?
  /// A person's gender (`gender: female|male` in the registry); nil when not given or not a person.
  public var gender: PersonGender?
  /// The side a person acts for, an organization of the registry (`side:
  /// org.russian-armed-forces`): a statement naming the person as the agent of an attack
  /// blames that side ("Putin ordered the strike"). Nil when not given or not a person.
  public var side: EntityID?
  /// The dataset record an imported entity came from (`geonames:703448`); nil when written by hand.
  public var source: String?
  public var variants: [NameVariant]

  public init(id: EntityID, kind: EntityKind, variants: [NameVariant]) {
    self.id = id
    self.kind = kind
    self.variants = variants
  }

  /// The first form in `language` that is not inflected, for display.
  public func displayName(in language: String) -> String {
    let preferred: [VariantOrigin] = [.official, .native, .customary, .exonym, .transliteration, .legacyExonym]
    for origin in preferred {
      if let variant = variants.first(where: { $0.lang == language && $0.how == origin }) { return variant.form }
    }
    return variants.first(where: { $0.how != .inflected && $0.how != .renamed })?.form ?? id.rawValue
  }
}

/// Two or more entities that share a form, and how to choose between them.
public struct NameAmbiguity: Sendable, Hashable, Codable {
  public var form: String
  public var entities: [EntityID]
  /// The entity a mention resolves to when no cue is near.
  public var `default`: EntityID
  /// Words near a mention that select an entity.
  public var cues: [EntityID: [String]]
  /// Languages in which the form is also an ordinary word (Polish "rada", council): when any
  /// is given, the form names an entity only with one of its cues nearby, never by default.
  public var ordinaryWordIn: [String]

  enum CodingKeys: String, CodingKey { case form, entities, `default`, cues, note, ordinaryWordIn }

  public init(
    form: String, entities: [EntityID], default: EntityID, cues: [EntityID: [String]], ordinaryWordIn: [String] = []
  ) {
    self.form = form
    self.entities = entities
    self.default = `default`
    self.cues = cues
    self.ordinaryWordIn = ordinaryWordIn
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    form = try c.decode(String.self, forKey: .form)
    entities = try c.decode([EntityID].self, forKey: .entities)
    `default` = try c.decode(EntityID.self, forKey: .default)
    let raw = try c.decodeIfPresent([String: [String]].self, forKey: .cues) ?? [:]
    cues = Dictionary(uniqueKeysWithValues: raw.map { (EntityID($0.key), $0.value) })
    ordinaryWordIn = try c.decodeIfPresent([String].self, forKey: .ordinaryWordIn) ?? []
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(form, forKey: .form)
    try c.encode(entities, forKey: .entities)
    try c.encode(`default`, forKey: .default)
    try c.encode(Dictionary(uniqueKeysWithValues: cues.map { ($0.key.rawValue, $0.value) }), forKey: .cues)
    if !ordinaryWordIn.isEmpty { try c.encode(ordinaryWordIn, forKey: .ordinaryWordIn) }
  }
}
