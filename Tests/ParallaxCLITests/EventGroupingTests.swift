import Foundation
import ParallaxCore
import Testing

/// Event grouping from the text alone (no front matter, no dates): the documents of one event
/// in several languages are one event, and two exchanges alike in all but their counts are two.
/// The fixtures in `Fixtures/events` are written for these tests: two prisoner exchanges (120
/// for 120 in English and German, 75 for 75 in English and Ukrainian) and a grain ship leaving
/// Odesa (English and French).
@Suite struct EventGroupingTests {
  /// The events of `compare --format json` on the fixtures, as sorted file names.
  private func events(_ extra: [String] = [], in folder: String = "events") throws -> [[String]] {
    let run = try CLI.run(["compare", "--format", "json"] + extra + [CLI.fixture(folder).path])
    try #require(run.status == 0, "\(run.stderr)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let events = try #require(object["events"] as? [[String: Any]])
    return events.map { event in
      ((event["documents"] as? [[String: Any]]) ?? []).compactMap { ($0["path"] as? String).map { URL(fileURLWithPath: $0).lastPathComponent } }.sorted()
    }.sorted { $0.first ?? "" < $1.first ?? "" }
  }

  @Test("undated reports of one exchange in two languages are one event; an exchange with another count is another")
  func exchanges() throws {
    #expect(try events() == [["a-de.txt", "a-en.txt"], ["b-en.txt", "b-uk.txt"], ["c-en.txt", "c-fr.txt"]])
  }

  @Test("the same reports as one event with --as-one, so the grouping above is the grouper's doing")
  func asOne() throws {
    #expect(try events(["--as-one"]).count == 1)
  }

  /// `Fixtures/events-bridge`: two attacks on one bridge, undated, alike in their places, people
  /// and words: a truck bomb on 8 October (English and Russian, whose tolls differ: 3 and 4
  /// killed) and sea drones on 17 July (English and German).
  @Test("two attacks on one bridge on other days stay apart; reports of one in two scripts join, though their tolls differ")
  func attacks() throws {
    #expect(try events(in: "events-bridge") == [["a-en.txt", "a-ru.txt"], ["b-de.txt", "b-en.txt"]])
  }

  /// `Fixtures/events-dam`: a warning against blowing up the Kakhovka dam (Ukrainian) and the
  /// dam blown up (English and Russian), alike in their places and people, undated.
  @Test("a warning against blowing up a dam is not the blast; reports of the blast in two scripts join")
  func warning() throws {
    #expect(try events(in: "events-dam") == [["a-uk.txt"], ["b-en.txt", "b-ru.txt"]])
  }

  /// `Fixtures/events-relay`: Peskov to RIA Novosti, quoted by TASS, on the grain corridor and
  /// on the breach of a dam, undated: the same speaker and the same two agencies, nothing else.
  @Test("two pages that share only their speaker and the agencies that relay him are two events")
  func relayingAgencies() throws {
    #expect(try events(in: "events-relay") == [["a-en.txt"], ["b-en.txt"]])
  }
}
