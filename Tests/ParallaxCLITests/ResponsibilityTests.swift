import Foundation
import ParallaxCore
import Testing

/// Responsibility with the shipped cues: agent precision and recall on a labelled set of
/// statement pairs about attacks and damage (`Fixtures/responsibility/pairs.tsv`), opposite
/// blame found in every pair labelled with opposite agents, and the example report saying that
/// TASS and Ukrinform blame opposite sides for the same damage.
@Suite struct ResponsibilityTests {
  /// One labelled statement: its pair, language, expected side (nil: no agent) and text.
  struct Labelled {
    var pair: String
    var language: LocaleID
    var side: String?
    var text: String
  }

  static func labelled(_ file: String = "pairs.tsv") throws -> [Labelled] {
    let text = try String(contentsOf: CLI.fixture("responsibility/\(file)"), encoding: .utf8)
    return text.split(separator: "\n").compactMap { line -> Labelled? in
      guard !line.hasPrefix("#") else { return nil }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == 4 else { return nil }
      return Labelled(pair: fields[0], language: LocaleID(fields[1]), side: fields[2] == "-" ? nil : fields[2], text: fields[3])
    }
  }

  /// The side of an agent entity as the fixture labels it.
  static let sides: [EntityID: String] = ["org.russian-armed-forces": "RU", "org.armed-forces-ukraine": "UA"]

  static func finder() throws -> AgentFinder {
    try AgentFinder(cues: StatementCues.loadAll(from: CLI.data))
  }

  @Test("the labelled set: at least 60 pairs in at least 4 languages, agent precision ≥ 0.9 and recall ≥ 0.8")
  func precisionAndRecall() throws {
    let items = try Self.labelled()
    let pairs = Set(items.map(\.pair))
    #expect(pairs.count >= 60)
    #expect(Set(items.map(\.language)).count >= 4)
    let (precision, recall) = try Self.measure(items, name: "pairs.tsv")
    #expect(precision >= 0.9, "precision \(precision)")
    #expect(recall >= 0.8, "recall \(recall)")
  }

  /// Agent precision and recall over `items`, printed with every miss.
  static func measure(_ items: [Labelled], name: String) throws -> (precision: Double, recall: Double) {
    let finder = try Self.finder()
    var (truePositives, falsePositives, falseNegatives) = (0, 0, 0)
    var misses: [String] = []
    for item in items {
      let claim = finder.claim(in: item.text, language: item.language)
      let predicted = claim?.entity.flatMap { Self.sides[$0] }
      if let predicted, predicted == item.side {
        truePositives += 1
        continue
      }
      if predicted != nil { falsePositives += 1 }
      if item.side != nil { falseNegatives += 1 }
      if predicted != item.side {
        misses.append("\(item.pair) \(item.language): expected \(item.side ?? "-"), got \(predicted ?? "-") (\(claim?.evidence ?? "no harm"))")
      }
    }
    let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives))
    let recall = Double(truePositives) / Double(max(1, truePositives + falseNegatives))
    print("responsibility \(name): \(items.count) statements, \(Set(items.map(\.pair)).count) pairs, \(Set(items.map(\.language)).count) languages; precision \(precision), recall \(recall)")
    for miss in misses { print("  miss: \(miss)") }
    return (precision, recall)
  }

  @Test("held-out pairs, never used to tune the cues: precision ≥ 0.9 (a wrong blame is worse than none); recall reported")
  func heldOut() throws {
    let items = try Self.labelled("heldout.tsv")
    #expect(Set(items.map(\.pair)).count >= 20)
    let (precision, _) = try Self.measure(items, name: "heldout.tsv")
    #expect(precision >= 0.9, "precision \(precision)")
  }

  @Test("every pair labelled with opposite agents is found to blame different agents")
  func oppositeBlame() throws {
    let items = try Self.labelled()
    let finder = try Self.finder()
    let byPair = Dictionary(grouping: items, by: \.pair)
    var opposite = 0
    for (pair, members) in byPair.sorted(by: { $0.key < $1.key }) {
      guard members.count == 2, let a = members[0].side, let b = members[1].side, a != b else { continue }
      opposite += 1
      let agents = members.map { finder.claim(in: $0.text, language: $0.language)?.entity.flatMap { Self.sides[$0] } }
      #expect(agents[0] == a && agents[1] == b, "pair \(pair): \(agents)")
    }
    #expect(opposite >= 12)
  }

  @Test("statements that are not about harm get no claim; a passive without an agent says so")
  func claims() throws {
    let finder = try Self.finder()
    #expect(finder.claim(in: "Лавров провел переговоры с президентом МККК.", language: "ru") == nil)
    let passive = try #require(finder.claim(in: "The line was damaged overnight.", language: "en"))
    #expect(passive.kind == .passive && passive.entity == nil && passive.evidence == "damaged")
    let target = try #require(finder.claim(in: "Удары по российским войскам продолжаются.", language: "ru"))
    #expect(target.entity == nil)
    let by = try #require(finder.claim(in: "Обстріл з боку російських військ пошкодив лінію.", language: "uk"))
    #expect(by.kind == .byPhrase && by.entity == "org.russian-armed-forces" && by.evidence == "з боку російських військ")
  }

  @Test("the example report says TASS and Ukrinform blame opposite sides for the damage, with the words")
  func exampleBlame() throws {
    let report = try String(contentsOf: CLI.packageRoot.appendingPathComponent("Reports/examples/e1.md"), encoding: .utf8)
    let line = try #require(report.split(separator: "\n").first { $0.hasPrefix("- Opposite blame") })
    #expect(line.contains("TASS blames Ukrainian Armed Forces (“со стороны ВСУ”)"))
    #expect(line.contains("Ukrinform blames Russian Armed Forces (“з боку російських військ”)"))
    // Ranked first among the differences.
    let differs = report.components(separatedBy: "## What differs\n\n")[1]
    #expect(differs.hasPrefix("- Opposite blame"))
  }
}
