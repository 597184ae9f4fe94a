/// A problem in the locale data under `Locales/`, located by file, line and column.
///
/// Its description follows compiler conventions, so editors and CI logs can jump to it:
/// `Locales/und/names/places.yaml:14:7: error: duplicate id 'place.kyiv' (first on line 3)`.
public enum LocaleDataError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The YAML itself does not parse.
  case syntax(file: String, line: Int, column: Int, problem: String)
  /// The `schema:` line is missing or names a kind or major version this build cannot read.
  case unsupportedSchema(file: String, line: Int, column: Int, found: String, supported: String)
  /// A key the schema does not define (often a typo).
  case unknownKey(file: String, line: Int, column: Int, key: String, known: [String])
  /// A required key is absent.
  case missingKey(file: String, line: Int, column: Int, key: String)
  /// A value of the wrong type or outside its allowed set.
  case invalidValue(file: String, line: Int, column: Int, key: String, problem: String)
  /// An id defined twice.
  case duplicateID(file: String, line: Int, column: Int, id: String, first: String)
  /// ICU transform rules that do not compile.
  case badRules(file: String, line: Int, column: Int, scheme: String, problem: String)
  /// A file that cannot be read at all.
  case unreadable(file: String, reason: String)
  /// A transliteration scheme ID that is neither in `Locales/` nor built into ICU.
  case unknownScheme(id: String, known: [String])
  /// No `Locales/` folder was found.
  case localesNotFound(searched: [String])

  /// The file the problem is in, when there is one.
  public var file: String? {
    switch self {
    case .syntax(let file, _, _, _), .unsupportedSchema(let file, _, _, _, _),
      .unknownKey(let file, _, _, _, _), .missingKey(let file, _, _, _),
      .invalidValue(let file, _, _, _, _), .duplicateID(let file, _, _, _, _),
      .badRules(let file, _, _, _, _), .unreadable(let file, _):
      file
    case .unknownScheme, .localesNotFound: nil
    }
  }

  public var description: String {
    switch self {
    case .syntax(let file, let line, let column, let problem):
      "\(file):\(line):\(column): error: invalid YAML: \(problem)"
    case .unsupportedSchema(let file, let line, let column, let found, let supported):
      "\(file):\(line):\(column): error: unsupported schema '\(found)'; this build reads \(supported)"
    case .unknownKey(let file, let line, let column, let key, let known):
      "\(file):\(line):\(column): error: unknown key '\(key)'; expected one of: \(known.joined(separator: ", "))"
    case .missingKey(let file, let line, let column, let key):
      "\(file):\(line):\(column): error: missing required key '\(key)'"
    case .invalidValue(let file, let line, let column, let key, let problem):
      "\(file):\(line):\(column): error: invalid value for '\(key)': \(problem)"
    case .duplicateID(let file, let line, let column, let id, let first):
      "\(file):\(line):\(column): error: duplicate id '\(id)' (first at \(first))"
    case .badRules(let file, let line, let column, let scheme, let problem):
      "\(file):\(line):\(column): error: transliteration rules of '\(scheme)' do not compile: \(problem)"
    case .unreadable(let file, let reason):
      "\(file): error: cannot read locale data: \(reason)"
    case .unknownScheme(let id, let known):
      "unknown transliteration scheme '\(id)'; run 'parallax schemes' to list them (known: \(known.joined(separator: ", ")))"
    case .localesNotFound(let searched):
      "no Locales/ folder found (looked in \(searched.joined(separator: ", "))); pass --locales DIR"
    }
  }
}
