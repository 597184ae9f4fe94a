import ArgumentParser
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

  @OptionGroup var locale: LocaleOptions
  @OptionGroup var input: InputOptions

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
    var entries: [StatementsRenderer.Entry] = []
    var worst: Int32 = 0
    let code = forEachInput(input) { file in
      let (documents, problems) = loader.load(file)
      for problem in problems {
        Terminal.shared.diagnostic(problem.description)
        if !problem.isWarning { worst = ExitCodes.dataError.rawValue }
      }
      for document in documents {
        do throws(StatementError) {
          let extraction = try extractor.extract(document)
          entries.append(StatementsRenderer.Entry(document: document, statements: extraction.statements))
        } catch {
          Terminal.shared.diagnostic(error.description)
          worst = ExitCodes.dataError.rawValue
        }
      }
    }
    let renderer = StatementsRenderer()
    Terminal.shared.write(format == .json ? renderer.json(entries) : renderer.markdown(entries))
    Terminal.shared.flush()
    let final = code == ExitCodes.dataError.rawValue || worst == 0 ? code : (code == 0 ? worst : code)
    if final != 0 { throw ExitCode(final) }
  }
}
