/// What a Markdown comparison report includes beyond its fixed sections.
public struct ReportOptions: Sendable, Hashable {
  /// A Mermaid chart of the coverage (`--charts`).
  public var charts: Bool
  /// An evidence column in the aligned-statement tables (`--evidence`).
  public var evidence: Bool
  /// SVG charts written beside each report and embedded in it (when reports go to a folder).
  public var svgCharts: Bool
  /// The inputs' SHA-256 digests in full in a `SHA256SUMS` file beside the reports (the
  /// format `sha256sum -c` checks), the reports showing each digest's first 12 hex digits.
  /// Without it (reports on standard output) every report shows the digests in full.
  public var digestFile: Bool

  public init(charts: Bool = false, evidence: Bool = false, svgCharts: Bool = false, digestFile: Bool = false) {
    self.charts = charts
    self.evidence = evidence
    self.svgCharts = svgCharts
    self.digestFile = digestFile
  }
}
