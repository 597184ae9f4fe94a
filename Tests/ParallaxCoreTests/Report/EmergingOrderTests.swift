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
}
