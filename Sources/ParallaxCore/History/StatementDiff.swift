/// One difference between two versions of a document, statement by statement.
public enum StatementChange: Sendable, Hashable {
  /// The earlier version made it; the later one does not.
  case removed(HistoryStatement)
  /// Only the later version makes it.
  case added(HistoryStatement)
  /// The same speaker, at the same place between unchanged statements, now says it differently.
  case changed(before: HistoryStatement, after: HistoryStatement)
}

/// The statement-level diff of two versions of a document: the longest run of statements both
/// make (same speaker, same words) stays put; between two such anchors, a removed and an added
/// statement of the same speaker whose words are alike pair up as a change; the rest are
/// removed or added.
///
/// ```swift
/// StatementDiff.changes(from: ["A", "B", "C"], to: ["A", "B′", "C", "D"])
/// // [.changed(before: "B", after: "B′"), .added("D")]   (B and B′: one speaker, alike words)
/// ```
public enum StatementDiff {
  /// The changes from `old` to `new`, in the order of the later version (removals first within
  /// each stretch between unchanged statements).
  public static func changes(from old: [HistoryStatement], to new: [HistoryStatement]) -> [StatementChange] {
    let a = old.map(\.identity)
    let b = new.map(\.identity)
    // lengths[i][j]: the longest common subsequence of a[i...] and b[j...].
    var lengths = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
      }
    }
    var changes: [StatementChange] = []
    var removed: [HistoryStatement] = []
    var added: [HistoryStatement] = []
    func flush() {
      changes += pair(removed, added)
      removed = []
      added = []
    }
    var i = 0
    var j = 0
    while i < a.count || j < b.count {
      if i < a.count, j < b.count, a[i] == b[j] {
        flush()
        i += 1
        j += 1
      } else if j < b.count, i == a.count || lengths[i][j + 1] >= lengths[i + 1][j] {
        added.append(new[j])
        j += 1
      } else {
        removed.append(old[i])
        i += 1
      }
    }
    flush()
    return changes
  }

  /// How alike two statement texts must be (Dice coefficient of their folded words) for a
  /// removed and an added statement of the same speaker to count as one changed statement.
  public static let changeSimilarity = 0.5

  /// One stretch between unchanged statements: removed and added statements of the same
  /// speaker pair up as changes, most alike first, when their words are alike enough; the
  /// unpaired stay removed or added.
  private static func pair(_ removed: [HistoryStatement], _ added: [HistoryStatement]) -> [StatementChange] {
    guard !removed.isEmpty, !added.isEmpty else { return removed.map(StatementChange.removed) + added.map(StatementChange.added) }
    let removedWords = removed.map { words($0.text) }
    let addedWords = added.map { words($0.text) }
    var candidates: [(similarity: Double, removed: Int, added: Int)] = []
    for r in removed.indices {
      for a in added.indices where removed[r].speakerKey == added[a].speakerKey {
        let similarity = dice(removedWords[r], addedWords[a])
        if similarity >= changeSimilarity { candidates.append((similarity, r, a)) }
      }
    }
    candidates.sort { x, y in
      x.similarity != y.similarity ? x.similarity > y.similarity : (x.removed, x.added) < (y.removed, y.added)
    }
    var partner = [Int?](repeating: nil, count: added.count)
    var paired = Set<Int>()
    for candidate in candidates where partner[candidate.added] == nil && !paired.contains(candidate.removed) {
      partner[candidate.added] = candidate.removed
      paired.insert(candidate.removed)
    }
    var changes = removed.indices.filter { !paired.contains($0) }.map { StatementChange.removed(removed[$0]) }
    for (index, statement) in added.enumerated() {
      if let before = partner[index] {
        changes.append(.changed(before: removed[before], after: statement))
      } else {
        changes.append(.added(statement))
      }
    }
    return changes
  }

  /// The folded words of a text: runs of letters and digits.
  static func words(_ text: String) -> Set<String> {
    Set(text.split { !($0.isLetter || $0.isNumber) }.map { TextFold.fold($0) })
  }

  /// 2·|a ∩ b| / (|a| + |b|); 1 for two empty sets.
  static func dice(_ a: Set<String>, _ b: Set<String>) -> Double {
    a.isEmpty && b.isEmpty ? 1 : 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
  }
}
