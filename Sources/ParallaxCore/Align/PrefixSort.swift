extension Array {
  /// Puts the `count` first elements by `areInIncreasingOrder` at the front, in that order,
  /// and leaves the rest in an unspecified order: the first `count` elements of `sorted(by:)`
  /// in O(n + count log count) rather than O(n log n).
  ///
  /// `areInIncreasingOrder` must be a strict total order (no two elements equivalent), so that
  /// the prefix is the same as a full sort's.
  ///
  /// ```swift
  /// var scores = [5, 1, 4, 2, 3]
  /// scores.sortPrefix(2, by: >)   // scores[..<2] == [5, 4]
  /// ```
  mutating func sortPrefix(_ count: Int, by areInIncreasingOrder: (Element, Element) -> Bool) {
    guard count < self.count else {
      sort(by: areInIncreasingOrder)
      return
    }
    guard count > 0 else { return }
    // Quickselect: narrow to the part that holds the boundary between the prefix and the rest.
    let boundary = count - 1
    var low = 0
    var high = self.count - 1
    while low < high {
      let middle = low + (high - low) / 2
      if areInIncreasingOrder(self[middle], self[low]) { swapAt(middle, low) }
      if areInIncreasingOrder(self[high], self[low]) { swapAt(high, low) }
      if areInIncreasingOrder(self[high], self[middle]) { swapAt(high, middle) }
      let pivot = self[middle]
      var i = low
      var j = high
      while i <= j {
        while areInIncreasingOrder(self[i], pivot) { i += 1 }
        while areInIncreasingOrder(pivot, self[j]) { j -= 1 }
        if i <= j {
          swapAt(i, j)
          i += 1
          j -= 1
        }
      }
      if boundary <= j {
        high = j
      } else if boundary >= i {
        low = i
      } else {
        break
      }
    }
    self[..<count].sort(by: areInIncreasingOrder)
  }
}
