import ArgumentParser
import Foundation
import ParallaxCore

/// `--locales DIR`: where the locale data is; by default the `Locales/` folder installed with
/// the tool, found relative to the executable or the package root.
struct LocaleOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("The locale data folder.", valueName: "dir"))
  var locales: String?

  @Flag(name: .customLong("no-cache"), help: "Compile the name registry afresh instead of using the cache.")
  var noCache = false

  /// Where compiled locale data is cached: `PARALLAX_CACHE_DIR`, else `$XDG_CACHE_HOME/parallax`,
  /// else `~/.cache/parallax`; nil with `--no-cache`.
  var cacheDirectory: URL? {
    if noCache { return nil }
    let environment = ProcessInfo.processInfo.environment
    if let explicit = environment["PARALLAX_CACHE_DIR"] {
      return explicit.isEmpty ? nil : URL(fileURLWithPath: explicit)
    }
    if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty {
      return URL(fileURLWithPath: xdg).appendingPathComponent("parallax")
    }
    if let home = environment["HOME"], !home.isEmpty {
      return URL(fileURLWithPath: home).appendingPathComponent(".cache/parallax")
    }
    return nil
  }

  /// The compiled name setup (from the cache when it matches the data), or exit 65.
  func nameSetup(_ data: any LocaleDataProvider) throws -> NameSetup {
    do throws(LocaleDataError) {
      return try NameSetup.load(from: data, cacheDirectory: cacheDirectory)
    } catch {
      Terminal.shared.diagnostic(error.description)
      throw ExitCodes.dataError
    }
  }

  /// The locale data, or a diagnostic and exit 65 when none is found.
  func provider() throws -> DirectoryLocaleData {
    if let locales {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: locales, isDirectory: &isDirectory), isDirectory.boolValue
      else {
        Terminal.shared.diagnostic("\(locales): error: no such locale data folder")
        throw ExitCodes.noInput
      }
      return DirectoryLocaleData(root: URL(fileURLWithPath: locales), displayRoot: locales)
    }
    let candidates = Self.defaultCandidates()
    for candidate in candidates {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), isDirectory.boolValue {
        return DirectoryLocaleData(root: candidate, displayRoot: Self.shownPath(candidate))
      }
    }
    Terminal.shared.diagnostic(LocaleDataError.localesNotFound(searched: candidates.map(\.path)).description)
    throw ExitCodes.dataError
  }

  /// `PARALLAX_LOCALES`, then `Locales/` beside the executable, in `../share/parallax`, and in
  /// each folder above the executable (the package root when run from `.build`), then the
  /// current folder.
  static func defaultCandidates() -> [URL] {
    var result: [URL] = []
    if let fromEnvironment = ProcessInfo.processInfo.environment["PARALLAX_LOCALES"] {
      result.append(URL(fileURLWithPath: fromEnvironment))
    }
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var folder = executable.deletingLastPathComponent()
    result.append(folder.appendingPathComponent("Locales"))
    result.append(folder.appendingPathComponent("../share/parallax/Locales").standardizedFileURL)
    for _ in 0..<6 {
      folder = folder.deletingLastPathComponent()
      let package = folder.appendingPathComponent("Package.swift")
      if FileManager.default.fileExists(atPath: package.path) {
        result.append(folder.appendingPathComponent("Locales"))
        break
      }
    }
    result.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Locales"))
    return result
  }

  /// The path relative to the current folder when it is inside it.
  static func shownPath(_ url: URL) -> String {
    let current = FileManager.default.currentDirectoryPath
    let path = url.standardizedFileURL.path
    if path.hasPrefix(current + "/") { return String(path.dropFirst(current.count + 1)) }
    return path
  }
}
