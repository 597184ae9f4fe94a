/// The headings inside a story: a line of its own between two paragraphs, without a sentence
/// end ("Stoltenberg ruft zu Einhaltung von »New Start« auf", "Rubio: prezydenci Ukrainy i USA
/// polecili …", "Переговори у Саудівській Аравії"). A heading is no statement, and what it says
/// the paragraphs under it say again; but it names the event as a headline does, so grouping
/// still reads it (see `ProfiledDocument.headings`).
extension DocumentLoader {
  /// A heading has at most this many words.
  static let headingMaximumWords = 16

  /// Marks as headings the body paragraphs after the story's first that are one unended line of
  /// at most `headingMaximumWords` words, come after a paragraph that `closes`, and
  /// stand above another that opens one. Not an item of a list, a stamp of parts, a quotation
  /// that ends its sentence inside its marks, nor a line that leads into the next with a colon,
  /// a comma or a dash.
  static func setAsideHeadings(roles: inout [Paragraph.Role], paragraphs: [Range<Int>], text: (Range<Int>) -> String) {
    guard let storyStart = roles.firstIndex(of: .body) else { return }
    var previousEnds = closes(text(paragraphs[storyStart]))
    for index in roles.indices where index > storyStart && roles[index] == .body {
      defer { previousEnds = roles[index] != .body || closes(text(paragraphs[index])) }
      guard previousEnds, let next = roles[(index + 1)...].firstIndex(of: .body) else { continue }
      let line = text(paragraphs[index])
      guard isHeading(line), opensSentence(text(paragraphs[next])) else { continue }
      roles[index] = .heading
    }
  }

  /// A question of at most this many words, without quotation marks, is a heading too ("Was
  /// sagt Russland?", "What does the deal include?").
  static let questionHeadingMaximumWords = 8

  /// Whether a paragraph ends what it says: it ends a sentence, or it is a line of its own no
  /// longer than a heading (a label, a heading, a stamp), not a sentence that runs on.
  static func closes(_ paragraph: String) -> Bool {
    endsSentence(paragraph) || (!paragraph.contains("\n") && words(in: paragraph) <= headingMaximumWords)
  }

  /// One unended line of a few words that opens as a sentence does, or a short question.
  static func isHeading(_ line: String) -> Bool {
    guard line.utf8.count < 300, !line.contains("\n"), opensSentence(line), let last = line.unicodeScalars.last,
      !leadsOn.contains(last), !ScalarFacts.isDashPunctuation(last)
    else { return false }
    if last == "?" {
      return words(in: line) <= questionHeadingMaximumWords && !line.unicodeScalars.contains { $0.properties.isQuotationMark }
        && !isListItemOrStamp(line)
    }
    guard looksLikeHeadline(line) else { return false }
    let count = words(in: line)
    return count > 0 && count <= headingMaximumWords && !isListItemOrStamp(line) && !endsQuotedSentence(line)
  }

  /// The last marks of a line that runs on into the next: a colon, a comma, a semicolon (and
  /// any dash, told by its Unicode category).
  static let leadsOn: Set<Unicode.Scalar> = [":", ",", ";"]

  /// Whether a paragraph ends with a sentence end (inside closing quotation marks or not).
  static func endsSentence(_ paragraph: String) -> Bool {
    guard let last = paragraph.unicodeScalars.last(where: { !$0.properties.isWhitespace }) else { return false }
    return sentenceEnds.contains(last) || endsQuotedSentence(paragraph)
  }

  /// The marks that end a sentence.
  static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", "…"]

  /// Whether a line's first letter or digit is not a lowercase letter: it opens a sentence, not
  /// the rest of one.
  static func opensSentence(_ line: String) -> Bool {
    guard let first = line.unicodeScalars.first(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil })
    else { return false }
    return !first.properties.isLowercase
  }
}
