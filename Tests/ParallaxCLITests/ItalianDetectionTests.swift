import ParallaxCore
import Testing

/// Short Italian paragraphs, as agency copy writes them one sentence each, are read as Italian
/// with the shipped `Locales/` profiles, not as French: "il", "la" and "un" are words of both,
/// so Italian's own function words ("di", "è", "sui", "secondo", "dopo") decide. Sentences of
/// our own.
@Suite struct ItalianDetectionTests {
  @Test("one-sentence Italian paragraphs are Italian", arguments: [
    "Il governo sostiene la necessità di un controllo sui porti del nord.",
    "Secondo il ministero, la nave è partita dal molo di Genova.",
    "Dopo la riunione, il sindaco ha parlato contro la chiusura della scuola.",
  ])
  func italian(text: String) throws {
    let detector = LanguageDetector(profiles: try LanguageProfile.loadAll(from: CLI.data))
    #expect(detector.detect(text).language == LocaleID("it"))
  }

  @Test("French sentences of the same shape stay French")
  func french() throws {
    let detector = LanguageDetector(profiles: try LanguageProfile.loadAll(from: CLI.data))
    #expect(detector.detect("Le gouvernement soutient la nécessité d'un contrôle des ports du nord.").language == LocaleID("fr"))
  }
}
