import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxICU

/// `parallax compare`: groups documents into events and aligns what their sources say.
struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Group documents into events and align what each source says, across languages.",
    discussion: """
      Statements are tagged with topics (Locales/und/topics.yaml; untagged ones get emerging \
      topics named by their top terms), documents are grouped into events by shared entities, \
      dates within --window and content, and statements are aligned across sources as same, \
      paraphrase, partial or conflicting, with their evidence; the rest are unique to their \
      source. Every statement appears exactly once.
      --format markdown (the default) writes the analyst's report: with -o DIR, one report per \
      event (<event>.md, and index.md when there are several; --json adds comparison.json); \
      without -o, the reports go to standard output. --format json prints parallax.comparison/1 \
      (to the file -o names, if any). --format html -o DIR writes the same reports as a static \
      site (index.html, <event>.html, the SVG charts; no script). With -o and --charts, each \
      report gets SVG charts beside it (<event>-coverage.svg, <event>-agreement.svg, a naming \
      chart per name written differently). The only date of the run in a report is --as-of.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, json, html }

  @Option(help: "markdown (the report) or json (schema parallax.comparison/1).")
  var format: Format = .markdown

  @Option(
    name: [.short, .customLong("output")],
    help: "markdown: the folder for the reports; json: the file. Default: standard output.")
  var output: String?

  @Flag(help: "With markdown and -o: also write comparison.json beside the reports.")
  var json = false

  @Option(name: .customLong("as-of"), help: "The report date, YYYY-MM-DD (the only date of the run a report shows).")
  var asOf: String?

  @Flag(help: "Add charts: with -o, SVG files beside each report of three sources or more; on standard output, a Mermaid chart of the coverage.")
  var charts = false

  @Flag(help: "Add the evidence of each alignment to the aligned-statement tables.")
  var evidence = false

  @Flag(name: .customLong("as-one"), help: "Compare all documents as one event.")
  var asOne = false

  @Option(help: "Documents dated further apart than this many days are different events.")
  var window: Int = 3

  @Option(name: .customLong("event-threshold"), help: "Document similarity that makes one event (0–1).")
  var eventThreshold: Double = Self.shown(EventOptions().threshold)

  @Option(name: .customLong("suggest-threshold"), help: "Statement similarity for a suggested alignment (0–1).")
  var suggestThreshold: Double = Self.shown(AlignmentOptions().suggestThreshold)

  @Option(name: .customLong("confident-threshold"), help: "Statement similarity for a confident alignment (0–1).")
  var confidentThreshold: Double = Self.shown(AlignmentOptions().confidentThreshold)

  @Option(help: "The house style whose framing terms are compared (default from Locales/und/defaults.yaml).")
  var style: String?

  @Option(name: .customLong("report-locale"), help: "Report language: en, ru or uk (default from Locales/und/defaults.yaml).")
  var reportLocale: String?

  @Option(help: "Worker threads (default: the number of cores).")
  var jobs: Int?

  @Flag(help: "Say on standard error how long each stage took.")
  var verbose = false
  @Flag(help: "Print errors only: no warnings, no closing line on standard error.")
  var quiet = false

  @OptionGroup var locale: LocaleOptions
  @OptionGroup var input: InputOptions

  /// A threshold as help shows it and as the user would type it (0.15, not 0.15000000596046448):
  /// three decimals, which turn back into the same single-precision value.
  private static func shown(_ value: Float) -> Double { (Double(value) * 1000).rounded() / 1000 }

  func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("--jobs is a number of worker threads, 1 or more") }
    if quiet && verbose { throw ValidationError("--quiet and --verbose exclude each other") }
    guard (0...1).contains(suggestThreshold), (0...1).contains(confidentThreshold), (0...1).contains(eventThreshold) else {
      throw ValidationError("thresholds are between 0 and 1")
    }
    guard suggestThreshold <= confidentThreshold else {
      throw ValidationError("--suggest-threshold must not exceed --confident-threshold")
    }
    guard window >= 0 else { throw ValidationError("--window is a number of days, 0 or more") }
    if let asOf, CalendarDate(asOf) == nil { throw ValidationError("--as-of is a date, YYYY-MM-DD") }
  }

  func run() throws {
    var clock = StageClock(command: "compare", enabled: verbose)
    let data = try locale.provider()
    // A style or report language that does not exist is a mistake on the command line (64).
    try OptionChecks.style(style, in: data)
    try OptionChecks.reportLocale(reportLocale, in: data)
    let pipeline: ComparisonPipeline
    do throws(LocaleDataError) {
      pipeline = try ComparisonPipeline.load(
        data: data, cacheDirectory: locale.cacheDirectory, style: style, reportLocale: reportLocale)
    } catch {
      Terminal.shared.diagnostic(error.description)
      throw ExitCodes.dataError
    }
    clock.lap("loaded the locale data")
    let (files, problems) = InputCollector().expand(input.arguments)
    var tally = ProblemTally()
    func record(_ problem: InputError) {
      Terminal.shared.diagnostic(problem.description)
      tally.count(problem)
    }
    problems.forEach(record)
    var documents: [ProfiledDocument] = []
    var digests: [String: String] = [:]
    // Only the documents and the files' digests are kept: the profiles go once compared.
    // Room for a document per file at once (a list grown by doubling keeps up to twice the
    // room it uses, and at 100,000 documents a document's entry is most of a kilobyte).
    documents.reserveCapacity(files.count)
    digests.reserveCapacity(files.count)
    let progress = ProgressLine(command: "compare", total: files.count, quiet: quiet)
    // Statements wait in a temporary file while the documents are grouped and between an
    // event's comparison and its report: only the profiles of a corpus are in memory at once
    // (with no temporary folder to write to, everything stays in memory). One file's
    // statements are all read back for its one event straight away: they stay in memory.
    let spill = files.count > 1 ? StatementSpill() : nil
    pipeline.profileEach(files, jobs: jobs, spill: spill, fileDone: { index, outcome in
      progress.advance(path: files[index])
      if files[index] != "-", let digest = outcome.digest { digests[files[index]] = digest }
      for note in outcome.notes {
        if !(quiet && note.isWarning) { Terminal.shared.diagnostic(note.description) }
        tally.count(note)
      }
      switch outcome.result {
      case .success(let profiled): documents += profiled
      case .failure(let problem): record(problem)
      }
    })
    progress.finish()
    clock.lap("read and profiled \(files.count) files (\(documents.count) documents)")
    let options = ComparerOptions(
      alignment: AlignmentOptions(suggestThreshold: Float(suggestThreshold), confidentThreshold: Float(confidentThreshold)),
      events: EventOptions(threshold: Float(eventThreshold), dayWindow: window, asOne: asOne))
    // Handed over whole: no reference stays here, so each document's profiles go as soon as
    // its event is compared.
    let profiled = documents
    documents = []
    let comparison = pipeline.compare(consume profiled, options: options, jobs: jobs, spill: spill)
    clock.lap("grouped \(comparison.events.count) events")
    if format == .json {
      try writeJSON(comparison, language: pipeline.strings.language.rawValue, to: output)
    } else {
      // html: the same reports as a static site (a page per report, the SVG charts), in a folder.
      let html = format == .html
      if html && output == nil {
        Terminal.shared.diagnostic("error: --format html writes a site: give the folder with -o DIR")
        throw ExitCodes.usage
      }
      // The inputs' digests (`SHA256SUMS`) go beside reports written to a folder, and so do the
      // SVG charts when asked for (a site always has them). Markdown's own form is the table: a
      // chart is a file of its own, and most events of a large corpus have few sources.
      let svg = output != nil && (charts || html)
      let reportOptions = ReportOptions(charts: charts && !svg, evidence: evidence, svgCharts: svg, digestFile: output != nil)
      var written: [String] = []
      var first = true
      // Markdown in a folder: single-source.md goes to the disk as it is made (on a large
      // corpus it runs to hundreds of megabytes).
      var single: AtomicFile.Stream?
      let singlePath = output.map { ($0 as NSString).appendingPathComponent(MarkdownRenderer.singleSourceFile) }
      let streamSingle: ((String) throws -> Void)? =
        html || singlePath == nil
        ? nil
        : { part in
          do {
            if single == nil { single = try AtomicFile.Stream(path: singlePath!) }
            try single?.append(part)
          } catch {
            Terminal.shared.diagnostic("\(singlePath!): error: cannot write the report: \(error.localizedDescription)")
            throw ExitCodes.cannotCreate
          }
        }
      do {
        if let output { try createFolder(output) }
        try pipeline.writeReports(
          comparison, digests: digests, asOf: asOf.flatMap { CalendarDate($0) }, options: reportOptions, jobs: jobs,
          singleSource: streamSingle, indexLast: output != nil
        ) { report in
          let report = html ? HTMLPage.siteFile(report, strings: pipeline.strings) : report
          if let output {
            try write(report.text, to: (output as NSString).appendingPathComponent(report.name), what: "the report", flush: false)
            written.append(report.name)
          } else {
            // The reports one after another, separated by a blank line, each as soon as it is done.
            Terminal.shared.write(first ? report.text : "\n" + report.text)
            first = false
          }
        }
        if let stream = single, let singlePath {
          single = nil
          do { try stream.commit(flush: false) } catch {
            Terminal.shared.diagnostic("\(singlePath): error: cannot write the report: \(error.localizedDescription)")
            throw ExitCodes.cannotCreate
          }
          written.append(MarkdownRenderer.singleSourceFile)
        }
      } catch let error as LocaleDataError {
        Terminal.shared.diagnostic(error.description)
        throw ExitCodes.dataError
      }
      if let output {
        if json {
          try writeJSON(
            comparison, language: pipeline.strings.language.rawValue, to: (output as NSString).appendingPathComponent("comparison.json"),
            flush: false)
          written.append("comparison.json")
        }
        ReportFolder.removeStale(in: output, keeping: Set(written))
        AtomicFile.flush(files: written.map { (output as NSString).appendingPathComponent($0) }, folder: output)
      }
    }
    clock.lap("wrote the output")
    if VerbosityOptions.showsClosingLine(quiet: quiet, verbose: verbose) {
      let place = output.map { VisibleText.path($0) } ?? "standard output"
      Terminal.shared.diagnostic("compare: \(comparison.events.count) event\(comparison.events.count == 1 ? "" : "s") written to \(place) (\(format.rawValue))")
    }
    Terminal.shared.flush()
    ExitTeardown.leave(comparison)
    ExitTeardown.leave(pipeline)
    if tally.code != 0 { throw ExitCode(tally.code) }
  }

  private func createFolder(_ output: String) throws {
    do {
      try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
    } catch {
      // "cannot write 'out': 'out' is a file, not a folder", not Foundation's error domain.
      Terminal.shared.diagnostic("\(VisibleText.path(output)): error: \(WriteFailure.sentence(for: error, path: output))")
      throw ExitCodes.cannotCreate
    }
  }

  /// The comparison's JSON to the file `path` (nil: standard output), written a part at a time
  /// as it is rendered.
  private func writeJSON(_ comparison: Comparison, language: String, to path: String?, flush: Bool = true) throws {
    let renderer = ComparisonRenderer(reportLanguage: language)
    guard let path else {
      renderer.json(comparison) { Terminal.shared.write($0) }
      return
    }
    do {
      let stream = try AtomicFile.Stream(path: path)
      try renderer.json(comparison) { try stream.append($0) }
      try stream.commit(flush: flush)
    } catch {
      Terminal.shared.diagnostic("\(path): error: cannot write the comparison: \(error.localizedDescription)")
      throw ExitCodes.cannotCreate
    }
  }

  private func write(_ text: String, to path: String, what: String, flush: Bool = true) throws {
    do { try AtomicFile.write(text, to: path, flush: flush) } catch {
      Terminal.shared.diagnostic("\(path): error: cannot write \(what): \(error.localizedDescription)")
      throw ExitCodes.cannotCreate
    }
  }
}
