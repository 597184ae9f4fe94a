import Foundation

/// Reads JSON Lines: one document per line (`id title text source url published language`).
/// A bad line is reported with its line number; the other lines are read.
struct JSONLinesReader: Sendable {
  private struct Record: Decodable {
    var id: String?
    var title: String?
    var text: String
    var source: String?
    var url: String?
    var published: String?
    var language: String?
  }

  func read(_ input: InputText) -> (documents: [RawDocument], problems: [IngestError]) {
    var documents: [RawDocument] = []
    var problems: [IngestError] = []
    let bytes = Array(input.text.utf8)
    var lineStart = 0
    var line = 1
    let decoder = JSONDecoder()
    while lineStart < bytes.count {
      let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
      defer {
        lineStart = lineEnd + 1
        line += 1
      }
      let content = bytes[lineStart..<lineEnd]
      guard content.contains(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0D) }) else { continue }
      let record: Record
      do {
        record = try decoder.decode(Record.self, from: Data(content))
      } catch let DecodingError.keyNotFound(key, _) {
        problems.append(.jsonLine(path: input.path, line: line, column: 1, problem: "missing key '\(key.stringValue)'"))
        continue
      } catch let DecodingError.typeMismatch(_, context) {
        problems.append(.jsonLine(path: input.path, line: line, column: 1, problem: "'\(context.codingPath.map(\.stringValue).joined(separator: "."))' has the wrong type"))
        continue
      } catch {
        problems.append(.jsonLine(path: input.path, line: line, column: 1, problem: "not a JSON object"))
        continue
      }
      // Anchor the text at the column where its value starts on this line (escapes shift
      // columns inside it; the line is always right).
      let column = Self.valueColumn(of: "text", in: content) ?? 1
      let paragraphs = RawDocument.paragraphs(in: record.text)
      let anchors = paragraphs.map { SourceMap.Anchor(offset: $0.lowerBound, line: line, column: column, verbatim: false) }
      var document = RawDocument(
        id: DocumentID(record.id ?? "\(input.path)#\(documents.count + 1)"), path: input.path, format: .jsonLines,
        text: record.text, paragraphs: paragraphs, sourceMap: SourceMap(anchors: anchors))
      document.title = record.title
      document.outlet = record.source
      document.url = record.url
      document.published = record.published
      document.language = record.language
      documents.append(document)
    }
    return (documents, problems)
  }

  /// The 1-based column (in scalars) just inside the quotes of `key`'s string value.
  static func valueColumn(of key: String, in line: ArraySlice<UInt8>) -> Int? {
    let needle = Array("\"\(key)\"".utf8)
    guard line.count >= needle.count else { return nil }
    var i = line.startIndex
    while i + needle.count <= line.endIndex {
      if line[i..<(i + needle.count)].elementsEqual(needle) {
        var j = i + needle.count
        while j < line.endIndex, line[j] == 0x20 || line[j] == UInt8(ascii: ":") { j += 1 }
        guard j < line.endIndex, line[j] == UInt8(ascii: "\"") else { return nil }
        return line[line.startIndex...j].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) } + 1
      }
      i += 1
    }
    return nil
  }
}
