/// Resolves a place as written in a dateline ("MOSCOW", "КИЇВ") to a registry entity.
/// The name registry plugs in here; tests use a `NameListResolver`.
public protocol PlaceResolving: Sendable {
  /// The entity of the place `surface` in `language`, or nil.
  func place(for surface: String, language: LocaleID) -> EntityID?
}
