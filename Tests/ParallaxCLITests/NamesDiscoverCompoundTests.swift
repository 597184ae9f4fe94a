import Foundation
import Testing

/// `names discover` on compound names (issue 17, blind set 7 and the known losses): two names
/// joined by a hyphen in either order, a company whose second word Russian writes in lowercase,
/// a name that starts a longer one, and a German compound of a name and a generic word. The
/// sentences are our own.
@Suite struct NamesDiscoverCompoundTests {
  @Test("a crossing named by two places meets its spelling in the other order and script, and is not one of the places")
  func reversedCompound() throws {
    let entities = try NamesDiscoverTermsTests.discover([
      ("a-pl.txt", "Prom kursuje na przeprawie Orliwka-Isaccea. W porcie Isaccea trwa rozładunek."),
      ("b-ru.txt", "Паром снова ходит через переправу Исакча-Орловка по утрам."),
    ])
    #expect(entities.contains { Set($0) == ["Orliwka-Isaccea", "Исакча-Орловка"] }, "\(entities)")
    #expect(!entities.contains { $0.contains("Isaccea") && $0.contains("Orliwka-Isaccea") }, "\(entities)")
  }

  @Test("a Russian company name with a lowercase second word meets its Latin spelling: Газпром нефть and Gazprom Neft, not Gazprom")
  func lowercaseContinuation() throws {
    let entities = try NamesDiscoverTermsTests.discover([
      ("a-ru.txt", "Под ограничения попала компания Газпром нефть, а Газпром пока нет."),
      ("b-en.txt", "The list names Gazprom Neft and two shipping firms. Gazprom was not on it."),
    ])
    #expect(entities.contains { Set($0) == ["Газпром нефть", "Gazprom Neft"] }, "\(entities)")
    #expect(entities.contains { Set($0) == ["Газпром", "Gazprom"] }, "\(entities)")
  }

  @Test("a lowercase word after a name stays out of it when no page writes the pair as a name")
  func ordinaryWordAfterName() throws {
    let entities = try NamesDiscoverTermsTests.discover([
      ("a-ru.txt", "По словам источника, Газпром заявил о сокращении поставок."),
      ("b-en.txt", "Gazprom Neft said it would cut deliveries."),
    ])
    let names = Set(entities.joined())
    #expect(names.contains("Газпром") && !names.contains { $0.hasPrefix("Газпром ") }, "\(entities)")
  }

  @Test("a name that starts a longer one is not its spelling: Тирасполь and Тираспольтрансгаз; the German Tiraspoltransgaz after a kind noun meets the second")
  func prefixIsNotSpelling() throws {
    let entities = try NamesDiscoverTermsTests.discover([
      ("a-uk.txt", "Учора компанія Тираспольтрансгаз надіслала листа. Уряд у Тирасполі мовчить."),
      ("b-ru.txt", "Власти в Тирасполе ответили, что Тираспольтрансгаз ждёт ответа."),
      ("c-de.txt", "Der örtliche Energieversorger Tiraspoltransgaz wartet auf eine Antwort."),
    ])
    #expect(entities.contains { Set($0) == ["Тираспольтрансгаз", "Tiraspoltransgaz"] }, "\(entities)")
    #expect(!entities.contains { $0.contains("Тираспольтрансгаз") && $0.contains { $0.hasPrefix("Тирасполі") || $0.hasPrefix("Тирасполе") } }, "\(entities)")
  }

  @Test("the German compound of a name and a generic word meets the English name: Sowjetunion and Soviet Union")
  func germanCompound() throws {
    let entities = try NamesDiscoverTermsTests.discover([
      ("a-de.txt", "Nach dem Ende der Sowjetunion erklärte die Region ihre Unabhängigkeit."),
      ("b-en.txt", "The region split away when the Soviet Union collapsed."),
    ])
    #expect(entities.contains { Set($0) == ["Sowjetunion", "Soviet Union"] }, "\(entities)")
  }

  @Test("a title before a name is no part of it: 'Депутат' is set aside and the name after it is a person's")
  func deputyTitle() throws {
    let entities = try NamesDiscoverTermsTests.discover([
      ("a-ru.txt", "Депутат Андрей Сафонов заявил, что решение ещё не принято."),
      ("b-uk.txt", "Депутат Андрій Сафонов сказав, що рішення ще немає."),
    ])
    #expect(entities.contains { Set($0) == ["Андрей Сафонов", "Андрій Сафонов"] }, "\(entities)")
    #expect(!entities.joined().contains { $0.hasPrefix("Депутат") }, "\(entities)")
  }
}
