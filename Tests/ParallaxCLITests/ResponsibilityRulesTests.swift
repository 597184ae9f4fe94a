import Foundation
import ParallaxCore
import Testing

/// Rules of responsibility added after `ResponsibilityTests`, each with the shipped cues and
/// sentences written for the test: blame with no harm word, support verbs between an action
/// and its agent, the means a by-phrase names, a clause of purpose sharing its subject, mutual
/// blame naming no single side, places before an agent adjective, a side's air defence, the
/// passive of a support verb, and the accused after an inverted accuser.
@Suite struct ResponsibilityRulesTests {
  static func side(_ finder: AgentFinder, _ text: String, _ language: LocaleID) -> String? {
    ResponsibilityTests.side(finder, text, language)
  }

  @Test("a word of blame makes a statement about harm, and the one given the blame is the agent")
  func blameWithoutHarmWord() throws {
    let finder = try ResponsibilityTests.finder()
    let claim = try #require(finder.claim(in: "Die Regierung gab den russischen Truppen die Schuld.", language: "de"))
    #expect(claim.entity == "org.russian-armed-forces" && claim.kind == .accused)
    #expect(finder.isAboutHarm("Die Regierung gab den russischen Truppen die Schuld.", language: "de"))
    #expect(Self.side(finder, "Moskau sieht die Schuld allein bei Kiew.", "de") == "UA")
    #expect(Self.side(finder, "Officials in Kyiv say Russia is to blame.", "en") == "RU")
    #expect(Self.side(finder, "Для Москвы виновник очевиден: Киев.", "ru") == "UA")
    #expect(Self.side(finder, "Para el alcalde, la culpa es de Rusia.", "es") == "RU")
    // A word that only looks like one is no blame: debts are no harm.
    #expect(finder.claim(in: "Russland zahlt seine Schulden in Rubel.", language: "de") == nil)
    #expect(!finder.isAboutHarm("Russland zahlt seine Schulden in Rubel.", language: "de"))
  }

  @Test("a support verb does not count between an action noun and its agent after it")
  func supportVerbs() throws {
    let finder = try ResponsibilityTests.finder()
    #expect(Self.side(finder, "Удар по школе вчера нанесли украинские военные.", "ru") == "UA")
    #expect(Self.side(finder, "Удару по лікарні вночі завдали російські військові.", "uk") == "RU")
    // A support verb ends a target phrase's reach: the troops are no target of the strike.
    #expect(Self.side(finder, "Удар по складу нанесли российские военные.", "ru") == "RU")
    // Its passive form after an auxiliary makes the form before it the patient: the cities hit.
    #expect(Self.side(finder, "По городам Украины был нанесен ракетный удар.", "ru") == nil)
    #expect(Self.side(finder, "Na miasta Ukrainy został przeprowadzony atak rakietowy.", "pl") == nil)
    // Any other verb still counts: the army here is no agent of the strike.
    #expect(Self.side(finder, "Удар по школе вчера обсуждали украинские военные.", "ru") == nil)
  }

  @Test("an agent after the means a by-phrase names owns the means")
  func meansOfByPhrase() throws {
    let finder = try ResponsibilityTests.finder()
    #expect(Self.side(finder, "El puente fue alcanzado por cohetes de precisión rusos.", "es") == "RU")
    #expect(Self.side(finder, "La gare a été touchée par des roquettes de fabrication ukrainienne.", "fr") == "UA")
    // Two words away the form is a place, not the means' owner.
    #expect(Self.side(finder, "El puente fue alcanzado por cohetes cerca de la frontera con Rusia.", "es") == nil)
  }

  @Test("a clause of purpose with a support verb shares the subject of the clause before")
  func purposeClause() throws {
    let finder = try ResponsibilityTests.finder()
    let claim = try #require(finder.claim(in: "Rosja zgromadziła sprzęt, by przeprowadzić ten atak na miasto.", language: "pl"))
    #expect(claim.entity == "org.russian-armed-forces" && claim.evidence == "Rosja … by przeprowadzić")
    #expect(Self.side(finder, "Российская армия стянула технику, чтобы нанести удар по городу.", "ru") == "RU")
    // A purpose that is no carrying out (rebuilding what was destroyed) names no agent.
    #expect(Self.side(finder, "Украина просит помощи, чтобы восстановить разрушенный мост.", "ru") == nil)
  }

  @Test("mutual blame names no single side, but an agent in another clause is still read")
  func mutualBlame() throws {
    let finder = try ResponsibilityTests.finder()
    let claim = try #require(finder.claim(in: "Kiew und Moskau wiesen sich gegenseitig die Schuld an der Zerstörung des Damms zu.", language: "de"))
    #expect(claim.entity == nil && claim.kind == .unnamed && claim.evidence == "gegenseitig")
    #expect(Self.side(finder, "Moscow and Kyiv accused each other of shelling the plant.", "en") == nil)
    #expect(Self.side(finder, "Rosja i Ukraina wzajemnie oskarżają się o ostrzał elektrowni.", "pl") == nil)
    #expect(Self.side(finder, "Le président accuse l'armée russe d'avoir détruit le barrage, dont Kiev et Moscou s'accusent mutuellement.", "fr") == "RU")
  }

  @Test("a projectile is a weapon, and a side's air defence is that side")
  func projectilesAndAirDefence() throws {
    let finder = try ResponsibilityTests.finder()
    #expect(Self.side(finder, "La explosión fue causada por un proyectil ruso.", "es") == "RU")
    #expect(Self.side(finder, "Se trata de un misil de defensa antiaérea ucraniano.", "es") == "UA")
    #expect(Self.side(finder, "Les dégâts viennent d'un missile de la défense aérienne russe.", "fr") == "RU")
    #expect(Self.side(finder, "Il danno è stato causato da un missile della difesa aerea ucraina.", "it") == "UA")
  }

  @Test("a front line, positions or territory before an agent adjective is a place, not the agent")
  func placesBeforeAdjectives() throws {
    let finder = try ResponsibilityTests.finder()
    #expect(Self.side(finder, "Los testigos vieron misiles hacia la línea del frente ruso durante el ataque.", "es") == nil)
    #expect(Self.side(finder, "Les missiles visaient les lignes russes pendant l'attaque.", "fr") == nil)
    #expect(Self.side(finder, "Os mísseis vieram do território ucraniano antes do ataque.", "pt") == nil)
  }

  @Test("after a word of accusing, two agents back to back are the accuser and the accused")
  func invertedAccuser() throws {
    let finder = try ResponsibilityTests.finder()
    let claim = try #require(finder.claim(in: "Am Montag warf die Ukraine Russland vor, den Markt beschossen zu haben.", language: "de"))
    #expect(claim.entity == "org.russian-armed-forces" && claim.kind == .accused)
    // One agent after the word of accusing is the accused, as before.
    #expect(Self.side(finder, "Die Ukraine warf Russland einen Angriff auf den Markt vor.", "de") == "RU")
  }
}
