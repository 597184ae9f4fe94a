/// Recognises copies of one wire story among an event's documents: pairs whose statements
/// align as `same` for most of the shorter document — the same language makes a copy, another
/// language a translation.
struct CopyDetector {
  /// The share of the shorter document's statements that must align as `same`.
  static let coverage = 0.6

  func copies(_ clusters: [StatementAligner.Cluster], classifier: AlignmentClassifier, documents: [ProfiledDocument], owners: [Int]) -> [DocumentCopy] {
    var same: [Int: [Int: Int]] = [:]
    for cluster in clusters {
      for (x, i) in cluster.members.enumerated() {
        for j in cluster.members[(x + 1)...] where classifier.pairRelation(i, j).0 == .same {
          let (a, b) = (min(owners[i], owners[j]), max(owners[i], owners[j]))
          same[a, default: [:]][b, default: 0] += 1
        }
      }
    }
    var result: [DocumentCopy] = []
    for a in same.keys.sorted() {
      for (b, count) in (same[a] ?? [:]).sorted(by: { $0.key < $1.key }) {
        let shorter = max(1, min(documents[a].statements.count, documents[b].statements.count))
        let share = Double(count) / Double(shorter)
        guard share >= Self.coverage else { continue }
        let da = documents[a].document
        let db = documents[b].document
        let kind: DocumentCopy.Kind = da.language.language == db.language.language ? .copy : .translation
        let agency = da.source.agency != nil && da.source.agency == db.source.agency ? da.source.agency : nil
        result.append(DocumentCopy(kind: kind, documents: [da.path, db.path].sorted(), agency: agency, coverage: Comparer.rounded(Float(min(1, share)))))
      }
    }
    return result
  }
}
