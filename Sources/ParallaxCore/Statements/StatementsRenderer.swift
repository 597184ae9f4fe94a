/// Renders documents and their statements for `parallax statements`: Markdown for people,
/// JSON (`parallax.statements/1`) for programs. Pure and deterministic: input order, fixed key
/// order, `\n` line ends and a final newline.
public struct StatementsRenderer: Sendable {
  /// One document with its statements.
  public struct Entry: Sendable {
    public var document: Document
    public var statements: [Statement]

    public init(document: Document, statements: [Statement]) {
      self.document = document
      self.statements = statements
    }
  }

  public static let schema = "parallax.statements/1"

  public init() {}

  /// A readable list per document: metadata, then statements with speaker, verb, kind and
  /// `line:column`.
  public func markdown(_ entries: [Entry]) -> String {
    var out = ""
    for (index, entry) in entries.enumerated() { out += markdown(entry, index: index) }
    if entries.isEmpty { out += Self.markdownNone }
    return out
  }

  /// What the Markdown says when there is no document.
  public static let markdownNone = "No documents.\n"

  /// The Markdown of the document at `index` of the output, as `markdown(_:)` writes it: a
  /// caller that writes documents as they come keeps none of them.
  public func markdown(_ entry: Entry, index: Int) -> String {
    var out = ""
    let d = entry.document
    if index > 0 { out += "\n" }
    out += "## \(escape(d.title ?? d.path))\n\n"
    out += "- path: \(MarkdownText.code(d.path))\n"
    if let outlet = d.source.outlet { out += "- outlet: \(escape(outlet))\n" }
    if let agency = d.source.agency { out += "- agency: \(escape(agency))\n" }
    if let relayed = d.source.relayedBy { out += "- relayed by: \(escape(relayed))\n" }
    if let byline = d.byline, let author = byline.author { out += "- byline: \(escape(author))\(byline.published.map { ", \($0)" } ?? "")\n" }
    if let dateline = d.dateline {
      var line = "- dateline: \(escape(dateline.place ?? "?"))"
      if let date = dateline.date { line += ", \(date)\(dateline.yearInferred ? " (year inferred)" : date.year == nil ? " (year unknown)" : "")" }
      if let entity = dateline.placeEntity { line += " → `\(entity)`" }
      out += line + "\n"
    }
    if let published = d.published { out += "- published: \(published)\(d.publishedTime.map { " \($0)" } ?? "")\n" }
    out += "- language: \(d.language)\(d.scripts.isEmpty ? "" : " (\(d.scripts.joined(separator: ", ")))")\n"
    out += "- statements: \(entry.statements.count)\n\n"
    for s in entry.statements {
      var who = s.speaker.map { speaker in
        speaker.isOutlet ? "\(escape(speaker.name)) (outlet)" : escape(speaker.name) + (speaker.entity.map { " `\($0)`" } ?? "")
      } ?? "unknown speaker"
      if let speaker = s.speaker, !speaker.isOutlet, !speaker.surface.isEmpty, speaker.surface != speaker.name {
        who += " (as “\(escape(speaker.surface))”)"
      }
      var head = "\(s.id.rawValue) · \(s.line):\(s.column) · \(s.kind.rawValue) · \(who)"
      if let verb = s.verb { head += " · \(escape(verb.surface)) (\(escape(verb.lemma)))" }
      if s.attribution.count > 1 { head += " · via \(s.attribution.dropFirst().map { escape($0.name) }.joined(separator: " → "))" }
      out += "- \(head)\n  > \(escape(s.text))\n"
    }
    return out
  }

  /// One JSON object with the schema, documents and their statements, keys in a fixed order;
  /// each document ends with `chrome`, its page furniture, and `headings`, the headings inside
  /// its story (line, column, text of each).
  public func json(_ entries: [Entry]) -> String {
    var out = Self.jsonOpening
    for (index, entry) in entries.enumerated() { out += json(entry, index: index) }
    return out + Self.jsonClosing
  }

  /// The JSON up to the first document: `json(_:)` is this, each document's `json(_:index:)`,
  /// then `jsonClosing`.
  public static let jsonOpening = "{" + JSONValue.quoted("schema") + ":" + JSONValue.quoted(schema) + "," + JSONValue.quoted("documents") + ":["

  /// The JSON after the last document, with the final newline.
  public static let jsonClosing = "]}\n"

  /// The JSON object of the document at `index` of the output (with the comma before it after
  /// the first), as `json(_:)` writes it.
  public func json(_ entry: Entry, index: Int) -> String {
    let w = JSONWriter()
    let d = entry.document
    w.object {
      w.key("path"); w.string(d.path)
      w.key("id"); w.string(d.id.rawValue)
      w.key("title"); w.optional(d.title)
      w.key("outlet"); w.optional(d.source.outlet)
      w.key("agency"); w.optional(d.source.agency)
      w.key("relayedBy"); w.optional(d.source.relayedBy)
      w.key("dateline")
      if let dateline = d.dateline {
        w.object {
          w.key("place"); w.optional(dateline.place)
          w.key("placeEntity"); w.optional(dateline.placeEntity?.rawValue)
          w.key("date"); w.optional(dateline.date?.description)
          w.key("asWritten"); w.optional(dateline.dateText)
          w.key("inferred"); w.bool(dateline.yearInferred)
        }
      } else {
        w.null()
      }
      w.key("published"); w.optional(d.published?.description)
      if d.publishedInferred == true { w.key("publishedInferred"); w.bool(true) }
      w.key("language"); w.string(d.language.rawValue)
      w.key("scripts"); w.array(d.scripts) { w.string($0) }
      w.key("byline")
      w.object(d.byline) { byline in
        w.key("author"); w.optional(byline.author)
        w.key("published"); w.optional(byline.published)
      }
      w.key("statements")
      w.array(entry.statements) { s in
        w.object {
          w.key("id"); w.string(s.id.rawValue)
          w.key("kind"); w.string(s.kind.rawValue)
          w.key("text"); w.string(s.text)
          w.key("line"); w.int(s.line)
          w.key("column"); w.int(s.column)
          w.key("speaker")
          w.object(s.speaker) { speaker($0, w) }
          // Only where a joined subject gave others: every other statement's JSON is as before.
          if let others = s.coSpeakers, !others.isEmpty {
            w.key("coSpeakers")
            w.array(others) { other in w.object { speaker(other, w) } }
          }
          w.key("verb")
          w.object(s.verb) { verb in
            w.key("surface"); w.string(verb.surface)
            w.key("lemma"); w.string(verb.lemma)
          }
          w.key("language"); w.string(s.language.rawValue)
          w.key("topics"); w.array(s.topics) { w.string($0) }
          w.key("entities"); w.array(s.entities) { w.string($0.rawValue) }
          w.key("quotes")
          w.array(s.quotes) { q in
            w.object {
              w.key("text"); w.string(q.text)
              w.key("line"); w.int(q.line)
              w.key("column"); w.int(q.column)
            }
          }
          w.key("attribution")
          w.array(s.attribution) { link in
            w.object {
              w.key("role"); w.string(link.role.rawValue)
              w.key("name"); w.string(link.name)
            }
          }
          w.key("numbers"); w.array(s.numbers) { w.string($0) }
          w.key("dates"); w.array(s.dates) { w.string($0) }
        }
      }
      // Page furniture and the story's headings set aside (never statements), so that every
      // paragraph is accounted for.
      let bytes = Array(d.text.utf8)
      for (key, role) in [("chrome", Paragraph.Role.chrome), ("headings", .heading)] {
        w.key(key)
        var cursor = PositionCursor(bytes: bytes, sourceMap: d.sourceMap)
        w.array(d.paragraphs.filter { $0.role == role }) { paragraph in
          let at = cursor.position(of: paragraph.range.lowerBound)
          w.object {
            w.key("line"); w.int(at.line)
            w.key("column"); w.int(at.column)
            w.key("text"); w.string(String(decoding: bytes[paragraph.range], as: UTF8.self))
          }
        }
      }
    }
    return (index > 0 ? "," : "") + w.output
  }

  /// The members of a speaker's object (a statement's speaker and its co-speakers alike).
  private func speaker(_ speaker: Speaker, _ w: JSONWriter) {
    w.key("entity"); w.optional(speaker.entity?.rawValue)
    w.key("name"); w.string(speaker.name)
    w.key("surface"); w.string(speaker.surface)
    w.key("outlet"); w.bool(speaker.isOutlet)
  }

  /// Markdown-safe text: backslash before characters that would start markup; bidirectional
  /// controls shown as `\u{202E}`.
  private func escape(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "*", "_", "`", "[", "]", "<", ">", "#", "|", "\\": out += "\\"; out.unicodeScalars.append(scalar)
      case "\n": out += " "
      case _ where VisibleText.isBidiControl(scalar): out += VisibleText.escape(scalar)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}

/// A minimal JSON writer that keeps keys in the order written (stable output for scripts).
final class JSONWriter {
  private(set) var output = ""
  private var needsComma: [Bool] = [false]

  private func separator() {
    if needsComma[needsComma.count - 1] { output += "," }
    needsComma[needsComma.count - 1] = true
  }

  func object(_ body: () -> Void) {
    separator()
    output += "{"
    needsComma.append(false)
    body()
    needsComma.removeLast()
    output += "}"
  }

  /// The object `body` writes from `value`, or null when there is none.
  func object<T>(_ value: T?, _ body: (T) -> Void) {
    guard let value else { return null() }
    object { body(value) }
  }

  func array<T>(_ items: [T], _ body: (T) -> Void) {
    separator()
    output += "["
    needsComma.append(false)
    for item in items { body(item) }
    needsComma.removeLast()
    output += "]"
  }

  /// A key: the value written next completes the pair.
  func key(_ name: String) {
    separator()
    output += quoted(name) + ":"
    needsComma[needsComma.count - 1] = false
  }

  private func value(_ text: String) {
    separator()
    output += text
  }

  func string(_ text: String) { value(quoted(text)) }
  func optional(_ text: String?) { value(text.map(quoted) ?? "null") }
  func int(_ number: Int) { value(String(number)) }
  func bool(_ flag: Bool) { value(flag ? "true" : "false") }
  func null() { value("null") }

  private func quoted(_ text: String) -> String { JSONValue.quoted(text) }
}
