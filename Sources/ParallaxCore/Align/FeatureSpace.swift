/// Interns comparison features (kind + text) as dense integer ids, so the alignment core works
/// on sorted `UInt32` arrays and flat postings instead of strings.
public struct FeatureSpace: Sendable {
  private var ids: [FeatureKey: UInt32] = [:]
  /// The kind of each id.
  public private(set) var kinds: [FeatureKind] = []
  /// The text of each id (entity id, topic id, normalized number, stem).
  public private(set) var texts: [String] = []

  struct FeatureKey: Hashable, Sendable {
    var kind: FeatureKind
    var text: String
  }

  public init() {}

  /// The id of a feature, assigning the next one when it is new.
  public mutating func id(_ kind: FeatureKind, _ text: String) -> UInt32 {
    let key = FeatureKey(kind: kind, text: text)
    if let id = ids[key] { return id }
    let id = UInt32(kinds.count)
    ids[key] = id
    kinds.append(kind)
    texts.append(text)
    return id
  }

  /// The id of a known feature, or nil.
  public func existing(_ kind: FeatureKind, _ text: String) -> UInt32? {
    ids[FeatureKey(kind: kind, text: text)]
  }

  public var count: Int { kinds.count }
}
