import Foundation
import Testing

/// `names lookup` on a form several entities share: the alternatives, the cue that decided and
/// the entities named after it (issue 17, item 4).
@Suite struct NamesLookupAmbiguityTests {
  @Test("a cue word in the context picks the river, and lookup says which word did")
  func cueDecides() throws {
    let result = try CLI.run(["names", "lookup", "Dnipro", "--context", "Boats waited on the river by Dnipro at dawn."])
    #expect(result.stdout.contains("entity:    river.dnipro"))
    #expect(result.stdout.contains("decided:   cue 'river' near the name picks river.dnipro"))
    #expect(result.stdout.contains("cues:      place.dnipro (default):"))
  }

  @Test("with no cue the default decides, and the lookup says so")
  func defaultDecides() throws {
    let result = try CLI.run(["names", "lookup", "Dnipro"])
    #expect(result.stdout.contains("entity:    place.dnipro"))
    #expect(result.stdout.contains("no cue nearby: the default, place.dnipro"))
  }

  @Test("a city lists its oblast and what is named after it; JSON carries the decision")
  func relatedAndJSON() throws {
    let city = try CLI.run(["names", "lookup", "Zaporizhzhia"])
    #expect(city.stdout.contains("place.zaporizhzhia-oblast (Zaporizhzhia Oblast)"))
    let json = try CLI.run(["names", "lookup", "--format", "json", "Dnipro", "--context", "The mayor of Dnipro spoke."])
    #expect(json.stdout.contains("\"cue\" : \"mayor\"") || json.stdout.contains("\"cue\": \"mayor\""))
  }
}
