import ArgumentParser

/// `parallax-bench list`: the benchmarks, their floors and what they measure.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List the benchmarks and their floors.")

  func run() {
    for benchmark in BenchmarkRegistry.all {
      let floor = benchmark.floor?.description ?? "—"
      print(
        benchmark.name.padding(20) + " " + floor.padding(9) + " " + benchmark.summary)
    }
  }
}

extension String {
  /// The string padded with spaces to `width` characters (never truncated).
  func padding(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }

  /// The string right-aligned in `width` characters.
  func leftPadding(_ width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
