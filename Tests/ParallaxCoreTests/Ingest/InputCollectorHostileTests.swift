import Foundation
import Testing

@testable import ParallaxCore

/// The same file named twice, links and pipes (issue 18, items 9 and 10).
@Suite struct InputCollectorHostileTests {
  func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-hostile-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test("a file named twice is one source, in the order first given")
  func duplicates() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let f = folder.appendingPathComponent("f.txt").path
    let g = folder.appendingPathComponent("g.txt").path
    try Data("a\n".utf8).write(to: URL(fileURLWithPath: f))
    try Data("b\n".utf8).write(to: URL(fileURLWithPath: g))
    let link = folder.appendingPathComponent("link.txt").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "f.txt")
    let collector = InputCollector()
    #expect(collector.expand([f, f]).files == [f])
    #expect(collector.expand([f, folder.path + "/./f.txt"]).files == [f])
    #expect(collector.expand([g, link, f]).files == [g, link])
    // A folder and a file in it: the folder's listing comes first and holds the file.
    #expect(collector.expand([folder.path, f]).files == [folder.path + "/f.txt", folder.path + "/g.txt"])
  }

  @Test("a dangling link is called one, with its target; a looping one a loop")
  func danglingLink() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let dangling = folder.appendingPathComponent("d.txt").path
    try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: "nowhere.txt")
    let a = folder.appendingPathComponent("a.txt").path
    let b = folder.appendingPathComponent("b.txt").path
    try FileManager.default.createSymbolicLink(atPath: a, withDestinationPath: "b.txt")
    try FileManager.default.createSymbolicLink(atPath: b, withDestinationPath: "a.txt")
    let problems = InputCollector().expand([dangling, a]).problems
    #expect(problems == [.danglingLink(path: dangling, target: "nowhere.txt"), .symlinkLoop(path: a)])
    #expect(problems[0].description.contains("symbolic link to 'nowhere.txt', which does not exist"))
    #expect(InputCollector().read(dangling) == .failure(.danglingLink(path: dangling, target: "nowhere.txt")))
  }

  @Test("a pipe named as a file (/dev/stdin, process substitution) is read to its end")
  func pipe() throws {
    var descriptors: [Int32] = [0, 0]
    #expect(Foundation.pipe(&descriptors) == 0)
    let text = "Officials in Kiev said.\n"
    _ = text.withCString { Foundation.write(descriptors[1], $0, strlen($0)) }
    close(descriptors[1])
    defer { close(descriptors[0]) }
    let path = "/dev/fd/\(descriptors[0])"
    #expect(InputCollector().expand([path]).files == [path])
    #expect((try? InputCollector().read(path).get().text) == text)
  }
}
