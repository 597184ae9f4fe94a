import ArgumentParser
import Foundation
import ParallaxCore

/// `parallax config`: the settings in effect and where each came from.
struct ConfigCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "config",
    abstract: "Show the settings in effect and where each came from (.parallax.yaml, options, defaults).",
    discussion: """
      Options win over .parallax.yaml (found in the current folder or the nearest folder \
      above, or given with --config), which wins over Locales/und/defaults.yaml and the \
      built-in defaults. Give the options a command would get to see what it would use.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

  @Option(help: "text or json.")
  var format: Format = .text

  @Option(help: "The house style ID.")
  var style: String?

  @Option(name: .customLong("report-locale"), help: "The report language.")
  var reportLocale: String?

  @Option(name: .customLong("fail-on"), help: "check's failing severity.")
  var failOn: CheckCommand.Level?

  @Option(name: .customLong("min-severity"), help: "check's lowest reported severity.")
  var minSeverity: CheckCommand.Level?

  @OptionGroup var verbosity: VerbosityOptions
  @OptionGroup var locale: LocaleOptions

  /// One setting: its value and where it came from.
  struct Setting {
    var name: String
    var value: JSONValue
    var source: String
  }

  func run() throws {
    var clock = verbosity.clock("config")
    let config = try locale.projectConfig()
    let shipped = try locale.shippedProvider()
    let data = try locale.provider(config: config)
    var base: LocaleDefaults?
    do throws(LocaleDataError) { base = try LocaleDefaults.load(from: shipped) } catch {
      Terminal.shared.diagnostic(error.description)
      throw ExitCodes.dataError
    }
    try OptionChecks.style(style, in: data)
    try OptionChecks.reportLocale(reportLocale, in: data)
    clock.lap("read the settings")
    func from(_ key: String) -> String {
      guard let config else { return "" }
      let at = config.positions[key]
      return "\(config.shownPath)\(at.map { ":\($0.line):\($0.column)" } ?? "")"
    }
    let defaultsFile = shipped.displayPath(LocaleDefaults.path)
    func pick(_ name: String, option: String?, flag: String, config value: String?, fallback: String, fallbackSource: String) -> Setting {
      if let option { return Setting(name: name, value: .string(option), source: flag) }
      if let value { return Setting(name: name, value: .string(value), source: from(name)) }
      return Setting(name: name, value: .string(fallback), source: fallbackSource)
    }
    var settings: [Setting] = []
    settings.append(
      Setting(
        name: "config", value: .optional(config?.shownPath),
        source: locale.config != nil ? "--config" : (config == nil ? "none found in the current folder or above" : "found")))
    settings.append(Setting(name: "locales", value: .string(shipped.displayRoot), source: localesSource))
    settings.append(
      Setting(
        name: "overlay", value: .optional(config?.overlay.map { LocaleOptions.shownPath($0) }),
        source: config?.overlay == nil ? "default (none)" : from("overlay")))
    settings.append(
      pick("style", option: style, flag: "--style", config: config?.style, fallback: base?.style ?? "", fallbackSource: defaultsFile))
    settings.append(
      pick("reportLocale", option: reportLocale, flag: "--report-locale", config: config?.reportLocale,
           fallback: base?.reportLocale ?? "en", fallbackSource: defaultsFile))
    settings.append(
      pick("failOn", option: failOn?.rawValue, flag: "--fail-on", config: config?.failOn?.rawValue,
           fallback: Severity.error.rawValue, fallbackSource: "default"))
    settings.append(
      pick("minSeverity", option: minSeverity?.rawValue, flag: "--min-severity", config: config?.minSeverity?.rawValue,
           fallback: Severity.info.rawValue, fallbackSource: "default"))
    let disable = config?.disable ?? []
    settings.append(
      Setting(name: "disable", value: .array(disable.map(JSONValue.string)), source: disable.isEmpty ? "default (none)" : from("disable")))
    let ignore = config?.ignore.map(\.description) ?? []
    settings.append(
      Setting(name: "ignore", value: .array(ignore.map(JSONValue.string)), source: ignore.isEmpty ? "default (none)" : from("ignore")))
    settings.append(Setting(name: "cache", value: .optional(locale.cacheDirectory?.path), source: cacheSource))
    switch format {
    case .json:
      let items: [JSONValue] = settings.map {
        .object([("name", .string($0.name)), ("value", $0.value), ("source", .string($0.source))])
      }
      Terminal.shared.write(JSONValue.object([("schema", .string("parallax.config/1")), ("settings", .array(items))]).rendered() + "\n")
    case .text:
      let width = (settings.map(\.name.count).max() ?? 0) + 2
      for setting in settings {
        let name = setting.name + ":" + String(repeating: " ", count: width - setting.name.count - 1)
        Terminal.shared.write("\(name)\(Self.text(setting.value))  (\(setting.source))\n")
      }
    }
    Terminal.shared.flush()
  }

  /// Where the locale data folder came from.
  private var localesSource: String {
    if locale.locales != nil { return "--locales" }
    if let value = ProcessInfo.processInfo.environment["PARALLAX_LOCALES"], !value.isEmpty { return "PARALLAX_LOCALES" }
    return "default (installed with the tool)"
  }

  /// Where the cache folder came from.
  private var cacheSource: String {
    if locale.noCache { return "--no-cache" }
    let environment = ProcessInfo.processInfo.environment
    if environment["PARALLAX_CACHE_DIR"] != nil { return "PARALLAX_CACHE_DIR" }
    if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty { return "XDG_CACHE_HOME" }
    return "default"
  }

  static func text(_ value: JSONValue) -> String {
    switch value {
    case .string(let text): text
    case .null: "(none)"
    case .array(let items): items.isEmpty ? "(none)" : items.map(text).joined(separator: ", ")
    default: value.rendered(pretty: false)
    }
  }
}
