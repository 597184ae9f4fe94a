extension NameIndex {
  /// A trie over token keys. It is built with `insert` (a dictionary of edges per node) and
  /// then compiled into one table (`TrieTable`) that a cache file holds as it is: loading a
  /// compiled trie costs nothing per node, and a step is one probe of a hash table of edges.
  struct Trie: Sendable {
    private enum Storage: Sendable {
      /// Edges by word: match keys, all from one normalizer, so their bytes decide (`UTF8Key`).
      case building(children: [[UTF8Key: Int32]], terminals: [[Candidate]])
      case compiled(TrieTable)
    }

    private var storage: Storage

    /// An empty trie to insert into.
    init() { storage = .building(children: [[:]], terminals: [[]]) }

    /// A compiled trie over `table`.
    init(table: TrieTable) { storage = .compiled(table) }

    /// Adds the path of `keys` ending at `candidate` (once).
    mutating func insert(_ keys: [String], _ candidate: Candidate) {
      guard !keys.isEmpty else { return }
      guard case .building(var children, var terminals) = storage else {
        storage = Self.decompiled(storage)
        insert(keys, candidate)
        return
      }
      storage = .compiled(TrieTable.empty)  // lets the arrays be mutated in place
      var node = 0
      for key in keys.map(UTF8Key.init) {
        if let next = children[node][key] {
          node = Int(next)
        } else {
          children.append([:])
          terminals.append([])
          let next = children.count - 1
          children[node][key] = Int32(next)
          node = next
        }
      }
      if !terminals[node].contains(candidate) { terminals[node].append(candidate) }
      storage = .building(children: children, terminals: terminals)
    }

    /// The child of `node` along `key`, if there is one.
    @inline(__always)
    func step(_ node: Int, _ key: String) -> Int? {
      switch storage {
      case .compiled(let table): table.child(of: node, key)
      case .building(let children, _):
        node < children.count ? children[node][UTF8Key(key)].map(Int.init) : nil
      }
    }

    /// The candidates that end at each node.
    var terminals: Terminals {
      switch storage {
      case .compiled(let table): Terminals(storage: .compiled(table))
      case .building(_, let terminals): Terminals(storage: .building(terminals))
      }
    }

    /// The trie as a compiled table (itself when it already is one).
    func compiled() -> Trie {
      switch storage {
      case .compiled: self
      case .building(let children, let terminals):
        Trie(table: TrieTable(compiling: children, terminals: terminals))
      }
    }

    /// Whether every terminal candidate is one `isValid` accepts.
    func allTerminals(satisfy isValid: (Candidate) -> Bool) -> Bool {
      switch storage {
      case .compiled(let table): table.allTerminals(satisfy: isValid)
      case .building(_, let terminals): terminals.allSatisfy { $0.allSatisfy(isValid) }
      }
    }

    /// The compiled table's bytes, as a cache file holds them.
    var tableBytes: [UInt8] {
      guard case .compiled(let table) = compiled().storage else { return [] }
      return table.bytes
    }

    private static func decompiled(_ storage: Storage) -> Storage {
      guard case .compiled(let table) = storage else { return storage }
      let (children, terminals) = table.decompiled()
      return .building(children: children, terminals: terminals)
    }
  }

  /// The candidates ending at each node of a trie: `terminals[node]`.
  struct Terminals {
    fileprivate enum Storage {
      case building([[Candidate]])
      case compiled(TrieTable)
    }

    fileprivate let storage: Storage

    subscript(node: Int) -> Candidates {
      switch storage {
      case .building(let all): return Candidates(storage: .array(node >= 0 && node < all.count ? all[node] : []))
      case .compiled(let table):
        let range = table.terminalRange(of: node)
        return Candidates(storage: .table(table, range.lowerBound), count: range.count)
      }
    }
  }

  /// The candidates ending at one node, in the order they were inserted.
  struct Candidates: RandomAccessCollection {
    fileprivate enum Storage {
      case array([Candidate])
      case table(TrieTable, Int)
    }

    fileprivate let storage: Storage
    let endIndex: Int
    var startIndex: Int { 0 }

    fileprivate init(storage: Storage, count: Int? = nil) {
      self.storage = storage
      if case .array(let all) = storage { endIndex = all.count } else { endIndex = count ?? 0 }
    }

    subscript(position: Int) -> Candidate {
      switch storage {
      case .array(let all): all[position]
      case .table(let table, let first): table.terminal(first + position)
      }
    }
  }
}
