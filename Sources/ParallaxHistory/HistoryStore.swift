public import ParallaxCore
internal import Foundation
internal import GRDB

/// The batch history store: one SQLite file under the output root
/// (`{root}/.parallax-history.sqlite`) that keeps every run and each job's outcome, the
/// documents each job compared (a changed document keeps its earlier versions), their
/// statements and the name forms they use. Reports read it for their **Since last run** and
/// **Naming over time** sections.
///
/// Opening a store upgrades it with the migrations it lacks (`HistorySchema`); a store from a
/// newer Parallax, or a file that is not a store, is refused and left as it is. Each job's
/// records are one transaction, so a run killed at any point keeps every job it finished and
/// nothing of the one it was in.
///
/// ```swift
/// let store = try HistoryStore(path: "Reports/.parallax-history.sqlite")
/// let run = try store.beginRun(asOf: date, started: "2025-03-12T02:30:00Z", manifest: "nightly.yaml", version: "0.1.0")
/// try store.recordJob(record, documents: documents, extraction: "0.1.0 …", in: run)
/// ```
public final class HistoryStore: Sendable {
  /// The store's file name under the output root.
  public static let fileName = ".parallax-history.sqlite"

  /// The migrations this build knows, in order.
  public static var migrations: [String] { HistorySchema.migrations.map(\.identifier) }

  /// The store's file.
  public let path: String
  private let queue: DatabaseQueue

  /// Opens the store at `path`, creating it when missing, and upgrades its schema.
  /// - Throws: `HistoryError.cannotOpen` when the file cannot be opened or created,
  ///   `.notAStore` when it is not an SQLite database, `.newerStore` when a newer Parallax
  ///   migrated it.
  public convenience init(path: String) throws(HistoryError) {
    try self.init(path: path, upTo: nil)
  }

  /// Opens the store at `path` and applies the migrations up to and including `last` (all
  /// when nil): a store as an older Parallax left it, for upgrade tests.
  public init(path: String, upTo last: String?) throws(HistoryError) {
    self.path = path
    var configuration = Configuration()
    configuration.foreignKeysEnabled = true
    configuration.busyMode = .timeout(10)
    do {
      queue = try DatabaseQueue(path: path, configuration: configuration)
    } catch {
      throw Self.openError(path, error)
    }
    let migrator = HistorySchema.migrator
    do {
      let unknown = try queue.read { db in
        try migrator.hasBeenSuperseded(db) ? try migrator.appliedIdentifiers(db).subtracting(migrator.migrations).sorted() : []
      }
      if !unknown.isEmpty { throw HistoryError.newerStore(path: path, unknown: unknown) }
      if let last { try migrator.migrate(queue, upTo: last) } else { try migrator.migrate(queue) }
    } catch let error as HistoryError {
      throw error
    } catch {
      throw Self.openError(path, error)
    }
  }

  private static func openError(_ path: String, _ error: any Error) -> HistoryError {
    if let error = error as? DatabaseError {
      if error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT {
        return .notAStore(path: path, reason: error.message ?? "\(error.resultCode)")
      }
      return .cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
    }
    return .cannotOpen(path: path, reason: "\(error)")
  }

  /// Runs `body` in one write transaction, turning database errors into `HistoryError`.
  private func write<T>(_ operation: String, _ body: (Database) throws -> T) throws(HistoryError) -> T {
    do {
      return try queue.write(body)
    } catch let error as HistoryError {
      throw error
    } catch {
      throw .database(path: path, operation: operation, reason: Self.reason(error))
    }
  }

  /// Runs `body` in one read transaction.
  private func read<T>(_ operation: String, _ body: (Database) throws -> T) throws(HistoryError) -> T {
    do {
      return try queue.read(body)
    } catch let error as HistoryError {
      throw error
    } catch {
      throw .database(path: path, operation: operation, reason: Self.reason(error))
    }
  }

  private static func reason(_ error: any Error) -> String {
    if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
    return "\(error)"
  }

  // MARK: Runs

  /// Records the start of a run and returns its id.
  public func beginRun(asOf: CalendarDate, started: String, manifest: String, version: String) throws(HistoryError) -> HistoryRunID {
    try write("record the run") { db in
      try db.execute(
        sql: "INSERT INTO runs (as_of, started, manifest, parallax_version) VALUES (?, ?, ?, ?)",
        arguments: [asOf.description, started, manifest, version])
      return HistoryRunID(rawValue: db.lastInsertedRowID)
    }
  }

  /// Records the end of a run: when it finished, its job counts, and the jobs it skipped (the
  /// jobs that ran or failed were recorded one by one).
  public func finishRun(_ run: HistoryRunID, record: BatchRunRecord) throws(HistoryError) {
    try write("record the end of the run") { db in
      try db.execute(
        sql: "UPDATE runs SET finished = ?, ran = ?, skipped = ?, failed = ? WHERE id = ?",
        arguments: [record.finished, record.counts.ran, record.counts.skipped, record.counts.failed, run.rawValue])
      for job in record.jobs where job.outcome == .skipped {
        try Self.insertJobRun(job, run: run, db: db, ignoringDuplicate: true)
      }
    }
  }

  /// Records one job of `run` in one transaction: its outcome and, when it ran, the documents
  /// it compared with their statements and name forms.
  ///
  /// A document version already stored (same key, same digest) is linked again, not copied;
  /// its statements are replaced only when `extraction` (the Parallax version and locale data
  /// that produced them) differs.
  public func recordJob(
    _ job: BatchRunRecord.Job, documents: [HistoryDocument], extraction: String, in run: HistoryRunID
  ) throws(HistoryError) {
    try write("record job '\(job.id)'") { db in
      let jobRun = try Self.insertJobRun(job, run: run, db: db, ignoringDuplicate: false)
      guard job.outcome == .ran else { return }
      var seen: Set<DocumentKey> = []
      for document in documents where seen.insert(document.key).inserted {
        let version = try Self.store(document, extraction: extraction, run: run, db: db)
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO job_run_documents (job_run, version) VALUES (?, ?)")
          .execute(arguments: [jobRun, version])
      }
    }
  }

  @discardableResult
  private static func insertJobRun(_ job: BatchRunRecord.Job, run: HistoryRunID, db: Database, ignoringDuplicate: Bool) throws -> Int64 {
    try db.execute(
      sql: """
        INSERT \(ignoringDuplicate ? "OR IGNORE " : "")INTO job_runs
          (run, job, outcome, reason, output, seconds, files, documents, events, errors)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        run.rawValue, job.id, job.outcome.rawValue, job.reason, job.output ?? "", job.seconds, job.files, job.documents,
        job.events, job.errors.joined(separator: "\n"),
      ])
    return db.lastInsertedRowID
  }

  /// Stores one document version (or marks a stored one seen again) and returns its id.
  private static func store(_ document: HistoryDocument, extraction: String, run: HistoryRunID, db: Database) throws -> Int64 {
    try db.cachedStatement(
      sql: """
        INSERT INTO documents (path, local_id, first_run, last_run) VALUES (?, ?, ?, ?)
        ON CONFLICT (path, local_id) DO UPDATE SET last_run = excluded.last_run
        """
    ).execute(arguments: [document.key.path, document.key.local, run.rawValue, run.rawValue])
    guard
      let documentID = try Int64.fetchOne(
        db, sql: "SELECT id FROM documents WHERE path = ? AND local_id = ?", arguments: [document.key.path, document.key.local])
    else { throw DatabaseError(resultCode: .SQLITE_ERROR, message: "document '\(document.key)' is missing after it was written") }
    let metadata: StatementArguments = [
      document.title, document.outlet, document.agency, document.published?.description, document.language.rawValue, extraction,
    ]
    if let row = try Row.fetchOne(
      db, sql: "SELECT id, extraction FROM document_versions WHERE document = ? AND sha256 = ?",
      arguments: [documentID, document.sha256])
    {
      let version: Int64 = row["id"]
      let stored: String = row["extraction"]
      try db.execute(sql: "UPDATE document_versions SET last_run = ? WHERE id = ?", arguments: [run.rawValue, version])
      if stored != extraction {
        try db.execute(
          sql: "UPDATE document_versions SET title = ?, outlet = ?, agency = ?, published = ?, language = ?, extraction = ? WHERE id = ?",
          arguments: metadata + [version])
        try db.execute(sql: "DELETE FROM statements WHERE version = ?", arguments: [version])
        try db.execute(sql: "DELETE FROM name_mentions WHERE version = ?", arguments: [version])
        try insertContent(document, version: version, db: db)
      }
      return version
    }
    try db.execute(
      sql: """
        INSERT INTO document_versions
          (document, sha256, title, outlet, agency, published, language, extraction, first_run, last_run)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [documentID, document.sha256] + metadata + [run.rawValue, run.rawValue])
    let version = db.lastInsertedRowID
    try insertContent(document, version: version, db: db)
    return version
  }

  /// The statements and name forms of a version.
  private static func insertContent(_ document: HistoryDocument, version: Int64, db: Database) throws {
    let statements = try db.cachedStatement(
      sql: """
        INSERT INTO statements (version, ordinal, kind, speaker, speaker_entity, narration, verb, text, quote, line)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    for statement in document.statements {
      try statements.execute(arguments: [
        version, statement.ordinal, statement.kind.rawValue, statement.speaker, statement.speakerEntity?.rawValue,
        statement.isNarration, statement.verb, statement.text, quotes(statement.quotes), statement.line,
      ])
    }
    let mentions = try db.cachedStatement(
      sql: "INSERT INTO name_mentions (version, entity, variant, month, outlet, count) VALUES (?, ?, ?, ?, ?, ?)")
    for use in document.names {
      try mentions.execute(arguments: [version, use.entity.rawValue, use.form, document.month?.description, document.source, use.count])
    }
  }

  // MARK: Reading

  /// The job's previous report: its last run that wrote a report with an `--as-of` date before
  /// `asOf`, with the digest of every document it compared and, for the documents of `current`
  /// (digests by key) whose digest differs, the earlier version with its statements. Nil when
  /// the job has no such run.
  public func previousRun(
    of job: String, before asOf: CalendarDate, current: [DocumentKey: String]
  ) throws(HistoryError) -> SinceLastRun.PreviousRun? {
    try read("read job '\(job)''s previous run") { db in
      guard
        let row = try Row.fetchOne(
          db,
          sql: """
            SELECT j.id, r.as_of FROM job_runs j JOIN runs r ON r.id = j.run
            WHERE j.job = ? AND j.outcome = 'ran' AND j.output != '' AND r.as_of < ?
            ORDER BY r.as_of DESC, j.id DESC LIMIT 1
            """,
          arguments: [job, asOf.description]),
        let date = CalendarDate(row["as_of"] as String)
      else { return nil }
      let jobRun: Int64 = row["id"]
      var digests: [DocumentKey: String] = [:]
      var versions: [DocumentKey: Int64] = [:]
      for document in try Row.fetchAll(
        db,
        sql: """
          SELECT d.path, d.local_id, v.id, v.sha256 FROM job_run_documents l
          JOIN document_versions v ON v.id = l.version JOIN documents d ON d.id = v.document
          WHERE l.job_run = ?
          """,
        arguments: [jobRun])
      {
        let key = DocumentKey(path: document["path"], local: document["local_id"])
        digests[key] = document["sha256"]
        versions[key] = document["id"]
      }
      var changed: [DocumentKey: HistoryDocument] = [:]
      for (key, digest) in current {
        guard let earlier = digests[key], earlier != digest, let version = versions[key] else { continue }
        changed[key] = try Self.version(version, key: key, db: db, statements: true)
      }
      return SinceLastRun.PreviousRun(asOf: date, digests: digests, changed: changed)
    }
  }

  /// Every document the job's runs compared, each as its latest version there, with its name
  /// forms (not its statements): the input of the naming-over-time table.
  public func latestDocuments(of job: String) throws(HistoryError) -> [HistoryDocument] {
    try read("read job '\(job)''s documents") { db in
      var latest: [DocumentKey: (jobRun: Int64, version: Int64)] = [:]
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT d.path, d.local_id, l.version, l.job_run FROM job_runs j
          JOIN job_run_documents l ON l.job_run = j.id JOIN document_versions v ON v.id = l.version
          JOIN documents d ON d.id = v.document
          WHERE j.job = ? AND j.outcome = 'ran'
          """,
        arguments: [job])
      {
        let key = DocumentKey(path: row["path"], local: row["local_id"])
        let candidate: (jobRun: Int64, version: Int64) = (row["job_run"], row["version"])
        if let known = latest[key], (known.jobRun, known.version) >= (candidate.jobRun, candidate.version) { continue }
        latest[key] = candidate
      }
      return try latest.sorted { $0.key < $1.key }.map { key, value in
        try Self.version(value.version, key: key, db: db, statements: false)
      }
    }
  }

  /// One stored version, with its name forms and, when asked, its statements.
  private static func version(_ id: Int64, key: DocumentKey, db: Database, statements: Bool) throws -> HistoryDocument {
    guard
      let row = try Row.fetchOne(
        db, sql: "SELECT sha256, title, outlet, agency, published, language FROM document_versions WHERE id = ?",
        arguments: [id])
    else { return HistoryDocument(key: key, sha256: "") }
    var document = HistoryDocument(
      key: key, sha256: row["sha256"], title: row["title"], outlet: row["outlet"], agency: row["agency"],
      published: (row["published"] as String?).flatMap(partialDate), language: LocaleID(row["language"] as String))
    document.names = try Row.fetchAll(
      db, sql: "SELECT entity, variant, count FROM name_mentions WHERE version = ? ORDER BY entity, variant", arguments: [id]
    ).map { NameUse(entity: EntityID($0["entity"] as String), form: $0["variant"], count: $0["count"]) }
    guard statements else { return document }
    document.statements = try Row.fetchAll(
      db,
      sql: "SELECT ordinal, kind, speaker, speaker_entity, narration, verb, text, quote, line FROM statements WHERE version = ? ORDER BY ordinal",
      arguments: [id]
    ).map { row in
      HistoryStatement(
        ordinal: row["ordinal"], kind: ParallaxCore.Statement.Kind(rawValue: row["kind"]) ?? .narration, speaker: row["speaker"],
        speakerEntity: (row["speaker_entity"] as String?).map { EntityID($0) }, isNarration: row["narration"], verb: row["verb"],
        text: row["text"], quotes: Self.quotes(row["quote"] as String), line: row["line"])
    }
    return document
  }

  // MARK: Checks

  /// The problems `PRAGMA integrity_check` finds; empty when the file is sound.
  public func integrityProblems() throws(HistoryError) -> [String] {
    let lines = try read("check the integrity") { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    return lines == ["ok"] ? [] : lines
  }

  /// The identifiers of the migrations applied to the store, in order.
  public func appliedMigrations() throws(HistoryError) -> [String] {
    try read("read the schema version") { db in try HistorySchema.migrator.appliedMigrations(db) }
  }

  /// Runs read-only SQL and returns the rows as strings (NULL as nil): for tests and for
  /// inspecting a store.
  public func rows(_ sql: String, _ arguments: [String] = []) throws(HistoryError) -> [[String?]] {
    try read("query") { db in
      try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
        row.databaseValues.map { value in value.isNull ? nil : (String.fromDatabaseValue(value) ?? value.description) }
      }
    }
  }

  // MARK: Values

  /// A `PartialDate` as stored: `2025-03-12` or `--03-12`.
  static func partialDate(_ text: String) -> PartialDate? {
    if text.hasPrefix("--") {
      let parts = text.dropFirst(2).split(separator: "-")
      guard parts.count == 2, let month = Int(parts[0]), let day = Int(parts[1]) else { return nil }
      return PartialDate(year: nil, month: month, day: day)
    }
    return PartialDate(iso: text)
  }

  /// Quoted parts as a JSON array of strings.
  static func quotes(_ quotes: [String]) -> String {
    (try? JSONEncoder().encode(quotes)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
  }

  static func quotes(_ text: String) -> [String] {
    (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? []
  }
}
