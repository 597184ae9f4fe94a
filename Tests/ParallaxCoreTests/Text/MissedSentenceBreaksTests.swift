import Testing

@testable import ParallaxCore

/// The kernel that finds the sentence starts ICU's rules run past.
@Suite struct MissedSentenceBreaksTests {
  private func starts(_ text: String, continues: (Int) -> Bool = { _ in false }) -> [String] {
    let bytes = Array(text.utf8)
    return MissedSentenceBreaks.offsets(bytes, continues: continues).map { String(decoding: bytes[$0...], as: UTF8.self) }
  }

  @Test("a sentence glued to the one before it starts at its capital, after a closing mark too")
  func glued() {
    #expect(starts("Le navi aspettano.Il porto chiude.") == ["Il porto chiude."])
    #expect(starts("They waited ashore.\"While we wait\" he said.") == ["While we wait\" he said."])
    #expect(starts("Корабли ждут на рейде.Порт закрыт.") == ["Порт закрыт."])
  }

  @Test("abbreviations, initials, decimals and domain-like words are no glued sentence")
  func notGlued() {
    #expect(starts("The U.S.Army waited.").isEmpty)
    #expect(starts("It rose 3.5 percent.").isEmpty)
    #expect(starts("Ships.AB left.").isEmpty)
  }

  @Test("a quotation opening with a number after a full stop starts a sentence, unless the caller says it goes on")
  func quotationWithNumber() {
    let text = "Minister Vos spoke. «300 ships wait»."
    #expect(starts(text) == ["«300 ships wait»."])
    #expect(starts(text, continues: { _ in true }).isEmpty)
    #expect(starts("Minister Vos spoke. «Ships wait».").isEmpty)
    // Any script's quotation mark, by Unicode's Quotation_Mark property.
    #expect(starts("Minister Vos sprach. „300 Schiffe warten“.") == ["„300 Schiffe warten“."])
  }
}
