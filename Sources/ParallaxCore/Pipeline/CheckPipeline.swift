public import Foundation
public import ParallaxICU

/// The staged run of `check` (and of the language server's checks): the compiled name
/// registry from its cache, the house style compiled against it, quotation marks and language
/// profiles, loaded once; each worker owns a name matcher and a style checker. Files are read
/// once and their findings handed over in file order as soon as each is done, so a caller can
/// print or fix file by file and memory does not grow with the number of findings.
///
/// ```swift
/// let pipeline = try CheckPipeline(data: data, cacheDirectory: nil, style: "ap-en")
/// pipeline.check(["story.md"], jobs: nil) { index, result in
///   for finding in (try? result.get().findings) ?? [] { print(finding.line, finding.message) }
/// }
/// ```
public struct CheckPipeline: Sendable {
  public let names: NameSetup
  public let style: CompiledStyle
  public let quotes: QuotationMarks
  public let detector: LanguageDetector
  public let collector: InputCollector

  /// Loads the names, the style `styleID` (the default of `und/defaults.yaml` when nil),
  /// quotation marks and language profiles.
  public init(
    data: any LocaleDataProvider, cacheDirectory: URL?, style styleID: String?, collector: InputCollector = InputCollector()
  ) throws(LocaleDataError) {
    try self.init(
      data: data, names: try NameSetup.load(from: data, cacheDirectory: cacheDirectory), style: styleID, collector: collector)
  }

  /// The same over names already loaded (a server that changes styles keeps one name setup).
  public init(
    data: any LocaleDataProvider, names: NameSetup, style styleID: String?, collector: InputCollector = InputCollector()
  ) throws(LocaleDataError) {
    var languages = LanguageDetector(profiles: try LanguageProfile.loadAll(from: data))
    // The opening of a piece is enough to tell its language.
    languages.sampleLimit = 300
    detector = languages
    var id = styleID ?? ""
    if styleID == nil { id = try LocaleDefaults.load(from: data).style }
    let style = try HouseStyle.load(id, from: data, registry: names.registry)
    self.names = names
    do {
      self.style = try CompiledStyle(style: style, setup: names)
    } catch let error as LocaleDataError {
      throw error
    } catch {
      throw .unreadable(file: data.displayPath("und/styles/\(id).yaml"), reason: "ICU could not compile the style: \(error)")
    }
    quotes = try QuotationMarks.load(from: data)
    self.collector = collector
  }

  /// One file's text as read, its findings (every severity, in text order) and what was wrong
  /// in it that did not stop the check (a malformed front matter, a bad JSON Lines record).
  public struct Checked: Sendable {
    public let text: String
    public let findings: [StyleFinding]
    public let problems: [IngestError]
  }

  /// A style checker with its own name matcher, for one task.
  public func makeChecker() throws -> StyleChecker {
    try StyleChecker(compiled: style, setup: names, matcher: try names.makeMatcher(), quotes: quotes)
  }

  /// The findings of `text` (from `path`) with `checker`; copy in a language the style does
  /// not review gets none.
  public func check(_ text: String, path: String, with checker: StyleChecker) throws(ICUError) -> [StyleFinding] {
    try check(InputText(path: path, text: text), with: checker).findings
  }

  /// The findings in what a reader sees of `input` (HTML text outside scripts and styles, the
  /// text fields of JSON Lines records, a body after its front matter), at their place in the
  /// file, and the problems of its format; markup, keys and code get none and are never fixed.
  public func check(_ input: InputText, with checker: StyleChecker) throws(ICUError) -> Checked {
    let seen = ReaderText(input)
    let detected = detector.detect(seen.masked).language
    let (findings, problems) = try checker.checkReaderText(
      seen, of: input, language: detected == .undetermined ? nil : detected)
    return Checked(text: input.text, findings: findings, problems: problems)
  }

  /// Reads and checks `files` on `jobs` workers and hands each file's result to `deliver` in
  /// file order, as soon as it and the files before it are done.
  public func check(_ files: [String], jobs: Int?, deliver: (Int, Result<Checked, InputError>) -> Void) {
    WorkerPool(jobs: jobs).run(count: files.count, makeTask: { try? makeChecker() }) { (checker: StyleChecker, index: Int) in
      collector.read(files[index]).flatMap { input -> Result<Checked, InputError> in
        do throws(ICUError) {
          return .success(try check(input, with: checker))
        } catch {
          return .failure(.unreadable(path: files[index], reason: "\(error)"))
        }
      }
    } deliver: { index, result in
      deliver(index, result ?? .failure(.unreadable(path: files[index], reason: "not checked (internal error opening ICU)")))
    }
  }
}
