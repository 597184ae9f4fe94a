import Testing

@testable import ParallaxCore

@Suite struct UTF8KeyTests {
  @Test("keys with the same bytes meet in a dictionary; different bytes stay apart, even when canonically equal")
  func bytes() {
    var table: [UTF8Key: Int] = [:]
    table[UTF8Key("київ")] = 1
    table[UTF8Key("kyiv")] = 2
    #expect(table[UTF8Key(String("ки") + "їв")] == 1)
    #expect(table[UTF8Key("kyiv")] == 2)
    // "ї" precomposed and as "і" + combining diaeresis: String calls them equal; the key does not.
    #expect("ки\u{0457}в" == "ки\u{0456}\u{0308}в")
    #expect(UTF8Key("ки\u{0457}в") != UTF8Key("ки\u{0456}\u{0308}в"))
    #expect(table.count == 2)
  }
}
