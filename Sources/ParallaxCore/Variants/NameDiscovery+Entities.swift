import ParallaxICU

extension DiscoveryRun {
  /// The provisional entities of the clusters, with display forms, ids, forms and examples.
  func entities(_ clusters: [Int], _ mentions: [Mention], _ documents: [Document]) throws -> [ProvisionalEntity] {
    var members: [Int: [Int]] = [:]
    for (index, root) in clusters.enumerated() { members[root, default: []].append(index) }
    var lines: [Int: LineTable] = [:]
    var drafts: [(entity: ProvisionalEntity, slug: String)] = []
    for root in members.keys.sorted() {
      guard let indices = members[root], indices.count >= options.minimumCount else { continue }
      let group = indices.map { mentions[$0] }
      // A word seen only at sentence starts or in languages that capitalize nouns is not told
      // from an ordinary word; nor is a name seen only in such languages, unless it starts with
      // a registered person's given name or the text sets it apart from nouns: a letter the
      // language does not use ("Spânu", "Nufăru"), capitals ("PSD", "MTI"), a title or a noun
      // naming its kind right before it ("Dorf Plauru").
      let setApart = group.contains { $0.foreign || $0.isAcronym || $0.titled || $0.afterKindNoun }
      if group.allSatisfy(isWeak), !setApart { continue }
      if group.allSatisfy({ lexicon.capitalizingNouns.contains($0.language) }), !setApart,
        !group.contains(where: \.startsWithGivenName)
      {
        continue
      }
      let forms = Self.forms(group, documents)
      let display = try displayForm(forms, group)
      // A full name (two or three words) right after a title is a person's; one word after a
      // title may be an institution ("director of the Agency").
      let kinds = Set(group.compactMap { mention -> EntityKind? in
        if mention.place { return .place }
        let words = mention.keys.first?.count ?? 0
        return mention.titled && (2...3).contains(words) ? .person : nil
      })
      var examples: [ProvisionalEntity.Location] = []
      var shownDocuments: Set<Int> = []
      for mention in group where examples.count < options.examples && shownDocuments.insert(mention.document).inserted {
        examples.append(location(of: mention, in: documents[mention.document], lines: &lines, index: mention.document))
      }
      for mention in group where examples.count < options.examples {
        let place = location(of: mention, in: documents[mention.document], lines: &lines, index: mention.document)
        if !examples.contains(place) { examples.append(place) }
      }
      let entity = ProvisionalEntity(
        id: "", display: display, kind: kinds.count == 1 ? kinds.first : nil, mentions: group.count,
        documents: Set(group.map(\.document)).count, forms: forms,
        languages: Set(group.map(\.language)).sorted(), scripts: Set(group.map { $0.isCyrillic ? "Cyrl" : "Latn" }).sorted(),
        examples: examples)
      drafts.append((entity, try slug(display)))
    }
    drafts.sort { a, b in
      if a.entity.mentions != b.entity.mentions { return a.entity.mentions > b.entity.mentions }
      if a.slug != b.slug { return a.slug < b.slug }
      return a.entity.examples.first?.description ?? "" < b.entity.examples.first?.description ?? ""
    }
    var used: [String: Int] = [:]
    var result: [ProvisionalEntity] = []
    for (entity, slug) in drafts {
      var entity = entity
      let seen = used[slug, default: 0] + 1
      used[slug] = seen
      entity.id = "provisional." + (seen == 1 ? slug : "\(slug)-\(seen)")
      result.append(entity)
    }
    return result.sorted { $0.mentions != $1.mentions ? $0.mentions > $1.mentions : $0.id < $1.id }
  }

  /// The spellings of a cluster, most frequent first, then by form.
  static func forms(_ group: [Mention], _ documents: [Document]) -> [ProvisionalEntity.Form] {
    var forms: [String: ProvisionalEntity.Form] = [:]
    var order: [String] = []
    for mention in group {
      if forms[mention.surface] == nil {
        order.append(mention.surface)
        forms[mention.surface] = ProvisionalEntity.Form(
          form: mention.surface, count: 0, languages: [], script: mention.isCyrillic ? "Cyrl" : "Latn", documents: [])
      }
      forms[mention.surface]?.count += 1
      if forms[mention.surface]?.languages.contains(mention.language) == false {
        forms[mention.surface]?.languages.append(mention.language)
      }
      let path = documents[mention.document].path
      if forms[mention.surface]?.documents.contains(path) == false { forms[mention.surface]?.documents.append(path) }
    }
    return order.compactMap { form in
      forms[form].map { value in
        var value = value
        value.languages.sort()
        return value
      }
    }.sorted { a, b in
      a.count != b.count ? a.count > b.count : Array(a.form.unicodeScalars.map(\.value)).lexicographicallyPrecedes(b.form.unicodeScalars.map(\.value))
    }
  }

  /// The style language's most frequent form; else the national romanization of the most
  /// frequent Ukrainian form (KMU 2010), then Russian form (BGN/PCGN); else the most frequent form.
  func displayForm(_ forms: [ProvisionalEntity.Form], _ group: [Mention]) throws -> String {
    if let styled = forms.first(where: { $0.script == "Latn" && !Set($0.languages).isDisjoint(with: options.styleLanguages) }) {
      return styled.form
    }
    for language in ["uk", "ru"] {
      if let native = forms.first(where: { $0.script == "Cyrl" && $0.languages.contains(language) }),
        let scheme = discoverer.names.romanization[language]
      {
        return try SchemeTransliterator(scheme: scheme, ascii: true).transliterate(native.form)
      }
    }
    return forms.first?.form ?? ""
  }

  /// The id slug of a display form: ASCII letters and digits, other runs as one hyphen.
  func slug(_ display: String) throws -> String {
    let ascii = try romanizers["und"].map { try $0.transliterate(display) } ?? display
    var out: [UInt8] = []
    for byte in ascii.utf8 {
      switch byte {
      case 0x61...0x7A, 0x30...0x39: out.append(byte)
      case 0x41...0x5A: out.append(byte | 0x20)
      default: if let last = out.last, last != 0x2D { out.append(0x2D) }
      }
    }
    while out.last == 0x2D { out.removeLast() }
    return out.isEmpty ? "name" : String(decoding: out, as: UTF8.self)
  }

  /// Where a mention stands in its input file.
  func location(of mention: Mention, in document: Document, lines: inout [Int: LineTable], index: Int)
    -> ProvisionalEntity.Location
  {
    let table = lines[index] ?? LineTable(document.text)
    lines[index] = table
    let anchor = document.sourceMap.anchors.last { $0.offset <= mention.offset } ?? SourceMap.Anchor(offset: 0, line: 1, column: 1, verbatim: true)
    let here = table.position(ofByte: mention.offset)
    let start = table.position(ofByte: anchor.offset)
    let line: Int
    let column: Int
    if here.line == start.line {
      (line, column) = (anchor.line, anchor.column + here.column - start.column)
    } else if anchor.verbatim {
      (line, column) = (anchor.line + here.line - start.line, here.column)
    } else {
      (line, column) = (anchor.line, anchor.column)
    }
    return ProvisionalEntity.Location(path: document.path, line: line, column: column)
  }
}
