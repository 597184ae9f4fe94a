import ParallaxCore
import Testing

@Suite struct BatchDecisionTests {
  static let base = BatchFingerprint(inputs: "i", localeData: "l", options: "o", version: "v")

  @Test("each changed part of the fingerprint names its reason")
  func reasons() {
    func decide(_ change: (inout BatchFingerprint) -> Void, exists: Bool = true, force: Bool = false) -> BatchDecision {
      var now = Self.base
      change(&now)
      return BatchDecision.decide(now: now, last: Self.base, outputExists: exists, force: force)
    }
    #expect(decide { _ in } == .upToDate)
    #expect(decide { $0.inputs = "x" } == .inputsChanged)
    #expect(decide { $0.options = "x" } == .optionsChanged)
    #expect(decide { $0.localeData = "x" } == .localeDataChanged)
    #expect(decide { $0.version = "x" } == .versionChanged)
    #expect(decide({ _ in }, exists: false) == .outputMissing)
    #expect(decide({ _ in }, force: true) == .forced)
    #expect(BatchDecision.decide(now: Self.base, last: nil, outputExists: false, force: false) == .new)
    #expect(!BatchDecision.upToDate.runs && BatchDecision.new.runs)
  }

  @Test("the output pattern fills in the date and the job, and both change the options hash")
  func outputAndOptions() throws {
    let job = BatchJob(
      id: "energy.zaes", inputs: ["in"], resolvedInputs: ["/x/in"], windowDays: 7, grouping: .events, style: nil,
      reportLocale: nil, eventThreshold: nil, suggestThreshold: nil, confidentThreshold: nil, charts: false,
      evidence: false, output: "{date}/{job}.md")
    let date = try #require(CalendarDate("2025-03-12"))
    #expect(job.outputPath(date: date) == "2025-03-12/energy.zaes.md")
    // The one-file pattern names the job's report folder; its index is inside.
    #expect(job.folderPath(date: date) == "2025-03-12/energy.zaes")
    #expect(job.indexPath(date: date) == "2025-03-12/energy.zaes/index.md")
    var folder = job
    folder.output = "reports/{job}"
    #expect(folder.folderPath(date: date) == "reports/energy.zaes")
    let a = BatchFingerprint.of(job, files: [], localeData: "l", date: date, version: "1")
    let b = BatchFingerprint.of(job, files: [], localeData: "l", date: try #require(CalendarDate("2025-03-13")), version: "1")
    var wider = job
    wider.windowDays = 8
    let c = BatchFingerprint.of(wider, files: [], localeData: "l", date: date, version: "1")
    #expect(a.options != b.options)
    #expect(a.options != c.options)
    #expect(a.inputs == b.inputs)
  }

  @Test("a job's source groups and their members are part of its options hash")
  func sourceGroupsInOptions() throws {
    let date = try #require(CalendarDate("2025-03-12"))
    func job(_ groups: [BatchSourceGroup]) -> BatchJob {
      BatchJob(
        id: "wire", inputs: ["in"], resolvedInputs: ["/x/in"], windowDays: nil, grouping: .events, style: nil,
        reportLocale: nil, eventThreshold: nil, suggestThreshold: nil, confidentThreshold: nil, charts: false,
        evidence: false, output: "{date}/{job}.md", sourceGroups: groups)
    }
    func options(_ groups: [BatchSourceGroup]) -> String {
      BatchFingerprint.of(job(groups), files: [], localeData: "l", date: date, version: "1").options
    }
    let russian = BatchSourceGroup(name: "russian-state", members: ["TASS", "RIA Novosti"])
    #expect(!job([]).optionLines(date: date).contains { $0.hasPrefix("sources=") })
    #expect(job([russian]).optionLines(date: date).last == "sources=russian-state:TASS|RIA Novosti")
    #expect(options([]) != options([russian]))
    #expect(options([russian]) != options([BatchSourceGroup(name: "russian-state", members: ["TASS"])]))
    #expect(options([russian]) != options([BatchSourceGroup(name: "russia", members: ["TASS", "RIA Novosti"])]))
  }
}
