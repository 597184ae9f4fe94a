/// Locale data read from several providers stacked on each other: the shipped `Locales/` at the
/// bottom, a team's overlay folder above it, and the project's defaults on top.
///
/// Every path is answered by the highest layer that has it, so an overlay's
/// `und/styles/ap-en.yaml` replaces the shipped style of that id and an overlay's new files
/// add to the data. The name registry and the topic lexicons read every layer (`layers`) and
/// add up: an overlay entity with a new id is a new entity, one with a shipped id extends it.
///
/// ```swift
/// let data = StackedLocaleData([shipped, DirectoryLocaleData(root: overlayURL)])
/// data.displayPath("und/names/team.yaml")   // "newsroom/names-overlay/und/names/team.yaml"
/// ```
public struct StackedLocaleData: LocaleDataProvider {
  public let layers: [any LocaleDataProvider]
  /// For each path, the index in `layers` of the highest layer that has it.
  private let owner: [String: Int]
  private let listing: [String]

  /// Stacks `layers`, bottom first; a stacked layer contributes its own layers.
  public init(_ layers: [any LocaleDataProvider]) {
    let flat = layers.flatMap { $0.layers }
    var owner: [String: Int] = [:]
    for (index, layer) in flat.enumerated() {
      for path in layer.allFiles() { owner[path] = index }
    }
    self.layers = flat
    self.owner = owner
    self.listing = owner.keys.sorted()
  }

  /// The bottom layer's name (the shipped data).
  public var displayRoot: String { layers.first?.displayRoot ?? "" }

  public func allFiles() -> [String] { listing }

  public func exists(_ relativePath: String) -> Bool {
    owner[relativePath] != nil || layers.contains { $0.exists(relativePath) }
  }

  public func read(_ relativePath: String) throws(LocaleDataError) -> String {
    guard let layer = layer(of: relativePath) else {
      throw .unreadable(file: displayPath(relativePath), reason: "no such file in any layer")
    }
    return try layers[layer].read(relativePath)
  }

  public func displayPath(_ relativePath: String) -> String {
    guard let layer = layer(of: relativePath) ?? layers.indices.first else { return relativePath }
    return layers[layer].displayPath(relativePath)
  }

  /// The index of the highest layer that has `relativePath`, or nil.
  public func layer(of relativePath: String) -> Int? {
    if let known = owner[relativePath] { return known }
    return layers.indices.last { layers[$0].exists(relativePath) }
  }
}
