/// Who reports, as the readings see it: a report a passive of denying denies names no agent,
/// and the by-phrase of a passive verb of reporting or identifying names who reports.
extension AgentFinder {
  /// The starts of the sides' forms in a report that a passive of denying denies: a word of
  /// denying (`denials`) right after a passive auxiliary (`auxiliaries`, links between: "fueron
  /// negados", "were denied") denies what its subject reports, the words from the last
  /// complementizer before it ("los informes de que …", "reports that …"), or else from the
  /// start of its clause, up to the auxiliary: a form there names no agent ("Los informes de que
  /// Polonia fue alcanzada por un misil ucraniano fueron negados por Kiev").
  static func deniedReports(words: [String], tokens: [Token], mentions: [Mention], cues: Prepared) -> Set<Int> {
    guard !cues.denials.isEmpty, !mentions.isEmpty else { return [] }
    var denied = Set<Int>()
    for index in words.indices where cues.denials.contains(where: { words[index].hasPrefix($0) }) {
      var auxiliary = index - 1
      while auxiliary >= 0, cues.links.contains(words[auxiliary]) { auxiliary -= 1 }
      guard auxiliary > 0, cues.auxiliaries.contains(words[auxiliary]) else { continue }
      let clause = tokens[auxiliary].clause
      let clauseStart = (0..<auxiliary).last { tokens[$0].clause != clause }.map { $0 + 1 } ?? 0
      let start = (0..<auxiliary).last { cues.complementizers.contains(words[$0]) }.map { $0 + 1 } ?? clauseStart
      for mention in mentions where (start..<auxiliary).contains(mention.range.lowerBound) { denied.insert(mention.range.lowerBound) }
    }
    return denied
  }

  /// The starts of the sides' forms that a passive verb of reporting or identifying names as
  /// who reports: a by-phrase (`by`) starts a few words after the verb (a reporting verb,
  /// `speech`, right after a passive auxiliary, `auxiliaries`, links between), at most
  /// `gap` + 1 words other than links between ("fueron identificados de forma inequívoca por"),
  /// and the forms from the phrase to the first action word, complementizer or clause mark
  /// are who reports ("… por los especialistas del complejo militar ruso como elementos de
  /// misil"): no agents.
  static func passiveReporters(words: [String], tokens: [Token], events: Set<Int>, speaking: Set<Int>, mentions: [Mention], cues: Prepared) -> Set<Int> {
    guard !speaking.isEmpty, !mentions.isEmpty else { return [] }
    var reporters = Set<Int>()
    for verb in speaking.sorted() {
      var auxiliary = verb - 1
      while auxiliary >= 0, cues.links.contains(words[auxiliary]) { auxiliary -= 1 }
      guard auxiliary >= 0, cues.auxiliaries.contains(words[auxiliary]) else { continue }
      let clause = tokens[verb].clause
      var start = verb + 1
      var counted = 0
      var phrase: Int?
      while start < words.count, tokens[start].clause == clause, counted <= gap + 1, !events.contains(start) {
        if let cue = cues.by.first(where: { !$0.isEmpty && start + $0.count <= words.count && Array(words[start..<(start + $0.count)]) == $0 }) {
          phrase = start + cue.count
          break
        }
        if !cues.links.contains(words[start]) { counted += 1 }
        start += 1
      }
      guard let phrase else { continue }
      var end = phrase
      while end < words.count, tokens[end].clause == clause, !events.contains(end), !cues.complementizers.contains(words[end]) { end += 1 }
      for mention in mentions where (phrase..<end).contains(mention.range.lowerBound) { reporters.insert(mention.range.lowerBound) }
    }
    return reporters
  }
}
