extension LocaleDataChecker {
  /// The validators of the ingest and statement data: datelines, language profiles and
  /// attribution lexicons, each at `<language>/<kind>.yaml`.
  mutating func registerStatementKinds() {
    @Sendable func placed(_ path: String, _ name: String, _ data: any LocaleDataProvider) -> LocaleDataError? {
      let parts = path.split(separator: "/")
      guard parts.count == 2, parts[1] == name else {
        return .invalidValue(file: data.displayPath(path), line: 1, column: 1, key: "schema", problem: "this kind belongs at <language>/\(name)")
      }
      return nil
    }
    register(kind: DatelineRules.schemaKind) { path, data in
      if let problem = placed(path, DatelineRules.fileName, data) { return [problem] }
      do throws(LocaleDataError) { _ = try DatelineRules.load(path, from: data) } catch { return [error] }
      return []
    }
    register(kind: LanguageProfile.schemaKind) { path, data in
      if let problem = placed(path, LanguageProfile.fileName, data) { return [problem] }
      do throws(LocaleDataError) { _ = try LanguageProfile.load(path, from: data) } catch { return [error] }
      return []
    }
    register(kind: ChromeLexicon.schemaKind) { path, data in
      if let problem = placed(path, ChromeLexicon.fileName, data) { return [problem] }
      do throws(LocaleDataError) { _ = try ChromeLexicon.load(path, from: data) } catch { return [error] }
      return []
    }
    register(kind: AttributionLexicon.schemaKind) { path, data in
      if let problem = placed(path, AttributionLexicon.fileName, data) { return [problem] }
      do throws(LocaleDataError) { _ = try AttributionLexicon.load(path, from: data) } catch { return [error] }
      return []
    }
  }
}
