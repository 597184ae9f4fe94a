extension LocaleDataChecker {
  /// The validators of the comparer's data: the topic lexicons and the stop-word lists.
  mutating func registerTopicKinds() {
    register(kind: TopicLexicon.schemaKind) { path, data in TopicLexicon.validate(path, from: data) }
    register(kind: StopwordList.schemaKind, atLanguage: StopwordList.fileName) { path, data throws(LocaleDataError) in
      _ = try StopwordList.load(path, from: data)
      return []
    }
  }
}
