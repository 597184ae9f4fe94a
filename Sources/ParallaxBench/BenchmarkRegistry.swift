/// Every benchmark `parallax-bench run` knows, in the order they run and print.
enum BenchmarkRegistry {
  static let all: [any Benchmark] = [
    NFKCCaseFoldBenchmark(),
    MatchKeyBenchmark(),
    SentenceBenchmark(),
    WordBenchmark(),
    TransliterationBenchmark(),
    StartupBenchmark(),
    LSPChangeBenchmark(),
    StatementsBenchmark(),
    RegistryLoadBenchmark(),
    CheckBenchmark(),
  ]

  /// The benchmarks named in `names` (all when empty), in registry order.
  static func select(_ names: [String]) throws(BenchError) -> [any Benchmark] {
    let known = all.map(\.name)
    for name in names where !known.contains(name) {
      throw .unknownBenchmark(name: name, known: known)
    }
    return names.isEmpty ? all : all.filter { names.contains($0.name) }
  }
}
