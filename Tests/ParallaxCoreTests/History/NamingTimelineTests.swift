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

  /// Two entities as the registry lists them (written here, so Core tests do not read Locales/).
  static let entities: [Entity] = {
    func variant(_ form: String, _ lang: String, _ how: VariantOrigin) -> NameVariant { NameVariant(form: form, lang: lang, how: how) }
    let kyiv = Entity(id: "place.kyiv", kind: .place, variants: [
      variant("Kyiv", "en", .official), variant("Kiev", "en", .legacyExonym), variant("Київ", "uk", .native),
      variant("Києва", "uk", .inflected), variant("Киев", "ru", .exonym), variant("Киева", "ru", .inflected),
      variant("Киеве", "ru", .inflected), variant("Київ", "ru", .alternative),
    ])
    let spoljaric = Entity(id: "person.mirjana-spoljaric", kind: .person, variants: [
      variant("Mirjana Spoljarić", "en", .alternative), variant("Mirjana Spoljaric", "en", .customary),
      variant("Spoljaric", "en", .customary), variant("Spoljarić", "en", .alternative),
    ])
    return [kyiv, spoljaric]
  }()

  @Test("with the registry's groups, inflected and longer forms count under their base form")
  func grouped() throws {
    let groups = NameFormGroups(Self.entities)
    #expect(groups.group("Киева", of: "place.kyiv") == "Киев")
    #expect(groups.group("КИЕВЕ", of: "place.kyiv") == "Киев")
    #expect(groups.group("Києва", of: "place.kyiv") == "Київ")
    #expect(groups.group("Mirjana Spoljaric", of: "person.mirjana-spoljaric") == "Spoljaric")
    #expect(groups.group("Mirjana Spoljarić", of: "person.mirjana-spoljaric") == "Spoljarić")
    #expect(groups.group("Kyjiw", of: "place.kyiv") == "Kyjiw")  // not listed: itself
    let documents = [
      F.document("a.txt", digest: "a", published: "2025-01-10", names: [
        ("place.kyiv", "Киев", 2), ("place.kyiv", "Киева", 3), ("place.kyiv", "Киеве", 1), ("place.kyiv", "Київ", 2),
        ("person.mirjana-spoljaric", "Mirjana Spoljaric", 1), ("person.mirjana-spoljaric", "Spoljaric", 3),
      ])
    ]
    let timeline = NamingTimeline(documents, groups: groups)
    let entities = try #require(timeline.sources.first?.entities)
    // Spoljaric is written one way only once grouped: not listed.
    #expect(entities.map(\.entity) == ["place.kyiv"])
    #expect(entities[0].months[0].shares.map { "\($0.form) \($0.percent)" } == ["Киев 75", "Київ 25"])
    // Without the groups, every case form is a form of its own.
    let ungrouped = NamingTimeline(documents)
    #expect(ungrouped.sources.first?.entities.first { $0.entity == "place.kyiv" }?.months[0].shares.count == 4)
  }
}
