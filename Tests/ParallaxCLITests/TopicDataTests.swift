import Foundation
@testable import ParallaxCore
import Testing

/// The shipped topic data, in every language it covers: a summit of leaders is a meeting of the
/// negotiations topic (the blind sets' pages on the Alaska, Washington and Bürgenstock summits
/// were labelled with peace talks and tagged with none), and one person's death is a casualty
/// (the tenth blind set's pages on a plane crash were tagged only where several died).
@Suite struct TopicDataTests {
  /// The topics the shipped data gives each (language, sentence).
  private func topics(_ sentences: [(String, String)]) throws -> [(language: String, topics: [TopicID])] {
    let profiler = try CLI.comparisonPipeline().resources.makeProfiler()
    return try sentences.map { ($0.0, try profiler.profile(text: $0.1, language: LocaleID($0.0)).topics) }
  }

  @Test("a summit is tagged as negotiations in nine languages; a sentence without one is not")
  func summits() throws {
    let tagged = try topics([
      ("en", "The two presidents will hold a summit in Anchorage next week."),
      ("ru", "Президенты проведут саммит в Анкоридже на следующей неделе."),
      ("uk", "Президенти проведуть саміт в Анкориджі наступного тижня."),
      ("de", "Die Präsidenten treffen sich nächste Woche zum Gipfel in Anchorage."),
      ("fr", "Les deux présidents tiendront un sommet à Anchorage la semaine prochaine."),
      ("es", "Los presidentes celebrarán una cumbre en Anchorage la próxima semana."),
      ("it", "I due presidenti terranno un vertice ad Anchorage la prossima settimana."),
      ("pl", "Prezydenci spotkają się na szczycie w Anchorage w przyszłym tygodniu."),
      ("pt", "Os presidentes vão realizar uma cúpula em Anchorage na próxima semana."),
      ("en", "The two presidents will fly to Anchorage next week."),
    ])
    for (language, found) in tagged.dropLast() { #expect(found.contains("negotiations.peace"), "\(language): \(found)") }
    #expect(tagged.last?.topics.contains("negotiations.peace") == false)
  }

  @Test("one person's death is a casualty in nine languages")
  func singleDeaths() throws {
    let tagged = try topics([
      ("en", "The founder of the group died when his plane came down."),
      ("ru", "Смерть основателя группы подтвердили после крушения самолёта."),
      ("uk", "Засновник групи загинув, коли його літак упав."),
      ("de", "Der Gründer der Gruppe kam beim Absturz seines Flugzeugs ums Leben."),
      ("fr", "Le fondateur du groupe est mort quand son avion s'est écrasé."),
      ("es", "El fundador del grupo murió cuando su avión se estrelló."),
      ("it", "Il fondatore del gruppo è morto quando il suo aereo è precipitato."),
      ("pl", "Śmierć założyciela grupy potwierdzono po katastrofie samolotu."),
      ("pt", "O fundador do grupo morreu quando o seu avião caiu."),
    ])
    for (language, found) in tagged { #expect(found.contains("casualties.deaths-injuries"), "\(language): \(found)") }
  }

  @Test("an attack without a weapon (gunmen at a concert hall, an attack on a treaty) is no shelling; a drone or missile attack is")
  func attacksWithoutWeapons() throws {
    let unarmed = try topics([
      ("en", "Gunmen attacked the concert hall on Friday evening."),
      ("ru", "Вечером в пятницу боевики совершили атаку на концертный зал."),
      ("uk", "У п'ятницю ввечері бойовики здійснили атаку на концертну залу."),
      ("de", "Der Minister sprach von einem Angriff auf den Vertrag."),
      ("fr", "Des hommes armés ont mené une attaque contre la salle de concert."),
      ("es", "Hombres armados perpetraron un ataque contra la sala de conciertos."),
      ("it", "Uomini armati hanno compiuto un attacco contro la sala concerti."),
      ("pl", "Uzbrojeni napastnicy przeprowadzili atak na salę koncertową."),
      ("pt", "Homens armados realizaram um ataque contra a sala de concertos."),
    ])
    for (language, found) in unarmed { #expect(!found.contains("attacks.shelling"), "\(language): \(found)") }
    let armed = try topics([
      ("en", "Drones attacked the airfield at night."),
      ("ru", "Ночью ракеты атаковали аэродром."),
      ("de", "In der Nacht griffen Drohnen den Flugplatz an."),
      ("fr", "Des missiles ont frappé l'aérodrome dans la nuit."),
    ])
    for (language, found) in armed { #expect(found.contains("attacks.shelling"), "\(language): \(found)") }
  }

  @Test("casualties in feminine and singular forms, and Polish strikes and evacuations, are tagged")
  func moreForms() throws {
    let casualties = try topics([
      ("es", "Dos mujeres resultaron heridas en el ataque."),
      ("it", "Decine di donne sono morte nell'incendio."),
      ("pt", "Duas mulheres ficaram feridas no ataque."),
      ("fr", "Un civil a été blessé dans la nuit."),
      ("pl", "W wyniku ataku ucierpieli mieszkańcy miasta."),
    ])
    for (language, found) in casualties { #expect(found.contains("casualties.deaths-injuries"), "\(language): \(found)") }
    let polish = try topics([("pl", "Załoga została ewakuowana po uderzeniu w okręt.")])
    #expect(polish.first?.topics.contains("humanitarian.evacuation") == true)
    #expect(polish.first?.topics.contains("attacks.shelling") == true)
  }

  @Test("a casualty word after a word of absence tags nothing in nine languages; 'at least' does")
  func absentCasualties() throws {
    let absent = try topics([
      ("en", "The drone was shot down and caused no casualties."),
      ("ru", "Беспилотник сбили, никто не пострадал."),
      ("uk", "Безпілотник збили без жертв."),
      ("de", "Die Drohne wurde abgeschossen, es gab keine Verletzten."),
      ("fr", "Le drone a été abattu et n'a pas fait de victimes."),
      ("es", "El dron fue derribado sin causar víctimas."),
      ("it", "Il drone è stato abbattuto senza causare vittime."),
      ("pl", "Dron zestrzelono, nikt nie zginął."),
      ("pt", "O drone foi abatido sem provocar danos ou feridos."),
    ])
    for (language, found) in absent { #expect(!found.contains("casualties.deaths-injuries"), "\(language): \(found)") }
    let present = try topics([
      ("ru", "Погибли не менее 20 человек, не менее 30 раненых."),
      ("fr", "La frappe a fait pas moins de dix morts."),
      ("en", "The drone was not shot down and five people were killed."),
    ])
    for (language, found) in present { #expect(found.contains("casualties.deaths-injuries"), "\(language): \(found)") }
  }
}
