/// Inline suppressions in reviewed copy: `<!-- parallax-disable -->` … `<!-- parallax-enable -->`
/// turn findings off between them, for every rule or for the rules, entity ids or framing ids
/// named after the keyword (`<!-- parallax-disable framing place.kyiv -->`). The same comment
/// works in Markdown (where it is invisible) and in plain text.
public struct Suppressions: Sendable {
  struct Region {
    var range: Range<Int>
    var names: Set<String>  // empty: every rule
  }

  private var regions: [Region] = []

  /// Finds the directives in valid UTF-8 `bytes`.
  public init(utf8 bytes: [UInt8]) {
    guard Self.contains(bytes, Array("parallax-disable".utf8)) else { return }
    let text = String(decoding: bytes, as: UTF8.self)
    var open: [(start: Int, names: Set<String>)] = []
    var offset = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var searchStart = line.startIndex
      while let comment = line[searchStart...].range(of: "<!--"), let end = line[comment.upperBound...].range(of: "-->") {
        let words = line[comment.upperBound..<end.lowerBound].split(whereSeparator: { $0 == " " || $0 == "\t" })
        let position = offset + line.utf8.distance(from: line.startIndex, to: comment.lowerBound)
        if let keyword = words.first {
          let names = Set(words.dropFirst().map(String.init))
          if keyword == "parallax-disable" {
            open.append((position, names))
          } else if keyword == "parallax-enable" {
            if let index = open.lastIndex(where: { names.isEmpty || $0.names == names }) {
              regions.append(Region(range: open[index].start..<position, names: open[index].names))
              open.remove(at: index)
            }
          }
        }
        searchStart = end.upperBound
      }
      offset += line.utf8.count + 1
    }
    for region in open { regions.append(Region(range: region.start..<bytes.count, names: region.names)) }
  }

  /// Whether `needle` occurs in `bytes`.
  static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
    guard let first = needle.first, bytes.count >= needle.count else { return false }
    var i = 0
    let last = bytes.count - needle.count
    while i <= last {
      if bytes[i] == first {
        var k = 1
        while k < needle.count, bytes[i + k] == needle[k] { k += 1 }
        if k == needle.count { return true }
      }
      i += 1
    }
    return false
  }

  /// Whether a finding at `offset` with any of `names` (rule, entity id, framing id) is off.
  public func suppresses(_ offset: Int, names: [String]) -> Bool {
    regions.contains { region in
      region.range.contains(offset) && (region.names.isEmpty || names.contains(where: region.names.contains))
    }
  }
}
