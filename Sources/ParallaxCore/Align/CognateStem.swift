/// Reduces a romanized match key to a short stem that spellings of one word share across
/// languages and inflections: ASCII letters only, letters that romanizations disagree on
/// merged (c/k/q, h/g, y/j/i, w/v, z/s), doubled letters collapsed, cut to six letters.
/// "humanitarian", "humanitaire" and "gumanitarnyi" all become `gumani`.
enum CognateStem {
  static let length = 6

  static func stem(_ romanized: String) -> String? {
    var out: [UInt8] = []
    out.reserveCapacity(length)
    let bytes = Array(romanized.utf8)
    var i = 0
    var letters = 0
    while i < bytes.count, out.count < length {
      var b = bytes[i]
      if b >= 0x41 && b <= 0x5A { b |= 0x20 }
      guard b >= 0x61 && b <= 0x7A else {
        i += 1
        continue
      }
      letters += 1
      let next: UInt8 = i + 1 < bytes.count ? bytes[i + 1] | 0x20 : 0
      switch b {
      case UInt8(ascii: "k") where next == UInt8(ascii: "h"):
        b = UInt8(ascii: "g")
        i += 1
      case UInt8(ascii: "p") where next == UInt8(ascii: "h"):
        b = UInt8(ascii: "f")
        i += 1
      case UInt8(ascii: "c"), UInt8(ascii: "q"): b = UInt8(ascii: "k")
      case UInt8(ascii: "h"): b = UInt8(ascii: "g")
      case UInt8(ascii: "y"), UInt8(ascii: "j"): b = UInt8(ascii: "i")
      case UInt8(ascii: "w"): b = UInt8(ascii: "v")
      case UInt8(ascii: "z"): b = UInt8(ascii: "s")
      default: break
      }
      if out.last != b { out.append(b) }
      i += 1
    }
    guard letters >= 3, out.count >= 3 else { return nil }
    return String(decoding: out, as: UTF8.self)
  }
}
