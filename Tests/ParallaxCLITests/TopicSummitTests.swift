import Foundation
@testable import ParallaxCore
import Testing

/// The shipped topic data: a summit of leaders is a meeting of the negotiations topic in every
/// language the data covers (the blind sets' pages on the Alaska, Washington and Bürgenstock
/// summits were labelled with peace talks and tagged with none).
@Suite struct TopicSummitTests {
  @Test("a summit is tagged as negotiations in nine languages; a sentence without one is not")
  func summits() throws {
    let profiler = try CLI.comparisonPipeline().resources.makeProfiler()
    let sentences: [(String, String)] = [
      ("en", "The two presidents will hold a summit in Anchorage next week."),
      ("ru", "Президенты проведут саммит в Анкоридже на следующей неделе."),
      ("uk", "Президенти проведуть саміт в Анкориджі наступного тижня."),
      ("de", "Die Präsidenten treffen sich nächste Woche zum Gipfel in Anchorage."),
      ("fr", "Les deux présidents tiendront un sommet à Anchorage la semaine prochaine."),
      ("es", "Los presidentes celebrarán una cumbre en Anchorage la próxima semana."),
      ("it", "I due presidenti terranno un vertice ad Anchorage la prossima settimana."),
      ("pl", "Prezydenci spotkają się na szczycie w Anchorage w przyszłym tygodniu."),
      ("pt", "Os presidentes vão realizar uma cúpula em Anchorage na próxima semana."),
    ]
    for (language, text) in sentences {
      let topics = try profiler.profile(text: text, language: LocaleID(language)).topics
      #expect(topics.contains("negotiations.peace"), "\(language): \(topics)")
    }
    let plain = try profiler.profile(text: "The two presidents will fly to Anchorage next week.", language: LocaleID("en")).topics
    #expect(!plain.contains("negotiations.peace"))
  }
}
