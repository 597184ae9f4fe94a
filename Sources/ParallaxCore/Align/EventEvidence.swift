/// What event grouping knows of each document beyond its features: the numbers it stands on.
///
/// Salient numbers tell events of one kind apart: two prisoner exchanges share every entity
/// and topic, but one is "115 for 115" and the other "146 for 146". Two documents that each
/// have salient numbers and share none of them are less likely one event.
public struct EventEvidence: Sendable, Hashable {
  /// Per item: its salient numbers as feature ids, ascending (empty: none).
  public var salient: [[UInt32]]

  public init(salient: [[UInt32]]) { self.salient = salient }

  /// No evidence for `count` items.
  public init(count: Int) { salient = Array(repeating: [], count: count) }

  /// Whether items `i` and `j` both have salient numbers and share none.
  func numbersConflict(_ i: Int, _ j: Int) -> Bool {
    let (a, b) = (salient[i], salient[j])
    guard !a.isEmpty, !b.isEmpty else { return false }
    var (x, y) = (a.startIndex, b.startIndex)
    while x < a.endIndex, y < b.endIndex {
      if a[x] == b[y] { return false }
      if a[x] < b[y] { x += 1 } else { y += 1 }
    }
    return true
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
