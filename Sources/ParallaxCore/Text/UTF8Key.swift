import Foundation

/// A string that a dictionary hashes and compares by its UTF-8 bytes.
///
/// `String`'s own hashing and equality follow canonical equivalence: for text outside ASCII
/// each hash normalizes on the fly, which dominates lookups of Cyrillic words. Keys that one
/// normalizer produced (match keys, folded words) are already in one form, so their bytes
/// decide equality and the normalization is wasted work; this key skips it.
///
/// ```swift
/// var facts: [UTF8Key: Int] = [:]
/// facts[UTF8Key("київ")] = 1
/// facts[UTF8Key("київ")]   // 1
/// ```
struct UTF8Key: Hashable, Sendable {
  let text: String

  init(_ text: String) { self.text = text }

  static func == (a: UTF8Key, b: UTF8Key) -> Bool {
    guard a.text.utf8.count == b.text.utf8.count else { return false }
    var (x, y) = (a.text, b.text)
    return x.withUTF8 { p in y.withUTF8 { q in p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0 } }
  }

  func hash(into hasher: inout Hasher) {
    var text = text
    text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }
}
