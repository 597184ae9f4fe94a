import Foundation
import Testing

@testable import ParallaxCore

/// The name matcher's rules of issue 17 on the shipped registry and matching data: an ordinary
/// word that is also a short name, a word on a plural name's stem, a sentence's first word, and
/// Polish and German case forms. Sentences written for these tests.
@Suite struct NameMatchingRulesTests {
  static let setup: NameSetup? = try? NameSetup.load(from: CLI.data)

  /// The entities named in `text`, linked (not suggestions), in order.
  func linked(_ text: String, _ setup: NameSetup? = Self.setup) throws -> [String] {
    let setup = try #require(setup)
    return try setup.makeMatcher().mentions(in: text).filter { !$0.isSuggestion }.map(\.entity.rawValue)
  }

  @Test("the word 'rada' does not link to the Verkhovna Rada unless a word of parliamentary business is near")
  func radaNeedsACue() throws {
    #expect(try !linked("Rada miasta zebrała się w poniedziałek.").contains("org.verkhovna-rada"))
    #expect(try !linked("Рада оборони міста зібралася вранці.").contains("org.verkhovna-rada"))
    #expect(try !linked("Рада, что всё закончилось, сказала она.").contains("org.verkhovna-rada"))
    #expect(try linked("The Rada voted on the bill late on Tuesday.") == ["org.verkhovna-rada"])
    #expect(try linked("Рада ухвалила закон, депутати проголосували одностайно.") == ["org.verkhovna-rada"])
    // The full names need no cue.
    #expect(try linked("Rada Najwyższa zebrała się w poniedziałek.") == ["org.verkhovna-rada"])
  }

  @Test("a word on a plural name's stem with a singular ending is another word; plural endings are the name")
  func pluralNamesDeclineAsPlurals() throws {
    #expect(try linked("Кринка стояла на столі.").isEmpty)
    #expect(try linked("Сума виплат зросла.").isEmpty)
    #expect(try linked("Бої за Кринками тривають.") == ["place.krynky"])
    #expect(try linked("Над Сумами збили дрон.") == ["place.sumy"])
  }

  @Test("a sentence's first word is no near miss of a name; mid-sentence, or looked up as a name, it is")
  func sentenceStartIsNoEvidence() throws {
    #expect(try linked("Zapora pękła w nocy.").isEmpty)
    #expect(try linked("Prigione e tribunale restano chiusi.").isEmpty)
    #expect(try linked("Die Truppen erreichten Woltschansk am Morgen.") == ["place.vovchansk"])
    // An adjective of the nearest name is capitalized anyway: it still names the place.
    #expect(try linked("Каховская плотина разрушена ночью.") == ["place.kakhovka"])
    let matcher = try #require(Self.setup).makeMatcher()
    #expect(try matcher.lookup("Woltschansk")?.entity == "place.vovchansk")
    #expect(try matcher.lookup("Woltschansk")?.isSuggestion == false)
  }

  @Test("a near miss links only within a few edits: a word that shares a name's start is at most a suggestion")
  func nearMissNeedsFewEdits() throws {
    // "Staudamms" (the dam's) shares the start of "Staatsduma" and scored above the link
    // threshold, six edits away.
    #expect(try !linked("Die Zerstörung des Staudamms wurde am Dienstag gemeldet.").contains("org.state-duma"))
    let matcher = try #require(Self.setup).makeMatcher()
    #expect(try matcher.lookup("Staudamms")?.isSuggestion ?? true)
    // A misspelling one or two letters off still links.
    #expect(try linked("Die Truppen erreichten Woltschansk am Morgen.") == ["place.vovchansk"])
    #expect(NameTokenizer.editDistance(Array("staudamms".utf8), Array("staatsduma".utf8)) == 6)
    #expect(NameTokenizer.editDistance(Array("kyiv".utf8), Array("kiev".utf8)) == 2)
    #expect(NameTokenizer.editDistance([], Array("abc".utf8)) == 3)
  }

  @Test("Polish and German case forms of registered names are found, as inflected", arguments: [
    ("Jewgienijem Prigożynem", "person.yevgeny-prigozhin"), ("Bachmucie", "place.bakhmut"),
    ("Donieckiem", "place.donetsk"), ("Kijowem", "place.kyiv"), ("Selenskyjs", "person.volodymyr-zelensky"),
    ("Russlands", "place.russia"),
  ])
  func latinCaseForms(_ form: String, _ entity: String) throws {
    let setup = try #require(Self.setup)
    let mention = try #require(try setup.makeMatcher().lookup(form))
    #expect(mention.entity.rawValue == entity)
    #expect(mention.match == .inflected)
    #expect(!mention.isSuggestion)
  }

  @Test("Latin case endings belong to their language: a Polish ending on an English form is not a case form")
  func endingsKeepTheirLanguage() throws {
    // "Kyiv" is registered in English only; Polish endings are generated from Polish forms (Kijów).
    let matcher = try #require(Self.setup).makeMatcher()
    #expect(try matcher.lookup("Kyivem")?.match != .inflected)
    #expect(try matcher.lookup("Kijowem")?.match == .inflected)
  }

  @Test("the names cache keeps the ordinary-word rules, paradigms and case endings")
  func cacheKeepsTheRules() throws {
    let setup = try #require(Self.setup)
    let read = try NameSetup(cache: ByteBuffer(setup.cacheBytes()), eagerEntityLimit: NameSetup.eagerEntityLimit)
    #expect(read.registry.ambiguities == setup.registry.ambiguities)
    #expect(read.registry.ambiguities.contains { $0.form == "Rada" && !$0.ordinaryWordIn.isEmpty })
    #expect(read.index.profiles == setup.index.profiles)
    #expect(read.index.profiles["pl"]?.latinEndings.isEmpty == false)
    #expect(read.index.profiles["uk"]?.paradigms.isEmpty == false)
    for text in ["Rada miasta zebrała się.", "The Rada voted.", "Кринка стояла.", "Бої за Кринками.", "Prigożynem"] {
      #expect(try linked(text, read) == linked(text, setup))
    }
  }
}

/// `names lookup` on a short form that is an ordinary word too.
@Suite struct NamesLookupOrdinaryWordTests {
  @Test("names lookup reads 'Rada' as the name, says why it names nothing in a sentence without a cue, and which cue links it")
  func ordinaryWordExplained() throws {
    let alone = try CLI.run(["names", "lookup", "Rada"])
    #expect(alone.status == 0)
    #expect(alone.stdout.contains("entity:    org.verkhovna-rada"))
    #expect(alone.stdout.contains("decided:   read as a name; in text a word in pl, cs, sk, uk, ru, which names org.verkhovna-rada only with a cue nearby"))
    let word = try CLI.run(["names", "lookup", "Rada", "--context", "Rada miasta zebrała się w poniedziałek."])
    #expect(word.stdout.contains("match: none\n  ordinary:  a word in pl, cs, sk, uk, ru; names org.verkhovna-rada only with a cue nearby"))
    let cued = try CLI.run(["names", "lookup", "Rada", "--context", "The Rada voted on the bill late on Tuesday."])
    #expect(cued.stdout.contains("entity:    org.verkhovna-rada"))
    #expect(cued.stdout.contains("decided:   cue 'voted' near the name picks org.verkhovna-rada"))
  }
}
