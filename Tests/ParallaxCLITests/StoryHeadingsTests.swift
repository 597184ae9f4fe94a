import Foundation
@testable import ParallaxCore
import Testing

/// Headings inside a story (a line of its own between two paragraphs, without a sentence end):
/// never statements, listed in the JSON, and still read by event grouping in their places; on
/// lines of our own, read with the shipped `Locales/`.
@Suite struct StoryHeadingsTests {
  private static let page =
    "Nordic ministers end their talks in Geneva\n\nThe minister said the talks were useful.\n\n"
    + "Kyiv offers to host the next round of the talks in the spring\n\nThe Ukrainian envoy said Kyiv was ready to host them.\n\n"
    + "What comes next?\n\nThe delegations will meet again next week."

  @Test("a heading inside the story, or a short question standing as one, is no statement; the paragraphs around it are")
  func headingsAreNoStatements() throws {
    let (documents, statements, _, _) = try StatementsTestSupport.extract(Self.page)
    let texts = statements.flatMap { $0 }.map(\.text)
    #expect(
      texts == [
        "The minister said the talks were useful.", "The Ukrainian envoy said Kyiv was ready to host them.",
        "The delegations will meet again next week.",
      ])
    let document = try #require(documents.first)
    let headings = document.paragraphs.filter { $0.role == .heading }.map { String(decoding: Array(document.text.utf8)[$0.range], as: UTF8.self) }
    #expect(headings == ["Kyiv offers to host the next round of the talks in the spring", "What comes next?"])
  }

  @Test("lines that are not headings stay in the story: a lead-in to a quote, an item of a list, the rest of a broken sentence")
  func notHeadings() throws {
    let cases = [
      // A line that leads into the next with a colon.
      "Talks end in Geneva\n\nThe minister spoke to reporters.\n\nHe said the following to them:\n\n\"We will meet again next week.\"",
      // An item of a list.
      "Talks end in Geneva\n\nThe minister listed the points agreed.\n\n- A new round of talks in Kyiv\n\nThe delegations will meet again.",
      // The paragraph above does not end its sentence: the line goes on with it.
      "Talks end in Geneva\n\nThe minister said after the long talks with the delegations of both sides in Geneva that they were useful and that\n\nKyiv offers to host the next round of the talks in the spring\n\nThey will meet again.",
      // The paragraph under it does not open a sentence.
      "Talks end in Geneva\n\nThe minister said the talks were useful.\n\nKyiv offers to host the next round of the talks in the spring\n\nand the delegations agreed.",
    ]
    for text in cases {
      let (documents, _, _, _) = try StatementsTestSupport.extract(text)
      #expect(documents.first?.paragraphs.contains { $0.role == .heading } == false, "\(text)")
    }
  }

  @Test("statements JSON lists a document's headings with their line and column, after its chrome")
  func json() throws {
    let (documents, statements, _, _) = try StatementsTestSupport.extract(Self.page)
    let json = StatementsRenderer().json(zip(documents, statements).map { StatementsRenderer.Entry(document: $0, statements: $1) })
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let document = try #require((object["documents"] as? [[String: Any]])?.first)
    let headings = try #require(document["headings"] as? [[String: Any]])
    #expect(headings.map { $0["text"] as? String } == ["Kyiv offers to host the next round of the talks in the spring", "What comes next?"])
    #expect(headings.map { $0["line"] as? Int } == [5, 9])
    #expect(headings.map { $0["column"] as? Int } == [1, 1])
  }

  @Test("grouping reads a story's headings in their places among its statements")
  func groupingReadsHeadings() throws {
    let pipeline = try CLI.comparisonPipeline()
    let folder = try CLI.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("page.txt").path
    try Self.page.write(toFile: file, atomically: true, encoding: .utf8)
    let profiled = try #require(try pipeline.profile([file], jobs: 1).first?.result.get().first)
    #expect(profiled.statements.count == 3)
    #expect(profiled.headings.map(\.position) == [1, 2])
    // The story as grouping reads it: statement, heading, statement, heading, statement.
    let story = profiled.story
    #expect(story.count == 5)
    #expect(story[1] == profiled.headings[0].profile && story[3] == profiled.headings[1].profile)
    #expect(story[0] == profiled.profiles[0] && story[2] == profiled.profiles[1] && story[4] == profiled.profiles[2])
    #expect(profiled.story(prefix: 2) == [profiled.profiles[0], profiled.headings[0].profile])
    // The heading's place name is among what grouping reads of it.
    #expect(profiled.headings[0].profile.entities.contains { $0.rawValue.contains("kyiv") })
  }
}
