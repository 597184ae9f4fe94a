import ParallaxICU

func utf8Width(_ value: UInt32) -> Int { value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4 }

/// One clause of a unit: `count` token indexes from `start` in `tokens`.
struct Clause {
  let tokens: [Int]
  let start: Int
  let count: Int

  @inline(__always)
  subscript(_ index: Int) -> Int { tokens[start + index] }
}

/// The words of a paragraph (or a title): their ranges in `text`, their ids in the run's
/// table of folded words, and their ids in the paragraph's lexicon. A class: passed and kept
/// everywhere, and one reference is cheaper to copy than four arrays.
final class TokenView {
  let text: [UInt8]
  let words: [WordToken]
  let lexicon: [Int32]
  /// Where the words' table ids start in the run's `allIDs`.
  let base: Int
  /// The paragraph's index, or -1 for the title.
  let paragraph: Int

  init(text: [UInt8], words: [WordToken], lexicon: [Int32], base: Int, paragraph: Int) {
    self.text = text
    self.words = words
    self.lexicon = lexicon
    self.base = base
    self.paragraph = paragraph
  }

  /// Words `first...last` as a mention's name.
  func mentionName(_ first: Int, _ last: Int) -> MentionName {
    MentionName(paragraph: paragraph, first: first, last: last)
  }

  /// Words `first...last` as written, joined by single spaces.
  func name(_ first: Int, _ last: Int) -> String {
    var size = last - first
    for k in first...last { size += words[k].range.count }
    return String(unsafeUninitializedCapacity: size) { out in
      var n = 0
      for k in first...last {
        if k > first {
          out[n] = 0x20
          n += 1
        }
        for i in words[k].range {
          out[n] = text[i]
          n += 1
        }
      }
      return n
    }
  }
}

/// Valid UTF-8 `bytes` without their last `count` scalars.
func dropLastScalars(_ bytes: ArraySlice<UInt8>, _ count: Int) -> ArraySlice<UInt8> {
  var end = bytes.endIndex
  var dropped = 0
  while dropped < count, end > bytes.startIndex {
    end -= 1
    while end > bytes.startIndex, bytes[end] & 0xC0 == 0x80 { end -= 1 }
    dropped += 1
  }
  return bytes[bytes.startIndex..<end]
}

/// The arrays `describe` fills for every unit and clause, kept by the task between units.
struct DescribeScratch {
  var flat: [Int] = []
  var bounds: [Int] = []
  var phraseAt: [(kind: CompiledLexicon.PhraseKind, length: Int)?] = []
  var candidates: [(position: Int, candidate: Candidate)] = []
  var verbs: [Int] = []
  var cues: [(position: Int, relay: Bool, length: Int)] = []

  /// The arrays, emptied with their storage kept; the scratch itself is left empty.
  mutating func take() -> (
    flat: [Int], bounds: [Int], phraseAt: [(kind: CompiledLexicon.PhraseKind, length: Int)?],
    candidates: [(position: Int, candidate: Candidate)], verbs: [Int], cues: [(position: Int, relay: Bool, length: Int)]
  ) {
    var taken = DescribeScratch()
    swap(&taken, &self)
    taken.flat.removeAll(keepingCapacity: true)
    taken.bounds.removeAll(keepingCapacity: true)
    taken.phraseAt.removeAll(keepingCapacity: true)
    taken.candidates.removeAll(keepingCapacity: true)
    taken.verbs.removeAll(keepingCapacity: true)
    taken.cues.removeAll(keepingCapacity: true)
    return (taken.flat, taken.bounds, taken.phraseAt, taken.candidates, taken.verbs, taken.cues)
  }
}
