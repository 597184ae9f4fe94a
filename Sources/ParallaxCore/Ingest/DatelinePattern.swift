/// A compiled dateline or byline form (see `DatelineRules`), matched at the start of a
/// paragraph by a small backtracking matcher over Unicode scalars. Patterns are short and only
/// the first few hundred scalars of a paragraph are looked at, so the cost per document is
/// bounded.
struct DatelinePattern: Sendable, Hashable {
  enum Placeholder: String, Sendable, Hashable, CaseIterable {
    case place, region, month, day, year, agency, publisher, author, time, dash
  }

  enum Token: Sendable, Hashable {
    case literal([Unicode.Scalar])
    case space
    case placeholder(Placeholder)
  }

  let tokens: [Token]

  /// Compiles `form`, or says what is wrong with it.
  /// Why a form does not compile.
  struct FormError: Error, Sendable, Hashable {
    var problem: String
  }

  static func compile(_ form: String) -> Result<DatelinePattern, FormError> {
    var tokens: [Token] = []
    var literal: [Unicode.Scalar] = []
    var name: String?
    func flush() {
      if !literal.isEmpty { tokens.append(.literal(literal)) }
      literal = []
    }
    for scalar in form.unicodeScalars {
      if var current = name {
        if scalar == "}" {
          guard let placeholder = Placeholder(rawValue: current) else {
            return .failure(FormError(problem: "unknown placeholder '{\(current)}'; known: \(Placeholder.allCases.map { "{\($0.rawValue)}" }.joined(separator: " "))"))
          }
          tokens.append(.placeholder(placeholder))
          name = nil
        } else {
          current.unicodeScalars.append(scalar)
          name = current
        }
      } else if scalar == "{" {
        flush()
        name = ""
      } else if scalar == " " {
        flush()
        if tokens.last != .space { tokens.append(.space) }
      } else {
        literal.append(scalar)
      }
    }
    if name != nil { return .failure(FormError(problem: "a '{' is not closed")) }
    flush()
    if tokens.isEmpty { return .failure(FormError(problem: "the form is empty")) }
    return .success(DatelinePattern(tokens: tokens))
  }

  /// What a match found.
  struct Match: Sendable, Hashable {
    var end = 0
    var place: Range<Int>?
    var region: Range<Int>?
    var month: Int?
    var day: Int?
    var year: Int?
    var dateStart: Int?
    var dateEnd: Int?
    var agency: String?
    var publisher: Range<Int>?
    var author: Range<Int>?
    var time: Range<Int>?
  }

  /// Whether the pattern opens with `{place}`.
  var startsWithPlace: Bool { tokens.first == .placeholder(.place) }

  /// The literal stretches the pattern needs, each of which must occur in a matching text.
  var literals: [[Unicode.Scalar]] {
    tokens.compactMap { token in
      if case .literal(let scalars) = token { return scalars }
      return nil
    }
  }

  /// How many scalars of a paragraph's opening the place test looks at.
  static let placeScalars = 42

  /// Whether `{place}` can match at the start of `text`, deciding from its first
  /// `placeScalars` scalars (all that the place test looks at), so that most paragraphs are
  /// turned away without building arrays of all their scalars.
  static func placeMayStart(of text: String) -> Bool {
    placeMayStart(Array(text.unicodeScalars.prefix(placeScalars)))
  }

  /// `placeMayStart(of:)` of a paragraph whose first `placeScalars` scalars are `opening`.
  static func placeMayStart(_ opening: [Unicode.Scalar]) -> Bool {
    // A place opens with a capital: any other opening turns a paragraph away at once.
    guard let first = opening.first, ScalarFacts.isUppercase(first) else { return false }
    return !placeEnds(at: 0, opening).isEmpty
  }

  /// `placeAtStart`, when given, is what `placeCandidates(_:)` says of `text`: the ends of a
  /// `{place}` at the start, computed once for all the patterns tried on one paragraph.
  func match(
    _ text: [Unicode.Scalar], folded: [Unicode.Scalar], rules: CompiledRules, anchored: Bool,
    placeAtStart: [(Int, Int)]? = nil
  ) -> Match? {
    var steps = 0
    return step(0, 0, Match(), text, folded, rules, anchored, &steps, placeAtStart)
  }

  /// Whether the pattern may match `text`, whose `{place}` ends are `placeAtStart`: false when
  /// it opens with `{place}` and no end is followed by the literals and spaces the pattern
  /// puts next, and by what its next placeholder starts with (a digit for a day or a year, the
  /// first letter of a month name). A cheap test, so that most of a language's patterns are
  /// never matched; it rejects only texts that `match` would reject.
  func mayMatch(_ text: [Unicode.Scalar], folded: [Unicode.Scalar], rules: CompiledRules, placeAtStart: [(Int, Int)]) -> Bool {
    guard startsWithPlace else { return true }
    ends: for (end, _) in placeAtStart {
      var p = end
      for token in tokens.dropFirst() {
        switch token {
        case .literal(let scalars):
          guard p + scalars.count <= text.count else { continue ends }
          for (k, scalar) in scalars.enumerated() where text[p + k] != scalar { continue ends }
          p += scalars.count
        case .space:
          let start = p
          while p < text.count, ScalarFacts.isWhitespace(text[p]) { p += 1 }
          guard p > start else { continue ends }
        case .placeholder(let kind):
          switch kind {
          case .day, .year:
            guard p < text.count, text[p].value >= 0x30, text[p].value <= 0x39 else { continue ends }
          case .month:
            guard p < folded.count, rules.monthStarts.contains(folded[p]) else { continue ends }
          default:
            break
          }
          return true
        }
      }
      return true
    }
    return false
  }

  /// The ends of a `{place}` at the start of `text`, longest first.
  static func placeCandidates(_ text: [Unicode.Scalar]) -> [(Int, Int)] {
    placeEnds(at: 0, text)
  }

  private func step(
    _ t: Int, _ p: Int, _ m: Match, _ text: [Unicode.Scalar], _ folded: [Unicode.Scalar],
    _ rules: CompiledRules, _ anchored: Bool, _ steps: inout Int, _ placeAtStart: [(Int, Int)]?
  ) -> Match? {
    steps += 1
    if steps > 20_000 { return nil }
    if t == tokens.count {
      if anchored {
        var q = p
        while q < text.count, ScalarFacts.isWhitespace(text[q]) { q += 1 }
        if q < text.count { return nil }
      }
      var done = m
      done.end = p
      return done
    }
    switch tokens[t] {
    case .literal(let scalars):
      guard p + scalars.count <= text.count else { return nil }
      for (k, scalar) in scalars.enumerated() where text[p + k] != scalar { return nil }
      return step(t + 1, p + scalars.count, m, text, folded, rules, anchored, &steps, placeAtStart)
    case .space:
      var q = p
      while q < text.count, ScalarFacts.isWhitespace(text[q]) { q += 1 }
      guard q > p else { return nil }
      return step(t + 1, q, m, text, folded, rules, anchored, &steps, placeAtStart)
    case .placeholder(let kind):
      // Months, agencies, days, years and dashes end in one place at most: no list to build.
      switch kind {
      case .month, .agency, .day, .year, .dash:
        guard p < text.count, let (end, value) = singleEnd(kind, at: p, text, folded, rules) else { return nil }
        return step(t + 1, end, filled(m, kind, p..<end, value, rules), text, folded, rules, anchored, &steps, placeAtStart)
      case .place, .region, .publisher, .author, .time:
        let ends = kind == .place && p == 0 ? placeAtStart ?? candidates(kind, at: p, text, folded, rules) : candidates(kind, at: p, text, folded, rules)
        for (end, value) in ends {
          let next = filled(m, kind, p..<end, value, rules)
          if let found = step(t + 1, end, next, text, folded, rules, anchored, &steps, placeAtStart) { return found }
        }
        return nil
      }
    }
  }

  /// `m` with placeholder `kind` matched over `range` (`value`: a number, or an agency index).
  private func filled(_ m: Match, _ kind: Placeholder, _ range: Range<Int>, _ value: Int, _ rules: CompiledRules) -> Match {
    var next = m
    switch kind {
    case .place: next.place = range
    case .region: next.region = range
    case .publisher: next.publisher = range
    case .author: next.author = range
    case .time: next.time = range
    case .agency: next.agency = rules.agencyNames[value]
    case .month, .day, .year:
      if kind == .month { next.month = value }
      if kind == .day { next.day = value }
      if kind == .year { next.year = value }
      next.dateStart = min(next.dateStart ?? range.lowerBound, range.lowerBound)
      next.dateEnd = max(next.dateEnd ?? range.upperBound, range.upperBound)
    case .dash: break
    }
    return next
  }

  /// Possible ends of `kind` at `p`, in order of preference, each with a value (a number, or
  /// an index into the agency names).
  private func candidates(
    _ kind: Placeholder, at p: Int, _ text: [Unicode.Scalar], _ folded: [Unicode.Scalar], _ rules: CompiledRules
  ) -> [(Int, Int)] {
    switch kind {
    case .place:
      return Self.placeEnds(at: p, text)
    case .region:
      return Self.regionEnds(at: p, text)
    default:
      guard p < text.count else { return [] }
      return otherEnds(kind, at: p, text, folded, rules)
    }
  }

  private static func placeEnds<Text: RandomAccessCollection<Unicode.Scalar>>(at p: Int, _ text: Text) -> [(Int, Int)]
  where Text.Index == Int {
    guard p < text.count else { return [] }
    func isLetter(_ s: Unicode.Scalar) -> Bool { ScalarFacts.isAlphabetic(s) }
    func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
    func boundary(_ q: Int) -> Bool { q >= text.count || !(isLetter(text[q]) || isDigit(text[q])) }
    // In capitals ("МОСКВА", "NEW YORK"), or in words that each open with a capital and go on
    // in small letters ("Москва", "Nowy Jork"; after a hyphen, any: "Ростов-на-Дону"); not both
    // ("By Anna Berg MOSCOW" is no place).
    do {
      var ends: [(Int, Int)] = []
      var q = p
      var capitals: Bool?
      while q < text.count, q - p <= 40 {
        // One word: letters, and the hyphens, points and apostrophes inside it.
        guard ScalarFacts.isUppercase(text[q]) else { break }
        var hasSmall = false
        var wordEnds: [(Int, Int)] = []
        var r = q
        while r < text.count, r - p <= 40 {
          let s = text[r]
          if isLetter(s) {
            if ScalarFacts.isLowercase(s) { hasSmall = true }
          } else if !(s == "-" || s == "." || s == "'" || s == "’") {
            break
          }
          r += 1
          if isLetter(s) && boundary(r) { wordEnds.append((r, 0)) }
        }
        if capitals == nil { capitals = !hasSmall }
        // Every word in capitals, or every word in small letters after its capital.
        if capitals == hasSmall && (capitals == true || r - q > 1) { break }
        ends += wordEnds
        guard r + 1 < text.count, text[r] == " " else { break }
        q = r + 1
      }
      return ends.reversed()
    }
  }

  private static func regionEnds(at p: Int, _ text: [Unicode.Scalar]) -> [(Int, Int)] {
    guard p < text.count else { return [] }
    func isLetter(_ s: Unicode.Scalar) -> Bool { ScalarFacts.isAlphabetic(s) }
    do {
      var ends: [(Int, Int)] = []
      var q = p
      while q < text.count, ScalarFacts.isUppercase(text[q]) {
        while q < text.count, isLetter(text[q]) || text[q] == "-" { q += 1 }
        ends.append((q, 0))
        guard q + 1 < text.count, text[q] == " ", ScalarFacts.isUppercase(text[q + 1]) else { break }
        q += 1
      }
      return ends.reversed()
    }
  }

  private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

  /// Whether a word ends before `q`: the text ends there or holds neither a letter nor a digit.
  private static func isBoundary(_ q: Int, _ text: [Unicode.Scalar]) -> Bool {
    q >= text.count || !(ScalarFacts.isAlphabetic(text[q]) || isDigit(text[q]))
  }

  /// The one end of a month, agency, day, year or dash at `p` (`p` inside `text`), with its
  /// value.
  private func singleEnd(
    _ kind: Placeholder, at p: Int, _ text: [Unicode.Scalar], _ folded: [Unicode.Scalar], _ rules: CompiledRules
  ) -> (Int, Int)? {
    func isDigit(_ s: Unicode.Scalar) -> Bool { Self.isDigit(s) }
    func boundary(_ q: Int) -> Bool { Self.isBoundary(q, text) }
    switch kind {
    case .month:
      return rules.longest(rules.months, at: p, folded).map { ($0.end, $0.value) }
    case .agency:
      return rules.longest(rules.agencies, at: p, folded).map { ($0.end, $0.value) }
    case .day, .year:
      var q = p
      var value = 0
      while q < text.count, isDigit(text[q]), q - p < 4 {
        value = value * 10 + Int(text[q].value - 0x30)
        q += 1
      }
      let digits = q - p
      if kind == .year { return digits == 4 && boundary(q) ? (q, value) : nil }
      guard (1...2).contains(digits), (1...31).contains(value) else { return nil }
      if let suffix = rules.longest(rules.ordinals, at: q, folded), boundary(suffix.end) {
        return (suffix.end, value)
      }
      return boundary(q) ? (q, value) : nil
    case .dash:
      let s = text[p]
      if s == "-" || ScalarFacts.isDashPunctuation(s) { return (p + 1, 0) }
      return nil
    case .place, .region, .publisher, .author, .time:
      return nil
    }
  }

  private func otherEnds(
    _ kind: Placeholder, at p: Int, _ text: [Unicode.Scalar], _ folded: [Unicode.Scalar], _ rules: CompiledRules
  ) -> [(Int, Int)] {
    func isDigit(_ s: Unicode.Scalar) -> Bool { Self.isDigit(s) }
    func boundary(_ q: Int) -> Bool { Self.isBoundary(q, text) }
    switch kind {
    case .place, .region:
      return []
    case .month, .agency, .day, .year, .dash:
      return singleEnd(kind, at: p, text, folded, rules).map { [$0] } ?? []
    case .time:
      var q = p
      while q < text.count, isDigit(text[q]) { q += 1 }
      guard (1...2).contains(q - p), q < text.count, text[q] == ":" else { return [] }
      var r = q + 1
      while r < text.count, isDigit(text[r]) { r += 1 }
      guard r - q - 1 == 2 else { return [] }
      var ends = [(r, 0)]
      var s = r
      while s < text.count, text[s] == " " { s += 1 }
      if let suffix = rules.longest(rules.timeSuffixes, at: s, folded), boundary(suffix.end) {
        ends.insert((suffix.end, 0), at: 0)
      }
      return ends
    case .publisher, .author:
      var ends: [(Int, Int)] = []
      var q = p + 1
      while q <= text.count, q - p <= 80 {
        if text[q - 1] == "\n" { break }
        if text[q - 1] != " " { ends.append((q, 0)) }
        q += 1
      }
      return ends
    }
  }
}

/// A language's dateline data prepared for matching: folded month, agency and suffix forms.
final class CompiledRules: Sendable {
  struct Form: Sendable {
    var scalars: [Unicode.Scalar]
    var value: Int
  }

  let language: LocaleID
  let months: [Form]
  /// The first scalar of every month form: a month can start only there.
  let monthStarts: Set<Unicode.Scalar>
  let agencies: [Form]
  let agencyNames: [String]
  let ordinals: [Form]
  let timeSuffixes: [Form]
  let chrome: Set<String>
  let datelines: [(id: String, pattern: DatelinePattern, agency: String?)]
  let bylines: [(id: String, pattern: DatelinePattern, agency: String?)]

  init(_ rules: DatelineRules) {
    func forms(_ list: [String], value: Int) -> [Form] {
      list.map { Form(scalars: Array(TextFold.fold($0).unicodeScalars), value: value) }
    }
    language = rules.language
    months = rules.months.flatMap { forms($0.forms, value: $0.number) }
    monthStarts = Set(months.compactMap(\.scalars.first))
    agencyNames = rules.agencies.map(\.name)
    agencies = rules.agencies.enumerated().flatMap { forms($0.element.forms, value: $0.offset) }
    ordinals = forms(rules.ordinalSuffixes, value: 0)
    timeSuffixes = forms(rules.timeSuffixes, value: 0)
    chrome = Set(rules.chrome.map { TextFold.fold($0) })
    func compiled(_ list: [DatelineRules.Pattern]) -> [(id: String, pattern: DatelinePattern, agency: String?)] {
      list.compactMap { pattern in
        guard case .success(let compiled) = DatelinePattern.compile(pattern.form) else { return nil }
        return (pattern.id, compiled, pattern.agency)
      }
    }
    datelines = compiled(rules.datelines)
    bylines = compiled(rules.bylines)
  }

  /// The longest form that matches `folded` at `p` and ends at a word boundary.
  func longest(_ list: [Form], at p: Int, _ folded: [Unicode.Scalar]) -> (end: Int, value: Int)? {
    var best: (end: Int, value: Int)?
    for form in list where p + form.scalars.count <= folded.count {
      var ok = true
      for (k, s) in form.scalars.enumerated() where folded[p + k] != s {
        ok = false
        break
      }
      guard ok else { continue }
      let end = p + form.scalars.count
      if let last = form.scalars.last, ScalarFacts.isAlphabetic(last), end < folded.count,
        ScalarFacts.isAlphabetic(folded[end])
      {
        continue
      }
      if best.map({ end > $0.end }) ?? true { best = (end, form.value) }
    }
    return best
  }
}
