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
    try self.init(data: data, names: names, statementResources: StatementResources(data: data), collector: collector)
  }

  /// A pipeline from data already loaded (see `ComparisonPipeline.load`, which loads the two
  /// halves at once).
  init(
    data: any LocaleDataProvider, names: NameSetup, resolver: NameListResolver? = nil, statementResources: StatementResources,
    collector: InputCollector
  ) {
    let resolver = resolver ?? names.formResolver()
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
    /// The file, as given.
    public var path: String

    public init(path: String, result: Result<Value, InputError>) {
      self.path = path
      self.result = result
    }
  }

  /// Reads one file and loads its documents, keeping those `keep` accepts; problems that did
  /// not stop the file go to the outcome's notes.
  public func load(_ path: String, keep: ((Document) -> Bool)? = nil) -> FileOutcome<[Document]> {
    switch PipelineInput.read(path, with: collector) {
    case .failure(let problem): return FileOutcome(path: path, result: .failure(problem))
    case .success(let input):
      let (documents, problems) = loader.load(input.text)
      var outcome = FileOutcome(path: path, result: .success(keep.map { documents.filter($0) } ?? documents))
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

  /// The statements and headings of one document, with the task's segmenters and word cache.
  public func extraction(_ document: Document, task: PipelineTask) throws(StatementError) -> StatementExtractor.Extraction {
    try extractor.extract(document, using: task.segmenters)
  }

  /// Reads and extracts every file on `jobs` workers and hands each file's outcome to
  /// `deliver` in file order, as soon as it and the files before it are done.
  public func extract(
    _ files: [String], jobs: Int?, deliver: (Int, FileOutcome<[Entry]>) -> Void
  ) {
    WorkerPool(jobs: jobs).run(count: files.count, makeTask: { PipelineTask() }) { task, index in
      load(files[index]).map { document in Entry(document: document, statements: try extract(document, task: task)) }
    } deliver: { index, outcome in
      deliver(
        index,
        outcome ?? FileOutcome(path: files[index], result: .failure(.unreadable(path: files[index], reason: "not read (internal error opening ICU)"))))
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

extension Pipeline.FileOutcome where Value == [Document] {
  /// The outcome of each of the file's documents through `transform`, its notes, count and
  /// digest kept. A document that `transform` cannot handle (ICU failed) fails the file:
  /// nothing of it is reported half-done.
  func map<Other>(_ transform: (Document) throws -> Other) -> Pipeline.FileOutcome<[Other]> {
    var outcome = Pipeline.FileOutcome<[Other]>(path: path, result: .success([]))
    outcome.notes = notes
    outcome.found = found
    outcome.digest = digest
    do {
      outcome.result = .success(try result.get().map(transform))
    } catch let problem as InputError {
      outcome.result = .failure(problem)
    } catch {
      outcome.result = .failure(.unreadable(path: path, reason: "\(error)"))
    }
    return outcome
  }
}
