/// Items to compare (statements or documents) as sorted feature-id lists in one flat buffer
/// (compressed sparse rows), with the group each belongs to and its language.
public struct SparseItems: Sendable {
  /// Per item: the group (document, or event for documents) it may not be paired within.
  public private(set) var groups: [Int32] = []
  /// Per item: a language index; pairs across languages weigh words as cognates.
  public private(set) var languages: [Int32] = []
  /// Per item: a day number, or `Int32.min` when unknown.
  public private(set) var days: [Int32] = []
  /// `offsets[i]..<offsets[i + 1]` are item `i`'s features in `features`.
  public private(set) var offsets: [Int32] = [0]
  public private(set) var features: [UInt32] = []

  public init() {}

  public var count: Int { groups.count }

  /// Adds an item; its features are sorted and deduplicated here.
  public mutating func append(group: Int, language: Int, day: Int? = nil, features: [UInt32]) {
    groups.append(Int32(group))
    languages.append(Int32(language))
    days.append(day.map { Int32(clamping: $0) } ?? Int32.min)
    let sorted = Array(Set(features)).sorted()
    self.features += sorted
    offsets.append(Int32(self.features.count))
  }

  /// Item `i`'s features.
  @inline(__always)
  public func features(of i: Int) -> ArraySlice<UInt32> {
    features[Int(offsets[i])..<Int(offsets[i + 1])]
  }
}
