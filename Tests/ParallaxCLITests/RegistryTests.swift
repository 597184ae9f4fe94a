import Foundation
import ParallaxCore
import Testing

/// Tests over the whole shipped registry and style.
@Suite struct RegistryTests {
  static let setup: NameSetup? = try? NameSetup.load(from: CLI.data)

  @Test("every variant in the registry resolves to its own entity")
  func everyVariantResolves() throws {
    let setup = try #require(Self.setup)
    let matcher = try setup.makeMatcher()
    var failures: [String] = []
    var checked = 0
    for entity in setup.registry.entities {
      for variant in entity.variants {
        checked += 1
        let mention = try matcher.lookup(variant.form)
        let ambiguous = setup.registry.ambiguities.contains { $0.entities.contains(entity.id) && $0.form == variant.form }
        guard let mention, mention.entity == entity.id || (ambiguous && mention.alternatives.contains(entity.id)) else {
          failures.append("\(variant.form) (\(entity.id)) → \(mention.map { "\($0.entity) \($0.match)" } ?? "none")")
          continue
        }
      }
    }
    #expect(checked > 4000)
    #expect(failures.isEmpty, "\(failures.count) of \(checked) variants:\n\(failures.joined(separator: "\n"))")
  }

  @Test("the registry covers at least 200 entities in seven languages")
  func coverage() throws {
    let setup = try #require(Self.setup)
    #expect(setup.registry.entities.count >= 200)
    let languages = Set(setup.registry.entities.flatMap { $0.variants.map(\.lang) })
    #expect(languages.isSuperset(of: ["en", "ru", "uk", "de", "fr", "es", "pl"]))
  }

  @Test("a matcher that forgets its words when they pass the limit finds the same names, even when the limit falls inside a text")
  func vocabularyLimit() throws {
    let setup = try #require(Self.setup)
    let texts = [
      "Лавров прибыл в Киев, где его встретили представители Красного Креста.",
      "The IAEA said the Zaporizhzhia plant lost power; Kyiv and Moscow blamed each other.",
      "Der Außenminister reiste nach Kiew, sagte ein Sprecher in Berlin.",
    ]
    let fresh = try setup.makeMatcher()
    let forgetful = try setup.makeMatcher(options: NameMatcherOptions(vocabularyLimit: 5))
    for _ in 0..<3 {
      for text in texts {
        let expected = try fresh.mentions(in: text).map { "\($0.entity) \($0.utf8Range)" }
        #expect(try forgetful.mentions(in: text).map { "\($0.entity) \($0.utf8Range)" } == expected)
        #expect(try forgetful.analyze(text).tokens.map(\.key) == (try fresh.analyze(text).tokens.map(\.key)))
      }
    }
    #expect(forgetful.generation > 1)
    #expect(fresh.generation == 0)
  }

  @Test("no canonical form is flagged by its own style")
  func canonicalFormsPass() throws {
    let setup = try #require(Self.setup)
    let style = try HouseStyle.load("ap-en", from: CLI.data, registry: setup.registry)
    let checker = try StyleChecker(
      compiled: CompiledStyle(style: style, setup: setup), setup: setup, matcher: setup.makeMatcher(),
      quotes: QuotationMarks.load(from: CLI.data))
    var flagged: [String] = []
    for (entity, form) in style.canonical.sorted(by: { $0.key < $1.key }) {
      let findings = try checker.check("Reporters asked about \(form) on Monday.", path: "t", language: "en")
      for finding in findings where finding.rule != .framing {
        flagged.append("\(entity): \(form) → \(finding.rule) \(finding.match)")
      }
    }
    #expect(flagged.isEmpty, "\(flagged.joined(separator: "\n"))")
  }
}
