import ParallaxCore
import Testing

/// The history sections of a batch job's report, rendered with key-named strings.
@Suite struct HistoryRendererTests {
  typealias F = HistoryFixture

  var strings: ReportStrings {
    var strings = ReportStrings.keys()
    strings.sentences[ReportSentence.formShare.rawValue] = "{form} {percent}%"
    strings.sentences[ReportSentence.notShown.rawValue] = "Not shown: {count}."
    strings.sentences[ReportSentence.noPreviousRun.rawValue] = "No previous run."
    strings.sentences[ReportSentence.namingNone.rawValue] = "No names."
    strings.sentences[ReportSentence.sinceIntro.rawValue] = "Since {date}: {new} new, {edited} edited."
    return strings
  }

  @Test("a first run says there is no previous run and lists nothing as new")
  func firstRun() {
    let text = HistoryRenderer(strings: strings).render(job: "lavrov", since: SinceLastRun(previous: nil), naming: NamingTimeline(sources: []))
    #expect(text == """
      # history-title: lavrov

      ## since-last-run

      No previous run.

      ## naming-over-time

      No names.

      """)
  }

  @Test("new statements are bounded and counted, edits are diff tables, shares are one row per month; inputs are escaped")
  func sections() throws {
    let fresh = F.document(
      "feeds/new.txt", digest: "n",
      statements: (0..<4).map { ("Lavrov", "Statement \($0) | <b>bold</b>") })
    let before = F.document("feeds/edit.txt", digest: "1", title: "Talks", statements: [("Lavrov", "We count on the ICRC to remain neutral.")])
    let after = F.document("feeds/edit.txt", digest: "2", title: "Talks *resumed*", statements: [("Lavrov", "We count on the ICRC to remain neutral and fair.")])
    let since = SinceLastRun.compare(
      [fresh, after],
      with: SinceLastRun.PreviousRun(
        asOf: try #require(CalendarDate("2025-03-11")), digests: [before.key: "1"], changed: [before.key: before]))
    let naming = NamingTimeline([
      F.document("a.txt", digest: "a", published: "2025-01-10", names: [("place.kyiv", "Kiev", 4), ("place.kyiv", "Kyiv", 1)]),
      F.document("b.txt", digest: "b", published: "2025-02-10", names: [("place.kyiv", "Kyiv", 3)]),
    ])
    let renderer = HistoryRenderer(strings: strings, entityNames: ["place.kyiv": "Kyiv"], limit: 3)
    let text = renderer.render(job: "lavrov", since: since, naming: naming)
    #expect(text.contains("Since March 11, 2025: 4 new, 1 edited."), "\(text)")
    #expect(text.contains("| TASS | Lavrov | Statement 0 \\| &lt;b>bold&lt;/b> · `new.txt:3` |"))
    #expect(!text.contains("Statement 3"))
    #expect(text.contains("Not shown: 1."))
    #expect(text.contains("#### TASS · `feeds/edit.txt`"))
    #expect(text.contains("| headline | none | Talks | Talks \\*resumed\\* |"))
    #expect(text.contains("| changed | Lavrov | We count on the ICRC to remain neutral. · `edit.txt:3` | We count on the ICRC to remain neutral and fair. · `edit.txt:3` |"))
    #expect(text.contains("| Kyiv | January 2025 | 5 | Kiev 80% · Kyiv 20% |"), "\(text)")
    #expect(text.contains("| Kyiv | February 2025 | 3 | Kyiv 100% |"))
    #expect(renderer.render(job: "lavrov", since: since, naming: naming) == text)
  }
}
