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

/// A terminal that records what a progress line draws, and a clock the test moves by hand.
final class FakeProgressDisplay: ProgressDisplay, @unchecked Sendable {
  private(set) var drawn: [String?] = []
  func progress(_ text: String?) { drawn.append(text) }
}

final class FakeClock: @unchecked Sendable {
  var now: UInt64 = 5_000_000_000
  var clock: ProgressLine.Clock { { [unowned self] in self.now } }
  func advance(milliseconds: UInt64) { now += milliseconds * 1_000_000 }
}

@Suite struct ProgressLineDrawingTests {
  @Test("check's line is drawn at most ten times a second, always for the last file, and cleared at the end")
  func throttled() {
    let display = FakeProgressDisplay()
    let time = FakeClock()
    let line = ProgressLine(command: "check", total: 4, quiet: false, isTerminal: true, display: display, clock: time.clock)
    line.advance(bytes: 1_000_000)
    time.advance(milliseconds: 50)
    line.advance(bytes: 1_000_000)  // 50 ms after the last draw: skipped
    time.advance(milliseconds: 950)
    line.advance(bytes: 1_000_000)
    time.advance(milliseconds: 10)
    line.advance(bytes: 1_000_000)  // the last file: drawn however soon
    line.finish()
    #expect(
      display.drawn == [
        "check: 1/4 files · 1.0 MB",
        "check: 3/4 files · 3.0 MB · 3.0 MB/s · 0 s left",
        "check: 4/4 files · 4.0 MB · 4.0 MB/s",
        nil,
      ])
  }

  @Test("statements with --quiet or into a pipe draws nothing, not even the clearing")
  func silent() {
    let display = FakeProgressDisplay()
    for (quiet, terminal) in [(true, true), (false, false)] {
      let line = ProgressLine(command: "statements", total: 10, quiet: quiet, isTerminal: terminal, display: display)
      line.advance(bytes: 10)
      line.finish()
    }
    #expect(display.drawn.isEmpty)
  }

  @Test("thousands are grouped in counts")
  func grouped() {
    #expect(ProgressLine.grouped(0) == "0")
    #expect(ProgressLine.grouped(999) == "999")
    #expect(ProgressLine.grouped(1000) == "1,000")
    #expect(ProgressLine.grouped(1_234_567) == "1,234,567")
    #expect(counted(1, "file") == "1 file")
    #expect(counted(20_000, "file") == "20,000 files")
  }
}

/// `batch run`'s bar on a terminal: jobs, files and megabytes, rate and time left, and nothing
/// drawn once the run has ended (its last log lines and summary start on a clean line).
@Suite struct BatchConsoleTests {
  final class Recorder: @unchecked Sendable {
    private(set) var text = ""
    func write(_ piece: String) { text += piece }
  }

  @Test("the bar counts jobs, files, megabytes, the rate and the time left")
  func barText() {
    let bar = BatchConsole.bar(
      done: 1, total: 4, running: ["lavrov"], width: 200, files: (done: 300, total: 1200, bytes: 2_400_000), seconds: 2)
    #expect(bar == "[#####...............] 1/4 jobs · 300/1,200 files · 2.4 MB · 1.2 MB/s · 6 s left · lavrov")
    // Without files (every job up to date), as before.
    #expect(BatchConsole.bar(done: 1, total: 2, running: ["feb"], width: 79) == "[##########..........] 1/2 jobs  feb")
  }

  @Test("after end() a log line is written on a clean line and the bar is not drawn again")
  func endIsFinal() {
    let recorder = Recorder()
    let time = FakeClock()
    let console = BatchConsole(
      verbosity: .normal, terminal: true, columns: 200, write: { recorder.write($0) }, clock: time.clock)
    console.begin(jobs: 2, files: 4)
    console.started("lavrov")
    time.advance(milliseconds: 200)
    console.fileRead(bytes: 500_000)
    time.advance(milliseconds: 20)
    console.fileRead(bytes: 500_000)  // within 100 ms of the last draw: not drawn
    time.advance(milliseconds: 200)
    console.fileRead(bytes: 500_000)
    console.finished("lavrov")
    console.end()
    let beforeEnd = recorder.text
    console.log("2025-03-12T02:30:31.552Z error run finished with failures", level: .error)
    #expect(beforeEnd.contains("\r[#####...............] 0/2 jobs · 1/4 files · 0.5 MB · lavrov\u{1B}[K"), "\(beforeEnd)")
    #expect(!beforeEnd.contains("2/4 files"))
    #expect(beforeEnd.contains("3/4 files · 1.5 MB"))
    #expect(beforeEnd.hasSuffix("\r\u{1B}[K"))
    #expect(recorder.text == beforeEnd + "2025-03-12T02:30:31.552Z error run finished with failures\n")
  }

  @Test("no bar and no info lines with --quiet; no bar off a terminal")
  func quiet() {
    let recorder = Recorder()
    let console = BatchConsole(verbosity: .quiet, terminal: true, write: { recorder.write($0) })
    console.begin(jobs: 2, files: 4)
    console.fileRead(bytes: 10)
    console.logger.info("started")
    console.end()
    #expect(recorder.text.isEmpty)
    let plain = Recorder()
    let logged = BatchConsole(verbosity: .normal, terminal: false, write: { plain.write($0) })
    logged.begin(jobs: 1, files: 1)
    logged.fileRead(bytes: 10)
    logged.logger.info("started")
    logged.end()
    #expect(plain.text.hasSuffix("Z info started\n") && !plain.text.contains("\r"), "\(plain.text)")
  }
}
