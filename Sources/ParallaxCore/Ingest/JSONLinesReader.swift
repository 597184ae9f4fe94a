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
    let decoder = JSONDecoder()
    Self.forEachRecordLine(in: bytes) { content, line in
      let record: Record
      switch Self.decode(content, path: input.path, line: line, decoder: decoder) {
      case .success(let decoded): record = decoded
      case .failure(let problem):
        problems.append(problem)
        return
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

  /// Calls `body` with each line of `bytes` that is not blank (its bytes without the line
  /// feed, and its number from 1): the lines that are records or problems.
  static func forEachRecordLine(in bytes: [UInt8], _ body: (ArraySlice<UInt8>, Int) -> Void) {
    var lineStart = 0
    var line = 1
    while lineStart < bytes.count {
      let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
      let content = bytes[lineStart..<lineEnd]
      if content.contains(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0D) }) { body(content, line) }
      lineStart = lineEnd + 1
      line += 1
    }
  }

  /// The problem of one JSON Lines line, or nil when it is a record `read` accepts.
  static func problem(in content: ArraySlice<UInt8>, path: String, line: Int) -> IngestError? {
    if case .failure(let problem) = decode(content, path: path, line: line, decoder: JSONDecoder()) { return problem }
    return nil
  }

  /// One line as a record, or what is wrong with it, said in the file's terms: the column of
  /// a lone surrogate escape, the kind of value a line holds instead of an object.
  private static func decode(
    _ content: ArraySlice<UInt8>, path: String, line: Int, decoder: JSONDecoder
  ) -> Result<Record, IngestError> {
    func failure(_ column: Int, _ problem: String) -> Result<Record, IngestError> {
      .failure(.jsonLine(path: path, line: line, column: column, problem: problem))
    }
    func column(of offset: Int) -> Int {
      content[content.startIndex..<offset].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) } + 1
    }
    let first = content.firstIndex { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0D) } ?? content.startIndex
    if let kind = Self.valueKind(startingWith: content[first]) {
      return failure(column(of: first), "the line holds a JSON \(kind), not an object; write one object per line")
    }
    if let lone = Self.loneSurrogateEscape(in: content) {
      let escape = String(decoding: content[lone..<min(lone + 6, content.endIndex)], as: UTF8.self)
      return failure(column(of: lone), "'\(escape)' is half of a UTF-16 surrogate pair, which is not a character; escape the whole pair or write the character")
    }
    do {
      return .success(try decoder.decode(Record.self, from: Data(content)))
    } catch let DecodingError.keyNotFound(key, _) {
      return failure(column(of: first), "missing key '\(key.stringValue)'")
    } catch let DecodingError.typeMismatch(_, context) {
      let key = context.codingPath.map(\.stringValue).joined(separator: ".")
      let at = Self.valueColumn(of: key, in: content, anyValue: true) ?? column(of: first)
      return key.isEmpty
        ? failure(column(of: first), "the line is not a JSON object")
        : failure(at, "'\(key)' must be a string")
    } catch let DecodingError.valueNotFound(_, context) {
      let key = context.codingPath.map(\.stringValue).joined(separator: ".")
      return failure(Self.valueColumn(of: key, in: content, anyValue: true) ?? column(of: first), "'\(key)' is null; it must be a string")
    } catch {
      return failure(column(of: first), "not valid JSON (\(Self.reason(of: error)))")
    }
  }

  /// The kind of JSON value a line opens with when it is not an object.
  private static func valueKind(startingWith byte: UInt8) -> String? {
    switch byte {
    case UInt8(ascii: "["): "array"
    case UInt8(ascii: "\""): "string"
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): "number"
    case UInt8(ascii: "t"), UInt8(ascii: "f"): "boolean"
    case UInt8(ascii: "n"): "null"
    default: nil
    }
  }

  /// The offset of the first `\uD800`–`\uDFFF` escape that is not half of a well-formed pair.
  static func loneSurrogateEscape(in content: ArraySlice<UInt8>) -> Int? {
    func unit(at k: Int) -> UInt32? {
      guard k + 6 <= content.endIndex, content[k] == UInt8(ascii: "\\"), content[k + 1] == UInt8(ascii: "u") else { return nil }
      return UInt32(String(decoding: content[(k + 2)..<(k + 6)], as: UTF8.self), radix: 16)
    }
    var k = content.startIndex
    while k < content.endIndex {
      guard content[k] == UInt8(ascii: "\\") else {
        k += 1
        continue
      }
      guard let value = unit(at: k) else {
        k += 2
        continue
      }
      if (0xD800...0xDBFF).contains(value) {
        if let low = unit(at: k + 6), (0xDC00...0xDFFF).contains(low) {
          k += 12
          continue
        }
        return k
      }
      if (0xDC00...0xDFFF).contains(value) { return k }
      k += 6
    }
    return nil
  }

  /// A decoding error's own words, without Foundation's error-domain wrapper.
  private static func reason(of error: any Error) -> String {
    if case DecodingError.dataCorrupted(let context) = error {
      let underlying = (context.underlyingError as? NSError)?.userInfo[NSDebugDescriptionErrorKey] as? String
      return underlying ?? context.debugDescription
    }
    return "\(error)"
  }

  /// The 1-based column (in scalars) just inside the quotes of `key`'s string value; with
  /// `anyValue`, the column of the value whatever it is.
  static func valueColumn(of key: String, in line: ArraySlice<UInt8>, anyValue: Bool = false) -> Int? {
    let needle = Array("\"\(key)\"".utf8)
    guard line.count >= needle.count else { return nil }
    var i = line.startIndex
    while i + needle.count <= line.endIndex {
      if line[i..<(i + needle.count)].elementsEqual(needle) {
        var j = i + needle.count
        while j < line.endIndex, line[j] == 0x20 || line[j] == UInt8(ascii: ":") { j += 1 }
        guard j < line.endIndex, anyValue || line[j] == UInt8(ascii: "\"") else { return nil }
        // A string's text starts after its quote; any other value at its first byte.
        let end = anyValue ? j : j + 1
        return line[line.startIndex..<end].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) } + 1
      }
      i += 1
    }
    return nil
  }
}
