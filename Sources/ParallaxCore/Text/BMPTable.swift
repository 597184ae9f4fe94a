/// Builds the per-code-point tables over the Basic Multilingual Plane that ingest and language
/// detection look scalars up in (`ScalarFacts`, `LanguageDetector`).
///
/// Every entry comes from the standard library's Unicode properties, a binary search each, so
/// building a 65,536-entry table cost several milliseconds of every command's start-up. Most of
/// the plane is a handful of large blocks whose scalars all share their properties (CJK
/// ideographs, Hangul syllables, Yi syllables, private use): there the first scalar's answer is
/// computed and stands for the block. `BMPTableTests` checks, for every table, that this gives
/// exactly the table computed scalar by scalar.
enum BMPTable {
  /// Blocks whose scalars share general category, script, case (none) and the binary
  /// properties the tables record.
  static let uniformBlocks: [ClosedRange<UInt32>] = [
    0x3400...0x4DBF,  // CJK Unified Ideographs Extension A
    0x4E00...0x9FFF,  // CJK Unified Ideographs
    0xA000...0xA014,  // Yi syllables before the iteration mark
    0xA016...0xA48C,  // Yi syllables after it
    0xAC00...0xD7A3,  // Hangul syllables
    0xE000...0xF8FF,  // Private use
  ]

  /// A table whose entry for a scalar of a uniform block is the same for the whole block
  /// (flags, classes, script indexes). `value` gets each code point, surrogates included.
  static func make<T>(_ value: (UInt32) -> T) -> [T] {
    build(value) { first, _, _ in first }
  }

  /// A table mapping each code point to another (its lowercase, say): in a uniform block no
  /// scalar has a case mapping, so an entry that maps the block's first scalar to itself maps
  /// every scalar to itself, and any other answer stands for the whole block.
  static func makeMapping(_ value: (UInt32) -> UInt32) -> [UInt32] {
    build(value) { first, start, member in first == start ? member : first }
  }

  /// `repeating(first, start, member)`: the entry of `member` of the uniform block that starts
  /// at `start`, given the entry `first` computed for `start`.
  private static func build<T>(_ value: (UInt32) -> T, repeating: (T, UInt32, UInt32) -> T) -> [T] {
    var table: [T] = []
    table.reserveCapacity(0x10000)
    var code: UInt32 = 0
    var block = 0
    while code < 0x10000 {
      if block < uniformBlocks.count, code == uniformBlocks[block].lowerBound {
        let first = value(code)
        for member in uniformBlocks[block] { table.append(repeating(first, code, member)) }
        code = uniformBlocks[block].upperBound + 1
        block += 1
        continue
      }
      table.append(value(code))
      code += 1
    }
    return table
  }
}
