/// Thresholds of statement alignment.
public struct AlignmentOptions: Sendable, Hashable {
  /// Pairs scoring at least this are aligned as `suggested`.
  public var suggestThreshold: Float
  /// Alignments whose weakest link scores at least this are `confident`.
  public var confidentThreshold: Float
  public var similarity: SimilarityOptions

  public init(suggestThreshold: Float = 0.1, confidentThreshold: Float = 0.25, similarity: SimilarityOptions = SimilarityOptions(requireSharedTopic: true)) {
    self.suggestThreshold = suggestThreshold
    self.confidentThreshold = confidentThreshold
    self.similarity = similarity
  }
}
