import Foundation
import ParallaxCore

/// `NameSetup.load(from:cacheDirectory:)` in process, as every `check` and `statements` run
/// starts: the median of 20 loads from a warm cache (floor), and the cold time of building
/// the registry from YAML and writing the cache (reported, no floor).
struct RegistryLoadBenchmark: Benchmark {
  let name = "registry-load"
  let summary = "NameSetup.load with a warm compiled cache (median of 20); cold time noted"
  let floor: Floor? = .millisecondsBelow(50)

  func run(in context: BenchContext) throws(BenchError) -> BenchResult {
    let data = context.localeData
    // A fresh folder per run: the first load is cold (compile and write), the rest warm.
    let cache = context.workDirectory.appendingPathComponent("registry-load-\(getpid())")
    try? FileManager.default.removeItem(at: cache)
    defer { try? FileManager.default.removeItem(at: cache) }
    func load() throws(BenchError) -> (Double, Int) {
      let start = Stopwatch.now()
      do {
        let setup = try NameSetup.load(from: data, cacheDirectory: cache)
        return (Double(Stopwatch.now() - start) / 1e6, setup.registry.entities.count)
      } catch {
        throw .localeData(error)
      }
    }
    let (cold, coldEntities) = try load()
    var times: [Double] = []
    var entities = 0
    for _ in 0..<20 {
      let (ms, count) = try load()
      times.append(ms)
      entities = count
    }
    times.sort()
    let median = (times[9] + times[10]) / 2
    var result = BenchResult(name: name, milliseconds: median, floor: floor)
    result.notes.append(
      "warm: median of 20 loads from the cache, min \(String(format1: times[0])) ms, max "
        + "\(String(format1: times[19])) ms; cold (compile from YAML, write the cache): "
        + "\(String(format1: cold)) ms; \(entities) entities")
    if entities != coldEntities || entities == 0 {
      result.verified = false
      result.notes.append("the cached registry has \(entities) entities, the compiled one \(coldEntities)")
    }
    return result
  }
}
