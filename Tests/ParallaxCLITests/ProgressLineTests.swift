import Foundation
import Testing

@testable import ParallaxCLI

@Suite struct ProgressLineTests {
  @Test("the progress line says files and megabytes done, the rate and the time left")
  func text() {
    let line = ProgressLine.text(command: "compare", done: 1204, total: 10000, bytes: 2_400_000, seconds: 2)
    #expect(line == "compare: 1,204/10,000 files · 2.4 MB · 1.2 MB/s · 15 s left")
    let long = ProgressLine.text(command: "check", done: 10, total: 10000, bytes: 20_000, seconds: 6)
    #expect(long.hasSuffix("· 100 min left"))
    // No rate in the first half second, and no time left once done.
    #expect(ProgressLine.text(command: "check", done: 1, total: 2, bytes: 0, seconds: 0.1) == "check: 1/2 files · 0.0 MB")
    #expect(!ProgressLine.text(command: "check", done: 2, total: 2, bytes: 0, seconds: 3).contains("left"))
  }

  @Test("no progress line off a terminal, with --quiet, or for one file")
  func enabled() {
    #expect(!ProgressLine(command: "compare", total: 100, quiet: false, isTerminal: false).enabled)
    #expect(!ProgressLine(command: "compare", total: 100, quiet: true, isTerminal: true).enabled)
    #expect(!ProgressLine(command: "compare", total: 1, quiet: false, isTerminal: true).enabled)
    #expect(ProgressLine(command: "compare", total: 100, quiet: false, isTerminal: true).enabled)
  }
}
