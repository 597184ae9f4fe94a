import Foundation

/// `parallax-bench realpages --self-check`: checks the scoring arithmetic on hand-worked
/// examples, then runs the whole command on three tiny texts written here (and one labelled page
/// with no text, which must be reported as missing, not fail the run).
enum RealPagesSelfCheck {
  /// A failed expectation.
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// Runs every check; prints one line per check.
  /// - Throws: `Failure` on the first expectation that does not hold, or the run's error.
  static func run(parallax: String) throws {
    func expect(_ condition: Bool, _ what: String) throws {
      guard condition else { throw Failure(description: "self-check failed: \(what)") }
      print("ok  \(what)")
    }
    func close(_ a: Double?, _ b: Double) -> Bool { a.map { abs($0 - b) < 1e-9 } ?? false }

    // B-cubed: gold {a,b,c} {d}; predicted {a,b} {c,d}.
    // Precision per item: a 1, b 1, c 1/2, d 1/2 -> 0.75; recall: a 2/3, b 2/3, c 1/3, d 1 -> 2/3.
    let scores = RealPagesScore.bcubed(
      predicted: ["a": "p1", "b": "p1", "c": "p2", "d": "p2"],
      gold: ["a": "g1", "b": "g1", "c": "g1", "d": "g2"])
    let mean = RealPagesScore.bcubedMean(scores, over: ["a", "b", "c", "d"])
    try expect(close(mean?.precision, 0.75), "B-cubed precision 0.75 on the worked example")
    try expect(close(mean?.recall, 2.0 / 3.0), "B-cubed recall 2/3 on the worked example")
    try expect(
      close(mean?.f1, 2 * 0.75 * (2.0 / 3.0) / (0.75 + 2.0 / 3.0)),
      "B-cubed F1 is their harmonic mean")
    let perfect = RealPagesScore.bcubedMean(
      RealPagesScore.bcubed(predicted: ["a": "x", "b": "y"], gold: ["a": "1", "b": "2"]),
      over: ["a", "b"])
    try expect(close(perfect?.f1, 1), "B-cubed F1 1 when the clusterings agree")

    // Precision and recall from tallies; sets.
    let tally = RealPagesScore.Tally(correct: 3, predicted: 4, found: 3, gold: 6)
    try expect(
      close(tally.precision, 0.75) && close(tally.recall, 0.5), "P 3/4 and R 3/6 from a tally")
    try expect(RealPagesScore.Tally().precision == nil, "no predictions give no precision, not 0")
    let set = RealPagesScore.setTally(predicted: ["x", "y"], gold: ["y", "z", "w"])
    try expect(
      set == RealPagesScore.Tally(correct: 1, predicted: 2, found: 1, gold: 3),
      "set tally 1 of 2, 1 of 3")
    try expect(
      RealPagesScore.chromeCount(
        ["Advertisement: buy", "He said so.", " Read more"],
        prefixes: ["Advertisement", "Read more"]) == 2,
      "chrome counts statements that start with a chrome prefix")

    // Token matching for speakers.
    try expect(SpeakerMatcher.tokensMatch("grossi", "grossiego"), "grossi matches grossiego")
    try expect(SpeakerMatcher.tokensMatch("zelensky", "zelenskogo"), "zelensky matches zelenskogo")
    try expect(!SpeakerMatcher.tokensMatch("putin", "medinsky"), "putin does not match medinsky")
    try expect(
      !SpeakerMatcher.tokensMatch("kiev", "kyiv"), "kiev does not match kyiv (give an aka)")

    // The whole command on three tiny texts of our own.
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "parallax-realpages-check-\(UUID().uuidString)")
    let cache = folder.appendingPathComponent("cache")
    try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let texts = [
      "t1":
        "Advertisement\nThe minister Anna Kowalczyk said on Monday that the bridge would reopen in May.\n",
      "t2": "Anna Kowalczyk told reporters the bridge repairs were on schedule.\n",
      "t3": "The city council said the new library opens next spring.\nRead more\n",
    ]
    for (id, text) in texts {
      try text.write(
        to: cache.appendingPathComponent("\(id).txt"), atomically: true, encoding: .utf8)
    }
    let labels = """
      # Self-check labels.
      schema: parallax.devset/1
      topics:
        - {id: bridge, parallax: []}
      articles:
        - {id: t1, url: "x", outlet: "A", language: en, query: "q", event: e-bridge, speakers: [{name: "Anna Kowalczyk"}], topics: [bridge], names: [], chrome: ["Advertisement"]}
        - {id: t2, url: "x", outlet: "B", language: en, query: "q", event: e-bridge, speakers: [{name: "Anna Kowalczyk"}], topics: [bridge], names: [], chrome: []}
        - {id: t3, url: "x", outlet: "C", language: en, query: "q", event: e-library, speakers: [{name: "City Council", kind: org}], topics: [], names: [], chrome: ["Read more"]}
        - {id: t4, url: "x", outlet: "D", language: en, query: "q", event: e-library, speakers: [], topics: [], names: [], chrome: []}

      """
    let devSet = try DevSet(text: labels, path: "self-check")
    let result = try RealPagesEvaluation(
      devSet: devSet, labelsPath: "self-check", cache: cache,
      runner: ParallaxRunner(executable: parallax, scratch: folder), withDates: false,
      keepDetails: true
    ).run()
    try expect(
      result.overall.pages == 3 && result.missing == ["t4"],
      "3 pages scored, the one without text reported missing")
    try expect(result.overall.speakers.gold == 3, "3 labelled speakers")
    let unit: (Double?) -> Bool = { $0.map { (0...1).contains($0) } ?? true }
    try expect(
      unit(result.overall.speakers.precision) && unit(result.overall.speakers.recall)
        && unit(result.overall.eventsF1),
      "figures lie in [0, 1]")
    print(RealPagesReport.markdown(result), terminator: "")
  }
}
