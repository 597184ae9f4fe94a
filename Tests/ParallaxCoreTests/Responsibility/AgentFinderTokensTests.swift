import Testing

@testable import ParallaxCore

/// The words the responsibility reader sees: read scalar by scalar when every scalar is a
/// character of its own, they are the words and clauses that reading by character gives.
@Suite struct AgentFinderTokensTests {
  static let texts = [
    "Russian forces shelled the substation, the operator said — again.",
    "«Удар по подстанции нанесли ВСУ», — заявили в компании; свет отключён.",
    "Обстріл з боку російських військ пошкодив лінію: знеструмлено 12 населених пунктів.",
    "L'armée ukrainienne a tiré « plusieurs missiles » sur l'usine d'Horlivka.",
    "Kyiv's officials blamed Moscow's troops (again) -- and the UN's mission?",
    "Ataki ze strony Rosji: 3-piętrowy dom, ‘ciężko’ uszkodzony… 40 rannych.",
    "Άμυνα και επίθεση, 2 νεκροί.",
    "Удар сил обороны (ПВО) Украины (по данным штаба, 3) и (x-y) ( z ) (w'",
    "The (AFU') unit (done)), ((twice)) (",
    "Les missiles (S-300) russes et la (DCA)-la défense.",
    "",
    "-- ' ’ - ,,, ...",
  ]

  @Test("scalar reading gives the words and clauses of character reading")
  func sameAsCharacters() {
    for text in Self.texts {
      #expect(text.unicodeScalars.allSatisfy(AgentFinder.isOwnCharacter), "\(text)")
      let fast = AgentFinder.scalarTokens(text).map { "\($0.text)#\($0.clause)\($0.afterColon ? ":" : "")" }
      let slow = AgentFinder.characterTokens(text).map { "\($0.text)#\($0.clause)\($0.afterColon ? ":" : "")" }
      #expect(fast == slow, "\(text)")
    }
  }

  @Test("reading the bytes gives the same words and clauses, and gives up where a scalar is no character of its own")
  func bytesSameAsScalars() {
    for text in Self.texts + ["a - b -- c", "'quoted' - word-", "x – y — z", "one: two, three: four"] {
      let spans = AgentFinder.wordSpans(Array(text.utf8)) ?? []
      let bytes = Array(text.utf8)
      let read = spans.map { "\(String(decoding: bytes[$0.range], as: UTF8.self))#\($0.clause)\($0.afterColon ? ":" : "")" }
      #expect(read == AgentFinder.scalarTokens(text).map { "\($0.text)#\($0.clause)\($0.afterColon ? ":" : "")" }, "\(text)")
    }
    // A clause opened by a colon is marked, and only that clause.
    #expect(AgentFinder.scalarTokens("one: two, three").map(\.afterColon) == [false, true, false])
    #expect(AgentFinder.characterTokens("one: two, three").map(\.afterColon) == [false, true, false])
    #expect(AgentFinder.wordSpans(Array("bombarde\u{301}".utf8)) == nil)
  }

  @Test("words keep inner apostrophes and hyphens, drop trailing ones, and count clause marks but not quotes")
  func wordsAndClauses() {
    let tokens = AgentFinder.tokens("«Kyiv's troops-' fired», he said: l’armée-")
    #expect(tokens.map(\.text) == ["Kyiv's", "troops", "fired", "he", "said", "l’armée"])
    #expect(tokens.map(\.clause) == [0, 0, 0, 1, 1, 2])
  }

  @Test("round brackets around one word mark no clause; around more, or left open, they do")
  func bracketedWord() {
    let tokens = AgentFinder.tokens("обороны (ПВО) Украины, (по данным) штаба (x-y) z (w")
    #expect(tokens.map(\.text) == ["обороны", "ПВО", "Украины", "по", "данным", "штаба", "x-y", "z", "w"])
    #expect(tokens.map(\.clause) == [0, 0, 0, 2, 2, 3, 3, 3, 4])
  }

  @Test("a text with combining marks is read by character: an accent stays in its word")
  func combiningMarks() {
    let text = "Le village de Kle\u{301}shchiivka, bombarde\u{301}."
    #expect(!text.unicodeScalars.allSatisfy(AgentFinder.isOwnCharacter))
    #expect(AgentFinder.tokens(text).map(\.text) == ["Le", "village", "de", "Kle\u{301}shchiivka", "bombarde\u{301}"])
  }
}

/// Action stems found by the prefixes of a word's scalars.
@Suite struct ActionStemsTests {
  @Test("a word is tested against the stems that begin as it does, and only those")
  func begins() {
    let stems = ActionStems(["обстрел", "shell", "bomb"])
    #expect(stems.begins("обстрелял", where: { "обстрелял".hasPrefix($0) }))
    #expect(stems.begins("shelling", where: { "shelling".hasPrefix($0) }))
    #expect(!stems.begins("bom", where: { "bom".hasPrefix($0) }))
    var tested: [String] = []
    #expect(!stems.begins("shore", where: { tested.append($0); return "shore".hasPrefix($0) }))
    #expect(tested == ["shell"])
    #expect(!stems.begins("", where: { _ in true }))
  }
}
