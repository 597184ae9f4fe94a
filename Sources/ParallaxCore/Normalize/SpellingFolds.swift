/// Folds a romanized, case-folded key to what spellings of one word share across
/// romanizations: letter pairs and letters replaced, some characters dropped, doubled letters
/// collapsed. The rules are data (`Locales/und/spelling-folds.yaml`,
/// `schema: parallax.spelling-folds/1`), one profile per use.
///
/// ```swift
/// folds.names.fold("spolarich") == folds.names.fold("spoljaric")   // both "spolarich"
/// folds.cognates.fold("humanitarian")                                  // "gumani"
/// ```
public struct SpellingFolds: Sendable, Hashable {
  /// One set of folding rules over ASCII bytes.
  public struct Profile: Sendable, Hashable {
    /// Two letters that become one ("kh" → "h"), by the pair's bytes.
    var pairs: [UInt16: UInt8]
    /// Single letters replaced, indexed by byte (0 = unchanged).
    var letters: [UInt8]
    /// Bytes skipped.
    var drop: Set<UInt8>
    /// Whether anything but ASCII letters is skipped.
    var lettersOnly: Bool
    /// The most bytes kept (0: all).
    var maxLength: Int
    /// Fewer bytes than this fold to nothing.
    var minLength: Int

    /// The folded bytes of `key`, or nil when fewer than `minLength` remain.
    public func fold(_ key: String) -> [UInt8]? {
      var out: [UInt8] = []
      let bytes = Array(key.utf8)
      var i = 0
      while i < bytes.count, maxLength == 0 || out.count < maxLength {
        var b = lower(bytes[i])
        let isLetter = b >= 0x61 && b <= 0x7A
        if (lettersOnly && !isLetter) || drop.contains(b) {
          i += 1
          continue
        }
        if i + 1 < bytes.count, let joined = pairs[UInt16(b) << 8 | UInt16(lower(bytes[i + 1]))] {
          b = joined
          i += 1
        } else if letters[Int(b)] != 0 {
          b = letters[Int(b)]
        }
        if out.last != b { out.append(b) }
        i += 1
      }
      return out.count >= minLength ? out : nil
    }

    private func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
  }

  /// The profile of the fuzzy name matcher.
  public var names: Profile
  /// The profile of the comparer's cross-language word stems.
  public var cognates: Profile

  public static let path = "und/spelling-folds.yaml"
  public static let schemaKind = "parallax.spelling-folds"

  struct ProfileFile: Decodable {
    var pairs: [String: String]?
    var letters: [String: String]?
    var drop: [String]?
    var lettersOnly: Bool?
    var maxLength: Int?
    var minLength: Int?
  }

  struct File: Decodable {
    var names: ProfileFile
    var cognates: ProfileFile
  }

  static let profileSchema = KeySchema.mapping([
    "pairs": .any, "letters": .any, "drop": .any, "lettersOnly": .any, "maxLength": .any, "minLength": .any,
  ])
  static let keySchema = KeySchema.mapping(
    ["schema": .any, "names": profileSchema, "cognates": profileSchema], required: ["names", "cognates"])

  /// Reads and checks the folds.
  /// - Throws: `LocaleDataError` with file:line:column for a rule that is not ASCII letters of
  ///   the right length.
  public static func load(from data: any LocaleDataProvider) throws(LocaleDataError) -> SpellingFolds {
    let document = try YAMLDocument(
      text: try data.read(path), path: data.displayPath(path), kind: schemaKind, majors: 1...1)
    if let problem = document.unknownKeys(against: keySchema).first { throw problem }
    let file = try document.decode(File.self)
    return SpellingFolds(
      names: try profile(file.names, named: "names", document),
      cognates: try profile(file.cognates, named: "cognates", document))
  }

  static func profile(_ file: ProfileFile, named name: String, _ document: YAMLDocument) throws(LocaleDataError) -> Profile {
    func bad(_ key: String, _ problem: String) -> LocaleDataError {
      let at = document.position(at: [NameRegistry.Key.named(name), NameRegistry.Key.named(key)])
      return .invalidValue(file: document.path, line: at.line, column: at.column, key: "\(name).\(key)", problem: problem)
    }
    func ascii(_ text: String, count: Int) -> [UInt8]? {
      let bytes = Array(text.utf8)
      return bytes.count == count && bytes.allSatisfy { $0 < 0x80 } ? bytes : nil
    }
    var pairs: [UInt16: UInt8] = [:]
    for (from, to) in file.pairs ?? [:] {
      guard let f = ascii(from, count: 2), let t = ascii(to, count: 1) else {
        throw bad("pairs", "'\(from): \(to)' must be two ASCII letters to one")
      }
      pairs[UInt16(f[0]) << 8 | UInt16(f[1])] = t[0]
    }
    var letters = [UInt8](repeating: 0, count: 256)
    for (from, to) in file.letters ?? [:] {
      guard let f = ascii(from, count: 1), let t = ascii(to, count: 1) else {
        throw bad("letters", "'\(from): \(to)' must be one ASCII letter to one")
      }
      letters[Int(f[0])] = t[0]
    }
    var drop: Set<UInt8> = []
    for text in file.drop ?? [] {
      guard let d = ascii(text, count: 1) else { throw bad("drop", "'\(text)' must be one ASCII character") }
      drop.insert(d[0])
    }
    return Profile(
      pairs: pairs, letters: letters, drop: drop, lettersOnly: file.lettersOnly ?? false,
      maxLength: file.maxLength ?? 0, minLength: file.minLength ?? 0)
  }
}
