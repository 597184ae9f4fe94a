/// The enemy of the one who speaks: a reading of its own, apart from the forms of the sides.
extension AgentFinder {
  /// The mentions of a statement with its words for "the enemy" (`enemies`) added as mentions
  /// of the side its speaker is not on, in word order.
  ///
  /// Who "the enemy" is depends on who speaks: a Ukrainian governor's enemy is Russia, a Russian
  /// ministry's is Ukraine. The speaker's side is read from the clauses that report the speech:
  /// those with a reporting verb (`speech`) and no action word ("a indiqué sur Telegram le
  /// gouverneur régional ukrainien", "declaró el portavoz de la Presidencia ucraniana"), by a
  /// side's form or by the name of a person on a side ("a déclaré Zelensky"). When
  /// they name exactly one of the two sides, each word for the enemy not already part of a form
  /// stands for the other. When they name none, "the enemy" is the outlet's own word, and
  /// stands for the side its page holds responsible (`pageSide`, from its title), if any;
  /// otherwise (both sides, or no side at all) it stands for no one.
  ///
  /// - Parameters:
  ///   - mentions: the forms of the sides found in the statement, in word order.
  ///   - words: the statement's folded words; `tokens` their clauses.
  ///   - events: the indices of action words; `speaking` those of reporting verbs.
  ///   - pageSide: the side the page's narration holds responsible (nil: none known).
  /// - Returns: `mentions` with the enemy's, in word order.
  static func withEnemies(
    _ mentions: [(entity: EntityID, range: Range<Int>)], words: [String], tokens: [Token], events: Set<Int>, speaking: Set<Int>, pageSide: EntityID? = nil,
    cues: Prepared
  ) -> [(entity: EntityID, range: Range<Int>)] {
    guard !cues.enemies.isEmpty else { return mentions }
    let covered = Set(mentions.flatMap { Array($0.range) })
    let enemies = words.indices.filter { index in !covered.contains(index) && cues.enemies.contains { words[index].hasPrefix($0) } }
    guard !enemies.isEmpty else { return mentions }
    // The clauses that report speech and speak of no action.
    let withAction = Set(events.map { tokens[$0].clause })
    let reporting = Set(speaking.map { tokens[$0].clause }).subtracting(withAction)
    // A speaker is named by a side's form or by a person on a side ("a dit Zelensky").
    let named = mentions + Self.mentions(of: cues.phases.people, in: words)
    let speakers = Set(named.filter { reporting.contains(tokens[$0.range.lowerBound].clause) }.map(\.entity))
    // The two sides, in the order the cues list them.
    var sides: [EntityID] = []
    for (entity, _) in cues.agents.all where !sides.contains(entity) { sides.append(entity) }
    guard sides.count == 2 else { return mentions }
    let enemy: EntityID
    if speakers.count == 1, let speaker = speakers.first, let other = sides.first(where: { $0 != speaker }) {
      enemy = other
    } else if speakers.isEmpty, let pageSide, sides.contains(pageSide) {
      enemy = pageSide
    } else {
      return mentions
    }
    let added = enemies.map { (entity: enemy, range: $0..<($0 + 1)) }
    return (mentions + added).sorted { $0.range.lowerBound < $1.range.lowerBound }
  }
}
