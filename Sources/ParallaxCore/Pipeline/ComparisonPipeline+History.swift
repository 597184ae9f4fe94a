extension ComparisonPipeline {
  /// The history sections of a batch job's report, in this pipeline's report language and
  /// with its entity names.
  public func historyMarkdown(job: String, since: SinceLastRun, naming: NamingTimeline) -> String {
    let names = ReportNames.entities(registry: resources.names.registry, style: resources.style?.style, language: strings.language)
    return HistoryRenderer(strings: strings, entityNames: names).render(job: job, since: since, naming: naming)
  }
}
