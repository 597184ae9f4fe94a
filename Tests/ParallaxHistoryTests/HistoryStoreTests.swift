import Foundation
import GRDB
import ParallaxCore
import ParallaxHistory
import Testing

/// The SQLite history store: what it records, one transaction per job, what a later run reads
/// back, and schema upgrades.
@Suite struct HistoryStoreTests {
  /// A store file in a fresh temporary folder.
  struct Scratch {
    let folder: URL
    var path: String { folder.appendingPathComponent(HistoryStore.fileName).path }

    init() throws {
      folder = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-history-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
  }

  static func date(_ text: String) -> CalendarDate { CalendarDate(text) ?? CalendarDate(daysSinceEpoch: 0) }

  static func document(
    _ path: String, digest: String, published: String = "2025-03-12", statements: [String] = [], names: [(String, Int)] = []
  ) -> HistoryDocument {
    HistoryDocument(
      key: DocumentKey(path: path), sha256: digest, title: "Title of \(path)", outlet: "TASS", published: PartialDate(iso: published),
      language: "en",
      statements: statements.enumerated().map {
        HistoryStatement(ordinal: $0.offset, kind: .direct, speaker: "Sergey Lavrov", speakerEntity: "person.sergey-lavrov",
                         verb: "said", text: $0.element, quotes: [$0.element], line: $0.offset + 1)
      },
      names: names.map { NameUse(entity: "place.kyiv", form: $0.0, count: $0.1) })
  }

  static func job(_ id: String, _ outcome: BatchRunRecord.Job.Outcome = .ran, documents: Int = 1) -> BatchRunRecord.Job {
    BatchRunRecord.Job(
      id: id, outcome: outcome, reason: "new", output: outcome == .ran ? "2025-03-12/\(id).md" : "", seconds: 0.5, files: documents,
      documents: documents, events: 1, errors: outcome == .failed ? ["a.txt: error: bad"] : [])
  }

  @Test("a run, its jobs, documents, statements and name forms are recorded; the end of the run adds counts and skipped jobs")
  func records() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let store = try HistoryStore(path: scratch.path)
    #expect(try store.appliedMigrations() == HistoryStore.migrations)
    let run = try store.beginRun(asOf: Self.date("2025-03-12"), started: "2025-03-12T02:30:00Z", manifest: "nightly.yaml", version: "0.1.0")
    let document = Self.document("feeds/tass.txt", digest: "d1", statements: ["“We count on the ICRC,” he said.", "Talks went on."],
                                 names: [("Kiev", 2), ("Kyiv", 1)])
    try store.recordJob(Self.job("lavrov"), documents: [document], extraction: "x1", in: run)
    try store.recordJob(Self.job("broken", .failed), documents: [], extraction: "x1", in: run)
    #expect(try store.rows("SELECT job, outcome, output, errors FROM job_runs ORDER BY id") == [
      ["lavrov", "ran", "2025-03-12/lavrov.md", ""], ["broken", "failed", "", "a.txt: error: bad"],
    ])
    #expect(try store.rows("SELECT path, local_id FROM documents") == [["feeds/tass.txt", ""]])
    #expect(try store.rows("SELECT sha256, title, outlet, published, language, extraction FROM document_versions") == [
      ["d1", "Title of feeds/tass.txt", "TASS", "2025-03-12", "en", "x1"],
    ])
    #expect(try store.rows("SELECT ordinal, kind, speaker, speaker_entity, verb, text, line FROM statements ORDER BY ordinal") == [
      ["0", "direct", "Sergey Lavrov", "person.sergey-lavrov", "said", "“We count on the ICRC,” he said.", "1"],
      ["1", "direct", "Sergey Lavrov", "person.sergey-lavrov", "said", "Talks went on.", "2"],
    ])
    #expect(try store.rows("SELECT entity, variant, month, outlet, count FROM name_mentions ORDER BY variant") == [
      ["place.kyiv", "Kiev", "2025-03", "TASS", "2"], ["place.kyiv", "Kyiv", "2025-03", "TASS", "1"],
    ])
    #expect(try store.rows("SELECT finished FROM runs") == [[nil]])
    var summary = BatchRunRecord(
      manifest: "nightly.yaml", asOf: Self.date("2025-03-12"), parallaxVersion: "0.1.0", started: "2025-03-12T02:30:00Z",
      finished: "2025-03-12T02:31:00Z", seconds: 60, jobs: [Self.job("lavrov"), Self.job("broken", .failed), Self.job("feb", .skipped)])
    summary.jobs[2].reason = "up to date"
    try store.finishRun(run, record: summary)
    #expect(try store.rows("SELECT finished, ran, skipped, failed FROM runs") == [["2025-03-12T02:31:00Z", "1", "1", "1"]])
    #expect(try store.rows("SELECT job, outcome, reason FROM job_runs ORDER BY id") == [
      ["lavrov", "ran", "new"], ["broken", "failed", "new"], ["feb", "skipped", "up to date"],
    ])
    #expect(try store.integrityProblems().isEmpty)
  }

  @Test("a job is one transaction: when it fails half way, nothing of it is kept and the jobs before it stay")
  func perJobCommit() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let store = try HistoryStore(path: scratch.path)
    let run = try store.beginRun(asOf: Self.date("2025-03-12"), started: "t", manifest: "m", version: "v")
    try store.recordJob(Self.job("first"), documents: [Self.document("a.txt", digest: "a", statements: ["One."])], extraction: "x", in: run)
    // A trigger that fails the second document's statement, after the first document's rows.
    let queue = try DatabaseQueue(path: scratch.path)
    try queue.write { db in
      try db.execute(sql: "CREATE TRIGGER boom BEFORE INSERT ON statements WHEN NEW.text = 'Boom.' BEGIN SELECT RAISE(ABORT, 'boom'); END")
    }
    let documents = [Self.document("b.txt", digest: "b", statements: ["Fine."]), Self.document("c.txt", digest: "c", statements: ["Boom."])]
    #expect(throws: HistoryError.self) { try store.recordJob(Self.job("second", documents: 2), documents: documents, extraction: "x", in: run) }
    #expect(try store.rows("SELECT job FROM job_runs") == [["first"]])
    #expect(try store.rows("SELECT path FROM documents") == [["a.txt"]])
    #expect(try store.rows("SELECT text FROM statements") == [["One."]])
    do {
      try store.recordJob(Self.job("second", documents: 2), documents: documents, extraction: "x", in: run)
      Issue.record("expected the trigger to fail the job")
    } catch {
      #expect(error.description.hasPrefix("\(scratch.path): error: cannot record job 'second' in the history store: boom"), "\(error)")
    }
  }

  @Test("a changed document keeps its earlier version; the previous run is the last earlier date's; re-seen versions are linked, not copied")
  func versionsAndPreviousRun() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let store = try HistoryStore(path: scratch.path)
    let old = Self.document("tass.txt", digest: "v1", statements: ["We count on the ICRC to remain neutral."])
    let same = Self.document("ria.txt", digest: "r1", statements: ["Talks."])
    let first = try store.beginRun(asOf: Self.date("2025-03-11"), started: "t", manifest: "m", version: "v")
    try store.recordJob(Self.job("lavrov"), documents: [old, same], extraction: "x", in: first)
    #expect(try store.previousRun(of: "lavrov", before: Self.date("2025-03-11"), current: [:]) == nil)

    let new = Self.document("tass.txt", digest: "v2", statements: ["We count on the ICRC to remain neutral and fair."])
    let second = try store.beginRun(asOf: Self.date("2025-03-12"), started: "t", manifest: "m", version: "v")
    let previous = try #require(
      try store.previousRun(of: "lavrov", before: Self.date("2025-03-12"), current: [new.key: "v2", same.key: "r1"]))
    #expect(previous.asOf == Self.date("2025-03-11"))
    #expect(previous.digests == [old.key: "v1", same.key: "r1"])
    #expect(Array(previous.changed.keys) == [old.key])
    #expect(previous.changed[old.key]?.statements.map(\.text) == ["We count on the ICRC to remain neutral."])
    #expect(previous.changed[old.key]?.statements.first?.quotes == ["We count on the ICRC to remain neutral."])
    try store.recordJob(Self.job("lavrov"), documents: [new, same], extraction: "x", in: second)
    #expect(try store.rows("SELECT d.path, v.sha256 FROM document_versions v JOIN documents d ON d.id = v.document ORDER BY v.id") == [
      ["tass.txt", "v1"], ["ria.txt", "r1"], ["tass.txt", "v2"],
    ])
    #expect(try store.rows("SELECT COUNT(*) FROM statements") == [["3"]])
    // The same date again (after a crash, say) still compares with the 11th, not with itself.
    #expect(try store.previousRun(of: "lavrov", before: Self.date("2025-03-12"), current: [:])?.asOf == Self.date("2025-03-11"))
    // A failed run, or another job, is never the previous report.
    let third = try store.beginRun(asOf: Self.date("2025-03-13"), started: "t", manifest: "m", version: "v")
    try store.recordJob(Self.job("lavrov", .failed), documents: [], extraction: "x", in: third)
    try store.recordJob(Self.job("other"), documents: [new], extraction: "x", in: third)
    #expect(try store.previousRun(of: "lavrov", before: Self.date("2025-03-14"), current: [:])?.asOf == Self.date("2025-03-12"))
    // New statements from another extraction replace a version's statements in place.
    try store.recordJob(Self.job("again"), documents: [Self.document("ria.txt", digest: "r1", statements: ["Talks.", "More."])],
                        extraction: "y", in: third)
    #expect(try store.rows("SELECT text FROM statements s JOIN document_versions v ON v.id = s.version WHERE v.sha256 = 'r1' ORDER BY ordinal")
      == [["Talks."], ["More."]])
    #expect(try store.latestDocuments(of: "lavrov").map { "\($0.key.path) \($0.sha256)" } == ["ria.txt r1", "tass.txt v2"])
  }

  @Test("a store from the first schema version is upgraded with its rows intact")
  func upgrade() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    do {
      let old = try HistoryStore(path: scratch.path, upTo: HistoryStore.migrations[0])
      #expect(try old.appliedMigrations() == [HistoryStore.migrations[0]])
      let run = try old.beginRun(asOf: Self.date("2025-03-11"), started: "t", manifest: "m", version: "0.0.9")
      try old.recordJob(Self.job("lavrov"), documents: [Self.document("a.txt", digest: "a", statements: ["One."], names: [("Kiev", 1)])],
                        extraction: "x", in: run)
      #expect(try old.rows("SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'job_runs_by_job'").isEmpty)
    }
    let store = try HistoryStore(path: scratch.path)
    #expect(try store.appliedMigrations() == HistoryStore.migrations)
    #expect(HistoryStore.migrations.count >= 2)
    #expect(try store.rows("SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'job_runs_by_job'") == [["job_runs_by_job"]])
    #expect(try store.rows("SELECT parallax_version FROM runs") == [["0.0.9"]])
    #expect(try store.rows("SELECT text FROM statements") == [["One."]])
    #expect(try store.rows("SELECT variant FROM name_mentions") == [["Kiev"]])
    #expect(try store.previousRun(of: "lavrov", before: Self.date("2025-03-12"), current: [:])?.digests == [DocumentKey(path: "a.txt"): "a"])
    #expect(try store.integrityProblems().isEmpty)
  }

  @Test("a store from a newer Parallax, a file that is not a store, or a path that cannot be opened is refused; files are left as they are")
  func refused() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    do {
      _ = try HistoryStore(path: scratch.path)
      let queue = try DatabaseQueue(path: scratch.path)
      try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-the-future')") }
    }
    let before = try Data(contentsOf: URL(fileURLWithPath: scratch.path))
    #expect(throws: HistoryError.newerStore(path: scratch.path, unknown: ["v9-from-the-future"])) { try HistoryStore(path: scratch.path) }
    #expect(try Data(contentsOf: URL(fileURLWithPath: scratch.path)) == before)

    let text = scratch.folder.appendingPathComponent("notes.sqlite")
    try Data(String(repeating: "not a database\n", count: 200).utf8).write(to: text)
    do {
      _ = try HistoryStore(path: text.path)
      Issue.record("a text file opened as a store")
    } catch {
      guard case .notAStore = error else {
        Issue.record("expected notAStore, got \(error)")
        return
      }
      #expect(error.description.hasPrefix("\(text.path): error: not a Parallax history store"))
    }
    #expect(try Data(contentsOf: text) == Data(String(repeating: "not a database\n", count: 200).utf8))

    let nowhere = scratch.folder.appendingPathComponent("missing/folder/store.sqlite").path
    #expect {
      try HistoryStore(path: nowhere)
    } throws: { error in
      guard let error = error as? HistoryError, case .cannotOpen = error else { return false }
      return error.description.hasPrefix("\(nowhere): error: cannot open the history store")
    }
  }
}
