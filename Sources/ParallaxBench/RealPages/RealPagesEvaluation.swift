import Foundation

/// Scores Parallax against the dev set: runs `parallax statements` and `parallax compare` on the
/// cached texts of the labelled articles and compares their JSON with the labels.
struct RealPagesEvaluation {
  /// The figures for one language, or for all of them.
  struct Figures: Codable, Sendable {
    var language: String
    var pages = 0
    var speakers = RealPagesScore.Tally()
    var topics = RealPagesScore.Tally()
    var statements = 0
    var chromeStatements = 0
    var eventsPrecision: Double?
    var eventsRecall: Double?
    var eventsF1: Double?
    var datedEventsF1: Double?
    var speakerPrecision: Double?
    var speakerRecall: Double?
    var topicF1: Double?
    /// Chrome statements over all statements, or nil when there are none.
    var chromeRate: Double?

    /// Fills the derived figures from the counts.
    mutating func finish() {
      speakerPrecision = speakers.precision
      speakerRecall = speakers.recall
      topicF1 = topics.f1
      chromeRate = statements == 0 ? nil : Double(chromeStatements) / Double(statements)
    }
  }

  /// What went wrong on one article, for whoever fixes extraction.
  struct ArticleDetail: Codable, Sendable {
    var id: String
    var language: String
    var predictedEvent: String?
    var wrongSpeakers: [String]
    var missedSpeakers: [String]
    var chromeStatements: [String]
    var topicsPredicted: [String]
    var topicsGold: [String]
  }

  /// The whole result, as `--format json` prints it (`parallax.realpages/1`).
  struct Result: Codable, Sendable {
    var schema = "parallax.realpages/1"
    var labels: String
    var cache: String
    var parallax: String
    var labelled: Int
    var missing: [String]
    var unmappedTopics: [String]
    var languages: [Figures]
    var overall: Figures
    /// The held-out pages (every third of `articles.yaml`, from the first) and the others,
    /// scored apart: rules are chosen from misses, and these say whether their gains hold on
    /// pages they were not chosen from.
    var parts: [Figures] = []
    var details: [ArticleDetail]?
    /// With the details: per labelled event, the predicted events its pages went to, and per
    /// predicted event that mixes labels, the labels it holds (texts as they are).
    var eventConfusion: [RealPagesScore.Confusion]?
    var mixedEvents: [RealPagesScore.Confusion]?
    /// The same for the comparison with labelled dates (with `--with-dates`).
    var datedEventConfusion: [RealPagesScore.Confusion]?
    var datedMixedEvents: [RealPagesScore.Confusion]?
  }

  var devSet: DevSet
  var labelsPath: String
  var cache: URL
  var runner: ParallaxRunner
  var withDates: Bool
  var keepDetails: Bool

  /// Runs Parallax and scores it.
  func run() throws(RealPagesError) -> Result {
    var present: [DevSet.Article] = []
    var missing: [String] = []
    for article in devSet.articles {
      let file = cache.appendingPathComponent("\(article.id).txt")
      if FileManager.default.isReadableFile(atPath: file.path) {
        present.append(article)
      } else {
        missing.append(article.id)
      }
    }
    guard !present.isEmpty else {
      return Result(
        labels: labelsPath, cache: cache.path, parallax: runner.executable,
        labelled: devSet.articles.count,
        missing: missing, unmappedTopics: devSet.topics.filter { $0.parallax.isEmpty }.map(\.id),
        languages: [],
        overall: Figures(language: "all"), details: keepDetails ? [] : nil)
    }
    let texts = runner.scratch.appendingPathComponent("texts")
    try copy(present, into: texts, dated: false)
    let statements = try runner.json(
      ParallaxOutput.Statements.self, ["statements", "--format", "json", texts.path])
    let comparison = try runner.json(
      ParallaxOutput.Comparison.self, ["compare", "--format", "json", texts.path])
    var datedEvents: [String: String]?
    if withDates {
      let dated = runner.scratch.appendingPathComponent("dated")
      try copy(present, into: dated, dated: true)
      let datedComparison = try runner.json(
        ParallaxOutput.Comparison.self, ["compare", "--format", "json", dated.path])
      datedEvents = Self.clusters(of: datedComparison)
    }

    var statementsByID: [String: [ParallaxOutput.Statement]] = [:]
    for document in statements.documents {
      statementsByID[Self.articleID(of: document.path), default: []] += document.statements
    }
    let events = Self.clusters(of: comparison)
    var compareTopics: [String: Set<String>] = [:]
    for event in comparison.events {
      for document in event.documents {
        let topics = document.statements.flatMap { $0.topics ?? [] }
        compareTopics[Self.articleID(of: document.path), default: []].formUnion(topics)
      }
    }

    // Match keys for every name the speaker matching compares.
    var names: Set<String> = []
    for article in present {
      for speaker in article.speakers { names.formUnion(speaker.forms) }
      for statement in statementsByID[article.id] ?? [] {
        for speaker in statement.speakers where !speaker.outlet {
          names.insert(speaker.name)
          names.insert(speaker.surface)
        }
      }
    }
    let ordered = names.filter { !$0.isEmpty }.sorted()
    let latin = try runner.mapLines(ordered, ["transliterate", "--scheme", "Any-Latin-ASCII"])
    let keys = try runner.mapLines(latin, ["normalize", "--form", "key"])
    var tokens: [String: [String]] = [:]
    for (name, key) in zip(ordered, keys) { tokens[name] = SpeakerMatcher.words(of: key) }
    let matcher = SpeakerMatcher(tokens: tokens)

    // Topic mapping: Parallax id -> dev set ids; only mapped dev set topics are scored.
    var mapping: [String: Set<String>] = [:]
    for topic in devSet.topics {
      for id in topic.parallax { mapping[id, default: []].insert(topic.id) }
    }
    let scoredTopics = Set(devSet.topics.filter { !$0.parallax.isEmpty }.map(\.id))
    let unmapped = devSet.topics.filter { $0.parallax.isEmpty }.map(\.id)

    let gold = Dictionary(uniqueKeysWithValues: present.map { ($0.id, $0.event) })
    let bcubed = RealPagesScore.bcubed(predicted: events, gold: gold)
    let datedBcubed = datedEvents.map { RealPagesScore.bcubed(predicted: $0, gold: gold) }

    var byLanguage: [String: Figures] = [:]
    var idsByLanguage: [String: [String]] = [:]
    var byPart: [String: Figures] = [:]
    var idsByPart: [String: [String]] = [:]
    let position = Dictionary(uniqueKeysWithValues: devSet.articles.enumerated().map { ($0.element.id, $0.offset) })
    var details: [ArticleDetail] = []
    // A labels file without any speaker (a blind set for events only) scores no speakers:
    // every speaker found would count as wrong.
    let speakersLabelled = devSet.articles.contains { !$0.speakers.isEmpty }
    for article in present {
      let articleStatements = statementsByID[article.id] ?? []
      // Distinct predicted speakers: by entity when resolved, else by name.
      var predicted: [String: [String]] = [:]
      for statement in articleStatements {
        for speaker in statement.speakers where !speaker.outlet {
          predicted[speaker.entity ?? "name:" + speaker.name] = [speaker.name, speaker.surface]
        }
      }
      var tally = RealPagesScore.Tally(gold: article.speakers.count)
      var wrong: [String] = []
      for (_, forms) in predicted.sorted(by: { $0.key < $1.key }) where speakersLabelled {
        tally.predicted += 1
        if article.speakers.contains(where: { matcher.matches($0, predicted: forms) }) {
          tally.correct += 1
        } else {
          wrong.append(forms[0] == forms[1] ? forms[0] : "\(forms[0]) (\(forms[1]))")
        }
      }
      var missed: [String] = []
      for speaker in article.speakers {
        if predicted.values.contains(where: { matcher.matches(speaker, predicted: $0) }) {
          tally.found += 1
        } else {
          missed.append(speaker.name)
        }
      }
      let texts = articleStatements.map(\.text)
      let chrome = texts.filter { RealPagesScore.chromeCount([$0], prefixes: article.chrome) == 1 }
      let predictedTopics = Set((compareTopics[article.id] ?? []).flatMap { mapping[$0] ?? [] })
      let goldTopics = Set(article.topics).intersection(scoredTopics)

      func add(to figures: inout Figures) {
        figures.pages += 1
        figures.speakers = figures.speakers + tally
        figures.topics =
          figures.topics + RealPagesScore.setTally(predicted: predictedTopics, gold: goldTopics)
        figures.statements += articleStatements.count
        figures.chromeStatements += chrome.count
      }
      add(to: &byLanguage[article.language, default: Figures(language: article.language)])
      idsByLanguage[article.language, default: []].append(article.id)
      let part = (position[article.id] ?? 0) % 3 == 0 ? "held out" : "tuned"
      add(to: &byPart[part, default: Figures(language: part)])
      idsByPart[part, default: []].append(article.id)
      if keepDetails {
        details.append(
          ArticleDetail(
            id: article.id, language: article.language, predictedEvent: events[article.id],
            wrongSpeakers: wrong, missedSpeakers: missed, chromeStatements: chrome,
            topicsPredicted: predictedTopics.sorted(), topicsGold: goldTopics.sorted()))
      }
    }

    var languages: [Figures] = []
    var overall = Figures(language: "all")
    var parts: [Figures] = []
    for part in ["held out", "tuned"] {
      guard var figures = byPart[part] else { continue }
      let ids = idsByPart[part] ?? []
      figures.eventsF1 = RealPagesScore.bcubedMean(bcubed, over: ids)?.f1
      figures.datedEventsF1 = datedBcubed.flatMap { RealPagesScore.bcubedMean($0, over: ids)?.f1 }
      figures.finish()
      parts.append(figures)
    }
    for language in Self.order(Array(byLanguage.keys)) {
      guard var figures = byLanguage[language] else { continue }
      let ids = idsByLanguage[language] ?? []
      if let mean = RealPagesScore.bcubedMean(bcubed, over: ids) {
        (figures.eventsPrecision, figures.eventsRecall, figures.eventsF1) = (
          mean.precision, mean.recall, mean.f1
        )
      }
      figures.datedEventsF1 = datedBcubed.flatMap { RealPagesScore.bcubedMean($0, over: ids)?.f1 }
      figures.finish()
      languages.append(figures)
      overall.pages += figures.pages
      overall.speakers = overall.speakers + figures.speakers
      overall.topics = overall.topics + figures.topics
      overall.statements += figures.statements
      overall.chromeStatements += figures.chromeStatements
    }
    let allIDs = present.map(\.id)
    if let mean = RealPagesScore.bcubedMean(bcubed, over: allIDs) {
      (overall.eventsPrecision, overall.eventsRecall, overall.eventsF1) = (
        mean.precision, mean.recall, mean.f1
      )
    }
    overall.datedEventsF1 = datedBcubed.flatMap { RealPagesScore.bcubedMean($0, over: allIDs)?.f1 }
    overall.finish()
    var result = Result(
      labels: labelsPath, cache: cache.path, parallax: runner.executable,
      labelled: devSet.articles.count,
      missing: missing, unmappedTopics: unmapped, languages: languages, overall: overall, parts: parts,
      details: keepDetails ? details : nil)
    if keepDetails {
      result.eventConfusion = RealPagesScore.confusion(predicted: events, gold: gold)
      result.mixedEvents = RealPagesScore.confusion(predicted: gold, gold: events).filter { $0.parts.count > 1 }
      if let datedEvents {
        result.datedEventConfusion = RealPagesScore.confusion(predicted: datedEvents, gold: gold)
        result.datedMixedEvents = RealPagesScore.confusion(predicted: gold, gold: datedEvents).filter { $0.parts.count > 1 }
      }
    }
    return result
  }

  /// Copies each article's cached text to `folder/<id>.txt`; with `dated`, a full publication
  /// date from the labels goes in front of it as YAML front matter.
  private func copy(_ articles: [DevSet.Article], into folder: URL, dated: Bool)
    throws(RealPagesError)
  {
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      for article in articles {
        let source = cache.appendingPathComponent("\(article.id).txt")
        let target = folder.appendingPathComponent("\(article.id).txt")
        var data = try Data(contentsOf: source)
        if dated, let published = article.published, published.count == 10 {
          data = Data("---\npublished: \(published)\n---\n".utf8) + data
        }
        try data.write(to: target)
      }
    } catch {
      throw .cannotWrite(path: folder.path, reason: "\(error)")
    }
  }

  /// Article id -> predicted event id.
  static func clusters(of comparison: ParallaxOutput.Comparison) -> [String: String] {
    var result: [String: String] = [:]
    for event in comparison.events {
      for document in event.documents { result[articleID(of: document.path)] = event.id }
    }
    return result
  }

  /// The article id a text file stands for: its name without `.txt`.
  static func articleID(of path: String) -> String {
    URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
  }

  /// The languages first, in its order, then any others by code.
  static func order(_ languages: [String]) -> [String] {
    let preferred = ["en", "ru", "uk", "de", "fr", "es", "it", "pl", "pt"]
    return preferred.filter(languages.contains)
      + languages.filter { !preferred.contains($0) }.sorted()
  }
}
