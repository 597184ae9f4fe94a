/// What a comparison feature stands for; its weight in similarity comes from the kind and from
/// how rare the feature is.
public enum FeatureKind: UInt8, Sendable, Hashable, CaseIterable {
  /// A registry entity (`place.kyiv`), shared across languages and scripts.
  case entity
  /// A topic concept.
  case topic
  /// A number, normalized (`1500`, `2.5`).
  case number
  /// A calendar date.
  case date
  /// A word stem over the romanized match key: exact within a language, a cognate across.
  case word

  /// The base weight of the kind, before rarity.
  var weight: Float {
    switch self {
    case .entity: 1.6
    case .topic: 1.1
    case .number: 1.5
    case .date: 1.2
    case .word: 1.0
    }
  }

  /// Whether the kind carries meaning across languages as it is.
  var isCrossLingual: Bool { self != .word }
}
