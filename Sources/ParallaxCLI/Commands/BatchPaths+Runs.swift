import Foundation
import ParallaxCore

extension BatchPaths {
  /// The folder of the run records, `{root}/runs`: one file per run, never overwritten.
  var runs: String { path("runs") }

  /// A new run record's path relative to the root, named after the time the run started in UTC
  /// with colons made dashes (`runs/2025-03-12T02-30-00.412Z.json`), so that the names sort
  /// as the runs started; a name already taken (two runs within a millisecond, or a clock set
  /// back) gets `-2`, `-3`, … before `.json`. Called under the batch lock, so no other run can
  /// take the name meanwhile.
  func newRunRecord(started: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    let stem = "runs/" + formatter.string(from: started).replacingOccurrences(of: ":", with: "-")
    var candidate = stem + ".json"
    var number = 2
    while FileManager.default.fileExists(atPath: path(candidate)) {
      candidate = "\(stem)-\(number).json"
      number += 1
    }
    return candidate
  }
}
