/// Lines an outlet repeats across its documents: a footer, a newsletter prompt, a paragraph on
/// who the outlet is. No phrase list names them all, but a line that recurs word for word in
/// several documents of one outlet is the outlet's furniture, not the story's.
///
/// The documents compared are those of one input (a JSON Lines feed, say), grouped by their
/// outlet as the metadata gives it; documents without an outlet are never grouped (one file may
/// mix sources).
///
/// ```swift
/// let lines = OutletBoilerplate.lines(of: [("Daily", textA, paragraphsA), ("Daily", textB, paragraphsB),
///                                          ("Daily", textC, paragraphsC)], minimumDocuments: 3)
/// detector.pieces(in: textA, paragraphs: paragraphsA, outletLines: lines["Daily"] ?? [])
/// ```
enum OutletBoilerplate {
  /// For each outlet, the `ChromeDetector.lineHash` of every line that at least
  /// `minimumDocuments` of its documents hold (a line counted once per document).
  static func lines(
    of documents: [(outlet: String?, text: String, paragraphs: [Range<Int>])], minimumDocuments: Int
  ) -> [String: Set<UInt64>] {
    var byOutlet: [String: [Int]] = [:]
    for (index, document) in documents.enumerated() {
      guard let outlet = document.outlet, !outlet.isEmpty else { continue }
      byOutlet[outlet, default: []].append(index)
    }
    var result: [String: Set<UInt64>] = [:]
    for (outlet, members) in byOutlet where members.count >= minimumDocuments {
      var counts: [UInt64: Int] = [:]
      for index in members {
        let bytes = Array(documents[index].text.utf8)
        let hashes = Set(ChromeDetector.lines(bytes, documents[index].paragraphs).map { ChromeDetector.lineHash(bytes, $0.range) })
        for hash in hashes { counts[hash, default: 0] += 1 }
      }
      let repeated = Set(counts.filter { $0.value >= minimumDocuments }.keys)
      if !repeated.isEmpty { result[outlet] = repeated }
    }
    return result
  }
}
