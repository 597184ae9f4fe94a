import ParallaxICU

extension EventReport {
  /// The most forms a naming chart gives a column each; rarer forms are left out of it (the
  /// What differs line still names every source's form).
  static let mostChartForms = 6

  /// One naming-over-time chart per entity whose naming differs (`namingLine`): a row per
  /// source and month of publication, a column per form, each cell the share of that row's
  /// mentions written in that form. Only the languages in which the naming differs are
  /// counted, so French "Moscou" beside English "Moscow" is not a naming change. An entity
  /// written in one form only (one source writing the style's other form) gets no chart.
  func namingCharts() -> [(name: String, entity: String, svg: String)] {
    namingChartEntries().map { entry in
      let title = "\(strings[.namingOverTime]) · \(entry.entity)"
      return (entry.name, entry.entity, SVGChart.grid(title: title, rows: entry.rows, columns: entry.forms, cells: entry.cells))
    }
  }

  /// What each naming chart shows, before it is drawn: its file name, entity, row labels,
  /// forms and cells (the report links the charts by name; only their files draw them).
  func namingChartEntries() -> [(name: String, entity: String, rows: [String], forms: [String], cells: [[SVGChart.Cell]])] {
    guard hasCharts else { return [] }
    var charts: [(name: String, entity: String, rows: [String], forms: [String], cells: [[SVGChart.Cell]])] = []
    for notable in self.notable {
      // Mentions per (column, month) and form.
      var rows: [RowKey: [String: Int]] = [:]
      var totals: [String: Int] = [:]
      var firstSeen: [String: Int] = [:]
      for use in notable.difference.uses {
        guard let column = column(of: use.document), notable.languages.contains(sources[column].document.language.language) else { continue }
        let day = Comparer.day(of: sources[column].document)
        let month = day.map { CalendarDate(daysSinceEpoch: $0) }.map { $0.year * 12 + $0.month - 1 }
        rows[RowKey(column: column, month: month), default: [:]][use.form, default: 0] += use.count
        totals[use.form, default: 0] += use.count
        if firstSeen[use.form] == nil { firstSeen[use.form] = firstSeen.count }
      }
      guard totals.count > 1 else { continue }
      let forms = totals.sorted { $0.value != $1.value ? $0.value > $1.value : (firstSeen[$0.key] ?? 0) < (firstSeen[$1.key] ?? 0) }
        .prefix(Self.mostChartForms).map(\.key)
      let keys = rows.keys.sorted { ($0.column, $0.month ?? -1) < ($1.column, $1.month ?? -1) }
      let cells = keys.map { key -> [SVGChart.Cell] in
        let counts = rows[key] ?? [:]
        let total = max(1, counts.values.reduce(0, +))
        return forms.map { form in
          let n = counts[form] ?? 0
          guard n > 0 else { return SVGChart.Cell(text: "", shade: nil) }
          let share = Double(n) / Double(total)
          return SVGChart.Cell(text: "\(Int((share * 100).rounded()))%", shade: share)
        }
      }
      let labels = keys.map { key in
        key.month.map { "\(sources[key.column].label) · \(monthLabel($0))" } ?? sources[key.column].label
      }
      charts.append((chartName("names-\(charts.count + 1)"), notable.name, labels, forms, cells))
    }
    return charts
  }

  /// A row of a naming chart: a source column and a month (`year * 12 + month - 1`), if dated.
  struct RowKey: Hashable {
    var column: Int
    var month: Int?
  }

  /// A month as the report language writes it ("March 2025").
  func monthLabel(_ month: Int) -> String {
    let year = month / 12, number = month % 12 + 1
    guard let first = CalendarDate(year: year, month: number, day: 1) else { return "\(year)-\(number)" }
    return dates.formatMonth(first)
  }
}
