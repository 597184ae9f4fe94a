import Testing

@testable import ParallaxCore

/// The name index's compiled tables against the dictionaries and arrays they are built from.
@Suite struct NameIndexTableTests {
  typealias Candidate = NameIndex.Candidate

  static let paths: [([String], Candidate)] = [
    (["kyiv"], Candidate(entity: 0, variant: 0)),
    (["kiev"], Candidate(entity: 0, variant: 1)),
    (["київ"], Candidate(entity: 0, variant: 2)),
    (["rostov", "na", "donu"], Candidate(entity: 1, variant: 0)),
    (["rostov"], Candidate(entity: 2, variant: 0)),
    (["rostov"], Candidate(entity: 1, variant: 1)),
    (["rostov"], Candidate(entity: 2, variant: 0)),  // a repeat is kept once
  ]

  static func built() -> NameIndex.Trie {
    var trie = NameIndex.Trie()
    for (keys, candidate) in paths { trie.insert(keys, candidate) }
    return trie
  }

  /// Every node reachable along `words` from the root, with its candidates.
  static func walk(_ trie: NameIndex.Trie, _ words: [String]) -> [Candidate]? {
    var node = 0
    for word in words {
      guard let next = trie.step(node, word) else { return nil }
      node = next
    }
    return Array(trie.terminals[node])
  }

  @Test("a compiled trie steps and ends as the trie it was built from")
  func compiledTrie() throws {
    let built = Self.built()
    let compiled = built.compiled()
    let probes: [[String]] = [
      ["kyiv"], ["kiev"], ["київ"], ["rostov"], ["rostov", "na"], ["rostov", "na", "donu"], ["na"], ["kyi"],
      ["kyivv"], ["ки\u{0456}\u{0308}в"], [""],
    ]
    for words in probes {
      #expect(Self.walk(compiled, words) == Self.walk(built, words), "\(words)")
    }
    #expect(Self.walk(compiled, ["rostov"]) == [Candidate(entity: 2, variant: 0), Candidate(entity: 1, variant: 1)])
    #expect(Self.walk(compiled, ["rostov", "na"]) == [])
    #expect(compiled.step(99, "kyiv") == nil)
    #expect(compiled.terminals[99].isEmpty)
  }

  @Test("a compiled trie read from its bytes is the same trie; a wrong length is refused")
  func bytes() throws {
    let bytes = Self.built().tableBytes
    let buffer = ByteBuffer([0xAA] + bytes)
    let table = try #require(TrieTable(buffer, at: 1, length: bytes.count))
    let read = NameIndex.Trie(table: table)
    #expect(Self.walk(read, ["rostov", "na", "donu"]) == [Candidate(entity: 1, variant: 0)])
    #expect(TrieTable(buffer, at: 1, length: bytes.count - 1) == nil)
    #expect(TrieTable(buffer, at: 2, length: bytes.count) == nil)
    #expect(TrieTable(ByteBuffer(Array(bytes.prefix(12))), at: 0, length: 12) == nil)
  }

  @Test("inserting into a compiled trie keeps what it had")
  func insertAfterCompiling() {
    var trie = Self.built().compiled()
    trie.insert(["lviv"], Candidate(entity: 3, variant: 0))
    #expect(Self.walk(trie, ["lviv"]) == [Candidate(entity: 3, variant: 0)])
    #expect(Self.walk(trie, ["rostov", "na", "donu"]) == [Candidate(entity: 1, variant: 0)])
    #expect(Self.walk(trie.compiled(), ["київ"]) == [Candidate(entity: 0, variant: 2)])
  }

  @Test("form flags, fuzzy forms and trigrams read back as compiled and from their bytes")
  func tables() throws {
    let flags = NameIndex.FormFlags([[1, 0, 3], [], [2]])
    #expect(flags[0][2] == 3)
    #expect(flags[1].count == 0)
    #expect(flags[2][0] == 2)
    #expect(flags[2][1] == 0)
    #expect(flags[7].count == 0)
    let flagBytes = ByteBuffer(flags.bytes)
    let readFlags = try #require(NameIndex.FormFlags(flagBytes, at: 0, length: flagBytes.count))
    #expect(readFlags[0][2] == 3)
    #expect(NameIndex.FormFlags(flagBytes, at: 0, length: flagBytes.count - 1) == nil)

    let skeletons: [(skeleton: [UInt8], candidate: Candidate)] = [
      (Array("kharkiv".utf8), Candidate(entity: 0, variant: 1)),
      (Array("kherson".utf8), Candidate(entity: 1, variant: 0)),
      (Array("harkov".utf8), Candidate(entity: 0, variant: 3)),
    ]
    let forms = NameIndex.FuzzyForms(skeletons)
    #expect(forms.count == 3)
    #expect(forms[1].skeleton == Array("kherson".utf8))
    #expect(forms[2].candidate == Candidate(entity: 0, variant: 3))
    let formBytes = ByteBuffer(forms.bytes)
    let readForms = try #require(NameIndex.FuzzyForms(formBytes, at: 0, length: formBytes.count))
    #expect(readForms.map(\.skeleton) == skeletons.map(\.skeleton))

    let trigrams = NameIndex.Trigrams(of: skeletons)
    var expected: [UInt32: [Int32]] = [:]
    for (index, form) in skeletons.enumerated() {
      for gram in Set(NameTokenizer.trigrams(form.skeleton)) { expected[gram, default: []].append(Int32(index)) }
    }
    for (gram, postings) in expected { #expect(trigrams[gram].map(Array.init) == postings) }
    #expect(trigrams[0] == nil)
    #expect(Array(trigrams[0] ?? []) == [])
    #expect(trigrams.allPostings(below: 3))
    #expect(!trigrams.allPostings(below: 2))
    let gramBytes = ByteBuffer(trigrams.bytes)
    #expect(NameIndex.Trigrams(gramBytes, at: 0, length: gramBytes.count + 4) == nil)
  }
}
