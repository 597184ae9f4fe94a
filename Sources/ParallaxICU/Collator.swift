internal import CICUShim

/// A collation sort key: compare keys bytewise to order strings as the collator would.
public struct CollationKey: Sendable, Hashable, Comparable {
  public let bytes: [UInt8]

  public static func < (lhs: CollationKey, rhs: CollationKey) -> Bool {
    lhs.bytes.lexicographicallyPrecedes(rhs.bytes)
  }
}

/// Orders strings the way a locale's readers expect (ICU collation).
///
/// Not thread-safe; use `clone()` for another task.
///
/// ```swift
/// let order = try Collator(locale: "uk")
/// ["Ґалаґан", "Гадяч", "Єнакієве"].sorted { order.compare($0, $1) < 0 }
/// ```
public final class Collator {
  public let locale: String
  private let handle: OpaquePointer

  /// Opens a collator; `locale` "" or "root" is the root order.
  public init(locale: String) throws(ICUError) {
    var status: Int32 = 0
    let handle = pxicu_collator_open(locale, &status)
    try ICUError.check(status, "open a collator for '\(locale)'")
    guard let handle else { throw ICUError(code: 7, operation: "open a collator") }
    self.locale = locale
    self.handle = handle
  }

  private init(locale: String, handle: OpaquePointer) {
    self.locale = locale
    self.handle = handle
  }

  deinit { pxicu_collator_close(handle) }

  public func clone() throws(ICUError) -> Collator {
    var status: Int32 = 0
    let copy = pxicu_collator_clone(handle, &status)
    try ICUError.check(status, "clone a collator")
    guard let copy else { throw ICUError(code: 7, operation: "clone a collator") }
    return Collator(locale: locale, handle: copy)
  }

  /// -1, 0 or 1 as `a` sorts before, with or after `b`.
  public func compare(_ a: String, _ b: String) -> Int {
    var a = a
    var b = b
    var status: Int32 = 0
    let result = a.withUTF8 { x in
      b.withUTF8 { y in
        pxicu_collator_compare_utf8(
          handle, UnsafeRawPointer(x.baseAddress)?.assumingMemoryBound(to: CChar.self), Int32(x.count),
          UnsafeRawPointer(y.baseAddress)?.assumingMemoryBound(to: CChar.self), Int32(y.count), &status)
      }
    }
    return Int(result)
  }

  /// The sort key of `text`.
  public func sortKey(_ text: String) throws(ICUError) -> CollationKey {
    try withCString8(text, operation: "build a sort key") { (pointer, length) throws(ICUError) in
      var status: Int32 = 0
      var out: UnsafePointer<UInt8>?
      let count = pxicu_collator_sort_key_utf8(handle, pointer, length, &out, &status)
      try ICUError.check(status, "build a sort key")
      return CollationKey(bytes: Array(UnsafeBufferPointer(start: out, count: Int(count))))
    }
  }

  /// `items` sorted by `key` in this collator's order; ties keep their input order.
  public func sorted<T>(_ items: [T], by key: (T) -> String) throws(ICUError) -> [T] {
    var keyed: [(CollationKey, Int, T)] = []
    keyed.reserveCapacity(items.count)
    for (index, item) in items.enumerated() {
      keyed.append((try sortKey(key(item)), index, item))
    }
    keyed.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
    return keyed.map(\.2)
  }
}
