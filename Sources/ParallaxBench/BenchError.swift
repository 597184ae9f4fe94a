import ParallaxCore
import ParallaxICU

/// What can stop a benchmark run.
enum BenchError: Error, Sendable, Equatable, CustomStringConvertible {
  case icu(ICUError)
  case localeData(LocaleDataError)
  case anchor(operation: String, name: String)
  case localesNotFound(searched: [String])
  case unknownBenchmark(name: String, known: [String])
  case notMemoized(scheme: String)
  case spawn(path: String, reason: String)
  case cannotWrite(path: String, reason: String)

  var description: String {
    switch self {
    case .icu(let error): error.description
    case .localeData(let error): error.description
    case .anchor(let operation, let name):
      "the ICU anchor failed to \(operation): \(name)"
    case .localesNotFound(let searched):
      "no Locales/ folder found (looked in \(searched.joined(separator: ", "))); pass --locales DIR"
    case .unknownBenchmark(let name, let known):
      "no benchmark named '\(name)'; known: \(known.joined(separator: ", "))"
    case .notMemoized(let scheme):
      "the scheme '\(scheme)' has no wordCharacters, so it is not memoized; check its file"
    case .spawn(let path, let reason):
      "cannot run \(path): \(reason); build the parallax product in release first"
    case .cannotWrite(let path, let reason):
      "cannot write \(path): \(reason)"
    }
  }
}
