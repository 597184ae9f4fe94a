extension EventReport {
  /// The fewest sources an event needs for charts: with two, the agreement matrix is one
  /// number and the heat map repeats the coverage table beside it, and two files per event
  /// would outnumber the reports (most events of a large corpus have two sources).
  static let fewestChartSources = 3

  /// Whether the event gets SVG charts: at least `fewestChartSources` sources, and a grid with
  /// a column per source is unreadable (and quadratic) past `widestTable`.
  var hasCharts: Bool { (Self.fewestChartSources...Self.widestTable).contains(sources.count) }

  /// The file name of one of the event's charts (`e1-coverage.svg`).
  func chartName(_ kind: String) -> String { "\(event.id)-\(kind).svg" }

  /// The event's SVG charts: the coverage heat map (topic × source), the agreement matrix
  /// (source × source) and a naming chart per entity named differently, as files to write
  /// beside the report; none for an event with fewer
  /// than `fewestChartSources` sources or more than `widestTable`.
  func svgCharts() -> [MarkdownRenderer.File] {
    guard hasCharts else { return [] }
    return [
      MarkdownRenderer.File(name: chartName("coverage"), text: coverageChart()),
      MarkdownRenderer.File(name: chartName("agreement"), text: agreementChart()),
    ] + namingCharts().map { MarkdownRenderer.File(name: $0.name, text: $0.svg) }
  }

  /// Statements per topic and source, shaded by the share of the largest count.
  func coverageChart() -> String {
    let shown = shownCoverage().rows
    var counts: [[Int]] = []
    for index in shown {
      var row = [Int](repeating: 0, count: sources.count)
      for (document, n) in coverage[index].counts { if let column = column(of: document) { row[column] += n } }
      counts.append(row)
    }
    let most = max(1, counts.flatMap { $0 }.max() ?? 1)
    let cells = counts.map { row in
      row.map { n in SVGChart.Cell(text: n == 0 ? "" : "\(n)", shade: n == 0 ? nil : Double(n) / Double(most)) }
    }
    return SVGChart.grid(title: "\(strings[.coverage]) · \(event.id)", rows: shown.map { label(of: coverage[$0].topic) }, columns: sources.map(\.label), cells: cells)
  }

  /// For each pair of sources, the alignments they share and how many of those agree: `same`
  /// and `paraphrase` agree, `partial` counts half, `conflicting` and opposite blame not at
  /// all. The cell reads "shared · agreeing share" ("2 · 25%") and is shaded by the share that agrees; the
  /// diagonal holds each source's statement count.
  func agreementChart() -> String {
    let n = sources.count
    var shared = [[Int]](repeating: [Int](repeating: 0, count: n), count: n)
    var agreeing = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
    let opposite = Set(blameIndexes())
    for (index, alignment) in event.alignments.enumerated() {
      let columns = Set(alignment.members.compactMap { lookup.column(of: $0) }).sorted()
      let relationScore: Double = switch alignment.relation {
      case .same, .paraphrase: 1
      case .partial: 0.5
      case .conflicting: 0
      }
      let score = opposite.contains(index) ? 0 : relationScore
      for a in columns {
        for b in columns where a != b {
          shared[a][b] += 1
          agreeing[a][b] += score
        }
      }
    }
    let cells = (0..<n).map { a in
      (0..<n).map { b -> SVGChart.Cell in
        if a == b { return SVGChart.Cell(text: "\(sources[a].statements.count)", shade: nil) }
        guard shared[a][b] > 0 else { return SVGChart.Cell(text: "", shade: nil) }
        let agree = agreeing[a][b]
        let share = agree / Double(shared[a][b])
        return SVGChart.Cell(text: "\(shared[a][b]) · \(Int((share * 100).rounded()))%", shade: share)
      }
    }
    return SVGChart.grid(title: "\(strings[.agreement]) · \(event.id)", rows: sources.map(\.label), columns: sources.map(\.label), cells: cells)
  }

  /// The alignments whose statements blame different agents.
  func blameIndexes() -> [Int] {
    event.alignments.indices.filter { index in
      SourceBlame.opposes(event.alignments[index].members.compactMap { claims[$0]?.entity })
    }
  }

  /// The charts embedded in the Markdown report, when they are written beside it.
  func chartImages(_ md: inout MarkdownWriter) {
    guard options.svgCharts, hasCharts else { return }
    md.paragraph("![\(MarkdownText.inline(strings[.coverage]))](\(chartName("coverage"))) ![\(MarkdownText.inline(strings[.agreement]))](\(chartName("agreement")))")
  }
}
