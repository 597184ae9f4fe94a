/// Renders a `Comparison` as `parallax.comparison/1` JSON with keys in a fixed order, so the
/// same comparison always gives the same bytes.
///
/// ```swift
/// let json = ComparisonRenderer(reportLanguage: "en").json(comparison)
/// // {"schema": "parallax.comparison/1", "settings": {…}, "topics": […], "events": […]}
/// ```
public struct ComparisonRenderer: Sendable {
  /// The language of topic labels (`en`, `ru`, `uk`).
  public let reportLanguage: String

  public init(reportLanguage: String = "en") { self.reportLanguage = reportLanguage }

  /// The JSON text, ending with a newline.
  public func json(_ comparison: Comparison) -> String {
    var text = ""
    json(comparison) { text += $0 }
    return text
  }

  /// The JSON text of `json(_:)`, handed to `write` a part at a time: the head, then the events
  /// a few at a time as each is rendered, so that neither the whole text nor the whole value is
  /// in memory at once (at 10,000 documents the text runs to 130 MB, and a spilled event's
  /// statements are read back only while it is written).
  public func json(_ comparison: Comparison, to write: (String) throws -> Void) rethrows {
    var out = ""
    // The object without its events, and then its events: the same bytes as the whole value.
    JSONValue.object(head(comparison)).write(into: &out, indent: 0, pretty: true)
    out.removeLast(2)  // "\n}"
    out += ",\n  " + JSONValue.quoted("events") + ": "
    guard !comparison.events.isEmpty else {
      try write(out + "[]\n}\n")
      return
    }
    out += "["
    for (index, event) in comparison.events.enumerated() {
      if index > 0 { out += "," }
      out += "\n    "
      self.event(comparison, event).write(into: &out, indent: 2, pretty: true)
      if out.utf8.count >= Self.part {
        try write(out)
        out = ""
      }
    }
    try write(out + "\n  ]\n}\n")
  }

  /// About how many bytes `json(_:to:)` hands over at once.
  static let part = 1 << 20

  /// The JSON value of the comparison.
  public func value(_ comparison: Comparison) -> JSONValue {
    .object(head(comparison) + [("events", .array(comparison.events.map { event(comparison, $0) }))])
  }

  /// The members of the comparison's object before its events.
  private func head(_ comparison: Comparison) -> [(String, JSONValue)] {
    let s = comparison.settings
    return [
      ("schema", .string(Comparison.schema)),
      ("settings", .object([
        ("suggestThreshold", .number(s.suggestThreshold)), ("confidentThreshold", .number(s.confidentThreshold)),
        ("eventThreshold", .number(s.eventThreshold)), ("dayWindow", .int(s.dayWindow)), ("asOne", .bool(s.asOne)),
        ("style", .optional(s.style)),
      ])),
      ("topics", .array(comparison.topics.map { topic in
        .object([
          ("id", .string(topic.id.rawValue)), ("label", .string(topic.label(in: reportLanguage))),
          ("emerging", .bool(topic.isEmerging)),
          ("labels", .object(topic.labels.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
          ("terms", .array(topic.terms.map(JSONValue.string))),
        ])
      })),
    ]
  }

  private func event(_ comparison: Comparison, _ event: ComparisonEvent) -> JSONValue {
    .object([
      ("id", .string(event.id)),
      ("documents", .array(event.documents.map(document))),
      ("alignments", .array(event.alignments.map { alignment in
        .object([
          ("topic", topicRef(comparison, alignment.topic)),
          ("relation", .string(alignment.relation.rawValue)),
          ("confidence", .string(alignment.confidence.rawValue)),
          ("score", .number(alignment.score)),
          ("members", .array(alignment.members.map(ref))),
          ("evidence", .object([
            ("entities", .array(alignment.evidence.entities.map { .string($0.rawValue) })),
            ("topics", .array(alignment.evidence.topics.map { .string($0.rawValue) })),
            ("numbers", .array(alignment.evidence.numbers.map(JSONValue.string))),
            ("dates", .array(alignment.evidence.dates.map(JSONValue.string))),
            ("words", .array(alignment.evidence.words.map(JSONValue.string))),
            ("conflicts", .array(alignment.evidence.conflicts.map(JSONValue.string))),
          ])),
        ])
      })),
      ("unique", .array(event.unique.map { unique in
        .object([
          ("document", .string(unique.member.document)), ("statement", .string(unique.member.statement.rawValue)),
          ("topics", .array(unique.topics.map { topicRef(comparison, $0) })),
        ])
      })),
      ("copies", .array(event.copies.map { copy in
        .object([
          ("kind", .string(copy.kind.rawValue)), ("documents", .array(copy.documents.map(JSONValue.string))),
          ("agency", .optional(copy.agency)), ("coverage", .number(copy.coverage)),
        ])
      })),
      ("differences", differences(event.differences)),
    ])
  }

  private func topicRef(_ comparison: Comparison, _ id: TopicID) -> JSONValue {
    .object([("id", .string(id.rawValue)), ("label", .string(comparison.topic(id)?.label(in: reportLanguage) ?? id.rawValue))])
  }

  private func ref(_ ref: StatementRef) -> JSONValue {
    .object([("document", .string(ref.document)), ("statement", .string(ref.statement.rawValue))])
  }

  private func document(_ compared: ComparedDocument) -> JSONValue {
    let d = compared.document
    let dateline: JSONValue = d.dateline.map { dateline in
      .object([
        ("place", .optional(dateline.place)), ("placeEntity", .optional(dateline.placeEntity?.rawValue)),
        ("date", .optional(dateline.date?.description)), ("inferred", .bool(dateline.yearInferred)),
      ])
    } ?? .null
    return .object([
      ("path", .string(d.path)), ("title", .optional(d.title)), ("outlet", .optional(d.source.outlet)),
      ("agency", .optional(d.source.agency)), ("relayedBy", .optional(d.source.relayedBy)), ("dateline", dateline),
      ("published", .optional(d.published?.description)), ("language", .string(d.language.rawValue)),
      ("statements", .array(compared.statements.map { s in
        .object([
          ("id", .string(s.id.rawValue)), ("kind", .string(s.kind.rawValue)), ("text", .string(s.text)),
          ("line", .int(s.line)), ("column", .int(s.column)),
          ("speaker", s.speaker.map { speaker in
            .object([
              ("entity", .optional(speaker.entity?.rawValue)), ("name", .string(speaker.name)),
              ("surface", .string(speaker.surface)), ("outlet", .bool(speaker.isOutlet)),
            ])
          } ?? .null),
          ("verb", s.verb.map { .object([("surface", .string($0.surface)), ("lemma", .string($0.lemma))]) } ?? .null),
          ("language", .string(s.language.rawValue)),
          ("topics", .array(s.topics.map(JSONValue.string))),
          ("entities", .array(s.entities.map { .string($0.rawValue) })),
          ("numbers", .array(s.numbers.map(JSONValue.string))),
        ])
      })),
    ])
  }

  private func differences(_ differences: Differences) -> JSONValue {
    func uses(_ uses: [FormUse]) -> JSONValue {
      .array(uses.map { .object([("document", .string($0.document)), ("form", .string($0.form)), ("count", .int($0.count))]) })
    }
    return .object([
      ("naming", .array(differences.naming.map {
        .object([("entity", .string($0.entity.rawValue)), ("canonical", .optional($0.canonical)), ("uses", uses($0.uses))])
      })),
      ("framing", .array(differences.framing.map {
        .object([("id", .string($0.id)), ("loaded", uses($0.loaded)), ("neutral", uses($0.neutral))])
      })),
      ("numbers", .array(differences.numbers.map { disagreement in
        .object([
          ("alignment", .int(disagreement.alignment)),
          ("values", .array(disagreement.values.map {
            .object([("document", .string($0.member.document)), ("statement", .string($0.member.statement.rawValue)),
                     ("numbers", .array($0.numbers.map(JSONValue.string)))])
          })),
        ])
      })),
      ("verbs", .array(differences.verbs.map { difference in
        .object([
          ("alignment", .int(difference.alignment)),
          ("verbs", .array(difference.verbs.map {
            .object([("document", .string($0.member.document)), ("statement", .string($0.member.statement.rawValue)),
                     ("surface", .string($0.verb.surface)), ("lemma", .string($0.verb.lemma))])
          })),
        ])
      })),
    ])
  }
}
