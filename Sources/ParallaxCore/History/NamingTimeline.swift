/// How each source's naming of an entity moves over time: per source (outlet), per entity it
/// wrote in more than one form, the share of each form in each month of publication
/// ("Kiev 80% · Kyiv 20%" in January, "Kyiv 100%" in March).
///
/// Forms that differ only in case are one form, shown as most often written; with
/// `NameFormGroups`, so are a name's inflected and longer forms. Documents whose publication
/// date has no year have no month and are left out.
///
/// ```swift
/// let timeline = NamingTimeline(documents)
/// timeline.sources[0].name                          // "TASS"
/// timeline.sources[0].entities[0].months[0].shares  // [Share(form: "Kiev", count: 4, percent: 80), …]
/// ```
public struct NamingTimeline: Sendable, Hashable {
  /// One form's part of a month's mentions.
  public struct Share: Sendable, Hashable {
    public var form: String
    public var count: Int
    /// Whole percent; a month's shares add up to 100.
    public var percent: Int
  }

  /// One month of one entity in one source.
  public struct Month: Sendable, Hashable {
    public var month: YearMonth
    /// Mentions of the entity that month.
    public var total: Int
    /// By count (descending), then form.
    public var shares: [Share]
  }

  /// One entity a source wrote in more than one form.
  public struct Entity: Sendable, Hashable {
    public var entity: EntityID
    /// In calendar order.
    public var months: [Month]
  }

  /// One source and its entities (by id).
  public struct Source: Sendable, Hashable {
    public var name: String
    public var entities: [Entity]
  }

  /// Sources by name (code-point order; a report re-sorts them for its readers).
  public var sources: [Source]

  public init(sources: [Source]) { self.sources = sources }

  /// The timeline of `documents` (each document once: its latest version).
  /// - Parameter groups: which forms count as one (inflected forms under their base form, a
  ///   full name under its short form); without it, only forms that differ in case are one.
  public init(_ documents: [HistoryDocument], groups: NameFormGroups? = nil) {
    // source → entity → folded form → month → count, and the forms as written.
    var counts: [String: [EntityID: [String: [YearMonth: Int]]]] = [:]
    var written: [String: [EntityID: [String: [String: Int]]]] = [:]
    for document in documents {
      guard let month = document.month else { continue }
      for use in document.names where use.count > 0 {
        let form = groups?.group(use.form, of: use.entity) ?? use.form
        let folded = TextFold.fold(form)
        counts[document.source, default: [:]][use.entity, default: [:]][folded, default: [:]][month, default: 0] += use.count
        written[document.source, default: [:]][use.entity, default: [:]][folded, default: [:]][form, default: 0] += use.count
      }
    }
    var sources: [Source] = []
    for (source, entities) in counts.sorted(by: { $0.key < $1.key }) {
      var rows: [Entity] = []
      for (entity, forms) in entities.sorted(by: { $0.key < $1.key }) where forms.count > 1 {
        func shown(_ folded: String) -> String {
          let spellings = written[source]?[entity]?[folded] ?? [:]
          return spellings.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.first?.key ?? folded
        }
        let months = Set(forms.values.flatMap(\.keys)).sorted()
        rows.append(Entity(entity: entity, months: months.map { month in
          let uses = forms.compactMap { folded, byMonth in byMonth[month].map { (shown(folded), $0) } }
          return Self.month(month, uses)
        }))
      }
      if !rows.isEmpty { sources.append(Source(name: source, entities: rows)) }
    }
    self.sources = sources
  }

  /// A month's shares: whole percents by the largest remainder, so they add up to 100.
  static func month(_ month: YearMonth, _ uses: [(form: String, count: Int)]) -> Month {
    let ordered = uses.sorted { $0.count != $1.count ? $0.count > $1.count : $0.form < $1.form }
    let total = ordered.reduce(0) { $0 + $1.count }
    guard total > 0 else { return Month(month: month, total: 0, shares: []) }
    var percents = ordered.map { $0.count * 100 / total }
    let remainders = ordered.indices.sorted { x, y in
      let rx = ordered[x].count * 100 % total
      let ry = ordered[y].count * 100 % total
      return rx != ry ? rx > ry : x < y
    }
    for index in remainders.prefix(100 - percents.reduce(0, +)) { percents[index] += 1 }
    return Month(
      month: month, total: total,
      shares: ordered.indices.map { Share(form: ordered[$0].form, count: ordered[$0].count, percent: percents[$0]) })
  }
}
