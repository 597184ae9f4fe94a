/// A path glob as `.gitignore` and Vale write them: `*` is any run of characters within one
/// path segment, `?` one character, `**` any number of whole segments (`drafts/**`,
/// `**/*.draft.md`), and a pattern without a `/` matches a file name in any folder.
///
/// ```swift
/// GlobPattern("archive/**")?.matches("archive/2024/kyiv.md")   // true
/// GlobPattern("*.draft.md")?.matches("stories/kyiv.draft.md")  // true
/// ```
public struct GlobPattern: Sendable, Hashable, CustomStringConvertible {
  /// The pattern as written.
  public let description: String
  private let segments: [String]

  /// Parses `pattern`; nil when it is empty or absolute.
  public init?(_ pattern: String) {
    var text = pattern
    if text.hasPrefix("./") { text.removeFirst(2) }
    guard !text.isEmpty, !text.hasPrefix("/") else { return nil }
    var segments = text.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    // A bare name (no slash) is looked for in every folder; a trailing slash means everything below.
    if !text.contains("/") { segments.insert("**", at: 0) }
    if text.hasSuffix("/") { segments.append("**") }
    description = pattern
    self.segments = segments
  }

  /// Whether the relative path `path` (segments separated by `/`) matches.
  public func matches(_ path: String) -> Bool {
    let parts = path.split(separator: "/", omittingEmptySubsequences: true).map { Array($0.unicodeScalars) }
    return Self.match(segments[...], parts[...])
  }

  private static func match(_ pattern: ArraySlice<String>, _ path: ArraySlice<[Unicode.Scalar]>) -> Bool {
    guard let first = pattern.first else { return path.isEmpty }
    if first == "**" {
      let rest = pattern.dropFirst()
      // `**` takes zero or more segments.
      for skip in 0...path.count where match(rest, path.dropFirst(skip)) { return true }
      return false
    }
    guard let segment = path.first, matchSegment(Array(first.unicodeScalars)[...], segment[...]) else { return false }
    return match(pattern.dropFirst(), path.dropFirst())
  }

  private static func matchSegment(_ pattern: ArraySlice<Unicode.Scalar>, _ text: ArraySlice<Unicode.Scalar>) -> Bool {
    guard let p = pattern.first else { return text.isEmpty }
    switch p {
    case "*":
      let rest = pattern.dropFirst()
      for skip in 0...text.count where matchSegment(rest, text.dropFirst(skip)) { return true }
      return false
    case "?":
      return !text.isEmpty && matchSegment(pattern.dropFirst(), text.dropFirst())
    default:
      return text.first == p && matchSegment(pattern.dropFirst(), text.dropFirst())
    }
  }
}
