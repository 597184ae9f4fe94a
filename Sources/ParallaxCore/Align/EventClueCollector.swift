/// Gathers event grouping's evidence document by document (see `EventEvidence`): the salient
/// numbers of each, and what its title and lead (`EventClueLexicon.lead` first statements)
/// give: counts, stage marks, days of the year; plus its floor. Numbers get small ids, so
/// documents compare sorted id lists; counts are kept as values.
struct EventClueCollector {
  private var salient: [[UInt32]] = []
  private var counts: [[UInt32]] = []
  private var stages: [[String]] = []
  private var days: [[Int32]] = []
  private var floors: [Int32] = []
  private var signatures: [[String]] = []
  private var numberIDs: [String: UInt32] = [:]

  init(count: Int) {
    salient.reserveCapacity(count)
    counts.reserveCapacity(count)
  }

  /// Adds the next document.
  /// - Parameters:
  ///   - own: its date, when the date is its own (metadata, byline, dateline, address).
  ///   - floor: the day number it was written on or after (a date inferred from its text).
  mutating func add(_ profiled: ProfiledDocument, own: PartialDate?, floor: Int?) {
    let stated = Self.statedDays(profiled)
    let numbers = EventEvidence.salientNumbers(title: profiled.title.numbers, statements: profiled.profiles.map(\.numbers))
    salient.append(numbers.map { Self.id(of: $0, in: &numberIDs) }.sorted())
    let lead = [profiled.title] + profiled.profiles.prefix(EventClueLexicon.lead)
    var leadCounts = Set<UInt32>()
    var marks = Set<String>()
    var days = stated
    var targets = Set<String>()
    var places = Set<String>()
    for profile in lead {
      for count in profile.clues.counts { if let value = UInt32(EventEvidence.canonical(count)) { leadCounts.insert(value) } }
      marks.formUnion(profile.clues.stages)
      for act in profile.clues.acts where act.hasPrefix(EventClueLexicon.targetPrefix) { targets.insert(act) }
      for entity in profile.entities where entity.hasKind("place") { places.insert(entity.rawValue) }
    }
    signatures.append(EventEvidence.signatures(targets: targets, places: places))
    // The day it was published on is a day of its event too, as near as a stated one.
    if let own, let day = EventEvidence.dayOfYear(month: own.month, day: own.day) { days.insert(day) }
    counts.append(leadCounts.sorted())
    stages.append(Self.leadStages(marks))
    self.days.append(days.sorted())
    floors.append(floor.map { Int32(clamping: $0) } ?? Int32.min)
  }

  /// The evidence of the documents added, in order.
  func evidence() -> EventEvidence {
    EventEvidence(salient: salient, counts: counts, stages: stages, days: days, floors: floors, signatures: signatures)
  }

  /// The stage marks a lead stands by: those of its statements together, less both marks of
  /// every pair whose earlier and later acts it names, unless the earlier act foretells the
  /// later (`EventClueLexicon.foretellingJoint`: a warning names the blast it warns against).
  /// Such a lead tells either stage ("the theatre, mined beforehand, was blown up"; "Russia
  /// mined the dam and may blow it up") and goes with the reports of either, as
  /// `und/events.yaml` says.
  static func leadStages(_ marks: Set<String>) -> [String] {
    marks.filter { mark in
      guard !mark.contains(EventClueLexicon.foretellingJoint) else { return true }
      let (pair, other): (Substring, String)
      if mark.hasSuffix(EventClueLexicon.earlierMark) {
        (pair, other) = (mark.dropLast(EventClueLexicon.earlierMark.count), EventClueLexicon.laterMark)
      } else if mark.hasSuffix(EventClueLexicon.laterMark) {
        (pair, other) = (mark.dropLast(EventClueLexicon.laterMark.count), EventClueLexicon.earlierMark)
      } else {
        return true
      }
      return !marks.contains(pair + other)
    }.sorted()
  }

  /// The days of the year the title and lead of a document state.
  static func statedDays(_ profiled: ProfiledDocument) -> Set<Int32> {
    var stated = Set<Int32>()
    for profile in [profiled.title] + profiled.profiles.prefix(EventClueLexicon.lead) {
      for date in profile.dates { if let day = EventEvidence.dayOfYear(date) { stated.insert(day) } }
    }
    return stated
  }

  private static func id(of value: String, in ids: inout [String: UInt32]) -> UInt32 {
    if let id = ids[value] { return id }
    let id = UInt32(ids.count)
    ids[value] = id
    return id
  }
}
