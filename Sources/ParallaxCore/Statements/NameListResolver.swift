/// The simplest resolver: exact forms (case-folded) to entity ids, for tests and as a stand-in
/// until the name registry is plugged in. It can read the registry's files
/// (`schema: parallax.names/1`, taking only `id` and each variant's `form`).
public struct NameListResolver: SpeakerResolving, PlaceResolving {
  private var forms: [String: EntityID]
  /// `forms` by UTF-8 bytes (table id → `entities` index), and every word of a form: a run of
  /// words is looked up only when each word occurs in some form.
  private var formTable = TokenTable(capacity: 16)
  private var entities: [EntityID] = []
  private var formWords = TokenTable(capacity: 16)
  private var formWordFilter = TokenTable.Filter(hashes: [])
  /// The gender the registry records for a person, for pronouns ("she", "он").
  private var genders: [EntityID: PersonGender] = [:]
  /// The news outlets and agencies of the registry (`type: outlet`): they relay, never speak.
  private var outlets: Set<EntityID> = []
  /// Folded forms the registry records only in an oblique case ("Putina", "Путина": `case:
  /// gen`), never as another entity's form without one: a verb's object, not its subject.
  private var obliqueForms = TokenTable(capacity: 16)

  /// A resolver over `forms` (surface → entity), with the `genders` of its people and the
  /// forms among them that are `oblique` (inflected in a case other than the nominative).
  /// The `outlets` among them relay what others say ("повідомляє РБК-Україна").
  public init(
    _ forms: [String: EntityID] = [:], genders: [EntityID: PersonGender] = [:], oblique: [String] = [],
    outlets: Set<EntityID> = []
  ) {
    self.forms = [:]
    for (form, id) in forms.sorted(by: { $0.key < $1.key }) { self.forms[TextFold.fold(form)] = id }
    self.genders = genders
    self.outlets = outlets
    for form in oblique { _ = obliqueForms.id(of: Array(TextFold.fold(form).utf8)) }
    compile()
  }

  /// Whether the folded form in `key` is one the registry records only in an oblique case.
  func isOblique(folded key: [UInt8]) -> Bool {
    obliqueForms.find(key) != nil
  }

  /// The oblique-only forms of `cased` (folded form → whether it was ever written without a
  /// case other than the nominative), into the table. (In any order: the table is only asked
  /// whether it holds a form.)
  private mutating func keepOblique(_ cased: [String: Bool]) {
    for (form, obliqueOnly) in cased where obliqueOnly {
      _ = obliqueForms.id(of: Array(form.utf8))
    }
  }

  /// The gender the registry gives person `id`, if any.
  public func gender(of id: EntityID) -> PersonGender? { genders[id] }

  /// Whether the registry records `id` as a news outlet or agency (`type: outlet`).
  public func isOutlet(_ id: EntityID) -> Bool { outlets.contains(id) }

  public func entity(for surface: String, language: LocaleID) -> EntityID? {
    // The compiled table first (no String hashing; a probe of one slot): a form with the same
    // bytes is the dictionary's answer too. Only a miss asks the dictionary, which also
    // finds a form written with other but canonically equivalent scalars.
    let key = TextFold.fold(surface.trimmingSpaces())
    if let found = formTable.find(utf8: key) { return entities[found] }
    return forms[key]
  }

  /// The entity of a form already folded and trimmed, given as UTF-8 bytes.
  func entity(folded key: [UInt8]) -> EntityID? {
    formTable.find(key).map { entities[$0] }
  }

  /// Whether the folded word in `word` occurs in some form.
  func knows(word: ArraySlice<UInt8>) -> Bool {
    formWords.contains(word, filter: formWordFilter)
  }

  private mutating func compile() {
    var table = TokenTable(capacity: forms.count)
    var words = TokenTable(capacity: forms.count)
    var entities: [EntityID] = []
    // In the order of the forms' bytes, so that the tables, which the names cache keeps as they
    // are, come out the same in every process (a dictionary's order changes from one to the
    // next). A start reads them from the cache; only building the cache sorts.
    let ordered = forms.map { (bytes: Array($0.key.utf8), id: $0.value) }.sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) }
    for (bytes, id) in ordered {
      let index = table.id(of: bytes)
      if index == entities.count { entities.append(id) } else { entities[index] = id }
      for word in bytes.split(separator: 0x20) { _ = words.id(of: Array(word)) }
    }
    formTable = table
    self.entities = entities
    formWords = words
    formWordFilter = words.filter()
  }

  public func place(for surface: String, language: LocaleID) -> EntityID? {
    guard let id = entity(for: surface, language: language), id.kind == "place" else { return nil }
    return id
  }

  /// The first entity for each form wins, in file order.
  private struct NamesFile: Decodable {
    struct Entity: Decodable {
      struct Variant: Decodable {
        var form: String
        var `case`: String?
      }
      var id: String
      var type: String?
      var gender: PersonGender?
      var variants: [Variant]?
    }
    var entities: [Entity]?
  }

  /// Reads every `parallax.names/1` file under `und/names/` of `data`; files that do not decode
  /// are skipped (`parallax locales check` reports them).
  public static func registry(from data: any LocaleDataProvider) -> NameListResolver {
    var resolver = NameListResolver()
    var cased: [String: Bool] = [:]
    for path in data.allFiles() where path.hasPrefix("und/names/") {
      guard let text = try? data.read(path), YAMLDocument.schemaKind(of: text) == "parallax.names",
        let document = try? YAMLDocument(text: text, path: path, kind: "parallax.names", majors: 1...1),
        let file = try? document.decode(NamesFile.self)
      else { continue }
      for entity in file.entities ?? [] {
        if let gender = entity.gender { resolver.genders[EntityID(entity.id)] = gender }
        if entity.type == Self.outletType { resolver.outlets.insert(EntityID(entity.id)) }
        for variant in entity.variants ?? [] {
          let key = TextFold.fold(variant.form)
          if resolver.forms[key] == nil { resolver.forms[key] = EntityID(entity.id) }
          cased[key] = (cased[key] ?? true) && Self.isObliqueCase(variant.case)
        }
      }
    }
    resolver.keepOblique(cased)
    resolver.compile()
    return resolver
  }

  /// A resolver over every variant of a loaded registry (the compiled, cached one the matcher
  /// uses): the first entity for each form wins, except that an ambiguous form goes to its
  /// rule's default entity.
  public init(registry: NameRegistry) {
    // One table of folded forms: each form's first entity, and whether every variant written
    // so is in an oblique case. Room for every variant at once (it is built at each start).
    var first: [String: (entity: EntityID, obliqueOnly: Bool)] = [:]
    first.reserveCapacity(registry.entities.reduce(0) { $0 + $1.variants.count })
    for entity in registry.entities {
      if let gender = entity.gender { genders[entity.id] = gender }
      if entity.type == Self.outletType { outlets.insert(entity.id) }
      for variant in entity.variants {
        let key = TextFold.fold(variant.form)
        if !Self.isObliqueCase(variant.case) {
          first[key, default: (entity.id, true)].obliqueOnly = false
        } else if first[key] == nil {
          first[key] = (entity.id, true)
        }
      }
    }
    self.forms = first.mapValues(\.entity)
    keepOblique(first.mapValues(\.obliqueOnly))
    for ambiguity in registry.ambiguities { forms[TextFold.fold(ambiguity.form)] = ambiguity.default }
    compile()
  }

  /// The registry's `type` of news outlets and agencies.
  static let outletType = "outlet"

  /// Whether a variant's `case` is an oblique one (genitive, dative, accusative, instrumental,
  /// locative…): any case the registry gives but the nominative.
  static func isObliqueCase(_ grammaticalCase: String?) -> Bool {
    guard let grammaticalCase, !grammaticalCase.isEmpty else { return false }
    return grammaticalCase != "nom"
  }

  /// Writes what `init(reading:)` reads back, each part in a fixed order: the folded forms and
  /// their entities, the oblique-only forms, the genders, the outlets, then the compiled tables
  /// (forms with their entities by table id, and the words of forms). The names cache keeps it,
  /// so a start neither folds the registry's thousands of forms nor hashes them again.
  func write(into w: inout BinaryWriter) {
    let sorted = forms.sorted { $0.key < $1.key }
    w.int(sorted.count)
    for (form, id) in sorted {
      w.string(form)
      w.string(id.rawValue)
    }
    w.strings((0..<obliqueForms.count).map { String(decoding: obliqueForms.bytes(of: $0), as: UTF8.self) }.sorted())
    let people = genders.sorted { $0.key < $1.key }
    w.int(people.count)
    for (id, gender) in people {
      w.string(id.rawValue)
      w.string(gender.rawValue)
    }
    w.strings(outlets.map(\.rawValue).sorted())
    formTable.write(into: &w)
    w.strings(entities.map(\.rawValue))
    formWords.write(into: &w)
  }

  /// The resolver `write(into:)` wrote.
  init(reading r: inout BinaryReader) throws(BinaryReader.Damaged) {
    let count = try r.count()
    forms = Dictionary(minimumCapacity: count)
    for _ in 0..<count {
      let form = try r.string()
      forms[form] = EntityID(try r.string())
    }
    for form in try r.strings() { _ = obliqueForms.id(of: Array(form.utf8)) }
    for _ in 0..<(try r.count()) {
      let id = EntityID(try r.string())
      guard let gender = PersonGender(rawValue: try r.string()) else { throw BinaryReader.Damaged() }
      genders[id] = gender
    }
    outlets = Set(try r.strings().map { EntityID($0) })
    formTable = try TokenTable(reading: &r)
    entities = try r.strings().map { EntityID($0) }
    formWords = try TokenTable(reading: &r)
    guard entities.count == formTable.count, formTable.count == forms.count else { throw BinaryReader.Damaged() }
    formWordFilter = formWords.filter()
  }
}
