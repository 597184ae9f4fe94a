/// Turns statement profiles into interned sparse items for the alignment core.
struct FeatureEncoder {
  var space = FeatureSpace()
  private var languages: [String: Int] = [:]

  mutating func language(_ id: LocaleID) -> Int {
    if let index = languages[id.language] { return index }
    languages[id.language] = languages.count
    return languages.count - 1
  }

  /// The feature ids of `profile`; `withTopics` adds its lexicon topics.
  /// - Parameter leaving: entities left out.
  mutating func features(
    _ profile: StatementProfile, withTopics: Bool = true, withNumbers: Bool = true, extraTopics: [String] = [],
    leaving: Set<EntityID> = []
  ) -> [UInt32] {
    var result: [UInt32] = []
    result.reserveCapacity(profile.entities.count + profile.topics.count + profile.numbers.count + profile.words.count)
    for entity in profile.entities where leaving.isEmpty || !leaving.contains(entity) {
      result.append(space.id(.entity, entity.rawValue))
    }
    if withTopics { for topic in profile.topics { result.append(space.id(.topic, topic.rawValue)) } }
    for topic in extraTopics { result.append(space.id(.topic, topic)) }
    if withNumbers {
      for number in profile.numbers { result.append(space.id(.number, number)) }
      for date in profile.dates { result.append(space.id(.date, date)) }
    }
    for word in profile.words { result.append(space.word(word.stem)) }
    return result
  }

  /// Per feature id, whether it is a place entity.
  var places: [Bool] { space.places }
}
