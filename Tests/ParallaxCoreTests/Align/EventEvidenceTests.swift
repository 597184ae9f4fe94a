import Testing

@testable import ParallaxCore

/// Event grouping with the lead's clues: documents that share every feature (the same places,
/// people and topics, as two prisoner exchanges or a warning and a blast at one dam do) are
/// told apart by what their leads give.
@Suite struct EventEvidenceTests {
  /// `count` documents that all share three features, each with one of its own, undated
  /// unless `days` says otherwise.
  private func alike(_ count: Int, days: [Int?]? = nil) -> SparseItems {
    var items = SparseItems()
    for index in 0..<count {
      items.append(group: index, language: 0, day: days?[index], features: [1, 2, 3, UInt32(10 + index)])
    }
    return items
  }

  private func group(_ items: SparseItems, _ evidence: EventEvidence) -> [[Int]] {
    let features = Int(items.features.max() ?? 0) + 1
    return EventGrouper(options: EventOptions(threshold: 0.1, dayWindow: 3)).group(
      items, kinds: [FeatureKind](repeating: .entity, count: features),
      places: [Bool](repeating: false, count: features), evidence: evidence)
  }

  @Test("two exchanges with their own counts are two events; a page without a count joins one")
  func counts() {
    // 0, 1: "115 prisoners"; 2, 3: "277 defenders"; 4: no count in its lead.
    let evidence = EventEvidence(salient: Array(repeating: [], count: 5), counts: [[115], [115], [277], [277], []])
    let groups = group(alike(5), evidence)
    #expect(groups.count == 2)
    #expect(groups.contains([0, 1]) || groups.contains([0, 1, 4]))
    #expect(groups.contains([2, 3]) || groups.contains([2, 3, 4]))
  }

  @Test("a count per side and the count in all are one exchange: 115 for 115 is 230")
  func countInAll() {
    #expect(!EventEvidence.countsDisagree([115], [230]))
    #expect(!EventEvidence.countsDisagree([292], [146]))
    #expect(EventEvidence.countsDisagree([230, 248], [115]) == false)
    #expect(EventEvidence.countsDisagree([277], [146]))
    #expect(!EventEvidence.countsDisagree([], [146]))
  }

  @Test("a warning that a dam is mined and the report of its blast are two events")
  func stages() {
    let mined = "mined>blown-up" + EventClueLexicon.earlierMark
    let blown = "mined>blown-up" + EventClueLexicon.laterMark
    // 0, 1: mined (one also says what a blast would do); 2, 3: blown up; 4: neither.
    let evidence = EventEvidence(
      salient: Array(repeating: [], count: 5), stages: [[mined], [blown, mined].sorted(), [blown], [blown], []])
    let groups = group(alike(5), evidence)
    #expect(groups.count == 2)
    #expect(groups.contains { $0.starts(with: [0, 1]) })
    #expect(groups.contains { $0.contains(2) && $0.contains(3) && !$0.contains(0) })
  }

  @Test("the days their leads state, without a year, tell 6 June from 20 October, not from 8 June")
  func days() {
    let june6 = EventEvidence.dayOfYear(month: 6, day: 6)!
    let june8 = EventEvidence.dayOfYear(month: 6, day: 8)!
    let october20 = EventEvidence.dayOfYear(month: 10, day: 20)!
    let evidence = EventEvidence(salient: Array(repeating: [], count: 4), days: [[june6], [june8], [october20], []])
    let groups = group(alike(4), evidence)
    #expect(groups.count == 2)
    #expect(groups.contains { $0.contains(0) && $0.contains(1) && !$0.contains(2) })
  }

  @Test("the year round: 30 December and 2 January are within three days")
  func yearRound() {
    let evidence = EventEvidence(
      salient: [[], []],
      days: [[EventEvidence.dayOfYear(month: 12, day: 30)!], [EventEvidence.dayOfYear(month: 1, day: 2)!]])
    #expect(evidence.cluesConflict(0, 1, window: 3) == 0)
    #expect(evidence.cluesConflict(0, 1, window: 1) == 1)
  }

  @Test("a page written on or after a day past an event's window is not of that event")
  func floors() {
    // 0 and 1 are dated on day 100; 2 names day 140 (written then or later); 3 names day 101.
    let evidence = EventEvidence(salient: Array(repeating: [], count: 4), floors: [Int32.min, Int32.min, 140, 101])
    let groups = group(alike(4, days: [100, 100, nil, nil]), evidence)
    #expect(groups == [[0, 1, 3], [2]])
  }

  @Test("a page whose newest date lies years before an event's days is not its coverage in a small event")
  func staleFloors() {
    // 0 is dated on day 1,000; 1 is undated; 2 names nothing newer than day 100 (years before);
    // 3 names day 998 (the days just before the event, within a month).
    let evidence = EventEvidence(salient: Array(repeating: [], count: 4), floors: [Int32.min, Int32.min, 100, 998])
    let groups = group(alike(4, days: [1_000, nil, nil, nil]), evidence)
    #expect(groups == [[0, 1, 3], [2]])
    // In a large event, one such page is a stray page, as one dated outside the window is.
    let many = EventEvidence(salient: Array(repeating: [], count: 6), floors: [Int32.min, Int32.min, Int32.min, Int32.min, Int32.min, 100])
    #expect(group(alike(6, days: [1_000, 1_000, 1_001, nil, nil, nil]), many) == [[0, 1, 2, 3, 4, 5]])
    // Without a dated page there is no window for a floor to lie before.
    let undated = EventEvidence(salient: Array(repeating: [], count: 3), floors: [Int32.min, 100, 998])
    #expect(group(alike(3), undated) == [[0, 1, 2]])
  }

  @Test("profile dates give days of the year; a year or none, the same day")
  func dayOfYear() {
    #expect(EventEvidence.dayOfYear("--06-06") == 157)
    #expect(EventEvidence.dayOfYear("2023-06-06") == 157)
    #expect(EventEvidence.dayOfYear("--13-01") == nil)
    #expect(EventEvidence.dayOfYear(month: 2, day: 29) == EventEvidence.dayOfYear(month: 2, day: 28))
  }

  @Test("a lead's signatures pair each target it names with each place it names; sets meet on one")
  func signatures() {
    let found = EventEvidence.signatures(targets: ["target.dam"], places: ["place.kakhovka", "place.kherson"])
    #expect(found == ["target.dam@place.kakhovka", "target.dam@place.kherson"])
    #expect(EventEvidence.signatures(targets: ["target.dam"], places: []).isEmpty)
    var evidence = EventEvidence(
      salient: Array(repeating: [], count: 4),
      signatures: [["target.dam@place.kakhovka"], [], ["target.dam@place.kherson"], ["target.hospital@place.kyiv"]])
    #expect(evidence.signaturesMeet(0, 2) == false)
    #expect(evidence.signaturesMeet(0, 1) == false)
    evidence.merge(2, into: 1)
    #expect(evidence.signaturesMeet(1, 2))
    #expect(evidence.signaturesMeet(0, 3) == false)
  }
}
