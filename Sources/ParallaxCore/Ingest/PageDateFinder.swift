/// Dates written in a page's text, for pages whose metadata, byline and dateline give none: the
/// latest full date the page names ("29 August 2022", "August 29, 2022", "17 de julio de
/// 2023", "07.06.2023") is the best guess at when it was published (news tells of the past;
/// the newest day it mentions is mostly its own). The result is marked inferred.
///
/// Month names come from every language's `datelines.yaml`: pages quote posts and captions in
/// other languages than their own. A date in figures with slashes ("16/11/2022") is read in
/// the order the page's language writes it (`slashedDates`), or, where the language has no one
/// order, only when one of its numbers cannot be a month.
public struct PageDateFinder: Sendable {
  /// Folded month forms of at least three letters → month number.
  private let months: [String: Int]
  /// Per language (without region), the order of day and month in slashed dates.
  private let slashOrders: [String: DatelineRules.SlashedDateOrder]

  public init(rules: [DatelineRules]) {
    var months: [String: Int] = [:]
    for language in rules {
      for month in language.months {
        for form in month.forms {
          var folded = TextFold.fold(form)
          while folded.hasSuffix(".") { folded.removeLast() }
          if folded.unicodeScalars.count >= 3, months[folded] == nil { months[folded] = month.number }
        }
      }
    }
    self.months = months
    var orders: [String: DatelineRules.SlashedDateOrder] = [:]
    for language in rules {
      if let order = language.slashedDates, orders[language.language.language] == nil {
        orders[language.language.language] = order
      }
    }
    slashOrders = orders
  }

  /// The offsets of the runs of four ASCII digits or more in `bytes`, in order.
  static func digitRuns(_ bytes: some Collection<UInt8>) -> [Range<Int>] {
    var runs: [Range<Int>] = []
    var start = -1
    for (offset, byte) in bytes.enumerated() {
      if byte >= 0x30 && byte <= 0x39 {
        if start < 0 { start = offset }
      } else {
        if start >= 0, offset - start >= 4 { runs.append(start..<offset) }
        start = -1
      }
    }
    if start >= 0, bytes.count - start >= 4 { runs.append(start..<bytes.count) }
    return runs
  }

  /// Whether `scalar` belongs to the character before it: a combining or spacing mark, or a
  /// zero-width joiner or non-joiner (as grapheme clusters extend).
  @inline(__always)
  static func extendsCharacter(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x300 { return false }
    if scalar.value == 0x200C || scalar.value == 0x200D { return true }
    guard scalar.value < 0x10000 else { return ScalarFacts.wordClassCode(scalar) == 4 }
    return ScalarFacts.wordClass[Int(scalar.value)] & ScalarFacts.wordClassMask == 4
  }

  private enum Token {
    case number(Int, digits: Int)
    case month(Int)
    case word(short: Bool)
  }

  /// A token as the scan finds it: a word is its place in the text until a pattern asks what
  /// it is.
  private enum Raw {
    case number(Int, digits: Int)
    case word(Range<String.Index>)
  }

  /// The latest full date written in `text`, if any; `language`, the page's, tells how it
  /// writes dates with slashes.
  public func latest(in text: String, language: LocaleID? = nil) -> PartialDate? {
    let order = language.flatMap { slashOrders[$0.language] }
    // Every full date ends with a year of 1990–2100, four digits or more in a row, and its
    // other words are at most four before it. So only the stretch before each such run is
    // read: from a space at least four words before it to the first space after it (where
    // the reading starts afresh, as it does at any space). A page without such a run names no
    // date, and none of its words are read.
    let bytes = Array(text.utf8)
    // Windows that meet are read as one; a window remembers its first run (the runs after it
    // have all of its words before them, and that run's too). Each byte is looked at a few
    // times at most: the searches for spaces stop where the window before ends.
    var windows: [(range: Range<Int>, first: Int)] = []
    for run in Self.digitRuns(bytes) {
      let floor = windows.last?.range.upperBound ?? 0
      if run.upperBound <= floor { continue }
      var end = run.upperBound
      while end < bytes.count, !isSpace(bytes[end]) { end += 1 }
      var start = max(floor, run.lowerBound - Self.reach)
      while start > floor, !isSpace(bytes[start]) { start -= 1 }
      if let last = windows.last, start <= last.range.upperBound {
        windows[windows.count - 1].range = last.range.lowerBound..<end
      } else {
        windows.append((start..<end, run.lowerBound))
      }
    }
    var best: PartialDate?
    for (k, window) in windows.enumerated() {
      // Too few words before the first run: read further back, twice as far each time, but
      // not into the window before. Still too few: the whole page is read, as one window.
      let floor = k > 0 ? windows[k - 1].range.upperBound : 0
      var range = window.range
      var back = Self.reach
      while true {
        let found = dates(in: bytes, range, order: order)
        if range.lowerBound == 0 || (found.starts.count >= 4 && found.starts[3] < window.first) {
          if let latest = found.latest, best.map({ $0 < latest }) ?? true { best = latest }
          break
        }
        if range.lowerBound == floor { return dates(in: bytes, 0..<bytes.count, order: order).latest }
        back *= 2
        var start = max(floor, range.lowerBound - back)
        while start > floor, !isSpace(bytes[start]) { start -= 1 }
        range = start..<range.upperBound
      }
    }
    return best
  }

  /// How far before a run of digits its window starts, in bytes (then back to a space).
  private static let reach = 48

  /// The latest full date in `range` of `bytes` (valid UTF-8 that starts and ends at a space
  /// or at the text's ends), and where each of its tokens starts.
  private func dates(
    in bytes: [UInt8], _ range: Range<Int>, order: DatelineRules.SlashedDateOrder?
  ) -> (latest: PartialDate?, starts: [Int]) {
    let text = String(decoding: bytes[range], as: UTF8.self)
    var starts: [Int] = []
    var tokens: [Raw] = []
    var best: PartialDate?
    func consider(_ year: Int, _ month: Int, _ day: Int) {
      guard (1990...2100).contains(year), (1...12).contains(month), (1...31).contains(day) else { return }
      let date = PartialDate(year: year, month: month, day: day)
      if best.map({ $0 < date }) ?? true { best = date }
    }
    var word: Range<String.Index>?
    var digits = ""
    var digitsStart = text.startIndex
    var numeric: [Int] = []
    func offset(_ index: String.Index) -> Int { range.lowerBound + text.utf8.distance(from: text.startIndex, to: index) }
    func flushNumeric() {
      // dd.mm.yyyy
      if numeric.count == 3 { consider(numeric[2], numeric[1], numeric[0]) }
      numeric = []
    }
    /// Ends the number or word being read; `beforeDot` when the character that ends it is a
    /// full stop.
    func flush(beforeDot: Bool) {
      if !digits.isEmpty {
        let value = Int(digits) ?? -1
        tokens.append(.number(value, digits: digits.count))
        starts.append(offset(digitsStart))
        if beforeDot, digits.count <= 2 || numeric.count == 2 {
          numeric.append(value)
        } else {
          if !numeric.isEmpty { numeric.append(value) }
          flushNumeric()
        }
        digits = ""
      } else if let range = word {
        tokens.append(.word(range))
        starts.append(offset(range.lowerBound))
        word = nil
        flushNumeric()
      }
    }
    // Character by character, read as scalars: a character is its first scalar and the marks
    // (and joiners) after it. A digit or full stop with a mark on it is neither; a letter with
    // marks is a letter (what `Character` iteration gives, without breaking graphemes).
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let scalar = scalars[index]
      var after = scalars.index(after: index)
      var marked = false
      // (A control character, a line break among them, takes no marks.)
      while scalar.value >= 0x20, scalar.value < 0x7F || scalar.value > 0x9F, after < scalars.endIndex,
        Self.extendsCharacter(scalars[after])
      {
        after = scalars.index(after: after)
        marked = true
      }
      if !marked, scalar.value >= 0x30, scalar.value <= 0x39 {
        if word != nil { flush(beforeDot: false) }
        if digits.isEmpty { digitsStart = index }
        digits.unicodeScalars.append(scalar)
      } else if ScalarFacts.isAlphabetic(scalar) {
        if !digits.isEmpty { flush(beforeDot: false) }
        word = (word?.lowerBound ?? index)..<after
      } else {
        let isDot = !marked && scalar == "."
        flush(beforeDot: isDot)
        if !isDot { flushNumeric() }
      }
      index = after
    }
    flush(beforeDot: false)
    flushNumeric()
    for (first, second, year) in Self.slashedDates(bytes, range) {
      switch order {
      case .dayFirst?: consider(year, second, first)
      case .monthFirst?: consider(year, first, second)
      case nil:
        // Without the language's order, only a date one of whose numbers cannot be a month.
        if first > 12, second <= 12 { consider(year, second, first) }
        if second > 12, first <= 12 { consider(year, first, second) }
      }
    }
    // A word is folded and looked up only where a pattern needs it: most words of a page are
    // never next to a day and a year.
    var resolved: [Int: Token] = [:]
    func token(_ k: Int) -> Token {
      switch tokens[k] {
      case .number(let value, let digits): return .number(value, digits: digits)
      case .word(let range):
        if let known = resolved[k] { return known }
        let folded = TextFold.fold(text[range])
        let made: Token = months[folded].map { .month($0) } ?? .word(short: folded.count <= 3)
        resolved[k] = made
        return made
      }
    }
    // Day month year and month day year, with at most one short word between ("de", "of").
    func skip(_ k: Int) -> Int {
      if k < tokens.count, case .word(short: true) = token(k) { return k + 1 }
      return k
    }
    for k in tokens.indices {
      switch tokens[k] {
      case .number(let day, let digits) where digits <= 2:
        let m = skip(k + 1)
        guard m < tokens.count, case .month(let month) = token(m) else { continue }
        let y = skip(m + 1)
        if y < tokens.count, case .number(let year, 4) = tokens[y] { consider(year, month, day) }
      case .word:
        guard k + 2 < tokens.count, case .number(let day, let digits) = tokens[k + 1], digits <= 2,
          case .number(let year, 4) = tokens[k + 2], case .month(let month) = token(k)
        else { continue }
        consider(year, month, day)
      default: continue
      }
    }
    return (best, starts)
  }

  /// The dates in figures with slashes in `range` of `bytes`: one or two digits, a slash, one
  /// or two digits, a slash and four digits, with no digit or slash on either side ("16/11/2022",
  /// not "1/16/11/2022" nor a fraction "3/4"), as their three numbers.
  static func slashedDates(_ bytes: [UInt8], _ range: Range<Int>) -> [(Int, Int, Int)] {
    func isDigit(_ k: Int) -> Bool { k >= range.lowerBound && k < range.upperBound && bytes[k] >= 0x30 && bytes[k] <= 0x39 }
    func isSlash(_ k: Int) -> Bool { k >= range.lowerBound && k < range.upperBound && bytes[k] == 0x2F }
    /// The number of the digits starting at `k` and where they end.
    func number(at k: Int) -> (value: Int, end: Int) {
      var value = 0
      var end = k
      while isDigit(end) {
        value = value &* 10 &+ Int(bytes[end] - 0x30)
        end += 1
      }
      return (value, end)
    }
    var found: [(Int, Int, Int)] = []
    var k = range.lowerBound
    while k < range.upperBound {
      guard isDigit(k), !isDigit(k - 1), !isSlash(k - 1) else {
        k += 1
        continue
      }
      let first = number(at: k)
      guard first.end - k <= 2, isSlash(first.end), isDigit(first.end + 1) else {
        k = first.end + 1
        continue
      }
      let second = number(at: first.end + 1)
      guard second.end - first.end - 1 <= 2, isSlash(second.end), isDigit(second.end + 1) else {
        k = second.end
        continue
      }
      let year = number(at: second.end + 1)
      if year.end - second.end - 1 == 4, !isSlash(year.end) { found.append((first.value, second.value, year.value)) }
      k = year.end
    }
    return found
  }

  /// The publication date a page's address gives, if any: news sites file articles under
  /// their day (`/20250926/…`, `/2023/06/06/…`, `/2023-06-06-…`). Only the path is read, a
  /// segment at a time, so an article number ("28543166") is not taken for a date unless its
  /// digits make a day of 1990–2100.
  public static func date(inAddress address: String) -> PartialDate? {
    guard address.hasPrefix("http://") || address.hasPrefix("https://"), !address.contains(" ") else { return nil }
    // The path: after the host, before the query or fragment.
    let afterScheme = address.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: false)
    guard afterScheme.count == 3 else { return nil }
    let rest = afterScheme[2].split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]
      .split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
    let segments = rest.split(separator: "/").dropFirst().map(String.init)
    func made(_ year: Int?, _ month: Int?, _ day: Int?) -> PartialDate? {
      guard let year, let month, let day, (1990...2100).contains(year), (1...12).contains(month), (1...31).contains(day)
      else { return nil }
      return PartialDate(year: year, month: month, day: day)
    }
    func digits(_ text: Substring) -> Bool { !text.isEmpty && text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
    for (k, segment) in segments.enumerated() {
      // yyyymmdd, alone or opening the slug ("20221021-barrage").
      let head = segment.prefix { $0 != "-" && $0 != "_" && $0 != "." }
      if head.count == 8, digits(head),
        let date = made(Int(head.prefix(4)), Int(head.dropFirst(4).prefix(2)), Int(head.suffix(2)))
      {
        return date
      }
      // yyyy-mm-dd opening the segment.
      let parts = segment.split(separator: "-", maxSplits: 3, omittingEmptySubsequences: false)
      if parts.count >= 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
        digits(parts[0]), digits(parts[1]), digits(parts[2]),
        let date = made(Int(parts[0]), Int(parts[1]), Int(parts[2]))
      {
        return date
      }
      // yyyy/mm/dd as three segments.
      if k + 2 < segments.count, segment.count == 4, digits(Substring(segment)),
        (1...2).contains(segments[k + 1].count), digits(Substring(segments[k + 1])),
        (1...2).contains(segments[k + 2].count), digits(Substring(segments[k + 2])),
        let date = made(Int(segment), Int(segments[k + 1]), Int(segments[k + 2]))
      {
        return date
      }
    }
    return nil
  }
}
