import Foundation

/// Agent precision and recall of the responsibility reading on labelled real statements, by
/// language and by part (tuned, held out), and how many labelled opposite-blame pairs it flags.
struct ResponsibilityScore {
  /// One labelled statement as read: the label, what the finder said, and where it is.
  struct Outcome {
    var label: ResponsibilityLabels.Statement
    var held: Bool
    /// The side the finder names (nil: none; `.none` never appears here).
    var predicted: ResponsibilityLabels.Side?
    /// The claim's kind and evidence ("by-phrase: со стороны ВСУ"), or why there is none.
    var evidence: String
    var text: String
  }

  /// True and false positives and false negatives of agents.
  struct Counts {
    var statements = 0
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0

    mutating func add(_ outcome: Outcome) {
      statements += 1
      let expected = outcome.label.side == .none ? nil : outcome.label.side
      if let predicted = outcome.predicted, predicted == expected {
        truePositives += 1
        return
      }
      if outcome.predicted != nil { falsePositives += 1 }
      if expected != nil { falseNegatives += 1 }
    }

    var precision: Double? { truePositives + falsePositives == 0 ? nil : Double(truePositives) / Double(truePositives + falsePositives) }
    var recall: Double? { truePositives + falseNegatives == 0 ? nil : Double(truePositives) / Double(truePositives + falseNegatives) }
  }

  var outcomes: [Outcome] = []
  var pairs: [ResponsibilityLabels.Pair] = []

  /// Counts over the outcomes `include` keeps.
  func counts(_ include: (Outcome) -> Bool) -> Counts {
    var counts = Counts()
    for outcome in outcomes where include(outcome) { counts.add(outcome) }
    return counts
  }

  /// The labelled opposite-blame pairs (both name a side, different ones) of a part, and those
  /// the finder reads as blaming exactly those sides; the pairs it reads as opposite that are
  /// not labelled so.
  func opposite(_ include: (Outcome) -> Bool) -> (labelled: Int, flagged: Int, wrong: Int) {
    let byID = Dictionary(outcomes.map { ($0.label.id, $0) }, uniquingKeysWith: { first, _ in first })
    var (labelled, flagged, wrong) = (0, 0, 0)
    for pair in pairs {
      guard let a = byID[pair.a], let b = byID[pair.b], include(a) || include(b) else { continue }
      let isOpposite = a.label.side != .none && b.label.side != .none && a.label.side != b.label.side
      let readOpposite = a.predicted != nil && b.predicted != nil && a.predicted != b.predicted
      if isOpposite {
        labelled += 1
        if readOpposite && a.predicted == a.label.side && b.predicted == b.label.side { flagged += 1 }
      } else if readOpposite {
        wrong += 1
      }
    }
    return (labelled, flagged, wrong)
  }

  static func figure(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "-" }

  func render(details: Bool) -> String {
    var out = ""
    let languages = Set(outcomes.map(\.label.language)).sorted()
    let incidents = Set(outcomes.map(\.label.incident)).count
    let pages = Set(outcomes.map(\.label.page)).count
    out += "responsibility: \(outcomes.count) labelled statements on \(pages) pages, \(pairs.count) pairs, \(incidents) incidents, \(languages.count) languages\n\n"
    out += "| part | language | statements | named | agent P | agent R | opposite pairs flagged |\n"
    out += "| --- | --- | ---: | ---: | ---: | ---: | ---: |\n"
    let parts: [(String, (Outcome) -> Bool)] = [("tuned", { !$0.held }), ("held out", { $0.held }), ("all", { _ in true })]
    for (name, part) in parts {
      for language in languages + ["all"] {
        let keep: (Outcome) -> Bool = { part($0) && (language == "all" || $0.label.language == language) }
        let c = counts(keep)
        guard c.statements > 0 else { continue }
        let named = c.truePositives + c.falseNegatives
        let p = "\(Self.figure(c.precision)) (\(c.truePositives)/\(c.truePositives + c.falsePositives))"
        let r = "\(Self.figure(c.recall)) (\(c.truePositives)/\(named))"
        var pairCell = ""
        if language == "all" {
          let o = opposite(part)
          pairCell = "\(o.flagged)/\(o.labelled)" + (o.wrong > 0 ? ", \(o.wrong) read opposite wrongly" : "")
        }
        let label = language == "all" ? "**all**" : language
        out += "| \(name) | \(label) | \(c.statements) | \(named) | \(p) | \(r) | \(pairCell) |\n"
      }
    }
    // Each incident apart: the fresh ones were labelled before the finder was run on them.
    out += "\n| incident | pages | statements | named | agent P | agent R | opposite pairs flagged |\n"
    out += "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n"
    for incident in Set(outcomes.map(\.label.incident)).sorted() {
      let keep: (Outcome) -> Bool = { $0.label.incident == incident }
      let c = counts(keep)
      let o = opposite(keep)
      let named = c.truePositives + c.falseNegatives
      let pages = Set(outcomes.filter(keep).map(\.label.page)).count
      let p = "\(Self.figure(c.precision)) (\(c.truePositives)/\(c.truePositives + c.falsePositives))"
      let r = "\(Self.figure(c.recall)) (\(c.truePositives)/\(named))"
      out += "| \(incident) | \(pages) | \(c.statements) | \(named) | \(p) | \(r) | \(o.flagged)/\(o.labelled) |\n"
    }
    if details {
      out += "\nmisses:\n"
      for o in outcomes where o.predicted != (o.label.side == .none ? nil : o.label.side) {
        out += "  \(o.label.id) \(o.label.page):\(o.label.line):\(o.label.column) \(o.label.language)\(o.held ? " (held)" : ""): labelled \(o.label.side.rawValue), read \(o.predicted?.rawValue ?? "none") [\(o.evidence)] \(o.text)\n"
      }
    }
    return out
  }
}
