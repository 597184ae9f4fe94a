import ArgumentParser
import Foundation

/// `parallax-bench discovery`: how well `parallax names discover` groups the spellings of one
/// name across pages, languages and scripts, against the gold entities of issue 17, item 1.
struct DiscoveryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "discovery",
    abstract: "Score the provisional entities of 'parallax names discover' on the cached real pages.",
    discussion: """
      Runs 'parallax names discover --format json' over the cached pages (<id>.txt in --cache \
      for every article of --articles) and 'parallax names lookup --format json' over the \
      labelled forms. Each labelled mention (a form on a page) is predicted to be in the \
      provisional entity whose form on that page is the mention (or the mention without a \
      possessive s, or its capitalized start, or, for a form the registry does not resolve, \
      contains it); a mention discovery leaves out is in its registry entity when the registry \
      resolves it (not merely comes near it), else alone. Pairwise precision, recall and F1 against --labels, for the \
      mentions the registry does not resolve (discovery proper) and for all; pages at \
      positions 0, 3, 6 … of the articles file are the held-out part, reported apart. A labels \
      file with pages of its own (a blind set: --labels Tests/DevSet/discovery-blind.yaml \
      --cache ~/.cache/parallax-blind) is scored on those pages as one part; when none of them \
      is cached, the command says so and exits 0.
      """
  )

  @OptionGroup var cached: CachedPagesOptions

  @Option(help: ArgumentHelp("The gold entities (schema parallax.discovery-labels/1).", valueName: "file"))
  var labels: String = "Tests/DevSet/discovery.yaml"

  @Option(help: ArgumentHelp("Passed to 'names discover' (for tuning on the tuned part).", visibility: .hidden))
  var linkSimilarity: Double?

  @Option(help: ArgumentHelp("Passed to 'names discover' (for tuning on the tuned part).", visibility: .hidden))
  var skeletonSimilarity: Double?

  @Flag(help: "List gold entities split across clusters and clusters that join entities.")
  var details = false

  @Flag(help: "Check the scoring arithmetic on worked examples and exit.")
  var selfCheck = false

  func run() throws {
    if selfCheck {
      let problems = PairwiseScore.selfCheck()
      print(problems.isEmpty ? "self-check: pairwise arithmetic right" : problems.joined(separator: "\n"))
      if !problems.isEmpty { throw ExitCode(1) }
      return
    }
    let gold = try DiscoveryLabels(text: try CheckFindingsCommand.read(labels), path: labels)
    let pages: CachedPagesOptions.Pages
    if gold.pages.isEmpty {
      pages = try cached.pages()
    } else {
      pages = Self.ownPages(gold.pages, in: cached.cache)
      if pages.paths.isEmpty {
        print("none of the \(gold.pages.count) pages of \(labels) is in \(cached.cache); skipped (Tests/DevSet/README.md says how to fetch them)")
        return
      }
    }
    let present = Set(pages.paths.map(CachedPagesOptions.Pages.id))
    let (discovered, lookedUp) = try cached.withRunner("discovery") { runner in
      var arguments = ["names", "discover", "--format", "json"]
      if let linkSimilarity { arguments += ["--link-similarity", String(linkSimilarity)] }
      if let skeletonSimilarity { arguments += ["--skeleton-similarity", String(skeletonSimilarity)] }
      let discovered = try runner.json(DiscoverOutput.self, arguments + pages.paths)
      // A form the registry does not resolve whole may still be resolved by its last word, as
      // the matcher does in text ("Volodimir Zelensky": Zelensky).
      let lastWords = gold.mentions.compactMap { $0.form.split(separator: " ").count > 1 ? $0.form.split(separator: " ").last.map(String.init) : nil }
      let forms = Array(Set(gold.mentions.map(\.form) + lastWords)).sorted()
      return (discovered, try runner.json(LookupOutput.self, ["names", "lookup", "--format", "json"] + forms))
    }
    var registry: [String: (entity: String, registered: Bool)] = [:]
    for result in lookedUp.results {
      if let entity = result.entity { registry[result.query] = (entity, !(result.suggestion ?? false) && result.match != "fuzzy") }
    }
    var byPage: [String: [(form: String, entity: String)]] = [:]
    for entity in discovered.entities {
      for form in entity.forms {
        for document in form.documents {
          byPage[CachedPagesOptions.Pages.id(of: document), default: []].append((form.form, entity.id))
        }
      }
    }
    for mention in gold.mentions where registry[mention.form] == nil {
      if let last = mention.form.split(separator: " ").last.map(String.init), last != mention.form, let known = registry[last], known.registered {
        registry[mention.form] = known
      }
    }
    var rows: [Row] = []
    for mention in gold.mentions where present.contains(mention.page) {
      let known = registry[mention.form]
      // A form the registry resolves keeps its entity when discovery found only a longer name
      // around it ("Kherson" inside "Kherson region", a provisional entity of its own).
      let found = Self.cluster(of: mention.form, among: byPage[mention.page] ?? [], containing: known?.registered != true)
      // A form the registry only comes near (fuzzy) is not resolved by it.
      let resolved = known.flatMap { $0.registered ? "registry:" + $0.entity : nil }
      let predicted = found ?? resolved ?? "alone:\(mention.page)|\(mention.form)"
      rows.append(Row(mention: mention, predicted: predicted, registered: known?.registered ?? false, held: pages.held.contains(mention.page)))
    }
    print(Self.report(rows, pages: pages.paths.count, held: pages.heldPresent.count, details: details, split: gold.pages.isEmpty), terminator: "")
  }

  /// The pages a labels file lists itself, all in one part, those missing from `cache` counted on
  /// standard error.
  static func ownPages(_ ids: [String], in cache: String) -> CachedPagesOptions.Pages {
    let paths = ids.map { URL(fileURLWithPath: cache).appendingPathComponent("\($0).txt").path }
      .filter { FileManager.default.fileExists(atPath: $0) }
    if !paths.isEmpty, paths.count < ids.count {
      FileHandle.standardError.write(Data("\(ids.count - paths.count) labelled pages are not in \(cache); skipped\n".utf8))
    }
    return CachedPagesOptions.Pages(ids: ids, held: [], paths: paths)
  }

  /// A scored mention.
  struct Row {
    var mention: DiscoveryLabels.Mention
    var predicted: String
    var registered: Bool
    var held: Bool
  }

  /// The provisional entity of `form` among a page's discovered forms: the same form, else the
  /// same form without a possessive "s" (German "Europas" is found as "Europa"), else the
  /// longest form that is its capitalized start, else (when `containing`) the shortest form
  /// containing it.
  static func cluster(of form: String, among found: [(form: String, entity: String)], containing: Bool = true) -> String? {
    if let exact = found.first(where: { $0.form == form }) { return exact.entity }
    if let base = found.first(where: { form == $0.form + "s" || form == $0.form + "'s" || form == $0.form + "’s" }) { return base.entity }
    let starts = found.filter { form.hasPrefix($0.form + " ") || form.hasPrefix($0.form + "-") }
    if let longest = starts.max(by: { ($0.form.count, $1.entity) < ($1.form.count, $0.entity) }) { return longest.entity }
    guard containing else { return nil }
    let containing = found.filter { $0.form.hasPrefix(form + " ") || $0.form.hasSuffix(" " + form) || $0.form.contains(" " + form + " ") }
    return containing.min(by: { ($0.form.count, $0.entity) < ($1.form.count, $1.entity) })?.entity
  }

  /// The table (tuned and held-out parts apart when `split`), and with `details` what was lost.
  static func report(_ rows: [Row], pages: Int, held: Int, details: Bool, split: Bool = true) -> String {
    func line(_ name: String, _ subset: [Row]) -> String {
      let score = PairwiseScore(subset.map { ($0.mention.entity, $0.predicted) })
      return "| \(name) | \(score.mentions) | \(score.entities) | \(fmt(score.precision)) (\(score.rightPairs)/\(score.predictedPairs)) "
        + "| \(fmt(score.recall)) (\(score.rightPairs)/\(score.goldPairs)) | \(fmt(score.f1)) |\n"
    }
    var out = "Pairwise scores of 'names discover' on \(pages) cached pages" + (split ? " (\(held) held out)\n\n" : "\n\n")
    out += "| mentions | labelled | entities | P | R | F1 |\n| --- | ---: | ---: | ---: | ---: | ---: |\n"
    let unregistered = rows.filter { !$0.registered }
    if split {
      out += line("not in the registry, tuned", unregistered.filter { !$0.held })
      out += line("not in the registry, held out", unregistered.filter(\.held))
      out += line("not in the registry, all", unregistered)
      out += line("all labelled, tuned", rows.filter { !$0.held })
      out += line("all labelled, held out", rows.filter(\.held))
      out += line("all labelled, all", rows)
    } else {
      out += line("not in the registry", unregistered)
      out += line("all labelled", rows)
    }
    if details {
      out += "\nGold entities (not in the registry) split across clusters:\n"
      var clusters: [String: Set<String>] = [:]
      var members: [String: Set<String>] = [:]
      for row in unregistered {
        clusters[row.mention.entity, default: []].insert(row.predicted)
        members[row.predicted, default: []].insert(row.mention.entity)
      }
      // Most pairs lost first: the order in which fixing a cause pays most.
      var lost: [(entity: String, pairs: Int)] = []
      for (entity, found) in clusters where found.count > 1 {
        let members = unregistered.filter { $0.mention.entity == entity }
        let score = PairwiseScore(members.map { ($0.mention.entity, $0.predicted) })
        lost.append((entity, score.goldPairs - score.rightPairs))
      }
      for (entity, pairs) in lost.sorted(by: { $0.pairs != $1.pairs ? $0.pairs > $1.pairs : $0.entity < $1.entity }) {
        var counts: [String: Int] = [:]
        for row in unregistered where row.mention.entity == entity {
          counts["\(row.mention.form) → \(row.predicted)\(row.held ? " (held out)" : "")", default: 0] += 1
        }
        let forms = counts.keys.sorted().map { counts[$0, default: 0] > 1 ? "\($0) ×\(counts[$0, default: 0])" : $0 }
        out += "- \(entity) (\(pairs) pairs lost): \(forms.joined(separator: "; "))\n"
      }
      out += "\nRegistered mentions inside a provisional entity's form (scored by that entity):\n"
      var taken: [String: Int] = [:]
      for row in rows where row.registered && !row.predicted.hasPrefix("registry:") {
        taken["\(row.mention.entity): \(row.mention.form) → \(row.predicted)\(row.held ? " (held out)" : "")", default: 0] += 1
      }
      for key in taken.keys.sorted() { out += "- \(key)\(taken[key, default: 0] > 1 ? " ×\(taken[key, default: 0])" : "")\n" }
      out += "\nClusters joining gold entities:\n"
      for (cluster, entities) in members.sorted(by: { $0.key < $1.key }) where entities.count > 1 {
        out += "- \(cluster): \(entities.sorted().joined(separator: ", "))\n"
      }
    }
    return out
  }

  static func fmt(_ value: Double) -> String { String(format: "%.3f", value) }

  /// The part of `parallax names discover --format json` the scorer reads.
  struct DiscoverOutput: Decodable {
    struct Entity: Decodable {
      struct Form: Decodable {
        var form: String
        var documents: [String]
      }
      var id: String
      var forms: [Form]
    }
    var entities: [Entity]
  }

  /// The part of `parallax names lookup --format json` the scorer reads.
  struct LookupOutput: Decodable {
    struct Result: Decodable {
      var query: String
      var entity: String?
      var match: String?
      var suggestion: Bool?
    }
    var results: [Result]
  }
}
