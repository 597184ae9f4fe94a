import Testing
@testable import ParallaxICU

/// Splits `marked` at each ÷ and returns the text and the expected pieces.
func pieces(_ marked: String) -> (text: String, parts: [String]) {
  let parts = marked.split(separator: "÷", omittingEmptySubsequences: true).map(String.init)
  return (parts.joined(), parts)
}

@Suite struct SentenceBreakerTests {
  @Test("ICU breaks after a closing quote, not inside it")
  func closingQuote() throws {
    let (text, expected) = pieces("“We will be ready.” ÷He left.")
    let breaker = try SentenceBreaker(locale: "en")
    #expect(try breaker.sentences(in: text).map { String(text[$0]) } == expected)
  }

  @Test("ICU breaks between sentences inside one quotation")
  func insideQuote() throws {
    let (text, expected) = pieces("«Мы подготовим идеи. ÷Мы будем готовы», — сказал министр.")
    let breaker = try SentenceBreaker(locale: "ru")
    #expect(try breaker.sentences(in: text).map { String(text[$0]) } == expected)
  }

  @Test("boundaries are UTF-8 offsets covering the text")
  func offsets() throws {
    var text = "Київ. Kyiv."
    let breaker = try SentenceBreaker(locale: "uk")
    let offsets = try text.withUTF8 { try breaker.boundaries(utf8: $0) }
    #expect(offsets == [0, 10, 15])  // Київ is 8 bytes
  }

  @Test("empty text has no sentences")
  func empty() throws {
    #expect(try SentenceBreaker(locale: "en").sentences(in: "").isEmpty)
  }
}

@Suite struct WordBreakerTests {
  @Test("words, numbers and punctuation are told apart; apostrophes stay inside words")
  func kinds() throws {
    let text = "У Знам’янці 2,500 осіб."
    let tokens = try WordBreaker(locale: "uk").tokens(in: text)
    let words = tokens.filter { $0.kind == .word }.map { String(text[$0.range]) }
    let numbers = tokens.filter { $0.kind == .number }.map { String(text[$0.range]) }
    #expect(words == ["У", "Знам’янці", "осіб"])
    #expect(numbers == ["2,500"])
    #expect(tokens.map { String(text[$0.range]) }.joined() == text)
  }
}

@Suite struct ScriptRunsTests {
  @Test("runs split at script changes; spaces and digits join their neighbours")
  func runs() {
    let text = "Kyiv (Київ) 2024"
    let runs = ScriptRuns.runs(in: text)
    #expect(runs.map(\.script) == ["Latn", "Cyrl"])
    #expect(runs.map { String(text[$0.range]) }.joined() == text)
    #expect(ScriptRuns.scripts(in: text) == ["Cyrl", "Latn"])
  }

  @Test("text with no letters is common script")
  func common() {
    #expect(ScriptRuns.runs(in: "2024 — 25").map(\.script) == ["Zyyy"])
  }
}

@Suite struct SpoofCheckerTests {
  @Test("a Kiev typed with a Cyrillic е is mixed-script and confusable with the Latin one")
  func cyrillicE() throws {
    let checker = try SpoofChecker()
    let spoofed = "Ki\u{0435}v"
    #expect(try checker.check(spoofed).contains(.mixedScript))
    #expect(try checker.check("Kiev").isEmpty)
    #expect(try checker.areConfusable(spoofed, "Kiev"))
    #expect(try !checker.areConfusable("Kyiv", "Kiev"))
  }
}

@Suite struct CollatorTests {
  @Test("Ukrainian order puts Ґ after Г and Є after Е")
  func ukrainianOrder() throws {
    let order = try Collator(locale: "uk")
    let sorted = try order.sorted(["Єнакієве", "Ґалаґан", "Гадяч", "Ельза"], by: { $0 })
    #expect(sorted == ["Гадяч", "Ґалаґан", "Ельза", "Єнакієве"])
    #expect(order.compare("Гадяч", "Ґалаґан") < 0)
  }

  @Test("sort keys order like compare")
  func keys() throws {
    let order = try Collator(locale: "en")
    #expect(try order.sortKey("apple") < order.sortKey("Banana"))
  }
}

@Suite struct CaseMapperTests {
  @Test("upper and title case follow the locale")
  func mapping() throws {
    #expect(try CaseMapper(locale: "uk").map("київ", to: .upper) == "КИЇВ")
    #expect(try CaseMapper(locale: "tr").map("istanbul", to: .upper) == "İSTANBUL")
    #expect(try CaseMapper(locale: "en").map("KYIV", to: .title) == "Kyiv")
  }
}

@Suite struct ICUVersionTests {
  /// Goldens and conformance figures were recorded with ICU 72 (Debian 12). When this fails
  /// after an upgrade, re-record goldens (PARALLAX_RECORD_GOLDENS=1) and re-run the benchmarks.
  @Test("ICU's major version is the one the goldens were recorded with")
  func pinned() {
    #expect(ICUVersion.major == 72)
    #expect(!ICUVersion.unicode.isEmpty)
  }
}

@Suite struct DateFormattingTests {
  @Test("dates are formatted from CLDR data for the locale")
  func formats() throws {
    // 2024-12-18 is day 20075 after 1970-01-01.
    let english = try DateFormatting.format(daysSinceEpoch: 20075, locale: "en")
    #expect(english.contains("December") && english.contains("2024") && english.contains("18"))
    let russian = try DateFormatting.format(daysSinceEpoch: 20075, locale: "ru")
    #expect(russian.contains("декабря"))
  }

  @Test("one opened format formats date after date, each right")
  func reusedFormat() throws {
    let format = try CalendarDateFormat(locale: "uk", skeleton: "yMMMMd")
    #expect(try format.format(daysSinceEpoch: 20_075) == "18 грудня 2024\u{202F}р.")
    #expect(try format.format(daysSinceEpoch: 0) == "1 січня 1970\u{202F}р.")
    #expect(try format.format(daysSinceEpoch: -1) == "31 грудня 1969\u{202F}р.")
    #expect(try format.format(daysSinceEpoch: 11_016) == "29 лютого 2000\u{202F}р.")
    let months = try CalendarDateFormat(locale: "de", skeleton: "yMMMM")
    #expect(try months.format(daysSinceEpoch: 20_075) == "Dezember 2024")
  }
}

@Suite struct UnicodeSetTests {
  @Test("patterns compile; membership covers BMP and supplementary code points")
  func membership() throws {
    let set = try UnicodeSet(pattern: "[[:L:]'\\U0001F600]")
    #expect(set.contains("ї"))
    #expect(set.contains("'"))
    #expect(!set.contains(" "))
    #expect(set.contains(0x1F600))
  }

  @Test("a malformed pattern is an ICU error")
  func malformed() {
    #expect(throws: ICUError.self) { try UnicodeSet(pattern: "[[:NoSuchProperty:]") }
  }
}
