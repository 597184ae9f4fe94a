/// The side a person acts for (`side:` on a person of `<language>/names/*.yaml`), checked as the
/// other references of the registry are.
extension NameRegistry {
  /// The problems of the `side` facts, each at its value: only a person has a side, and the
  /// side is an organization of the registry (`org.russian-armed-forces`).
  /// - Parameter kinds: the kind of every entity, by id.
  static func sideProblems(_ entities: [Entity], _ origins: [Origin], kinds: [EntityID: EntityKind]) -> [LocaleDataError] {
    var problems: [LocaleDataError] = []
    for (entity, origin) in zip(entities, origins) {
      guard let side = entity.side else { continue }
      let at = position(origin, [.named("side")])
      let problem: String? =
        if entity.kind != .person {
          "\(entity.id) is not a person; only a person has a side"
        } else if let kind = kinds[side] {
          kind == .organization ? nil : "'\(side)' is a \(kind.rawValue), not an organization"
        } else {
          "no entity has the id '\(side)'"
        }
      if let problem { problems.append(.invalidValue(file: at.file, line: at.line, column: at.column, key: "side", problem: problem)) }
    }
    return problems
  }
}
