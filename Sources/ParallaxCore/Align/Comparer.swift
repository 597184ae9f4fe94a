import Foundation

/// Compares profiled documents: groups them into events, gives untagged statements emerging
/// topics, aligns statements across sources within each event, classifies each alignment with
/// its evidence, and collects copies and differences. Pure and deterministic: the same
/// documents in any order give the same `Comparison`.
///
/// ```swift
/// let comparison = Comparer(options: ComparerOptions()).compare(profiled, style: "ap-en")
/// comparison.events[0].alignments[0].relation   // .paraphrase
/// ```
public struct Comparer: Sendable {
  public let options: ComparerOptions
  /// Canonical forms of entities under the style, for the naming differences.
  public let canonical: [EntityID: String]
  /// Other forms the style accepts, by entity.
  public let allowed: [EntityID: [String]]
  /// Outlets of the registry (`type: outlet`): a page that names one ("citing RIA Novosti",
  /// "по данным ТАСС") says who relays it, not what happened, so they are no evidence that two
  /// pages tell one event. They still count in aligning statements.
  public let relays: Set<EntityID>

  public init(
    options: ComparerOptions = ComparerOptions(), canonical: [EntityID: String] = [:], allowed: [EntityID: [String]] = [:],
    relays: Set<EntityID> = []
  ) {
    self.options = options
    self.canonical = canonical
    self.allowed = allowed
    self.relays = relays
  }

  /// The comparison of `documents` (each with its statements' profiles).
  /// - Parameter jobs: worker threads for the events (nil: one per core); the comparison is
  ///   the same whatever the number.
  /// - Parameter documents: taken over: a caller that passes its last reference (`consume`)
  ///   lets each document's profiles go as soon as its event is compared, so the profiles of a
  ///   corpus and its compared events are never all in memory at once.
  /// - Parameter spill: where each compared event's statements are set aside until its report
  ///   reads them (nil: they stay in memory).
  public func compare(
    _ given: consuming [ProfiledDocument], lexicon: TopicLexicon, style: String? = nil, jobs: Int? = nil,
    spill: StatementSpill? = nil
  ) -> Comparison {
    // Put in order by their positions, each document then moved once (a document is most of a
    // kilobyte, and a sort moves each one log n times); the list it came in goes at once, so
    // each document's statements stay this call's only reference.
    var documents = consume given
    let order = documents.indices.sorted { a, b in
      let (x, y) = (documents[a].document, documents[b].document)
      return x.path != y.path ? x.path < y.path : x.id < y.id
    }
    if order.enumerated().contains(where: { $0.offset != $0.element }) {
      documents = order.map { documents[$0] }
    }
    let pool = WorkerPool(jobs: jobs)
    let groups = groupEvents(documents, jobs: pool.jobs)
    // Emerging topics: each event's clusters on the workers, their ids handed out in event
    // order (an id names the first cluster that wants it, so the order decides the suffixes).
    // Each event's topics are kept in a list of their own until the events are compared: one
    // list of all, grown as they come, would hold up to twice their room while the documents
    // are still all here (a corpus of 100,000 documents has an emerging topic for most of its
    // statements, 700,000 of them). The set of ids grows as they do, for the same reason.
    var ids = TopicIDAllocator(taken: lexicon.topics.map(\.id))
    var emerging: [[TopicInfo]] = []
    var assigned: [[TopicID]] = []
    assigned.reserveCapacity(groups.count)
    let finder = EmergingTopicFinder(threshold: options.emergingThreshold)
    func clusters(_ number: Int) -> (clusters: [EmergingTopicFinder.Cluster], untagged: Int) {
      // (An event of one document whose statements no lexicon topic claims, a long list, is
      // clustered as it is, without a copy.)
      let all = groups[number].count == 1 ? documents[groups[number][0]].profiles : groups[number].flatMap { documents[$0].profiles }
      let untagged = all.allSatisfy { $0.topics.isEmpty } ? nil : all.indices.filter { all[$0].topics.isEmpty }
      return (finder.clusters(of: all, at: untagged), untagged?.count ?? all.count)
    }
    pool.run(count: groups.count, makeTask: { () }) { _, number in
      clusters(number)
    } deliver: { number, found in
      let (clusters, untagged) = found ?? clusters(number)
      let named = EmergingTopicFinder.name(clusters, count: untagged, ids: &ids)
      emerging.append(named.topics)
      assigned.append(named.assigned)
    }
    // Alignment, copies and differences: each event on its own. Each document is handed to
    // its event's worker, which drops it (profiles and all) once the event is compared.
    let waiting = WaitingDocuments(documents)
    documents = []
    var used = Set<TopicID>()
    var events: [ComparisonEvent] = []
    events.reserveCapacity(groups.count)
    // (The statements of a single event are read by its report straight away: they stay.)
    let spill = groups.count > 1 ? spill : nil
    pool.run(count: groups.count, makeTask: { () }) { _, number in
      compareEvent(groups[number].map { waiting.take($0) }, id: "e\(number + 1)", emerging: assigned[number], spill: spill)
    } deliver: { _, compared in
      guard let (event, lexiconTopics) = compared else { return }
      used.formUnion(lexiconTopics)
      event.alignments.forEach { used.insert($0.topic) }
      events.append(event)
    }
    var topics = lexicon.topics.filter { used.contains($0.id) }.map { TopicInfo(id: $0.id, labels: $0.labels) }
    // Every emerging topic is some statement's.
    topics.reserveCapacity(topics.count + emerging.reduce(0) { $0 + $1.count })
    for part in emerging { topics += part }
    emerging = []
    topics = TopicIDTextOrder.positions(topics.map(\.id)).map { topics[$0] }
    let settings = ComparisonSettings(
      suggestThreshold: Self.rounded(options.alignment.suggestThreshold),
      confidentThreshold: Self.rounded(options.alignment.confidentThreshold),
      eventThreshold: Self.rounded(options.events.threshold), dayWindow: options.events.dayWindow,
      asOne: options.events.asOne, style: style)
    return Comparison(events: events, topics: topics, settings: settings)
  }

  /// Event groups as indexes into `documents`.
  func groupEvents(_ documents: [ProfiledDocument], jobs: Int = 1) -> [[Int]] {
    // One document is one event: its features (a million statements' worth, for a long file)
    // are not worked out to say so.
    if documents.count < 2 { return documents.isEmpty ? [] : [[0]] }
    var encoder = FeatureEncoder()
    var items = SparseItems()
    var clues = EventClueCollector(count: documents.count, window: options.events.dayWindow)
    for (index, profiled) in documents.enumerated() {
      var features = encoder.features(profiled.title, leaving: relays)
      for profile in profiled.story { features += encoder.features(profile, leaving: relays) }
      // The acts its lead names are concepts of every language, as topics are: a blast meets a
      // blast in any of them.
      for profile in [profiled.title] + profiled.story(prefix: EventClueLexicon.lead) {
        for act in profile.clues.acts { features.append(encoder.space.id(.topic, EventClueLexicon.actPrefix + act)) }
      }
      // A date inferred from the page's text is its day when its lead states that day and its
      // opening no other ("signed today, 22 July 2022"); else only the day it was written on
      // or after (the latest date a page names may be a kidnapping two years before the
      // exchange it reports).
      var day = Self.day(of: profiled.document)
      var floor: Int?
      var own = profiled.document.dateline?.date ?? profiled.document.published
      if profiled.document.publishedInferred == true, let published = profiled.document.published,
        let inferred = EventEvidence.dayOfYear(month: published.month, day: published.day),
        !EventClueCollector.leadConfirms(inferred, in: profiled, window: options.events.dayWindow)
      {
        (floor, day, own) = (day, nil, nil)
      }
      items.append(group: index, language: encoder.language(profiled.document.language), day: day, features: features)
      clues.add(profiled, own: own, floor: floor)
    }
    return EventGrouper(options: options.events).group(
      items, kinds: encoder.space.kinds, places: encoder.places, evidence: clues.evidence(), jobs: jobs)
  }

  /// One event compared: `emerging` holds the emerging topic of each statement no lexicon
  /// topic claims, in statement order.
  /// Also gives the lexicon topics its statements have (each emerging topic has statements).
  /// - Parameter documents: taken over: an event of one document takes its statements as they
  ///   are, without a copy.
  private func compareEvent(
    _ given: consuming [ProfiledDocument], id: String, emerging: [TopicID], spill: StatementSpill?
  ) -> (event: ComparisonEvent, lexiconTopics: Set<TopicID>) {
    var documents = consume given
    // Statements set aside in the spill come back once, here: the event reads them often.
    for index in documents.indices { documents[index].unspill() }
    // Flatten the statements of the event.
    var refs: [StatementRef] = []
    var statements: [Statement] = []
    let profiles: [StatementProfile]
    var owners: [Int] = []
    // Where each document's statements are among the event's.
    var spans: [Range<Int>] = []
    if documents.count == 1 {
      // Moved out, so that filling in their topics changes them in place.
      swap(&statements, &documents[0].statements)
      profiles = documents[0].profiles
      owners = Array(repeating: 0, count: statements.count)
      let reference = documents[0].document.reference
      refs = statements.map { StatementRef(document: reference, statement: $0.id) }
      spans = [0..<statements.count]
    } else {
      var all: [StatementProfile] = []
      for (d, profiled) in documents.enumerated() {
        let start = statements.count
        let own = profiled.statements
        statements.append(contentsOf: own)
        all.append(contentsOf: profiled.profiles)
        owners.append(contentsOf: repeatElement(d, count: own.count))
        let reference = profiled.document.reference
        refs.append(contentsOf: own.map { StatementRef(document: reference, statement: $0.id) })
        spans.append(start..<statements.count)
      }
      profiles = all
    }
    // Emerging topics for what no lexicon topic claims; the others keep their lexicon topics.
    var lexiconTopics = Set<TopicID>()
    var next = 0
    for index in profiles.indices {
      if profiles[index].topics.isEmpty {
        statements[index].topics = [emerging[next].rawValue]
        next += 1
      } else {
        for topic in statements[index].topics { lexiconTopics.insert(TopicID(topic)) }
      }
    }
    // Align: statements of different documents only, so an event of one document has none
    // (and a long one, a million lines, skips building the index that would show it).
    var alignments: [Alignment] = []
    var aligned = Set<Int>()
    var copies: [DocumentCopy] = []
    if documents.count > 1 {
      var encoder = FeatureEncoder()
      var items = SparseItems()
      for index in profiles.indices {
        let emerging = statements[index].topics.filter { $0.hasPrefix(TopicID.emergingPrefix) }
        items.append(group: owners[index], language: encoder.language(statements[index].language), features: encoder.features(profiles[index], extraTopics: emerging))
      }
      let aligner = StatementAligner(options: options.alignment)
      let (clusters, similarity) = aligner.align(items, kinds: encoder.space.kinds, places: encoder.places)
      let classifier = AlignmentClassifier(
        similarity: similarity, space: encoder.space, profiles: profiles, statements: statements, refs: refs, options: options.alignment)
      for cluster in clusters {
        alignments.append(classifier.alignment(cluster))
        aligned.formUnion(cluster.members)
      }
      alignments.sort { $0.members[0] < $1.members[0] }
      copies = CopyDetector().copies(clusters, classifier: classifier, documents: documents, owners: owners)
    }
    let unique = profiles.indices.filter { !aligned.contains($0) }.map {
      UniqueStatement(member: refs[$0], topics: statements[$0].topics.map { TopicID($0) })
    }
    // Put the filled statements back into their documents.
    // (An event of one document shares the filled statements, without a copy.)
    let compared = zip(documents, spans).map { document, span in
      ComparedDocument(document: document.document, statements: documents.count == 1 ? statements : Array(statements[span]))
    }
    let differences = DifferenceFinder(canonical: canonical, allowed: allowed).differences(
      alignments: alignments, documents: documents, event: compared)
    var event = ComparisonEvent(id: id, documents: compared, alignments: alignments, unique: unique, copies: copies, differences: differences)
    if let spill {
      for index in event.documents.indices { event.documents[index].spill(to: spill) }
    }
    return (event, lexiconTopics)
  }

  /// The day number of a document's dateline date (its year from the publication date when the
  /// dateline has none) or its publication date; nil when no year is known.
  static func day(of document: Document) -> Int? {
    if let date = document.dateline?.date, let year = date.year ?? document.published?.year,
      let calendar = CalendarDate(year: year, month: date.month, day: date.day)
    {
      return calendar.daysSinceEpoch
    }
    if let published = document.published, let year = published.year,
      let calendar = CalendarDate(year: year, month: published.month, day: published.day)
    {
      return calendar.daysSinceEpoch
    }
    return nil
  }

  static func rounded(_ value: Float) -> Double { (Double(value) * 1000).rounded() / 1000 }
}

/// The documents waiting for their events' workers: each document belongs to exactly one
/// event, so exactly one worker takes it, once. Taking it leaves an empty document in its
/// place, so that it goes (statements, profiles and all) once its event is compared, and the
/// list is handed out as it is, not copied into a box per document.
private final class WaitingDocuments: @unchecked Sendable {
  // Sendable: the list is only read and changed under `lock`.
  private var documents: [ProfiledDocument]
  private let lock = NSLock()

  init(_ documents: [ProfiledDocument]) { self.documents = documents }

  func take(_ index: Int) -> ProfiledDocument {
    lock.withLock {
      var taken = Self.taken
      swap(&taken, &documents[index])
      return taken
    }
  }

  /// What stays in the list where a document was taken.
  private static let taken = ProfiledDocument(
    document: Document(id: "", path: "", format: .agencyText, text: "", paragraphs: [], sourceMap: SourceMap(anchors: [])),
    statements: [], profiles: [], title: StatementProfile())
}
