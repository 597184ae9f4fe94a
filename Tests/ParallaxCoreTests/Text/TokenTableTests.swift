import Testing
@testable import ParallaxCore

@Suite struct TokenTableTests {
  /// Words of one to twenty bytes from a fixed sequence (no randomness across runs).
  private func words(_ count: Int, seed: UInt64) -> [[UInt8]] {
    var state = seed
    var result: [[UInt8]] = []
    for _ in 0..<count {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let length = Int(state >> 59) % 20 + 1
      result.append((0..<length).map { k in UInt8(0x61 + Int((state >> UInt64(k * 3 % 58)) & 0x0F)) })
    }
    return result
  }

  @Test("a table written and read back finds every word at its id and refuses damaged bytes")
  func roundTrip() throws {
    var table = TokenTable(capacity: 4)
    let all = words(5_000, seed: 11)
    for word in all { _ = table.id(of: word) }
    var w = BinaryWriter()
    table.write(into: &w)
    var r = BinaryReader(ByteBuffer(w.bytes), range: 0..<w.bytes.count)
    let read = try TokenTable(reading: &r)
    #expect(r.isAtEnd)
    #expect(read.count == table.count)
    for word in all { #expect(read.find(word) == table.find(word)) }
    for word in words(1_000, seed: 12) { #expect(read.find(word) == table.find(word)) }
    // Cut short: refused.
    var short = w.bytes
    short.removeLast(table.length(of: 0) + 1)
    var damaged = BinaryReader(ByteBuffer(short), range: 0..<short.count)
    #expect(throws: BinaryReader.Damaged.self) { _ = try TokenTable(reading: &damaged) }
  }

  @Test("ids stay the same through growth, every word is found again, and absent words are not")
  func idsThroughGrowth() {
    var table = TokenTable(capacity: 4)
    var ids: [[UInt8]: Int] = [:]
    for word in words(20_000, seed: 7) {
      let (id, isNew) = word.withUnsafeBufferPointer { table.id(of: $0) }
      if let known = ids[word] {
        #expect(id == known && !isNew)
      } else {
        #expect(isNew && id == ids.count)
        ids[word] = id
      }
    }
    #expect(table.count == ids.count)
    for (word, id) in ids {
      #expect(table.find(word) == id)
      #expect(Array(table.bytes(of: id)) == word)
    }
    for word in words(2_000, seed: 99) where ids[word] == nil { #expect(table.find(word) == nil) }
    // One byte more or less is another word.
    for word in ids.keys.prefix(500) {
      let longer = word + [0x7A]
      if ids[longer] == nil { #expect(table.find(longer) == nil) }
      let shorter = Array(word.dropLast())
      if !shorter.isEmpty, ids[shorter] == nil { #expect(table.find(shorter) == nil) }
    }
    table.removeAll()
    #expect(table.count == 0)
    #expect(table.find(Array(ids.keys.first ?? [])) == nil)
  }

  @Test("tokens that share their first eight bytes, or differ in one byte of eight or fewer, stay apart")
  func sharedHeads() {
    var table = TokenTable(capacity: 4)
    let words = ["humanitar", "humanitas", "humanita", "humanit", "Kyiv", "Kyiw", "a", "b", "ab", "abcdefgh", "abcdefgi"]
    let ids = words.map { table.id(of: Array($0.utf8)) }
    #expect(Set(ids).count == words.count)
    for (word, id) in zip(words, ids) { #expect(table.find(Array(word.utf8)) == id, "\(word)") }
    #expect(table.find(Array("humanitax".utf8)) == nil)
    #expect(table.find(Array("Kyiv ".utf8)) == nil)
    // Lengths past what a slot records (255 bytes) are told apart by the bytes themselves.
    let long = [UInt8](repeating: 0x61, count: 300)
    let longer = [UInt8](repeating: 0x61, count: 556)
    let longID = table.id(of: long)
    let longerID = table.id(of: longer)
    #expect(longID != longerID)
    #expect(table.find(long) == longID && table.find(longer) == longerID)
    #expect(table.find([UInt8](repeating: 0x61, count: 301)) == nil)
  }

  @Test("the hash reads a token's last bytes as one little-endian word, whatever the length")
  func tailBytes() {
    let bytes: [UInt8] = (0..<24).map { UInt8(0xA0 + $0) }
    bytes.withUnsafeBytes { raw in
      guard let base = raw.baseAddress else { return }
      for count in 0...20 {
        // The bytes past the last whole eight, as the hash sees them.
        let start = count - count % 8
        var expected: UInt64 = 0
        for (k, byte) in bytes[start..<count].enumerated() { expected |= UInt64(byte) << UInt64(8 * k) }
        #expect(TokenTable.tail(base, from: start, count: count) == expected, "\(count) bytes")
      }
    }
  }

  @Test("a table's filter lets every word it holds through and turns most others away")
  func filter() {
    var table = TokenTable(capacity: 16)
    let held = words(3_000, seed: 5)
    for word in held { _ = word.withUnsafeBufferPointer { table.id(of: $0) } }
    let filter = table.filter()
    for word in held { #expect(word.withUnsafeBufferPointer { filter.mayContain(TokenTable.hash($0)) }) }
    var absent = 0
    var through = 0
    for word in words(20_000, seed: 11) where table.find(word) == nil {
      absent += 1
      if word.withUnsafeBufferPointer({ filter.mayContain(TokenTable.hash($0)) }) { through += 1 }
    }
    #expect(absent > 1_000)
    #expect(through * 10 < absent, "\(through) of \(absent) absent words let through")
    let empty = TokenTable.Filter(hashes: [])
    #expect(!held.contains { word in word.withUnsafeBufferPointer { empty.mayContain(TokenTable.hash($0)) } })
  }
}
