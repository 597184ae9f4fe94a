/// Collects the differences worth reporting in an event: name forms per entity, framing terms
/// and their neutral alternatives per source, numbers that disagree and reporting verbs that
/// differ between aligned statements.
struct DifferenceFinder {
  let canonical: [EntityID: String]
  /// Other forms the style accepts, by entity.
  let allowed: [EntityID: [String]]

  func differences(alignments: [Alignment], documents: [ProfiledDocument], event: [ComparedDocument]) -> Differences {
    var result = Differences()
    // Names: entity → document → form → count.
    var names: [String: [String: [String: Int]]] = [:]
    var framing: [String: (loaded: [String: [String: Int]], neutral: [String: [String: Int]])] = [:]
    for profiled in documents {
      let path = profiled.document.reference
      for profile in profiled.profiles {
        for name in profile.names { names[name.id, default: [:]][path, default: [:]][name.surface, default: 0] += 1 }
        for form in profile.framing {
          var entry = framing[form.id] ?? ([:], [:])
          if form.neutral { entry.neutral[path, default: [:]][form.surface, default: 0] += 1 } else {
            entry.loaded[path, default: [:]][form.surface, default: 0] += 1
          }
          framing[form.id] = entry
        }
      }
    }
    for (entity, byDocument) in names.sorted(by: { $0.key < $1.key }) {
      let id = EntityID(entity)
      let forms = Set(byDocument.values.flatMap(\.keys).map { TextFold.fold($0) })
      // Kept when sources differ, or when one writes a Latin form the style does not use (Kiev).
      let accepted = Set(([canonical[id]].compactMap { $0 } + (allowed[id] ?? [])).map { TextFold.fold($0) })
      let offStyle = !accepted.isEmpty && forms.contains { form in
        form.unicodeScalars.allSatisfy { $0.value < 0x250 } && !accepted.contains(form)
      }
      guard (byDocument.count >= 2 && forms.count >= 2) || offStyle else { continue }
      result.naming.append(NamingDifference(entity: id, canonical: canonical[id], uses: Self.uses(byDocument)))
    }
    for (id, entry) in framing.sorted(by: { $0.key < $1.key }) where !entry.loaded.isEmpty {
      result.framing.append(FramingUsage(id: id, loaded: Self.uses(entry.loaded), neutral: Self.uses(entry.neutral)))
    }
    // Numbers and verbs of aligned statements: only the members of alignments are looked up,
    // by their place in `documents` (an event of one long document has a million statements
    // and few or no alignments).
    let wanted = Set(alignments.lazy.flatMap(\.members))
    var places: [StatementRef: (document: Int, statement: Int)] = [:]
    places.reserveCapacity(wanted.count)
    if !wanted.isEmpty {
      for (d, profiled) in documents.enumerated() {
        for (s, statement) in profiled.statements.enumerated() {
          let ref = StatementRef(document: profiled.document.reference, statement: statement.id)
          if wanted.contains(ref) { places[ref] = (d, s) }
        }
      }
    }
    for (index, alignment) in alignments.enumerated() {
      let members = alignment.members.compactMap { ref -> (StatementRef, Statement, StatementProfile)? in
        guard let place = places[ref] else { return nil }
        let profiled = documents[place.document]
        return (ref, profiled.statements[place.statement], profiled.profiles[place.statement])
      }
      if alignment.evidence.conflicts.contains(where: { $0.hasPrefix("numbers") }) {
        result.numbers.append(NumberDisagreement(alignment: index, values: members.map { MemberValues(member: $0.0, numbers: $0.2.numbers) }))
      }
      let verbs = members.compactMap { member in member.1.verb.map { MemberVerb(member: member.0, verb: $0) } }
      if Set(verbs.map(\.verb.lemma)).count >= 2 { result.verbs.append(VerbDifference(alignment: index, verbs: verbs)) }
    }
    return result
  }

  static func uses(_ byDocument: [String: [String: Int]]) -> [FormUse] {
    byDocument.sorted { $0.key < $1.key }.flatMap { path, forms in
      forms.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { FormUse(document: path, form: $0.key, count: $0.value) }
    }
  }
}
