/// What changed in a job's documents since its previous report: the statements of documents it
/// did not compare then, and the documents whose content changed under the same key (silent
/// edits after publication), each with its statement-level diff.
///
/// The previous report is the job's last run that wrote one with an earlier `--as-of` date, so
/// running a date again (after a crash, or with `--force`) gives the same section.
///
/// ```swift
/// let since = SinceLastRun.compare(current, with: store.previousRun(of: "lavrov", before: date, current: digests))
/// since.previous?.asOf     // 2025-03-11
/// since.newStatements.count
/// since.edits.first?.changes   // [.changed(before: …, after: …)]
/// ```
public struct SinceLastRun: Sendable, Hashable {
  /// The job's previous report, as the store recorded it.
  public struct PreviousRun: Sendable, Hashable {
    /// Its `--as-of` date.
    public var asOf: CalendarDate
    /// The digest of every document it compared, by key.
    public var digests: [DocumentKey: String]
    /// The earlier versions, with their statements, of the documents whose digest differs now.
    public var changed: [DocumentKey: HistoryDocument]

    public init(asOf: CalendarDate, digests: [DocumentKey: String], changed: [DocumentKey: HistoryDocument] = [:]) {
      self.asOf = asOf
      self.digests = digests
      self.changed = changed
    }
  }

  /// A statement the previous report did not have.
  public struct NewStatement: Sendable, Hashable {
    public var document: HistoryDocument
    public var statement: HistoryStatement
  }

  /// A document whose content changed since the previous report.
  public struct Edit: Sendable, Hashable {
    public var before: HistoryDocument
    public var after: HistoryDocument
    /// The statement-level diff, in the order of the later version.
    public var changes: [StatementChange]
  }

  /// The previous report's date; nil when the job has none (its first run).
  public var previous: CalendarDate?
  /// By document key, then statement order.
  public var newStatements: [NewStatement]
  /// By document key.
  public var edits: [Edit]

  public init(previous: CalendarDate?, newStatements: [NewStatement] = [], edits: [Edit] = []) {
    self.previous = previous
    self.newStatements = newStatements
    self.edits = edits
  }

  /// `current` (the documents compared now) against the job's previous report. Statements of
  /// documents the previous report had under the same digest are not new; an edited
  /// document's statements appear in its diff, not among the new ones.
  public static func compare(_ current: [HistoryDocument], with previous: PreviousRun?) -> SinceLastRun {
    guard let previous else { return SinceLastRun(previous: nil) }
    var result = SinceLastRun(previous: previous.asOf)
    for document in current.sorted(by: { $0.key < $1.key }) {
      switch previous.digests[document.key] {
      case nil:
        result.newStatements += document.statements.map { NewStatement(document: document, statement: $0) }
      case document.sha256?:
        continue
      case _?:
        guard let before = previous.changed[document.key] else { continue }
        result.edits.append(
          Edit(before: before, after: document, changes: StatementDiff.changes(from: before.statements, to: document.statements)))
      }
    }
    return result
  }
}
