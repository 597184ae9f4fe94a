public import Foundation

/// Where locale data comes from: a `Locales/` folder on disk, or memory in tests.
///
/// Paths are relative to the data root and use `/`, such as `uk/transliteration/uk-Latn-KMU2010.yaml`.
public protocol LocaleDataProvider: Sendable {
  /// A name for messages: files are shown as `displayRoot/relativePath`.
  var displayRoot: String { get }
  /// Every data file (`.yaml`) below the root, sorted.
  func allFiles() -> [String]
  /// The text of one file.
  func read(_ relativePath: String) throws(LocaleDataError) -> String
  /// Whether a file exists.
  func exists(_ relativePath: String) -> Bool
  /// The path shown in messages for `relativePath`: the file as the user would open it.
  func displayPath(_ relativePath: String) -> String
  /// The providers this one is stacked from, bottom (the shipped data) first; `[self]` for a
  /// single folder. Loaders whose files add up rather than replace each other (the name
  /// registry, the topic lexicons) read every layer; everything else sees the top file of
  /// each path.
  var layers: [any LocaleDataProvider] { get }
}

extension LocaleDataProvider {
  public func displayPath(_ relativePath: String) -> String {
    displayRoot.isEmpty ? relativePath : "\(displayRoot)/\(relativePath)"
  }

  public var layers: [any LocaleDataProvider] { [self] }

  /// The data files directly inside `folder` of `language` and its fallbacks, most specific
  /// first (`sr-Latn-RS/x`, `sr-Latn/x`, `sr/x`, `und/x`).
  public func files(in folder: String, for language: LocaleID) -> [String] {
    let all = allFiles()
    var result: [String] = []
    for candidate in language.fallbacks {
      let prefix = "\(candidate.rawValue)/\(folder)/"
      result += all.filter { $0.hasPrefix(prefix) && !$0.dropFirst(prefix.count).contains("/") }
    }
    return result
  }
}

/// Locale data read from a folder.
public struct DirectoryLocaleData: LocaleDataProvider {
  /// The folder, as given.
  public let root: URL
  public let displayRoot: String
  private let listing: [String]

  /// Reads the listing of `root` once.
  public init(root: URL, displayRoot: String? = nil) {
    self.root = root.standardizedFileURL
    self.displayRoot = displayRoot ?? root.path
    self.listing = Self.list(self.root)
  }

  public func allFiles() -> [String] { listing }

  public func exists(_ relativePath: String) -> Bool {
    FileManager.default.fileExists(atPath: root.appendingPathComponent(relativePath).path)
  }

  public func read(_ relativePath: String) throws(LocaleDataError) -> String {
    let url = root.appendingPathComponent(relativePath)
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw .unreadable(file: displayPath(relativePath), reason: "no such file or not readable")
    }
    if let offset = UTF8Validation.firstInvalidOffset(in: data) {
      throw .unreadable(
        file: displayPath(relativePath), reason: "invalid UTF-8 at byte offset \(offset)")
    }
    return String(decoding: data, as: UTF8.self)
  }

  private static func list(_ root: URL) -> [String] {
    guard
      let enumerator = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
    else { return [] }
    let base = root.path.hasSuffix("/") ? root.path : root.path + "/"
    var files: [String] = []
    for case let url as URL in enumerator {
      let path = url.standardizedFileURL.path
      guard path.hasPrefix(base), url.pathExtension == "yaml" || url.pathExtension == "yml" else {
        continue
      }
      files.append(String(path.dropFirst(base.count)))
    }
    return files.sorted()
  }
}

/// Locale data held in memory: for tests and for data built on the fly.
public struct InMemoryLocaleData: LocaleDataProvider {
  public let displayRoot: String
  private let contents: [String: String]

  public init(_ contents: [String: String], displayRoot: String = "Locales") {
    self.contents = contents
    self.displayRoot = displayRoot
  }

  public func allFiles() -> [String] { contents.keys.sorted() }
  public func exists(_ relativePath: String) -> Bool { contents[relativePath] != nil }

  public func read(_ relativePath: String) throws(LocaleDataError) -> String {
    guard let text = contents[relativePath] else {
      throw .unreadable(file: displayPath(relativePath), reason: "no such file")
    }
    return text
  }
}
