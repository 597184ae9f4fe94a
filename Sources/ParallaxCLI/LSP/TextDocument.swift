/// An open document's text, edited in place by incremental changes whose positions count
/// UTF-16 code units, as LSP positions do. Lines end at LF (a CRLF's CR stays in its line).
struct TextDocument: Sendable {
  let uri: String
  var version: Int
  private(set) var text: String

  init(uri: String, version: Int, text: String) {
    self.uri = uri
    self.version = version
    self.text = text
  }

  /// Applies one change: replaces `range` (clamped to the text) by its text, or replaces the
  /// whole text when the change has no range.
  mutating func apply(_ change: LSP.ContentChange) {
    guard let range = change.range else {
      text = change.text
      return
    }
    let start = index(of: range.start)
    let end = max(start, index(of: range.end))
    // Through the scalar view: String itself would round indices down to Character
    // boundaries, and an edit between a letter and its combining mark, or inside a CRLF, must
    // land where the client put it.
    text.unicodeScalars.replaceSubrange(start..<end, with: change.text.unicodeScalars)
  }

  /// The index of `position`: a line past the end is the end of the text, a character past
  /// the line's end is the line's end, and a position inside a surrogate pair rounds down to
  /// the pair's start.
  func index(of position: LSP.Position) -> String.Index {
    let utf8 = text.utf8
    var lineStart = utf8.startIndex
    var line = 0
    if position.line > 0 {
      var cursor = utf8.startIndex
      while line < position.line {
        guard let newline = utf8[cursor...].firstIndex(of: 0x0A) else { return text.endIndex }
        cursor = utf8.index(after: newline)
        line += 1
      }
      lineStart = cursor
    }
    let lineEnd = utf8[lineStart...].firstIndex(of: 0x0A) ?? utf8.endIndex
    let utf16 = text.utf16
    let character = max(0, position.character)
    guard let target = utf16.index(lineStart, offsetBy: character, limitedBy: lineEnd) else { return lineEnd }
    if target.samePosition(in: text.unicodeScalars) != nil { return target }
    return utf16.index(lineStart, offsetBy: character - 1)
  }
}
