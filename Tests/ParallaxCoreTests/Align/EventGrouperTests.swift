import Testing

@testable import ParallaxCore

@Suite struct EventGrouperTests {
  /// Documents on consecutive days, each sharing an entity with the next: a chain of links.
  private func chain(days: [Int?]) -> SparseItems {
    var items = SparseItems()
    for (index, day) in days.enumerated() {
      // Feature 2i is shared with the previous document, 2i + 2 with the next; 1 everywhere
      // keeps the documents one topic.
      items.append(group: index, language: 0, day: day, features: [1, UInt32(2 * index), UInt32(2 * index + 2)].sorted())
    }
    return items
  }

  /// Documents that all share three features, each with one of its own, on the given days.
  private func alike(days: [Int?]) -> SparseItems {
    var items = SparseItems()
    for (index, day) in days.enumerated() {
      items.append(group: index, language: 0, day: day, features: [1, 2, 3, UInt32(10 + index)])
    }
    return items
  }

  private func group(_ items: SparseItems, window: Int) -> [[Int]] {
    let features = Int(items.features.max() ?? 0) + 1
    let kinds = [FeatureKind](repeating: .entity, count: features)
    return EventGrouper(options: EventOptions(threshold: 0.1, dayWindow: window)).group(
      items, kinds: kinds, places: [Bool](repeating: false, count: features))
  }

  @Test("alike documents make one event only while it spans at most the day window")
  func window() {
    let days = Array(0..<10)
    let grouped = group(alike(days: days), window: 3)
    #expect(grouped.count > 1)
    for event in grouped {
      let spanned = event.map { days[$0] }
      #expect(spanned.max()! - spanned.min()! <= 3, "\(event)")
    }
    #expect(grouped.flatMap { $0 }.sorted() == Array(0..<10))
    // A window as long as the days keeps them whole.
    #expect(group(alike(days: days), window: 9) == [Array(0..<10)])
  }

  @Test("a chain of documents each like only its neighbours does not become one event")
  func chaining() {
    let grouped = group(chain(days: [Int?](repeating: nil, count: 12)), window: 3)
    #expect(grouped.count > 1)
    #expect(grouped.flatMap { $0 }.sorted() == Array(0..<12))
  }

  @Test("undated documents join a dated event without widening it")
  func undated() {
    let grouped = group(chain(days: [0, nil, 1, nil]), window: 1)
    #expect(grouped == [[0, 1, 2, 3]])
    let apart = group(chain(days: [0, nil, 5]), window: 1)
    #expect(apart.count == 2 && apart.flatMap { $0 }.sorted() == [0, 1, 2])
  }
}
