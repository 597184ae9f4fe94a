/// Which written forms of a registered name count as one form when naming is compared over
/// time: the registry's variants, with each inflected form under the uninflected form of its
/// language it shares the longest start with (Киева, Киеве → Киев; Києва → Київ) and a name
/// under the shortest variant it ends with (Mirjana Spoljarić → Spoljarić). So "Naming over
/// time" shows Kiev against Kyiv, not Киев against Киева.
///
/// ```swift
/// let groups = NameFormGroups(registry.entities)
/// groups.group("Киева", of: "place.kyiv")             // "Киев"
/// groups.group("Mirjana Spoljaric", of: "person.mirjana-spoljaric")  // "Spoljaric"
/// ```
public struct NameFormGroups: Sendable {
  /// Per entity: folded variant form → the form its group shows.
  private let groups: [EntityID: [String: String]]

  public init(_ entities: [Entity]) {
    var groups: [EntityID: [String: String]] = [:]
    for entity in entities {
      // Each variant folded once: (variant, folded form).
      let variants = entity.variants.map { ($0, TextFold.fold($0.form)) }
      let plain = variants.filter { $0.0.how != .inflected && $0.0.how != .renamed }
      let byFolded = Dictionary(plain.map { ($0.1, $0.0.form) }, uniquingKeysWith: { first, _ in first })
      var table: [String: String] = [:]
      for (variant, key) in variants where table[key] == nil {
        var base = variant.form
        if variant.how == .inflected {
          // The uninflected form of its language with the longest common start.
          let candidates = plain.filter { $0.0.lang == variant.lang }
          if let best = candidates.max(by: { Self.commonStart(key, $0.1) < Self.commonStart(key, $1.1) }) {
            base = best.0.form
          }
        }
        table[key] = Self.shortestSuffix(of: base, among: byFolded)
      }
      groups[entity.id] = table
    }
    self.groups = groups
  }

  /// The form that `form` (as written, any case) of `entity` is counted under: itself when the
  /// registry does not list it.
  public func group(_ form: String, of entity: EntityID) -> String {
    groups[entity]?[TextFold.fold(form)] ?? form
  }

  /// How many scalars two folded forms share from the start.
  private static func commonStart(_ a: String, _ b: String) -> Int {
    zip(a.unicodeScalars, b.unicodeScalars).prefix { $0 == $1 }.count
  }

  /// The shortest uninflected variant (by folded form) that `form` ends with at a word start,
  /// or `form` itself.
  private static func shortestSuffix(of form: String, among variants: [String: String]) -> String {
    let words = TextFold.fold(form).split(separator: " ")
    guard words.count > 1 else { return form }
    for start in stride(from: words.count - 1, through: 1, by: -1) {
      if let variant = variants[words[start...].joined(separator: " ")] { return variant }
    }
    return form
  }
}
