extension EventReport {
  /// Three to six lines from the template sentences: how much aligns, what every source
  /// reports, what only one does, the sharpest difference, a wire copy. Only facts of the data.
  func summaryLines() -> [String] {
    var lines: [String] = []
    lines.append(strings.sentence(.alignedCount, ["alignments": "\(event.alignments.count)", "unique": "\(event.unique.count)"]))
    if sources.count > 1 {
      let everywhere = coverage.filter { $0.counts.count == sources.count }.map(\.topic)
      if !everywhere.isEmpty {
        lines.append(strings.sentence(.allReport, ["topics": topicList(everywhere)]))
      }
      // The topics only one document covers, by document, gathered in one pass.
      var onlyIn: [String: [TopicID]] = [:]
      for row in coverage where row.counts.count == 1 { onlyIn[row.counts[0].document, default: []].append(row.topic) }
      for source in sources where lines.count < 4 {
        let only = onlyIn[source.document.path] ?? []
        if !only.isEmpty {
          lines.append(strings.sentence(.onlyOne, ["source": MarkdownText.inline(source.label), "topics": topicList(only)]))
        }
      }
    }
    if let sharpest = sharpestDifference() { lines.append(sharpest) }
    if let copy = event.copies.first, lines.count < 6,
      let first = column(of: copy.documents[0]), let second = copy.documents.count > 1 ? column(of: copy.documents[1]) : nil
    {
      lines.append(strings.sentence(.copyOf, [
        "first": MarkdownText.inline(sources[first].label), "second": MarkdownText.inline(sources[second].label),
        "kind": MarkdownText.inline(strings[copy.kind == .copy ? .copy : .translation]),
      ]))
    }
    return Array(lines.prefix(6))
  }

  /// Topic labels, escaped, in collation order, at most five.
  func topicList(_ topics: [TopicID]) -> String {
    let sorted = sortedTopics(topics)
    let shown = sorted.prefix(5).map { MarkdownText.inline(label(of: $0)) }
    return shown.joined(separator: "; ") + (sorted.count > 5 ? "; …" : "")
  }

  /// Numbers that disagree first, then a framing term, then a naming difference.
  private func sharpestDifference() -> String? {
    if let disagreement = event.differences.numbers.first, disagreement.alignment < event.alignments.count {
      let alignment = event.alignments[disagreement.alignment]
      let values = disagreement.values.compactMap { value -> (Int, String)? in
        guard let column = column(of: value.member.document) else { return nil }
        return (column, "\(MarkdownText.inline(sources[column].label)): \(MarkdownText.inline(value.numbers.joined(separator: ", ")))")
      }.sorted { $0.0 < $1.0 }.map(\.1)
      return strings.sentence(.numbersDiffer, [
        "topic": MarkdownText.inline(label(of: alignment.topic)), "values": values.joined(separator: "; "),
      ])
    }
    let loaded = event.differences.framing.flatMap { usage in usage.loaded }
      .compactMap { use -> (Int, FormUse)? in column(of: use.document).map { ($0, use) } }
      .sorted { $0.1.count != $1.1.count ? $0.1.count > $1.1.count : $0.0 < $1.0 }
    if let (column, use) = loaded.first {
      return strings.sentence(.framingUsed, [
        "source": MarkdownText.inline(sources[column].label), "form": MarkdownText.inline(use.form), "count": "\(use.count)",
      ])
    }
    if let naming = event.differences.naming.first {
      let forms = naming.uses.compactMap { use -> (Int, String)? in
        column(of: use.document).map { ($0, "\(MarkdownText.inline(sources[$0].label)): \(MarkdownText.inline(use.form))") }
      }.sorted { $0.0 < $1.0 }.map(\.1)
      return strings.sentence(.namesDiffer, [
        "entity": MarkdownText.inline(name(of: naming.entity, canonical: naming.canonical)), "forms": forms.joined(separator: "; "),
      ])
    }
    return nil
  }

  /// An entity's name: the context's, else the style's canonical form, else its id.
  func name(of entity: EntityID, canonical: String?) -> String {
    context.entityNames[entity] ?? canonical ?? entity.rawValue
  }

  func summarySection(_ md: inout MarkdownWriter) {
    let lines = summaryLines()
    guard !lines.isEmpty else { return }
    md.heading(2, MarkdownText.inline(strings[.summary]))
    md.bullets(lines)
  }
}
