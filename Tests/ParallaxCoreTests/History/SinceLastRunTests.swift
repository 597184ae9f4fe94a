import ParallaxCore
import Testing

/// New statements and silent edits against a job's previous report.
@Suite struct SinceLastRunTests {
  typealias F = HistoryFixture

  @Test("without a previous report nothing is listed as new")
  func firstRun() {
    let since = SinceLastRun.compare([F.document("a.txt", digest: "1", statements: [("Lavrov", "Talks.")])], with: nil)
    #expect(since.previous == nil)
    #expect(since.newStatements.isEmpty && since.edits.isEmpty)
  }

  @Test("a document not in the previous report brings new statements; an unchanged one none; an edited one a diff")
  func newAndEdited() throws {
    let unchanged = F.document("same.txt", digest: "s", statements: [("Lavrov", "Talks went well.")])
    let before = F.document("edit.txt", digest: "e1", title: "Old title", statements: [("Lavrov", "We count on the ICRC to remain neutral.")])
    let after = F.document(
      "edit.txt", digest: "e2", title: "New title",
      statements: [("Lavrov", "We count on the ICRC to remain neutral and impartial."), ("", "Talks will go on.")])
    let fresh = F.document("new.txt", digest: "n", statements: [("Spoljaric", "The ICRC will visit camps."), ("", "More talks.")])
    let previous = SinceLastRun.PreviousRun(
      asOf: try #require(CalendarDate("2025-03-11")), digests: [unchanged.key: "s", before.key: "e1"], changed: [before.key: before])
    let since = SinceLastRun.compare([fresh, after, unchanged], with: previous)
    #expect(since.previous == CalendarDate("2025-03-11"))
    #expect(since.newStatements.map(\.statement.text) == ["The ICRC will visit camps.", "More talks."])
    #expect(since.newStatements.allSatisfy { $0.document.key.path == "new.txt" })
    let edit = try #require(since.edits.first)
    #expect(since.edits.count == 1)
    #expect(edit.before.title == "Old title" && edit.after.title == "New title")
    #expect(edit.changes.count == 2)
    guard case .changed(let old, let new) = edit.changes[0] else {
      Issue.record("expected a change first, got \(edit.changes)")
      return
    }
    #expect(old.text == "We count on the ICRC to remain neutral." && new.text.hasSuffix("neutral and impartial."))
    #expect(edit.changes[1] == .added(after.statements[1]))
  }
}
