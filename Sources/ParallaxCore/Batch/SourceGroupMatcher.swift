import Foundation
import ParallaxICU

/// Tells which of a job's source groups a document belongs to, from its outlet, agency and
/// relaying outlet.
///
/// A source matches a member when both have the same match key (case, compatibility forms,
/// apostrophes, dashes and Latin marks folded, runs of spaces made one: "RIA  novosti" is
/// "RIA Novosti"), or when both name the same registered organization or place through the
/// name registry by an exact, key, inflected or transliterated match ("ТАСС" is "TASS",
/// "Укрінформ" is "Ukrinform"). Fuzzy and ambiguous registry matches never count.
///
/// ```swift
/// let matcher = try SourceGroupMatcher(groups: job.sourceGroups, names: names)
/// matcher.groups(of: DocumentSource(outlet: "ТАСС"))   // [0] when group 0 lists "TASS"
/// ```
///
/// Thread-safe: the ICU objects are used under a lock, and answers are memoized by the source's
/// spelling, so a feed of thousands of documents from a few dozen outlets costs a few dozen
/// lookups.
public final class SourceGroupMatcher: @unchecked Sendable {
  /// The groups, in the job's order.
  public let groups: [BatchSourceGroup]
  private let keys: MatchKeyBuilder
  private let matcher: NameMatcher
  /// Per group, its members' match keys and registry entities.
  private var memberKeys: [Set<String>] = []
  private var memberEntities: [Set<EntityID>] = []
  /// Group indexes by a source's spelling.
  private var memo: [String: [Int]] = [:]
  private let lock = NSLock()

  /// Resolves every member of `groups` once.
  /// - Throws: an ICU error when the match-key builder or the name matcher cannot be opened.
  public init(groups: [BatchSourceGroup], names: NameSetup) throws {
    self.groups = groups
    keys = try MatchKeyBuilder(profile: names.matchKeyProfile)
    matcher = try names.makeMatcher()
    for group in groups {
      var keySet: Set<String> = []
      var entitySet: Set<EntityID> = []
      for member in group.members {
        let (key, entity) = resolve(member)
        if let key { keySet.insert(key) }
        if let entity { entitySet.insert(entity) }
      }
      memberKeys.append(keySet)
      memberEntities.append(entitySet)
    }
  }

  /// The indexes of the groups that `source`'s outlet, agency or relaying outlet belongs to,
  /// ascending; empty when none does.
  public func groups(of source: DocumentSource) -> [Int] {
    var found: Set<Int> = []
    for name in [source.outlet, source.agency, source.relayedBy].compactMap({ $0 }) {
      found.formUnion(groups(ofName: name))
    }
    return found.sorted()
  }

  /// The indexes of the groups that list `name` (by key or registry entity).
  public func groups(ofName name: String) -> [Int] {
    lock.withLock {
      if let known = memo[name] { return known }
      let (key, entity) = resolve(name)
      var result: [Int] = []
      for index in groups.indices {
        if let key, memberKeys[index].contains(key) {
          result.append(index)
        } else if let entity, memberEntities[index].contains(entity) {
          result.append(index)
        }
      }
      memo[name] = result
      return result
    }
  }

  /// The match key of `name` with its spaces collapsed, and the registry entity it names
  /// unambiguously, if any. Called under the lock (or from `init`).
  private func resolve(_ name: String) -> (key: String?, entity: EntityID?) {
    let words = name.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    guard !words.isEmpty else { return (nil, nil) }
    let key = try? keys.key(words)
    var entity: EntityID?
    if let mention = try? matcher.lookup(words), mention.match != .fuzzy, !mention.isSuggestion,
      mention.alternatives.isEmpty, mention.utf8Range.lowerBound == 0,
      mention.utf8Range.upperBound == words.utf8.count
    {
      entity = mention.entity
    }
    return (key, entity)
  }
}
