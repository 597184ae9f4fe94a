import Testing

@testable import ParallaxCore

/// Which strings are topic ids: dotted parts of lowercase ASCII letters, digits and hyphens.
@Suite struct TopicIDTests {
  @Test("a topic id is at least two non-empty parts of a-z, 0-9 and '-'")
  func validity() {
    #expect(TopicID.isValid("attacks.shelling"))
    #expect(TopicID.isValid("emerging.line-ok-12"))
    #expect(TopicID.isValid("a.b.c"))
    #expect(!TopicID.isValid("shelling"))
    #expect(!TopicID.isValid("attacks."))
    #expect(!TopicID.isValid(".attacks"))
    #expect(!TopicID.isValid("attacks..shelling"))
    #expect(!TopicID.isValid("Attacks.shelling"))
    #expect(!TopicID.isValid("emerging.kyjiv_x"))
    #expect(!TopicID.isValid("emerging.київ"))
    #expect(!TopicID.isValid(""))
  }
}
