import Testing

@testable import ParallaxCore

/// A comparison's topics are listed by id: the class-and-number order must be the text order.
@Suite struct TopicIDTextOrderTests {
  static func check(_ raw: [String]) {
    let ids = raw.map { TopicID($0) }
    #expect(TopicIDTextOrder.positions(ids).map { ids[$0] } == ids.sorted())
  }

  @Test("heads that are prefixes of each other, numbers as text (1 < 10 < 2), leading zeros and long or mixed rests")
  func textOrder() {
    Self.check([
      "emerging.grain", "emerging.grain-2", "emerging.grain-10", "emerging.grain-1", "emerging.grain-odesa",
      "emerging.grain-odesa-3", "emerging.grain.x", "emerging.grain2", "emerging.misc-01", "emerging.misc-1",
      "emerging.misc-0", "emerging.misc-12345678901234567890", "emerging.misc-1234567890123456789", "emerging.misc-1a",
      "emerging.misc-1-2", "humanitarian.access", "humanitarian.access-2", "a", "b", "a-", "a-1", "a-b",
    ])
  }

  @Test("a thousand generated ids of letters, hyphens, dots and digits")
  func generated() {
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    let pieces = ["a", "b", "-", ".", "0", "1", "9", "12"]
    var seen: Set<String> = []
    var raw: [String] = []
    while raw.count < 1000 {
      var id = "emerging."
      for _ in 0..<(1 + next(6)) { id += pieces[next(pieces.count)] }
      if seen.insert(id).inserted { raw.append(id) }
    }
    Self.check(raw)
  }

  @Test("ids in other scripts are ordered as text too")
  func otherScripts() {
    Self.check(["emerging.київ-3", "emerging.київ-20", "emerging.kyiv-3", "emerging.київ"])
  }
}
