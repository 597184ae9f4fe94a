import Testing

@testable import ParallaxCore

/// The optional `gender` of a registered person: read from the names files, kept by the
/// compiled cache's entity records, refused on a place or an organization and for an unknown
/// value, and given by an overlay entry that extends a shipped person.
@Suite struct EntityGenderTests {
  static let names = """
    schema: parallax.names/1
    entities:
      - id: person.iryna-vereshchuk
        kind: person
        gender: female
        variants:
          - {form: "Iryna Vereshchuk", lang: en, how: transliteration}
      - id: person.sergei-surovikin
        kind: person
        gender: male
        variants:
          - {form: "Sergei Surovikin", lang: en, how: transliteration}
      - id: person.nobody-known
        kind: person
        variants:
          - {form: "Nobody Known", lang: en, how: customary}
    """

  @Test("a person's gender is read, and is nil when not given")
  func read() throws {
    let registry = try NameRegistry.load(from: InMemoryLocaleData(["und/names/people.yaml": Self.names]))
    #expect(registry.entity("person.iryna-vereshchuk")?.gender == .female)
    #expect(registry.entity("person.sergei-surovikin")?.gender == .male)
    #expect(registry.entity("person.nobody-known")?.gender == nil)
    #expect(NameRegistry.validate(InMemoryLocaleData(["und/names/people.yaml": Self.names])).isEmpty)
  }

  @Test("a gender on a place, or a value other than female and male, is a problem")
  func refused() {
    let place = """
      schema: parallax.names/1
      entities:
        - id: place.somewhere
          kind: place
          gender: female
          variants:
            - {form: "Somewhere", lang: en, how: official}
      """
    let problems = NameRegistry.validate(InMemoryLocaleData(["und/names/places.yaml": place]))
    #expect(problems.contains { "\($0)".contains("gender") && "\($0)".contains("only a person") })
    let unknown = Self.names.replacingOccurrences(of: "gender: male", with: "gender: m")
    #expect(!NameRegistry.validate(InMemoryLocaleData(["und/names/people.yaml": unknown])).isEmpty)
  }

  @Test("an overlay entry gives a shipped person a gender")
  func overlay() throws {
    let overlay = """
      schema: parallax.names/1
      entities:
        - id: person.nobody-known
          kind: person
          gender: female
          variants:
            - {form: "N. Known", lang: en, how: abbreviation}
      """
    let data = StackedLocaleData([
      InMemoryLocaleData(["und/names/people.yaml": Self.names]),
      InMemoryLocaleData(["und/names/accepted.yaml": overlay], displayRoot: "overlay"),
    ])
    let registry = try NameRegistry.load(from: data)
    #expect(registry.entity("person.nobody-known")?.gender == .female)
    #expect(registry.entity("person.nobody-known")?.variants.count == 2)
  }
}
