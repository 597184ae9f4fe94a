public import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The content hashes of a batch's input files, kept between runs beside each file's metadata
/// (`{root}/.parallax-batch-files.tsv`), so that a rerun reads only the files that changed.
///
/// A file's hash is reused only when its device, inode, size, modification time and status
/// change time (ctime) are all as recorded. Every write to a file, and every rename onto its
/// path, moves its ctime to the current time, and no program can set a ctime back (`touch`
/// and `rsync --times` set only the modification time), so an edited file never keeps its
/// stamp. Two writes within one tick of the file system's clock can share a ctime, so a hash
/// read less than `racyMargin` after the file's last change is not kept: the next run reads
/// that file again. What remains is a file system whose ctime is not maintained or whose
/// clock runs behind this machine's by more than the margin; `batch run --force` covers those.
///
/// ```swift
/// var hashes = BatchFileHashes(text: saved)    // or BatchFileHashes() for none
/// hashes.hash(of: "feeds/tass/0001.txt")       // "9f86d081884c7d65" (read once, then reused)
/// try write(hashes.text)                        // this run's files only
/// ```
public struct BatchFileHashes: Sendable {
  /// What `stat` says about a file: enough to notice any change to it.
  public struct Stamp: Sendable, Hashable {
    /// The file system's device number.
    public var device: UInt64
    /// The inode: a file replaced by a rename gets a new one.
    public var inode: UInt64
    /// The size in bytes.
    public var size: Int64
    /// The modification time (mtime), which programs can set.
    public var modified: Timestamp
    /// The status change time (ctime), which only the kernel sets, to now, on every change.
    public var changed: Timestamp

    /// The stamp of the file at `path`, or nil when it cannot be stat'ed.
    public static func of(_ path: String) -> Stamp? {
      var info = stat()
      guard stat(path, &info) == 0 else { return nil }
      return Stamp(
        device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
        modified: Timestamp(seconds: Int64(info.st_mtim.tv_sec), nanoseconds: Int64(info.st_mtim.tv_nsec)),
        changed: Timestamp(seconds: Int64(info.st_ctim.tv_sec), nanoseconds: Int64(info.st_ctim.tv_nsec)))
    }
  }

  /// Seconds and nanoseconds since 1970, as the file system keeps them.
  public struct Timestamp: Sendable, Hashable, Comparable {
    public var seconds: Int64
    /// 0 to 999,999,999.
    public var nanoseconds: Int64

    public init(seconds: Int64, nanoseconds: Int64) {
      self.seconds = seconds
      self.nanoseconds = nanoseconds
    }

    /// The time of `date`.
    public init(_ date: Date) {
      let whole = date.timeIntervalSince1970.rounded(.down)
      seconds = Int64(whole)
      nanoseconds = Int64((date.timeIntervalSince1970 - whole) * 1e9)
    }

    public static func < (a: Timestamp, b: Timestamp) -> Bool {
      (a.seconds, a.nanoseconds) < (b.seconds, b.nanoseconds)
    }
  }

  private struct Entry: Sendable {
    var stamp: Stamp
    var hash: String
  }

  /// How long after a file's last change its hash is trusted on metadata alone: longer than
  /// the coarsest timestamp tick of common file systems (FAT keeps 2 s).
  public static let racyMargin: Int64 = 3

  /// The first line of the saved file.
  public static let header = "# parallax.batch-files/1"

  /// The entries read from the last run.
  private var saved: [String: Entry] = [:]
  /// The entries of this run: what `text` saves.
  private var current: [String: Entry] = [:]
  /// Files whose bytes were read by `hash(of:now:)` (the others reused their saved hash).
  public private(set) var filesRead = 0

  /// No saved hashes: every file is read.
  public init() {}

  /// The hashes saved in `text` by an earlier run; lines that do not parse are ignored (their
  /// files are read again).
  public init(text: String) {
    let bytes = Array(text.utf8)
    let header = Array(Self.header.utf8)
    guard bytes.count > header.count, bytes[header.count] == 0x0A,
      bytes[0..<header.count].elementsEqual(header)
    else { return }
    var start = header.count + 1
    saved.reserveCapacity(bytes.count / 120)
    while start < bytes.count {
      var end = start
      while end < bytes.count, bytes[end] != 0x0A { end += 1 }
      if let (path, entry) = Self.entry(bytes, start..<end) { saved[path] = entry }
      start = end + 1
    }
  }

  /// One saved line: `hash device inode size mtime-s mtime-ns ctime-s ctime-ns path`, separated
  /// by tabs; nil when it does not parse.
  private static func entry(_ bytes: [UInt8], _ line: Range<Int>) -> (String, Entry)? {
    var fields: [Range<Int>] = []
    var start = line.lowerBound
    for index in line where bytes[index] == 0x09 && fields.count < 8 {
      fields.append(start..<index)
      start = index + 1
    }
    fields.append(start..<line.upperBound)
    guard fields.count == 9, !fields[0].isEmpty, !fields[8].isEmpty else { return nil }
    // Unsigned decimals; anything else (a negative time before 1970, an overflow) is no entry.
    var numbers: [UInt64] = []
    for field in fields[1...7] {
      guard !field.isEmpty else { return nil }
      var value: UInt64 = 0
      for index in field {
        let digit = bytes[index] &- 0x30
        guard digit < 10 else { return nil }
        let (times, overflow) = value.multipliedReportingOverflow(by: 10)
        let (sum, carry) = times.addingReportingOverflow(UInt64(digit))
        guard !overflow, !carry else { return nil }
        value = sum
      }
      numbers.append(value)
    }
    guard numbers[2...6].allSatisfy({ $0 <= UInt64(Int64.max) }) else { return nil }
    let stamp = Stamp(
      device: numbers[0], inode: numbers[1], size: Int64(numbers[2]),
      modified: Timestamp(seconds: Int64(numbers[3]), nanoseconds: Int64(numbers[4])),
      changed: Timestamp(seconds: Int64(numbers[5]), nanoseconds: Int64(numbers[6])))
    let hash = String(decoding: bytes[fields[0]], as: UTF8.self)
    let path = String(decoding: bytes[fields[8]], as: UTF8.self)
    return (path, Entry(stamp: stamp, hash: hash))
  }

  /// The hash of the bytes of the file at `path` (FNV-1a, 16 hexadecimal digits), or nil when
  /// it cannot be read; reuses the saved hash when the file's stamp is unchanged.
  /// - Parameter now: the current time, which decides whether the hash may be kept.
  public mutating func hash(of path: String, now: Date = Date()) -> String? {
    guard let stamp = Stamp.of(path) else { return nil }
    if let entry = current[path] ?? saved[path], entry.stamp == stamp {
      current[path] = entry
      return entry.hash
    }
    guard let bytes = FileManager.default.contents(atPath: path) else { return nil }
    filesRead += 1
    var hasher = StableHash()
    hasher.combine(bytes)
    let hash = hasher.hex
    // Keep it only when a later write must show in the ctime (see the type's comment), and
    // only when the path fits on one line of the saved file.
    let settled = Timestamp(seconds: Timestamp(now).seconds - Self.racyMargin, nanoseconds: 0)
    if max(stamp.changed, stamp.modified) < settled, !path.contains("\t"), !path.contains("\n") {
      current[path] = Entry(stamp: stamp, hash: hash)
    }
    return hash
  }

  /// This run's hashes, one file a line, sorted by path.
  public var text: String {
    var result = Self.header + "\n"
    for path in current.keys.sorted() {
      guard let entry = current[path] else { continue }
      let s = entry.stamp
      result += "\(entry.hash)\t\(s.device)\t\(s.inode)\t\(s.size)\t\(s.modified.seconds)\t\(s.modified.nanoseconds)\t"
      result += "\(s.changed.seconds)\t\(s.changed.nanoseconds)\t\(path)\n"
    }
    return result
  }
}
