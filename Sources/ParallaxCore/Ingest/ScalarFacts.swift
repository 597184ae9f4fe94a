/// The Unicode properties that ingest and statement extraction ask of every scalar, looked up
/// in tables over the Basic Multilingual Plane built once per process (`BMPTable`; the approach
/// of `LanguageDetector`): the standard library's property calls cost a binary search each, and
/// they dominated reading a document. Scalars beyond the BMP fall back to those calls, so the
/// answers are the same.
enum ScalarFacts {
  /// For each BMP code point: the first scalar of its lowercase mapping, with `multiScalar`
  /// set when the mapping has more than one scalar ("İ" → "i̇").
  static let lowercase: [UInt32] = BMPTableCache.table("lowercase") {
    BMPTable.makeMapping { value -> UInt32 in
      guard let scalar = Unicode.Scalar(value), scalar.properties.changesWhenLowercased else {
        return value
      }
      let mapping = scalar.properties.lowercaseMapping.unicodeScalars
      let first = mapping.first?.value ?? value
      return mapping.count > 1 ? first | multiScalar : first
    }
  }

  static let multiScalar: UInt32 = 0x8000_0000

  static let whitespaceFlag: UInt8 = 1
  static let alphabeticFlag: UInt8 = 2
  static let uppercaseFlag: UInt8 = 4
  static let lowercaseFlag: UInt8 = 8

  /// For each BMP code point: whitespace, alphabetic, uppercase and lowercase bits.
  static let flags: [UInt8] = BMPTableCache.table("flags") {
    BMPTable.make { value -> UInt8 in
      guard let scalar = Unicode.Scalar(value) else { return 0 }
      let properties = scalar.properties
      var bits: UInt8 = 0
      if properties.isWhitespace { bits |= whitespaceFlag }
      if properties.isAlphabetic { bits |= alphabeticFlag }
      if properties.isUppercase { bits |= uppercaseFlag }
      if properties.isLowercase { bits |= lowercaseFlag }
      return bits
    }
  }

  // The answers for a scalar beyond the BMP, from the standard library's properties. Out of
  // line on purpose: `Unicode.Scalar.Properties` is a resilient type, and a function that
  // uses one inline sets up room for it on every call, taken or not.

  @inline(never)
  static func beyondIsWhitespace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }

  @inline(never)
  static func beyondIsAlphabetic(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic }

  @inline(never)
  static func beyondIsUppercase(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isUppercase }

  @inline(never)
  static func beyondIsLowercase(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isLowercase }

  @inline(never)
  static func beyondLowercaseFirst(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
  }

  /// Whether `scalar` is dash punctuation (general category Pd).
  @inline(never)
  static func isDashPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.generalCategory == .dashPunctuation
  }

  @inline(__always)
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x10000 ? flags[Int(scalar.value)] & whitespaceFlag != 0 : beyondIsWhitespace(scalar)
  }

  @inline(__always)
  static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x10000 ? flags[Int(scalar.value)] & alphabeticFlag != 0 : beyondIsAlphabetic(scalar)
  }

  @inline(__always)
  static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x10000 ? flags[Int(scalar.value)] & uppercaseFlag != 0 : beyondIsUppercase(scalar)
  }

  @inline(__always)
  static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x10000 ? flags[Int(scalar.value)] & lowercaseFlag != 0 : beyondIsLowercase(scalar)
  }

  /// The first scalar of `scalar`'s lowercase mapping (itself when it has none).
  @inline(__always)
  static func lowercaseFirst(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    if scalar.value < 0x10000 {
      return Unicode.Scalar(lowercase[Int(scalar.value)] & ~multiScalar) ?? scalar
    }
    return beyondLowercaseFirst(scalar)
  }

  /// For each BMP code point, its class for `WordScanner` as a small code (`wordClassMask`): 0
  /// other, 1 uppercase or titlecase letter, 2 other letter, 3 digit, 4 mark, 5 a joiner inside
  /// words (' - . ’ and the non-breaking hyphen); with `changesWhenLowercased` set when
  /// `TextFold` maps it to something else.
  static let wordClass: [UInt8] = BMPTableCache.table("word classes") {
    BMPTable.make { value -> UInt8 in
      guard let scalar = Unicode.Scalar(value) else { return 0 }
      let code = wordClassCode(scalar)
      return code == 5 ? code : code | (lowercase[Int(value)] != value ? changesWhenLowercased : 0)
    }
  }

  /// The class part of `wordClass` for any scalar, by its general category.
  static func wordClassCode(_ scalar: Unicode.Scalar) -> UInt8 {
    switch scalar.value {
    case 0x27, 0x2D, 0x2E, 0x2019, 0x2011: return 5  // ' - . ’ and the non-breaking hyphen
    default: break
    }
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .titlecaseLetter: return 1
    case .lowercaseLetter, .otherLetter, .modifierLetter: return 2
    case .decimalNumber: return 3
    case .nonspacingMark, .spacingMark, .enclosingMark: return 4
    default: return 0
    }
  }

  static let wordClassMask: UInt8 = 0x0F
  static let changesWhenLowercased: UInt8 = 0x80
}
