/// The labels a web page sets above its headline: a section ("Mondo", "Події"), the site's
/// name, a stamp or a rate ("$41.37 €43.63"), the page's address, a weather line. None of
/// them is the headline, and none is a statement.
extension DocumentLoader {
  /// A headline has at least this many words: a shorter unended line above the first one that
  /// has them is a label.
  static let headlineMinimumWords = 4

  /// A headline has at most this many words.
  static let headlineMaximumWords = 24

  /// At most this many story lines of the header are looked through for the headline.
  static let headlineCandidates = 3

  /// Sets aside as chrome the short unended lines above the headline, among the first
  /// `headlineCandidates` story paragraphs before `end`: only when one of them is a headline
  /// of `headlineMinimumWords` words or more, and only the lines above it, all shorter. A
  /// page whose first lines are all short keeps them (a short headline).
  static func setAsideLabels(before end: Int, roles: inout [Paragraph.Role], text: (Int) -> String) {
    var labels: [Int] = []
    for index in 0..<end where roles[index] == .body {
      let line = text(index)
      guard looksLikeHeadline(line), labels.count < headlineCandidates else { return }
      let count = words(in: line)
      if count >= headlineMinimumWords {
        // An item of a list ("- …", "1. …"), a stamp of parts ("Place, / Agency"), a quotation
        // that ends a sentence inside its marks or a paragraph longer than a headline is no
        // headline either: then the lines above it are left as they are.
        guard count <= headlineMaximumWords, !isListItemOrStamp(line), !endsQuotedSentence(line) else { return }
        for label in labels { roles[label] = .chrome }
        return
      }
      labels.append(index)
    }
  }

  /// The words of a line: runs between spaces that hold a letter.
  static func words(in line: String) -> Int {
    line.split(whereSeparator: \.isWhitespace).count { $0.unicodeScalars.contains { $0.properties.isAlphabetic } }
  }

  /// A line that opens as an item of a list (a dash, a bullet, a number and a point) or is
  /// made of parts a slash divides.
  static func isListItemOrStamp(_ line: String) -> Bool {
    let scalars = Array(line.unicodeScalars.prefix(4))
    guard let first = scalars.first else { return false }
    if ChromeDetector.Shape.bullets.contains(first) { return true }
    if first.properties.numericType != nil, let point = scalars.dropFirst().first(where: { $0.properties.numericType == nil }),
      point == "." || point == ")"
    {
      return true
    }
    return line.contains(" / ")
  }

  /// A line whose last sentence end stands inside closing quotation marks or brackets ("… in
  /// den Gesprächen.“"): a quotation, not a headline.
  static func endsQuotedSentence(_ line: String) -> Bool {
    var scalars = line.unicodeScalars[...]
    var closed = false
    while let last = scalars.last, last.properties.isQuotationMark || last == ")" || last == "]" || last == " " {
      closed = closed || last != " "
      scalars = scalars.dropLast()
    }
    return closed && !scalars.isEmpty && !looksLikeHeadline(String(String.UnicodeScalarView(scalars)))
  }
}
