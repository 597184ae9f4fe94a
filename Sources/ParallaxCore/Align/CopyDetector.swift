/// Recognises copies of one wire story among an event's documents. Two documents are copies
/// when most of the shorter one's statements align near-verbatim (`same`) with the other's, in
/// one language; they are translations when, across languages, most statements align without
/// any conflict and both name the same originating agency (or outlet).
struct CopyDetector {
  /// The share of the shorter document's statements that must align.
  static let coverage = 0.6

  func copies(_ clusters: [StatementAligner.Cluster], classifier: AlignmentClassifier, documents: [ProfiledDocument], owners: [Int]) -> [DocumentCopy] {
    struct Tally { var aligned = 0, same = 0, conflicting = 0 }
    var tallies: [Int: [Int: Tally]] = [:]
    for cluster in clusters {
      for (i, j) in AlignmentClassifier.pairs(of: cluster.members, limit: classifier.options.exactPairLimit) {
        let (a, b) = (min(owners[i], owners[j]), max(owners[i], owners[j]))
        let relation = classifier.pairRelation(i, j).0
        var tally = tallies[a]?[b] ?? Tally()
        tally.aligned += 1
        if relation == .same { tally.same += 1 }
        if relation == .conflicting { tally.conflicting += 1 }
        tallies[a, default: [:]][b] = tally
      }
    }
    var result: [DocumentCopy] = []
    for a in tallies.keys.sorted() {
      for (b, tally) in (tallies[a] ?? [:]).sorted(by: { $0.key < $1.key }) {
        let da = documents[a].document
        let db = documents[b].document
        let shorter = min(documents[a].statementCount, documents[b].statementCount)
        let enough = { (count: Int) in count >= 2 || (count == 1 && max(documents[a].statementCount, documents[b].statementCount) == 1) }
        let kind: DocumentCopy.Kind
        let count: Int
        if da.language.language == db.language.language {
          guard enough(tally.same), Double(tally.same) >= Self.coverage * Double(shorter) else { continue }
          (kind, count) = (.copy, tally.same)
        } else {
          guard enough(tally.aligned), tally.conflicting == 0, Double(tally.aligned) >= Self.coverage * Double(shorter),
            let origin = Self.origin(da), origin == Self.origin(db)
          else { continue }
          (kind, count) = (.translation, tally.aligned)
        }
        let agency = da.source.agency != nil && da.source.agency == db.source.agency ? da.source.agency : nil
        let share = Float(count) / Float(max(1, shorter))
        result.append(DocumentCopy(kind: kind, documents: [da.reference, db.reference].sorted(), agency: agency, coverage: Comparer.rounded(min(1, share))))
      }
    }
    return result
  }

  /// Whose copy a document is: its agency, else its outlet, folded.
  static func origin(_ document: Document) -> String? {
    (document.source.agency ?? document.source.outlet).map { TextFold.fold($0) }
  }
}
