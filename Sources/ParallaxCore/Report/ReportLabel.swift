/// The labels of a Markdown report: headings, column names and short words. Their text in each
/// report language lives in `Locales/<language>/report.yaml` under `labels:`; the raw values
/// here are the keys of that file.
public enum ReportLabel: String, Sendable, Hashable, CaseIterable {
  case title, indexTitle = "index-title", event, sources, languages, dates, asOf = "as-of"
  case summary, sourcesSection = "sources-section", coverage, aligned, unique, speakers
  case naming, framing, numbers, verbs, method, copies
  case source, outlet, agency, relayedBy = "relayed-by", dateline, published, language
  case statements, file, topic, relation, evidence, speaker, entity, canonical, term
  case statement, location, alignment, digest, value, chart, reports
  case same, paraphrase, partial, conflicting, confident, suggested
  case narration, transliteration, none, loaded, neutral, emerging, copy, translation
  case version, icu, unicode, localeData = "locale-data", style, reportLocale = "report-locale"
  case suggestThreshold = "suggest-threshold", confidentThreshold = "confident-threshold"
  case eventThreshold = "event-threshold", window, asOne = "as-one", yes = "answer-yes", no = "answer-no", inputs
  case evidenceEntities = "evidence-entities", evidenceTopics = "evidence-topics"
  case evidenceNumbers = "evidence-numbers", evidenceDates = "evidence-dates"
  case evidenceWords = "evidence-words", evidenceConflicts = "evidence-conflicts"
  // The history sections of a batch job's report.
  case sinceLastRun = "since-last-run", newStatements = "new-statements", edited, change, before, after
  case removed, added, changed, headline, namingOverTime = "naming-over-time", month, mentions, forms, mentioned, folder
  // The editorial review of `parallax check --format markdown`.
  case reviewTitle = "review-title", severity, findings, found, rule, suggestion, note, fixable
  case inQuotation = "in-quotation"
  // Events with statements from one source only, collapsed into one file.
  case singleSource = "single-source"
  // The disagreements that open an event report, and the agents of harm.
  case differs, versus, agent, agentNone = "agent-none", agentPassive = "agent-passive", settings, agreement
  case openQuote = "open-quote", closeQuote = "close-quote"
}
