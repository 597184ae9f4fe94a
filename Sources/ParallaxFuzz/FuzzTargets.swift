import Foundation
import ParallaxCore

/// The fuzz targets: each takes one input's bytes, runs a reader or stage on them, and traps
/// (through `FuzzCheck.require`) when an invariant breaks. libFuzzer calls them through
/// `LLVMFuzzerTestOneInput` in a `-sanitize=fuzzer` build (`.ci/fuzz`); the plain build replays
/// files through them (`parallax-fuzz TARGET FILE…`), so seeds and crashes stay reproducible
/// without the sanitizer.
enum FuzzTarget: String, CaseIterable, Sendable {
  case text, frontmatter, jsonl, html, extract, fix, manifest, compare

  /// Runs the target on `data`.
  func run(_ data: Data) {
    switch self {
    case .text: Self.read(data, path: "fuzz.txt", format: .agencyText)
    case .frontmatter: Self.read(data, path: "fuzz.md", format: .frontMatter)
    case .jsonl: Self.read(data, path: "fuzz.jsonl", format: .jsonLines)
    case .html: Self.read(data, path: "fuzz.html", format: .html)
    case .extract: Self.extract(data)
    case .fix: Self.fix(data)
    case .manifest: Self.manifest(data)
    case .compare: Self.compare(data)
    }
  }

  /// A reader: the documents `statements` would see, and the reader-visible text `check` sees.
  static func read(_ data: Data, path: String, format: Document.Format) {
    guard case .success(let input) = InputCollector().decode(data, path: path) else { return }
    let (documents, problems) = FuzzResources.shared.loader.load(input)
    for document in documents { FuzzCheck.document(document) }
    for problem in problems { FuzzCheck.require(problem.path == path, "a problem names another file: \(problem)") }
    FuzzCheck.readerText(ReaderText(input, format: format), of: input)
    if format == .frontMatter, let fence = FrontMatterFence.find(in: input.text, path: path) {
      FuzzCheck.require(fence.bodyStart <= input.text.utf8.count && fence.yaml.upperBound <= input.text.utf8.count, "front matter out of the text")
    }
  }

  /// The extractor over every document of an input read as text and as JSON Lines: statements
  /// in order, positions inside the file, texts taken from the document.
  static func extract(_ data: Data) {
    guard case .success(let input) = InputCollector().decode(data, path: "fuzz.txt") else { return }
    let resources = FuzzResources.shared
    for document in resources.loader.load(input).documents {
      guard let extraction = try? resources.extractor.extract(document) else { continue }
      var previous: StatementID?
      for statement in extraction.statements {
        FuzzCheck.require(statement.line >= 1 && statement.column >= 1, "statement at \(statement.line):\(statement.column)")
        FuzzCheck.require(previous.map { $0 < statement.id } ?? true, "statement ids out of order")
        FuzzCheck.require(!statement.text.isEmpty, "an empty statement")
        previous = statement.id
      }
      // Nothing is lost: every sentence is in one statement or one heading.
      let placed = (extraction.statements + extraction.headings).flatMap(\.sentences).sorted()
      FuzzCheck.require(placed == Array(0..<extraction.sentences.count), "a sentence in no statement or heading, or in two")
      // Determinism: the same document gives the same statements.
      let again = try? resources.extractor.extract(document)
      FuzzCheck.require(again == extraction, "two extractions of one document differ")
    }
  }

  /// `check --fix`: the fixed bytes are exactly the applied findings' suggestions put in place
  /// of their ranges, every applied range lies in reader-visible text, and fixing again finds
  /// nothing more to apply at the same places (for HTML and for text).
  static func fix(_ data: Data) {
    for path in ["fuzz.txt", "fuzz.html"] {
      guard case .success(let input) = InputCollector().decode(data, path: path),
        let checker = FuzzResources.shared.checker,
        let (findings, _) = try? checker.checkReaderText(input, language: "en")
      else { continue }
      let seen = ReaderText(input)
      let (fixed, applied) = FixApplier.apply(findings, to: input.text)
      var expected = Array(input.text.utf8)
      var last = Int.max
      for finding in applied.reversed() {
        FuzzCheck.require(finding.fixable && finding.suggestion != nil, "an unfixable finding was applied")
        FuzzCheck.require(finding.utf8Range.upperBound <= last, "applied findings overlap")
        FuzzCheck.require(
          seen.spans.contains { $0.range.lowerBound <= finding.utf8Range.lowerBound && finding.utf8Range.upperBound <= $0.range.upperBound },
          "a fix outside the reader-visible text at \(finding.utf8Range)")
        expected.replaceSubrange(finding.utf8Range, with: Array((finding.suggestion ?? "").utf8))
        last = finding.utf8Range.lowerBound
      }
      FuzzCheck.require(Array(fixed.utf8) == expected, "the fixed bytes are not the findings applied")
    }
  }

  /// `compare` on a pair of documents (the input split at its first line `===`): every
  /// statement that goes in comes out once, in an alignment or as unique, and comparing again
  /// gives the same comparison.
  static func compare(_ data: Data) {
    let separator = Array("\n===\n".utf8)
    let bytes = [UInt8](data)
    var cut = bytes.count
    if bytes.count >= separator.count {
      for k in 0...(bytes.count - separator.count) where bytes[k..<(k + separator.count)].elementsEqual(separator) {
        cut = k
        break
      }
    }
    let halves = [Data(bytes[..<cut]), Data(bytes[min(bytes.count, cut + separator.count)...])]
    let resources = FuzzResources.shared
    guard let compare = resources.compare, let profiler = resources.profiler else { return }
    var documents: [ProfiledDocument] = []
    var expected: Set<StatementRef> = []
    for (index, half) in halves.enumerated() {
      guard case .success(let input) = InputCollector().decode(half, path: "doc\(index + 1).txt") else { continue }
      for document in resources.loader.load(input).documents {
        guard let extraction = try? resources.extractor.extract(document),
          let profiled = try? profiler.profile(document, statements: extraction.statements)
        else { continue }
        documents.append(profiled)
        for statement in extraction.statements { expected.insert(StatementRef(document: document.path, statement: statement.id)) }
      }
    }
    let comparer = Comparer(canonical: compare.style?.style.canonical ?? [:], allowed: compare.style?.style.allowed ?? [:])
    let comparison = comparer.compare(documents, lexicon: compare.lexicon, style: compare.style?.style.id)
    var seen: [StatementRef: Int] = [:]
    for event in comparison.events {
      for alignment in event.alignments { for member in alignment.members { seen[member, default: 0] += 1 } }
      for unique in event.unique { seen[unique.member, default: 0] += 1 }
    }
    FuzzCheck.require(Set(seen.keys) == expected, "statements lost or invented: \(expected.subtracting(seen.keys).count) lost, \(Set(seen.keys).subtracting(expected).count) invented")
    FuzzCheck.require(seen.values.allSatisfy { $0 == 1 }, "a statement came out twice")
    let again = comparer.compare(documents, lexicon: compare.lexicon, style: compare.style?.style.id)
    FuzzCheck.require(again == comparison, "two comparisons of the same documents differ")
  }

  /// The manifest loader: never traps, and a manifest it accepts has jobs with valid ids.
  static func manifest(_ data: Data) {
    let folder = FuzzResources.shared.scratch
    switch BatchManifestLoader().load(data: data, path: "fuzz.yaml", folder: folder, locales: FuzzResources.shared.data) {
    case .success(let manifest):
      FuzzCheck.require(!manifest.jobs.isEmpty, "a manifest without jobs was accepted")
      for job in manifest.jobs { FuzzCheck.require(!job.id.isEmpty && !job.output.hasPrefix("/"), "job \(job.id) accepted") }
    case .failure(let errors):
      FuzzCheck.require(!errors.problems.isEmpty, "a failure without a problem")
      for problem in errors.problems { FuzzCheck.require(!problem.description.isEmpty, "an empty message") }
    }
  }
}

/// Invariants shared by the targets.
enum FuzzCheck {
  /// Traps with `message` when `condition` is false: libFuzzer records the input as a crash.
  static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition {
      FileHandle.standardError.write(Data("invariant broken: \(message())\n".utf8))
      abort()
    }
  }

  /// A document's paragraphs lie in its text, in order, on character boundaries.
  static func document(_ document: Document) {
    let count = document.text.utf8.count
    var end = 0
    for paragraph in document.paragraphs {
      require(paragraph.range.lowerBound >= end && paragraph.range.upperBound <= count, "paragraph \(paragraph.range) of \(count) bytes")
      let bytes = Array(document.text.utf8)
      if paragraph.range.lowerBound < count { require(bytes[paragraph.range.lowerBound] & 0xC0 != 0x80, "a paragraph starts inside a character") }
      end = paragraph.range.upperBound
    }
  }

  /// The masked text has the file's length and lines, and its spans are the file's bytes.
  static func readerText(_ seen: ReaderText, of input: InputText) {
    let original = Array(input.text.utf8)
    let masked = Array(seen.masked.utf8)
    require(masked.count == original.count, "masked text \(masked.count) bytes, file \(original.count)")
    require(seen.masked.unicodeScalars.count == input.text.unicodeScalars.count, "masking changed the scalar count")
    for (a, b) in zip(original, masked) where a == 0x0A { require(b == 0x0A, "masking moved a line break") }
    var end = 0
    for span in seen.spans {
      require(span.range.lowerBound >= end && span.range.upperBound <= original.count, "span \(span.range)")
      require(original[span.range] == masked[span.range], "a visible span was masked")
      end = span.range.upperBound
    }
  }
}

/// The locale data and the workers built from it, loaded once per process.
final class FuzzResources: @unchecked Sendable {
  // One thread only: libFuzzer and the replay run inputs one after another.
  static let shared = FuzzResources()

  let data: DirectoryLocaleData
  let loader: DocumentLoader
  let extractor: StatementExtractor
  let checker: StyleChecker?
  let compare: CompareResources?
  /// Made once: opening its ICU objects per input would make the target crawl.
  let profiler: StatementProfiler?
  /// An empty folder that relative manifest inputs resolve against.
  let scratch: String

  private init() {
    let root = ProcessInfo.processInfo.environment["PARALLAX_LOCALES"] ?? "Locales"
    let data = DirectoryLocaleData(root: URL(fileURLWithPath: root), displayRoot: "Locales")
    self.data = data
    do {
      let resources = try StatementResources(data: data)
      loader = resources.loader()
      extractor = resources.extractor()
    } catch {
      FileHandle.standardError.write(Data("cannot load \(root): \(error); set PARALLAX_LOCALES\n".utf8))
      exit(2)
    }
    checker = try? { () throws -> StyleChecker in
      let setup = try NameSetup.load(from: data)
      let style = try HouseStyle.load(LocaleDefaults.load(from: data).style, from: data, registry: setup.registry)
      return try StyleChecker(
        compiled: CompiledStyle(style: style, setup: setup), setup: setup, matcher: setup.makeMatcher(),
        quotes: QuotationMarks.load(from: data))
    }()
    compare = try? CompareResources(data: data)
    profiler = try? compare?.makeProfiler()
    scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-fuzz-\(getpid())").path
    try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
  }

  /// The target named by `PARALLAX_FUZZ_TARGET`.
  static func selectedTarget() -> FuzzTarget {
    let name = ProcessInfo.processInfo.environment["PARALLAX_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
      FileHandle.standardError.write(
        Data("set PARALLAX_FUZZ_TARGET to one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: " "))\n".utf8))
      exit(2)
    }
    return target
  }
}
