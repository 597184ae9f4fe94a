extension EventReport {
  /// Topic labels, escaped, in collation order, at most five.
  func topicList(_ topics: [TopicID]) -> String {
    let sorted = sortedTopics(topics)
    let shown = sorted.prefix(5).map { MarkdownText.inline(label(of: $0)) }
    return shown.joined(separator: "; ") + (sorted.count > 5 ? "; …" : "")
  }

  /// An entity's name: the context's, else the style's canonical form, else its id.
  func name(of entity: EntityID, canonical: String?) -> String {
    context.entityNames[entity] ?? canonical ?? entity.rawValue
  }
}
