/// The shape of a locale data file, used to report unknown keys with their position.
///
/// Decoding with `Codable` ignores keys it does not know; editors want to hear about a typo such
/// as `varaints:` instead, so every file kind declares its keys here as well.
public indirect enum KeySchema: Sendable {
  /// A mapping with these keys; `required` ones must be present.
  case mapping([String: KeySchema], required: Set<String> = [])
  /// A mapping whose keys are free-form (ids, codes) and whose values follow `value`.
  case dictionary(value: KeySchema)
  /// A sequence of items.
  case sequence(KeySchema)
  /// A scalar, or a sequence of scalars, or anything else: not checked further.
  case any
}
