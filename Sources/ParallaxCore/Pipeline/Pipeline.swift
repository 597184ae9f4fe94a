public import Foundation

/// The staged run that `statements`, `check`, `compare` and `batch run` share: the locale data
/// loaded once (the name registry from its compiled cache, with its ambiguity rules; one
/// resolver for speakers and places), each input read and hashed once, and one worker pool
/// whose tasks own their ICU objects and caches. Commands parse options, print and choose exit
/// codes; everything between the files and the results happens here.
///
/// ```swift
/// let pipeline = try Pipeline(data: DirectoryLocaleData(root: locales), cacheDirectory: nil)
/// pipeline.extract(["a.txt", "b.md"], jobs: 2) { index, outcome in
///   for entry in (try? outcome.result.get()) ?? [] { print(entry.document.title ?? "", entry.statements.count) }
/// }
/// ```
public struct Pipeline: Sendable {
  public let data: any LocaleDataProvider
  /// The compiled name registry, matcher data and romanizations.
  public let names: NameSetup
  /// Dateline rules, language profiles, attribution lexicons, segmentation profiles.
  public let statementResources: StatementResources
  /// The registry's forms as one resolver (ambiguous forms go to their rule's default).
  public let resolver: NameListResolver
  public let loader: DocumentLoader
  public let extractor: StatementExtractor
  public let collector: InputCollector

  /// Loads the locale data of the ingest and statement stages.
  /// - Parameter cacheDirectory: where the compiled name registry is cached; nil to compile it.
  /// - Throws: `LocaleDataError` with file:line:column for bad data.
  public init(data: any LocaleDataProvider, cacheDirectory: URL?, collector: InputCollector = InputCollector()) throws(LocaleDataError) {
    let names = try NameSetup.load(from: data, cacheDirectory: cacheDirectory)
    let statementResources = try StatementResources(data: data)
    let resolver = NameListResolver(registry: names.registry)
    self.data = data
    self.names = names
    self.statementResources = statementResources
    self.resolver = resolver
    self.loader = statementResources.loader(places: resolver)
    self.extractor = statementResources.extractor(resolver: resolver)
    self.collector = collector
  }

  /// One document and its statements.
  public struct Entry: Sendable {
    public var document: Document
    public var statements: [Statement]
  }

  /// What became of one input file.
  public struct FileOutcome<Value: Sendable>: Sendable {
    /// Problems inside the file that did not stop it (a bad JSON Lines record, say).
    public var notes: [IngestError] = []
    /// Documents found in the file, before a filter chose among them.
    public var found = 0
    /// The SHA-256 of the file's bytes, when it was read.
    public var digest: String?
    /// Its results, or why it could not be read or processed.
    public var result: Result<Value, InputError>

    public init(result: Result<Value, InputError>) { self.result = result }
  }

  /// Reads one file and loads its documents, keeping those `keep` accepts; problems that did
  /// not stop the file go to the outcome's notes.
  public func load(_ path: String, keep: ((Document) -> Bool)? = nil) -> FileOutcome<[Document]> {
    switch PipelineInput.read(path, with: collector) {
    case .failure(let problem): return FileOutcome(result: .failure(problem))
    case .success(let input):
      let (documents, problems) = loader.load(input.text)
      var outcome = FileOutcome(result: .success(keep.map { documents.filter($0) } ?? documents))
      outcome.notes = problems
      outcome.found = documents.count
      outcome.digest = input.digest
      return outcome
    }
  }

  /// The statements of one document, with the task's segmenters and word cache.
  public func extract(_ document: Document, task: PipelineTask) throws(StatementError) -> [Statement] {
    try extractor.extract(document, using: task.segmenters).statements
  }

  /// Reads and extracts every file on `jobs` workers and hands each file's outcome to
  /// `deliver` in file order, as soon as it and the files before it are done.
  public func extract(
    _ files: [String], jobs: Int?, deliver: (Int, FileOutcome<[Entry]>) -> Void
  ) {
    WorkerPool(jobs: jobs).run(count: files.count, makeTask: { PipelineTask() }) { task, index in
      let loaded = load(files[index])
      var outcome = FileOutcome<[Entry]>(result: .success([]))
      outcome.notes = loaded.notes
      outcome.found = loaded.found
      outcome.digest = loaded.digest
      switch loaded.result {
      case .failure(let problem): outcome.result = .failure(problem)
      case .success(let documents):
        do throws(StatementError) {
          outcome.result = .success(try documents.map { document throws(StatementError) in
            Entry(document: document, statements: try extract(document, task: task))
          })
        } catch {
          // ICU failed inside the extractor: nothing of the file is reported half-done.
          outcome.result = .failure(.unreadable(path: files[index], reason: "\(error)"))
        }
      }
      return outcome
    } deliver: { index, outcome in
      deliver(index, outcome ?? FileOutcome(result: .failure(.unreadable(path: files[index], reason: "not read (internal error opening ICU)"))))
    }
  }
}

/// What one worker owns for the length of a run: its segmenters (ICU sentence rules per
/// language) and the word cache between documents, and for comparisons its profiler. Not
/// thread-safe; one per worker.
public final class PipelineTask {
  public let segmenters = SegmenterPool()

  public init() {}
}
