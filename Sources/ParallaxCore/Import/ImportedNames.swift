/// What an import read: the entities built from the dataset, with the provenance of each
/// variant, the bad lines it skipped, and how many records the filters left out.
public struct ImportedNames: Sendable {
  /// The dataset's name in provenance and messages: `geonames`, `jrc-names`, `wikidata`.
  public var dataset: String
  /// The entities, sorted by id; each variant carries its `source`.
  public var entities: [Entity]
  /// Bad lines and unreadable files; the other lines were still imported.
  public var problems: [NameImportError] = []
  /// Records read and records left out by the filters or because their kind is unknown.
  public var recordsRead = 0
  public var recordsSkipped = 0

  public init(dataset: String, entities: [Entity]) {
    self.dataset = dataset
    self.entities = entities
  }

  /// The number of variants over all entities.
  public var variantCount: Int { entities.reduce(0) { $0 + $1.variants.count } }

  /// The id prefix of entities of `kind` (`org` for organizations, as in the shipped registry).
  static func idPrefix(_ kind: EntityKind) -> String {
    switch kind {
    case .place: "place"
    case .person: "person"
    case .organization: "org"
    }
  }

  /// `variants` with one entry per language and form (the first kept), the entity's first
  /// form leading and the rest in language, then form order: the output does not depend on
  /// the order of the dataset's lines.
  static func tidy(_ variants: [NameVariant]) -> [NameVariant] {
    var seen: Set<String> = []
    let unique = variants.filter {
      !$0.form.isEmpty && seen.insert("\($0.lang)\u{1F}\($0.form)").inserted
    }
    guard let first = unique.first else { return [] }
    let rest = unique.dropFirst().sorted {
      ($0.lang, $0.form, $0.how.rawValue, $0.source ?? "") < ($1.lang, $1.form, $1.how.rawValue, $1.source ?? "")
    }
    return [first] + rest
  }

  /// Sorts the entities by id and drops those left without a variant.
  mutating func finish() {
    entities = entities.filter { !$0.variants.isEmpty }.sorted { $0.id < $1.id }
  }
}
