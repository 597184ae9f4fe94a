import ParallaxHistory

extension BatchPaths {
  /// The history store: `{root}/.parallax-history.sqlite`.
  var history: String { path(HistoryStore.fileName) }
}
