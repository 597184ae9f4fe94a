import ParallaxICU

/// Statement assembly: each unit becomes a statement with its speaker, verb and chain.
extension ExtractionRun {
  mutating func buildStatements() -> StatementExtractor.Extraction {
    var cursor = PositionCursor(bytes: bytes, sourceMap: document.sourceMap)
    for index in sentences.indices {
      let position = cursor.position(of: sentences[index].range.lowerBound)
      sentences[index].line = position.line
      sentences[index].column = position.column
    }
    var quoteCursor = PositionCursor(bytes: bytes, sourceMap: document.sourceMap)
    let narrator = document.source.narrator
    let outlet = Speaker(
      entity: narrator.flatMap { resolveName($0) }, name: narrator ?? "outlet",
      surface: narrator ?? "", isOutlet: true)
    let relayedBy = document.source.relayedBy
    var statements: [Statement] = []
    var headings: [Statement] = []
    statements.reserveCapacity(state.units.count)
    for unit in state.units {
      let isHeading = unit.sentences.allSatisfy { document.paragraphs[sentences[$0].paragraph].role == .heading }
      let firstIndex = unit.sentences[0]
      var kind: Statement.Kind
      var speaker: Speaker? = outlet
      var verb: ReportingVerb?
      var chain: [AttributionLink] = []
      var coSpeakers: [Speaker] = []
      let position = sentences[firstIndex].range.lowerBound
      if var attribution = unit.attribution {
        var mention = resolve(attribution, at: position)
        // "Про це повідомляє РБК-Україна", "citado pela agência X": a name the registry knows as
        // a news outlet relays the words, as a medium of the word lists does; it never speaks.
        // A quote it passes on without naming the speaker goes on with the last speaker's words.
        var outletRelays = false
        if let entity = mention?.entity, extractor.isOutlet(entity), let m = mention {
          attribution.relay = text(of: m.name)
          attribution.medium = true
          mention = nil
          outletRelays = true
        }
        // A speaker with its document: the document's author from now on.
        if attribution.document != nil, let kind = attribution.candidate?.kind {
          if case .document = kind {} else { state.lastDocument = (mention, position) }
        }
        if let mention {
          let name = text(of: mention.name)
          let surfaceText = attribution.candidate.map { candidate in
            state.views[attribution.paragraph].map { surface($0.words, candidate.first, candidate.last) } ?? ""
          } ?? name
          speaker = Speaker(entity: mention.entity, name: name, surface: surfaceText)
          coSpeakers = partners(of: attribution, beside: mention, named: name, at: position)
          var said = mention
          said.position = position
          state.speakers.append(said)
          index(said)
          chain.append(AttributionLink(role: .speaker, name: name))
        } else if let relay = attribution.relay, !attribution.medium {
          let relayEntity = resolveName(relay)
          if let relayEntity, extractor.isOutlet(relayEntity) {
            speaker = nil
            outletRelays = true
          } else {
            speaker = Speaker(entity: relayEntity, name: relay, surface: relay)
          }
        } else {
          speaker = nil
        }
        if outletRelays, !unit.quotes.isEmpty, let last = state.speakers.last {
          let name = text(of: last.name)
          speaker = Speaker(entity: last.entity, name: name, surface: "")
          chain.append(AttributionLink(role: .speaker, name: name))
        }
        if let v = attribution.verb { verb = ReportingVerb(surface: v.surface, lemma: v.lemma) }
        if let noun = attribution.document { chain.append(AttributionLink(role: .document, name: noun)) }
        if let relay = attribution.relay { chain.append(AttributionLink(role: .relay, name: relay)) }
        if unit.quotes.isEmpty {
          kind = .indirect
        } else {
          kind = unit.startsWithQuote || unit.introducedQuote ? .direct : .mixed
        }
        if speaker == nil, unit.quotes.isEmpty { kind = .narration; speaker = outlet }
      } else if unit.quoteOnly {
        // A quote standing alone continues the last speaker's words.
        kind = .direct
        if let last = state.speakers.last {
          let name = text(of: last.name)
          speaker = Speaker(entity: last.entity, name: name, surface: "")
          chain.append(AttributionLink(role: .speaker, name: name))
        } else {
          speaker = nil
        }
      } else {
        kind = .narration
      }
      if kind == .narration {
        speaker = outlet
        verb = nil
        chain = []
        coSpeakers = []
      }
      if let relay = relayedBy, !chain.contains(where: { $0.name == relay }) {
        if kind != .narration { chain.append(AttributionLink(role: .relay, name: relay)) }
      }
      var quotes: [QuoteSpan] = []
      for quote in unit.quotes {
        var s = quote.contentStart
        var e = quote.contentEnd
        while s < e, isSpace(bytes[s]) { s += 1 }
        while e > s, isSpace(bytes[e - 1]) || bytes[e - 1] == UInt8(ascii: ",") { e -= 1 }
        let at = quoteCursor.position(of: s)
        quotes.append(QuoteSpan(text: collapse(s..<e), range: s..<e, line: at.line, column: at.column))
      }
      let text =
        unit.sentences.count == 1 ? sentences[firstIndex].text : unit.sentences.map { sentences[$0].text }.joined(separator: " ")
      let found = numbersAndDates(in: unit)
      let statement = Statement(
        id: isHeading ? StatementID(heading: headings.count + 1) : StatementID(ordinal: statements.count + 1), kind: kind,
        text: text, quotes: quotes, line: sentences[firstIndex].line, column: sentences[firstIndex].column, speaker: speaker,
        verb: verb, attribution: chain, language: sentences[firstIndex].language, numbers: found.numbers, dates: found.dates,
        sentences: unit.sentences, coSpeakers: coSpeakers.isEmpty ? nil : coSpeakers)
      if isHeading { headings.append(statement) } else { statements.append(statement) }
    }
    return StatementExtractor.Extraction(sentences: sentences, statements: statements, headings: headings)
  }

  /// The speakers the other names of a joined subject stand for ("Germany, Denmark and Sweden
  /// said": Denmark and Sweden beside Germany), each once, none the same as the speaker `name`
  /// nor a news outlet.
  mutating func partners(of attribution: RawAttribution, beside mention: Mention, named name: String, at position: Int) -> [Speaker] {
    var found: [Speaker] = []
    for partner in attribution.partners {
      var alone = attribution
      alone.candidate = partner
      alone.partners = []
      guard let other = resolve(alone, at: position) else { continue }
      if let entity = other.entity, extractor.isOutlet(entity) || entity == mention.entity { continue }
      let otherName = text(of: other.name)
      guard otherName != name, !found.contains(where: { $0.name == otherName }) else { continue }
      let written = state.views[attribution.paragraph].map { surface($0.words, partner.first, partner.last) } ?? otherName
      found.append(Speaker(entity: other.entity, name: otherName, surface: written))
    }
    return found
  }

  /// Whether the registry knows the words of `candidate` as an entity of `kind` ("person",
  /// "place"), looked up through `resolveName`.
  mutating func resolves(_ candidate: Candidate, words: [WordToken], to kind: String) -> Bool {
    resolveName(surface(words, candidate.first, candidate.last))?.hasKind(kind) == true
  }

  /// The entity of an outlet or relay named `name` in the document's language, resolved once
  /// per task (at most 1,024 names are kept).
  mutating func resolveName(_ name: String) -> EntityID? {
    let key = ResolvedNameKey(name: name, language: document.language)
    if let known = cache.resolvedNames[key] { return known }
    let entity = extractor.resolve(name, document.language)
    if cache.resolvedNames.count >= 1_024 { cache.resolvedNames.removeAll(keepingCapacity: true) }
    cache.resolvedNames[key] = entity
    return entity
  }

  /// The numbers of a unit's sentences as written, and the dates among them: a day next to a
  /// month name of the paragraph's language ("28 квітня 2024", "March 12, 2025", "12. März"),
  /// with the year when one follows, as `2024-04-28` or `--03-12`.
}
