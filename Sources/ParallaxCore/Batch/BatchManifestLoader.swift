public import Foundation

/// Reads and validates a batch manifest, reporting every problem with its position before any
/// job starts.
public struct BatchManifestLoader: Sendable {
  public init() {}

  /// The manifest in the file's bytes `data`: like `load(text:…)`, and bytes that are not UTF-8
  /// are reported with the offset, line and column of the first bad one.
  public func load(
    data: Data, path: String, folder: String, locales: (any LocaleDataProvider)? = nil
  ) -> Result<BatchManifest, BatchManifestErrors> {
    guard let text = String(validating: data, as: UTF8.self) else {
      let offset = UTF8Validation.firstInvalidOffset(in: data) ?? 0
      let position = UTF8Validation.lineAndColumn(ofByte: offset, in: data)
      return .failure(
        BatchManifestErrors([.invalidUTF8(file: path, offset: offset, line: position.line, column: position.column)]))
    }
    return load(text: text, path: path, folder: folder, locales: locales)
  }

  /// The manifest in `text`, or every problem found in it; relative inputs are resolved against
  /// `folder` (the manifest's folder). With `locales`, each job's `style` and `reportLocale`
  /// are checked against the locale data now, at the manifest's line and column, rather than
  /// when the job runs. Globs that match nothing come back as the manifest's `warnings`.
  public func load(
    text: String, path: String, folder: String, locales: (any LocaleDataProvider)? = nil
  ) -> Result<BatchManifest, BatchManifestErrors> {
    let document: YAMLDocument
    do {
      document = try YAMLDocument(text: text, path: path, kind: BatchManifest.kind, majors: 1...1)
    } catch {
      return .failure(BatchManifestErrors([.manifest(error)]))
    }
    var problems: [BatchError] = document.unknownKeys(against: BatchManifest.keys).map { .manifest($0) }
    let file: ManifestFile
    do {
      file = try document.decode(ManifestFile.self)
    } catch {
      return .failure(BatchManifestErrors(problems + [.manifest(error)]))
    }
    let groups = sourceGroups(file, document: document, path: path, problems: &problems)
    var jobs: [BatchJob] = []
    var warnings: [BatchError] = []
    let styles = locales.map { HouseStyle.ids(in: $0) }
    let reportLanguages = locales.map { ReportStrings.languages(in: $0).map(\.rawValue) }
    var firstLines: [String: Int] = [:]
    for (index, raw) in file.jobs.enumerated() {
      func at(_ keys: String...) -> (line: Int, column: Int) {
        document.position(at: [PathKey("jobs"), PathKey(index)] + keys.map { PathKey($0) })
      }
      func invalid(_ key: String, _ problem: String, _ keys: String...) {
        let where_ = document.position(at: [PathKey("jobs"), PathKey(index)] + keys.map { PathKey($0) })
        problems.append(.invalidValue(file: path, line: where_.line, column: where_.column, key: key, problem: problem))
      }
      let idAt = at("id")
      if !Self.isValidID(raw.id) {
        invalid("id", "'\(raw.id)' is not an id; use lowercase letters, digits, '.', '-' and '_'", "id")
      } else if let first = firstLines[raw.id] {
        problems.append(.duplicateJob(file: path, line: idAt.line, column: idAt.column, id: raw.id, firstLine: first))
      } else {
        firstLines[raw.id] = idAt.line
      }
      if raw.inputs.isEmpty { invalid("inputs", "a job needs at least one input", "inputs") }
      var resolved: [String] = []
      for (inputIndex, input) in raw.inputs.enumerated() {
        let full = input.hasPrefix("/") ? input : (folder as NSString).appendingPathComponent(input)
        resolved.append(full)
        let mustExist = BatchInputs.isGlob(full) ? BatchInputs.fixedFolder(of: full) : full
        let position = document.position(at: [PathKey("jobs"), PathKey(index), PathKey("inputs"), PathKey(inputIndex)])
        if !FileManager.default.fileExists(atPath: mustExist) {
          problems.append(.missingInput(file: path, line: position.line, column: position.column, path: input))
        } else if BatchInputs.isGlob(full), BatchInputs.matches(of: full).isEmpty {
          warnings.append(.emptyGlob(file: path, line: position.line, column: position.column, pattern: input))
        }
      }
      if let style = raw.style, let styles, !styles.contains(style) {
        invalid("style", "no house style '\(style)'; known: \(styles.joined(separator: ", "))", "style")
      }
      if let language = raw.reportLocale, let reportLanguages, !reportLanguages.contains(language) {
        invalid("reportLocale", "no report strings for '\(language)'; known: \(reportLanguages.joined(separator: ", "))", "reportLocale")
      }
      var window: Int?
      if let text = raw.window {
        if let days = Self.days(text) { window = days } else {
          invalid("window", "'\(text)' is not a duration; write a number of days such as 7d", "window")
        }
      }
      var grouping = BatchGrouping.events
      if let text = raw.grouping {
        if let value = BatchGrouping(rawValue: text) { grouping = value } else {
          invalid("grouping", "'\(text)' is neither 'events' nor 'one'", "grouping")
        }
      }
      let thresholds = raw.thresholds ?? ManifestFile.Thresholds()
      for (key, value) in [("event", thresholds.event), ("suggest", thresholds.suggest), ("confident", thresholds.confident)] {
        if let value, !(0...1).contains(value) {
          invalid("thresholds.\(key)", "\(value) is not between 0 and 1", "thresholds", key)
        }
      }
      let suggest = thresholds.suggest ?? 0, confident = thresholds.confident ?? 1
      if thresholds.suggest != nil || thresholds.confident != nil, suggest > confident {
        invalid("thresholds.suggest", "the suggest threshold must not exceed the confident one", "thresholds", "suggest")
      }
      var selected: [BatchSourceGroup] = []
      if let names = raw.sources {
        if names.isEmpty {
          invalid("sources", "name at least one source group, or leave 'sources' out to compare every document", "sources")
        }
        for (nameIndex, name) in names.enumerated() where !selected.contains(where: { $0.name == name }) {
          if let group = groups.first(where: { $0.name == name }) {
            selected.append(group)
          } else {
            let position = document.position(at: [PathKey("jobs"), PathKey(index), PathKey("sources"), PathKey(nameIndex)])
            problems.append(
              .unknownSourceGroup(file: path, line: position.line, column: position.column, name: name, known: groups.map(\.name)))
          }
        }
      }
      let output = raw.output ?? "{date}/{job}"
      if let problem = Self.outputProblem(output) {
        let position = raw.output == nil ? idAt : at("output")
        if problem == .escapes {
          problems.append(.outputOutsideRoot(file: path, line: position.line, column: position.column, pattern: output))
        } else {
          invalid("output", problem.rawValue, "output")
        }
      }
      jobs.append(
        BatchJob(
          id: raw.id, inputs: raw.inputs, resolvedInputs: resolved, windowDays: window, grouping: grouping,
          style: raw.style, reportLocale: raw.reportLocale, eventThreshold: thresholds.event,
          suggestThreshold: thresholds.suggest, confidentThreshold: thresholds.confident,
          charts: raw.charts ?? false, evidence: raw.evidence ?? false, output: output, sourceGroups: selected))
    }
    if file.jobs.isEmpty {
      let position = document.position(at: [PathKey("jobs")])
      problems.append(.invalidValue(file: path, line: position.line, column: position.column, key: "jobs", problem: "the manifest has no jobs"))
    }
    var manifest = BatchManifest(path: path, jobs: jobs, sourceGroups: groups)
    manifest.warnings = warnings
    return problems.isEmpty ? .success(manifest) : .failure(BatchManifestErrors(problems))
  }

  /// The manifest's source groups sorted by name, with a problem for each bad name or member.
  private func sourceGroups(
    _ file: ManifestFile, document: YAMLDocument, path: String, problems: inout [BatchError]
  ) -> [BatchSourceGroup] {
    var groups: [BatchSourceGroup] = []
    for (name, members) in (file.sourceGroups ?? [:]).sorted(by: { $0.key < $1.key }) {
      let keyAt = document.keyPosition(at: [PathKey("sourceGroups"), PathKey(name)])
      if !Self.isValidID(name) {
        problems.append(
          .invalidValue(
            file: path, line: keyAt.line, column: keyAt.column, key: "sourceGroups",
            problem: "'\(name)' is not a group name; use lowercase letters, digits, '.', '-' and '_'"))
      }
      if members.isEmpty {
        let at = document.position(at: [PathKey("sourceGroups"), PathKey(name)])
        problems.append(
          .invalidValue(
            file: path, line: at.line, column: at.column, key: "sourceGroups.\(name)",
            problem: "the group lists no outlet or agency"))
      }
      for (memberIndex, member) in members.enumerated() where member.allSatisfy(\.isWhitespace) {
        let at = document.position(at: [PathKey("sourceGroups"), PathKey(name), PathKey(memberIndex)])
        problems.append(
          .invalidValue(
            file: path, line: at.line, column: at.column, key: "sourceGroups.\(name)",
            problem: "a member is empty; write the outlet or agency as its documents name it"))
      }
      groups.append(BatchSourceGroup(name: name, members: members))
    }
    return groups
  }

  /// A job id: dotted lowercase, as ids in data files are.
  static func isValidID(_ id: String) -> Bool {
    !id.isEmpty && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0) }
      && !id.hasPrefix(".")
  }

  /// `7d` as 7; nil for anything else.
  static func days(_ text: String) -> Int? {
    guard text.hasSuffix("d"), let days = Int(text.dropLast()), days > 0, text.first?.isNumber == true else { return nil }
    return days
  }

  enum OutputProblem: String {
    case escapes
    case empty = "the output pattern is empty"
    case placeholder = "the output pattern knows only the placeholders {date} and {job}"
    case noJob = "the output pattern must contain {job}, or jobs would overwrite each other"
  }

  /// Why `pattern` cannot be an output path under the root, or nil when it can.
  static func outputProblem(_ pattern: String) -> OutputProblem? {
    if pattern.isEmpty { return .empty }
    if pattern.hasPrefix("/") || pattern.hasPrefix("~") { return .escapes }
    let components = pattern.split(separator: "/", omittingEmptySubsequences: false)
    if components.contains(where: { $0 == ".." }) { return .escapes }
    if components.contains(where: { $0.isEmpty || $0 == "." }) { return .empty }
    let stripped = pattern.replacingOccurrences(of: "{date}", with: "").replacingOccurrences(of: "{job}", with: "")
    if stripped.contains("{") || stripped.contains("}") { return .placeholder }
    if !pattern.contains("{job}") { return .noJob }
    return nil
  }
}

/// The manifest as written, before validation.
private struct ManifestFile: Decodable {
  struct Thresholds: Decodable {
    var event: Double?
    var suggest: Double?
    var confident: Double?
  }

  struct Job: Decodable {
    var id: String
    var inputs: [String]
    var window: String?
    var grouping: String?
    var style: String?
    var reportLocale: String?
    var thresholds: Thresholds?
    var charts: Bool?
    var evidence: Bool?
    var output: String?
    var sources: [String]?
  }

  var schema: String
  var sourceGroups: [String: [String]]?
  var jobs: [Job]
}

/// A coding key for positions in the YAML tree.
private struct PathKey: CodingKey {
  var stringValue: String
  var intValue: Int?
  init(_ name: String) { stringValue = name }
  init(_ index: Int) {
    stringValue = String(index)
    intValue = index
  }
  init?(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { self.init(intValue) }
}
