import Foundation
import ParallaxCore
import Testing

/// The comparer on the labelled evaluation set (Fixtures/compare: 52 documents written for it,
/// 12 events, six languages, wire copies and translations): event grouping B-cubed F1 and
/// alignment precision, recall and F1 against the gold, with the floors of the issue.
@Suite struct CompareEvaluationTests {
  struct Gold: Decodable {
    struct Event: Decodable {
      var id: String
      var documents: [String]
    }
    struct Member: Decodable {
      var document: String
      var snippet: String
    }
    struct Copy: Decodable {
      var kind: String
      var documents: [String]
    }
    var events: [Event]
    var alignments: [[Member]]
    var copies: [Copy]
  }

  struct Pair: Hashable {
    var a: String
    var b: String
    init(_ x: String, _ y: String) { (a, b) = x < y ? (x, y) : (y, x) }
  }

  @Test("event B-cubed F1 ≥ 0.9 and alignment F1 ≥ 0.85 on the evaluation set")
  func evaluationFloors() throws {
    let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: CompareTestSupport.gold))
    let documents = try CompareTestSupport.profile(try CompareTestSupport.files(in: CompareTestSupport.fixtures))
    #expect(documents.count >= 40)
    let comparison = try CompareTestSupport.compare(documents)
    let name = CompareTestSupport.fileName

    // Event grouping, B-cubed over documents.
    var goldEvent: [String: String] = [:]
    for event in gold.events { for document in event.documents { goldEvent[document] = event.id } }
    var predicted: [String: Int] = [:]
    for (index, event) in comparison.events.enumerated() { for d in event.documents { predicted[name(d.document.path)] = index } }
    var precision = 0.0
    var recall = 0.0
    for (document, event) in goldEvent {
      let mine = Set(predicted.filter { $0.value == predicted[document] }.keys)
      let theirs = Set(goldEvent.filter { $0.value == event }.keys)
      let both = Double(mine.intersection(theirs).count)
      precision += both / Double(max(1, mine.count))
      recall += both / Double(theirs.count)
    }
    precision /= Double(goldEvent.count)
    recall /= Double(goldEvent.count)
    let eventF1 = 2 * precision * recall / max(1e-9, precision + recall)

    // Alignment pairs: gold members resolved by snippet to one statement each.
    var statementsByFile: [String: [Statement]] = [:]
    for event in comparison.events { for d in event.documents { statementsByFile[name(d.document.path)] = d.statements } }
    func key(_ member: Gold.Member) throws -> String {
      let matches = (statementsByFile[member.document] ?? []).filter { $0.text.contains(member.snippet) }
      try #require(matches.count == 1, "snippet '\(member.snippet)' matches \(matches.count) statements of \(member.document)")
      return "\(member.document)#\(matches[0].id)"
    }
    var goldPairs = Set<Pair>()
    for group in gold.alignments {
      let keys = try group.map(key)
      for (i, a) in keys.enumerated() { for b in keys[(i + 1)...] { goldPairs.insert(Pair(a, b)) } }
    }
    var predictedPairs = Set<Pair>()
    for event in comparison.events {
      for alignment in event.alignments {
        let keys = alignment.members.map { "\(name($0.document))#\($0.statement)" }
        for (i, a) in keys.enumerated() { for b in keys[(i + 1)...] { predictedPairs.insert(Pair(a, b)) } }
      }
    }
    let correct = Double(goldPairs.intersection(predictedPairs).count)
    let alignP = correct / Double(max(1, predictedPairs.count))
    let alignR = correct / Double(max(1, goldPairs.count))
    let alignF1 = 2 * alignP * alignR / max(1e-9, alignP + alignR)

    // Copies and translations of one wire story.
    let found = Set(comparison.events.flatMap(\.copies).map { "\($0.kind.rawValue):\($0.documents.map(name).joined(separator: "+"))" })
    let expected = Set(gold.copies.map { "\($0.kind):\($0.documents.joined(separator: "+"))" })

    func f(_ x: Double) -> String { String(format: "%.3f", x) }
    print("""
      compare evaluation: \(documents.count) documents, \(gold.events.count) gold events, \(comparison.events.count) found
        events B-cubed P \(f(precision)) R \(f(recall)) F1 \(f(eventF1))
        alignment pairs P \(f(alignP)) R \(f(alignR)) F1 \(f(alignF1)) (gold \(goldPairs.count), found \(predictedPairs.count))
        copies found \(found.sorted()) expected \(expected.sorted())
      """)
    #expect(eventF1 >= 0.9)
    #expect(alignF1 >= 0.85)
    #expect(expected.isSubset(of: found))
  }

  @Test("every statement of every document appears exactly once, in an alignment or as unique")
  func everyStatementOnce() throws {
    let documents = try CompareTestSupport.profile(try CompareTestSupport.files(in: CompareTestSupport.fixtures))
    for asOne in [false, true] {
      let comparison = try CompareTestSupport.compare(documents, options: ComparerOptions(events: EventOptions(asOne: asOne)))
      let (all, counts) = CompareTestSupport.appearances(comparison)
      #expect(all.count == documents.reduce(0) { $0 + $1.statements.count })
      #expect(Set(all) == Set(counts.keys))
      #expect(counts.values.allSatisfy { $0 == 1 })
      for event in comparison.events {
        for alignment in event.alignments {
          let files = alignment.members.map(\.document)
          #expect(Set(files).count == files.count, "an alignment holds one statement per document")
        }
      }
    }
  }

  @Test("the same documents in another order give byte-identical JSON")
  func orderIndependent() throws {
    let documents = try CompareTestSupport.profile(try CompareTestSupport.files(in: CompareTestSupport.fixtures))
    let renderer = ComparisonRenderer()
    let forward = renderer.json(try CompareTestSupport.compare(documents))
    let backward = renderer.json(try CompareTestSupport.compare(documents.reversed()))
    #expect(forward == backward)
  }
}
