import Testing
@testable import ParallaxCore

@Suite struct StackedLocaleDataTests {
  static let shipped = InMemoryLocaleData(
    [
      "und/names/places.yaml": """
        schema: parallax.names/1
        entities:
          - id: place.kyiv
            kind: place
            variants:
              - {form: "Kyiv", lang: en, how: official}
              - {form: "Kiev", lang: en, how: legacy-exonym}
        """,
      "und/styles/house.yaml": "schema: parallax.style/1\nid: house\nname: Shipped\n",
      "und/topics.yaml": """
        schema: parallax.topics/1
        topics:
          - id: aid.convoys
            labels: {en: "Aid convoys", ru: "Гуманитарные конвои", uk: "Гуманітарні колони"}
            terms: {en: ["convoy"], ru: ["конвой"], uk: ["колона"], de: ["konvoi"], fr: ["convoi"], es: ["convoy"]}
        """,
    ], displayRoot: "Locales")

  static let overlay = InMemoryLocaleData(
    [
      "und/names/places.yaml": """
        schema: parallax.names/1
        entities:
          - id: place.kyiv
            kind: place
            variants:
              - {form: "Kiew", lang: de, how: exonym}
              - {form: "Kyiv", lang: en, how: official}
          - id: place.irpin
            kind: place
            variants:
              - {form: "Irpin", lang: en, how: official}
        """,
      "und/styles/house.yaml": "schema: parallax.style/1\nid: house\nname: Ours\n",
      "und/topics.yaml": """
        schema: parallax.topics/1
        topics:
          - id: aid.convoys
            labels: {en: "Humanitarian convoys"}
            terms: {en: ["aid trucks"]}
        """,
    ], displayRoot: "team")

  @Test("the top layer answers a path; messages name the overlay's file")
  func shadowing() throws {
    let data = StackedLocaleData([Self.shipped, Self.overlay])
    #expect(try HouseStyle.load("house", from: data).name == "Ours")
    #expect(data.displayPath("und/styles/house.yaml") == "team/und/styles/house.yaml")
    #expect(data.displayPath("und/topics.yaml") == "team/und/topics.yaml")
    #expect(data.allFiles() == ["und/names/places.yaml", "und/styles/house.yaml", "und/topics.yaml"])
    #expect(data.layers.count == 2)
  }

  @Test("overlay entities add to the registry and extend shipped ones, even from a file of the same name")
  func registryMerges() throws {
    let registry = try NameRegistry.load(from: StackedLocaleData([Self.shipped, Self.overlay]))
    #expect(registry.entities.map(\.id.rawValue) == ["place.irpin", "place.kyiv"])
    #expect(registry.entity("place.kyiv")?.variants.map(\.form) == ["Kyiv", "Kiev", "Kiew"])
  }

  @Test("an id twice in one layer is still a duplicate; an overlay cannot change an entity's kind")
  func registryProblems() {
    let bad = InMemoryLocaleData(
      [
        "und/names/x.yaml": """
          schema: parallax.names/1
          entities:
            - id: place.kyiv
              kind: person
              variants:
                - {form: "Kyiv Person", lang: en, how: official}
            - id: place.lviv
              kind: place
              variants:
                - {form: "Lviv", lang: en, how: official}
            - id: place.lviv
              kind: place
              variants:
                - {form: "Lvov", lang: en, how: legacy-exonym}
          """,
      ], displayRoot: "team")
    let problems = NameRegistry.validate(StackedLocaleData([Self.shipped, bad])).map(\.description)
    #expect(problems.contains { $0.hasPrefix("team/und/names/x.yaml:4:11: error: invalid value for 'kind'") }, "\(problems)")
    #expect(problems.contains { $0.hasPrefix("team/und/names/x.yaml:11:9: error: duplicate id 'place.lviv'") }, "\(problems)")
  }

  @Test("overlay topics extend a known concept without repeating every language")
  func topicsMerge() throws {
    let lexicon = try TopicLexicon.load(from: StackedLocaleData([Self.shipped, Self.overlay]))
    let concept = try #require(lexicon.concept(TopicID("aid.convoys")))
    #expect(concept.labels["en"] == "Humanitarian convoys")
    #expect(concept.labels["ru"] == "Гуманитарные конвои")
    #expect(concept.terms["en"] == ["convoy", "aid trucks"])
  }

  @Test("a new overlay topic needs every label and term language")
  func newTopicChecked() {
    let overlay = InMemoryLocaleData(
      ["und/topics.yaml": "schema: parallax.topics/1\ntopics:\n  - id: aid.new\n    labels: {en: New}\n    terms: {en: [new]}\n"],
      displayRoot: "team")
    let problems = TopicLexicon.validate("und/topics.yaml", from: StackedLocaleData([Self.shipped, overlay]))
    #expect(problems.contains { $0.description.hasPrefix("team/und/topics.yaml:3:9: error: missing required key 'labels.ru'") }, "\(problems)")
  }
}
