/// One source column of a report: a document of the event and the short name its column shows
/// (outlet, else agency, else file name; a language or number is added when two share a name).
public struct ReportSource: Sendable, Hashable {
  public var document: Document
  public var statements: [Statement]
  /// The column header, unescaped.
  public var label: String

  public init(document: Document, statements: [Statement], label: String) {
    self.document = document
    self.statements = statements
    self.label = label
  }

  /// The file name without folders, for `file:line` references.
  public var fileName: String {
    let path = document.path
    guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
    let name = path[path.utf8.index(after: slash)...]
    return name.isEmpty ? String(path.split(separator: "/").last ?? Substring(path)) : String(name)
  }

  /// The columns of an event's documents in report order: by label in `collator`'s order, then
  /// path. An outlet the registry knows is shown by its name in the report language (`names`,
  /// keyed by `ReportNames.outletKey`), so TASS is not ТАСС in one report and TASS in the next.
  public static func columns(
    of event: ComparisonEvent, collator: ReportCollation, names: [EntityID: String] = [:]
  ) -> [ReportSource] {
    func base(_ document: Document) -> String {
      if let outlet = document.source.outlet, !outlet.isEmpty { return names[ReportNames.outletKey(outlet)] ?? outlet }
      if let agency = document.source.agency, !agency.isEmpty { return names[ReportNames.outletKey(agency)] ?? agency }
      let name = String(document.path.split(separator: "/").last ?? Substring(document.path))
      return String(name.prefix { $0 != "." })
    }
    var sources = event.documents.map { ReportSource(document: $0.document, statements: $0.statements, label: base($0.document)) }
    var counts: [String: Int] = [:]
    for source in sources { counts[source.label, default: 0] += 1 }
    for index in sources.indices where counts[sources[index].label, default: 0] > 1 {
      sources[index].label += " (\(sources[index].document.language.rawValue))"
    }
    counts = [:]
    for source in sources { counts[source.label, default: 0] += 1 }
    var seen: [String: Int] = [:]
    let sorted = collator.sorted(sources) { ($0.label, $0.document.path) }
    return sorted.map { source in
      var source = source
      if counts[source.label, default: 0] > 1 {
        seen[source.label, default: 0] += 1
        source.label += " \(seen[source.label, default: 0])"
      }
      return source
    }
  }

  /// What makes documents one source: the outlet, else the agency, else the file.
  static func identity(of document: Document) -> String {
    if let outlet = document.source.outlet, !outlet.isEmpty { return "o:" + outlet }
    if let agency = document.source.agency, !agency.isEmpty { return "a:" + agency }
    return "f:" + document.path
  }

  /// Whether all of an event's documents come from one source (nothing to compare across).
  public static func isSingleSource(_ event: ComparisonEvent) -> Bool {
    guard let first = event.documents.first.map({ identity(of: $0.document) }) else { return true }
    return event.documents.allSatisfy { identity(of: $0.document) == first }
  }
}
