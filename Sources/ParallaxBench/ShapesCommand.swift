import ArgumentParser
import Foundation
import ParallaxBenchSupport

/// `parallax-bench shapes`: the hostile shapes of issue 15 (fifty thousand one-line items, a
/// million short lines, one 20 MB line) and fifty thousand story headings, written from a seed,
/// each given to `parallax statements` and to `parallax compare -o DIR` in turn; the best of `--runs` of each, and whether `compare`
/// stays within twice what `statements` takes (the floor). Whole processes, as users run them.
struct ShapesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "shapes",
    abstract: "Time compare against statements on the hostile shapes (items, short lines, one long line, headings).")

  @Option(help: ArgumentHelp("The parallax executable (default: the one beside parallax-bench).", valueName: "path"))
  var parallax: String?

  @Option(help: "Runs of each command per shape, alternating; the best is reported.")
  var runs = 3

  @Option(help: ArgumentHelp("Write the shapes here and keep them (default: a temporary folder, removed).", valueName: "dir"))
  var folder: String?

  @Option(help: "The most `compare` may take, as a multiple of `statements` (issue 15: 2).")
  var floor = 2.0

  func validate() throws {
    if runs < 1 { throw ValidationError("--runs is 1 or more") }
  }

  func run() throws {
    let parallax = parallax ?? RealPagesCommand.defaultParallax()
    let root = folder ?? FileManager.default.temporaryDirectory.appendingPathComponent(
      "parallax-bench-shapes-\(ProcessInfo.processInfo.processIdentifier)").path
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    defer { if folder == nil { try? FileManager.default.removeItem(atPath: root) } }
    var failed = false
    print("| shape | size | `statements`: best s, peak MiB | `compare -o DIR`: best s, peak MiB | ratio | floor ≤ \(Self.number(floor))× |")
    print("| --- | ---: | --- | --- | ---: | --- |")
    for shape in Shape.allCases {
      let path = "\(root)/\(shape.rawValue).txt"
      let text = shape.text()
      guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
        throw BenchError.cannotWrite(path: path, reason: "the folder is not writable")
      }
      let output = "\(root)/\(shape.rawValue)-reports"
      var statements = Measure()
      var compare = Measure()
      for _ in 0..<runs {
        statements.add(try Self.timed(parallax, ["statements", path]))
        try? FileManager.default.removeItem(atPath: output)
        compare.add(try Self.timed(parallax, ["compare", path, "-o", output]))
      }
      try? FileManager.default.removeItem(atPath: output)
      let ratio = compare.best / statements.best
      let met = ratio <= floor
      failed = failed || !met
      print(
        "| \(shape.label) | \(Self.megabytes(text.utf8.count)) | \(statements) | \(compare) | \(Self.number(ratio))× | \(met ? "met" : "NOT MET") |")
    }
    if folder != nil { print("\nThe shapes are in \(root).") }
    if failed { throw ExitCode(1) }
  }

  /// The best wall time and the largest peak of several runs of one command.
  struct Measure: CustomStringConvertible {
    var best = Double.infinity
    var peak = 0

    mutating func add(_ run: (seconds: Double, peakKiB: Int)) {
      best = min(best, run.seconds)
      peak = max(peak, run.peakKiB)
    }

    var description: String { "\(String(format: "%.2f", best)) s, \(peak / 1024) MiB" }
  }

  /// The shapes: each stalls a pipeline that is not linear in its own way.
  enum Shape: String, CaseIterable {
    case items = "items50k"
    case lines = "lines1m"
    case line = "oneline20mb"
    case headings = "headings50k"

    var label: String {
      switch self {
      case .items: "50,000 one-line items (`Item 1.` …)"
      case .lines: "1 million short lines"
      case .line: "one 20 MB line"
      case .headings: "50,000 headings, each over a sentence"
      }
    }

    /// The shape's text, the same for every run and machine (`SplitMix64`, seed 15).
    func text() -> String {
      var random = SplitMix64(seed: 15)
      switch self {
      case .items:
        return (1...50_000).map { "Item \($0).\n" }.joined()
      case .lines:
        var text = ""
        text.reserveCapacity(20_000_000)
        for _ in 0..<1_000_000 { text += Self.sentence(words: 3, &random) + "\n" }
        return text
      case .line:
        var text = ""
        text.reserveCapacity(20_000_100)
        while text.utf8.count < 20_000_000 { text += Self.sentence(words: 4 + random.below(10), &random) + " " }
        return text + "\n"
      case .headings:
        // A heading (unended, nine words or more) and a paragraph under it, fifty thousand times.
        var text = Self.sentence(words: 6, &random) + "\n\n"
        for _ in 0..<50_000 {
          text += Self.sentence(words: 9 + random.below(6), &random).dropLast() + "\n\n"
          text += Self.sentence(words: 8 + random.below(10), &random) + "\n\n"
        }
        return text
      }
    }

    /// Words of the bench's own, one capitalized sentence of `words` of them.
    static let vocabulary = [
      "talks", "minister", "said", "that", "grain", "week", "exports", "partners", "continue", "on", "the", "with",
      "istanbul", "would", "in", "next",
    ]

    static func sentence(words count: Int, _ random: inout SplitMix64) -> String {
      var words = (0..<count).map { _ in vocabulary[random.below(vocabulary.count)] }
      words[0] = words[0].prefix(1).uppercased() + words[0].dropFirst()
      return words.joined(separator: " ") + "."
    }
  }

  /// Runs `path arguments` (`ProcessTimer.measure`): its wall time and peak memory; a run that
  /// fails stops the bench.
  static func timed(_ path: String, _ arguments: [String]) throws -> (seconds: Double, peakKiB: Int) {
    let run = try ProcessTimer.measure(path, arguments)
    guard run.status == 0 else {
      throw BenchError.spawn(path: path, reason: "'\(arguments.joined(separator: " "))' exited with status \(run.status)")
    }
    return (run.seconds, run.peakKiB)
  }

  static func number(_ value: Double) -> String { String(format: "%.2f", value) }

  static func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1e6) }
}
