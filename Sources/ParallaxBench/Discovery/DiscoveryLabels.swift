import Foundation

/// The gold entities of name mentions on the dev set's pages (`Tests/DevSet/discovery.yaml`,
/// schema `parallax.discovery-labels/1`): one flow mapping per line under `mentions:`, with
/// `entity`, `page` and `form`. A set with pages of its own (`discovery-blind.yaml`) lists them
/// under `pages:`, one flow mapping per line with `id` (and `url`, `outlet`, `language`, `query`).
struct DiscoveryLabels {
  /// The ids of the set's own pages, in the file's order (empty: the pages of the articles file).
  var pages: [String] = []

  /// One name as written on one page, and the entity it names.
  struct Mention: Hashable {
    var entity: String
    var page: String
    var form: String
  }

  var mentions: [Mention] = []

  /// Parses the labels file.
  /// - Throws: `RealPagesError.labels` with the line of the first problem.
  init(text: String, path: String) throws(RealPagesError) {
    var seen: Set<Mention> = []
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.trimmingCharacters(in: .whitespaces)
      guard line.hasPrefix("- {"), line.hasSuffix("}") else { continue }
      let fields = try CheckFindingLabels.fields(of: line.dropFirst(3).dropLast(), path: path, line: index + 1)
      if let page = fields["id"] {
        guard !pages.contains(page) else { throw .labels(path: path, line: index + 1, problem: "page '\(page)' is listed twice") }
        pages.append(page)
        continue
      }
      guard let entity = fields["entity"], let page = fields["page"], let form = fields["form"], !form.isEmpty else {
        throw .labels(path: path, line: index + 1, problem: "a mention needs entity, page and form")
      }
      let mention = Mention(entity: entity, page: page, form: form)
      guard seen.insert(mention).inserted else {
        throw .labels(path: path, line: index + 1, problem: "'\(form)' on \(page) is labelled twice")
      }
      mentions.append(mention)
    }
    if !pages.isEmpty, let stray = mentions.first(where: { !pages.contains($0.page) }) {
      throw .labels(path: path, line: 0, problem: "'\(stray.form)' is on page '\(stray.page)', which the file does not list")
    }
  }
}
