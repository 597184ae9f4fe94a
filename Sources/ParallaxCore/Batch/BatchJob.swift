import Foundation

/// One job of a batch manifest: a comparison over its inputs written to one report folder.
public struct BatchJob: Sendable, Hashable {
  /// The job's id, dotted lowercase (`energy.zaporizhzhia`); names its report and its state.
  public var id: String
  /// The inputs as written in the manifest: files, folders or globs.
  public var inputs: [String]
  /// The inputs resolved against the manifest's folder (globs stay patterns).
  public var resolvedInputs: [String]
  /// Only documents published in the `windowDays` days up to and including the as-of date;
  /// nil reads every document.
  public var windowDays: Int?
  /// Events, or one comparison of everything.
  public var grouping: BatchGrouping
  /// The house style; nil for the default.
  public var style: String?
  /// The report language; nil for the default.
  public var reportLocale: String?
  /// Document similarity that makes one event (0–1); nil for the default.
  public var eventThreshold: Double?
  /// Statement similarity for a suggested alignment (0–1); nil for the default.
  public var suggestThreshold: Double?
  /// Statement similarity for a confident alignment (0–1); nil for the default.
  public var confidentThreshold: Double?
  /// Add a Mermaid chart of the coverage.
  public var charts: Bool
  /// Add the evidence of each alignment.
  public var evidence: Bool
  /// The report folder's path pattern under the output root, with `{date}` and `{job}`
  /// (a final `.md`, from the time a job wrote one file, is dropped: see `folderPath(date:)`).
  public var output: String
  /// The source groups the job compares, in the order of its `sources:`; empty compares every
  /// document.
  public var sourceGroups: [BatchSourceGroup]

  public init(
    id: String, inputs: [String], resolvedInputs: [String], windowDays: Int?, grouping: BatchGrouping,
    style: String?, reportLocale: String?, eventThreshold: Double?, suggestThreshold: Double?,
    confidentThreshold: Double?, charts: Bool, evidence: Bool, output: String,
    sourceGroups: [BatchSourceGroup] = []
  ) {
    self.id = id
    self.inputs = inputs
    self.resolvedInputs = resolvedInputs
    self.windowDays = windowDays
    self.grouping = grouping
    self.style = style
    self.reportLocale = reportLocale
    self.eventThreshold = eventThreshold
    self.suggestThreshold = suggestThreshold
    self.confidentThreshold = confidentThreshold
    self.charts = charts
    self.evidence = evidence
    self.output = output
    self.sourceGroups = sourceGroups
  }

  /// The output pattern expanded for a run dated `date`, as the manifest wrote it.
  public func outputPath(date: CalendarDate) -> String {
    output.replacingOccurrences(of: "{date}", with: date.description)
      .replacingOccurrences(of: "{job}", with: id)
  }

  /// The job's report folder under the output root for a run dated `date`: the expanded output
  /// pattern, less a final `.md` (`{date}/{job}.md`, the pattern of the one-file reports,
  /// names the folder `2025-03-12/energy.zaes`).
  public func folderPath(date: CalendarDate) -> String {
    let path = outputPath(date: date)
    return path.hasSuffix(".md") && path.count > 3 && !path.hasSuffix("/.md") ? String(path.dropLast(3)) : path
  }

  /// The job's report index under the output root: `index.md` in its folder, linking one
  /// report per event.
  public func indexPath(date: CalendarDate) -> String {
    folderPath(date: date) + "/index.md"
  }

  /// Every option that changes the report, one `key=value` line each, for the job's hash.
  public func optionLines(date: CalendarDate) -> [String] {
    func text(_ value: Double?) -> String { value.map { String($0) } ?? "default" }
    let lines = [
      "grouping=\(grouping.rawValue)", "window=\(windowDays.map { String($0) } ?? "all")",
      "style=\(style ?? "default")", "reportLocale=\(reportLocale ?? "default")",
      "eventThreshold=\(text(eventThreshold))", "suggestThreshold=\(text(suggestThreshold))",
      "confidentThreshold=\(text(confidentThreshold))", "charts=\(charts)", "evidence=\(evidence)",
      "asOf=\(date)", "output=\(outputPath(date: date))",
    ]
    // Only jobs that select sources have the line, so that other jobs keep their hashes.
    if sourceGroups.isEmpty { return lines }
    return lines + ["sources=" + sourceGroups.map(\.optionText).joined(separator: ";")]
  }
}
