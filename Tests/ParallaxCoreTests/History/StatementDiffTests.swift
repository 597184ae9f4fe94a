import ParallaxCore
import Testing

/// The statement-level diff of two versions of a document.
@Suite struct StatementDiffTests {
  typealias F = HistoryFixture

  func texts(_ changes: [StatementChange]) -> [String] {
    changes.map { change in
      switch change {
      case .removed(let s): "- \(s.text)"
      case .added(let s): "+ \(s.text)"
      case .changed(let a, let b): "~ \(a.text) → \(b.text)"
      }
    }
  }

  @Test("identical versions have no changes")
  func identical() {
    let statements = [F.statement(0, "Lavrov", "Talks went well."), F.statement(1, "", "The meeting lasted two hours.")]
    #expect(StatementDiff.changes(from: statements, to: statements).isEmpty)
  }

  @Test("a reworded statement of the same speaker is one change; a new one is added; a dropped one is removed")
  func changedAddedRemoved() {
    let old = [
      F.statement(0, "Lavrov", "Russia valued the neutral character of the committee's work."),
      F.statement(1, "Lavrov", "We count on the ICRC to remain strictly neutral."),
      F.statement(2, "", "The ministry said the talks were useful."),
    ]
    let new = [
      F.statement(0, "Lavrov", "We count on the ICRC to remain strictly neutral and impartial."),
      F.statement(1, "", "The ministry said the talks were useful."),
      F.statement(2, "Spoljaric", "The ICRC will visit prisoners of war."),
    ]
    #expect(texts(StatementDiff.changes(from: old, to: new)) == [
      "- Russia valued the neutral character of the committee's work.",
      "~ We count on the ICRC to remain strictly neutral. → We count on the ICRC to remain strictly neutral and impartial.",
      "+ The ICRC will visit prisoners of war.",
    ])
  }

  @Test("the same words from another speaker, or unlike words from the same one, are not a change")
  func notAChange() {
    let old = [F.statement(0, "Lavrov", "We count on the ICRC to remain strictly neutral.")]
    let other = [F.statement(0, "Zakharova", "We count on the ICRC to remain strictly neutral.")]
    #expect(texts(StatementDiff.changes(from: old, to: other)) == [
      "- We count on the ICRC to remain strictly neutral.", "+ We count on the ICRC to remain strictly neutral.",
    ])
    let unlike = [F.statement(0, "Lavrov", "Sanctions must be lifted before any exchange.")]
    #expect(texts(StatementDiff.changes(from: old, to: unlike)).count == 2)
  }
}
