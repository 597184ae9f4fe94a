/// A value of the small YAML subset that `Tests/DevSet/articles.yaml` is written in: block
/// mappings and sequences by indentation, flow sequences `[a, "b"]` and flow mappings
/// `{name: "X", statements: 2}`, plain, single- and double-quoted scalars, `#` comments.
/// ParallaxBench does not link Yams, and the labels need nothing more.
indirect enum LabelsValue: Sendable, Equatable {
  case scalar(String)
  case list([LabelsValue])
  case map([String: LabelsValue])

  /// The scalar's text, or nil.
  var string: String? {
    if case .scalar(let text) = self { return text }
    return nil
  }

  /// The items of a sequence (an absent or empty value gives none), or nil for a scalar or map.
  var items: [LabelsValue]? {
    switch self {
    case .list(let items): items
    case .scalar(let text) where text.isEmpty: []
    default: nil
    }
  }

  /// The value under `key` of a mapping, or nil.
  subscript(key: String) -> LabelsValue? {
    if case .map(let entries) = self { return entries[key] }
    return nil
  }
}
