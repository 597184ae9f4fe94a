import Foundation
import Testing

/// Issue 19's CI floors, run as a user would: the README's GitHub Actions job (its check step,
/// with the installed tool under an empty environment, from the copy repository's root) and the
/// `parallax-check` hook of `.pre-commit-hooks.yaml` through pre-commit itself.
@Suite(.serialized) struct CIJobFloorTests {
  /// The README's workflow: the YAML block that opens with `# .github/workflows/copy.yml`.
  static func workflow() throws -> String {
    let readme = try String(contentsOf: CLI.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let start = try #require(readme.range(of: "```yaml\n# .github/workflows/copy.yml\n"))
    let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
    return String(readme[start.upperBound..<end.lowerBound])
  }

  /// A copy repository with `stories/`: a story with warnings only, and, when `failing`, one
  /// with an error (a name used after its rename).
  static func copy(in folder: URL, failing: Bool) throws -> URL {
    let stories = folder.appendingPathComponent("copy/stories")
    try FileManager.default.createDirectory(at: stories, withIntermediateDirectories: true)
    try Data("Officials in Kiev said the convoy left.\n".utf8).write(to: stories.appendingPathComponent("convoy.md"))
    if failing {
      try Data("The governor of Dnipropetrovsk said so on 2024-05-01.\n".utf8).write(to: stories.appendingPathComponent("dnipro.txt"))
    }
    return folder.appendingPathComponent("copy")
  }

  @Test("the README's Actions job installs with .ci/install and its check step annotates the copy, failing on an error")
  func actionsJob() throws {
    let job = try Self.workflow()
    let runs = job.split(separator: "\n").compactMap { line -> String? in
      let text = line.trimmingCharacters(in: .whitespaces)
      return text.hasPrefix("- run: ") ? String(text.dropFirst("- run: ".count)) : nil
    }
    #expect(runs.count == 2, "\(job)")
    #expect(runs.first?.contains("bash parallax/.ci/install") == true)
    #expect(FileManager.default.isExecutableFile(atPath: CLI.packageRoot.appendingPathComponent(".ci/install").path)
      || FileManager.default.fileExists(atPath: CLI.packageRoot.appendingPathComponent(".ci/install").path))
    let check = try #require(runs.last)
    #expect(check.contains("--format github"))

    let installed = try InstallTests.Installed()
    defer { try? FileManager.default.removeItem(at: installed.folder) }
    let bin = installed.prefix.appendingPathComponent("bin").path
    for failing in [false, true] {
      _ = try Self.copy(in: installed.work, failing: failing)
      // The step as the runner runs it: bash, from the workspace, with the installed tool on PATH.
      let step = try InstallTests.run(
        "/usr/bin/env", ["-i", "PATH=\(bin):/usr/bin:/bin", "/bin/bash", "-c", check], environment: nil, in: installed.work)
      let lines = step.stdout.split(separator: "\n")
      #expect(lines.contains { $0.hasPrefix("::warning file=stories/convoy.md,line=1,col=14,") && $0.contains("::use 'Kyiv' instead of 'Kiev'") },
        "\(step.stdout)\(step.stderr)")
      if failing {
        #expect(step.status == 1)
        #expect(lines.contains { $0.hasPrefix("::error file=stories/dnipro.txt,line=1,col=17,") }, "\(step.stdout)")
      } else {
        #expect(step.status == 0, "\(step.stderr)")
        #expect(lines.count == 1)
      }
    }
  }

  static let preCommit: String? = ["/usr/local/bin", "/usr/bin", "/root/.pyenv/shims"]
    .map { $0 + "/pre-commit" }.first { FileManager.default.isExecutableFile(atPath: $0) }

  @Test(
    ".pre-commit-hooks.yaml: pre-commit runs parallax-check on the copy, passing on warnings and failing on an error",
    .enabled(if: preCommit != nil, "pre-commit is not installed (pip install pre-commit)"))
  func preCommitHook() throws {
    let installed = try InstallTests.Installed()
    defer { try? FileManager.default.removeItem(at: installed.folder) }
    let tool = try #require(Self.preCommit)
    let environment = [
      "PATH": "\(installed.prefix.appendingPathComponent("bin").path):/usr/bin:/bin:" + URL(fileURLWithPath: tool).deletingLastPathComponent().path,
      "HOME": installed.folder.path, "PRE_COMMIT_HOME": installed.folder.appendingPathComponent("pre-commit").path,
      "GIT_AUTHOR_NAME": "desk", "GIT_AUTHOR_EMAIL": "desk@example.org", "GIT_COMMITTER_NAME": "desk",
      "GIT_COMMITTER_EMAIL": "desk@example.org",
    ].merging(ProcessInfo.processInfo.environment.filter { $0.key.hasPrefix("PYENV") }) { old, _ in old }
    for failing in [false, true] {
      let copy = try Self.copy(in: installed.work, failing: failing)
      for command in [["init", "-q"], ["add", "."]] {
        #expect(try InstallTests.run("/usr/bin/git", command, environment: environment, in: copy).status == 0)
      }
      let run = try InstallTests.run(
        tool, ["try-repo", CLI.packageRoot.path, "parallax-check", "--all-files"], environment: environment, in: copy)
      #expect(run.stdout.contains("parallax check"), "\(run.stdout)\(run.stderr)")
      if failing {
        #expect(run.status == 1)
        #expect(run.stdout.contains("renamed  'Dnipropetrovsk' was renamed on 2016-05-19"), "\(run.stdout)")
      } else {
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("Passed"))
      }
    }
  }
}
