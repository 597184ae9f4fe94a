import ParallaxICU

/// The byte-level kernel of `LanguageDetector`: one pass over a paragraph's UTF-8 that counts
/// letters by script and by profile slot and finds the function words, with its tallies on
/// the stack. What the counts mean (which language wins) stays in `LanguageDetector.decide`.
extension LanguageDetector {
  /// The language and scripts of `text`.
  public func detect(_ text: some StringProtocol) -> Result {
    if let result = text.utf8.withContiguousStorageIfAvailable({ detect(utf8: $0) }) { return result }
    return Array(text.utf8).withUnsafeBufferPointer { detect(utf8: $0) }
  }

  /// The language and scripts of the valid UTF-8 text in `bytes`.
  func detect(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Result {
    // The tallies live on the stack: per script, per letter slot + 1 (index 0, the letters no
    // profile mentions, stays unused), per function word, per profile. Each stays within the
    // 1 KB that Swift always places on the stack (32-bit counts: a sample holds at most
    // `sampleLimit` scalars); a larger one is allocated, and works the same.
    withUnsafeTemporaryAllocation(of: Int32.self, capacity: Self.scriptTable.names.count) { scriptTally in
      withUnsafeTemporaryAllocation(of: Int32.self, capacity: slots.count + 1) { slotTally in
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: functionWords.keyCount) { wordTally in
          // The function words seen, in the order first seen: a paragraph has a few of the
          // hundreds there are, and only those are added up.
          withUnsafeTemporaryAllocation(of: Int32.self, capacity: functionWords.keyCount) { seenWords in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: profiles.count) { wordHits in
              scriptTally.initialize(repeating: 0)
              slotTally.initialize(repeating: 0)
              wordTally.initialize(repeating: 0)
              wordHits.initialize(repeating: 0)
              let (otherScripts, seenCount) = facts.withUnsafeBufferPointer { facts in
                scan(bytes, facts: facts, scriptTally: scriptTally, slotTally: slotTally, wordTally: wordTally, seenWords: seenWords)
              }
              for k in seenWords[..<seenCount] {
                let hits = Int(wordTally[Int(k)])
                for holder in functionWords.holders(of: Int(k)) { wordHits[Int(holder)] += hits }
              }
              return decide(
                scriptTally: scriptTally, otherScripts: otherScripts, slotTally: slotTally,
                wordHits: wordHits)
            }
          }
        }
      }
    }
  }

  /// Counts the letters of `bytes` (up to `sampleLimit` scalars) by script and by slot, and
  /// the function words by index, listing each function word in `seenWords` when first seen;
  /// returns the counts of scripts beyond the BMP and how many function words were seen.
  private func scan(
    _ bytes: UnsafeBufferPointer<UInt8>, facts: UnsafeBufferPointer<UInt64>, scriptTally: UnsafeMutableBufferPointer<Int32>,
    slotTally: UnsafeMutableBufferPointer<Int32>, wordTally: UnsafeMutableBufferPointer<Int32>,
    seenWords: UnsafeMutableBufferPointer<Int32>
  ) -> ([String: Int], Int) {
    var otherScripts: [String: Int] = [:]
    var seenCount = 0
    func count(_ k: Int) {
      if wordTally[k] == 0 {
        seenWords[seenCount] = Int32(truncatingIfNeeded: k)
        seenCount &+= 1
      }
      wordTally[k] &+= 1
    }
    let useTable = slots.count < 0xFFFF
    let longest = functionWords.longest
    let bits = functionWords.bits
    let codeMask: UInt64 = (1 << UInt64(bits)) - 1
    var word = FunctionWordTable.Key()
    // Where the first `sampleLimit` scalars end: the loop then counts bytes, not scalars.
    var end = bytes.count
    if end > max(0, sampleLimit) {
      var scalars = 0
      end = 0
      while end < bytes.count {
        if bytes[end] & 0xC0 != 0x80 {
          if scalars >= sampleLimit { break }
          scalars += 1
        }
        end += 1
      }
    }
    var runScript = 0
    var runLength = 0
    var i = 0
    while i < end {
      var value = UInt32(bytes[i])
      if value < 0x80 {
        i &+= 1
      } else {
        let (decoded, width) = decodeUTF8Scalar(bytes, at: i)
        value = decoded
        i &+= width
      }
      if value < 0x10000 {
        let fact = facts[Int(value)]
        if fact != 0 {
          let slot = Int(truncatingIfNeeded: (fact &>> 21) & 0xFFFF)
          // Most letters have no slot: counting only the others keeps the loop free of a
          // chain of stores to one counter.
          if slot != 0 {
            slotTally[slot] &+= 1
          } else if _slowPath(!useTable || fact & 0x1F_FFFF >= 0x10000), let slot = slots[UInt32(truncatingIfNeeded: fact & 0x1F_FFFF)] {
            slotTally[slot + 1] &+= 1
          }
          // Letters come in runs of one script: counted in a register, not in memory.
          let script = Int(truncatingIfNeeded: (fact &>> 37) & 0xFF)
          if script == runScript {
            runLength &+= 1
          } else {
            if runLength > 0 { scriptTally[runScript] &+= Int32(truncatingIfNeeded: runLength) }
            runScript = script
            runLength = 1
          }
          FunctionWordTable.append((fact &>> 45) & codeMask, to: &word, bits: bits)
          continue
        }
      } else if let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic {
        if let slot = slots[value] { slotTally[slot + 1] &+= 1 }
        otherScripts[ScriptRuns.script(of: scalar), default: 0] += 1
        FunctionWordTable.append(UInt64(functionWords.code(of: value)), to: &word, bits: bits)
        continue
      }
      // Not a letter: the word before it ends. Function words are short; longer words never
      // decide a language here.
      if word.count > 0 {
        if word.count <= longest {
          let k = functionWords.index(of: word)
          if k >= 0 { count(k) }
        }
        word = FunctionWordTable.Key()
      }
    }
    if word.count > 0, word.count <= longest {
      let k = functionWords.index(of: word)
      if k >= 0 { count(k) }
    }
    if runLength > 0 { scriptTally[runScript] &+= Int32(truncatingIfNeeded: runLength) }
    return (otherScripts, seenCount)
  }
}
