import Foundation

extension ProjectConfig {
  /// The locale data this project reads: `shipped` at the bottom, the overlay folder above it,
  /// and the config's `style` and `reportLocale` on top as the defaults (so every command that
  /// takes its defaults from `und/defaults.yaml` takes the project's).
  /// - Throws: `LocaleDataError.invalidValue` at the `overlay:` key when the folder is missing.
  public func stack(over shipped: any LocaleDataProvider) throws(LocaleDataError) -> StackedLocaleData {
    var layers: [any LocaleDataProvider] = [shipped]
    if let overlayData = try overlayData() { layers.append(overlayData) }
    if style != nil || reportLocale != nil {
      let below = StackedLocaleData(layers)
      layers.append(ProjectDefaultsLayer(config: self, below: below))
    }
    return StackedLocaleData(layers)
  }

  /// The overlay folder as locale data, nil when the config names none.
  /// - Throws: `LocaleDataError.invalidValue` at the `overlay:` key when the folder is missing.
  public func overlayData() throws(LocaleDataError) -> DirectoryLocaleData? {
    guard let overlay else { return nil }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: overlay.path, isDirectory: &isDirectory), isDirectory.boolValue else {
      let at = positions["overlay"] ?? SourcePosition(line: 1, column: 1)
      throw .invalidValue(
        file: shownPath, line: at.line, column: at.column, key: "overlay",
        problem: "no folder at \(overlay.path); create it (mkdir -p) or correct the path, which is relative to this file")
    }
    return DirectoryLocaleData(root: overlay, displayRoot: Self.shown(overlay))
  }

  /// `url` relative to the current folder when it is inside it, else absolute.
  static func shown(_ url: URL) -> String {
    let current = FileManager.default.currentDirectoryPath
    let path = url.standardizedFileURL.path
    if path.hasPrefix(current + "/") { return String(path.dropFirst(current.count + 1)) }
    return path
  }
}

/// The project's defaults as a `und/defaults.yaml` layer: the config's `style` and
/// `reportLocale` over those of the layers below; messages about it name the config file.
struct ProjectDefaultsLayer: LocaleDataProvider {
  let config: ProjectConfig
  let text: String

  init(config: ProjectConfig, below: any LocaleDataProvider) {
    self.config = config
    let base = try? LocaleDefaults.load(from: below)
    let style = config.style ?? base?.style ?? ""
    let reportLocale = config.reportLocale ?? base?.reportLocale ?? "en"
    text = """
      # The defaults of \(config.shownPath) over Locales/\(LocaleDefaults.path).
      schema: \(LocaleDefaults.schemaKind)/1
      style: \(Self.quoted(style))
      reportLocale: \(Self.quoted(reportLocale))

      """
  }

  var displayRoot: String { config.shownPath }
  func allFiles() -> [String] { [LocaleDefaults.path] }
  func exists(_ relativePath: String) -> Bool { relativePath == LocaleDefaults.path }
  func displayPath(_ relativePath: String) -> String { config.shownPath }

  func read(_ relativePath: String) throws(LocaleDataError) -> String {
    guard relativePath == LocaleDefaults.path else {
      throw .unreadable(file: relativePath, reason: "no such file")
    }
    return text
  }

  static func quoted(_ value: String) -> String {
    "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }
}
