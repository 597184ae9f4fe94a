public import Foundation

/// A project's settings, kept in its repository as `.parallax.yaml` (`schema: parallax.config/1`):
/// the house style, report language, when `check` fails and what it shows, rules switched off,
/// files to leave alone, and the team's overlay folder of names, styles and topics.
///
/// Command-line options win over these settings, and these win over `Locales/und/defaults.yaml`.
///
/// ```yaml
/// schema: parallax.config/1
/// style: ap-en
/// failOn: warning
/// disable: [suggestion, framing.kiev-regime]
/// ignore: ["archive/**", "**/*.draft.md"]
/// overlay: parallax-names        # relative to this file
/// ```
public struct ProjectConfig: Sendable, Hashable {
  /// The file name looked for in the current folder and the folders above it.
  public static let fileName = ".parallax.yaml"
  public static let schemaKind = "parallax.config"

  /// The config file, as found or given.
  public var file: URL
  /// The config file as messages show it.
  public var shownPath: String
  public var style: String?
  public var reportLocale: String?
  public var failOn: Severity?
  public var minSeverity: Severity?
  /// Rules, entity ids and framing ids whose findings are not reported (as in
  /// `<!-- parallax-disable … -->`).
  public var disable: [String] = []
  /// Globs of files `check` and the language server leave alone, relative to the config's folder.
  public var ignore: [GlobPattern] = []
  /// The overlay folder, resolved against the config's folder.
  public var overlay: URL?
  /// Where each key's value starts in the file (`style` → line, column), for messages and
  /// for `parallax config`.
  public var positions: [String: SourcePosition] = [:]

  /// A line and column in the config file, counted from 1.
  public struct SourcePosition: Sendable, Hashable {
    public var line: Int
    public var column: Int
  }

  /// The folder the config's relative paths are resolved against.
  public var folder: URL { file.deletingLastPathComponent() }

  static let keySchema = KeySchema.mapping([
    "schema": .any, "style": .any, "reportLocale": .any, "failOn": .any, "minSeverity": .any,
    "disable": .any, "ignore": .any, "overlay": .any,
  ])

  struct Raw: Decodable {
    var style: String?
    var reportLocale: String?
    var failOn: String?
    var minSeverity: String?
    var disable: [String]?
    var ignore: [String]?
    var overlay: String?
  }

  /// Parses the text of a config file.
  /// - Parameters:
  ///   - text: the file's contents.
  ///   - file: the file, for resolving the overlay and for messages.
  ///   - shown: the path shown in messages.
  /// - Throws: `LocaleDataError` with `file:line:column` for bad YAML, unknown keys and bad values.
  public init(text: String, file: URL, shown: String) throws(LocaleDataError) {
    let document = try YAMLDocument(text: text, path: shown, kind: Self.schemaKind, majors: 1...1)
    if let problem = document.unknownKeys(against: Self.keySchema).first { throw problem }
    let raw = try document.decode(Raw.self)
    self.file = file
    self.shownPath = shown
    for key in ["style", "reportLocale", "failOn", "minSeverity", "disable", "ignore", "overlay"]
    where document.line(ofTopLevelKey: key) != nil {
      let at = document.position(at: [AnyKey(key)])
      positions[key] = SourcePosition(line: at.line, column: at.column)
    }
    func problem(_ key: String, _ text: String) -> LocaleDataError {
      let at = positions[key] ?? SourcePosition(line: 1, column: 1)
      return .invalidValue(file: shown, line: at.line, column: at.column, key: key, problem: text)
    }
    func severity(_ key: String, _ value: String?) throws(LocaleDataError) -> Severity? {
      guard let value else { return nil }
      guard let level = Severity(rawValue: value) else {
        throw problem(key, "'\(value)' is not a severity; use error, warning, suggestion or info")
      }
      return level
    }
    for (key, value) in [("style", raw.style), ("reportLocale", raw.reportLocale), ("overlay", raw.overlay)]
    where value?.trimmingCharacters(in: .whitespaces).isEmpty == true {
      throw problem(key, "empty; remove the key to use the default")
    }
    style = raw.style
    reportLocale = raw.reportLocale
    failOn = try severity("failOn", raw.failOn)
    minSeverity = try severity("minSeverity", raw.minSeverity)
    disable = raw.disable ?? []
    for pattern in raw.ignore ?? [] {
      guard let glob = GlobPattern(pattern) else { throw problem("ignore", "'\(pattern)' is not a usable glob") }
      ignore.append(glob)
    }
    if let path = raw.overlay {
      overlay = URL(fileURLWithPath: path, relativeTo: folder).standardizedFileURL
    }
  }

  /// Reads the config at `file`.
  /// - Throws: `LocaleDataError.unreadable` when it cannot be read, or its parsing problems.
  public static func load(_ file: URL, shown: String? = nil) throws(LocaleDataError) -> ProjectConfig {
    let shown = shown ?? file.path
    guard let data = FileManager.default.contents(atPath: file.path) else {
      throw .unreadable(file: shown, reason: "no such file or not readable")
    }
    if let offset = UTF8Validation.firstInvalidOffset(in: data) {
      throw .unreadable(file: shown, reason: "invalid UTF-8 at byte offset \(offset)")
    }
    return try ProjectConfig(text: String(decoding: data, as: UTF8.self), file: file, shown: shown)
  }

  /// The nearest `.parallax.yaml` in `folder` or a folder above it, or nil.
  public static func find(from folder: URL) -> URL? {
    var current = folder.standardizedFileURL
    while true {
      let candidate = current.appendingPathComponent(fileName)
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue {
        return candidate
      }
      let parent = current.deletingLastPathComponent()
      if parent.path == current.path || current.path == "/" { return nil }
      current = parent
    }
  }

  /// Whether `finding` is switched off by `disable` (its rule, its framing id or its entity).
  public func disables(_ finding: StyleFinding) -> Bool {
    guard !disable.isEmpty else { return false }
    return disable.contains(finding.rule.rawValue) || finding.ruleID.map(disable.contains) == true
      || finding.entity.map { disable.contains($0.rawValue) } == true
  }

  /// Whether `path` (a file `check` was given or found) matches an `ignore` glob, compared
  /// relative to the config's folder; files outside that folder and standard input never are.
  public func ignores(_ path: String) -> Bool {
    guard !ignore.isEmpty, path != "-" else { return false }
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
    let base = folder.standardizedFileURL.path
    let prefix = base.hasSuffix("/") ? base : base + "/"
    guard absolute.hasPrefix(prefix) else { return false }
    let relative = String(absolute.dropFirst(prefix.count))
    return ignore.contains { $0.matches(relative) }
  }
}
