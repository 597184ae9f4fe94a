import Testing

import ParallaxCore

/// Sentence and statement texts collapse white space: runs of spaces, tabs and line breaks
/// become one space wherever they fall (the clean-text check reads eight bytes at a time).
@Suite struct StatementTextTests {
  @Test("a run of white space anywhere in a sentence becomes one space; clean text is kept as written")
  func collapsedWhiteSpace() throws {
    var paragraphs: [String] = []
    var expected: [String] = []
    for gap in ["  ", "\t", " \t ", "   ", "\n"] {
      for offset in 0..<17 {
        let lead = String(repeating: "a", count: offset)
        paragraphs.append("The ministry said \(lead)x\(gap)y in Geneva. Officials agreed on \(lead)z.")
        expected.append("The ministry said \(lead)x y in Geneva.")
        expected.append("Officials agreed on \(lead)z.")
      }
    }
    let (_, statements, _, _) = try StatementsTestSupport.extract(paragraphs.joined(separator: "\n\n"))
    let texts = Set(statements.flatMap { $0 }.map(\.text))
    for sentence in expected { #expect(texts.contains(sentence), "\(sentence.debugDescription)") }
  }
}
