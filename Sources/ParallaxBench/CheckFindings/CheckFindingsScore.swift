/// Counts of labelled findings per part (tuned, held out) and style, and the findings that are
/// not right, for `parallax-bench checkfindings`.
struct CheckFindingsScore {
  struct Counts {
    var findings = 0
    var right = 0
    var wrong = 0
    var wrongFix = 0
    var unlabelled = 0

    /// Right findings over labelled ones (1 when there are none).
    var precision: Double {
      let labelled = findings - unlabelled
      return labelled == 0 ? 1 : Double(right) / Double(labelled)
    }
  }

  /// Counts by "part style" ("held ap-en") and over everything ("all").
  private(set) var counts: [String: Counts] = [:]
  private(set) var notRight: [(key: CheckFindingKey, why: String)] = []

  mutating func add(_ key: CheckFindingKey, label: CheckFindingLabels.Label?, held: Bool) {
    let part = held ? "held" : "tuned"
    for group in ["\(part) \(key.style)", "\(part) all", "all \(key.style)", "all all"] {
      var c = counts[group] ?? Counts()
      c.findings += 1
      switch label?.verdict {
      case .right?: c.right += 1
      case .wrong?: c.wrong += 1
      case .wrongFix?: c.wrongFix += 1
      case nil: c.unlabelled += 1
      }
      counts[group] = c
    }
    switch label?.verdict {
    case .right?: break
    case .wrong?, .wrongFix?: notRight.append((key, "\(label?.verdict.rawValue ?? ""): \(label?.why ?? "")"))
    case nil: notRight.append((key, "unlabelled"))
    }
  }

  /// A Markdown table, then the unlabelled findings (always) and the wrong ones (with `details`).
  func render(pages: Int, held: Int, details: Bool) -> String {
    var out = "check precision on \(pages) real pages (\(held) held out)\n\n"
    out += "| part | style | findings | right | wrong | wrong fix | unlabelled | precision |\n"
    out += "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n"
    for group in counts.keys.sorted() {
      guard let c = counts[group] else { continue }
      let parts = group.split(separator: " ")
      let precision = (c.precision * 1000).rounded() / 1000
      out += "| \(parts[0]) | \(parts[1]) | \(c.findings) | \(c.right) | \(c.wrong) | \(c.wrongFix) | \(c.unlabelled) | \(precision) |\n"
    }
    let listed = notRight.sorted { $0.key < $1.key }.filter { details || $0.why == "unlabelled" }
    if !listed.isEmpty { out += "\n" }
    for (key, why) in listed {
      let fix = key.fix.map { " → \($0)" } ?? ""
      out += "\(key.page):\(key.line):\(key.column) [\(key.style)] \(key.match)\(fix): \(why)\n"
    }
    return out
  }
}
