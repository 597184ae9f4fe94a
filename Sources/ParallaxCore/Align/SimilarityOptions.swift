/// How the sparse similarity finds and scores candidate pairs.
public struct SimilarityOptions: Sendable, Hashable {
  /// Features held by more items than this do not propose candidates (they still count in the
  /// exact score): the postings of "said" or a country everyone names would make it all-pairs.
  public var postingCap: Int
  /// How many of an item's best-accumulated candidates are rescored exactly.
  public var candidatesPerItem: Int
  /// The share of an item's word weight expected to find a cognate in another language; the
  /// rest cannot match, so it stays out of the cross-language norm.
  public var crossWordShare: Float
  /// Pairs whose known days differ by more than this are not compared (nil: no window).
  public var dayWindow: Int?
  /// The factor applied when both items name places and share none.
  public var placeConflictFactor: Float
  /// Pairs that share no topic score 0 (statements are aligned on a topic).
  public var requireSharedTopic: Bool

  public init(
    postingCap: Int = 256, candidatesPerItem: Int = 24, crossWordShare: Float = 0.3, dayWindow: Int? = nil,
    placeConflictFactor: Float = 0.5, requireSharedTopic: Bool = false
  ) {
    self.postingCap = postingCap
    self.candidatesPerItem = candidatesPerItem
    self.crossWordShare = crossWordShare
    self.dayWindow = dayWindow
    self.placeConflictFactor = placeConflictFactor
    self.requireSharedTopic = requireSharedTopic
  }
}
