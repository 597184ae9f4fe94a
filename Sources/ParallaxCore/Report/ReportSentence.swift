/// The template sentences of a Markdown report, filled from the comparison's data. Their text in
/// each report language lives in `Locales/<language>/report.yaml` under `sentences:`, with
/// `{placeholder}`s from `placeholders`; the raw values here are the keys of that file.
public enum ReportSentence: String, Sendable, Hashable, CaseIterable {
  /// The scope line: how many sources, in which languages, over which dates.
  case scope
  /// The scope line of an event whose documents give no date.
  case scopeUndated = "scope-undated"
  /// Topics that every source reports on.
  case allReport = "all-report"
  /// Topics that only one source reports on.
  case onlyOne = "only-one"
  /// The topics only one source reports on, each with its source, in one line.
  case onlyOneAny = "only-one-any"
  /// The emerging topics without a name that only one source reports on: the sources, each with its count.
  case unnamedTopics = "unnamed-topics"
  /// How many alignments and unique statements there are.
  case alignedCount = "aligned-count"
  /// The sharpest difference when numbers disagree.
  case numbersDiffer = "numbers-differ"
  /// The sharpest difference when one source uses a framing term of the style.
  case framingUsed = "framing-used"
  /// The sharpest difference when sources name an entity differently.
  case namesDiffer = "names-differ"
  /// Two documents carry one wire story.
  case copyOf = "copy-of"
  /// The sentence under the index's title.
  case indexIntro = "index-intro"
  /// The sentence under the method heading.
  case methodIntro = "method-intro"
  /// The title of a batch job's history sections.
  case historyTitle = "history-title"
  /// "Since last run" of a job that has no earlier report.
  case noPreviousRun = "no-previous-run"
  /// The counts under "Since last run".
  case sinceIntro = "since-intro"
  /// Rows left out of a bounded list.
  case notShown = "not-shown"
  /// An edited document whose statements did not change (only its wording elsewhere did).
  case editWithoutStatements = "edit-without-statements"
  /// The sentence under "Naming over time".
  case namingIntro = "naming-intro"
  /// "Naming over time" when no source wrote a name in more than one form.
  case namingNone = "naming-none"
  /// One form's share of a month's mentions.
  case formShare = "form-share"
  /// The line under an editorial review's title: the house style and the counts.
  case reviewSummary = "review-summary"
  /// An editorial review without findings.
  case reviewClean = "review-clean"
  /// The heading of a framing term's findings.
  case reviewFraming = "review-framing"
  /// The sentence above the index's table of single-source events.
  case singleSourceIntro = "single-source-intro"
  /// The sentence under the title of the single-source file.
  case singleSourceFile = "single-source-file"
  /// Aligned statements that blame different agents for the same harm.
  case blameOpposite = "blame-opposite"
  /// Sources that, across the event, name different agents for the harm they report.
  case blameSources = "blame-sources"
  /// Aligned statements of which some name an agent and others do not.
  case blameMissing = "blame-missing"
  /// Numbers of one alignment that differ, with their units.
  case numbersConflict = "numbers-conflict"
  /// Dates of one alignment that differ.
  case datesConflict = "dates-conflict"
  /// A framing term one source uses where others use a neutral form.
  case framingAgainst = "framing-against"
  /// Names written differently by sources.
  case namesVary = "names-vary"
  /// Nothing differs.
  case nothingDiffers = "nothing-differs"
  /// Where a statement is in its source's document ("line 8").
  case lineNumber = "line-number"

  /// The placeholders the sentence may use.
  public var placeholders: Set<String> {
    switch self {
    case .scope: ["sources", "languages", "dates"]
    case .scopeUndated: ["sources", "languages"]
    case .allReport: ["topics"]
    case .onlyOne: ["source", "topics"]
    case .onlyOneAny: ["topics"]
    case .unnamedTopics: ["sources"]
    case .alignedCount: ["alignments", "unique"]
    case .numbersDiffer: ["topic", "values"]
    case .framingUsed: ["source", "form", "count"]
    case .namesDiffer: ["entity", "forms"]
    case .copyOf: ["first", "second", "kind"]
    case .indexIntro: ["events", "documents"]
    case .methodIntro: []
    case .historyTitle: ["job"]
    case .noPreviousRun: []
    case .sinceIntro: ["date", "new", "edited"]
    case .notShown: ["count"]
    case .editWithoutStatements: []
    case .namingIntro: []
    case .namingNone: []
    case .formShare: ["form", "percent"]
    case .reviewSummary: ["style", "id", "documents", "findings"]
    case .reviewClean: []
    case .reviewFraming: ["term"]
    case .singleSourceIntro: ["events", "file"]
    case .singleSourceFile: ["events"]
    case .blameOpposite: ["alignment", "topic", "claims"]
    case .blameSources: ["claims"]
    case .blameMissing: ["alignment", "topic", "claims"]
    case .numbersConflict: ["alignment", "topic", "values"]
    case .datesConflict: ["alignment", "topic", "values"]
    case .framingAgainst: ["term", "loaded", "neutral"]
    case .namesVary: ["names"]
    case .nothingDiffers: []
    case .lineNumber: ["line"]
    }
  }
}
