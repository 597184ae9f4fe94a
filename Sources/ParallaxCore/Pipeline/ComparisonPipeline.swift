public import Foundation
import ParallaxICU

/// The stages of a comparison from files to reports, shared by `compare` and `batch run`, so
/// that a batch report is byte for byte the report `compare` writes for the same inputs: the
/// base `Pipeline` reads and extracts, each worker's profiler fills topics and entities, the
/// `Comparer` groups events and aligns, and the `MarkdownRenderer` writes one report per event.
///
/// ```swift
/// let base = try Pipeline(data: data, cacheDirectory: cache)
/// let pipeline = try ComparisonPipeline(base, style: nil, reportLocale: "en")
/// let outcomes = pipeline.profile(files, jobs: nil)
/// let documents = outcomes.flatMap { (try? $0.result.get()) ?? [] }
/// let comparison = pipeline.compare(documents, options: ComparerOptions())
/// try pipeline.writeReports(comparison, digests: ComparisonPipeline.digests(outcomes, files: files),
///                           asOf: nil, options: ReportOptions()) { file in print(file.name) }
/// ```
public struct ComparisonPipeline: Sendable {
  public typealias FileOutcome = Pipeline.FileOutcome<[ProfiledDocument]>

  public let base: Pipeline
  public let resources: CompareResources
  public let strings: ReportStrings
  /// The SHA-256 of the locale data, named in every report's method section.
  let localeDigest: String
  /// The transliteration schemes the report strings name, checked at start-up on the thread
  /// that has time for it (nil: checked when the reports are written). A scheme that does not
  /// compile fails the reports, not a run that writes none.
  private let latinSchemes: Result<ReportLatinSchemes, LocaleDataError>?
  public var data: any LocaleDataProvider { base.data }

  /// Loads the resources of a comparison under `style` in `reportLocale` (defaults from
  /// Locales/und/defaults.yaml when nil or empty), on top of `base`'s names.
  public init(_ base: Pipeline, style: String?, reportLocale: String?) throws(LocaleDataError) {
    let (resources, strings) = try Self.comparisonData(data: base.data, names: base.names, style: style, reportLocale: reportLocale)
    self.init(base: base, resources: resources, strings: strings, localeDigest: LocaleDataDigest.sha256(base.data))
  }

  private init(
    base: Pipeline, resources: CompareResources, strings: ReportStrings, localeDigest: String,
    latinSchemes: Result<ReportLatinSchemes, LocaleDataError>? = nil
  ) {
    self.base = base
    self.resources = resources
    self.strings = strings
    self.localeDigest = localeDigest
    self.latinSchemes = latinSchemes
  }

  /// The base pipeline and the comparison's resources loaded at once, on two threads. One
  /// reads the names (from the cache) and compiles their resolver, then the comparison's
  /// styles, tagger and event clues; the other the comparison's topic lexicon and stop words,
  /// the statement stage's data, the locale data's digest and the report strings and then,
  /// once the names are there, the extractor. A run on a few documents waits for this start-up
  /// more than for anything else.
  public static func load(
    data: any LocaleDataProvider, cacheDirectory: URL?, style: String?, reportLocale: String?
  ) throws(LocaleDataError) -> ComparisonPipeline {
    let loaded = StartupResults()
    // A thread of its own rather than a dispatch queue: this half must run beside the other,
    // which waits for its names, never after it on the same thread.
    let other = Thread {
      let names = Result { () throws(LocaleDataError) in
        let setup = try NameSetup.load(from: data, cacheDirectory: cacheDirectory)
        return (setup, setup.formResolver())
      }
      loaded.set(names: names)
      if case .success(let (setup, _)) = names {
        loaded.set(comparison: Result { () throws(LocaleDataError) in
          try CompareResources(data: data, names: setup, style: style, words: try loaded.waitForWords().get())
        })
      }
      loaded.finish()
    }
    other.stackSize = 8 << 20
    other.start()
    // The comparison's words need no names: read here while the names load there, which
    // takes that half longer than this one's own data.
    loaded.set(words: Result { () throws(LocaleDataError) in try CompareResources.Words(data: data) })
    let statements = Result { () throws(LocaleDataError) in try StatementResources(data: data) }
    loaded.set(digest: LocaleDataDigest.sha256(data, cacheDirectory: cacheDirectory))
    // The report strings need no names: read here, so both threads carry about as much. The
    // people the agent reader knows by side come from the names once they are there.
    var strings = Result { () throws(LocaleDataError) in try reportStrings(data: data, reportLocale: reportLocale, people: []) }
    let latinSchemes = strings.flatMap { strings in
      Result { () throws(LocaleDataError) in try ReportLatinSchemes(strings: strings, catalog: SchemeCatalog(data: data)) }
    }
    if case .success(let (names, resolver)) = loaded.waitForNames(), case .success(let resources) = statements {
      let people = PersonSides.people(in: names.registry)
      strings = strings.map { strings in
        var strings = strings
        strings.cues = strings.cues.adding(people: people)
        return strings
      }
      let base = Pipeline(data: data, names: names, resolver: resolver, statementResources: resources, collector: InputCollector())
      loaded.set(base: .success(base))
    } else {
      loaded.set(base: statements.map { _ in nil })
    }
    loaded.waitUntilFinished()
    // Problems in the order one thread would meet them: names, the statement stage, the rest.
    _ = try loaded.waitForNames().get()
    guard let base = try loaded.base!.get() else { preconditionFailure("the base is built once the names load") }
    let resources = try loaded.comparison!.get()
    return ComparisonPipeline(
      base: base, resources: resources, strings: try strings.get(), localeDigest: loaded.digest, latinSchemes: latinSchemes)
  }

  private static func comparisonData(
    data: any LocaleDataProvider, names: NameSetup, style: String?, reportLocale: String?
  ) throws(LocaleDataError) -> (CompareResources, ReportStrings) {
    let resources = try CompareResources(data: data, names: names, style: style)
    return (resources, try reportStrings(data: data, reportLocale: reportLocale, people: PersonSides.people(in: names.registry)))
  }

  /// The report strings of `reportLocale` (the default of Locales/und/defaults.yaml when nil or
  /// empty).
  private static func reportStrings(
    data: any LocaleDataProvider, reportLocale: String?, people: [PersonSides.Person]
  ) throws(LocaleDataError) -> ReportStrings {
    var language = reportLocale ?? ""
    if language.isEmpty { language = try LocaleDefaults.load(from: data).reportLocale }
    return try ReportStrings.load(for: LocaleID(language), from: data, people: people)
  }

  /// Reads, extracts and profiles `files` on `jobs` worker threads; one outcome per file, in order.
  /// - Parameters:
  ///   - budget: shared with other jobs running at once: a worker holds one of its cores while
  ///     it works on a file, so that all jobs together keep about as many threads busy as there
  ///     are cores.
  ///   - keep: which loaded documents to extract and profile (the others are dropped unread);
  ///     called on worker threads.
  ///   - keepText: keep each document's text and paragraphs (the batch history fingerprints
  ///     them); otherwise they are dropped once the statements are out, as nothing later reads them.
  ///   - spill: where each document's statements are set aside once profiled (nil: in memory).
  ///   - fileDone: called as each file is done, in file order, with its index.
  public func profile(
    _ files: [String], jobs: Int?, budget: CoreBudget? = nil, keep: (@Sendable (Document) -> Bool)? = nil,
    keepText: Bool = false, spill: StatementSpill? = nil, fileDone: ((Int, FileOutcome) -> Void)? = nil
  ) -> [FileOutcome] {
    var outcomes: [FileOutcome] = []
    outcomes.reserveCapacity(files.count)
    profileEach(files, jobs: jobs, budget: budget, keep: keep, keepText: keepText, spill: spill) { index, outcome in
      fileDone?(index, outcome)
      outcomes.append(outcome)
    }
    return outcomes
  }

  /// Reads, extracts and profiles `files` as `profile` does, handing each outcome to
  /// `fileDone` in file order and keeping none: a caller that keeps only the documents holds
  /// each of them once, not also in a list of outcomes (at 100,000 documents, 60 MB).
  /// - Parameter spill: where each document's statements are set aside once profiled (nil:
  ///   they stay in memory).
  public func profileEach(
    _ files: [String], jobs: Int?, budget: CoreBudget? = nil, keep: (@Sendable (Document) -> Bool)? = nil,
    keepText: Bool = false, spill: StatementSpill? = nil, fileDone: (Int, FileOutcome) -> Void
  ) {
    let pool = WorkerPool(jobs: min(jobs ?? ProcessInfo.processInfo.activeProcessorCount, budget?.cores ?? Int.max))
    pool.run(count: files.count, makeTask: { try? ComparisonTask(resources: resources) }) { task, index in
      budget?.acquire()
      defer { budget?.release() }
      var outcome = profile(files[index], keep: keep, keepText: keepText, task: task)
      if let spill, case .success(var documents) = outcome.result {
        for index in documents.indices { documents[index].spill(to: spill) }
        outcome.result = .success(documents)
      }
      return outcome
    } deliver: { index, outcome in
      fileDone(index, outcome ?? FileOutcome(
        path: files[index], result: .failure(.unreadable(path: files[index], reason: "not compared (internal error opening ICU)"))))
    }
  }

  /// One file read, extracted and profiled with `task`'s ICU objects.
  func profile(_ path: String, keep: ((Document) -> Bool)?, keepText: Bool, task: ComparisonTask) -> FileOutcome {
    base.load(path, keep: keep).map { document in
      let extraction = try base.extraction(document, task: task.base)
      let statements = extraction.statements
      let kept = keepText ? document : document.withoutText()
      guard statements.count + extraction.headings.count >= Self.profiledInParts, ProcessInfo.processInfo.activeProcessorCount > 1 else {
        return try task.profiler.profile(kept, statements: consume statements, headings: extraction.headings)
      }
      return try profileInParts(kept, statements: consume statements, headings: extraction.headings, task: task)
    }
  }

  /// The fewest statements a document has for its statements to be profiled in parts, a part
  /// per core (a list of a million lines is one document; most documents have a few dozen).
  static let profiledInParts = 4096

  /// A long document's statements profiled in parts on the cores, each part by a profiler of
  /// its own (profiles do not depend on one another), joined in order: the same statements
  /// and profiles as one profiler gives. The workers only read the statements; their topics
  /// and entities are filled in afterwards, in place.
  private func profileInParts(
    _ document: Document, statements: consuming [Statement], headings: [Statement], task: ComparisonTask
  ) throws(ICUError) -> ProfiledDocument {
    let pool = WorkerPool()
    // The statements, then the headings, as one run of items cut into a part per core.
    let count = statements.count
    let total = count + headings.count
    let size = (total + pool.jobs - 1) / pool.jobs
    let parts = stride(from: 0, to: total, by: size).map { $0..<min($0 + size, total) }
    var profiles: [StatementProfile] = []
    profiles.reserveCapacity(total)
    var failure: ICUError?
    let resources = resources
    pool.run(count: parts.count, makeTask: { try? resources.makeProfiler() }) { profiler, k in
      Result { () throws(ICUError) in
        let ofStatements = parts[k].clamped(to: 0..<count)
        let ofHeadings = parts[k].clamped(to: count..<total)
        return try profiler.profiles(of: statements, in: ofStatements, language: document.language)
          + profiler.headingProfiles(
            of: headings, in: (ofHeadings.lowerBound - count)..<(ofHeadings.upperBound - count), language: document.language)
      }
    } deliver: { _, part in
      switch part {
      case .success(let part)?: profiles += part
      case .failure(let error)?: failure = failure ?? error
      case nil: failure = failure ?? ICUError(code: 7, name: "U_MEMORY_ALLOCATION_ERROR", operation: "open a statement profiler")
      }
    }
    if let failure { throw failure }
    var filled = consume statements
    for index in filled.indices { StatementProfiler.fill(&filled[index], from: profiles[index]) }
    let placed = StatementProfiler.placed(Array(profiles[count...]), of: headings, among: filled)
    profiles.removeSubrange(count...)
    return ProfiledDocument(
      document: document, statements: filled, profiles: profiles, title: try task.profiler.title(of: document), headings: placed)
  }

  /// The digests of the files that were read, by path, for the reports' method sections.
  public static func digests(_ outcomes: [FileOutcome], files: [String]) -> [String: String] {
    var digests: [String: String] = [:]
    for (path, outcome) in zip(files, outcomes) where path != "-" { digests[path] = outcome.digest }
    return digests
  }

  /// Groups `documents` into events and aligns their statements, events on `jobs` workers.
  /// - Parameter documents: taken over (see `Comparer.compare`): pass them with `consume` so
  ///   their profiles go as their events are compared.
  /// - Parameter spill: where each compared event's statements wait for its report (nil: in
  ///   memory).
  public func compare(
    _ documents: consuming [ProfiledDocument], options: ComparerOptions, jobs: Int? = nil, spill: StatementSpill? = nil
  ) -> Comparison {
    let comparer = Comparer(
      options: options, canonical: resources.style?.style.canonical ?? [:], allowed: resources.style?.style.allowed ?? [:],
      relays: resources.relays)
    return comparer.compare(consume documents, lexicon: resources.lexicon, style: resources.style?.style.id, jobs: jobs, spill: spill)
  }

  /// Renders the Markdown reports of `comparison` one at a time, handing each to `write` as
  /// soon as it is rendered: with several events an index (first, or after the reports with
  /// `indexLast`), a report per event with two or more sources, and one file with the
  /// single-source events.
  /// - Parameters:
  ///   - singleSource: when given, takes `single-source.md` part by part as it is made,
  ///     instead of `write` taking it whole at the end (see `MarkdownRenderer.render`).
  ///   - indexLast: the index after the reports, for files that go to a folder (each event is
  ///     then read into a report once; see `MarkdownRenderer.render`).
  public func writeReports(
    _ comparison: Comparison, digests: [String: String], asOf: CalendarDate?, options: ReportOptions, jobs: Int? = nil,
    singleSource: ((String) throws -> Void)? = nil, indexLast: Bool = false, write: (MarkdownRenderer.File) throws -> Void
  ) throws {
    let context = try reportContext(comparison, digests: digests, asOf: asOf)
    try MarkdownRenderer(strings: strings, options: options).render(
      comparison, context: context, jobs: jobs, singleSource: singleSource, indexLast: indexLast, each: write)
  }

  /// The Markdown reports of `comparison`, all in memory (for a batch job's one report file).
  public func markdown(
    _ comparison: Comparison, digests: [String: String], asOf: CalendarDate?, options: ReportOptions
  ) throws(LocaleDataError) -> [MarkdownRenderer.File] {
    let context = try reportContext(comparison, digests: digests, asOf: asOf)
    var files: [MarkdownRenderer.File] = []
    MarkdownRenderer(strings: strings, options: options).render(comparison, context: context) { files.append($0) }
    return files
  }

  /// The versions, hashes, names and transliterations a report shows besides the comparison.
  private func reportContext(
    _ comparison: Comparison, digests: [String: String], asOf: CalendarDate?
  ) throws(LocaleDataError) -> ReportContext {
    let style = resources.style?.style
    let schemes = latinSchemes ?? Result { () throws(LocaleDataError) in
      try ReportLatinSchemes(strings: strings, catalog: SchemeCatalog(data: data))
    }
    return ReportContext(
      asOf: asOf, parallaxVersion: ParallaxVersion.string, icuVersion: ICUVersion.current,
      unicodeVersion: ICUVersion.unicode, localeDataHash: localeDigest, inputs: digests,
      entityNames: ReportNames.entities(registry: resources.names.registry, style: style, language: strings.language),
      framingLabels: ReportNames.framing(style: style),
      latinSchemes: try schemes.get())
  }
}

/// What one comparison worker owns: the base task's segmenters and word cache, and a
/// profiler with its own name matcher and romanizers.
final class ComparisonTask {
  let base = PipelineTask()
  let profiler: StatementProfiler

  init(resources: CompareResources) throws {
    profiler = try resources.makeProfiler()
  }
}

extension Document {
  /// The document without its text, paragraphs and source map: what a comparison keeps of it
  /// once its statements are extracted (they carry their own text and positions).
  func withoutText() -> Document {
    var document = self
    document.text = ""
    document.paragraphs = []
    document.sourceMap = SourceMap(anchors: [])
    return document
  }
}

/// What the two halves of `ComparisonPipeline.load` produce, each part set once; the names
/// are awaited by the calling thread's half.
private final class StartupResults: @unchecked Sendable {
  private let condition = NSCondition()
  private var names: Result<(NameSetup, NameListResolver), LocaleDataError>?
  private(set) var base: Result<Pipeline?, LocaleDataError>?
  private(set) var digest = ""
  private(set) var comparison: Result<CompareResources, LocaleDataError>?
  private var words: Result<CompareResources.Words, LocaleDataError>?

  func set(names result: Result<(NameSetup, NameListResolver), LocaleDataError>) {
    condition.withLock {
      names = result
      condition.broadcast()
    }
  }

  /// The names and their resolver once the other half has made them (or failed to).
  func waitForNames() -> Result<(NameSetup, NameListResolver), LocaleDataError> {
    condition.withLock {
      while names == nil { condition.wait() }
      return names!
    }
  }

  func set(words result: Result<CompareResources.Words, LocaleDataError>) {
    condition.withLock {
      words = result
      condition.broadcast()
    }
  }

  /// The comparison's topic lexicon and stop words once the first half has read them.
  func waitForWords() -> Result<CompareResources.Words, LocaleDataError> {
    condition.withLock {
      while words == nil { condition.wait() }
      return words!
    }
  }

  func set(base result: Result<Pipeline?, LocaleDataError>) {
    condition.withLock { base = result }
  }

  func set(digest: String) {
    condition.withLock { self.digest = digest }
  }

  func set(comparison result: Result<CompareResources, LocaleDataError>) {
    condition.withLock { comparison = result }
  }

  private var finished = false

  /// Called by the names-and-comparison half when it is done, whatever happened.
  func finish() {
    condition.withLock {
      finished = true
      condition.broadcast()
    }
  }

  func waitUntilFinished() {
    condition.withLock {
      while !finished { condition.wait() }
    }
  }
}
