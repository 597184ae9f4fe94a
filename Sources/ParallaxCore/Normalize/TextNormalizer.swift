public import ParallaxICU

/// The normalization a user can ask for.
public enum NormalizationRequest: String, Sendable, CaseIterable {
  case nfc, nfkc
  /// The match key: NFKC case fold, apostrophes, quotes and dashes unified, marks stripped
  /// from Latin letters.
  case key
}

/// Normalizes text for display (NFC, NFKC) or for matching (match keys), with the match-key
/// profile from the locale data.
///
/// Not thread-safe: it owns ICU objects. Give each task its own.
public final class TextNormalizer {
  private let nfc: Normalizer
  private let nfkc: Normalizer
  private let keys: MatchKeyBuilder

  /// Opens the normalizers for `profile`.
  public init(profile: MatchKeyProfile) throws(ICUError) {
    nfc = try Normalizer(.nfc)
    nfkc = try Normalizer(.nfkc)
    keys = try MatchKeyBuilder(profile: profile)
  }

  /// `text` in the requested form.
  public func normalize(_ text: String, as request: NormalizationRequest) throws(ICUError) -> String {
    switch request {
    case .nfc: try nfc.normalize(text)
    case .nfkc: try nfkc.normalize(text)
    case .key: try keys.key(text)
    }
  }

  /// The match key of `text`.
  public func matchKey(_ text: String) throws(ICUError) -> String {
    try keys.key(text)
  }
}
