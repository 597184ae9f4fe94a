import ParallaxCore

/// Writes the provisional entities of `names discover` as the review file (YAML) or as JSON,
/// both `schema: parallax.provisional-names/1`, keys in a fixed order.
enum NamesDiscoverRenderer {
  static let schema = "parallax.provisional-names/1"

  /// The review file: one block per entity, forms one per line.
  static func yaml(_ entities: [ProvisionalEntity]) -> String {
    var out = """
      # Names the registry does not know, found by `parallax names discover` and grouped across
      # documents, languages and scripts; most mentions first. On each real one set accept: true
      # (and kind: place, person or organization where none is given; replace the id if you
      # like), then run: parallax names accept THIS-FILE (it adds them to the team's overlay).
      schema: \(schema)

      """
    if entities.isEmpty { return out + "entities: []\n" }
    out += "entities:\n"
    for entity in entities {
      out += "  - id: \(entity.id)\n"
      out += "    accept: false\n"
      out += "    display: \(YAMLText.quoted(entity.display))\n"
      if let kind = entity.kind { out += "    kind: \(kind.rawValue)\n" }
      out += "    mentions: \(entity.mentions)\n"
      out += "    documents: \(entity.documents)\n"
      out += "    languages: [\(entity.languages.joined(separator: ", "))]\n"
      out += "    scripts: [\(entity.scripts.joined(separator: ", "))]\n"
      out += "    forms:\n"
      for form in entity.forms {
        out += "      - {form: \(YAMLText.quoted(form.form)), count: \(form.count), "
        out += "languages: [\(form.languages.joined(separator: ", "))], script: \(form.script)}\n"
      }
      out += "    examples: [\(entity.examples.map { YAMLText.quoted($0.description) }.joined(separator: ", "))]\n"
    }
    return out
  }

  /// The same as JSON, each form with the documents it occurs in.
  static func json(_ entities: [ProvisionalEntity]) -> String {
    let items: [JSONValue] = entities.map { entity in
      var fields: [(String, JSONValue)] = [("id", .string(entity.id)), ("display", .string(entity.display))]
      if let kind = entity.kind { fields.append(("kind", .string(kind.rawValue))) }
      fields += [
        ("mentions", .int(entity.mentions)), ("documents", .int(entity.documents)),
        ("languages", .array(entity.languages.map(JSONValue.string))),
        ("scripts", .array(entity.scripts.map(JSONValue.string))),
        (
          "forms",
          .array(
            entity.forms.map { form in
              .object([
                ("form", .string(form.form)), ("count", .int(form.count)),
                ("languages", .array(form.languages.map(JSONValue.string))), ("script", .string(form.script)),
                ("documents", .array(form.documents.map(JSONValue.string))),
              ])
            })
        ),
        ("examples", .array(entity.examples.map { JSONValue.string($0.description) })),
      ]
      return .object(fields)
    }
    return JSONValue.object([("schema", .string(schema)), ("entities", .array(items))]).rendered() + "\n"
  }
}
