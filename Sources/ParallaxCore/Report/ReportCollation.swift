import ParallaxICU

/// The order of every list a reader sees in a report: the report locale's collation, then a
/// plain tie-breaker (an id or path), so equal labels still sort the same way every run.
/// Wraps one `Collator`; like it, not for sharing across tasks.
public final class ReportCollation {
  private let collator: Collator?
  private var keys: [UTF8Key: [UInt8]] = [:]

  /// Whether numbers written in digits sort as text ("10" before "9"), as every collation
  /// does unless it is asked to compare numbers by value.
  private let numbersAsText: Bool

  /// The collation of `locale` ("" for root); falls back to code-point order if ICU cannot open it.
  public init(locale: String) {
    let collator = try? Collator(locale: locale)
    self.collator = collator
    numbersAsText = collator.map { $0.compare("10", "9") < 0 } ?? true
  }

  /// Whether a label ending in number `a` sorts before the same label ending in `b`.
  public func numberPrecedes(_ a: Int, _ b: Int) -> Bool {
    numbersAsText ? String(a) < String(b) : a < b
  }

  /// The cached sort key of `text`.
  private func key(_ text: String) -> [UInt8] {
    if let key = keys[UTF8Key(text)] { return key }
    let key = (try? collator?.sortKey(text))?.bytes ?? Array(text.utf8)
    keys[UTF8Key(text)] = key
    return key
  }

  /// Whether `a` sorts before `b` in this collation.
  public func precedes(_ a: String, _ b: String) -> Bool { key(a).lexicographicallyPrecedes(key(b)) }

  /// The item `sorted(_:by:)` would put first, found in one pass of comparisons (an event
  /// whose topics all tie for its headline can have hundreds of thousands): no sort keys are
  /// built or kept for it. (ICU compares two strings as their sort keys compare.)
  public func first<T>(_ items: [T], by label: (T) -> (String, String)) -> T? {
    var best: (text: String, tie: String, item: T)?
    for item in items {
      let (text, tie) = label(item)
      if let current = best {
        let order = compare(text, current.text)
        if order > 0 || (order == 0 && !(tie < current.tie)) { continue }
      }
      best = (text, tie, item)
    }
    return best?.item
  }

  /// -1, 0 or 1 as `a` sorts before, with or after `b` (code points without a collator).
  private func compare(_ a: String, _ b: String) -> Int {
    guard let collator else {
      let (x, y) = (Array(a.utf8), Array(b.utf8))
      return x == y ? 0 : x.lexicographicallyPrecedes(y) ? -1 : 1
    }
    return collator.compare(a, b)
  }

  /// `items` sorted by the collation of their label, then by their tie-breaker.
  /// Each label's sort key is found once, not once per comparison.
  public func sorted<T>(_ items: [T], by label: (T) -> (String, String)) -> [T] {
    // One item has one order: no label, no sort key (a row per statement asks for its topics).
    if items.count < 2 { return items }
    return items.map { item in
      let (text, tie) = label(item)
      return (key: key(text), tie: tie, item: item)
    }.sorted { x, y in
      x.key != y.key ? x.key.lexicographicallyPrecedes(y.key) : x.tie < y.tie
    }.map(\.item)
  }
}
