import Foundation
import Logging

#if canImport(Glibc)
  import Glibc
#endif

/// A swift-log handler that formats `2025-03-12T02:30:00.412Z info lavrov: message key=value`
/// (the `job` metadata becomes the prefix) and hands the line to a `BatchConsole`.
struct BatchLogHandler: LogHandler {
  let console: BatchConsole
  var metadata: Logger.Metadata = [:]
  var logLevel: Logger.Level = .info

  subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  func log(event: LogEvent) {
    var all = metadata
    if let more = event.metadata { all.merge(more) { _, new in new } }
    var line = Self.timestamp(Date()) + " " + event.level.rawValue + " "
    if let job = all.removeValue(forKey: "job") { line += "\(job): " }
    line += event.message.description
    for key in all.keys.sorted() {
      if let value = all[key] { line += " \(key)=\(value)" }
    }
    console.log(line, level: event.level)
  }

  /// `2025-03-12T02:30:00.412Z`: UTC, to the millisecond.
  static func timestamp(_ date: Date) -> String {
    let interval = date.timeIntervalSince1970
    var seconds = time_t(interval.rounded(.down))
    let milliseconds = min(999, Int((interval - interval.rounded(.down)) * 1000))
    var parts = tm()
    gmtime_r(&seconds, &parts)
    func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
    let millis = milliseconds < 10 ? "00\(milliseconds)" : milliseconds < 100 ? "0\(milliseconds)" : "\(milliseconds)"
    return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
      + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)).\(millis)Z"
  }
}
