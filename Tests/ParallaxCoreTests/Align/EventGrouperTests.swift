import Testing

@testable import ParallaxCore

@Suite struct EventGrouperTests {
  /// Documents on consecutive days, each sharing an entity with the next: a chain of links.
  private func chain(days: [Int?]) -> SparseItems {
    var items = SparseItems()
    for (index, day) in days.enumerated() {
      // Feature 2i is shared with the previous document, 2i + 2 with the next; 1 everywhere
      // keeps the documents one topic.
      items.append(group: index, language: 0, day: day, features: [1, UInt32(2 * index), UInt32(2 * index + 2)].sorted())
    }
    return items
  }

  /// Documents that all share three features, each with one of its own, on the given days.
  private func alike(days: [Int?]) -> SparseItems {
    var items = SparseItems()
    for (index, day) in days.enumerated() {
      items.append(group: index, language: 0, day: day, features: [1, 2, 3, UInt32(10 + index)])
    }
    return items
  }

  private func group(
    _ items: SparseItems, window: Int, outliers: Float = EventOptions().outlierShare, cohesion: Float = EventOptions().cohesion
  ) -> [[Int]] {
    let features = Int(items.features.max() ?? 0) + 1
    let kinds = [FeatureKind](repeating: .entity, count: features)
    return EventGrouper(options: EventOptions(threshold: 0.1, dayWindow: window, cohesion: cohesion, outlierShare: outliers)).group(
      items, kinds: kinds, places: [Bool](repeating: false, count: features))
  }

  /// The most of `days` that lie within `window` days of each other.
  private func busiest(_ days: [Int], window: Int) -> Int {
    days.map { start in days.filter { $0 >= start && $0 <= start + window }.count }.max() ?? 0
  }

  @Test("alike documents make one event only while most of it lies within the day window")
  func window() {
    let days = Array(0..<10)
    let grouped = group(alike(days: days), window: 3)
    #expect(grouped.count > 1)
    for event in grouped {
      let dated = event.map { days[$0] }
      #expect(Float(dated.count - busiest(dated, window: 3)) <= 0.2 * Float(dated.count), "\(event)")
    }
    #expect(grouped.flatMap { $0 }.sorted() == Array(0..<10))
    // Without outliers, no event spans more than the window.
    for event in group(alike(days: days), window: 3, outliers: 0) {
      let spanned = event.map { days[$0] }
      #expect(spanned.max()! - spanned.min()! <= 3, "\(event)")
    }
    // A window as long as the days keeps them whole.
    #expect(group(alike(days: days), window: 9) == [Array(0..<10)])
  }

  /// Reports of one event on the given days: five dated on day 0 (or `onDayZero`), six undated
  /// (or `undated`), then `others`; all share six features, each has one of its own.
  private func coverage(onDayZero: Int = 5, undated: Int = 6, others: [Int]) -> SparseItems {
    let days = [Int?](repeating: 0, count: onDayZero) + [Int?](repeating: nil, count: undated) + others.map { Optional($0) }
    var items = SparseItems()
    for (index, day) in days.enumerated() {
      items.append(group: index, language: 0, day: day, features: [1, 2, 3, 4, 5, 6, UInt32(10 + index)])
    }
    return items
  }

  @Test("a page dated far from the rest of its coverage stays with it; a second stray among few pages or two pages of another day do not")
  func misdated() {
    // A page dated months away (a stray date in its text) among five dated and six undated.
    #expect(group(coverage(others: [120]), window: 3) == [Array(0..<12)])
    #expect(group(coverage(others: [120]), window: 3, outliers: 0).count == 2)
    // Two strays among five dated pages and one undated (which links them) are more than a
    // fifth: one stays apart, whatever the cohesion.
    #expect(group(coverage(undated: 1, others: [120, 300]), window: 3, cohesion: 0).count == 2)
    // Among five dated and six undated pages they are not: the undated pages are coverage too.
    #expect(group(coverage(others: [120, 300]), window: 3) == [Array(0..<13)])
    // Two pages of one other day are that day's coverage, not strays, however many the rest.
    let other = group(coverage(onDayZero: 10, others: [120, 121]), window: 3)
    #expect(other.count == 2)
    #expect(other.contains([16, 17]), "\(other)")
  }

  @Test("a chain of documents each like only its neighbours does not become one event")
  func chaining() {
    let grouped = group(chain(days: [Int?](repeating: nil, count: 12)), window: 3)
    #expect(grouped.count > 1)
    #expect(grouped.flatMap { $0 }.sorted() == Array(0..<12))
  }

  @Test("a follow-up that undated pages joined first rejoins the rest of its event's coverage")
  func followUpFirst() {
    // 0-2 are dated on day 0 and alike; 3 is a follow-up on day 20, and 4-6 undated pages most
    // like it. 3-6 form a set first, with one page dated outside the window of 0-2: one page
    // of seven, though one of the four dated ones.
    func pages(_ days: [Int?]) -> SparseItems {
      var items = SparseItems()
      for (index, day) in days.enumerated() {
        let own: [UInt32] = index < 3 ? [20] : [21, 22]
        items.append(group: index, language: 0, day: day, features: [1, 2, 3] + own + [UInt32(30 + index)])
      }
      return items
    }
    #expect(group(pages([0, 0, 0, 20, nil, nil, nil]), window: 3) == [Array(0..<7)])
    // Were the follow-up's companions dated with it, that would be another day's coverage.
    #expect(group(pages([0, 0, 0, 20, 20, nil, nil]), window: 3).count == 2)
  }

  @Test("undated documents join a dated event without widening it")
  func undated() {
    let grouped = group(chain(days: [0, nil, 1, nil]), window: 1)
    #expect(grouped == [[0, 1, 2, 3]])
    let apart = group(chain(days: [0, nil, 5]), window: 1)
    #expect(apart.count == 2 && apart.flatMap { $0 }.sorted() == [0, 1, 2])
  }
}

@Suite struct EventGrouperEvidenceTests {
  /// Two documents in two languages that share three entities, each with `words` stems of its
  /// own language that the other cannot have.
  private func twoLanguages(words: Int) -> (items: SparseItems, kinds: [FeatureKind]) {
    var items = SparseItems()
    let shared: [UInt32] = [0, 1, 2]
    items.append(group: 0, language: 0, features: shared + (0..<words).map { UInt32(10 + $0) })
    items.append(group: 1, language: 1, features: shared + (0..<words).map { UInt32(10 + words + $0) })
    // A third document, on something else, keeps the shared entities from being everywhere.
    items.append(group: 2, language: 0, features: [3, 4, 5])
    let kinds = (0..<(10 + 2 * words)).map { $0 < 10 ? FeatureKind.entity : .word }
    return (items, kinds)
  }

  @Test("two long articles of one event in two languages are one event: their words do not drown their shared entities")
  func acrossLanguages() {
    let (items, kinds) = twoLanguages(words: 100)
    let places = [Bool](repeating: false, count: kinds.count)
    let grouped = EventGrouper().group(items, kinds: kinds, places: places)
    #expect(grouped == [[0, 1], [2]])
    // Counting a third of the words in the cross-language norm, as alignment does, parts them.
    var options = EventOptions()
    options.similarity.crossWordShare = 0.3
    #expect(EventGrouper(options: options).group(items, kinds: kinds, places: places) == [[0], [1], [2]])
  }

  /// Two pairs of reports alike in everything but the count each pair gives.
  private func exchanges() -> SparseItems {
    var items = SparseItems()
    for index in 0..<4 { items.append(group: index, language: index % 2, features: [0, 1, 2, UInt32(10 + index / 2)]) }
    return items
  }

  @Test("with a number conflict factor, reports alike in all but their salient numbers are separate events")
  func numbersDisagree() {
    let items = exchanges()
    let kinds = [FeatureKind](repeating: .entity, count: 10) + [.number, .number]
    let places = [Bool](repeating: false, count: kinds.count)
    let evidence = EventEvidence(salient: [[0], [0], [1], [1]])
    let weakened = EventGrouper(options: EventOptions(numberConflictFactor: 0.25))
    #expect(weakened.group(items, kinds: kinds, places: places, evidence: evidence) == [[0, 1], [2, 3]])
    // Without the numbers' evidence the four are one event.
    #expect(weakened.group(items, kinds: kinds, places: places) == [[0, 1, 2, 3]])
  }

  @Test("two events whose leads name one struck thing at one place join at the lower cohesion")
  func signatureCohesion() {
    let items = exchanges()
    let kinds = [FeatureKind](repeating: .entity, count: 12)
    let places = [Bool](repeating: false, count: kinds.count)
    // A cohesion no pair of sets reaches: only the signature's lets the two pairs join. (The
    // pairs are linked by score alone: linked first, 0 and 3 would be a set of their own that
    // 1 and 2 could not join at this cohesion.)
    var options = EventOptions(cohesion: 1, signatureCohesion: 0)
    options.signaturesFirst = false
    let grouper = EventGrouper(options: options)
    let meeting = EventEvidence(
      salient: Array(repeating: [], count: 4),
      signatures: [["target.dam@place.kakhovka"], [], [], ["target.dam@place.kakhovka"]])
    #expect(grouper.group(items, kinds: kinds, places: places, evidence: meeting) == [[0, 1, 2, 3]])
    let apart = EventEvidence(
      salient: Array(repeating: [], count: 4),
      signatures: [["target.dam@place.kakhovka"], [], [], ["target.dam@place.nova-kakhovka"]])
    #expect(grouper.group(items, kinds: kinds, places: places, evidence: apart) == [[0, 1], [2, 3]])
    #expect(grouper.group(items, kinds: kinds, places: places) == [[0, 1], [2, 3]])
  }

  @Test("two events with no language in common join at the cross-language cohesion; two that share one do not")
  func crossLanguageCohesion() {
    // 0 and 1 share a feature of their own, as 2 and 3 do, so each pair links first; all four
    // share three more. Only the cross-language cohesion lets the two pairs join.
    func items(languages: [Int]) -> SparseItems {
      var items = SparseItems()
      for index in 0..<4 {
        items.append(group: index, language: languages[index], features: [1, 2, 3, UInt32(10 + index / 2), UInt32(20 + index)])
      }
      return items
    }
    let kinds = [FeatureKind](repeating: .entity, count: 24)
    let places = [Bool](repeating: false, count: kinds.count)
    let grouper = EventGrouper(options: EventOptions(threshold: 0.01, cohesion: 1, crossLanguageCohesion: 0))
    #expect(grouper.group(items(languages: [0, 0, 1, 1]), kinds: kinds, places: places) == [[0, 1, 2, 3]])
    #expect(grouper.group(items(languages: [0, 1, 0, 1]), kinds: kinds, places: places) == [[0, 1], [2, 3]])
    #expect(grouper.group(items(languages: [0, 0, 0, 0]), kinds: kinds, places: places) == [[0, 1], [2, 3]])
  }

  @Test("a pair whose leads share a signature links before a stronger pair that shares only people")
  func signaturesFirst() {
    // 0 shares three features with 1 and one with 2; 0 and 2 name one struck thing at one
    // place. No set grows past two (no cohesion is reached), so the first link decides.
    var items = SparseItems()
    for (index, features) in [[1, 2, 3, 4], [1, 2, 3, 5], [4, 6]].enumerated() {
      items.append(group: index, language: 0, day: nil, features: features.map(UInt32.init))
    }
    let kinds = [FeatureKind](repeating: .entity, count: 7)
    let places = [Bool](repeating: false, count: kinds.count)
    let evidence = EventEvidence(
      salient: [[], [], []], signatures: [["target.dam@place.kakhovka"], [], ["target.dam@place.kakhovka"]])
    var options = EventOptions(threshold: 0.01, cohesion: 1, signatureCohesion: 1)
    #expect(EventGrouper(options: options).group(items, kinds: kinds, places: places, evidence: evidence) == [[0, 2], [1]])
    options.signaturesFirst = false
    #expect(EventGrouper(options: options).group(items, kinds: kinds, places: places, evidence: evidence) == [[0, 1], [2]])
  }

  @Test("a page left alone joins the one event whose leads name its struck thing and place, when alike to one of its pages")
  func lonePageBySignature() {
    // 0, 1 and 2 are one event; 3 shares one feature with 0 (0.19, under the threshold): the
    // account of the same strike that blames the other side, in other words.
    func items(_ lists: [[Int]]) -> SparseItems {
      var items = SparseItems()
      for (index, features) in lists.enumerated() { items.append(group: index, language: 0, day: nil, features: features.map(UInt32.init)) }
      return items
    }
    let three = items([[1, 2, 3, 4], [1, 2, 3, 5], [1, 2, 3, 6], [4, 7, 8, 9, 10]])
    let kinds = [FeatureKind](repeating: .entity, count: 16)
    let places = [Bool](repeating: false, count: kinds.count)
    let hospital = "target.hospital@place.kyiv"
    let grouper = EventGrouper(options: EventOptions(threshold: 0.3))
    let meeting = EventEvidence(salient: Array(repeating: [], count: 4), signatures: [[hospital], [], [], [hospital]])
    #expect(grouper.group(three, kinds: kinds, places: places, evidence: meeting) == [[0, 1, 2, 3]])
    // Without the signature, under the signature cohesion, or with the pass off, it stays alone.
    #expect(grouper.group(three, kinds: kinds, places: places) == [[0, 1, 2], [3]])
    #expect(EventGrouper(options: EventOptions(threshold: 0.3, signatureCohesion: 0.2)).group(three, kinds: kinds, places: places, evidence: meeting) == [[0, 1, 2], [3]])
    var off = EventOptions(threshold: 0.3)
    off.lonePagesBySignature = false
    #expect(EventGrouper(options: off).group(three, kinds: kinds, places: places, evidence: meeting) == [[0, 1, 2], [3]])
    // Two events whose leads name the same struck thing and place: the page cannot tell which
    // it reports, and stays alone; with one of them naming it, it joins that one.
    let five = items([[1, 2, 3, 4], [1, 2, 3, 5], [1, 2, 3, 6], [4, 7, 8, 9, 10, 11], [11, 12, 13, 14], [12, 13, 14, 15]])
    let both = EventEvidence(salient: Array(repeating: [], count: 6), signatures: [[hospital], [], [], [hospital], [hospital], []])
    #expect(grouper.group(five, kinds: kinds, places: places, evidence: both) == [[0, 1, 2], [3], [4, 5]])
    let first = EventEvidence(salient: Array(repeating: [], count: 6), signatures: [[hospital], [], [], [hospital], [], []])
    #expect(grouper.group(five, kinds: kinds, places: places, evidence: first) == [[0, 1, 2, 3], [4, 5]])
  }

  @Test("by default, reports of one happening whose numbers differ (a toll that rose) stay one event")
  func numbersRise() {
    let items = exchanges()
    let kinds = [FeatureKind](repeating: .entity, count: 10) + [.number, .number]
    let places = [Bool](repeating: false, count: kinds.count)
    let evidence = EventEvidence(salient: [[0], [0], [1], [1]])
    #expect(EventGrouper().group(items, kinds: kinds, places: places, evidence: evidence) == [[0, 1, 2, 3]])
  }

  @Test("salient numbers: the title's and those two statements give, thousands canonical, years left out")
  func salient() {
    let found = EventEvidence.salientNumbers(
      title: ["146"], statements: [["1.000", "2022"], ["1,000", "2022"], ["12"], []])
    #expect(found == ["146", "1000"])
    #expect(EventEvidence.canonical("16.000") == "16000")
    #expect(EventEvidence.canonical("2 200") == "2200")
    #expect(EventEvidence.canonical("2.5") == "2.5")
    #expect(EventEvidence.canonical("13.30") == "13.30")
    #expect(EventEvidence.canonical("1.2345") == "1.2345")
    #expect(EventEvidence(salient: [[1, 4], [2, 4], [3], []]).numbersConflict(0, 1) == false)
    #expect(EventEvidence(salient: [[1, 4], [2, 4], [3], []]).numbersConflict(0, 2) == true)
    #expect(EventEvidence(salient: [[1, 4], [2, 4], [3], []]).numbersConflict(2, 3) == false)
  }
}
