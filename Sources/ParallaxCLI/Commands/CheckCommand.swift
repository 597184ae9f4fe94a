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
      Settings come from the options, then from .parallax.yaml (style, reportLocale, failOn, \
      minSeverity, disable, ignore, overlay; see 'parallax config'), then from Locales/.
      Exit status: 0 when no finding reaches --fail-on, 1 when one does, 64 usage, 65 bad data, \
      66 missing input.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, line, json, markdown, sarif, rdjson, github, checkstyle }

  @Option(help: "text, line, json, markdown, sarif, rdjson, github or checkstyle.")
  var format: Format = .text

  @Option(help: "Colour the text report by severity: auto (on a terminal), always or never; never with NO_COLOR set.")
  var color: ColorChoice = .auto

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

  @Option(
    name: .customLong("min-severity"),
    help: "Report findings at or above: error, warning, suggestion, info (default: minSeverity of .parallax.yaml, else info).")
  var minSeverityLevel: Level?

  @Option(
    name: .customLong("fail-on"),
    help: "Exit 1 when a finding at or above this severity is reported (default: failOn of .parallax.yaml, else error).")
  var failOnLevel: Level?

  @Flag(help: "Apply the safe one-to-one fixes to the files (atomically; quotations are never changed).")
  var fix = false

  @Flag(help: "Show the changes --fix would make, without writing.")
  var diff = false

  @Option(help: "Write fuzzy name suggestions to this review file for 'parallax names accept'.")
  var suggestions: String?

  @Option(help: "Worker threads (default: the number of cores).")
  var jobs: Int?

  @OptionGroup var verbosity: VerbosityOptions
  @OptionGroup var locale: LocaleOptions
  @OptionGroup var input: InputOptions

  func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("--jobs is a number of worker threads, 1 or more") }
  }

  func run() throws {
    var clock = StageClock(command: "check", enabled: verbosity.verbose)
    let config = try locale.projectConfig()
    let data = try locale.provider(config: config)
    // Options win over .parallax.yaml, which wins over the defaults.
    let minSeverity = minSeverityLevel?.severity ?? config?.minSeverity ?? .info
    let failOn = failOnLevel?.severity ?? config?.failOn ?? .error
    // A style or report language that does not exist is a mistake on the command line (64).
    try OptionChecks.style(style, in: data)
    try OptionChecks.reportLocale(reportLocale, in: data)
    let pipeline: CheckPipeline
    var strings: ReportStrings?
    do throws(LocaleDataError) {
      pipeline = try CheckPipeline(data: data, cacheDirectory: locale.cacheDirectory, style: style)
      if format == .markdown {
        var language = reportLocale ?? ""
        if language.isEmpty { language = try LocaleDefaults.load(from: data).reportLocale }
        strings = try ReportStrings.load(for: LocaleID(language), from: data, names: pipeline.names)
      }
    } catch {
      Terminal.shared.diagnostic(error.description)
      throw ExitCodes.dataError
    }
    clock.lap("loaded the locale data")
    var (files, problems) = pipeline.collector.expand(input.arguments)
    // Files the project's ignore globs name are left alone, as if they were not there.
    if let config { files.removeAll(where: config.ignores) }
    var tally = ProblemTally()
    var failed = false
    func record(_ problem: InputError) {
      Terminal.shared.diagnostic(problem.description)
      tally.count(problem)
    }
    problems.forEach(record)
    // Fixed standard input goes to standard output instead of the findings.
    let quiet = fix && !diff && files == ["-"]
    let streamed = streamFormat
    var stream = CheckStream(format: streamed ?? .text, styleID: pipeline.style.style.id)
    for problem in problems { stream.failed(problem.description) }
    var kept: [StyleFinding] = []
    var readFiles: [String] = []
    var texts: [String: String] = [:]
    let palette = TerminalPalette(color)
    var suggested: [StyleFinding] = []
    var fixFailure: (any Error)?
    var fixed = (findings: 0, files: 0)
    if !quiet, streamed != nil { Terminal.shared.write(stream.begin()) }
    var checkedFiles = 0
    // On a terminal, files and megabytes done, the rate and the time left, until the end.
    let progress = ProgressLine(command: "check", total: files.count, quiet: verbosity.quiet)
    // Each file arrives in input order as soon as it is checked: its findings are printed and
    // its fixes written then, and only what a summary needs is kept.
    pipeline.check(files, jobs: jobs) { index, result in
      defer { progress.advance(path: files[index]) }
      switch result {
      case .failure(let problem):
        record(problem)
        stream.failed(problem.description)
      case .success(let checked):
        checkedFiles += 1
        // Problems in the file's format (a malformed front matter, a bad record): reported as
        // every command reports them, and the rest of the file is still checked.
        for problem in checked.problems {
          Terminal.shared.diagnostic(problem.description)
          stream.failed(problem.description)
          tally.count(problem)
        }
        // Rules, entities and framing terms the project switched off are neither shown nor fixed.
        let enabled = config.map { config in checked.findings.filter { !config.disables($0) } } ?? checked.findings
        let findings = enabled.filter { $0.severity >= minSeverity }
        if findings.contains(where: { $0.severity >= failOn }) { failed = true }
        if suggestions != nil { suggested += findings.filter { $0.rule == .suggestion } }
        if streamed == nil {
          kept += findings
          readFiles.append(files[index])
          // SARIF and rdjson columns are counted in the file's text.
          if format == .sarif || format == .rdjson { texts[files[index]] = checked.text }
        } else if !quiet {
          let chunk = stream.file(files[index], findings: findings)
          Terminal.shared.write(format == .text ? palette.checkText(chunk, findings: findings) : chunk)
        }
        if fix || diff, fixFailure == nil {
          do {
            let count = try applyFixes(enabled, in: checked.text, path: files[index])
            fixed = (fixed.findings + count, fixed.files + (count > 0 ? 1 : 0))
          } catch { fixFailure = error }
        }
      }
    }
    progress.finish()
    if let fixFailure { throw fixFailure }
    if let suggestions { try writeSuggestions(suggested, to: suggestions) }
    if !quiet {
      if streamed != nil {
        // No "0 files checked: no findings" when no input could be read: that run checked
        // nothing, and its errors are on standard error with exit 65 or 66.
        if !(format == .text && checkedFiles == 0 && tally.code != 0) { Terminal.shared.write(stream.end()) }
      } else {
        printWhole(kept, style: pipeline.style.style, files: readFiles, strings: strings, sources: CheckSources(texts))
      }
    }
    Terminal.shared.flush()
    clock.lap("checked \(files.count) file\(files.count == 1 ? "" : "s")")
    verbosity.closing(closingLine(files: files.count, fixed: fixed, writesFindings: !quiet))
    if tally.code != 0 { throw ExitCode(tally.code) }
    if failed { throw ExitCodes.findings }
  }

  /// What a run wrote where: the findings on standard output (or the fixed text of standard
  /// input), the fixed files, and the suggestions file.
  private func closingLine(files: Int, fixed: (findings: Int, files: Int), writesFindings: Bool) -> String {
    func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
    var parts = [
      writesFindings
        ? "\(diff ? "the changes --fix would make" : "the \(format.rawValue) findings") of \(count(files, "file")) on standard output"
        : "the fixed text on standard output"
    ]
    if fix && !diff && writesFindings { parts.append("fixed \(count(fixed.findings, "finding")) in \(count(fixed.files, "file"))") }
    if let suggestions { parts.append("name suggestions in \(VisibleText.path(suggestions))") }
    return "check: " + parts.joined(separator: "; ")
  }

  /// The format written file by file; nil for the formats written whole at the end (the
  /// Markdown review and the CI formats, whose documents list every finding in one place).
  private var streamFormat: CheckStream.Format? {
    switch format {
    case .text: .text
    case .line: .line
    case .json: .json
    case .markdown, .sarif, .rdjson, .github, .checkstyle: nil
    }
  }

  /// Applies (or, with --diff, shows) the fixes of one file; returns the findings fixed in a
  /// file written back (0 for --diff and standard input).
  private func applyFixes(_ findings: [StyleFinding], in text: String, path: String) throws -> Int {
    let (fixed, applied) = FixApplier.apply(findings, to: text)
    if diff {
      if !applied.isEmpty { Terminal.shared.write(FixApplier.diff(path: path, before: text, after: fixed)) }
      return 0
    }
    if path == "-" {
      Terminal.shared.write(fixed)
      return 0
    }
    guard !applied.isEmpty else { return 0 }
    do {
      try AtomicFile.write(fixed, to: path)
      verbosity.warning("\(VisibleText.path(path)): fixed \(applied.count) finding\(applied.count == 1 ? "" : "s")")
      return applied.count
    } catch {
      Terminal.shared.diagnostic("\(VisibleText.path(path)): error: cannot write the fixed file: \(error.localizedDescription)")
      throw ExitCodes.cannotCreate
    }
  }

  private func printWhole(
    _ findings: [StyleFinding], style: HouseStyle, files: [String], strings: ReportStrings?, sources: CheckSources
  ) {
    switch format {
    case .sarif: Terminal.shared.write(CheckRenderer.sarif(findings, style: style, files: files, sources: sources))
    case .rdjson: Terminal.shared.write(CheckRenderer.rdjson(findings, sources: sources))
    case .github: Terminal.shared.write(CheckRenderer.github(findings))
    case .checkstyle: Terminal.shared.write(CheckRenderer.checkstyle(findings, files: files))
    case .markdown, .text, .line, .json:
      let strings = strings ?? .keys()
      let collator = try? Collator(locale: strings.language.rawValue)
      Terminal.shared.write(
        CheckRenderer.markdown(findings, style: style, files: files, strings: strings) { a, b in
          collator.map { $0.compare(a, b) < 0 } ?? (a < b)
        })
    }
  }

  private func writeSuggestions(_ findings: [StyleFinding], to path: String) throws {
    let text = NameSuggestions.render(findings)
    do { try AtomicFile.write(text, to: path) } catch {
      Terminal.shared.diagnostic("\(path): error: cannot write the suggestions file: \(error.localizedDescription)")
      throw ExitCodes.cannotCreate
    }
  }
}
