import Foundation

/// Renders a `RealPagesEvaluation.Result` as a Markdown table or as JSON.
enum RealPagesReport {
  /// The Markdown table, one row per language and one for all, then notes (and, when kept,
  /// each article's wrong and missed speakers, missed and extra topics and chrome statements).
  static func markdown(_ result: RealPagesEvaluation.Result) -> String {
    let dated = result.overall.datedEventsF1 != nil
    var lines: [String] = []
    lines.append(
      "| language | pages | speaker P | speaker R | events B³ F1 |"
        + (dated ? " events B³ F1, dated |" : "") + " topic F1 | chrome | statements |")
    lines.append(
      "| --- | ---: | ---: | ---: | ---: |" + (dated ? " ---: |" : "") + " ---: | ---: | ---: |")
    for figures in result.languages + [result.overall] {
      let name = figures.language == "all" ? "**all**" : figures.language
      var row =
        "| \(name) | \(figures.pages) | \(ratio(figures.speakers.precision, figures.speakers.correct, figures.speakers.predicted))"
      row += " | \(ratio(figures.speakers.recall, figures.speakers.found, figures.speakers.gold))"
      row += " | \(number(figures.eventsF1)) |"
      if dated { row += " \(number(figures.datedEventsF1)) |" }
      row +=
        " \(number(figures.topics.f1)) | \(percent(figures.chromeRate)) (\(figures.chromeStatements))"
      row += " | \(figures.statements) |"
      lines.append(row)
    }
    lines.append("")
    lines.append(
      "\(result.overall.pages) of \(result.labelled) labelled pages scored"
        + (result.missing.isEmpty
          ? "."
          : "; missing from the cache (skipped): \(result.missing.count), \(result.missing.joined(separator: ", ")).")
    )
    for part in result.parts {
      lines.append(
        "\(part.language.prefix(1).uppercased() + part.language.dropFirst()) (\(part.pages) pages"
          + (part.language == "held out" ? ", every third of the labels from the first" : "")
          + "): speaker P \(ratio(part.speakers.precision, part.speakers.correct, part.speakers.predicted)),"
          + " R \(ratio(part.speakers.recall, part.speakers.found, part.speakers.gold)),"
          + " events B³ F1 \(number(part.eventsF1))"
          + (dated ? ", dated \(number(part.datedEventsF1))" : "") + ", topic F1 \(number(part.topics.f1)).")
    }
    if !result.unmappedTopics.isEmpty {
      lines.append(
        "Topics without a Parallax counterpart, left out of topic F1: \(result.unmappedTopics.joined(separator: ", "))."
      )
    }
    if let confusion = result.eventConfusion {
      lines.append("")
      lines.append("## Events")
      lines += events(confusion, mixed: result.mixedEvents ?? [], heading: "texts as they are")
      if let dated = result.datedEventConfusion {
        lines += events(dated, mixed: result.datedMixedEvents ?? [], heading: "with the labelled dates")
      }
    }
    if let details = result.details {
      lines.append("")
      lines.append("## Details")
      for detail in details
      where
        !(detail.wrongSpeakers.isEmpty && detail.missedSpeakers.isEmpty
        && detail.chromeStatements.isEmpty && detail.topicsPredicted == detail.topicsGold)
      {
        lines.append("")
        lines.append(
          "- \(detail.id) (\(detail.language), event \(detail.predictedEvent ?? "none"))")
        if !detail.wrongSpeakers.isEmpty {
          lines.append("  - wrong speakers: \(detail.wrongSpeakers.joined(separator: "; "))")
        }
        if !detail.missedSpeakers.isEmpty {
          lines.append("  - missed speakers: \(detail.missedSpeakers.joined(separator: "; "))")
        }
        let missedTopics = detail.topicsGold.filter { !detail.topicsPredicted.contains($0) }
        let extraTopics = detail.topicsPredicted.filter { !detail.topicsGold.contains($0) }
        if !missedTopics.isEmpty { lines.append("  - missed topics: \(missedTopics.joined(separator: "; "))") }
        if !extraTopics.isEmpty { lines.append("  - extra topics: \(extraTopics.joined(separator: "; "))") }
        for text in detail.chromeStatements {
          lines.append("  - chrome statement: \(String(text.prefix(90)))")
        }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Where each labelled event's pages went (those split over several predicted events
  /// first), then each predicted event that holds pages of several labelled events.
  private static func events(_ confusion: [RealPagesScore.Confusion], mixed: [RealPagesScore.Confusion], heading: String) -> [String] {
    func parts(_ entry: RealPagesScore.Confusion) -> String {
      entry.parts.map { "\($0.id) \($0.pages)" }.joined(separator: ", ")
    }
    var lines = ["", "Labelled events and the predicted events their pages went to (\(heading)):", ""]
    let split = confusion.filter { $0.parts.count > 1 }
    let whole = confusion.filter { $0.parts.count == 1 }
    for entry in split + whole { lines.append("- \(entry.id) (\(entry.pages)): \(parts(entry))") }
    if !mixed.isEmpty {
      lines += ["", "Predicted events holding several labelled events (\(heading)):", ""]
      for entry in mixed { lines.append("- \(entry.id) (\(entry.pages)): \(parts(entry))") }
    }
    return lines
  }

  /// The result as pretty-printed JSON with sorted keys.
  static func json(_ result: RealPagesEvaluation.Result) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(result)) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  private static func number(_ value: Double?) -> String {
    value.map { String(format: "%.2f", $0) } ?? "–"
  }

  private static func ratio(_ value: Double?, _ numerator: Int, _ denominator: Int) -> String {
    "\(number(value)) (\(numerator)/\(denominator))"
  }

  private static func percent(_ value: Double?) -> String {
    value.map { String(format: "%.1f%%", $0 * 100) } ?? "–"
  }
}
