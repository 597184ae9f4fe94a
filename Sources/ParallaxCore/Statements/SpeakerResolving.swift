/// Resolves a speaker as written ("Sergey Lavrov", "Лаврова", "the ICRC") to a registry
/// entity. The name registry (`Locales/und/names/`) plugs in here; tests use
/// `NameListResolver`.
public protocol SpeakerResolving: Sendable {
  /// The entity named by `surface` in `language`, or nil.
  func entity(for surface: String, language: LocaleID) -> EntityID?
}
