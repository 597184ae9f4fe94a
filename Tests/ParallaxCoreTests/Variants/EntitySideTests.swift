import Foundation
import Testing

@testable import ParallaxCore

/// The optional `side` of a registered person (issue 20): read from the names files, kept by the
/// compiled cache's entity records, refused on a place, for an id no entity has and for one that
/// is no organization, each at the value's line and column.
@Suite struct EntitySideTests {
  static let names = """
    schema: parallax.names/1
    entities:
      - id: org.red-army
        kind: organization
        variants:
          - {form: "Red Army", lang: en, how: official}
      - id: person.ivan-ivanov
        kind: person
        side: org.red-army
        variants:
          - {form: "Ivan Ivanov", lang: en, how: transliteration}
      - id: person.nobody-known
        kind: person
        variants:
          - {form: "Nobody Known", lang: en, how: customary}
    """

  @Test("a person's side is read, and is nil when not given")
  func read() throws {
    let registry = try NameRegistry.load(from: InMemoryLocaleData(["und/names/people.yaml": Self.names]))
    #expect(registry.entity("person.ivan-ivanov")?.side == "org.red-army")
    #expect(registry.entity("person.nobody-known")?.side == nil)
    #expect(NameRegistry.validate(InMemoryLocaleData(["und/names/people.yaml": Self.names])).isEmpty)
  }

  @Test("the cache's entity record keeps a person's side and gender, and their absence", arguments: [Self.names, EntityGenderTests.names])
  func cacheRecord(names: String) throws {
    let registry = try NameRegistry.load(from: InMemoryLocaleData(["und/names/people.yaml": names]))
    for entity in registry.entities {
      var writer = BinaryWriter()
      entity.write(into: &writer)
      var reader = BinaryReader(writer.bytes)
      let back = try Entity(reading: &reader)
      #expect(back == entity && back.side == entity.side && back.gender == entity.gender)
      #expect(reader.isAtEnd)
    }
  }

  @Test("a side on a place, an unknown side and a side that is no organization are reported at the value")
  func refused() {
    func problems(_ text: String) -> [String] {
      NameRegistry.validate(InMemoryLocaleData(["und/names/people.yaml": text])).map { "\($0)" }
    }
    let unknown = problems(Self.names.replacingOccurrences(of: "side: org.red-army", with: "side: org.blue-army"))
    #expect(unknown == ["Locales/und/names/people.yaml:9:11: error: invalid value for 'side': no entity has the id 'org.blue-army'"])
    let person = problems(Self.names.replacingOccurrences(of: "side: org.red-army", with: "side: person.nobody-known"))
    #expect(person == ["Locales/und/names/people.yaml:9:11: error: invalid value for 'side': 'person.nobody-known' is a person, not an organization"])
    let onOrganization = problems(Self.names.replacingOccurrences(of: "kind: organization", with: "kind: organization\n    side: org.red-army"))
    #expect(onOrganization == ["Locales/und/names/people.yaml:5:11: error: invalid value for 'side': org.red-army is not a person; only a person has a side"])
  }

  @Test("only the people with a side are read, and none from names that give no side")
  func peopleWithSide() throws {
    let people = try PersonSides.load(from: InMemoryLocaleData(["und/names/people.yaml": Self.names]))
    #expect(people.map(\.id) == ["person.ivan-ivanov"])
    let sideless = Self.names.replacingOccurrences(of: "    side: org.red-army\n", with: "")
    #expect(try PersonSides.load(from: InMemoryLocaleData(["und/names/people.yaml": sideless])).isEmpty)
  }

  @Test("a person's forms join the agents of the side its language's cues name, the covered ones left out")
  func agents() throws {
    let person = PersonSides.Person(id: "person.ivan-ivanov", kind: .person, side: "org.red-army", variants: [
      .init(form: "Иван Иванов", lang: "ru"), .init(form: "Иванов", lang: "ru"), .init(form: "Иванова", lang: "ru"),
      .init(form: "Ivan Ivanov", lang: "en"),
    ])
    let ru = PersonSides.agents([person], language: "ru", sides: ["org.red-army", "org.blue-army"])
    #expect(ru == [StatementCues.Agent(entity: "org.red-army", forms: ["Иванов"])])
    #expect(PersonSides.agents([person], language: "en", sides: ["org.red-army"]).first?.forms == ["Ivan Ivanov"])
    // A side the language's cues do not name is no agent of it.
    #expect(PersonSides.agents([person], language: "ru", sides: ["org.blue-army"]).isEmpty)
    #expect(PersonSides.covering(["Putin", "Vladimir Putin", "Putina", "Putin"]) == ["Putin"])
    #expect(PersonSides.covering(["Зеленський", "Зеленського", "Володимир Зеленський"]) == ["Зеленський", "Зеленського"])
  }

  @Test("a names entry with a side that does not decode is reported at its line in the whole file")
  func badEntry() {
    let bad = Self.names.replacingOccurrences(of: "side: org.red-army", with: "side: [org.red-army]")
    #expect(throws: LocaleDataError.self) { try PersonSides.load(from: InMemoryLocaleData(["und/names/people.yaml": bad])) }
    do {
      _ = try PersonSides.load(from: InMemoryLocaleData(["und/names/people.yaml": bad]))
    } catch {
      #expect("\(error)".hasPrefix("Locales/und/names/people.yaml:9:11: error:"))
    }
  }

  @Test("the locale data checker reports a bad side with its file, line and column")
  func checker() {
    let bad = Self.names.replacingOccurrences(of: "side: org.red-army", with: "side: org.blue-army")
    let problems = LocaleDataChecker().check(InMemoryLocaleData(["und/names/people.yaml": bad])).map { "\($0)" }
    #expect(problems.contains("Locales/und/names/people.yaml:9:11: error: invalid value for 'side': no entity has the id 'org.blue-army'"))
    #expect(!LocaleDataChecker().check(InMemoryLocaleData(["und/names/people.yaml": Self.names])).contains { "\($0)".contains("'side'") })
  }

  @Test("the people a report's agent reader knows are the same from the names cache, and added later or at once")
  func peopleFromTheRegistry() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Locales")
    let data = DirectoryLocaleData(root: root)
    let registry = try NameRegistry.load(from: data)
    let fromRegistry = PersonSides.people(in: registry)
    #expect(fromRegistry.count > 100)
    // The names cache compare loads from keeps every person's side and forms.
    let cache = FileManager.default.temporaryDirectory.appendingPathComponent("entity-side-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: cache) }
    _ = try NameSetup.load(from: data, cacheDirectory: cache)
    #expect(PersonSides.people(in: try NameSetup.load(from: data, cacheDirectory: cache).registry) == fromRegistry)
    // Added after the cues were read (as `compare` does once its names are loaded), the agents
    // are the ones read with the cues.
    let later = StatementCues.adding(people: fromRegistry, to: try StatementCues.loadAll(from: data, people: []))
    let atOnce = try StatementCues.loadAll(from: data)
    #expect(later == atOnce)
    #expect(atOnce["ru"]?.responsibility.people.contains { $0.forms.contains("Путин") } == true)
  }
}
