import ArgumentParser
import Foundation
import ParallaxCore

/// `--locales DIR`: where the locale data is; by default the `Locales/` folder installed with
/// the tool (`PREFIX/share/parallax/Locales`, found from the real executable), or the package
/// root's when run from a build folder. `--config FILE`: the project's `.parallax.yaml`
/// (default: the nearest one in the current folder or above), whose overlay folder is read on
/// top of the locale data and whose style and report language become the defaults.
struct LocaleOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("The locale data folder.", valueName: "dir"))
  var locales: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The project configuration (default: .parallax.yaml in the current folder or the nearest folder above).",
      valueName: "file"))
  var config: String?

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

  /// The project configuration: `--config FILE`, else the nearest `.parallax.yaml`; nil when
  /// there is none. A missing `--config` file is exit 66, a malformed one exit 65.
  func projectConfig() throws -> ProjectConfig? {
    let file: URL
    if let config {
      file = URL(fileURLWithPath: config)
      guard FileManager.default.fileExists(atPath: file.path) else {
        Terminal.shared.diagnostic("\(config): error: no such configuration file")
        throw ExitCodes.noInput
      }
    } else {
      guard let found = ProjectConfig.find(from: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) else {
        return nil
      }
      file = found
    }
    do throws(LocaleDataError) {
      return try ProjectConfig.load(file, shown: config ?? Self.shownPath(file))
    } catch {
      Terminal.shared.diagnostic(error.description)
      throw ExitCodes.dataError
    }
  }

  /// The locale data every command reads: the shipped data with the project's overlay and
  /// defaults stacked on it (just the shipped data without a config). Exit 65 when the
  /// config is malformed or names a missing overlay.
  func provider() throws -> any LocaleDataProvider {
    try provider(config: try projectConfig())
  }

  /// The same with a config already read.
  func provider(config: ProjectConfig?) throws -> any LocaleDataProvider {
    // Locale data files are read as parsed trees from the cache (none with --no-cache).
    ParsedYAMLCache.shared = cacheDirectory.map(ParsedYAMLCache.init(cacheDirectory:))
    let shipped = try shippedProvider()
    guard let config else { return shipped }
    do throws(LocaleDataError) {
      return try config.stack(over: shipped)
    } catch {
      Terminal.shared.diagnostic(error.description)
      throw ExitCodes.dataError
    }
  }

  /// The shipped locale data alone, or a diagnostic and exit 65 when none is found.
  func shippedProvider() throws -> DirectoryLocaleData {
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

  /// Where the locale data may be, in order: `PARALLAX_LOCALES`; the installed data beside the
  /// real executable (`../share/parallax/Locales`, then `Locales/` in its own folder); then
  /// `$PREFIX/share/parallax/Locales`; then the package root above the executable (for
  /// `swift run` and `.build/…/parallax`); then `Locales/` in the current folder.
  ///
  /// The executable is found through `/proc/self/exe`, not `argv[0]`: a command run from `PATH`
  /// (as cron does) gets a bare name in `argv[0]`, and a symlink in `PATH` should lead to the
  /// installed tree it points into.
  static func defaultCandidates() -> [URL] {
    let environment = ProcessInfo.processInfo.environment
    var result: [URL] = []
    if let fromEnvironment = environment["PARALLAX_LOCALES"], !fromEnvironment.isEmpty {
      result.append(URL(fileURLWithPath: fromEnvironment))
    }
    let executable = realExecutable()
    let binFolder = executable?.deletingLastPathComponent()
    if let binFolder {
      result.append(binFolder.appendingPathComponent("../share/parallax/Locales").standardizedFileURL)
      result.append(binFolder.appendingPathComponent("Locales"))
    }
    if let prefix = environment["PREFIX"], !prefix.isEmpty {
      result.append(URL(fileURLWithPath: prefix).appendingPathComponent("share/parallax/Locales").standardizedFileURL)
    }
    if var folder = binFolder {
      for _ in 0..<6 {
        folder = folder.deletingLastPathComponent()
        if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
          result.append(folder.appendingPathComponent("Locales"))
          break
        }
        if folder.path == "/" { break }
      }
    }
    result.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Locales"))
    var seen = Set<String>()
    return result.filter { seen.insert($0.path).inserted }
  }

  /// The running executable with symlinks resolved: `/proc/self/exe` on Linux, else the
  /// bundle's executable path, else `argv[0]` when it names a file.
  static func realExecutable() -> URL? {
    #if os(Linux)
      if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
        return URL(fileURLWithPath: target)
      }
    #endif
    if let path = Bundle.main.executablePath {
      return URL(fileURLWithPath: path).resolvingSymlinksInPath()
    }
    let argument = CommandLine.arguments.first ?? ""
    guard argument.contains("/") else { return nil }
    return URL(fileURLWithPath: argument).resolvingSymlinksInPath()
  }

  /// The path relative to the current folder when it is inside it.
  static func shownPath(_ url: URL) -> String {
    let current = FileManager.default.currentDirectoryPath
    let path = url.standardizedFileURL.path
    if path.hasPrefix(current + "/") { return String(path.dropFirst(current.count + 1)) }
    return path
  }
}
