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
    try checkReaderText(ReaderText(input), of: input, language: language)
  }

  /// The findings in `seen`, the reader-visible text of `input` already taken (so the caller
  /// can detect the language on `seen.masked`, not on markup, without a second pass).
  public func checkReaderText(
    _ seen: ReaderText, of input: InputText, language: LocaleID? = nil
  ) throws(ICUError) -> (findings: [StyleFinding], problems: [IngestError]) {
    var findings = try check(seen.masked, path: input.path, language: language, lines: seen.lines)
    if seen.masked != input.text {
      // Blanks are not words, so a finding cannot straddle them; this keeps it certain.
      findings = findings.filter { seen.contains($0.utf8Range) }
    }
    return (findings, seen.problems)
  }
}
