/// Words that tell one happening of a kind from another of the same kind, from
/// `Locales/<language>/events.yaml` (`schema: parallax.events/1`):
/// - `counted`: nouns that count the people of an exchange ("prisoners", "полонених"): the
///   number before one ("115 prisoners") is what an exchange is known by;
/// - `acts`: act ids and the words of the language that name them (`mined: [mined, minés]`);
///   a form may be a few words ("placed explosives");
/// - `targets`: target ids and the words of the language that name what a happening struck or
///   threatens, a kind of place or facility (`dam: [dam, "hydroelectric*"]`, `дамб*`): languages
///   name the Kakhovka dam by a noun of their own ("Staudamm", "barrage", "гребля") or by the
///   town's adjective ("Каховська ГЕС"), so the kind is what their leads share;
/// - in `acts` and `targets`, a word ending in `*` stands for every word that starts with it, as
///   languages that inflect need ("staudamm*": Staudamm, Staudamms; "жил* дом*": жилой дом,
///   жилого дома); a stem has three letters at least;
/// - `stages` (in `und/events.yaml`): pairs of acts that are an earlier and a later stage of
///   one kind of happening (`[mined, blown-up]`): a report that leads with the earlier one and
///   a report that leads with the later one alone tell of different happenings (a warning
///   that a dam is mined, months before it is blown up); a lead that names both goes with
///   either, unless the earlier act is one of `foretelling`;
/// - `foretelling` (in `und/events.yaml`): earlier acts that speak of the later one (a warning
///   names the blast it warns against): a lead that names one and the later act tells the
///   earlier stage.
///
/// ```yaml
/// schema: parallax.events/1
/// language: en
/// counted: [prisoners, POWs, soldiers]
/// acts:
///   mined: [mined, "placed explosives"]
/// targets:
///   dam: [dam, dams, "hydroelectric*"]
/// ```
public struct EventClueRules: Sendable, Hashable, Decodable {
  public var language: LocaleID
  public var counted: [String]
  public var acts: [String: [String]]
  public var targets: [String: [String]]
  public var stages: [[String]]
  public var foretelling: [String]
  public var gatherings: [String]
  public var locatives: [String]
  public var venueTypes: [String]

  public static let schemaKind = "parallax.events"
  public static let fileName = "events.yaml"

  static let keySchema: KeySchema = .mapping(
    ["schema": .any, "language": .any, "counted": .any, "acts": .dictionary(value: .any), "targets": .dictionary(value: .any),
     "stages": .any, "foretelling": .any, "gatherings": .any, "locatives": .any, "venueTypes": .any],
    required: ["language"])

  enum CodingKeys: String, CodingKey {
    case language, counted, acts, targets, stages, foretelling, gatherings, locatives, venueTypes
  }

  public init(
    language: LocaleID, counted: [String] = [], acts: [String: [String]] = [:], targets: [String: [String]] = [:],
    stages: [[String]] = [], foretelling: [String] = [], gatherings: [String] = [], locatives: [String] = [],
    venueTypes: [String] = []
  ) {
    self.language = language
    self.counted = counted
    self.acts = acts
    self.targets = targets
    self.stages = stages
    self.foretelling = foretelling
    self.gatherings = gatherings
    self.locatives = locatives
    self.venueTypes = venueTypes
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    language = try c.decode(LocaleID.self, forKey: .language)
    counted = try c.decodeIfPresent([String].self, forKey: .counted) ?? []
    acts = try c.decodeIfPresent([String: [String]].self, forKey: .acts) ?? [:]
    targets = try c.decodeIfPresent([String: [String]].self, forKey: .targets) ?? [:]
    stages = try c.decodeIfPresent([[String]].self, forKey: .stages) ?? []
    foretelling = try c.decodeIfPresent([String].self, forKey: .foretelling) ?? []
    gatherings = try c.decodeIfPresent([String].self, forKey: .gatherings) ?? []
    locatives = try c.decodeIfPresent([String].self, forKey: .locatives) ?? []
    venueTypes = try c.decodeIfPresent([String].self, forKey: .venueTypes) ?? []
  }

  /// Loads one file, such as `de/events.yaml`: its `language` must match its folder, and each
  /// stage is a pair of two different acts.
  public static func load(_ path: String, from data: any LocaleDataProvider) throws(LocaleDataError) -> EventClueRules {
    let (rules, document) = try LocaleFile.loadWithDocument(
      EventClueRules.self, path: path, kind: schemaKind, keys: keySchema, from: data)
    let folder = LocaleFile.language(of: path)
    guard rules.language == folder else {
      throw .invalidValue(file: data.displayPath(path), line: 1, column: 1, key: "language",
                          problem: "'\(rules.language)' in the folder of '\(folder)'")
    }
    for (index, stage) in rules.stages.enumerated() where stage.count != 2 || stage[0] == stage[1] {
      let at = document.position(at: [AnyKey("stages"), AnyKey(index)])
      throw .invalidValue(file: data.displayPath(path), line: at.line, column: at.column, key: "stages",
                          problem: "a stage is a pair of two different acts, earlier then later")
    }
    for (index, form) in rules.gatherings.enumerated() where EventClueLexicon.form(form, id: "") == nil {
      let at = document.position(at: [AnyKey("gatherings"), AnyKey(index)])
      throw .invalidValue(file: data.displayPath(path), line: at.line, column: at.column, key: "gatherings",
                          problem: "'\(form)' has no word, or a stem ('…*') of fewer than three letters")
    }
    for (index, word) in rules.locatives.enumerated() where EventClueLexicon.words(of: word).count != 1 {
      let at = document.position(at: [AnyKey("locatives"), AnyKey(index)])
      throw .invalidValue(file: data.displayPath(path), line: at.line, column: at.column, key: "locatives",
                          problem: "'\(word)' is not one word")
    }
    for (key, lists) in [("acts", rules.acts), ("targets", rules.targets)] {
      for id in lists.keys.sorted() {
        for form in lists[id] ?? [] where EventClueLexicon.form(form, id: id) == nil {
          let at = document.position(at: [AnyKey(key), AnyKey(id)])
          throw .invalidValue(file: data.displayPath(path), line: at.line, column: at.column, key: key,
                              problem: "'\(form)' has no word, or a stem ('…*') of fewer than three letters")
        }
      }
    }
    return rules
  }

  /// Every language's rules in `data` (`und` among them when it has the file), sorted by language.
  public static func loadAll(from data: any LocaleDataProvider) throws(LocaleDataError) -> [EventClueRules] {
    var result: [EventClueRules] = []
    for language in LocaleFile.languages(having: fileName, in: data) {
      result.append(try load("\(language.rawValue)/\(fileName)", from: data))
    }
    return result
  }
}

extension LocaleDataChecker {
  /// The validator of the event clue data.
  mutating func registerEventKinds() {
    register(kind: EventClueRules.schemaKind, atLanguage: EventClueRules.fileName) { path, data throws(LocaleDataError) in
      _ = try EventClueRules.load(path, from: data)
      return []
    }
  }
}
