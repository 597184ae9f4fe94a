import Testing

@testable import ParallaxCore

/// Venues of meetings as event evidence: where a lead says its talks or summit were held, and
/// two meetings held in different towns kept apart however many people their pages share.
@Suite struct EventVenueTests {
  private let lexicon = EventClueLexicon(rules: [
    EventClueRules(language: "und", venueTypes: ["city", "us-state"]),
    EventClueRules(language: "en", gatherings: ["talks", "summit*"], locatives: ["in", "at"]),
    EventClueRules(language: "ru", gatherings: ["переговор*", "саммит*"], locatives: ["в", "на"]),
  ])

  private func words(_ text: String) -> [String] { EventClueLexicon.words(of: text).map(\.text) }

  @Test("a statement that names a gathering gives where it and each word after a locative are")
  func slots() throws {
    let english = words("Talks between the delegations in Jeddah ended at night")
    let found = try #require(lexicon.venueSlots(words: english, language: "en"))
    #expect(found.gatherings == [0])
    #expect(found.afterLocatives == [5, 8])
    let russian = try #require(lexicon.venueSlots(words: words("Саммит на Аляске завершился"), language: "ru"))
    #expect(russian.gatherings == [0])
    #expect(russian.afterLocatives == [2])
    // A stem stands for the word's other forms.
    #expect(lexicon.venueSlots(words: words("Both summits in Alaska"), language: "en")?.gatherings == [1])
  }

  @Test("a statement that names no gathering, or a language without the words, gives no slots")
  func noGathering() {
    #expect(lexicon.venueSlots(words: words("Shelling in Kharkiv damaged a school"), language: "en") == nil)
    #expect(lexicon.venueSlots(words: words("Talks in Jeddah"), language: "de") == nil)
  }

  @Test("venues disagree only when both are given and none is the other or lies within it")
  func disagree() {
    let anchorage = ["place.anchorage", "place.alaska", "place.united-states"]
    let alaska = ["place.alaska", "place.united-states"]
    let jeddah = ["place.jeddah", "place.saudi-arabia"]
    let riyadh = ["place.riyadh", "place.saudi-arabia"]
    #expect(!EventEvidence.venuesDisagree([anchorage], [alaska]))
    #expect(!EventEvidence.venuesDisagree([alaska], [anchorage]))
    #expect(EventEvidence.venuesDisagree([jeddah], [alaska]))
    // Two towns of one country are two venues.
    #expect(EventEvidence.venuesDisagree([jeddah], [riyadh]))
    // A lead that names two venues goes with either.
    #expect(!EventEvidence.venuesDisagree([jeddah, alaska], [anchorage]))
    #expect(!EventEvidence.venuesDisagree([], [jeddah]))
  }

  @Test("the venue places of the registry come with the places they lie within, nearest first")
  func chains() {
    func place(_ id: String, _ type: String, within: String? = nil) -> Entity {
      var entity = Entity(id: EntityID(id), kind: .place, variants: [])
      entity.type = type
      entity.within = within.map { EntityID($0) }
      return entity
    }
    let entities = [
      place("place.united-states", "country"), place("place.alaska", "us-state", within: "place.united-states"),
      place("place.anchorage", "city", within: "place.alaska"), place("place.ukraine", "country"),
    ]
    let chains = CompareResources.venues(of: entities, types: ["city", "us-state"])
    #expect(chains[EntityID("place.anchorage")] == ["place.anchorage", "place.alaska", "place.united-states"])
    #expect(chains[EntityID("place.alaska")] == ["place.alaska", "place.united-states"])
    // A country is no venue: "the war in Ukraine" is no meeting's place.
    #expect(chains[EntityID("place.ukraine")] == nil)
    #expect(CompareResources.venues(of: entities, types: []).isEmpty)
  }

  @Test("pages alike in everything but their meetings' venues are two events; one venue named two ways is one")
  func grouping() {
    var items = SparseItems()
    for index in 0..<4 { items.append(group: index, language: 0, features: [1, 2, 3, UInt32(10 + index)]) }
    let kinds = [FeatureKind](repeating: .entity, count: 14)
    let places = [Bool](repeating: false, count: kinds.count)
    let grouper = EventGrouper(options: EventOptions(threshold: 0.1))
    let jeddah = ["place.jeddah", "place.saudi-arabia"]
    let alaska = ["place.alaska", "place.united-states"]
    let anchorage = ["place.anchorage", "place.alaska", "place.united-states"]
    let apart = EventEvidence(salient: Array(repeating: [], count: 4), venues: [[jeddah], [alaska], [jeddah], [anchorage]])
    #expect(grouper.group(items, kinds: kinds, places: places, evidence: apart) == [[0, 2], [1, 3]])
    // Pages that name no venue do not keep anyone apart.
    let unnamed = EventEvidence(salient: Array(repeating: [], count: 4), venues: [[jeddah], [], [], [jeddah]])
    #expect(grouper.group(items, kinds: kinds, places: places, evidence: unnamed) == [[0, 1, 2, 3]])
    #expect(grouper.group(items, kinds: kinds, places: places) == [[0, 1, 2, 3]])
  }

  @Test("gatherings and locatives load from the events file; a short stem and a locative of two words are refused")
  func loading() throws {
    let good = "schema: parallax.events/1\nlanguage: en\ngatherings: [talks, \"summit*\"]\nlocatives: [in, at]\n"
    let rules = try EventClueRules.load("en/events.yaml", from: InMemoryLocaleData(["en/events.yaml": good]))
    #expect(rules.gatherings == ["talks", "summit*"])
    #expect(rules.locatives == ["in", "at"])
    let types = try EventClueRules.load(
      "und/events.yaml", from: InMemoryLocaleData(["und/events.yaml": "schema: parallax.events/1\nlanguage: und\nvenueTypes: [city]\n"]))
    #expect(types.venueTypes == ["city"])
    for (bad, line) in [
      ("schema: parallax.events/1\nlanguage: en\ngatherings: [talks, \"su*\"]\n", 3),
      ("schema: parallax.events/1\nlanguage: en\nlocatives: [in, \"next to\"]\n", 3),
    ] {
      do {
        _ = try EventClueRules.load("en/events.yaml", from: InMemoryLocaleData(["en/events.yaml": bad]))
        Issue.record("expected an error for \(bad)")
      } catch {
        guard case .invalidValue(_, let at, _, _, _) = error else {
          Issue.record("expected invalidValue, got \(error)")
          continue
        }
        #expect(at == line)
      }
    }
  }
}
