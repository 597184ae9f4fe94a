/// Validates every file under `Locales/` by the kind its `schema:` line names, collecting all
/// problems with their positions instead of stopping at the first.
///
/// ```swift
/// let problems = LocaleDataChecker().check(DirectoryLocaleData(root: url))
/// // [Locales/uk/transliteration/x.yaml:12:3: error: transliteration rules of 'x' do not compile: …]
/// ```
public struct LocaleDataChecker: Sendable {
  /// Checks one file of a kind; returns its problems.
  public typealias Validator = @Sendable (_ path: String, _ data: any LocaleDataProvider) -> [LocaleDataError]

  private var validators: [String: Validator]

  /// A checker that knows the kinds this build reads.
  public init() {
    validators = [
      SchemeCatalog.schemaKind: { path, data in
        do throws(LocaleDataError) {
          let scheme = try SchemeCatalog(data: data).load(path)
          _ = try SchemeTransliterator(scheme: scheme)
          if scheme.ascii != nil { _ = try SchemeTransliterator(scheme: scheme, ascii: true) }
          return []
        } catch { return [error] }
      },
      MatchKeyData.schemaKind: { path, data in
        guard path == MatchKeyData.path else {
          return [.invalidValue(file: data.displayPath(path), line: 1, column: 1, key: "schema",
                                problem: "a match-key profile belongs at \(MatchKeyData.path)")]
        }
        do throws(LocaleDataError) { _ = try MatchKeyData.load(from: data) } catch { return [error] }
        return []
      },
      SegmentationProfile.schemaKind: { path, data in
        let language = LocaleID(String(path.split(separator: "/").first ?? "und"))
        do throws(LocaleDataError) { _ = try SegmentationProfile.load(for: language, from: data) } catch { return [error] }
        return []
      },
      NameRegistry.namesKind: { path, data in
        // The registry is checked as a whole once, with the first names file.
        guard NameRegistry.files(in: data).first(where: { p in
          (try? data.read(p)).flatMap(YAMLDocument.schemaKind(of:)) == NameRegistry.namesKind
        }) == path else { return [] }
        var problems = NameRegistry.validate(data)
        if problems.isEmpty {
          do throws(LocaleDataError) { _ = try NameSetup.load(from: data) } catch { problems.append(error) }
        }
        return problems
      },
      NameRegistry.ambiguitiesKind: { _, _ in [] },  // checked with the registry
      HouseStyle.schemaKind: { path, data in
        let registry = try? NameRegistry.load(from: data)
        return HouseStyle.validate(path, from: data, registry: registry)
      },
      NameMatchingProfile.schemaKind: { path, data in
        do throws(LocaleDataError) { _ = try NameMatchingProfile.load(path, from: data) } catch { return [error] }
        return []
      },
      SpellingFolds.schemaKind: { _, data in
        do throws(LocaleDataError) { _ = try SpellingFolds.load(from: data) } catch { return [error] }
        return []
      },
      QuotationMarks.schemaKind: { _, data in
        do throws(LocaleDataError) { _ = try QuotationMarks.load(from: data) } catch { return [error] }
        return []
      },
      LocaleDefaults.schemaKind: { _, data in
        do throws(LocaleDataError) {
          let defaults = try LocaleDefaults.load(from: data)
          if !HouseStyle.ids(in: data).contains(defaults.style) {
            return [.invalidValue(file: data.displayPath(LocaleDefaults.path), line: 1, column: 1, key: "style",
                                  problem: "no style '\(defaults.style)' under und/styles")]
          }
        } catch { return [error] }
        return []
      },
    ]
    registerStatementKinds()
    registerTopicKinds()
    registerReportKinds()
    registerCueKinds()
    registerImportKinds()
    registerDiscoveryKinds()
    registerEventKinds()
  }

  /// Adds or replaces the validator of a schema kind.
  public mutating func register(kind: String, _ validator: @escaping Validator) {
    validators[kind] = validator
  }

  /// Registers the validator of a kind whose files stand at `<language>/<fileName>`: a file of
  /// the kind anywhere else is reported at its first line; one in place is read by `read`,
  /// whose problems, or the error that stops it, are the file's.
  mutating func register(
    kind: String, atLanguage fileName: String,
    _ read: @escaping @Sendable (_ path: String, _ data: any LocaleDataProvider) throws(LocaleDataError) -> [LocaleDataError]
  ) {
    register(kind: kind) { path, data in
      let parts = path.split(separator: "/")
      guard parts.count == 2, parts[1] == fileName else {
        return [.invalidValue(file: data.displayPath(path), line: 1, column: 1, key: "schema",
                              problem: "this kind belongs at <language>/\(fileName)")]
      }
      do throws(LocaleDataError) { return try read(path, data) } catch { return [error] }
    }
  }

  /// The kinds this checker validates.
  public var kinds: [String] { validators.keys.sorted() }

  /// All problems in `data`, in file order.
  public func check(_ data: any LocaleDataProvider) -> [LocaleDataError] {
    var problems: [LocaleDataError] = []
    for path in data.allFiles() {
      let text: String
      do { text = try data.read(path) } catch {
        problems.append(error)
        continue
      }
      guard let kind = YAMLDocument.schemaKind(of: text) else {
        problems.append(
          .unsupportedSchema(file: data.displayPath(path), line: 1, column: 1, found: "(none)",
                             supported: "a 'schema: parallax.<kind>/<major>' line"))
        continue
      }
      guard let validator = validators[kind] else {
        problems.append(
          .unsupportedSchema(file: data.displayPath(path), line: 1, column: 1, found: kind,
                             supported: kinds.joined(separator: ", ")))
        continue
      }
      problems += validator(path, data)
    }
    return problems
  }
}

extension LocaleDataChecker {
  /// The checker with every validator of this build.
  public static var standard: LocaleDataChecker { LocaleDataChecker() }
}
