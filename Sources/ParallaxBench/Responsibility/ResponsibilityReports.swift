import Foundation
import ParallaxCore

/// Whether the reports show the labelled opposite-blame pairs: `parallax compare` over each
/// incident's pages flags opposite blame only inside an alignment, so a pair is reported when
/// its two pages fall in one event, its two statements in one alignment, and both are read as
/// blaming their labelled sides. Looser: the two pages are shown blaming the labelled sides in
/// some one alignment, whatever statements it holds. And in the report as it is: both
/// statements read as blaming their labelled sides, and either reported in one alignment or in
/// one event whose report lists, source by source, the agents its other statements name (as
/// they differ).
struct ResponsibilityReports {
  /// The part of `parallax compare --format json` (parallax.comparison/1) this reads.
  struct Comparison: Decodable {
    typealias Statement = ResponsibilityCommand.StatementsOutput.Statement
    typealias Document = ResponsibilityCommand.StatementsOutput.Document
    struct Member: Decodable {
      var document: String
      var statement: String
    }
    struct Alignment: Decodable {
      var members: [Member]
    }
    struct Event: Decodable {
      var documents: [Document]
      var alignments: [Alignment]
    }
    var events: [Event]
  }

  /// The counts of one incident's labelled opposite pairs.
  struct Row {
    var incident: String
    var pairs = 0
    var grouped = 0
    var aligned = 0
    var reported = 0
    var sourcesShown = 0
    var acrossEvent = 0
    /// Pairs in one event with a statement not read as labelled (the agent reader's loss).
    var misread = 0
    /// Pairs in one event, both read as labelled, neither aligned nor shown across the event.
    var unshown = 0
  }

  var rows: [Row] = []

  /// Runs `compare` over the pages of each incident and counts its labelled opposite pairs.
  /// - Parameters:
  ///   - paths: the cached text of each page, by page id.
  ///   - run: runs `parallax compare --format json` over some paths.
  init(score: ResponsibilityScore, paths: [String: String], finder: AgentFinder, run: ([String]) throws -> Comparison) throws {
    let byID = Dictionary(score.outcomes.map { ($0.label.id, $0) }, uniquingKeysWith: { first, _ in first })
    for incident in Set(score.outcomes.map(\.label.incident)).sorted() {
      let pairs = score.pairs.compactMap { pair -> (ResponsibilityScore.Outcome, ResponsibilityScore.Outcome)? in
        guard let a = byID[pair.a], let b = byID[pair.b], a.label.incident == incident, a.label.side != .none, b.label.side != .none,
          a.label.side != b.label.side
        else { return nil }
        return (a, b)
      }
      guard !pairs.isEmpty else { continue }
      let pages = Set(score.outcomes.filter { $0.label.incident == incident }.map(\.label.page))
      let comparison = try run(pages.compactMap { paths[$0] }.sorted())
      // Where each page and each statement went: its event, and its alignments.
      var eventOf: [String: Int] = [:]
      // Whether each event's report has its line of the agents each source names.
      var blameLine: [Bool] = []
      var statements: [String: [Comparison.Statement]] = [:]
      var alignmentsOf: [String: Set<Int>] = [:]
      var alignmentCount = 0
      // The sides each alignment shows each page blaming, as "page#side".
      var shown: [Set<String>] = []
      for (index, event) in comparison.events.enumerated() {
        // As the report reads it (`SourceBlame.acrossEvent`), each document a source.
        var claims: [[SourceBlame]] = []
        var sourceOf: [String: Int] = [:]
        for (source, document) in event.documents.enumerated() {
          let page = CachedPagesOptions.Pages.id(of: document.path)
          eventOf[page] = index
          statements[page] = document.statements
          sourceOf[document.path] = source
          let pageSide = ResponsibilityCommand.pageSide(of: document, finder)
          claims.append(
            document.statements.compactMap { statement in
              guard let claim = finder.claim(in: statement.text, language: LocaleID(statement.language), pageSide: pageSide),
                let entity = claim.entity
              else { return nil }
              return SourceBlame(entity: entity, claim: claim, statement: StatementID(rawValue: statement.id), line: statement.line)
            })
        }
        let members = event.alignments.map { alignment in
          alignment.members.compactMap { member in
            sourceOf[member.document].map { (source: $0, statement: StatementID(rawValue: member.statement)) }
          }
        }
        blameLine.append(SourceBlame.acrossEvent(claims, alignments: members) != nil)
        /// The agent a member names, as read above.
        func agent(_ member: Comparison.Member) -> EntityID? {
          sourceOf[member.document].flatMap { source in claims[source].first { $0.statement.rawValue == member.statement }?.entity }
        }
        for alignment in event.alignments {
          var sides = Set<String>()
          for member in alignment.members {
            let key = "\(CachedPagesOptions.Pages.id(of: member.document))#\(member.statement)"
            alignmentsOf[key, default: []].insert(alignmentCount)
            if let entity = agent(member), let side = ResponsibilityCommand.sides[entity.rawValue] {
              sides.insert("\(CachedPagesOptions.Pages.id(of: member.document))#\(side.rawValue)")
            }
          }
          shown.append(sides)
          alignmentCount += 1
        }
      }
      /// The alignments of the statement that holds a label (the last to start at or before it).
      func alignments(_ label: ResponsibilityLabels.Statement) -> Set<Int> {
        guard let statement = statements[label.page]?.last(where: { ($0.line, $0.column) <= (label.line, label.column) }) else { return [] }
        return alignmentsOf["\(label.page)#\(statement.id)"] ?? []
      }
      var row = Row(incident: incident)
      for (a, b) in pairs {
        row.pairs += 1
        guard let event = eventOf[a.label.page], eventOf[b.label.page] == event else { continue }
        row.grouped += 1
        let read = a.predicted == a.label.side && b.predicted == b.label.side
        let together = !alignments(a.label).isDisjoint(with: alignments(b.label))
        if read, blameLine[event] || together { row.acrossEvent += 1 }
        if !read { row.misread += 1 } else if !(blameLine[event] || together) { row.unshown += 1 }
        let wanted = ["\(a.label.page)#\(a.label.side.rawValue)", "\(b.label.page)#\(b.label.side.rawValue)"]
        if shown.contains(where: { $0.isSuperset(of: wanted) }) { row.sourcesShown += 1 }
        guard together else { continue }
        row.aligned += 1
        if read { row.reported += 1 }
      }
      rows.append(row)
    }
  }

  func render() -> String {
    var out = "\n| incident | opposite pairs | pages in one event | statements in one alignment | reported as opposite blame | the two pages shown blaming those sides in one alignment | reported, in an alignment or across the event | lost: pages in two events | lost: one event, a statement misread | lost: read, not shown |\n"
    out += "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n"
    var total = Row(incident: "**all**")
    for row in rows {
      out += "| \(row.incident) | \(row.pairs) | \(row.grouped) | \(row.aligned) | \(row.reported) | \(row.sourcesShown) | \(row.acrossEvent) | \(row.pairs - row.grouped) | \(row.misread) | \(row.unshown) |\n"
      total.misread += row.misread
      total.unshown += row.unshown
      total.sourcesShown += row.sourcesShown
      total.acrossEvent += row.acrossEvent
      total.pairs += row.pairs
      total.grouped += row.grouped
      total.aligned += row.aligned
      total.reported += row.reported
    }
    out += "| \(total.incident) | \(total.pairs) | \(total.grouped) | \(total.aligned) | \(total.reported) | \(total.sourcesShown) | \(total.acrossEvent) | \(total.pairs - total.grouped) | \(total.misread) | \(total.unshown) |\n"
    return out
  }
}
