/// The name index's flat tables besides the tries, each compiled into one block of bytes that
/// the names cache holds as it is (little-endian 32-bit words, read in place).
extension NameIndex {
  /// Per entity and variant, the form's `startsUppercase` and `allCaps` bits:
  /// `formFlags[entity][variant]`.
  ///
  /// Layout: `entityCount`, `entityCount + 1` starts into the flag bytes, the flag bytes.
  struct FormFlags: Sendable {
    private let buffer: ByteBuffer
    private let base: Int
    let byteCount: Int
    let entityCount: Int

    /// Compiles the flags of every entity's variants.
    init(_ flags: [[UInt8]]) {
      var w = ByteTableWriter()
      w.u32(flags.count)
      var start = 0
      for entity in flags {
        w.u32(start)
        start += entity.count
      }
      w.u32(start)
      for entity in flags { w.append(entity) }
      buffer = ByteBuffer(w.bytes)
      base = 0
      byteCount = buffer.count
      entityCount = flags.count
    }

    /// The table at `offset`, if it is well formed in its `length` bytes.
    init?(_ buffer: ByteBuffer, at offset: Int, length: Int) {
      let count = Int(buffer.u32(at: offset))
      let flagCount = Int(buffer.u32(at: offset + 4 + 4 * count))
      guard buffer.contains(offset, count: length), length >= 8, 8 + 4 * count + flagCount == length else { return nil }
      var previous = 0
      for entity in 0...count {
        let start = Int(buffer.u32(at: offset + 4 + 4 * entity))
        guard start >= previous, start <= flagCount else { return nil }
        previous = start
      }
      self.buffer = buffer
      self.base = offset
      self.byteCount = length
      self.entityCount = count
    }

    /// The table's bytes.
    var bytes: [UInt8] { buffer.array(at: base, count: byteCount) }

    /// The flags of `entity`'s variants (none for an entity out of range).
    subscript(entity: Int) -> VariantFlags {
      guard entity >= 0, entity < entityCount else { return VariantFlags(buffer: buffer, start: 0, count: 0) }
      let start = Int(buffer.u32(at: base + 4 + 4 * entity))
      let end = Int(buffer.u32(at: base + 8 + 4 * entity))
      return VariantFlags(buffer: buffer, start: base + 8 + 4 * entityCount + start, count: end - start)
    }
  }

  /// One entity's variant flags: `flags[variant]`, 0 for a variant out of range.
  struct VariantFlags {
    fileprivate let buffer: ByteBuffer
    fileprivate let start: Int
    let count: Int

    subscript(variant: Int) -> UInt8 {
      variant >= 0 && variant < count ? buffer.u8(at: start + variant) : 0
    }
  }

  /// A registered single-word form for the fuzzy matcher: its skeleton and what it stands for.
  struct FuzzyForm {
    let skeleton: [UInt8]
    let candidate: Candidate
  }

  /// The fuzzy matcher's forms, in the order the index found them.
  ///
  /// Layout: `count`, `count + 1` starts into the skeleton bytes, `count` × (entity, variant),
  /// the skeleton bytes.
  struct FuzzyForms: Sendable, RandomAccessCollection {
    private let buffer: ByteBuffer
    private let base: Int
    let byteCount: Int
    let endIndex: Int
    var startIndex: Int { 0 }

    /// Compiles `forms`.
    init(_ forms: [(skeleton: [UInt8], candidate: Candidate)]) {
      var w = ByteTableWriter()
      w.u32(forms.count)
      var start = 0
      for form in forms {
        w.u32(start)
        start += form.skeleton.count
      }
      w.u32(start)
      for form in forms {
        w.u32(form.candidate.entity)
        w.u32(form.candidate.variant)
      }
      for form in forms { w.append(form.skeleton) }
      buffer = ByteBuffer(w.bytes)
      base = 0
      byteCount = buffer.count
      endIndex = forms.count
    }

    /// The table at `offset`, if its sizes fit its `length` bytes.
    init?(_ buffer: ByteBuffer, at offset: Int, length: Int) {
      let count = Int(buffer.u32(at: offset))
      let skeletonBytes = Int(buffer.u32(at: offset + 4 + 4 * count))
      guard buffer.contains(offset, count: length), length >= 8,
        8 + 12 * count + skeletonBytes == length
      else { return nil }
      self.buffer = buffer
      self.base = offset
      self.byteCount = length
      self.endIndex = count
    }

    /// The table's bytes.
    var bytes: [UInt8] { buffer.array(at: base, count: byteCount) }

    private var candidates: Int { base + 8 + 4 * endIndex }

    subscript(position: Int) -> FuzzyForm {
      let start = Int(buffer.u32(at: base + 4 + 4 * position))
      let end = Int(buffer.u32(at: base + 8 + 4 * position))
      let skeletons = candidates + 8 * endIndex
      return FuzzyForm(
        skeleton: end >= start ? buffer.array(at: skeletons + start, count: end - start) : [],
        candidate: candidate(position))
    }

    /// The candidate of form `position`, without copying its skeleton.
    func candidate(_ position: Int) -> Candidate {
      Candidate(
        entity: Int(buffer.u32(at: candidates + 8 * position)), variant: Int(buffer.u32(at: candidates + 8 * position + 4)))
    }
  }

  /// The fuzzy forms that contain each trigram: `trigrams[gram]`, in form order.
  ///
  /// Layout: `gramCount`, the grams ascending, `gramCount + 1` starts into the postings, the
  /// postings (form indexes).
  struct Trigrams: Sendable {
    private let buffer: ByteBuffer
    private let base: Int
    let byteCount: Int
    private let gramCount: Int

    /// The trigrams of `forms`' skeletons.
    init(of forms: [(skeleton: [UInt8], candidate: Candidate)]) {
      var postings: [UInt32: [Int]] = [:]
      for (index, form) in forms.enumerated() {
        for gram in Set(NameTokenizer.trigrams(form.skeleton)) { postings[gram, default: []].append(index) }
      }
      let grams = postings.keys.sorted()
      var w = ByteTableWriter()
      w.u32(grams.count)
      for gram in grams { w.u32(Int(gram)) }
      var start = 0
      for gram in grams {
        w.u32(start)
        start += postings[gram]?.count ?? 0
      }
      w.u32(start)
      for gram in grams {
        for form in postings[gram] ?? [] { w.u32(form) }
      }
      buffer = ByteBuffer(w.bytes)
      base = 0
      byteCount = buffer.count
      gramCount = grams.count
    }

    /// The table at `offset`, if its sizes fit its `length` bytes.
    init?(_ buffer: ByteBuffer, at offset: Int, length: Int) {
      let count = Int(buffer.u32(at: offset))
      let postingCount = Int(buffer.u32(at: offset + 4 + 8 * count))
      guard buffer.contains(offset, count: length), length >= 8, 8 + 8 * count + 4 * postingCount == length else {
        return nil
      }
      self.buffer = buffer
      self.base = offset
      self.byteCount = length
      self.gramCount = count
    }

    /// The table's bytes.
    var bytes: [UInt8] { buffer.array(at: base, count: byteCount) }

    /// Whether every posting is a form index below `formCount` (checked once, when a cache is read).
    func allPostings(below formCount: Int) -> Bool {
      let starts = base + 4 + 4 * gramCount
      let postings = starts + 4 * (gramCount + 1)
      let count = Int(buffer.u32(at: starts + 4 * gramCount))
      return (0..<count).allSatisfy { Int(buffer.u32(at: postings + 4 * $0)) < formCount }
    }

    /// The forms containing `gram` (a binary search of the grams), nil when none does.
    subscript(gram: UInt32) -> Postings? {
      var low = 0
      var high = gramCount
      while low < high {
        let middle = (low + high) / 2
        if buffer.u32(at: base + 4 + 4 * middle) < gram { low = middle + 1 } else { high = middle }
      }
      guard low < gramCount, buffer.u32(at: base + 4 + 4 * low) == gram else { return nil }
      let starts = base + 4 + 4 * gramCount
      let postingCount = Int(buffer.u32(at: starts + 4 * gramCount))
      let start = min(Int(buffer.u32(at: starts + 4 * low)), postingCount)
      let end = min(Int(buffer.u32(at: starts + 4 * low + 4)), postingCount)
      return Postings(buffer: buffer, start: starts + 4 * (gramCount + 1) + 4 * start, count: max(0, end - start))
    }
  }

  /// The form indexes under one trigram.
  struct Postings: RandomAccessCollection, ExpressibleByArrayLiteral {
    private let buffer: ByteBuffer
    private let start: Int
    let endIndex: Int
    var startIndex: Int { 0 }

    fileprivate init(buffer: ByteBuffer, start: Int, count: Int) {
      self.buffer = buffer
      self.start = start
      self.endIndex = count
    }

    private static let none = ByteBuffer([])

    init(arrayLiteral forms: Int32...) {
      if forms.isEmpty {
        self.init(buffer: Self.none, start: 0, count: 0)
        return
      }
      var w = ByteTableWriter()
      for form in forms { w.u32(Int(form)) }
      self.init(buffer: ByteBuffer(w.bytes), start: 0, count: forms.count)
    }

    subscript(position: Int) -> Int32 { Int32(bitPattern: buffer.u32(at: start + 4 * position)) }
  }
}
