/// Scores extracted statements against hand-labelled gold statements: speaker attribution
/// precision and recall, and how many gold quotes were found with exactly their span.
///
/// A gold statement is anchored by its quote or a piece of its text; the predicted statement
/// containing that anchor is its match. Speakers compare by entity id, else by name, folded.
public enum StatementEvaluator {
  /// One labelled statement.
  public struct Gold: Sendable, Hashable, Decodable {
    public var speaker: String
    public var kind: String?
    public var quote: String?
    public var text: String?

    public init(speaker: String, kind: String? = nil, quote: String? = nil, text: String? = nil) {
      self.speaker = speaker
      self.kind = kind
      self.quote = quote
      self.text = text
    }
  }

  /// Counts that add up across documents.
  public struct Counts: Sendable, Hashable {
    /// Statements attributed to someone other than the outlet.
    public var predicted = 0
    /// Of those, the ones whose speaker matches a gold statement inside them.
    public var correctPredicted = 0
    public var gold = 0
    /// Gold statements found with the right speaker.
    public var goldFound = 0
    public var goldQuotes = 0
    public var exactQuotes = 0
    /// Gold statements whose anchor no predicted statement contains, or with the wrong speaker.
    public var misses: [String] = []

    public init() {}

    public var precision: Double { predicted == 0 ? 1 : Double(correctPredicted) / Double(predicted) }
    public var recall: Double { gold == 0 ? 1 : Double(goldFound) / Double(gold) }
    public var exactSpanRate: Double { goldQuotes == 0 ? 1 : Double(exactQuotes) / Double(goldQuotes) }

    public static func + (a: Counts, b: Counts) -> Counts {
      var c = a
      c.predicted += b.predicted
      c.correctPredicted += b.correctPredicted
      c.gold += b.gold
      c.goldFound += b.goldFound
      c.goldQuotes += b.goldQuotes
      c.exactQuotes += b.exactQuotes
      c.misses += b.misses
      return c
    }
  }

  /// Scores one document's statements against its gold list.
  public static func evaluate(_ statements: [Statement], gold: [Gold], document: String = "") -> Counts {
    var counts = Counts()
    func key(_ speaker: Speaker?) -> Set<String> {
      guard let speaker else { return [] }
      return Set([speaker.entity?.rawValue, speaker.name].compactMap { $0.map { TextFold.fold($0) } })
    }
    func contains(_ statement: Statement, _ anchor: String) -> Bool {
      TextFold.fold(statement.text).contains(TextFold.fold(anchor))
    }
    for item in gold {
      counts.gold += 1
      guard let anchor = item.quote ?? item.text, let match = statements.first(where: { contains($0, anchor) }) else {
        counts.misses.append("\(document): no statement holds “\(item.quote ?? item.text ?? "")”")
        if item.quote != nil { counts.goldQuotes += 1 }
        continue
      }
      if key(match.speaker).contains(TextFold.fold(item.speaker)), match.speaker?.isOutlet == false {
        counts.goldFound += 1
      } else {
        counts.misses.append("\(document): “\(anchor)” attributed to \(match.speaker?.name ?? "nobody"), gold \(item.speaker)")
      }
      if let quote = item.quote {
        counts.goldQuotes += 1
        if match.quotes.contains(where: { $0.text == quote }) {
          counts.exactQuotes += 1
        } else {
          counts.misses.append("\(document): quote spans \(match.quotes.map { "“\($0.text)”" }) do not include “\(quote)”")
        }
      }
    }
    for statement in statements where statement.kind != .narration {
      guard let speaker = statement.speaker, !speaker.isOutlet else { continue }
      counts.predicted += 1
      let anchored = gold.filter { item in (item.quote ?? item.text).map { contains(statement, $0) } ?? false }
      if anchored.contains(where: { key(speaker).contains(TextFold.fold($0.speaker)) }) {
        counts.correctPredicted += 1
      } else {
        counts.misses.append("\(document): \(statement.id) attributed to \(speaker.name) without gold support: \(statement.text.prefix(60))")
      }
    }
    return counts
  }
}
