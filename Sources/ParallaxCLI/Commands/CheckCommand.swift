import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxICU

/// `parallax check`: editorial review of naming variants and framing terms under a house style.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Review copy for naming variants and framing terms under a house style.",
    discussion: """
      Every registered name written in a form the style does not prefer is reported, with the \
      fix; loaded terms (framing) are reported and never rewritten; names inside verbatim \
      quotations are reported with inQuote and never fixed. Turn findings off in a passage with \
      <!-- parallax-disable [rule|entity|framing-id …] --> … <!-- parallax-enable … -->.
      Exit status: 0 when no finding reaches --fail-on, 1 when one does, 64 usage, 65 bad data, \
      66 missing input.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, line, json, markdown }

  @Option(help: "text, line, json or markdown.")
  var format: Format = .text

  @Option(help: "The house style ID (default from Locales/und/defaults.yaml).")
  var style: String?

  @Option(
    name: .customLong("report-locale"),
    help: "Language of the markdown review: en, ru or uk (default from Locales/und/defaults.yaml).")
  var reportLocale: String?

  enum Level: String, ExpressibleByArgument, CaseIterable {
    case error, warning, suggestion, info
    var severity: Severity { Severity(rawValue: rawValue) ?? .info }
  }

  @Option(name: .customLong("min-severity"), help: "Report findings at or above: error, warning, suggestion, info.")
  var minSeverityLevel: Level = .info

  @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding at or above this severity is reported.")
  var failOnLevel: Level = .error

  var minSeverity: Severity { minSeverityLevel.severity }
  var failOn: Severity { failOnLevel.severity }

  @Flag(help: "Apply the safe one-to-one fixes to the files (atomically; quotations are never changed).")
  var fix = false

  @Flag(help: "Show the changes --fix would make, without writing.")
  var diff = false

  @Option(help: "Write fuzzy name suggestions to this review file for 'parallax names accept'.")
  var suggestions: String?

  @Option(help: "Worker threads (default: the number of cores).")
  var jobs: Int?

  @OptionGroup var locale: LocaleOptions
  @OptionGroup var input: InputOptions

  func run() throws {
    let data = try locale.provider()
    let setup: NameSetup
    let compiled: CompiledStyle
    let quotes: QuotationMarks
    let detector: LanguageDetector
    var strings: ReportStrings?
    do {
      var languages = LanguageDetector(profiles: try LanguageProfile.loadAll(from: data))
      // The opening of a piece is enough to tell its language.
      languages.sampleLimit = 300
      detector = languages
      let styleID = try style ?? LocaleDefaults.load(from: data).style
      setup = try NameSetup.load(from: data, cacheDirectory: locale.cacheDirectory)
      compiled = try CompiledStyle(style: HouseStyle.load(styleID, from: data, registry: setup.registry), setup: setup)
      quotes = try QuotationMarks.load(from: data)
      if format == .markdown {
        var language = reportLocale ?? ""
        if language.isEmpty { language = try LocaleDefaults.load(from: data).reportLocale }
        strings = try ReportStrings.load(for: LocaleID(language), from: data)
      }
    } catch let error as LocaleDataError {
      Terminal.shared.diagnostic(error.description)
      throw ExitCodes.dataError
    }
    let collector = InputCollector()
    let (files, problems) = collector.expand(input.arguments)
    let results = ResultSlots<FileResult>(count: files.count)
    let workers = max(1, min(jobs ?? ProcessInfo.processInfo.activeProcessorCount, files.count))
    let next = ResultSlots<Int>(count: 1)
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      guard let matcher = try? setup.makeMatcher(),
        let checker = try? StyleChecker(compiled: compiled, setup: setup, matcher: matcher, quotes: quotes)
      else { return }
      while let index = next.claim(below: files.count) {
        results[index] = Self.process(files[index], collector: collector, checker: checker, detector: detector)
      }
    }

    var worst: Int32 = 0
    var errors: [String] = []
    func record(_ problem: InputError) {
      Terminal.shared.diagnostic(problem.description)
      errors.append(problem.description)
      let code = problem.isDataError ? ExitCodes.dataError.rawValue : ExitCodes.noInput.rawValue
      if worst == 0 || code == ExitCodes.dataError.rawValue { worst = code }
    }
    problems.forEach(record)
    var findings: [StyleFinding] = []
    var readFiles: [String] = []
    for (index, file) in files.enumerated() {
      switch results[index] {
      case .failure(let problem)?: record(problem)
      case .success(let checked)?:
        readFiles.append(file)
        findings += checked.findings.filter { $0.severity >= minSeverity }
        if fix || diff { try applyFixes(checked, path: file) }
      case nil:
        record(.unreadable(path: file, reason: "not checked (internal error opening ICU)"))
      }
    }
    if let suggestions { try writeSuggestions(findings, to: suggestions) }
    if !(fix && !diff && files == ["-"]) {
      print(findings, style: compiled.style, files: readFiles, errors: errors, strings: strings)
    }
    Terminal.shared.flush()
    if worst != 0 { throw ExitCode(worst) }
    if findings.contains(where: { $0.severity >= failOn }) { throw ExitCodes.findings }
  }

  struct Checked: Sendable {
    let text: String
    let findings: [StyleFinding]
  }

  typealias FileResult = Result<Checked, InputError>

  static func process(
    _ path: String, collector: InputCollector, checker: StyleChecker, detector: LanguageDetector
  ) -> FileResult {
    switch collector.read(path) {
    case .failure(let problem): return .failure(problem)
    case .success(let input):
      do {
        // Copy in a language the style does not review gets no findings.
        let detected = detector.detect(input.text).language
        let language = detected == .undetermined ? nil : detected
        let findings = try checker.check(input.text, path: path, language: language)
        return .success(Checked(text: input.text, findings: findings))
      } catch {
        return .failure(.unreadable(path: path, reason: "\(error)"))
      }
    }
  }

  private func applyFixes(_ checked: Checked, path: String) throws {
    let (fixed, applied) = FixApplier.apply(checked.findings, to: checked.text)
    if diff {
      if !applied.isEmpty { Terminal.shared.write(FixApplier.diff(path: path, before: checked.text, after: fixed)) }
      return
    }
    if path == "-" {
      Terminal.shared.write(fixed)
      return
    }
    guard !applied.isEmpty else { return }
    do {
      try AtomicFile.write(fixed, to: path)
      Terminal.shared.diagnostic("\(path): fixed \(applied.count) finding\(applied.count == 1 ? "" : "s")")
    } catch {
      Terminal.shared.diagnostic("\(path): error: cannot write the fixed file: \(error.localizedDescription)")
      throw ExitCodes.cannotCreate
    }
  }

  private func print(
    _ findings: [StyleFinding], style: HouseStyle, files: [String], errors: [String], strings: ReportStrings?
  ) {
    switch format {
    case .line: Terminal.shared.write(CheckRenderer.line(findings))
    case .text: Terminal.shared.write(CheckRenderer.text(findings, files: files.count))
    case .json: Terminal.shared.write(CheckRenderer.json(findings, style: style, files: files, errors: errors))
    case .markdown:
      let strings = strings ?? .keys()
      let collator = try? Collator(locale: strings.language.rawValue)
      Terminal.shared.write(
        CheckRenderer.markdown(findings, style: style, files: files, strings: strings) { a, b in
          collator.map { $0.compare(a, b) < 0 } ?? (a < b)
        })
    }
  }

  private func writeSuggestions(_ findings: [StyleFinding], to path: String) throws {
    let text = NameSuggestions.render(findings.filter { $0.rule == .suggestion })
    do { try AtomicFile.write(text, to: path) } catch {
      Terminal.shared.diagnostic("\(path): error: cannot write the suggestions file: \(error.localizedDescription)")
      throw ExitCodes.cannotCreate
    }
  }
}

/// Slots written by worker threads, one slot per index, read after all workers finish.
final class ResultSlots<Value>: @unchecked Sendable {
  private var values: [Value?]
  private var cursor = 0
  private let lock = NSLock()

  init(count: Int) { values = Array(repeating: nil, count: count) }

  subscript(index: Int) -> Value? {
    get { lock.withLock { values[index] } }
    set { lock.withLock { values[index] = newValue } }
  }

  /// The next unclaimed index below `limit`, or nil when all are taken.
  func claim(below limit: Int) -> Int? {
    lock.withLock {
      guard cursor < limit else { return nil }
      cursor += 1
      return cursor - 1
    }
  }
}
