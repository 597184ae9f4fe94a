import ParallaxCore
import Testing

/// Shares of name forms per source, entity and month.
@Suite struct NamingTimelineTests {
  typealias F = HistoryFixture

  @Test("Kiev and Kyiv across two months: each month's shares, per source")
  func kievKyiv() throws {
    let timeline = NamingTimeline([
      F.document("a.txt", digest: "a", published: "2025-01-10", names: [("place.kyiv", "Kiev", 3), ("place.kyiv", "Kyiv", 1)]),
      F.document("b.txt", digest: "b", published: "2025-01-20", names: [("place.kyiv", "KIEV", 1)]),
      F.document("c.txt", digest: "c", published: "2025-02-03", names: [("place.kyiv", "Kyiv", 2), ("place.moscow", "Moscow", 1)]),
      // One form only: not listed.
      F.document("d.txt", digest: "d", outlet: "Reuters", published: "2025-01-05", names: [("place.kyiv", "Kyiv", 4)]),
      // One form of Lugansk: not listed either.
      F.document("e.txt", digest: "e", published: "2025-02-03", names: [("place.lugansk", "Lugansk", 1)]),
    ])
    #expect(timeline.sources.map(\.name) == ["TASS"])
    let kyiv = try #require(timeline.sources.first?.entities.first)
    #expect(timeline.sources[0].entities.count == 1)
    #expect(kyiv.entity == "place.kyiv")
    #expect(kyiv.months.map(\.month.description) == ["2025-01", "2025-02"])
    #expect(kyiv.months[0].total == 5)
    #expect(kyiv.months[0].shares.map { "\($0.form) \($0.percent)" } == ["Kiev 80", "Kyiv 20"])
    #expect(kyiv.months[1].shares.map { "\($0.form) \($0.percent)" } == ["Kyiv 100"])
  }

  @Test("whole percents add up to 100; documents without a year are left out")
  func percents() {
    let thirds = NamingTimeline([
      F.document("a.txt", digest: "a", names: [("place.kyiv", "Kiev", 1), ("place.kyiv", "Kyiv", 1), ("place.kyiv", "Київ", 1)])
    ])
    #expect(thirds.sources[0].entities[0].months[0].shares.map(\.percent) == [34, 33, 33])
    var undated = F.document("a.txt", digest: "a", names: [("place.kyiv", "Kiev", 1), ("place.kyiv", "Kyiv", 1)])
    undated.published = PartialDate(year: nil, month: 3, day: 12)
    #expect(NamingTimeline([undated]).sources.isEmpty)
  }
}
