import ParallaxCore

/// Small history documents for the history tests.
enum HistoryFixture {
  /// A statement by `speaker` ("" for the outlet's narration).
  static func statement(_ ordinal: Int, _ speaker: String, _ text: String) -> HistoryStatement {
    HistoryStatement(
      ordinal: ordinal, kind: speaker.isEmpty ? .narration : .indirect, speaker: speaker.isEmpty ? "TASS" : speaker,
      isNarration: speaker.isEmpty, text: text, line: ordinal + 3)
  }

  /// A document of `outlet` published on `date` with `statements` and name uses.
  static func document(
    _ path: String, digest: String, outlet: String = "TASS", published: String = "2025-03-12", title: String = "Talks",
    statements: [(String, String)] = [], names: [(String, String, Int)] = []
  ) -> HistoryDocument {
    HistoryDocument(
      key: DocumentKey(path: path), sha256: digest, title: title, outlet: outlet, published: PartialDate(iso: published),
      language: "en", statements: statements.enumerated().map { statement($0.offset, $0.element.0, $0.element.1) },
      names: names.map { NameUse(entity: EntityID($0.0), form: $0.1, count: $0.2) })
  }
}
