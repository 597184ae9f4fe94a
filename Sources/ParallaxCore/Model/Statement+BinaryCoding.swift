// A statement in the varint encoding of `BinaryWriter`: what `StatementSpill` sets aside on
// disk between the stages of a comparison. Every field is written, in declaration order, so a
// statement read back equals the one written.

extension Statement {
  func write(into w: inout BinaryWriter) {
    w.string(id.rawValue)
    w.string(kind.rawValue)
    w.string(text)
    w.int(quotes.count)
    for quote in quotes {
      w.string(quote.text)
      w.int(quote.range.lowerBound)
      w.int(quote.range.upperBound)
      w.int(quote.line)
      w.int(quote.column)
    }
    w.int(line)
    w.int(column)
    w.bool(speaker != nil)
    if let speaker { speaker.write(into: &w) }
    w.bool(coSpeakers != nil)
    if let coSpeakers {
      w.int(coSpeakers.count)
      for speaker in coSpeakers { speaker.write(into: &w) }
    }
    w.bool(verb != nil)
    if let verb {
      w.string(verb.surface)
      w.string(verb.lemma)
    }
    w.int(attribution.count)
    for link in attribution {
      w.string(link.role.rawValue)
      w.string(link.name)
    }
    w.string(language.rawValue)
    w.strings(topics)
    w.strings(entities.map(\.rawValue))
    w.strings(numbers)
    w.strings(dates)
    w.int(sentences.count)
    for sentence in sentences { w.int(sentence) }
  }

  init(from r: inout BinaryReader) throws(BinaryReader.Damaged) {
    let id = StatementID(rawValue: try r.string())
    guard let kind = Kind(rawValue: try r.string()) else { throw BinaryReader.Damaged() }
    let text = try r.string()
    var quotes: [QuoteSpan] = []
    for _ in 0..<(try r.count()) {
      let quote = try r.string()
      let (lower, upper) = (try r.int(), try r.int())
      guard lower <= upper else { throw BinaryReader.Damaged() }
      quotes.append(QuoteSpan(text: quote, range: lower..<upper, line: try r.int(), column: try r.int()))
    }
    let (line, column) = (try r.int(), try r.int())
    let speaker = try r.bool() ? try Speaker(from: &r) : nil
    var coSpeakers: [Speaker]?
    if try r.bool() {
      var others: [Speaker] = []
      for _ in 0..<(try r.count()) { others.append(try Speaker(from: &r)) }
      coSpeakers = others
    }
    let verb = try r.bool() ? ReportingVerb(surface: try r.string(), lemma: try r.string()) : nil
    var attribution: [AttributionLink] = []
    for _ in 0..<(try r.count()) {
      guard let role = AttributionLink.Role(rawValue: try r.string()) else { throw BinaryReader.Damaged() }
      attribution.append(AttributionLink(role: role, name: try r.string()))
    }
    let language = LocaleID(try r.string())
    let topics = try r.strings()
    let entities = try r.strings().map(EntityID.init(rawValue:))
    let numbers = try r.strings()
    let dates = try r.strings()
    var sentences: [Int] = []
    let count = try r.count()
    sentences.reserveCapacity(count)
    for _ in 0..<count { sentences.append(try r.int()) }
    self.init(
      id: id, kind: kind, text: text, quotes: quotes, line: line, column: column, speaker: speaker, verb: verb,
      attribution: attribution, language: language, topics: topics, entities: entities, numbers: numbers, dates: dates,
      sentences: sentences, coSpeakers: coSpeakers)
  }
}

extension Speaker {
  func write(into w: inout BinaryWriter) {
    w.optionalString(entity?.rawValue)
    w.string(name)
    w.string(surface)
    w.bool(isOutlet)
  }

  init(from r: inout BinaryReader) throws(BinaryReader.Damaged) {
    let entity = try r.optionalString().map(EntityID.init(rawValue:))
    self.init(entity: entity, name: try r.string(), surface: try r.string(), isOutlet: try r.bool())
  }
}
