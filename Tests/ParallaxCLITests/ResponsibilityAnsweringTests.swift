import Foundation
import ParallaxCore
import Testing

/// Rules of responsibility of issue 20's round after the Przewodów one, with the shipped cues and
/// sentences written for the test: a phrase of answering for harm, a by-phrase that names the
/// accuser, the subject an action after "before" shares, and the words added as data (French
/// "mettre en cause" and "riposter", Ukraine's defence forces, planning to accuse as a pretext).
@Suite struct ResponsibilityAnsweringTests {
  static func side(_ finder: AgentFinder, _ text: String, _ language: LocaleID) -> String? {
    ResponsibilityTests.side(finder, text, language)
  }

  @Test("a phrase of answering for harm makes a statement about harm, and its subject is held responsible")
  func answering() throws {
    let finder = try ResponsibilityTests.finder()
    let claim = try #require(finder.claim(in: "The mayor said Moscow will have to answer for every family that lost a home.", language: "en"))
    #expect(claim.kind == .accused && claim.entity == "org.russian-armed-forces" && claim.evidence == "Moscow … answer for")
    #expect(Self.side(finder, "Kyiv, the envoy added, bears full responsibility for what happened in the village.", "en") == "UA")
    #expect(Self.side(finder, "The minister said Russia must be held accountable for the lives of Ukrainians lost that night.", "en") == "RU")
    #expect(Self.side(finder, "Die Ukraine werde für die Opfer von Russland, die gestorben sind, geradestehen müssen.", "de") == "UA")
    #expect(Self.side(finder, "Según el ministro, Rusia tiene la responsabilidad de lo ocurrido.", "es") == "RU")
    #expect(Self.side(finder, "Россия, по его словам, несёт полную ответственность за произошедшее.", "ru") == "RU")
    #expect(Self.side(finder, "Rosja ponosi pełną odpowiedzialność za tę tragedię.", "pl") == "RU")
  }

  @Test("with no phrase of answering, words of answering alone do not make a statement about harm")
  func answeringNeedsItsPhrase() throws {
    let finder = try ResponsibilityTests.finder()
    #expect(finder.claim(in: "The ministry did not answer questions about the budget.", language: "en") == nil)
    #expect(finder.claim(in: "Ukraine is responsible for the grid in the region.", language: "en") == nil)
    // A name between the words of a phrase is the object of another verb: the held one is
    // nearest the last word ("accountable for"), not the one who holds.
    #expect(Self.side(finder, "Ukraine held Russia accountable for the dead.", "en") == "RU")
  }

  @Test("a by-phrase after a word of accusing or denying names the accuser, not the agent")
  func accuserByPhrase() throws {
    let finder = try ResponsibilityTests.finder()
    let claim = try #require(finder.claim(in: "Dix civils ont été tués par une frappe de Kiev, une attaque imputée à Kiev par l'armée russe.", language: "fr"))
    #expect(claim.entity == "org.armed-forces-ukraine")
    #expect(Self.side(finder, "Une explosion a détruit le pont, une attaque imputée à l'Ukraine par l'armée russe.", "fr") == "UA")
    // With an action word after the form, the by-phrase still names the agent.
    #expect(Self.side(finder, "Le pont a été détruit par les forces russes.", "fr") == "RU")
  }

  @Test("an action right after a preposition of time before shares the subject of its clause")
  func before() throws {
    let finder = try ResponsibilityTests.finder()
    let claim = try #require(finder.claim(in: "Zdaniem ekspertów przed wysadzeniem mostu rosyjskie wojska wycofały sprzęt.", language: "pl"))
    #expect(claim.kind == .subject && claim.entity == "org.russian-armed-forces" && claim.evidence == "przed wysadzeniem … rosyjskie wojska")
    #expect(Self.side(finder, "Before shelling the town, Ukrainian troops moved their guns closer.", "en") == "UA")
    #expect(Self.side(finder, "Перед ударом российские войска подтянули технику.", "ru") == "RU")
    // After a verb of warning the preposition names what is feared, and a speaker is no agent.
    #expect(Self.side(finder, "Władze ostrzegły przed atakiem, a Ukraina ogłosiła alarm.", "pl") == nil)
    #expect(Self.side(finder, "Before the strike, Russian troops said the dam was intact.", "en") == nil)
  }

  @Test("words as data: mettre en cause accuses, riposter is an action, Ukraine's defence forces are a side, planning to accuse is a pretext")
  func words() throws {
    let finder = try ResponsibilityTests.finder()
    #expect(Self.side(finder, "Le Kremlin met en cause l'Ukraine pour le bombardement de l'hôpital.", "fr") == "UA")
    #expect(Self.side(finder, "L'armée ukrainienne a riposté dans la nuit.", "fr") == "UA")
    #expect(Self.side(finder, "The missile was most likely fired by Ukraine's defence forces.", "en") == "UA")
    // Ukraine's defence ministry is still a source.
    #expect(Self.side(finder, "Ukraine's defence ministry said the strike hit a depot.", "en") == nil)
    #expect(Self.side(finder, "Этим взрывом Москва планирует обвинить Киев в преступлениях.", "ru") != "UA")
  }
}
