/// The statement cues of every language (`Locales/<language>/cues.yaml`), each decoded the
/// first time a report asks for that language's when this build has loaded the same file
/// before (`LocaleFile.loadAllDeferred`): a report on English statements decodes English only.
///
/// ```swift
/// let cues = StatementCueSet(["en": englishCues])
/// cues["en"]?.units["hour"]?.symbol   // "h"
/// ```
public struct StatementCueSet: Sendable, Hashable {
  private var entries: [LocaleID: DeferredValue<StatementCues>]

  /// A set of cues already decoded.
  public init(_ cues: [LocaleID: StatementCues] = [:]) {
    entries = cues.mapValues { DeferredValue($0) }
  }

  init(deferred: [LocaleID: DeferredValue<StatementCues>]) {
    entries = deferred
  }

  /// The cues of `language` (decoded now if they were not), or nil when it has none.
  public subscript(language: LocaleID) -> StatementCues? { entries[language]?.value }

  /// The languages that have cues, sorted.
  public var languages: [LocaleID] { entries.keys.sorted() }

  /// The same cues, each language's with the people the registry puts on a side its cues name
  /// (`StatementCues.adding(people:language:)`), worked out when the language is first asked for.
  func adding(people: [PersonSides.Person]) -> StatementCueSet {
    var result = self
    for (language, cues) in entries {
      result.entries[language] = DeferredValue { cues.value.adding(people: people, language: language) }
    }
    return result
  }

  /// Equal when the same languages have equal cues (which decodes both sides).
  public static func == (lhs: StatementCueSet, rhs: StatementCueSet) -> Bool {
    lhs.languages == rhs.languages && lhs.entries.allSatisfy { language, cues in cues.value == rhs[language] }
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(languages)
  }
}
