import Foundation
import ParallaxCore
import Testing

/// "The enemy" in an outlet's own narration (issue 20): with no speaker on a side, the word
/// stands for the side the page's title holds responsible, as the report reads each page
/// (shipped cues, sentences written for the test).
@Suite struct ResponsibilityPageSideTests {
  @Test("a page's side is the side its title names as the agent; a title that names none gives none")
  func pageSide() throws {
    let finder = try ResponsibilityTests.finder()
    #expect(finder.pageSide(title: "ВСУ обстреляли жилой квартал Донецка", language: "ru")?.rawValue == "org.armed-forces-ukraine")
    #expect(finder.pageSide(title: "Russian missiles hit the centre of the city", language: "en")?.rawValue == "org.russian-armed-forces")
    #expect(finder.pageSide(title: "The mayor visited the market on Sunday", language: "en") == nil)
    #expect(finder.pageSide(title: nil, language: "en") == nil)
  }

  @Test("the enemy in narration stands for the page's side; a speaker on a side still decides")
  func enemyInNarration() throws {
    let finder = try ResponsibilityTests.finder()
    let ukraine = try #require(finder.pageSide(title: "ВСУ обстреляли жилой квартал Донецка", language: "ru"))
    let russia = try #require(finder.pageSide(title: "Russian missiles hit the centre of the city", language: "en"))
    let narration = "Противник нанес удар по рынку в воскресенье утром."
    #expect(finder.claim(in: narration, language: "ru", pageSide: ukraine)?.entity == ukraine)
    // Without the page's side, no one can tell whose enemy it is.
    #expect(finder.claim(in: narration, language: "ru")?.entity == nil)
    #expect(finder.claim(in: "The enemy shelled the bridge again overnight.", language: "en", pageSide: russia)?.entity == russia)
    // A speaker on a side says whose enemy it is, whatever the page's title blames.
    let spoken = "«Противник нанес удар по рынку», — заявили в Минобороны России."
    #expect(finder.claim(in: spoken, language: "ru", pageSide: russia)?.entity == ukraine)
  }
}

/// What follows a colon spells out the clause before it (issue 20, sentences written for the
/// test): an agentless harm after the colon is the side that is the first clause's subject.
@Suite struct ResponsibilityElaborationTests {
  @Test("an agentless harm after a colon is the deed of the subject of the clause before it")
  func afterColon() throws {
    let finder = try ResponsibilityTests.finder()
    let side = { (text: String, language: LocaleID) in ResponsibilityTests.side(finder, text, language) }
    #expect(side("La défense antiaérienne ukrainienne a été très active : trois missiles ont été tirés contre un drone russe.", "fr") == "UA")
    #expect(side("The Russian army was busy all night: missiles were fired at the port.", "en") == "RU")
    // Without the colon the clauses are two statements of their own: no agent.
    #expect(side("La défense antiaérienne ukrainienne a été très active. Trois missiles ont été tirés contre un drone russe.", "fr") == nil)
    // A kicker says nothing of its word: "Ukraine:" over a caption names no agent.
    #expect(side("Ukraine: the tail of a missile sticks out of the ground in a courtyard.", "en") == nil)
    // The first clause's own action keeps its own reading.
    #expect(side("Russian troops shelled the town: two houses were destroyed.", "en") == "RU")
  }
}
