import Foundation
import Testing

/// `names discover` across orthographies and generic words (issue 17): a Latin name meets its
/// Russian and Ukrainian spellings through the renderings of `names-discovery.yaml`, a name
/// only German pages have is kept when the text sets it apart from nouns, and a port called
/// "Southern" meets its translations. The sentences are our own.
@Suite struct NamesDiscoverOrthographyTests {
  @Test("a Romanian name meets its Russian spelling: Marcel Ciolacu and Марчел Чолаку")
  func romanian() throws {
    let entities = try NamesDiscoverTermsTests.discover([
      ("a-ru.txt", "Об этом в четверг заявил Марчел Чолаку, добавив, что ситуация под контролем."),
      ("b-en.txt", "In a statement on Thursday, Marcel Ciolacu said the situation was under control."),
    ])
    #expect(entities.contains { Set($0) == ["Marcel Ciolacu", "Марчел Чолаку"] }, "\(entities)")
  }

  @Test("a Hungarian name meets its Russian and Ukrainian spellings: Péter Szijjártó, Петер Сийярто, Петера Сійярто")
  func hungarian() throws {
    let entities = try NamesDiscoverTermsTests.discover([
      ("a-ru.txt", "Как сообщил Петер Сийярто, поставки нефти возобновят в четверг."),
      ("b-uk.txt", "За словами Петера Сійярто, постачання нафти відновлять у четвер."),
      ("c-en.txt", "According to Péter Szijjártó, oil deliveries will resume on Thursday."),
    ])
    #expect(entities.contains { Set($0) == ["Péter Szijjártó", "Петер Сийярто", "Петера Сійярто"] }, "\(entities)")
  }

  @Test("a name only a German page has is kept when a letter, capitals or a kind noun sets it apart; nouns are not")
  func germanOnly() throws {
    let entities = try NamesDiscoverTermsTests.discover([
      ("a-de.txt", "Die Drohnenteile wurden nahe dem Dorf Plauru gefunden. Laut Constantin Spânu war die Lage ruhig. "
        + "Die Opposition schwieg, auch die PSD."),
    ])
    let names = Set(entities.joined())
    #expect(names.isSuperset(of: ["Plauru", "Constantin Spânu", "PSD"]), "\(entities)")
    #expect(!names.contains("Drohnenteile") && !names.contains("Opposition") && !names.contains("Lage"), "\(entities)")
  }

  @Test("German 'der' joins a name only after 'von': the Druschba pipeline meets Druzhba, not 'Nutzung der Druschba'")
  func germanArticle() throws {
    let entities = try NamesDiscoverTermsTests.discover([
      ("a-de.txt", "Ungarn verlangt die Nutzung der Druschba-Pipeline, sagte der Minister."),
      ("b-en.txt", "Oil flows to Hungary through the Druzhba pipeline, the minister said."),
    ])
    #expect(entities.contains { Set($0) == ["Druschba", "Druzhba"] }, "\(entities)")
    #expect(!entities.joined().contains { $0.hasPrefix("Nutzung") }, "\(entities)")
  }

  @Test("a port called 'Southern' is one entity in Russian, Ukrainian and English: Южный, Південний, Pivdennyi, Port of Pivdennyi")
  func southernPort() throws {
    let entities = try NamesDiscoverTermsTests.discover([
      ("a-ru.txt", "Судно вышло из порта Южный утром."),
      ("b-uk.txt", "Балкер вийшов з порту Південний."),
      ("c-en.txt", "The ship left the port of Pivdennyi on Monday. Cranes at the Port of Pivdennyi stood idle."),
    ])
    #expect(entities.contains { Set($0) == ["Южный", "Південний", "Pivdennyi", "Port of Pivdennyi"] }, "\(entities)")
  }

  @Test("the port of a registered city is one entity with or without 'sea', and not the city: Одесский порт, Одесский морской порт, Одеського порту")
  func cityPort() throws {
    let entities = try NamesDiscoverTermsTests.discover([
      ("a-ru.txt", "Грузовое судно покинуло Одесский порт, а другое вошло в Одесский морской порт."),
      ("b-uk.txt", "Судно зайшло до Одеського порту ввечері."),
    ])
    #expect(entities.contains { Set($0) == ["Одесский порт", "Одесский морской порт", "Одеського порту"] }, "\(entities)")
  }

  @Test("a genitive the registry does not know before a name is no part of it: Словаччини Деніса Сакова joins Дениса Сакова")
  func genitiveBeforeName() throws {
    let entities = try NamesDiscoverTermsTests.discover([
      ("a-uk.txt", "Про це повідомила міністерка економіки Словаччини Деніса Сакова."),
      ("b-ru.txt", "Об этом в понедельник сообщила Дениса Сакова."),
    ])
    #expect(entities.contains { Set($0) == ["Словаччини Деніса Сакова", "Дениса Сакова"] }, "\(entities)")
  }
}
