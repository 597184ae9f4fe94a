import Testing
@testable import ParallaxICU

@Suite struct TransliteratorTests {
  @Test("a system ID transliterates")
  func systemID() throws {
    // ICU's generic Cyrillic-Latin is ISO 9-like: Сполярич becomes "Spoljarič", then ASCII.
    let toLatin = try Transliterator(id: "Any-Latin; Latin-ASCII")
    #expect(try toLatin.transliterate("Сполярич") == "Spolaric")
  }

  @Test("ICU's Ukrainian-Latin/BGN is the 1965 system, which is why Parallax ships its own rules")
  func builtInUkrainianIsBGN1965() throws {
    #expect(try Transliterator(id: "Ukrainian-Latin/BGN").transliterate("Київ") == "Kyyiv")
  }

  @Test("an unknown ID gives an ICU error naming it")
  func badID() {
    #expect {
      try Transliterator(id: "Klingon-Latin/XYZ")
    } throws: { error in
      guard let error = error as? ICUError else { return false }
      return error.name == "U_INVALID_ID" && error.description.contains("Klingon-Latin/XYZ")
    }
  }

  @Test("rules that do not compile report their line")
  func badRules() {
    let rules = "а → a ;\nб → b ;\nв → → v ;\n"
    #expect {
      try Transliterator(id: "test-bad", rules: rules)
    } throws: { error in
      guard let error = error as? TransliterationRuleError else { return false }
      return error.line == 3 && error.id == "test-bad" && error.description.contains("line 3")
    }
  }

  @Test("rule text compiles and runs")
  func rules() throws {
    let t = try Transliterator(id: "test", rules: "$l = [:L:] ; $l { я → ia ; я → ya ;")
    #expect(try t.transliterate("я мяч") == "ya мiaч")
  }

  @Test("a clone transliterates the same way")
  func clone() throws {
    let t = try Transliterator(id: "Cyrillic-Latin")
    #expect(try t.clone().transliterate("Москва") == t.transliterate("Москва"))
  }

  @Test("the source set lists what the rules can change")
  func sourceSet() throws {
    let t = try Transliterator(id: "test", rules: "ж → zh ; щ → shch ;")
    let set = try t.sourceSet()
    #expect(set.contains("ж"))
    #expect(!set.contains("a"))
  }
}
