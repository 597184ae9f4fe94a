import Foundation
import Testing

@testable import ParallaxCore

/// Profiles keep their words as numbers in the process's vocabularies: equal words get equal
/// numbers from any thread, every number gives its word back, and a feature space interns a
/// stem by number or by text alike.
@Suite struct WordVocabularyTests {
  @Test("a word keeps its number, from any thread, and the number gives the word back")
  func numbersFromManyThreads() {
    let vocabulary = WordVocabulary()
    // Latin and Cyrillic words, each asked for many times from two threads at once.
    let words = (0..<2_000).map { $0 % 2 == 0 ? "слово\($0 % 500)" : "word\($0 % 700)" }
    let numbers = LockedNumbers(count: words.count)
    DispatchQueue.concurrentPerform(iterations: 2) { half in
      for index in stride(from: half, to: words.count, by: 2) { numbers.set(index, vocabulary.number(of: words[index])) }
    }
    for (index, word) in words.enumerated() {
      #expect(vocabulary[numbers.get(index)] == word)
      #expect(vocabulary.number(of: word) == numbers.get(index))
    }
    #expect(Set(words).count == Set((0..<words.count).map { numbers.get($0) }).count)
  }

  @Test("a profile made from stems and surfaces gives them back, in order")
  func profileWords() {
    let profile = StatementProfile(stems: ["gumani", "evakua"], stemSurfaces: ["гуманитарный", "evacuation"])
    #expect(profile.stems == ["gumani", "evakua"])
    #expect(profile.stemSurfaces == ["гуманитарный", "evacuation"])
    #expect(profile.words.map(\.stemText) == profile.stems)
  }

  @Test("a feature space gives a stem one id, asked by number or by text, and its text back")
  func featureSpaceWords() {
    var space = FeatureSpace()
    let entity = space.id(.entity, "place.kyiv")
    let byNumber = space.word(WordVocabulary.stems.number(of: "gumani"))
    let byText = space.id(.word, "gumani")
    #expect(byNumber == byText && byNumber != entity)
    #expect(space.text(of: byNumber) == "gumani" && space.text(of: entity) == "place.kyiv")
    #expect(space.stem(of: entity) == nil && space.kinds[Int(byNumber)] == .word)
    #expect(space.places == [true, false])
  }
}

/// Numbers written by two threads to distinct slots, read after both have finished.
private final class LockedNumbers: @unchecked Sendable {
  private let lock = NSLock()
  private var values: [UInt32]
  init(count: Int) { values = Array(repeating: 0, count: count) }
  func set(_ index: Int, _ value: UInt32) { lock.withLock { values[index] = value } }
  func get(_ index: Int) -> UInt32 { lock.withLock { values[index] } }
}
