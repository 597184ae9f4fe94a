import Foundation
import ParallaxCore
import Testing

/// Rules of responsibility of issue 20's round 32, with the shipped cues and sentences written
/// for the test: a weapon aimed at names the side of what was shot at, a copula's predicate
/// names the side of the weapon its subject is, a report a passive of denying denies names no
/// agent, a later sentence with no subject of its own goes on about the statement's subject, and
/// a by-phrase ending in a target word ("the result of") names its agent, and the by-phrase of a
/// passive of reporting names who reports; writing is reporting.
@Suite struct ResponsibilityTargetsTests {
  static func side(_ finder: AgentFinder, _ text: String, _ language: LocaleID) -> String? {
    ResponsibilityTests.side(finder, text, language)
  }

  @Test("a weapon fired at or fired to intercept is the target: its side is no agent")
  func aimedAtWeapon() throws {
    let finder = try ResponsibilityTests.finder()
    // A verb of launching and a target phrase: the weapon after them was shot at.
    #expect(Self.side(finder, "Deux missiles ont été tirés contre un drone russe au-dessus du village.", "fr") == nil)
    // A word of intercepting or destroying: the forms of its weapon, before it, after it or in
    // a by-phrase after it, are the side shot at; the weapon fired is still named.
    #expect(Self.side(finder, "Pocisk ukraińskiej obrony powietrznej wystrzelono w celu zniszczenia dronów wysłanych przez Rosję.", "pl") == "UA")
    #expect(Self.side(finder, "The air-defence missile was launched to intercept Russian drones.", "en") == nil)
    #expect(Self.side(finder, "Los cohetes se lanzaron para derribar drones rusos sobre la ciudad.", "es") == nil)
    // Elsewhere the sides keep their readings.
    #expect(Self.side(finder, "Russia launched missiles at the city.", "en") == "RU")
    #expect(Self.side(finder, "Rosyjskie wojska zniszczyły most rakietami.", "pl") == "RU")
    #expect(Self.side(finder, "Un missile russe a frappé le village.", "fr") == "RU")
  }

  @Test("a copula's predicate names the side of the weapon or action that is its subject")
  func copulaPredicate() throws {
    let finder = try ResponsibilityTests.finder()
    let claim = try #require(finder.claim(in: "Según los peritos, el cohete era ucraniano.", language: "es"))
    #expect(claim.entity == "org.armed-forces-ukraine" && claim.evidence == "cohete … era ucraniano")
    #expect(Self.side(finder, "Investigators said the drone was Russian.", "en") == "RU")
    #expect(Self.side(finder, "Eksperci uznali, że rakieta była ukraińska.", "pl") == "UA")
    // A noun of parts opens the predicate: the side a few words on is the weapon's.
    #expect(Self.side(finder, "El proyectil pudo haber sido parte de la defensa aérea de Ucrania.", "es") == "UA")
    // A maker, a negated copula, a compound and a place are no agents.
    #expect(Self.side(finder, "El misil era de fabricación rusa.", "es") == nil)
    #expect(Self.side(finder, "The missile was not Ukrainian.", "en") == nil)
    #expect(Self.side(finder, "The missile was Russian-made.", "en") == nil)
    #expect(Self.side(finder, "El misil fue hallado en territorio ruso.", "es") == nil)
  }

  @Test("a report that a passive of denying denies names no agent, and its deniers are none")
  func deniedReport() throws {
    let finder = try ResponsibilityTests.finder()
    #expect(Self.side(finder, "Los informes de que un misil ruso cayó en la aldea fueron negados por Moscú.", "es") == nil)
    #expect(Self.side(finder, "Reports that Ukrainian drones struck the depot were denied by Kyiv.", "en") == nil)
    // The one the denier names instead is the agent.
    #expect(Self.side(finder, "Los informes de que un misil ucraniano cayó en la aldea fueron negados por Kiev, que dijo que el misil era ruso.", "es") == "RU")
    // An active denial is read as before.
    #expect(Self.side(finder, "Moscow denied reports that Russian troops shelled the town.", "en") == nil)
  }

  @Test("a later sentence whose copula has no subject of its own tells the harm of the subject that opens the statement")
  func laterSentenceOfTheSubject() throws {
    let finder = try ResponsibilityTests.finder()
    let claim = try #require(finder.claim(in: "Las tropas rusas \"conocían el lugar. No fue un ataque casual\", dijo el alcalde.", language: "es"))
    #expect(claim.entity == "org.russian-armed-forces" && claim.evidence == "tropas rusas … No fue un ataque")
    #expect(Self.side(finder, "L'esercito russo «conosceva le coordinate. È stato un attacco deliberato», ha detto il sindaco.", "it") == "RU")
    // A negated copula with nothing qualifying the action denies it; a speaker is no subject of the quote.
    #expect(Self.side(finder, "Las tropas rusas \"no estaban allí. No fue un ataque\", dijo el portavoz.", "es") == nil)
    #expect(Self.side(finder, "Rusia dijo: \"Es un ataque terrorista\".", "es") == nil)
  }

  @Test("a target phrase that is the tail of a by-phrase governs nothing: the by-phrase names the agent")
  func byPhraseOverTargetTail() throws {
    let finder = try ResponsibilityTests.finder()
    #expect(Self.side(finder, "The strike on the farm was the result of Ukrainian negligence.", "en") == "UA")
    #expect(Self.side(finder, "The shelling was deliberate on the part of Russian commanders.", "en") == "RU")
    // A target phrase alone still governs its form.
    #expect(Self.side(finder, "The drones struck near Russian positions.", "en") == nil)
  }

  @Test("the by-phrase of a passive verb of reporting or identifying names who reports, no agent")
  func passiveReporter() throws {
    let finder = try ResponsibilityTests.finder()
    #expect(Self.side(finder, "Los fragmentos fueron identificados por expertos del ejército ruso como restos de un misil ucraniano.", "es") == "UA")
    #expect(Self.side(finder, "Os destroços foram identificados por peritos do exército russo como partes de um míssil ucraniano.", "pt") == "UA")
    // The by-phrase of an action is still its agent.
    #expect(Self.side(finder, "La ciudad fue atacada por tropas rusas, informó el alcalde.", "es") == "RU")
  }

  @Test("writing is reporting: the side of one who writes tells whose enemy is meant")
  func writingIsReporting() throws {
    let finder = try ResponsibilityTests.finder()
    #expect(Self.side(finder, "\"Enemy drones struck the depot,\" Ukraine's defence ministry wrote on Telegram.", "en") == "RU")
    #expect(Self.side(finder, "«Вражеские дроны атаковали склад», — написал президент Украины.", "ru") == "RU")
    #expect(Self.side(finder, "„Der Feind hat das Depot beschossen“, schrieb der ukrainische Gouverneur.", "de") == "RU")
  }
}
