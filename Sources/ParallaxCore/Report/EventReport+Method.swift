import Foundation

extension EventReport {
  /// How the report was made: the settings (with several events, a link to the index, which
  /// says them once for the run), then each source document with its language, dateline,
  /// publication date, statement count, file and digest, run on as one paragraph (a list item
  /// each took a line apiece and, on a phone, the rest of each item's last line).
  func methodSection(_ md: inout MarkdownWriter) {
    md.heading(2, MarkdownText.inline(strings[.method]))
    func item(_ label: ReportLabel, _ value: String) -> String { "\(MarkdownText.inline(strings[label])): \(value)" }
    // The folder every source file is in, said once rather than on every line.
    let folder = Self.commonFolder(sources.map(\.document.path))
    var lead = ""
    if comparison.events.count > 1 {
      // The settings are the run's, the same for every event: the index says them once.
      lead = "**\(MarkdownText.inline(strings[.settings]))**: [\(MarkdownText.inline(strings[.indexTitle]))](index.md)" + Self.itemSeparator
    } else {
      md.paragraph(Self.settings(of: comparison, strings: strings, context: context, folder: folder, digestFile: options.digestFile))
    }
    // A paragraph that wraps on a phone, where a seven-column table squeezed its cells into
    // slivers; each document opens with its outlet in bold.
    let documents = sources.map { source -> String in
      let d = source.document
      var name = source.label
      if let agency = d.source.agency, !agency.isEmpty, agency != d.source.outlet, context.entityNames[ReportNames.outletKey(agency)] != source.label {
        name += " / " + (context.entityNames[ReportNames.outletKey(agency)] ?? agency)
      }
      if let relay = d.source.relayedBy, !relay.isEmpty, relay != d.source.outlet { name += " ← " + relay }
      var parts = ["**\(MarkdownText.inline(name))**", MarkdownText.inline(d.language.rawValue)]
      var dateline = d.dateline?.place ?? ""
      var datelineDate: PartialDate?
      if let date = d.dateline?.date {
        let resolved = date.year == nil ? PartialDate(year: d.published?.year, month: date.month, day: date.day) : date
        datelineDate = resolved
        dateline += (dateline.isEmpty ? "" : ", ") + dates.format(resolved)
      }
      if !dateline.trimmingCharacters(in: .whitespaces).isEmpty { parts.append(item(.dateline, MarkdownText.inline(dateline))) }
      // The publication date only when the dateline does not already say it.
      if let published = d.published, published != datelineDate { parts.append(item(.published, MarkdownText.inline(dates.format(published)))) }
      parts.append(item(.statements, "\(source.statements.count)"))
      parts.append(MarkdownText.code(String(d.path.dropFirst(folder.count))))
      parts.append(
        context.inputs[d.path].map { MarkdownText.code("sha256:" + (options.digestFile ? String($0.prefix(Self.shownDigest)) : $0)) }
          ?? MarkdownText.inline(strings[.none]))
      return parts.joined(separator: " · ")
    }
    md.paragraph(lead + documents.joined(separator: Self.itemSeparator))
  }

  /// The longest folder prefix (ending in `/`) that every path shares; empty when none.
  static func commonFolder(_ paths: [String]) -> String {
    guard var prefix = paths.first.map({ Substring($0) }) else { return "" }
    for path in paths.dropFirst() {
      while !path.hasPrefix(prefix) { prefix = prefix.dropLast() }
    }
    guard let slash = prefix.lastIndex(of: "/") else { return "" }
    return String(prefix[...slash])
  }

  /// The settings of a run as one paragraph: the sentence that says they fix the output, then
  /// versions, locale data, house style, thresholds, the as-of date and the inputs' folder.
  /// How many hex digits of an input's digest a report shows when the digests are in full in
  /// `SHA256SUMS` (48 bits: no two inputs of a run share them, as with short commit ids).
  static let shownDigest = 12

  static func settings(
    of comparison: Comparison, strings: ReportStrings, context: ReportContext, folder: String, digestFile: Bool = false
  ) -> String {
    let s = comparison.settings
    func item(_ label: ReportLabel, _ value: String) -> String { "\(MarkdownText.inline(strings[label])): \(value)" }
    var items = [
      item(.version, MarkdownText.code("parallax \(context.parallaxVersion)")),
      item(.icu, MarkdownText.code(context.icuVersion) + " (\(MarkdownText.inline(strings[.unicode])) \(MarkdownText.inline(context.unicodeVersion)))"),
      item(.localeData, MarkdownText.code("sha256:\(context.localeDataHash)")),
      item(.style, MarkdownText.code(s.style ?? "")),
      item(.reportLocale, MarkdownText.code(strings.language.rawValue)),
      item(.suggestThreshold, MarkdownText.code(Self.number(s.suggestThreshold))),
      item(.confidentThreshold, MarkdownText.code(Self.number(s.confidentThreshold))),
      item(.eventThreshold, MarkdownText.code(Self.number(s.eventThreshold))),
      item(.window, MarkdownText.code("\(s.dayWindow)")),
      item(.asOne, MarkdownText.inline(strings[s.asOne ? .yes : .no])),
    ]
    if let asOf = context.asOf { items.append(item(.asOf, MarkdownText.code(asOf.description))) }
    if !folder.isEmpty { items.append(item(.folder, MarkdownText.code(folder))) }
    if digestFile { items.append(item(.digest, "[\(MarkdownRenderer.digestFile)](\(MarkdownRenderer.digestFile))")) }
    return strings.sentence(.methodIntro, [:]) + " " + items.joined(separator: " · ")
  }

  /// A threshold as written in options: up to three decimals, no trailing zeros.
  static func number(_ value: Double) -> String {
    var text = String(format: "%.3f", value)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
  }
}
