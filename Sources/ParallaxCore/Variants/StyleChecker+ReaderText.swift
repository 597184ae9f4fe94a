public import ParallaxICU

extension StyleChecker {
  /// The findings in the text a reader sees of `input` (`ReaderText`): HTML text outside
  /// markup, scripts and styles, JSON Lines `title` and `text` values, the body after front
  /// matter. Findings keep the file's offsets, lines and columns, so `FixApplier` applies
  /// them to `input.text` and nothing outside that text changes. Returns the structural
  /// problems too (malformed front matter, bad JSON Lines records), for the exit code.
  ///
  /// - Throws: `ICUError` when the matcher fails.
  public func checkReaderText(
    _ input: InputText, language: LocaleID? = nil
  ) throws(ICUError) -> (findings: [StyleFinding], problems: [IngestError]) {
    let seen = ReaderText(input)
    var findings = try check(seen.masked, path: input.path, language: language)
    if seen.masked != input.text {
      // Blanks are not words, so a finding cannot straddle them; this keeps it certain.
      findings = findings.filter { finding in
        seen.spans.contains { $0.range.lowerBound <= finding.utf8Range.lowerBound && finding.utf8Range.upperBound <= $0.range.upperBound }
      }
    }
    return (findings, seen.problems)
  }
}
