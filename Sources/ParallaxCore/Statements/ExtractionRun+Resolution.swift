import ParallaxICU

/// Resolution: the mention a speaker candidate stands for (a name, a pronoun or role, a dropped
/// subject, a document), looked up among the recent speakers and mentions.
extension ExtractionRun {
  /// Resolves a candidate at `position` to a speaker mention.
  mutating func resolve(_ attribution: RawAttribution, at position: Int) -> Mention? {
    guard let candidate = attribution.candidate, let view = state.views[attribution.paragraph],
      let lexicon = state.paragraphLexicon[attribution.paragraph]
    else { return nil }
    switch candidate.kind {
    case .named:
      var mention = makeMention(
        view, first: candidate.first, last: candidate.last, contextFrom: max(0, candidate.first - 4), position: position,
        lexicon: lexicon)
      // "Білий дім заявив": a registry name whose later words are lowercase.
      if mention.entity == nil,
        let longer = lowercaseTailMention(
          view, first: candidate.first, last: candidate.last, contextFrom: max(0, candidate.first - 4), position: position,
          lexicon: lexicon,
          source: candidate.first > 0 && lexicon.flags(view.lexicon[candidate.first - 1]).contains(.sourcePreposition)
            && contiguous(view.words, candidate.first - 1, candidate.first))
      {
        mention = longer
      }
      // German capitalizes nouns: "Zerstörung" or "Treffen" alone is no speaker unless the
      // registry knows it or an earlier full name ends in it.
      // So is a lone unknown word opening a sentence in any language ("Оккупанты заявили",
      // "Strona rosyjska zapowiedziała", "Scambio confermato"): capitalized by position only.
      if lexicon.capitalizesNouns || opensSentence(view, candidate.first), candidate.first == candidate.last,
        mention.entity == nil, mention.name.first == mention.name.last, !mention.organization
      {
        return nil
      }
      // "У X заявили" (X a person): a person after a locative preposition is whose office the
      // words came from (issue 16, eleventh pass), an office the sentence does not name; the
      // person said nothing.
      if mention.entity?.hasKind("person") == true, candidate.first > 0,
        lexicon.flags(view.lexicon[candidate.first - 1]).contains(.sourcePreposition),
        contiguous(view.words, candidate.first - 1, candidate.first)
      {
        return nil
      }
      // "заявили в МИД РФ", "Ministerstwo Obrony Rosji poinformowało": a place that qualifies
      // an institution word before it names that body, which speaks.
      if let body = qualifiedBody(mention, candidate, view: view, lexicon: lexicon, position: position) {
        return body
      }
      // "il direttore Aiea aveva denunciato": the title's holder speaks, found as the role.
      if complementsTitle(mention, candidate, view: view, lexicon: lexicon) {
        return titleHolder(before: candidate, attribution: attribution, view: view, lexicon: lexicon, at: position)
      }
      return mention
    case .referent(let r):
      let referent = lexicon.referents[r]
      let organization = referent.kind == "organization"
      let keywords = (referent.keywords ?? []).map { Array(TextFold.fold($0).utf8) }
      let table = cache.table
      let ids = state.allIDs
      // A role with its keywords is a description, not a pronoun: it finds its referent by
      // the title even in a prepositional phrase ("sul canale del presidente Zelensky … scrive
      // il presidente").
      let described = r >= lexicon.firstRole && !keywords.isEmpty
      let firstRole = lexicon.firstRole
      // A generic institution noun may refer back to a name earlier in its own sentence ("Prośba
      // Komitetu … nie została spełniona - poinformowała organizacja"): up to the noun itself.
      let generic = organization && keywords.isEmpty && r >= firstRole
      let before = generic ? max(position, view.words[candidate.first].range.lowerBound) : position
      let extractor = self.extractor
      let gender = referent.gender
      let views = state.views
      let qualified = organization && !keywords.isEmpty
      func baseFitsUpTo(_ m: Mention, _ before: Int) -> Bool {
        guard m.position < before, m.organization == organization, !m.oblique || described else { return false }
        // "she" never means a man the registry knows, nor "он" a woman.
        if let gender, let entity = m.entity, let known = extractor.gender(of: entity), known != gender { return false }
        // A person is named in full or known to the registry: a lone unknown word ("Friday's",
        // an adjective in an oblique case) is not whom "he" means.
        if !organization, m.entity == nil, m.name.last == m.name.first { return false }
        // A generic institution noun ("the organization", "відомство") means an institution,
        // not a place named before it.
        if generic, Self.isPlace(m) { return false }
        return keywords.isEmpty || keywords.contains { Self.contextContains(m, $0, table: table, ids: ids) }
      }
      let baseFits: (Mention) -> Bool = { m in baseFitsUpTo(m, before) }
      // A ministry is no place: a place whose context holds the keyword ("Ministerio de Defensa
      // de Rusia") is the body's qualifier. A place fits only by its own name ("the Russian
      // side" → Russia).
      let fits: (Mention) -> Bool = { m in
        guard baseFits(m) else { return false }
        guard qualified, Self.isPlace(m) else { return true }
        return keywords.contains { Self.nameContains(m, $0, table: table, ids: ids, views: views) }
      }
      // A pronoun, or a person's role without keywords ("the diplomat"), that no name before it
      // in its own sentence explains: the subject of the sentence before, when unambiguous,
      // also when that sentence opens the same statement ("Об этом заявил X. «…», — сказал
      // он.").
      if !organization, r < firstRole || keywords.isEmpty {
        let pronounAt = view.words[candidate.first].range.lowerBound
        let fitsBeforePronoun: (Mention) -> Bool = { m in baseFitsUpTo(m, max(before, pronounAt)) }
        switch previousSubject(of: referent, at: candidate.first, view: view, lexicon: lexicon, fits: fitsBeforePronoun) {
        case .person(let subject): return subject
        case .unresolved: return nil
        case .undecided: break
        }
      }
      // "the Russian defence ministry said", "Germany's foreign ministry": a body that its own
      // words qualify names itself, whatever body was named before.
      if qualified, r >= firstRole, ownQualifier(candidate, view: view, lexicon: lexicon),
        let own = institution(candidate, view: view, lexicon: lexicon, position: position)
      {
        return own
      }
      if let found = recent(state.speakers, before: position, fits) ?? salient(state.mentions, before: before, fits) {
        return found
      }
      // "сообщили в МИД России" … "В МИД добавили": the body was named by its state after its
      // institution word; that body is meant.
      if qualified, let place = recent(state.mentions, before: before, { Self.isPlace($0) && baseFits($0) }),
        place.name.paragraph >= 0, let placeView = state.views[place.name.paragraph],
        let paragraphLexicon = state.paragraphLexicon[place.name.paragraph],
        let body = qualifiedBody(
          place, Candidate(kind: .named, first: place.name.first, last: place.name.last), view: placeView,
          lexicon: paragraphLexicon, position: position)
      {
        return body
      }
      // A person's role that no earlier name's title words give ("a ajouté le président
      // ukrainien" after "M. Zelensky" spoke): the person speaking goes on.
      // A feminine role ("a expliqué la présidente") does not go on with a man who spoke.
      if !organization, r >= lexicon.firstRole, let last = state.speakers.last, last.position < position, !last.organization,
        gender == nil || last.entity.flatMap({ extractor.gender(of: $0) }).map({ $0 == gender }) ?? true
      {
        return last
      }
      // No antecedent: a qualified institution names itself ("Russia's defence ministry",
      // "le ministère russe de la Défense", "das russische Außenministerium").
      // A generic noun without keywords ("l’organisation strictement neutre") names no
      // institution by itself.
      if organization, r >= lexicon.firstRole, !keywords.isEmpty {
        return institution(candidate, view: view, lexicon: lexicon, position: position)
          ?? selfQualified(candidate, referent: referent, view: view, lexicon: lexicon, position: position)
      }
      return nil
    case .dropped:
      let fits: (Mention) -> Bool = { m in
        !m.organization && !m.oblique && (m.entity != nil || m.name.last > m.name.first)
      }
      // A person named earlier in the same sentence, out of the verb's reach, is its subject
      // ("X ha sacado … y se ha declarado …"), but none the registry records in an oblique case
      // ("Doradca Anny Berg dodał": the adviser of the woman named speaks).
      let verbAt = view.words[candidate.first].range.lowerBound
      let table = cache.table
      let extractor = self.extractor
      let nominative: (Mention) -> Bool = { m in
        m.lastWord < 0 || !extractor.isOblique(folded: Array(table.bytes(of: Int(m.lastWord))))
      }
      if let subject = recent(state.mentions, before: verbAt, { $0.position >= position && fits($0) && nominative($0) }) { return subject }
      // The last speaker goes on speaking, an institution too ("El ministerio subrayó …
      // Asimismo, reiteró …"); otherwise the last person named.
      // A state that spoke last gives way to a person named since ("Szwecja informuje … Głos
      // zabrał premier X. „…” – stwierdził"): the person is the dropped subject.
      if let last = state.speakers.last, last.position < position, Self.isPlace(last),
        let named = recent(state.mentions, before: position, { $0.position < position && $0.position > last.position && fits($0) && !Self.isPlace($0) })
      {
        return named
      }
      if let last = state.speakers.last, last.position < position, last.organization { return last }
      return recent(state.speakers, before: position) { $0.position < position && fits($0) }
        ?? recent(state.mentions, before: position) { $0.position < position && fits($0) }
    case .medium:
      return nil
    case .document:
      // The statement named before with its speaker ("the ministry said in a statement" …
      // "according to the statement"): its author, known or not.
      if let last = state.lastDocument, last.position < position { return last.mention }
      // An institution's document; an acronym the registry does not know names one too
      // ("повідомляє НАЕК «Норенерго» … йдеться в повідомленні").
      // A place writes no statement, nor does a name in an oblique case ("в Оленівці, йдеться
      // в заяві", "vicino a Donetsk … il comunicato"): the document is an institution's.
      let views = state.views
      let fits: (Mention) -> Bool = { m in
        guard m.position < position, !m.oblique, !Self.isPlace(m) else { return false }
        if m.organization { return true }
        guard m.entity == nil, m.name.first == m.name.last, m.name.paragraph >= 0, let view = views[m.name.paragraph] else { return false }
        let word = view.words[m.name.first]
        return word.allCaps && String(decoding: view.text[word.range], as: UTF8.self).unicodeScalars.count >= 2
      }
      return recent(state.speakers, before: position, fits) ?? recent(state.mentions, before: position, fits)
    }
  }

  /// Whether the registry knows `mention` as a place (which speaks only as a named subject:
  /// "Moscow said", never as what a document or a generic institution noun refers back to).
  static func isPlace(_ mention: Mention) -> Bool { mention.entity?.hasKind("place") ?? false }

  /// The latest of the last few hundred mentions before `position` that fits: coreference
  /// reaches back a few paragraphs, never the whole document (that would be quadratic).
  func recent(_ list: [Mention], before position: Int, _ fits: (Mention) -> Bool) -> Mention? {
    var low = 0
    var high = list.count
    while low < high {
      let mid = (low + high) / 2
      if list[mid].position < position { low = mid + 1 } else { high = mid }
    }
    var k = low - 1
    var looked = 0
    while k >= 0, looked < 400 {
      if fits(list[k]) { return list[k] }
      k -= 1
      looked += 1
    }
    return nil
  }

  /// Whether the folded words of `mention`'s own name, joined by spaces, contain `keyword`.
  static func nameContains(_ mention: Mention, _ keyword: [UInt8], table: TokenTable, ids: [Int32], views: [TokenView?]) -> Bool {
    guard mention.name.paragraph >= 0, mention.name.paragraph < views.count, let view = views[mention.name.paragraph] else { return false }
    var joined: [UInt8] = []
    for k in mention.name.first...mention.name.last {
      if !joined.isEmpty { joined.append(0x20) }
      joined.append(contentsOf: table.bytes(of: Int(ids[view.base + k])))
    }
    guard joined.count >= keyword.count else { return false }
    for start in 0...(joined.count - keyword.count) where joined[start..<(start + keyword.count)].elementsEqual(keyword) { return true }
    return false
  }
}
