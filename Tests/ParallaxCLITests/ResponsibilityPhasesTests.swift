import Foundation
import ParallaxCore
import Testing

/// Rules of responsibility of issue 20's last round, with the shipped cues and sentences written
/// for the test: weapon designations as action words, the doer's case after a passive, a form
/// in an oblique case as an agent only right before its action, the owner a verb of belonging
/// names, a source word only in its clause, the user of a weapon, fielding and targeting.
@Suite struct ResponsibilityPhasesTests {
  static func side(_ finder: AgentFinder, _ text: String, _ language: LocaleID) -> String? {
    ResponsibilityTests.side(finder, text, language)
  }

  @Test("a weapon designation is an action word, and the side it belongs to is named")
  func weaponDesignations() throws {
    let finder = try ResponsibilityTests.finder()
    #expect(Self.side(finder, "Обломки идентифицированы как элементы украинской С-300.", "ru") == "UA")
    #expect(Self.side(finder, "Se trata de restos de un misil S-300 de Ucrania.", "es") == "UA")
    #expect(Self.side(finder, "Os fragmentos são de um míssil S-300 da Ucrânia.", "pt") == "UA")
    // A place after a designation is no owner.
    #expect(Self.side(finder, "Обломки С-300 нашли в Белгороде.", "ru") == nil)
  }

  @Test("a side's form in the doer's case right after a passive form is the agent")
  func doersCase() throws {
    let finder = try ResponsibilityTests.finder()
    let claim = try #require(finder.claim(in: "Ракета была выпущена украинскими военными, чтобы сбить российскую ракету.", language: "ru"))
    #expect(claim.entity == "org.armed-forces-ukraine" && claim.kind == .byPhrase && claim.evidence == "выпущена украинскими военными")
    #expect(Self.side(finder, "Ракету було випущено російськими військовими.", "uk") == "RU")
    // After a preposition the form is a target, not the doer.
    #expect(Self.side(finder, "Ракета была выпущена по украинским позициям.", "ru") == nil)
  }

  @Test("a form in an oblique case is an agent only right before its action word")
  func obliqueAdjacent() throws {
    let finder = try ResponsibilityTests.finder()
    #expect(Self.side(finder, "W Przewodowie przy granicy z Ukrainą doszło do eksplozji.", "pl") == nil)
    #expect(Self.side(finder, "При этом 75 украинцев получили ранения.", "ru") == nil)
    #expect(Self.side(finder, "Miasto padło ofiarą rosyjskiego ostrzału.", "pl") == "RU")
  }

  @Test("a verb of belonging gives the action or weapon word before it to the side after it")
  func belonging() throws {
    let finder = try ResponsibilityTests.finder()
    #expect(Self.side(finder, "El misil que cayó en la aldea pertenece al arsenal ucraniano.", "es") == "UA")
    #expect(Self.side(finder, "The missile that hit the farm belonged to Ukraine, officials said.", "en") == "UA")
    // With no action or weapon word before it, belonging names no agent.
    #expect(finder.claim(in: "The farm belonged to Ukraine.", language: "en") == nil)
  }

  @Test("a source word after a side's form makes it a source only in its clause")
  func sourceInItsClause() throws {
    let finder = try ResponsibilityTests.finder()
    #expect(Self.side(finder, "Снимки обломков ракеты: это С-300 Украины – МО РФ", "ru") == "UA")
    #expect(Self.side(finder, "Обломки С-300 изучили в МО Украины.", "ru") == nil)
  }

  @Test("a by-phrase right after a verb of using names who uses the weapon")
  func usedBy() throws {
    let finder = try ResponsibilityTests.finder()
    let text = "Tochka-U missiles, remains of which were found at the station, are used only by the Ukrainian armed forces."
    let claim = try #require(finder.claim(in: text, language: "en"))
    #expect(claim.entity == "org.armed-forces-ukraine" && claim.kind == .byPhrase && claim.evidence == "used only by the Ukrainian armed forces")
    // With no weapon or action word, using is no harm.
    #expect(finder.claim(in: "The old airfield is used only by the Ukrainian armed forces.", language: "en") == nil)
  }

  @Test("fielding a weapon is using it, and targeting is an action")
  func fieldedAndTargeted() throws {
    let finder = try ResponsibilityTests.finder()
    #expect(Self.side(finder, "The missile came from an S-300 battery, a Soviet-era system fielded by Ukraine.", "en") == "UA")
    #expect(Self.side(finder, "Officials said Russian troops targeted a school in the city with drones.", "en") == "RU")
    #expect(Self.side(finder, "Die Ukraine warf Russland vor, absichtlich auf ein Krankenhaus gezielt zu haben.", "de") == "RU")
  }
}

