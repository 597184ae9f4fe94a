import Foundation

/// The results of one `parallax-bench run` as a table for people or JSON for machines.
struct ResultReport: Encodable {
  let megabytes: Int
  let seed: UInt64
  let runs: Int
  let icuVersion: String
  let corpusBytes: Int
  let paragraphs: Int
  let distinctTokens: Int
  let results: [BenchResult]

  /// One result as a progress line.
  static func line(_ result: BenchResult) -> String {
    let speed = result.milliseconds.map { "\(String(format1: $0)) ms" }
      ?? (result.anchorMBps == nil
        ? "\(mbps(result.parallaxMBps)) MB/s"
        : "\(mbps(result.parallaxMBps)) MB/s vs \(mbps(result.anchorMBps)) MB/s")
    return "  \(result.name): \(speed) — \(result.passed ? "pass" : "FAIL")"
  }

  /// The table, with notes below it.
  func table() -> String {
    var out = "parallax-bench: ICU \(icuVersion), one thread (check: two cores, end to end), "
      + "best of \(runs) runs after a warm-up"
    if corpusBytes > 0 {
      out += "\ncorpus: \(corpusBytes) bytes (\(megabytes) MB, seed \(seed)), \(paragraphs) "
        + "paragraphs en/ru/uk, \(distinctTokens) distinct space-separated tokens"
    }
    out += "\n\n"
    let header = [
      "operation".padding(20), "Parallax MB/s".leftPadding(14), "ICU-from-C MB/s".leftPadding(16),
      "ratio".leftPadding(7), "floor".leftPadding(9), "pass".leftPadding(5),
      "ICU UTF-16 MB/s".leftPadding(16),
    ]
    out += header.joined(separator: " ") + "\n"
    out += String(repeating: "-", count: header.joined(separator: " ").count) + "\n"
    for result in results {
      let parallax =
        result.milliseconds.map { "\(String(format1: $0)) ms" } ?? Self.mbps(result.parallaxMBps)
      let row = [
        result.name.padding(20), parallax.leftPadding(14),
        Self.mbps(result.anchorMBps).leftPadding(16),
        (result.ratio.map { "\(Self.twoDecimals($0))×" } ?? "—").leftPadding(7),
        (result.floor?.description ?? "—").leftPadding(9),
        (result.passed ? "pass" : "FAIL").leftPadding(5),
        Self.mbps(result.anchorUTF16MBps).leftPadding(16),
      ]
      out += row.joined(separator: " ") + "\n"
    }
    out += "\n"
    for result in results where !result.notes.isEmpty {
      for note in result.notes { out += "\(result.name): \(note)\n" }
    }
    return out
  }

  /// The report as pretty JSON with sorted keys.
  func json() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(self) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  static func mbps(_ value: Double?) -> String {
    value.map { String(format1: $0) } ?? "—"
  }

  static func twoDecimals(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let fraction = abs(hundredths % 100)
    return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
  }
}
