import Testing
@testable import ParallaxCore

@Suite struct SchemeCatalogTests {
  static func data(rules: String, id: String = "xx-Latn-test", extra: String = "") -> InMemoryLocaleData {
    InMemoryLocaleData([
      "xx/transliteration/\(id).yaml": """
        # test scheme
        schema: parallax.transliteration/1
        id: \(id)
        name: Test
        description: A test scheme
        \(extra)wordCharacters: '[[:L:][:M:]]'
        rules: |
        \(rules.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
        """
    ])
  }

  @Test("schemes are discovered by folder and file name")
  func discovery() throws {
    let catalog = SchemeCatalog(data: Self.data(rules: "ж → zh ;"))
    #expect(catalog.ids == ["xx-Latn-test"])
    #expect(try catalog.transliterator(for: "xx-Latn-test").transliterate("жж") == "zhzh")
  }

  @Test("rules that do not compile are reported at the file line of the bad rule")
  func badRulesLine() {
    let catalog = SchemeCatalog(data: Self.data(rules: "ж → zh ;\nщ → → shch ;"))
    #expect {
      try catalog.transliterator(for: "xx-Latn-test")
    } throws: { error in
      guard case .badRules(let file, let line, _, let scheme, _)? = error as? LocaleDataError else {
        return false
      }
      // `rules: |` is file line 7, so rule line 1 is file line 8 and the bad rule is line 9.
      return file == "Locales/xx/transliteration/xx-Latn-test.yaml" && line == 9 && scheme == "xx-Latn-test"
    }
  }

  @Test("an unknown ID that ICU does not know either is refused with the known IDs")
  func unknown() {
    let catalog = SchemeCatalog(data: Self.data(rules: "ж → zh ;"))
    #expect {
      try catalog.transliterator(for: "no-such-scheme")
    } throws: { error in
      guard case .unknownScheme(let id, let known)? = error as? LocaleDataError else { return false }
      return id == "no-such-scheme" && known == ["xx-Latn-test"]
    }
  }

  @Test("an ICU system ID works when no file claims it")
  func systemFallback() throws {
    let catalog = SchemeCatalog(data: Self.data(rules: "ж → zh ;"))
    #expect(try catalog.transliterator(for: "Ukrainian-Latin/BGN").transliterate("Київ") == "Kyyiv")
  }

  @Test("the id inside a file must match its file name")
  func idMismatch() {
    let data = InMemoryLocaleData([
      "xx/transliteration/a.yaml": "schema: parallax.transliteration/1\nid: b\nname: n\ndescription: d\nrules: 'a → b ;'\n"
    ])
    #expect(throws: LocaleDataError.self) { try SchemeCatalog(data: data).scheme("a") }
  }

  @Test("the ASCII step runs after the rules")
  func ascii() throws {
    let catalog = SchemeCatalog(data: Self.data(rules: "ё → ë ;", extra: "ascii: 'ë → e ;'\n"))
    #expect(try catalog.transliterator(for: "xx-Latn-test").transliterate("ё") == "ë")
    #expect(try catalog.transliterator(for: "xx-Latn-test", ascii: true).transliterate("ё") == "e")
  }
}
