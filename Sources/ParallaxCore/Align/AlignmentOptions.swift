/// Thresholds of statement alignment.
public struct AlignmentOptions: Sendable, Hashable {
  /// Pairs scoring at least this are aligned as `suggested`.
  public var suggestThreshold: Float
  /// Alignments whose weakest link scores at least this are `confident`.
  public var confidentThreshold: Float
  public var similarity: SimilarityOptions
  /// Alignments with more members than this are classified from a linear sample of their
  /// pairs (each member with the first and with the next), not from every pair: an event with
  /// thousands of sources would otherwise cost millions of comparisons per alignment.
  public var exactPairLimit: Int = 64

  public init(suggestThreshold: Float = 0.1, confidentThreshold: Float = 0.25, similarity: SimilarityOptions = SimilarityOptions(requireSharedTopic: true)) {
    self.suggestThreshold = suggestThreshold
    self.confidentThreshold = confidentThreshold
    self.similarity = similarity
  }
}
