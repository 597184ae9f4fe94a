import Testing

@testable import ParallaxCore

@Suite struct UTF8SlicesTests {
  @Test("each byte range is handed over as its own bytes, in order, across scripts")
  func slices() {
    var text = "Київ, 5 травня. Kyiv said — «так»."
    let ranges = [0..<8, 9..<10, 0..<0, 30..<35]
    let utf8 = Array(text.utf8)
    let slices = text.mapUTF8Slices(ranges) { Array($0) }
    #expect(slices == ranges.map { Array(utf8[$0]) })
    #expect(String(decoding: slices[0], as: UTF8.self) == "Київ")
  }
}
