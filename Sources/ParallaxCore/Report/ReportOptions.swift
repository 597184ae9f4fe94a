/// What a Markdown comparison report includes beyond its fixed sections.
public struct ReportOptions: Sendable, Hashable {
  /// A Mermaid chart of the coverage (`--charts`).
  public var charts: Bool
  /// An evidence column in the aligned-statement tables (`--evidence`).
  public var evidence: Bool
  /// SVG charts written beside each report and embedded in it (when reports go to a folder).
  public var svgCharts: Bool

  public init(charts: Bool = false, evidence: Bool = false, svgCharts: Bool = false) {
    self.charts = charts
    self.evidence = evidence
    self.svgCharts = svgCharts
  }
}
