internal import GRDB

/// The history store's schema, as named, versioned migrations. A migration, once released, is
/// never edited: a change of schema is a new migration appended here, and a store written by
/// an older Parallax is upgraded in place by the ones it lacks, its rows kept.
enum HistorySchema {
  /// The migrations in order; each identifier says what it adds.
  static let migrations: [(identifier: String, sql: String)] = [
    ("v1-documents-statements-mentions-runs", v1),
    ("v2-lookup-indexes", v2),
  ]

  /// The migrator of every migration; it never erases a database whose schema changed.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    for migration in migrations {
      migrator.registerMigration(migration.identifier) { db in try db.execute(sql: migration.sql) }
    }
    return migrator
  }

  /// Runs, the outcome of each job, documents and their versions (a changed document keeps its
  /// earlier versions and their statements), the statements and the name forms of each version,
  /// and which versions each job's run compared.
  static let v1 = """
    CREATE TABLE runs (
      id INTEGER PRIMARY KEY,
      as_of TEXT NOT NULL,                -- YYYY-MM-DD, the run's --as-of date
      started TEXT NOT NULL,              -- ISO 8601, UTC
      finished TEXT,                      -- NULL while running, or when the run was killed
      manifest TEXT NOT NULL,
      parallax_version TEXT NOT NULL,
      ran INTEGER, skipped INTEGER, failed INTEGER   -- job counts, set when the run finishes
    );
    CREATE TABLE job_runs (
      id INTEGER PRIMARY KEY,
      run INTEGER NOT NULL REFERENCES runs(id),
      job TEXT NOT NULL,
      outcome TEXT NOT NULL CHECK (outcome IN ('ran', 'skipped', 'failed')),
      reason TEXT NOT NULL,               -- new, inputs changed, up to date, ...
      output TEXT NOT NULL,               -- the report under the output root; '' when none was written
      seconds REAL NOT NULL,
      files INTEGER NOT NULL,
      documents INTEGER NOT NULL,
      events INTEGER NOT NULL,
      errors TEXT NOT NULL,               -- one message per line; '' when none
      UNIQUE (run, job)
    );
    CREATE TABLE documents (
      id INTEGER PRIMARY KEY,
      path TEXT NOT NULL,                 -- the source file, relative to the manifest's folder
      local_id TEXT NOT NULL,             -- '' for a file's only document, '#3' or an id in JSON Lines
      first_run INTEGER NOT NULL REFERENCES runs(id),
      last_run INTEGER NOT NULL REFERENCES runs(id),
      UNIQUE (path, local_id)
    );
    CREATE TABLE document_versions (
      id INTEGER PRIMARY KEY,
      document INTEGER NOT NULL REFERENCES documents(id),
      sha256 TEXT NOT NULL,               -- of the title, standfirst and text
      title TEXT,
      outlet TEXT,
      agency TEXT,
      published TEXT,                     -- YYYY-MM-DD, or --MM-DD without a year
      language TEXT NOT NULL,
      extraction TEXT NOT NULL,           -- Parallax version and locale data digest of its statements
      first_run INTEGER NOT NULL REFERENCES runs(id),
      last_run INTEGER NOT NULL REFERENCES runs(id),
      UNIQUE (document, sha256)
    );
    CREATE TABLE job_run_documents (
      job_run INTEGER NOT NULL REFERENCES job_runs(id),
      version INTEGER NOT NULL REFERENCES document_versions(id),
      PRIMARY KEY (job_run, version)
    ) WITHOUT ROWID;
    CREATE TABLE statements (
      version INTEGER NOT NULL REFERENCES document_versions(id),
      ordinal INTEGER NOT NULL,
      kind TEXT NOT NULL,                 -- direct, indirect, mixed, narration
      speaker TEXT,
      speaker_entity TEXT,
      narration INTEGER NOT NULL,         -- 1 when the outlet narrates it
      verb TEXT,
      text TEXT NOT NULL,
      quote TEXT NOT NULL,                -- the quoted parts as a JSON array of strings
      line INTEGER NOT NULL,
      PRIMARY KEY (version, ordinal)
    ) WITHOUT ROWID;
    CREATE TABLE name_mentions (
      version INTEGER NOT NULL REFERENCES document_versions(id),
      entity TEXT NOT NULL,
      variant TEXT NOT NULL,              -- the form as written
      month TEXT,                         -- YYYY-MM of the publication date; NULL without a year
      outlet TEXT NOT NULL,               -- the source's name: outlet, else agency, else file name
      count INTEGER NOT NULL,
      PRIMARY KEY (version, entity, variant)
    ) WITHOUT ROWID;
    """

  /// Indexes for the lookups a run makes (a job's earlier runs, the runs that compared a
  /// version) and for reading name forms by source, entity and month.
  static let v2 = """
    CREATE INDEX job_runs_by_job ON job_runs (job, outcome);
    CREATE INDEX job_run_documents_by_version ON job_run_documents (version);
    CREATE INDEX name_mentions_by_source ON name_mentions (outlet, entity, month);
    """
}
