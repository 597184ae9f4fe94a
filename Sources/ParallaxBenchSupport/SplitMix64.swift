import ParallaxCore
/// A small, fast, seedable pseudo-random generator (SplitMix64), so that a benchmark corpus is
/// the same on every machine and toolchain for a given seed.
///
/// Not for anything secret. The helpers below avoid the standard library's `random(in:)`,
/// whose algorithm is not promised to stay the same across Swift versions.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// A generator whose whole sequence follows from `seed`.
  public init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<bound` (`bound` > 0), by multiply-high; the bias is below 2^-32 for the
  /// bounds a corpus uses.
  public mutating func below(_ bound: Int) -> Int {
    Int(next().multipliedFullWidth(by: UInt64(bound)).high)
  }

  /// A number in `range`.
  public mutating func within(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + below(range.count)
  }

  /// A number in `0.0..<1.0` with 53 random bits.
  public mutating func unit() -> Double {
    Double(next() >> 11) * 0x1p-53
  }

  /// True with probability `p`.
  public mutating func chance(_ p: Double) -> Bool {
    unit() < p
  }

  /// One element of a non-empty array, uniformly.
  public mutating func pick<T>(_ items: [T]) -> T {
    items[below(items.count)]
  }
}
