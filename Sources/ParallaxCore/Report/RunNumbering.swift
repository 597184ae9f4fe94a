/// Numbers distinct keys in the order they are first met, 0, 1, 2…: keys that come in runs (the
/// statements of one topic label, the ids of one stem) are numbered without a table lookup each.
struct RunNumbering<Key: Hashable> {
  private var numbers: [Key: Int] = [:]
  private var last: (key: Key, number: Int)?

  /// How many distinct keys have been numbered.
  var count: Int { numbers.count }

  /// The number of `key`, and whether it was met now for the first time.
  mutating func number(of key: Key) -> (number: Int, isNew: Bool) {
    if let last, last.key == key { return (last.number, false) }
    let found = numbers[key]
    let number = found ?? numbers.count
    if found == nil { numbers[key] = number }
    last = (key, number)
    return (number, found == nil)
  }

  /// The number of a key already numbered.
  func existing(_ key: Key) -> Int? { numbers[key] }
}
