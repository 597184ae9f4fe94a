/// What event grouping knows of each document beyond its features: the numbers it stands on,
/// the counts and acts its lead gives, the days its lead states, and the day it cannot
/// precede.
///
/// Salient numbers tell events of one kind apart: two prisoner exchanges share every entity
/// and topic, but one is "115 for 115" and the other "146 for 146". Two documents that each
/// have salient numbers and share none of them are less likely one event. The lead's clues
/// (see `EventClueLexicon`) do the same with what a lead is sure to say: the count of an
/// exchange ("115 prisoners", or 230 in all), the stage of a happening (a dam mined, a dam blown up), the
/// day it happened ("31 May", with or without a year).
public struct EventEvidence: Sendable, Hashable {
  /// Per item: its salient numbers as feature ids, ascending (empty: none).
  public var salient: [[UInt32]]
  /// Per item: the counts of its lead, ascending (empty: none).
  public var counts: [[UInt32]]
  /// Per item: the stage marks of its lead (see `EventClueLexicon.Clues.stages`), ascending; a
  /// lead that names both acts of a pair has neither mark (`EventClueCollector.leadStages`).
  public var stages: [[String]]
  /// Per item: the days of the year (1–365, February with 28 days) its lead states or its
  /// publication falls on, ascending: a day without a year still tells 6 June from 20 October.
  public var days: [[Int32]]
  /// Per item: the day number it was published on or after (a date inferred from its text:
  /// the latest date a page names is when it was written at the earliest), or `Int32.min`.
  public var floors: [Int32]
  /// Per item: what its lead names as struck and where, each target with each place of the
  /// lead (`target.dam@place.kakhovka`), ascending: two leads that name one struck thing at one
  /// place tell of one happening as surely as words can, whatever language each is in.
  public var signatures: [[String]]
  /// Per item: the venues of the meetings its lead names (`EventClueLexicon.Clues.venues`),
  /// each a place with the places it lies within, nearest first: two meetings in different
  /// towns are different happenings ("talks in Jeddah", "the summit in Anchorage"), however
  /// many people and words their pages share, while "Anchorage" and "Alaska" name one venue.
  public var venues: [[[String]]]

  public init(
    salient: [[UInt32]], counts: [[UInt32]]? = nil, stages: [[String]]? = nil, days: [[Int32]]? = nil,
    floors: [Int32]? = nil, signatures: [[String]]? = nil, venues: [[[String]]]? = nil
  ) {
    self.salient = salient
    self.counts = counts ?? Array(repeating: [], count: salient.count)
    self.stages = stages ?? Array(repeating: [], count: salient.count)
    self.days = days ?? Array(repeating: [], count: salient.count)
    self.floors = floors ?? Array(repeating: Int32.min, count: salient.count)
    self.signatures = signatures ?? Array(repeating: [], count: salient.count)
    self.venues = venues ?? Array(repeating: [], count: salient.count)
  }

  /// No evidence for `count` items.
  public init(count: Int) { self.init(salient: Array(repeating: [], count: count)) }

  /// Whether items `i` and `j` both have salient numbers and share none.
  func numbersConflict(_ i: Int, _ j: Int) -> Bool { Self.disjoint(salient[i], salient[j]) }

  /// How many of the lead's clues of items `i` and `j` disagree: their counts (both give some,
  /// none shared), their stages (one leads with an earlier stage, the other with the later one
  /// alone), their days (both state some, none within `window` days of the other's, the year
  /// round), their venues (both name some, none the same place or within the other).
  func cluesConflict(_ i: Int, _ j: Int, window: Int) -> Int {
    var conflicts = 0
    if Self.countsDisagree(counts[i], counts[j]) { conflicts += 1 }
    if Self.stagesConflict(stages[i], stages[j]) { conflicts += 1 }
    if daysConflict(days[i], days[j], window: Int32(window)) { conflicts += 1 }
    if Self.venuesDisagree(venues[i], venues[j]) { conflicts += 1 }
    return conflicts
  }

  /// Whether both venue lists are given and no venue of one is a venue of the other or lies
  /// within one (each venue is a place followed by the places it lies within): the summit "in
  /// Alaska" and the one "in Anchorage" agree, the talks "in Jeddah" and those "in Riyadh" do
  /// not, though both lie in Saudi Arabia.
  static func venuesDisagree(_ a: [[String]], _ b: [[String]]) -> Bool {
    guard !a.isEmpty, !b.isEmpty else { return false }
    for x in a {
      for y in b where x.contains(y[0]) || y.contains(x[0]) { return false }
    }
    return true
  }

  /// Whether the sets of roots `i` and `j` (their members' clues merged into them) disagree
  /// on counts, stages or days (see `cluesConflict`).
  func setsConflict(_ i: Int, _ j: Int, window: Int) -> Bool { cluesConflict(i, j, window: window) > 0 }

  /// Whether the sets of roots `i` and `j` (their members' signatures merged into them) have a
  /// lead signature in common: one struck thing at one place.
  func signaturesMeet(_ i: Int, _ j: Int) -> Bool { Self.meet(signatures[i], signatures[j]) }

  /// Merges the clues of `source` into those of `target` (the counts, marks, days and
  /// signatures of a set that joins another).
  mutating func merge(_ source: Int, into target: Int) {
    if !signatures[source].isEmpty {
      signatures[target] = Array(Set(signatures[target]).union(signatures[source])).sorted()
    }
    counts[target] = Array(Set(counts[target]).union(counts[source])).sorted()
    stages[target] = Array(Set(stages[target]).union(stages[source])).sorted()
    days[target] = Array(Set(days[target]).union(days[source])).sorted()
    for venue in venues[source] where !venues[target].contains(venue) { venues[target].append(venue) }
  }

  /// Whether one of the mark lists has the earlier stage of a pair and the other the later one
  /// without the earlier.
  static func stagesConflict(_ a: [String], _ b: [String]) -> Bool {
    guard !a.isEmpty, !b.isEmpty else { return false }
    for mark in a where mark.hasSuffix(EventClueLexicon.earlierMark) {
      let pair = mark.dropLast(EventClueLexicon.earlierMark.count)
      if !b.contains(mark), b.contains(pair + EventClueLexicon.laterMark) { return true }
    }
    for mark in b where mark.hasSuffix(EventClueLexicon.earlierMark) {
      let pair = mark.dropLast(EventClueLexicon.earlierMark.count)
      if !a.contains(mark), a.contains(pair + EventClueLexicon.laterMark) { return true }
    }
    return false
  }

  /// Whether both day lists are given and no day of one is within `window` days of a day of
  /// the other, the year round.
  private func daysConflict(_ a: [Int32], _ b: [Int32], window: Int32) -> Bool {
    guard !a.isEmpty, !b.isEmpty else { return false }
    for x in a {
      for y in b {
        let apart = abs(x - y)
        if min(apart, 365 - apart) <= window { return false }
      }
    }
    return true
  }

  /// Whether both count lists are given and no count of one is a count of the other, or twice
  /// or half of one: an exchange is told by its count per side ("115 for 115") or in all (230).
  static func countsDisagree(_ a: [UInt32], _ b: [UInt32]) -> Bool {
    guard !a.isEmpty, !b.isEmpty else { return false }
    for x in a {
      for y in b where x == y || UInt64(x) == 2 * UInt64(y) || UInt64(y) == 2 * UInt64(x) { return false }
    }
    return true
  }

  /// Whether two ascending id lists are both non-empty and share nothing.
  static func disjoint(_ a: [UInt32], _ b: [UInt32]) -> Bool { !a.isEmpty && !b.isEmpty && !meet(a, b) }

  /// Whether two ascending lists share an element: one merging walk.
  static func meet<Element: Comparable>(_ a: [Element], _ b: [Element]) -> Bool {
    var (x, y) = (a.startIndex, b.startIndex)
    while x < a.endIndex, y < b.endIndex {
      if a[x] == b[y] { return true }
      if a[x] < b[y] { x += 1 } else { y += 1 }
    }
    return false
  }

  /// The signatures of a lead: each target it names (`target.` ids among its acts) with each
  /// place entity it names, as `target@place`, ascending.
  static func signatures(targets: Set<String>, places: Set<String>) -> [String] {
    var result: [String] = []
    for target in targets { for place in places { result.append(target + "@" + place) } }
    return result.sorted()
  }

  /// The day of the year (1–365, February with 28 days) of a month and day; nil when the
  /// month is not 1…12 or the day not 1…31.
  static func dayOfYear(month: Int, day: Int) -> Int32? {
    guard (1...12).contains(month), (1...31).contains(day) else { return nil }
    let before = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    return Int32(before[month - 1] + min(day, 28 + (month == 2 ? 0 : 3)))
  }

  /// The day of the year of a profile date (`--MM-DD`, or `YYYY-MM-DD`).
  static func dayOfYear(_ date: String) -> Int32? {
    let parts = date.split(separator: "-")
    guard parts.count >= 2, let month = Int(parts[parts.count - 2]), let day = Int(parts[parts.count - 1]) else { return nil }
    return dayOfYear(month: month, day: day)
  }

  /// The salient numbers of a document: those of its title, and those at least two of its
  /// statements give, in the form `canonical` gives them. Years are context ("since 2022"),
  /// not what an event is counted by.
  /// - Parameters:
  ///   - title: the numbers of the title, normalized.
  ///   - statements: the numbers of each statement, normalized.
  static func salientNumbers(title: [String], statements: [[String]]) -> Set<String> {
    var counts: [String: Int] = [:]
    for numbers in statements {
      switch numbers.count {
      case 0: continue
      case 1: counts[canonical(numbers[0]), default: 0] += 1
      default: for number in Set(numbers.map(canonical)) { counts[number, default: 0] += 1 }
      }
    }
    var found = Set(title.map(canonical).filter { !NumberNormalizer.isYear($0) })
    for (number, count) in counts where count >= 2 && !NumberNormalizer.isYear(number) { found.insert(number) }
    return found
  }

  /// A number without its thousands separators when it has the shape of grouped thousands
  /// ("1.000", "16,000", "2 200": one to three digits, then groups of three), so that the
  /// languages that group with a dot and those that group with a comma meet; anything else as
  /// it is ("2.5", "13.30").
  static func canonical(_ number: String) -> String {
    // Digits alone (most numbers) have no groups to join.
    if number.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return number }
    let groups = number.split(omittingEmptySubsequences: false) { $0 == "." || $0 == "," || $0 == " " || $0 == "\u{202F}" || $0 == "\u{A0}" }
    guard groups.count > 1, let first = groups.first, (1...3).contains(first.count),
      groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigitCharacter) }),
      groups.dropFirst().allSatisfy({ $0.count == 3 })
    else { return number }
    return groups.joined()
  }

}

extension Character {
  /// Whether the character is one of the ASCII digits 0-9.
  fileprivate var isASCIIDigitCharacter: Bool { asciiValue.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
}
