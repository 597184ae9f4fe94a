import Foundation
import ParallaxCore
import ParallaxICU

/// The stages of `parallax compare` from files to Markdown, shared by `compare` and `batch run`
/// so that a batch report is byte for byte the report `compare` writes for the same inputs.
struct ComparisonPipeline: Sendable {
  /// What became of one input file.
  struct FileOutcome: Sendable {
    /// Problems inside the file that did not stop it (a bad JSON Lines record, say).
    var notes: [IngestError]
    /// Documents found in the file, before `keep` chose among them.
    var found: Int
    /// Its kept documents, or why it could not be read; nil when no worker could start.
    var result: Result<[ProfiledDocument], InputError>?
  }

  let data: any LocaleDataProvider
  let resources: CompareResources
  let strings: ReportStrings
  private let loader: DocumentLoader
  private let extractor: StatementExtractor

  /// Loads the resources of a comparison under `style` in `reportLocale` (defaults from
  /// Locales/und/defaults.yaml when nil or empty).
  init(data: any LocaleDataProvider, style: String?, reportLocale: String?) throws(LocaleDataError) {
    let statements = try StatementResources(data: data)
    resources = try CompareResources(data: data, style: style)
    var language = reportLocale ?? ""
    if language.isEmpty { language = try LocaleDefaults.load(from: data).reportLocale }
    strings = try ReportStrings.load(for: LocaleID(language), from: data)
    self.data = data
    let registry = NameListResolver.registry(from: data)
    loader = statements.loader(places: registry)
    extractor = statements.extractor(resolver: registry)
  }

  /// Reads, extracts and profiles `files` on `jobs` worker threads; one outcome per file, in order.
  /// - Parameters:
  ///   - budget: shared with other jobs running at once: a worker holds one of its cores while
  ///     it works on a file, so that all jobs together keep about as many threads busy as there
  ///     are cores.
  ///   - keep: which loaded documents to extract and profile (the others are dropped unread);
  ///     called on worker threads.
  ///   - fileDone: called on a worker thread as each file is done, with its index.
  func profile(
    _ files: [String], jobs: Int?, budget: CoreBudget? = nil, keep: (@Sendable (Document) -> Bool)? = nil,
    fileDone: (@Sendable (Int, FileOutcome) -> Void)? = nil
  ) -> [FileOutcome] {
    let collector = InputCollector()
    let results = ResultSlots<FileOutcome>(count: files.count)
    let next = ResultSlots<Int>(count: 1)
    let workers = max(1, min(jobs ?? ProcessInfo.processInfo.activeProcessorCount, files.count))
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      guard let profiler = try? resources.makeProfiler() else { return }
      while let index = next.claim(below: files.count) {
        budget?.acquire()
        var outcome = FileOutcome(notes: [], found: 0, result: nil)
        outcome.result = CompareCommand.process(
          files[index], collector: collector, loader: loader, extractor: extractor, profiler: profiler,
          keep: keep, notes: &outcome.notes, found: &outcome.found)
        budget?.release()
        results[index] = outcome
        fileDone?(index, outcome)
      }
    }
    return files.indices.map { results[$0] ?? FileOutcome(notes: [], found: 0, result: nil) }
  }

  /// Groups `documents` into events and aligns their statements.
  func compare(_ documents: [ProfiledDocument], options: ComparerOptions) -> Comparison {
    let comparer = Comparer(
      options: options, canonical: resources.style?.style.canonical ?? [:], allowed: resources.style?.style.allowed ?? [:])
    return comparer.compare(documents, lexicon: resources.lexicon, style: resources.style?.style.id)
  }

  /// The Markdown reports of `comparison`, one per event (and an index when there are several).
  func markdown(
    _ comparison: Comparison, files: [String], asOf: CalendarDate?, options: ReportOptions
  ) throws(LocaleDataError) -> [MarkdownRenderer.File] {
    let context = try reportContext(comparison, files: files, asOf: asOf)
    return MarkdownRenderer(strings: strings, options: options).render(comparison, context: context)
  }

  /// The versions, hashes, names and transliterations a report shows besides the comparison.
  private func reportContext(
    _ comparison: Comparison, files: [String], asOf: CalendarDate?
  ) throws(LocaleDataError) -> ReportContext {
    var inputs: [String: String] = [:]
    for file in files where file != "-" {
      if let bytes = FileManager.default.contents(atPath: file) { inputs[file] = SHA256Digest.hex(bytes) }
    }
    let style = resources.style?.style
    return ReportContext(
      asOf: asOf, parallaxVersion: ParallaxVersion.string, icuVersion: ICUVersion.current,
      unicodeVersion: ICUVersion.unicode, localeDataHash: LocaleDataDigest.sha256(data), inputs: inputs,
      entityNames: ReportNames.entities(registry: resources.names.registry, style: style, language: strings.language),
      framingLabels: ReportNames.framing(style: style),
      transliterations: try ReportTransliterations.build(for: comparison, strings: strings, catalog: SchemeCatalog(data: data)))
  }
}
