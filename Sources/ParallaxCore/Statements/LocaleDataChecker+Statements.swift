extension LocaleDataChecker {
  /// The validators of the ingest and statement data: datelines, language profiles and
  /// attribution lexicons, each at `<language>/<kind>.yaml`.
  mutating func registerStatementKinds() {
    register(kind: DatelineRules.schemaKind, atLanguage: DatelineRules.fileName) { path, data throws(LocaleDataError) in
      _ = try DatelineRules.load(path, from: data)
      return []
    }
    register(kind: LanguageProfile.schemaKind, atLanguage: LanguageProfile.fileName) { path, data throws(LocaleDataError) in
      _ = try LanguageProfile.load(path, from: data)
      return []
    }
    register(kind: ChromeLexicon.schemaKind, atLanguage: ChromeLexicon.fileName) { path, data throws(LocaleDataError) in
      _ = try ChromeLexicon.load(path, from: data)
      return []
    }
    register(kind: AttributionLexicon.schemaKind, atLanguage: AttributionLexicon.fileName) { path, data throws(LocaleDataError) in
      _ = try AttributionLexicon.load(path, from: data)
      return []
    }
  }
}
