/// Turns the Markdown Parallax writes (headings, paragraphs, one level of nested bullets, bullets
/// of several lines joined by hard breaks (a trailing backslash), GFM
/// tables, fenced code; inline strong, emphasis, code, images and links, backslash escapes and
/// the entities `MarkdownText` writes) into a standalone HTML page: no script, one inline style
/// sheet that reads on a 390 px phone and a 1280 px screen, tables that scroll sideways rather
/// than overflow. It reads only this subset: it is not a general Markdown parser, and text from
/// inputs (escaped by `MarkdownText`) comes out as text, never as markup. Links to `.md` reports
/// become links to their `.html` pages.
///
/// ```swift
/// HTMLPage.render(markdown: "# Title\n\nSome *text*.\n", language: "en")
/// // "<!doctype html>\n<html lang=\"en\">…<h1>Title</h1>\n<p>Some <em>text</em>.</p>…"
/// ```
public enum HTMLPage {
  /// The style sheet of every page.
  static let style = """
    body{margin:0;font:16px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1a1a1a;background:#fff}
    main{max-width:78rem;margin:0 auto;padding:1rem}
    h1{font-size:1.5rem;line-height:1.25}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd}
    ul{padding-left:1.25rem;margin:.5rem 0}li{margin:.15rem 0;overflow-wrap:anywhere}
    .table{overflow-x:auto;max-width:100%}table{border-collapse:collapse;font-size:.9rem}
    th,td{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top;overflow-wrap:anywhere}th{background:#f2f2f2;overflow-wrap:normal;white-space:nowrap}
    td.r,th.r{text-align:right}code{font-size:.85em;background:#f4f4f4;padding:0 .2em;overflow-wrap:anywhere}
    pre{overflow-x:auto;background:#f4f4f4;padding:.5rem}img{max-width:100%;height:auto;vertical-align:top;margin:.25rem}
    nav{font-size:.9rem;margin-bottom:.5rem}.m{display:block;padding-left:.75em;text-indent:-.75em}
    @media (max-width:40rem){main{padding:.5rem .6rem}ul{padding-left:1rem}ul ul{padding-left:.75rem}h2{margin:1.25rem 0 .5rem}p{margin:.5rem 0}}
    """

  /// A whole page: the converted body, titled by its first heading, with a link to the index
  /// unless it is the index.
  public static func render(markdown: String, language: String, indexLink: String? = nil) -> String {
    let body = convert(markdown)
    let title = markdown.split(separator: "\n").first { $0.hasPrefix("# ") }.map { inline(String($0.dropFirst(2))) } ?? ""
    var page = "<!doctype html>\n<html lang=\"\(escape(language))\">\n<head>\n<meta charset=\"utf-8\">\n"
    page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    page += "<title>\(strip(title))</title>\n<style>\n\(style)\n</style>\n</head>\n<body>\n<main>\n"
    if let indexLink { page += "<nav>\(indexLink)</nav>\n" }
    return page + body + "</main>\n</body>\n</html>\n"
  }

  /// The HTML of a Markdown document of the supported subset.
  static func convert(_ markdown: String) -> String {
    var out = ""
    let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var index = 0
    var paragraph: [String] = []
    func flushParagraph() {
      if !paragraph.isEmpty { out += "<p>" + paragraph.map(inline).joined(separator: " ") + "</p>\n" }
      paragraph = []
    }
    while index < lines.count {
      let line = lines[index]
      if line.isEmpty {
        flushParagraph()
        index += 1
      } else if let level = headingLevel(line) {
        flushParagraph()
        out += "<h\(level)>\(inline(String(line.dropFirst(level + 1))))</h\(level)>\n"
        index += 1
      } else if line.hasPrefix("```") {
        flushParagraph()
        let fence = String(line.prefix { $0 == "`" })
        let info = String(line.dropFirst(fence.count))
        var code: [String] = []
        index += 1
        while index < lines.count, lines[index] != fence { code.append(lines[index]); index += 1 }
        index += 1
        let language = info.isEmpty ? "" : " class=\"language-\(escape(info))\""
        out += "<pre><code\(language)>\(escape(code.joined(separator: "\n")))\n</code></pre>\n"
      } else if line.hasPrefix("- ") {
        flushParagraph()
        out += "<ul>\n"
        while index < lines.count, lines[index].hasPrefix("- ") {
          var line = String(lines[index].dropFirst(2))
          index += 1
          // Lines of one item joined by hard breaks (a trailing backslash): an alignment's
          // line, then its members, each a block with a hanging indent so that a member's
          // wrapped lines sit under its text, not under the next member's source.
          var parts: [String] = []
          while line.hasSuffix("\\"), index < lines.count, lines[index].hasPrefix("  "), !lines[index].hasPrefix("  - ") {
            parts.append(String(line.dropLast()))
            line = String(lines[index].dropFirst(2))
            index += 1
          }
          parts.append(line)
          out += "<li>" + inline(parts[0])
          for member in parts.dropFirst() { out += "\n<span class=\"m\">" + inline(member) + "</span>" }
          if index < lines.count, lines[index].hasPrefix("  - ") {
            out += "\n<ul>\n"
            while index < lines.count, lines[index].hasPrefix("  - ") {
              out += "<li>" + inline(String(lines[index].dropFirst(4))) + "</li>\n"
              index += 1
            }
            out += "</ul>\n"
          }
          out += "</li>\n"
        }
        out += "</ul>\n"
      } else if line.hasPrefix("| "), index + 1 < lines.count, lines[index + 1].hasPrefix("| ---") {
        flushParagraph()
        let header = cells(line)
        let right = cells(lines[index + 1]).map { $0.hasSuffix(":") }
        out += "<div class=\"table\"><table>\n<thead><tr>"
        for (column, cell) in header.enumerated() { out += "<th\(column < right.count && right[column] ? " class=\"r\"" : "")>\(inline(cell))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        index += 2
        while index < lines.count, lines[index].hasPrefix("| ") {
          out += "<tr>"
          for (column, cell) in cells(lines[index]).enumerated() {
            out += "<td\(column < right.count && right[column] ? " class=\"r\"" : "")>\(inline(cell))</td>"
          }
          out += "</tr>\n"
          index += 1
        }
        out += "</tbody>\n</table></div>\n"
      } else {
        paragraph.append(line)
        index += 1
      }
    }
    flushParagraph()
    return out
  }

  /// The level of an ATX heading line (`## x` is 2), or nil.
  static func headingLevel(_ line: String) -> Int? {
    let hashes = line.prefix { $0 == "#" }.count
    guard (1...6).contains(hashes), line.dropFirst(hashes).hasPrefix(" ") else { return nil }
    return hashes
  }

  /// The cells of a table row, split at pipes that are not backslash-escaped.
  static func cells(_ line: String) -> [String] {
    var body = Substring(line)
    if body.hasPrefix("| ") { body = body.dropFirst(2) }
    if body.hasSuffix(" |") { body = body.dropLast(2) }
    var cells: [String] = []
    var current = ""
    var escaped = false
    var previousSpace = false
    var iterator = body.makeIterator()
    while let character = iterator.next() {
      if escaped {
        current.append(character)
        escaped = false
      } else if character == "\\" {
        current.append(character)
        escaped = true
      } else if character == "|" && previousSpace {
        current.removeLast()
        cells.append(current)
        current = ""
        _ = iterator.next()  // the space after the pipe
        previousSpace = false
        continue
      } else {
        current.append(character)
      }
      previousSpace = character == " "
    }
    cells.append(current)
    return cells
  }

  /// Inline Markdown of the supported subset as HTML.
  static func inline(_ text: String) -> String {
    let characters = Array(text)
    var out = ""
    var strong = false
    var em = false
    var i = 0
    while i < characters.count {
      let c = characters[i]
      switch c {
      case "\\" where i + 1 < characters.count:
        out += escape(String(characters[i + 1]))
        i += 2
      case "`":
        let run = characters[i...].prefix { $0 == "`" }.count
        let fence = String(repeating: "`", count: run)
        let rest = String(characters[(i + run)...])
        if let close = rest.range(of: fence) {
          var code = String(rest[..<close.lowerBound])
          if code.hasPrefix(" ") && code.hasSuffix(" ") && code.count > 1 { code = String(code.dropFirst().dropLast()) }
          out += "<code>\(escape(code))</code>"
          i += run + rest.distance(from: rest.startIndex, to: close.upperBound)
        } else {
          out += escape(fence)
          i += run
        }
      case "*" where i + 1 < characters.count && characters[i + 1] == "*":
        out += strong ? "</strong>" : "<strong>"
        strong.toggle()
        i += 2
      case "*":
        out += em ? "</em>" : "<em>"
        em.toggle()
        i += 1
      case "!" where i + 1 < characters.count && characters[i + 1] == "[":
        if let (label, target, length) = link(characters, from: i + 1) {
          out += "<img src=\"\(escape(target))\" alt=\"\(strip(inline(label)))\">"
          i += 1 + length
        } else {
          out += "!"
          i += 1
        }
      case "[":
        if let (label, target, length) = link(characters, from: i) {
          let href = target.hasSuffix(".md") ? String(target.dropLast(3)) + ".html" : target
          out += "<a href=\"\(escape(href))\">\(inline(label))</a>"
          i += length
        } else {
          out += "["
          i += 1
        }
      case "&":
        // MarkdownText writes every "&" of an input as an entity; pass the entities through.
        let tail = String(characters[i..<min(characters.count, i + 8)])
        let entity = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].first { tail.hasPrefix($0) }
        out += entity ?? "&amp;"
        i += entity?.count ?? 1
      default:
        out += escape(String(c))
        i += 1
      }
    }
    if em { out += "</em>" }
    if strong { out += "</strong>" }
    return out
  }

  /// A `[label](target)` at `start`: its label, target and length in characters. The target
  /// holds no space or parenthesis (Parallax links only its own files).
  static func link(_ characters: [Character], from start: Int) -> (String, String, Int)? {
    guard start < characters.count, characters[start] == "[" else { return nil }
    var i = start + 1
    var label = ""
    while i < characters.count, characters[i] != "]" {
      if characters[i] == "\\", i + 1 < characters.count { label.append(characters[i]); i += 1 }
      label.append(characters[i])
      i += 1
    }
    guard i + 1 < characters.count, characters[i + 1] == "(" else { return nil }
    var j = i + 2
    var target = ""
    while j < characters.count, characters[j] != ")" {
      if characters[j] == " " || characters[j] == "(" { return nil }
      target.append(characters[j])
      j += 1
    }
    guard j < characters.count else { return nil }
    return (label, target, j - start + 1)
  }

  /// Text safe in HTML text and attributes.
  static func escape(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(character)
      }
    }
    return out
  }

  /// HTML with its tags removed (for a title or an alt text).
  static func strip(_ html: String) -> String {
    var out = ""
    var inTag = false
    for character in html {
      if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { out.append(character) }
    }
    return out
  }
}

extension HTMLPage {
  /// A file of `compare -o` as a file of the static site: a Markdown report becomes its page
  /// (`e1.md` → `e1.html`, with a link back to the index), a chart stays as it is.
  public static func siteFile(_ file: MarkdownRenderer.File, strings: ReportStrings) -> MarkdownRenderer.File {
    guard file.name.hasSuffix(".md") else { return file }
    let name = String(file.name.dropLast(3)) + ".html"
    let link = file.name == "index.md" ? nil : "<a href=\"index.html\">\(escape(strings[.indexTitle]))</a>"
    return MarkdownRenderer.File(name: name, text: render(markdown: file.text, language: strings.language.rawValue, indexLink: link))
  }
}
