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
  private var venues: [[[String]]] = []
  private var numberIDs: [String: UInt32] = [:]
  /// Days further apart than this (the year round) are different days of a page's opening.
  private let window: Int

  init(count: Int, window: Int = EventOptions().dayWindow) {
    salient.reserveCapacity(count)
    counts.reserveCapacity(count)
    self.window = window
  }

  /// Adds the next document.
  /// - Parameters:
  ///   - own: its date, when the date is its own (metadata, byline, dateline, address).
  ///   - floor: the day number it was written on or after (a date inferred from its text).
  mutating func add(_ profiled: ProfiledDocument, own: PartialDate?, floor: Int?) {
    let stated = Self.leadDays(profiled, window: window)
    let numbers = EventEvidence.salientNumbers(title: profiled.title.numbers, statements: profiled.story.map(\.numbers))
    salient.append(numbers.map { Self.id(of: $0, in: &numberIDs) }.sorted())
    let lead = [profiled.title] + profiled.story(prefix: EventClueLexicon.lead)
    var leadCounts = Set<UInt32>()
    var marks = Set<String>()
    var days = stated
    var targets = Set<String>()
    var places = Set<String>()
    var venues: [[String]] = []
    for profile in lead {
      for venue in profile.clues.venues where !venues.contains(venue) { venues.append(venue) }
      for count in profile.clues.counts { if let value = UInt32(EventEvidence.canonical(count)) { leadCounts.insert(value) } }
      marks.formUnion(profile.clues.stages)
      for act in profile.clues.acts where act.hasPrefix(EventClueLexicon.targetPrefix) { targets.insert(act) }
      for entity in profile.entities where entity.hasKind("place") { places.insert(entity.rawValue) }
    }
    signatures.append(EventEvidence.signatures(targets: targets, places: places))
    self.venues.append(venues)
    // The day it was published on is a day of its event too, as near as a stated one.
    if let own, let day = EventEvidence.dayOfYear(month: own.month, day: own.day) { days.insert(day) }
    counts.append(leadCounts.sorted())
    stages.append(Self.leadStages(marks))
    self.days.append(days.sorted())
    floors.append(floor.map { Int32(clamping: $0) } ?? Int32.min)
  }

  /// The evidence of the documents added, in order.
  func evidence() -> EventEvidence {
    EventEvidence(
      salient: salient, counts: counts, stages: stages, days: days, floors: floors, signatures: signatures, venues: venues)
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

  /// The days of the year a document's lead states for its event: those of its title and lead
  /// (`statedDays`), with those of its opening (`EventClueLexicon.opening`) when the opening
  /// states a day more than `window` days from every one of them. A lead whose days the next
  /// lines contradict tells no day surely: a photo caption among the first lines dates the
  /// photo ("Dmitri Peskov, on 23 December 2021, in Moscow") while the story goes on with
  /// "Wednesday 28 September", and the page must not be kept from the events of either day.
  static func leadDays(_ profiled: ProfiledDocument, window: Int) -> Set<Int32> {
    var stated = statedDays(profiled)
    guard !stated.isEmpty else { return stated }
    let opening = openingDays(profiled)
    if opening.contains(where: { day in stated.allSatisfy { apart(day, $0, window: window) } }) {
      stated.formUnion(opening)
    }
    return stated
  }

  /// Whether a date inferred from a document's text, on `day` of the year, is the day it was
  /// written: its lead states that day (`statedDays`), and its opening states no day more than
  /// `window` days from it. Else the date is only one the page was written on or after (see
  /// `leadDays`: a caption's date is the latest full date of a page whose story names the
  /// day without a year).
  static func leadConfirms(_ day: Int32, in profiled: ProfiledDocument, window: Int) -> Bool {
    statedDays(profiled).contains(day) && !openingDays(profiled).contains { apart($0, day, window: window) }
  }

  /// Whether two days of the year are more than `window` days apart, the year round.
  static func apart(_ a: Int32, _ b: Int32, window: Int) -> Bool {
    let distance = abs(a - b)
    return min(distance, 365 - distance) > Int32(window)
  }

  /// The days of the year the title and first `EventClueLexicon.opening` statements of a
  /// document state.
  static func openingDays(_ profiled: ProfiledDocument) -> Set<Int32> {
    days(of: [profiled.title] + profiled.story(prefix: EventClueLexicon.opening))
  }

  /// The days of the year the title and lead of a document state.
  static func statedDays(_ profiled: ProfiledDocument) -> Set<Int32> {
    days(of: [profiled.title] + profiled.story(prefix: EventClueLexicon.lead))
  }

  /// The days of the year that `profiles` state.
  private static func days(of profiles: [StatementProfile]) -> Set<Int32> {
    var stated = Set<Int32>()
    for profile in profiles {
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
