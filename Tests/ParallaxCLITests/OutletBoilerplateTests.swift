import Foundation
@testable import ParallaxCore
import Testing

/// Lines an outlet repeats across its documents of one input are its furniture: a footer no
/// phrase list names is set aside in every document of that outlet, never in another outlet's.
@Suite struct OutletBoilerplateTests {
  private static let footer = "Our correspondents follow the talks around the clock for the region's readers."

  private func record(_ source: String?, _ title: String, _ body: String) -> String {
    let text = "\(body)\n\n\(Self.footer)"
    var fields = ["\"title\": \"\(title)\"", "\"text\": \"\(text.replacingOccurrences(of: "\n", with: "\\n"))\""]
    if let source { fields.append("\"source\": \"\(source)\"") }
    return "{" + fields.joined(separator: ", ") + "}"
  }

  private func statements(_ lines: [String]) throws -> [[String]] {
    let extracted = try StatementsTestSupport.extract(lines.joined(separator: "\n") + "\n", path: "feed.jsonl")
    return extracted.statements.map { $0.map(\.text) }
  }

  @Test("a line three documents of one outlet end with is chrome there; another outlet's copy and a source-less one stay statements")
  func repeatedFooter() throws {
    let lines = [
      record("Daily Example", "Talks resume", "The delegations met in Geneva on Monday."),
      record("Daily Example", "Talks pause", "The talks paused on Tuesday after a long session."),
      record("Daily Example", "Talks end", "The talks ended on Wednesday without a statement."),
      record("Other Wire", "Talks end", "The talks ended on Wednesday in Geneva."),
      record(nil, "Talks end", "The ministers left Geneva on Thursday."),
    ]
    let found = try statements(lines)
    #expect(found.count == 5)
    for texts in found.prefix(3) { #expect(!texts.contains(Self.footer), "\(texts)") }
    for texts in found.suffix(2) { #expect(texts.contains(Self.footer), "\(texts)") }
    let documents = try StatementsTestSupport.extract(lines.joined(separator: "\n") + "\n", path: "feed.jsonl").documents
    let text = documents[0].text
    let chrome = documents[0].paragraphs.filter { $0.role == .chrome }.map { String(decoding: Array(text.utf8)[$0.range], as: UTF8.self) }
    #expect(chrome == [Self.footer])
  }

  @Test("two documents of an outlet are not enough to call a shared line furniture")
  func twoAreNotEnough() throws {
    let found = try statements([
      record("Daily Example", "Talks resume", "The delegations met in Geneva on Monday."),
      record("Daily Example", "Talks end", "The talks ended on Wednesday without a statement."),
    ])
    #expect(found.allSatisfy { $0.contains(Self.footer) })
  }
}
