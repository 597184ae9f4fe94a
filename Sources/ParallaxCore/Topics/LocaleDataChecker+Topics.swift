extension LocaleDataChecker {
  /// The validators of the comparer's data: the topic lexicons and the stop-word lists.
  mutating func registerTopicKinds() {
    register(kind: TopicLexicon.schemaKind) { path, data in TopicLexicon.validate(path, from: data) }
    register(kind: StopwordList.schemaKind) { path, data in
      let parts = path.split(separator: "/")
      guard parts.count == 2, parts[1] == StopwordList.fileName else {
        return [.invalidValue(file: data.displayPath(path), line: 1, column: 1, key: "schema",
                              problem: "this kind belongs at <language>/\(StopwordList.fileName)")]
      }
      do throws(LocaleDataError) { _ = try StopwordList.load(path, from: data) } catch { return [error] }
      return []
    }
  }
}
