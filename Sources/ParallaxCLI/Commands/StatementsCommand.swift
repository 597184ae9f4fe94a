import ArgumentParser
import Foundation
import ParallaxCore

/// `parallax statements`: documents with their metadata and every statement with its speaker.
struct StatementsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "statements",
    abstract: "List documents with their metadata and their statements (kind, speaker, verb).",
    discussion: """
      Reads agency text, Markdown with front matter, JSON Lines and HTML. Every sentence of a \
      body lands in one statement: direct, indirect or mixed speech with its speaker, or the \
      outlet's narration. Datelines, bylines, quotation marks, reporting verbs and cue phrases \
      come from Locales/<language>/. A bad file or JSON line is reported as path:line:column \
      and the others are still read.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, json }

  @Option(help: "markdown or json (schema parallax.statements/1).")
  var format: Format = .markdown

  @Option(help: "Worker threads (default: the number of cores).")
  var jobs: Int?

  @OptionGroup var verbosity: VerbosityOptions
  @OptionGroup var locale: LocaleOptions
  @OptionGroup var input: InputOptions

  func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("--jobs is a number of worker threads, 1 or more") }
  }

  func run() throws {
    var clock = StageClock(command: "statements", enabled: verbosity.verbose)
    let data = try locale.provider()
    let pipeline: Pipeline
    do throws(LocaleDataError) { pipeline = try Pipeline(data: data, cacheDirectory: locale.cacheDirectory) } catch {
      Terminal.shared.diagnostic(error.description)
      throw ExitCodes.dataError
    }
    clock.lap("loaded the locale data")
    let (files, problems) = pipeline.collector.expand(input.arguments)
    var reported = InputProblems(problems)
    // Each document goes out as its file is done, in file order: nothing is kept but counts.
    let renderer = StatementsRenderer()
    var documents = 0
    var statements = 0
    if format == .json { Terminal.shared.write(StatementsRenderer.jsonOpening) }
    var worst: Int32 = 0
    // Each file's outcome arrives in file order, whatever the timing of the workers.
    let progress = ProgressLine(command: "statements", total: files.count, quiet: verbosity.quiet)
    pipeline.extract(files, jobs: jobs) { index, outcome in
      defer { progress.advance(path: files[index]) }
      for note in outcome.notes {
        if note.isWarning {
          verbosity.warning(note.description)
        } else {
          Terminal.shared.diagnostic(note.description)
          worst = ExitCodes.dataError.rawValue
        }
      }
      switch outcome.result {
      case .failure(let problem): reported.record(problem)
      case .success(let extracted):
        for item in extracted {
          let entry = StatementsRenderer.Entry(document: item.document, statements: item.statements)
          Terminal.shared.write(format == .json ? renderer.json(entry, index: documents) : renderer.markdown(entry, index: documents))
          documents += 1
          statements += item.statements.count
        }
      }
    }
    progress.finish()
    // (Each file's statements went out with it: the first lap holds most of the writing.)
    clock.lap("read \(files.count) file\(files.count == 1 ? "" : "s")")
    if format == .json {
      Terminal.shared.write(StatementsRenderer.jsonClosing)
    } else if documents == 0 {
      Terminal.shared.write(StatementsRenderer.markdownNone)
    }
    Terminal.shared.flush()
    clock.lap("wrote the output")
    verbosity.closing(
      "statements: \(documents) document\(documents == 1 ? "" : "s") and \(statements) statement\(statements == 1 ? "" : "s") "
        + "from \(files.count) file\(files.count == 1 ? "" : "s") written to standard output (\(format.rawValue))")
    let code = reported.code
    let final = code == ExitCodes.dataError.rawValue || worst == 0 ? code : (code == 0 ? worst : code)
    if final != 0 { throw ExitCode(final) }
  }
}
