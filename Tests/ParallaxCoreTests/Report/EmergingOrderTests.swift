import Testing

@testable import ParallaxCore

/// The order unnamed emerging topics are numbered in: by id, a trailing number compared as a
/// number ("Emerging topic 2" is `emerging.line-2`, not `emerging.line-10`).
@Suite struct EmergingOrderTests {
  @Test("ids with one stem go by their number; other stems and non-numbers by the id itself")
  func order() {
    let ids = ["emerging.line-10", "emerging.misc", "emerging.line-2", "emerging.able-7", "emerging.line-1", "emerging.line-x"]
      .map { TopicID($0) }
    #expect(EventReport.inIDOrder(ids).map(\.rawValue) == [
      "emerging.able-7", "emerging.line-1", "emerging.line-2", "emerging.line-10", "emerging.line-x", "emerging.misc",
    ])
    #expect(EventReport.idOrder(TopicID("emerging.line-9"), TopicID("emerging.line-10")))
    #expect(!EventReport.idOrder(TopicID("emerging.line-10"), TopicID("emerging.line-9")))
  }

  @Test("a non-ASCII id is split by characters and still ordered")
  func nonASCII() {
    let ids = ["emerging.київ-3", "emerging.київ-20", "emerging.київ-100"].map { TopicID($0) }
    #expect(EventReport.inIDOrder(ids).map(\.rawValue) == ["emerging.київ-3", "emerging.київ-20", "emerging.київ-100"])
  }

  @Test("heads that are prefixes of each other, with hyphens, dots and numbers, go as one by one comparison puts them")
  func classesKeepTheTextOrder() {
    var ids = [
      "a", "a-", "a-1", "a-b", "a-b2", "a2", "a.x", "a.1", "b", "emerging.grain", "emerging.grain-3",
      "emerging.grain-odesa", "emerging.grain-odesa-2", "emerging.grain-odesa-10", "emerging.misc-01", "emerging.misc-1",
    ]
    // More, of a few letters, hyphens, dots and digits, from a fixed sequence.
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    let letters = ["a", "b", "-", "."]
    for _ in 0..<1500 {
      var id = "emerging."
      for _ in 0..<(1 + next(4)) { id += letters[next(letters.count)] }
      if next(3) > 0 { id += String(next(120)) }
      ids.append(id)
    }
    let topics = ids.map { TopicID($0) }
    #expect(EventReport.inIDOrder(topics) == topics.sorted(by: EventReport.idOrder))
  }

  @Test("ids handed out in turn (each name's suffixes rising, names interleaved) and a class met out of order")
  func handedOutInTurn() {
    var ids: [String] = []
    for turn in 1...30 {
      for name in ["emerging.talks-minister", "emerging.grain", "emerging.next-week"] where turn % 3 != 0 || name != "emerging.grain" {
        ids.append(turn == 1 ? name : "\(name)-\(turn)")
      }
    }
    // One name's suffixes met falling, as a merged event can meet them.
    ids += (2...12).reversed().map { "emerging.port-\($0)" }
    let topics = ids.map { TopicID($0) }
    let ordered = EventReport.inIDOrder(topics)
    #expect(ordered == topics.sorted(by: EventReport.idOrder))
    #expect(ordered.prefix(3).map(\.rawValue) == ["emerging.grain", "emerging.grain-2", "emerging.grain-4"])
    #expect(ordered.last?.rawValue == "emerging.talks-minister-30")
  }
}
