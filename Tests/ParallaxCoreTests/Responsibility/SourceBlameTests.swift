import ParallaxCore
import Testing

/// The one rule that says when an alignment shows opposite blame, shared by the report's
/// "Opposite blame" line, the blame across the event and the agreement chart.
@Suite struct SourceBlameTests {
  @Test("an alignment blames opposite sides when its statements name two agents, not one agent twice or none")
  func opposes() {
    let russia = EntityID("org.russian-armed-forces")
    let ukraine = EntityID("org.armed-forces-ukraine")
    #expect(SourceBlame.opposes([russia, ukraine]))
    #expect(SourceBlame.opposes([russia, russia, ukraine]))
    #expect(!SourceBlame.opposes([russia, russia]))
    #expect(!SourceBlame.opposes([EntityID]()))
  }
}
