import Foundation

/// Renders Markdown to HTML with the real `cmark-gfm` (Debian's package; `.ci/setup` installs
/// it), tables extension on, raw HTML off (its default), and reads the HTML's structure.
enum CMarkGFM {
  /// The executable, or nil when it is not installed (tests then skip with a message).
  static let executable: URL? = {
    for folder in ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"] {
      let url = URL(fileURLWithPath: folder).appendingPathComponent("cmark-gfm")
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return nil
  }()

  /// The HTML of `markdown`.
  static func html(_ markdown: String) throws -> String {
    guard let executable else { return "" }
    let process = Process()
    process.executableURL = executable
    process.arguments = ["-e", "table"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    // Write on another thread so a large document cannot fill both pipes.
    let data = Data(markdown.utf8)
    let writer = Thread { input.fileHandleForWriting.write(data); try? input.fileHandleForWriting.close() }
    writer.start()
    let html = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: html, as: UTF8.self)
  }

  /// The names of the opening tags in `html`, in order.
  static func tags(_ html: String) -> [String] {
    var names: [String] = []
    var rest = Substring(html)
    while let open = rest.firstIndex(of: "<") {
      let after = rest[rest.index(after: open)...]
      let name = after.prefix { $0.isLetter || $0.isNumber }
      if !name.isEmpty { names.append(String(name).lowercased()) }
      rest = after
    }
    return names
  }

  /// Per table, the number of cells in each row (header row first).
  static func tables(_ html: String) -> [[Int]] {
    html.components(separatedBy: "<table>").dropFirst().map { table in
      let body = table.components(separatedBy: "</table>")[0]
      return body.components(separatedBy: "<tr>").dropFirst().map { row in
        tags(row).filter { $0 == "td" || $0 == "th" }.count
      }
    }
  }

  /// Per Markdown table in `markdown` (our writer's shape), the number of cells in each row.
  static func markdownTables(_ markdown: String) -> [[Int]] {
    var tables: [[Int]] = []
    var current: [Int] = []
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("| ") {
        if !line.hasPrefix("| ---") && !line.hasPrefix("| ---:") {
          // Cells are separated by " | " outside escapes; an escaped pipe is "\|".
          var cells = 0
          var previous: Character = " "
          for character in line.dropFirst() {
            if character == "|" && previous != "\\" { cells += 1 }
            previous = character
          }
          current.append(cells)
        }
      } else if !current.isEmpty {
        tables.append(current)
        current = []
      }
    }
    if !current.isEmpty { tables.append(current) }
    return tables
  }
}
