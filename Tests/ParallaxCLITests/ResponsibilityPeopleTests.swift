import Foundation
import Testing

@testable import ParallaxCore

/// People on a side (issue 20), with the shipped registry and cues and sentences written for the
/// test: the `side` of a person makes the person the agent where the person plainly does or
/// orders the harm, and tells whose enemy a speaker named only by name means; a person who
/// speaks, is told of the attack or is a source blames no one.
@Suite struct ResponsibilityPeopleTests {
  static func side(_ finder: AgentFinder, _ text: String, _ language: LocaleID) -> String? {
    ResponsibilityTests.side(finder, text, language)
  }

  @Test("a person on a side who orders or carries out the action is its agent")
  func doer() throws {
    let finder = try ResponsibilityTests.finder()
    let claim = try #require(finder.claim(in: "Putin ordered the strike on the dam.", language: "en"))
    #expect(claim.entity == "org.russian-armed-forces" && claim.kind == .subject && claim.evidence == "Putin ordered the strike")
    #expect(Self.side(finder, "Путин приказал нанести удар по плотине.", "ru") == "RU")
    #expect(Self.side(finder, "Selenskyj befahl den Angriff auf die Brücke.", "de") == "UA")
    #expect(Self.side(finder, "Putin befahl den Angriff auf den Staudamm.", "de") == "RU")
    #expect(Self.side(finder, "Les frappes sur la centrale ont été ordonnées par Vladimir Poutine.", "fr") == "RU")
    // A negated order is none.
    #expect(Self.side(finder, "Putin did not order the strike on the dam.", "en") == nil)
  }

  @Test("a by-phrase naming a person after a decision about the action names the person's side")
  func decision() throws {
    let finder = try ResponsibilityTests.finder()
    #expect(Self.side(finder, "Decyzja o ataku na most nie została podjęta przez dowódców, lecz osobiście przez Władimira Putina.", "pl") == "RU")
    #expect(Self.side(finder, "The decision to shell the town was taken, he said, by Vladimir Putin himself.", "en") == "RU")
    // Without a decision, a by-phrase far from the action names no agent.
    #expect(Self.side(finder, "The shelling of the town went on for hours, a report written for the council by Vladimir Putin's critics says.", "en") == nil)
  }

  @Test("a person who speaks, is told of the attack or is a source is no agent")
  func notAgents() throws {
    let finder = try ResponsibilityTests.finder()
    #expect(Self.side(finder, "Peskov said the strike on the city was a provocation.", "en") == nil)
    #expect(Self.side(finder, "Le président a été informé de cette attaque, a dit Poutine.", "fr") == nil)
    #expect(Self.side(finder, "Poutine a été informé de cette attaque.", "fr") == nil)
    #expect(Self.side(finder, "Według gubernatora Wiaczesława Gładkowa uszkodzony został wodociąg.", "pl") == nil)
    // The side the speaker's words name is the agent, not the speaker's.
    #expect(Self.side(finder, "Zelensky said Russian missiles hit the station.", "en") == "RU")
  }

  @Test("the enemy of a speaker named only by name is the other side")
  func enemyOfNamedSpeaker() throws {
    let finder = try ResponsibilityTests.finder()
    #expect(Self.side(finder, "« L'ennemi a frappé la gare », a déclaré Zelensky.", "fr") == "RU")
    #expect(Self.side(finder, "«Противник нанес удар по рынку», заявил Пушилин.", "ru") == "UA")
    // A speaker on no side leaves the enemy no one.
    #expect(Self.side(finder, "« L'ennemi a frappé la gare », a déclaré le maire.", "fr") == nil)
  }

  @Test("the people the reader is given are the registry's people with a side")
  func sameAsRegistry() throws {
    let registry = try NameRegistry.load(from: CLI.data)
    let sided = registry.entities.filter { $0.side != nil }
    let people = try PersonSides.load(from: CLI.data)
    #expect(people.map(\.id) == sided.map(\.id).sorted())
    #expect(people.map(\.side) == sided.sorted { $0.id < $1.id }.map(\.side))
    #expect(sided.count >= 100)
    let cues = try StatementCues.loadAll(from: CLI.data)
    #expect(cues["ru"]?.responsibility.people.contains { $0.entity == "org.russian-armed-forces" && $0.forms.contains("Путин") } == true)
  }
}
