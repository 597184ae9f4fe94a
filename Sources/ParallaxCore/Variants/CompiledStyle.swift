import ParallaxICU

/// A house style compiled against the name index: framing terms and exceptions as token-key
/// tries, canonical and allowed forms as match keys. Immutable and shared across tasks (a class:
/// a task reads it in place, where copying the struct retained each of its tables).
public final class CompiledStyle: Sendable {
  public let style: HouseStyle
  let framing: NameIndex.Trie
  /// For each framing trie terminal's candidate: the index of the term in `style.framing`.
  let exceptions: NameIndex.Trie
  let canonicalKeys: [EntityID: String]
  let allowedKeys: [EntityID: Set<String>]

  /// Compiles `style` with the tokenizer of a matcher made from the same setup.
  public init(style: HouseStyle, setup: NameSetup) throws {
    let tokenizer = NameTokenizer(
      keys: try MatchKeyBuilder(profile: setup.matchKeyProfile), words: try WordBreaker(locale: "und"))
    var framing = NameIndex.Trie()
    for (index, term) in style.framing.enumerated() {
      for text in term.terms {
        framing.insert(try tokenizer.keys(of: text), NameIndex.Candidate(entity: index, variant: 0))
      }
    }
    var exceptions = NameIndex.Trie()
    for (index, exception) in style.exceptions.enumerated() {
      exceptions.insert(try tokenizer.keys(of: exception.text), NameIndex.Candidate(entity: index, variant: 0))
    }
    var canonical: [EntityID: String] = [:]
    for (entity, form) in style.canonical {
      canonical[entity] = try tokenizer.keys(of: form).joined(separator: " ")
    }
    var allowed: [EntityID: Set<String>] = [:]
    for (entity, forms) in style.allowed {
      allowed[entity] = Set(try forms.map { try tokenizer.keys(of: $0).joined(separator: " ") })
    }
    self.style = style
    self.framing = framing
    self.exceptions = exceptions
    self.canonicalKeys = canonical
    self.allowedKeys = allowed
  }
}
