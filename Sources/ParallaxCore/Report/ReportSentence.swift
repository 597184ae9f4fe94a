/// The template sentences of a Markdown report, filled from the comparison's data. Their text in
/// each report language lives in `Locales/<language>/report.yaml` under `sentences:`, with
/// `{placeholder}`s from `placeholders`; the raw values here are the keys of that file.
public enum ReportSentence: String, Sendable, Hashable, CaseIterable {
  /// The scope line: how many sources, in which languages, over which dates.
  case scope
  /// Topics that every source reports on.
  case allReport = "all-report"
  /// Topics that only one source reports on.
  case onlyOne = "only-one"
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

  /// The placeholders the sentence may use.
  public var placeholders: Set<String> {
    switch self {
    case .scope: ["sources", "languages", "dates"]
    case .allReport: ["topics"]
    case .onlyOne: ["source", "topics"]
    case .alignedCount: ["alignments", "unique"]
    case .numbersDiffer: ["topic", "values"]
    case .framingUsed: ["source", "form", "count"]
    case .namesDiffer: ["entity", "forms"]
    case .copyOf: ["first", "second", "kind"]
    case .indexIntro: ["events", "documents"]
    case .methodIntro: []
    }
  }
}
