/// Reads an input into documents: picks the reader by extension or sniffing, then finds the
/// article's parts (site chrome, headline, standfirst, byline, dateline, body) and the language
/// and scripts of every paragraph.
///
/// ```swift
/// let loader = DocumentLoader(datelines: parser, detector: detector)
/// let (documents, problems) = loader.load(input)
/// documents[0].dateline?.place   // "MOSCOW"
/// documents[0].dateline?.date    // --12-18 (no year anywhere: left open)
/// ```
public struct DocumentLoader: Sendable {
  public let datelines: DatelineParser
  public let detector: LanguageDetector
  public let places: (any PlaceResolving)?
  /// Sets page furniture aside line by line before the parts are found; nil keeps every
  /// paragraph as the reader made it.
  public let chrome: ChromeDetector?

  public init(
    datelines: DatelineParser, detector: LanguageDetector, places: (any PlaceResolving)? = nil, chrome: ChromeDetector? = nil
  ) {
    self.datelines = datelines
    self.detector = detector
    self.places = places
    self.chrome = chrome
  }

  /// The documents of `input` and the problems met; a bad JSON line or front matter never
  /// stops the other documents.
  public func load(_ input: InputText) -> (documents: [Document], problems: [IngestError]) {
    var raws: [RawDocument] = []
    var problems: [IngestError] = []
    if input.text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      return ([], [.empty(path: input.path)])
    }
    switch DocumentFormatSniffer().format(of: input) {
    case .agencyText:
      raws.append(AgencyTextReader().read(input))
    case .frontMatter:
      switch FrontMatterReader().read(input) {
      case .success(let raw): raws.append(raw)
      case .failure(let error): problems.append(error)
      }
    case .jsonLines:
      let result = JSONLinesReader().read(input)
      raws = result.documents
      problems = result.problems
    case .html:
      switch HTMLReader().read(input) {
      case .success(let raw): raws.append(raw)
      case .failure(let error): problems.append(error)
      }
    }
    // Lines an outlet repeats across the input's documents are its furniture.
    var outletLines: [String: Set<UInt64>] = [:]
    if let chrome, raws.count >= chrome.options.outletRepeats {
      outletLines = OutletBoilerplate.lines(
        of: raws.map { ($0.outlet, $0.text, $0.paragraphs) }, minimumDocuments: chrome.options.outletRepeats)
    }
    return (raws.map { assemble($0, outletLines: $0.outlet.flatMap { outletLines[$0] } ?? []) }, problems)
  }

  /// Finds the parts of a raw document and its languages.
  /// - Parameter outletLines: the lines its outlet repeats across the input's documents.
  func assemble(_ raw: RawDocument, outletLines: Set<UInt64> = []) -> Document {
    var raw = raw
    // Furniture lines become paragraphs of their own, flagged; those found by shape alone
    // may still hold the byline or the dateline, so they are settled after those are found.
    var shapeChrome: [Bool] = []
    var namedChrome: [Bool] = []
    var chromeDetected: [Bool] = []
    if let chrome {
      let pieces = chrome.pieces(in: raw.text, paragraphs: raw.paragraphs, outletLines: outletLines)
      chromeDetected = pieces.map(\.chrome)
      raw.paragraphs = pieces.map(\.range)
      shapeChrome = pieces.map { $0.chrome && $0.byShape }
      namedChrome = pieces.map { $0.chrome && !$0.byShape }
    }
    let utf8 = raw.text.utf8
    func text(_ range: Range<Int>) -> String {
      let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
      let end = utf8.index(start, offsetBy: range.count)
      return String(raw.text[start..<end])
    }
    let metadataLanguage = raw.language.map { LocaleID(TextFold.fold($0.split(separator: "_").joined(separator: "-"))) }
    var roles = Array(repeating: Paragraph.Role.body, count: raw.paragraphs.count)
    for (index, named) in namedChrome.enumerated() where named { roles[index] = .chrome }
    let headerEnd = min(raw.paragraphs.count, 8)
    for (index, shaped) in shapeChrome.enumerated() where shaped && index >= headerEnd { roles[index] = .chrome }
    var body = raw.text
    // Only the first few paragraphs can be header material.
    let headerLimit = min(raw.paragraphs.count, 8)
    let detections = body.mapUTF8Slices(raw.paragraphs) { detector.detect(utf8: $0) }
    let possible = body.mapUTF8Slices(raw.paragraphs[..<headerLimit]) {
      datelines.mayBeHeader(UTF8Head($0, scalarLimit: DatelineParser.headLimit, leading: DatelinePattern.placeScalars))
    }
    var title = raw.title
    var standfirst: [String] = []
    var byline: Byline?
    // A header paragraph's String is built when something needs it.
    var headerTexts = [String?](repeating: nil, count: headerLimit)
    func header(_ index: Int) -> String {
      if let known = headerTexts[index] { return known }
      let made = text(raw.paragraphs[index])
      headerTexts[index] = made
      return made
    }
    for index in 0..<headerLimit where possible[index].chrome && datelines.isChrome(header(index)) { roles[index] = .chrome }
    // The headline repeated in the text (an HTML <h1>) is not body text.
    if let given = raw.title {
      for index in 0..<headerLimit where TextFold.foldedEqual(header(index), given) { roles[index] = .chrome }
    }
    for index in 0..<headerLimit where roles[index] == .body && possible[index].byline {
      if let found = datelines.byline(inChecked: header(index), language: metadataLanguage) {
        byline = found
        roles[index] = .byline
        break
      }
    }
    var published = raw.published.flatMap { PartialDate(iso: $0) }
    var publishedTime = raw.published.flatMap { value -> String? in
      guard let t = value.firstIndex(of: "T") else { return nil }
      return String(value[value.index(after: t)...])
    }
    if published == nil, let date = byline?.date, date.year != nil {
      published = date
      publishedTime = byline?.time
    }
    // A publication line under the headline ("Veröffentlicht: 12. Jan 2024 - …") dates the
    // page as a byline does, whatever else the line holds.
    for index in 0..<headerLimit where published == nil && possible[index].byline {
      published = datelines.publicationDate(inChecked: header(index), language: metadataLanguage)
    }
    // The page's address, given or written as a line of its own at the top, files it under
    // its day.
    if published == nil, let address = raw.url { published = PageDateFinder.date(inAddress: address) }
    for index in 0..<headerLimit where published == nil
      && utf8[utf8.index(utf8.startIndex, offsetBy: raw.paragraphs[index].lowerBound)...].starts(with: "http".utf8)
    {
      published = PageDateFinder.date(inAddress: header(index))
    }
    // Nothing dates the page: the latest full date in its text, marked inferred. A dateline
    // without a year ("11 окт") takes that year. Furniture already set aside is not read: a
    // list of other stories ("Lesen Sie auch") carries their dates, not this one's.
    var inferred = false
    if published == nil,
      let found = datelines.pageDates.latest(
        in: Self.text(of: raw, where: { roles[$0] != .chrome }),
        language: metadataLanguage ?? Self.mostWritten(detections, raw.paragraphs))
    {
      published = found
      inferred = true
    }
    // The dateline opens the body: the first paragraph that starts with one.
    var dateline: Dateline?
    var bodyStart = 0
    for index in 0..<headerLimit where roles[index] == .body {
      // Without metadata, the paragraph's own language is the first guess at the rules.
      let guess = metadataLanguage ?? (detections[index].language == .undetermined ? nil : detections[index].language)
      if possible[index].dateline, let found = datelines.dateline(inChecked: header(index), published: published, language: guess) {
        dateline = found
        bodyStart = index
        break
      }
      // Front matter, JSON and HTML give the title: only the first paragraph can hold a dateline.
      if raw.title != nil && !raw.headingTitle { break }
    }
    if dateline != nil {
      if title == nil { Self.setAsideLabels(before: bodyStart, roles: &roles, text: header) }
      for index in 0..<bodyStart where roles[index] == .body {
        if title == nil {
          title = header(index)
          roles[index] = .title
        } else if let title, TextFold.foldedEqual(header(index), title) {
          roles[index] = .chrome  // the headline repeated
        } else {
          standfirst.append(header(index))
          roles[index] = .standfirst
        }
      }
    } else {
      // No dateline: a short first paragraph without a sentence end is the headline.
      if title == nil && !raw.headingTitle { Self.setAsideLabels(before: headerLimit, roles: &roles, text: header) }
      let candidates = (0..<raw.paragraphs.count).filter { roles[$0] == .body }
      if let first = candidates.first, first < headerLimit {
        let firstText = header(first)
        if raw.headingTitle && first == 0 {
          if title == nil { title = firstText }
          roles[first] = title.map { TextFold.foldedEqual($0, firstText) } ?? false ? .title : .body
          if raw.title != nil && roles[first] == .body { roles[first] = .standfirst }
        } else if let title, TextFold.foldedEqual(firstText, title) {
          roles[first] = .chrome
        } else if title == nil, candidates.count > 1, Self.looksLikeHeadline(firstText) {
          title = firstText
          roles[first] = .title
        }
      }
    }
    // Furniture by shape among the header paragraphs: whatever did not turn out to be the
    // byline or the dateline.
    for (index, shaped) in shapeChrome.enumerated() where shaped && index < headerEnd && roles[index] == .body {
      if dateline != nil && index == bodyStart { continue }
      roles[index] = .chrome
    }
    // The headline repeated further down the page (a web page's title above and in its body).
    if let title, !chromeDetected.isEmpty {
      for index in raw.paragraphs.indices where roles[index] == .body && raw.paragraphs[index].count == title.utf8.count
        && TextFold.foldedEqual(text(raw.paragraphs[index]), title)
      {
        roles[index] = .chrome
      }
    }
    // Headings inside the story: read for grouping, never statements.
    if chrome != nil { Self.setAsideHeadings(roles: &roles, paragraphs: raw.paragraphs, text: text) }
    if dateline?.date?.year != nil, published == nil || inferred, dateline?.yearInferred == false {
      published = dateline?.date
      inferred = false
    }
    if var found = dateline, let place = found.place, let places {
      found.placeEntity = places.place(for: place, language: metadataLanguage ?? .undetermined)
      dateline = found
    }

    // Languages per paragraph; the document's is the metadata's or the body's majority.
    var paragraphs: [Paragraph] = []
    var scripts: Set<String> = []
    for (index, range) in raw.paragraphs.enumerated() {
      let detected = detections[index]
      paragraphs.append(Paragraph(range: range, role: roles[index], language: detected.language, scripts: detected.scripts))
      if roles[index] != .chrome && roles[index] != .byline {
        scripts.formUnion(detected.scripts)
      }
    }
    let majority = Self.mostWritten(detections, raw.paragraphs) { roles[$0] != .chrome && roles[$0] != .byline }
    let language = metadataLanguage ?? majority ?? .undetermined
    for index in paragraphs.indices where paragraphs[index].language == .undetermined {
      paragraphs[index].language = language
    }
    let outlet = raw.outlet ?? dateline?.publisher ?? dateline?.agency
    let source = DocumentSource(
      outlet: outlet, agency: dateline?.agency,
      relayedBy: dateline?.publisher ?? (raw.outlet != nil && dateline?.agency != nil && raw.outlet != dateline?.agency ? raw.outlet : nil))
    var document = Document(
      id: raw.id, path: raw.path, format: raw.format, source: source, title: title,
      standfirst: standfirst.isEmpty ? nil : standfirst.joined(separator: "\n\n"), url: raw.url, byline: byline,
      dateline: dateline, published: published, publishedTime: publishedTime, language: language,
      scripts: scripts.sorted(), text: raw.text, paragraphs: paragraphs, sourceMap: raw.sourceMap)
    if inferred { document.publishedInferred = true }
    return document
  }

  /// The language most of a page's paragraphs (those `counted`, by index) are written in, by
  /// bytes; ties go to the first language in order.
  static func mostWritten(
    _ detections: [LanguageDetector.Result], _ paragraphs: [Range<Int>], counted: (Int) -> Bool = { _ in true }
  ) -> LocaleID? {
    var weights: [LocaleID: Int] = [:]
    for (index, range) in paragraphs.enumerated() where detections[index].language != .undetermined && counted(index) {
      weights[detections[index].language, default: 0] += range.count
    }
    return weights.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
  }

  /// The paragraphs of `raw` that are `kept` (by index), a blank line between them; the
  /// whole text when all are.
  static func text(of raw: RawDocument, where kept: (Int) -> Bool) -> String {
    let indices = raw.paragraphs.indices.filter(kept)
    guard indices.count < raw.paragraphs.count else { return raw.text }
    let utf8 = Array(raw.text.utf8)
    var joined: [UInt8] = []
    for index in indices {
      if !joined.isEmpty { joined.append(contentsOf: [0x0A, 0x0A]) }
      joined.append(contentsOf: utf8[raw.paragraphs[index]])
    }
    return String(decoding: joined, as: UTF8.self)
  }

  /// Short and without a sentence end: a headline rather than body text.
  static func looksLikeHeadline(_ text: String) -> Bool {
    guard text.utf8.count < 300, let last = text.unicodeScalars.last else { return false }
    return !sentenceEnds.contains(last)
  }
}
