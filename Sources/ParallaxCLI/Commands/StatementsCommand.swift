import ArgumentParser
import Dispatch
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

  @OptionGroup var locale: LocaleOptions
  @OptionGroup var input: InputOptions

  /// What one file gave: its documents' statements and the problems met, in file order.
  struct FileResult: Sendable {
    var entries: [StatementsRenderer.Entry] = []
    var diagnostics: [(message: String, isError: Bool)] = []
  }

  func run() throws {
    let data = try locale.provider()
    let resources: StatementResources
    do throws(LocaleDataError) { resources = try StatementResources(data: data) } catch {
      Terminal.shared.diagnostic(error.description)
      throw ExitCodes.dataError
    }
    let registry = NameListResolver(registry: try locale.nameSetup(data).registry)
    let loader = resources.loader(places: registry)
    let extractor = resources.extractor(resolver: registry)
    let collector = InputCollector()
    let (files, problems) = collector.expand(input.arguments)
    // Files are independent: workers claim them in turn and each fills its file's slot, so
    // the output keeps the files' order whatever the timing.
    let results = ResultSlots<Result<FileResult, InputError>>(count: files.count)
    let next = ResultSlots<Int>(count: 1)
    let workers = max(1, min(jobs ?? ProcessInfo.processInfo.activeProcessorCount, files.count))
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      let pool = SegmenterPool()
      while let index = next.claim(below: files.count) {
        results[index] = collector.read(files[index]).map { file in
          Self.process(file, loader: loader, extractor: extractor, pool: pool)
        }
      }
    }

    var code: Int32 = 0
    func record(_ problem: InputError) {
      Terminal.shared.diagnostic(problem.description)
      let failure = problem.isDataError ? ExitCodes.dataError.rawValue : ExitCodes.noInput.rawValue
      // A data error outranks a missing file: the user must fix the content.
      if code == 0 || failure == ExitCodes.dataError.rawValue { code = failure }
    }
    problems.forEach(record)
    var entries: [StatementsRenderer.Entry] = []
    var worst: Int32 = 0
    for index in files.indices {
      switch results[index] {
      case .failure(let problem)?: record(problem)
      case .success(let result)?:
        for diagnostic in result.diagnostics {
          Terminal.shared.diagnostic(diagnostic.message)
          if diagnostic.isError { worst = ExitCodes.dataError.rawValue }
        }
        entries += result.entries
      case nil: break
      }
    }
    let renderer = StatementsRenderer()
    Terminal.shared.write(format == .json ? renderer.json(entries) : renderer.markdown(entries))
    Terminal.shared.flush()
    let final = code == ExitCodes.dataError.rawValue || worst == 0 ? code : (code == 0 ? worst : code)
    if final != 0 { throw ExitCode(final) }
  }

  /// Loads one file's documents and extracts their statements.
  static func process(
    _ file: InputText, loader: DocumentLoader, extractor: StatementExtractor, pool: SegmenterPool
  ) -> FileResult {
    var result = FileResult()
    let (documents, problems) = loader.load(file)
    for problem in problems { result.diagnostics.append((problem.description, !problem.isWarning)) }
    for document in documents {
      do throws(StatementError) {
        let extraction = try extractor.extract(document, using: pool)
        result.entries.append(StatementsRenderer.Entry(document: document, statements: extraction.statements))
      } catch {
        result.diagnostics.append((error.description, true))
      }
    }
    return result
  }
}
