/// A compiled trie in one block of bytes, as the names cache stores it: little-endian 32-bit
/// words, read in place.
///
/// ```
/// header      nodeCount edgeCount slotCount terminalCount keyByteCount
/// starts      nodeCount + 1 words: node n's candidates are terminals[starts[n]..<starts[n+1]]
/// terminals   terminalCount × (entity, variant)
/// edges       edgeCount × (parent, child, keyOffset, keyLength), by parent, then key bytes
/// slots       slotCount words (a power of two): edge index + 1, or 0 for an empty slot;
///             an edge sits at XXH64(key, seed: parent) or after it (linear probing)
/// keys        the edges' key bytes
/// ```
struct TrieTable: Sendable {
  private let buffer: ByteBuffer
  private let base: Int
  let byteCount: Int
  let nodeCount: Int
  let edgeCount: Int
  let terminalCount: Int
  private let slotMask: Int
  private let starts: Int
  private let terminals: Int
  private let edges: Int
  private let slots: Int
  private let keys: Int

  static let headerSize = 20

  /// The table at `offset` in `buffer`, if its header fits the `length` bytes it is given.
  init?(_ buffer: ByteBuffer, at offset: Int, length: Int) {
    guard buffer.contains(offset, count: length), length >= Self.headerSize else { return nil }
    let nodes = Int(buffer.u32(at: offset))
    let edges = Int(buffer.u32(at: offset + 4))
    let slots = Int(buffer.u32(at: offset + 8))
    let terminals = Int(buffer.u32(at: offset + 12))
    let keyBytes = Int(buffer.u32(at: offset + 16))
    let size = Self.headerSize + 4 * (nodes + 1) + 8 * terminals + 16 * edges + 4 * slots + keyBytes
    guard nodes >= 1, slots >= 1, slots & (slots - 1) == 0, slots >= edges, size == length else { return nil }
    self.init(buffer, offset, nodes, edges, slots, terminals, length)
  }

  private init(_ buffer: ByteBuffer, _ base: Int, _ nodes: Int, _ edges: Int, _ slots: Int, _ terminals: Int, _ length: Int) {
    self.buffer = buffer
    self.base = base
    self.byteCount = length
    self.nodeCount = nodes
    self.edgeCount = edges
    self.terminalCount = terminals
    self.slotMask = slots - 1
    self.starts = base + Self.headerSize
    self.terminals = starts + 4 * (nodes + 1)
    self.edges = self.terminals + 8 * terminals
    self.slots = self.edges + 16 * edges
    self.keys = self.slots + 4 * slots
  }

  /// A table with the root node only.
  static let empty = TrieTable(compiling: [[:]], terminals: [[]])

  /// Compiles the trie a `NameIndex.Trie` built: nodes keep their numbers.
  init(compiling children: [[UTF8Key: Int32]], terminals: [[NameIndex.Candidate]]) {
    var edgeList: [(parent: Int, child: Int, key: [UInt8])] = []
    for (parent, edges) in children.enumerated() {
      let sorted = edges.sorted { $0.key.text.utf8.lexicographicallyPrecedes($1.key.text.utf8) }
      for (key, child) in sorted { edgeList.append((parent, Int(child), Array(key.text.utf8))) }
    }
    var slotCount = 2
    while slotCount < edgeList.count * 2 { slotCount *= 2 }
    var slots = [Int](repeating: 0, count: slotCount)
    for (index, edge) in edgeList.enumerated() {
      var slot = Int(ByteHash.hash(edge.key, seed: UInt64(edge.parent)) & UInt64(slotCount - 1))
      while slots[slot] != 0 { slot = (slot + 1) & (slotCount - 1) }
      slots[slot] = index + 1
    }
    var w = ByteTableWriter()
    let terminalCount = terminals.reduce(0) { $0 + $1.count }
    let keyBytes = edgeList.reduce(0) { $0 + $1.key.count }
    for word in [children.count, edgeList.count, slotCount, terminalCount, keyBytes] { w.u32(word) }
    var start = 0
    for node in terminals {
      w.u32(start)
      start += node.count
    }
    w.u32(start)
    for node in terminals {
      for candidate in node {
        w.u32(candidate.entity)
        w.u32(candidate.variant)
      }
    }
    var keyOffset = 0
    for edge in edgeList {
      for word in [edge.parent, edge.child, keyOffset, edge.key.count] { w.u32(word) }
      keyOffset += edge.key.count
    }
    for slot in slots { w.u32(slot) }
    for edge in edgeList { w.append(edge.key) }
    let buffer = ByteBuffer(w.bytes)
    self.init(buffer, 0, children.count, edgeList.count, slotCount, terminalCount, buffer.count)
  }

  /// The table's bytes.
  var bytes: [UInt8] { buffer.array(at: base, count: byteCount) }

  /// The child of `node` along `key`: one hash, then a probe of the slots.
  @inline(__always)
  func child(of node: Int, _ key: String) -> Int? {
    guard node >= 0, node < nodeCount, edgeCount > 0 else { return nil }
    var slot = Int(ByteHash.hash(key, seed: UInt64(node)) & UInt64(slotMask))
    for _ in 0...slotMask {
      let entry = Int(buffer.u32(at: slots + 4 * slot))
      guard entry > 0, entry <= edgeCount else { return nil }
      let edge = edges + 16 * (entry - 1)
      if Int(buffer.u32(at: edge)) == node,
        buffer.equals(at: keys + Int(buffer.u32(at: edge + 8)), count: Int(buffer.u32(at: edge + 12)), key)
      {
        let child = Int(buffer.u32(at: edge + 4))
        return child < nodeCount ? child : nil
      }
      slot = (slot + 1) & slotMask
    }
    return nil
  }

  /// Where `node`'s candidates lie in the terminal list (empty for a node out of range).
  func terminalRange(of node: Int) -> Range<Int> {
    guard node >= 0, node < nodeCount else { return 0..<0 }
    let low = min(Int(buffer.u32(at: starts + 4 * node)), terminalCount)
    let high = min(Int(buffer.u32(at: starts + 4 * node + 4)), terminalCount)
    return low..<max(low, high)
  }

  /// Terminal `index` of the list.
  func terminal(_ index: Int) -> NameIndex.Candidate {
    NameIndex.Candidate(
      entity: Int(buffer.u32(at: terminals + 8 * index)), variant: Int(buffer.u32(at: terminals + 8 * index + 4)))
  }

  /// Whether every terminal names a variant `isValid` accepts (checked once, when a cache is read).
  func allTerminals(satisfy isValid: (NameIndex.Candidate) -> Bool) -> Bool {
    (0..<terminalCount).allSatisfy { isValid(terminal($0)) }
  }

  /// The trie as `insert` builds it, for adding to a compiled trie.
  func decompiled() -> (children: [[UTF8Key: Int32]], terminals: [[NameIndex.Candidate]]) {
    var children = [[UTF8Key: Int32]](repeating: [:], count: nodeCount)
    for index in 0..<edgeCount {
      let edge = edges + 16 * index
      let parent = Int(buffer.u32(at: edge))
      let child = Int(buffer.u32(at: edge + 4))
      guard parent < nodeCount, child < nodeCount else { continue }
      let key = buffer.string(at: keys + Int(buffer.u32(at: edge + 8)), count: Int(buffer.u32(at: edge + 12)))
      children[parent][UTF8Key(key)] = Int32(child)
    }
    let terminals = (0..<nodeCount).map { node in terminalRange(of: node).map { terminal($0) } }
    return (children, terminals)
  }
}
