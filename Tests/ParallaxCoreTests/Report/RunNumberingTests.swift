import Testing

@testable import ParallaxCore

@Suite struct RunNumberingTests {
  @Test("keys are numbered in the order first met, in runs and out of them; a key met again keeps its number")
  func numbering() {
    var numbering = RunNumbering<String>()
    let met = ["a", "a", "b", "a", "c", "c", "b"].map { numbering.number(of: $0) }
    #expect(met.map(\.number) == [0, 0, 1, 0, 2, 2, 1])
    #expect(met.map(\.isNew) == [true, false, true, false, true, false, false])
    #expect(numbering.count == 3)
    #expect(numbering.existing("c") == 2 && numbering.existing("d") == nil)
  }
}
