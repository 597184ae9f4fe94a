import ParallaxICU

/// Names and coreference: the mentions of a document and what pronouns and role nouns refer to.
extension ExtractionRun {
  /// Folds and interns `words` of `text`, and looks them up in `lexicon` (once per distinct
  /// word of the document).
  mutating func makeView(text: [UInt8], words: [WordToken], lexicon: CompiledLexicon, paragraph: Int) -> TokenView {
    if cache.lexiconLanguage != lexicon.language {
      if let language = cache.lexiconLanguage { cache.lexiconIDs[language] = cache.currentLexiconIDs }
      cache.currentLexiconIDs = cache.lexiconIDs.removeValue(forKey: lexicon.language) ?? []
      cache.lexiconLanguage = lexicon.language
    }
    var lexical = [Int32](repeating: -1, count: words.count)
    // The table ids go straight to the end of `allIDs` (taken out of the run while the loop
    // writes them).
    var all: [Int32] = []
    swap(&all, &state.allIDs)
    let base = all.count
    all.append(contentsOf: repeatElement(-1, count: words.count))
    // Room for every word to be new.
    var known: [Int32] = []
    swap(&known, &cache.currentLexiconIDs)
    let needed = cache.table.count + words.count
    if known.count < needed { known += repeatElement(-2, count: max(needed, 2 * known.count) - known.count) }
    for k in words.indices {
      let word = words[k]
      let (id, found): (Int, Int32)
      if word.folded {
        // Already folded as written (most words): interned straight from the text.
        (id, found) = intern(text[word.range], lexicon: lexicon, known: &known)
      } else {
        var folded: [UInt8] = []
        swap(&folded, &cache.scratch)
        folded.removeAll(keepingCapacity: true)
        TextFold.fold(text, word.range, into: &folded)
        (id, found) = intern(folded[...], lexicon: lexicon, known: &known)
        swap(&folded, &cache.scratch)
      }
      all[base + k] = Int32(truncatingIfNeeded: id)
      lexical[k] = found
    }
    swap(&known, &cache.currentLexiconIDs)
    swap(&all, &state.allIDs)
    return TokenView(text: text, words: words, lexicon: lexical, base: base, paragraph: paragraph)
  }

  /// The table id and the lexicon id of the folded word `key`; `known` (per table id: the
  /// lexicon id, -2 when not looked up yet) has room for a new id.
  @inline(__always)
  mutating func intern(_ key: ArraySlice<UInt8>, lexicon: CompiledLexicon, known: inout [Int32]) -> (Int, Int32) {
    let hash = TokenTable.hash(key)
    let id = cache.table.id(of: key, hash: hash).id
    var found = known[id]
    if found == -2 {
      found = lexicon.id(of: key, hash: hash)
      known[id] = found
    }
    return (id, found)
  }

  mutating func titleMentions(_ title: String) {
    guard let lexicon = extractor.lexicon(for: document.language, document: document.language) else { return }
    let titleBytes = Array(title.utf8)
    let words = WordScanner.words(titleBytes, in: 0..<titleBytes.count)
    let view = makeView(text: titleBytes, words: words, lexicon: lexicon, paragraph: -1)
    titleView = view
    var k = 0
    while k < words.count {
      guard words[k].capitalized, !lexicon.flags(view.lexicon[k]).contains(.stopword) else { k += 1; continue }
      var e = k
      while e + 1 < words.count, words[e + 1].capitalized, words[e + 1].range.lowerBound - words[e].range.upperBound == 1,
        titleBytes[words[e].range.upperBound] == 0x20
      {
        e += 1
      }
      addMention(view, first: k, last: e, contextFrom: k, position: -1, lexicon: lexicon)
      k = e + 1
    }
  }

  /// Names outside quotes, for coreference.
  mutating func recordMentions(_ view: TokenView, quotes: [QuoteRaw], lexicon: CompiledLexicon) {
    let words = view.words
    let ids = view.lexicon
    var quoteIndex = 0
    var k = 0
    while k < words.count {
      let position = words[k].range.lowerBound
      while quoteIndex < quotes.count, quotes[quoteIndex].end <= position { quoteIndex += 1 }
      let inside = quoteIndex < quotes.count && quotes[quoteIndex].open <= position
      guard !inside, words[k].capitalized, lexicon.flags(ids[k]).isDisjoint(with: [.stopword, .startsPhrase, .verb])
      else { k += 1; continue }
      var e = k
      while e + 1 < words.count, words[e + 1].capitalized, !lexicon.isVerb(ids[e + 1]), contiguous(words, e, e + 1) { e += 1 }
      addMention(view, first: k, last: e, contextFrom: max(0, k - 4), position: position, lexicon: lexicon)
      // After a preposition the run is in an oblique case, unless it holds three words or more
      // and the name starts past the complement ("del Kremlin Vladímir Medinski").
      if k > 0, lexicon.flags(ids[k - 1]).contains(.preposition), contiguous(words, k - 1, k),
        e - k < 2 || state.mentions[state.mentions.count - 1].name.paragraph != view.paragraph
          || state.mentions[state.mentions.count - 1].name.first == k
      {
        state.mentions[state.mentions.count - 1].oblique = true
      }
      // A name the registry does not know that opens with a demonym or an adverb ("den Medien
      // der Russischen Föderation"): a place or a body in an oblique case, never whom "er" means.
      let added = state.mentions[state.mentions.count - 1]
      if added.entity == nil, added.name.paragraph == view.paragraph, lexicon.flags(ids[added.name.first]).contains(.nonSpeaker) {
        state.mentions[state.mentions.count - 1].oblique = true
      }
      // An instrument's name ("the treaty New Harbour") is never whom "he" or a dropped subject means.
      if added.entity == nil, namesInstrument(k, e, words: words, ids: ids, lexicon: lexicon) {
        state.mentions[state.mentions.count - 1].oblique = true
      }
      k = e + 1
    }
  }

  mutating func addMention(
    _ view: TokenView, first: Int, last: Int, contextFrom: Int, position: Int, lexicon: CompiledLexicon
  ) {
    let mention = makeMention(view, first: first, last: last, contextFrom: contextFrom, position: position, lexicon: lexicon)
    state.mentions.append(mention)
    index(mention)
  }

  /// A name from the run of capitalized words `first...last` of `view`: title words in front
  /// are dropped ("Russian Foreign Minister Sergey Lavrov" → "Sergey Lavrov"); organizations
  /// keep their whole name; a single word takes the full name of an earlier mention ending in
  /// it ("Lavrov" → "Sergey Lavrov"). The words from `contextFrom` up to `first` are the
  /// mention's context (title words before the name).
  mutating func makeMention(
    _ view: TokenView, first: Int, last: Int, contextFrom: Int, position: Int, lexicon: CompiledLexicon
  ) -> Mention {
    let language = document.language
    let count = last - first + 1
    func flags(_ k: Int) -> WordFlags { lexicon.flags(view.lexicon[first + k]) }
    // An organization when its last organization word comes after any title word ("Russian
    // Foreign Ministry"); "ICRC President Peter Maurer" is a person.
    var lastOrganization = -1
    var lastTitle = -1
    for k in 0..<count {
      let word = flags(k)
      if word.contains(.organization) || headedByOrganization(state.allIDs[view.base + first + k], lexicon: lexicon) {
        lastOrganization = k
      } else if word.contains(.title) {
        lastTitle = k
      }
    }
    // A title written right before the run ("Президент" read as a role): "Президент | Нордланда Пётр Ивов",
    // or joined to it by a title link and its article ("the spokesman of the | Ministry of
    // Defense of Ukraine Dmytro Lazutkin"; issue 16, fourteenth pass).
    var titleBefore = false
    if first > 0 {
      var k = first - 1
      while k > 0, k > first - 4, !lexicon.flags(view.lexicon[k]).isDisjoint(with: [.titleLink, .determiner]), contiguous(view.words, k, k + 1) {
        k -= 1
      }
      titleBefore = lexicon.flags(view.lexicon[k]).contains(.title) && contiguous(view.words, k, k + 1)
        && (k == first - 1 || lexicon.flags(view.lexicon[k + 1]).contains(.titleLink))
    }
    let isOrganization = lastOrganization >= 0 && lastOrganization > lastTitle
      && ((lastOrganization + 1)..<count).allSatisfy { !flags($0).isDisjoint(with: [.organization, .stopword]) }
    let context = (view.base + contextFrom)..<(view.base + last + 1)
    // The registry knows best: the longest resolvable stretch, suffixes first. A stretch is
    // looked up only when each of its words occurs in some registry form.
    // The words no registry form has: bits of a mask for names of up to 64 words (all but
    // absurd ones), else counts before each word.
    let small = count <= 64
    var mask: UInt64 = 0
    var before: [Int] = small ? [] : [Int](repeating: 0, count: count + 1)
    var unknownCount = 0
    for k in 0..<count {
      if !mayResolve(state.allIDs[view.base + first + k]) {
        unknownCount += 1
        if small { mask |= 1 << UInt64(k) }
      }
      if !small { before[k + 1] = unknownCount }
    }
    let unknownMask = mask
    let unknownBefore = before
    func allKnown(_ start: Int, _ length: Int) -> Bool {
      guard small else { return unknownBefore[start + length] == unknownBefore[start] }
      let bits: UInt64 = length == 64 ? ~0 : ((1 << UInt64(length)) - 1) << UInt64(start)
      return unknownMask & bits == 0
    }
    for length in stride(from: unknownCount == count ? 0 : count, through: 1, by: -1) {
      for start in stride(from: count - length, through: 0, by: -1) {
        guard allKnown(start, length) else { continue }
        // The folded words joined are the folded candidate: folding goes scalar by scalar.
        cache.scratch.removeAll(keepingCapacity: true)
        for k in start..<(start + length) {
          if k > start { cache.scratch.append(0x20) }
          cache.table.appendBytes(of: Int(state.allIDs[view.base + first + k]), to: &cache.scratch)
        }
        let entity = extractor.resolve(folded: cache.scratch, language) {
          view.name(first + start, first + start + length - 1)
        }
        if let entity {
          let organization = !entity.hasKind("person")
          // "International Criminal Court President Piotr Hofmanski": a body or a place the
          // registry knows, then a title and a name after it; the title's holder is named.
          if organization, start + length <= lastTitle, lastTitle > lastOrganization, lastTitle < count - 1 { continue }
          // "Президентка Швейцарії Віола Амгерд", "Глава МИД Венгрии Петер Сийярто": a title (in the
          // run or right before it), the place or body that qualifies it, and two words or more
          // after them that are neither titles nor institution words: the title's holder is named,
          // known or not.
          if organization, (0..<start).contains(where: { flags($0).contains(.title) }) || (start == 0 && titleBefore), start + length <= count - 2,
            ((start + length)..<count).allSatisfy({ flags($0).isDisjoint(with: [.title, .organization, .stopword]) })
          {
            continue
          }
          // "речник президента Володимира Зеленського Сергій Никифоров": a person the registry
          // records in an oblique case, then two words or more that are neither titles nor
          // institution words: the person qualifies a title, and the name after is its holder's.
          if !organization, start + length <= count - 2, extractor.isOblique(folded: cache.scratch),
            ((start + length)..<count).allSatisfy({ flags($0).isDisjoint(with: [.title, .organization, .stopword]) })
          {
            continue
          }
          let lastWord = state.allIDs[view.base + first + start + length - 1]
          if length == 1, let full = earlier(state.allIDs[view.base + first + start]) {
            return Mention(
              position: position, name: full.name, entity: entity, organization: organization, context: context,
              earlierContext: [], lastWord: full.lastWord)
          }
          return Mention(
            position: position, name: view.mentionName(first + start, first + start + length - 1), entity: entity,
            organization: organization, context: context, earlierContext: [], lastWord: lastWord)
        }
      }
    }
    if isOrganization {
      return Mention(
        position: position, name: view.mentionName(first, last), entity: nil, organization: true, context: context,
        earlierContext: [], lastWord: state.allIDs[view.base + last])
    }
    var start = 0
    for k in 0..<count where k + 1 < count {
      if !flags(k).isDisjoint(with: [.title, .organization]) { start = k + 1 }
    }
    if count - start > 2 { start = count - 2 }
    // "Jan van der Berg": the particles belong to the surname, and the given name before them.
    var particle = start
    if particle > 0, !flags(particle).contains(.nameParticle), flags(particle - 1).contains(.nameParticle) { particle -= 1 }
    while particle > 0, flags(particle - 1).contains(.nameParticle) { particle -= 1 }
    if flags(particle).contains(.nameParticle) {
      start = particle
      if start > 0, flags(start - 1).isDisjoint(with: [.title, .organization, .stopword]) { start -= 1 }
    }
    if count - start == 1, let full = earlier(state.allIDs[view.base + first + start]) {
      return Mention(
        position: position, name: full.name, entity: full.entity, organization: full.organization,
        context: context, earlierContext: full.earlierContext + [full.context], lastWord: full.lastWord)
    }
    return Mention(
      position: position, name: view.mentionName(first + start, last), entity: nil, organization: false, context: context,
      earlierContext: [], lastWord: state.allIDs[view.base + last])
  }

  /// Whether table word `id` is a compound whose head (its last part) is an organization word,
  /// where nouns compound (German "Südkommando" is a "Kommando").
  func headedByOrganization(_ id: Int32, lexicon: CompiledLexicon) -> Bool {
    guard !lexicon.organizationHeads.isEmpty else { return false }
    let word = cache.table.bytes(of: Int(id))
    return lexicon.organizationHeads.contains { head in word.count > head.count && word.suffix(head.count).elementsEqual(head) }
  }

  /// A mention's name as written, its words joined by single spaces.
  func text(of name: MentionName) -> String {
    guard let view = name.paragraph < 0 ? titleView : state.views[name.paragraph] else { return "" }
    return view.name(name.first, name.last)
  }

  /// Whether table word `id` occurs in some registry form (looked up once per word).
  mutating func mayResolve(_ id: Int32) -> Bool {
    let index = Int(id)
    if cache.inRegistry.count <= index { cache.inRegistry += repeatElement(-1, count: cache.table.count - cache.inRegistry.count) }
    if cache.inRegistry[index] < 0 {
      let known = extractor.mayResolve(word: cache.table.bytes(of: index))
      cache.inRegistry[index] = known ? 1 : 0
    }
    return cache.inRegistry[index] == 1
  }

  /// An earlier person mention whose name ends with table word `id`, or with its stem when
  /// inflected ("Лаврова" for "Лавров").
  func earlier(_ id: Int32) -> Mention? {
    guard !state.indexed.isEmpty else { return nil }
    if Int(id) < state.byLastWord.count, state.byLastWord[Int(id)] >= 0 { return state.indexed[Int(state.byLastWord[Int(id)])] }
    let bytes = cache.table.bytes(of: Int(id))
    let length = UTF8Bytes.scalarCount(bytes)
    guard length >= 4 else { return nil }
    for cut in 1...3 where length - cut >= 3 {
      let stem = dropLastScalars(bytes, cut)
      // No indexed stem has this many bytes: nothing to look up.
      guard stemSizes & (1 << UInt64(min(63, stem.count))) != 0 else { continue }
      if let stemID = cache.table.find(stem), stemID < state.byStem.count {
        let found = state.byStem[stemID]
        if found.mention >= 0, found.stemLength == length - cut, length - found.wordLength <= 2 {
          return state.indexed[Int(found.mention)]
        }
      }
    }
    return nil
  }

  /// Indexes a person mention of several words by its last word and that word's stem.
  mutating func index(_ mention: Mention) {
    // One word is never indexed.
    guard !mention.organization, mention.lastWord >= 0, mention.name.last > mention.name.first else { return }
    let slot = Int32(truncatingIfNeeded: state.indexed.count)
    state.indexed.append(mention)
    let last = Int(mention.lastWord)
    if last >= state.byLastWord.count { state.byLastWord += repeatElement(-1, count: last + 1 - state.byLastWord.count) }
    state.byLastWord[last] = slot
    let bytes = cache.table.bytes(of: last)
    let length = UTF8Bytes.scalarCount(bytes)
    if length >= 4 {
      let stem = dropLastScalars(bytes, 1)
      stemSizes |= 1 << UInt64(min(63, stem.count))
      let stemID = cache.table.id(of: stem).id
      if stemID >= state.byStem.count { state.byStem += repeatElement((mention: Int32(-1), stemLength: 0, wordLength: 0), count: stemID + 1 - state.byStem.count) }
      state.byStem[stemID] = (slot, length - 1, length)
    }
  }

  /// Whether the folded words of `mention`'s context, joined by spaces, contain `keyword`.
  static func contextContains(
    _ mention: Mention, _ keyword: [UInt8], table: TokenTable, ids: [Int32]
  ) -> Bool {
    guard !keyword.isEmpty else { return true }
    var joined: [UInt8] = []
    for range in mention.earlierContext + [mention.context] {
      for index in range {
        if !joined.isEmpty { joined.append(0x20) }
        joined.append(contentsOf: table.bytes(of: Int(ids[index])))
      }
    }
    guard joined.count >= keyword.count else { return false }
    for start in 0...(joined.count - keyword.count) where joined[start] == keyword[0] {
      var k = 1
      while k < keyword.count, joined[start + k] == keyword[k] { k += 1 }
      if k == keyword.count { return true }
    }
    return false
  }
}
