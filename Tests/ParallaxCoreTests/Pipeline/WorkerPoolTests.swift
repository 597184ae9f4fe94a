import Foundation
import Testing

@testable import ParallaxCore

@Suite struct WorkerPoolTests {
  @Test("every index is delivered once, in index order, whatever order the workers finish in")
  func ordered() {
    var delivered: [Int] = []
    var outputs: [Int] = []
    // Early indexes take longest, so later ones finish first and must wait to be delivered.
    WorkerPool(jobs: 4, window: 8).run(count: 200, makeTask: { 0 }) { _, index -> Int in
      if index % 10 == 0 { usleep(2_000) }
      return index * index
    } deliver: { index, output in
      delivered.append(index)
      outputs.append(output ?? -1)
    }
    #expect(delivered == Array(0..<200))
    #expect(outputs == (0..<200).map { $0 * $0 })
  }

  @Test("when no worker can make its task, every index is still delivered, as nil")
  func noTask() {
    var delivered: [Int?] = []
    WorkerPool(jobs: 2).run(count: 5, makeTask: { nil as Int? }) { _, index in index } deliver: { _, output in
      delivered.append(output)
    }
    #expect(delivered.count == 5)
    #expect(delivered.allSatisfy { $0 == nil })
  }

  @Test("workers never run further ahead of delivery than the window")
  func window() {
    let lock = NSLock()
    var started = 0
    var delivered = 0
    var worstLead = 0
    WorkerPool(jobs: 2, window: 4).run(count: 100, makeTask: { 0 }) { _, index -> Int in
      lock.withLock {
        started += 1
        worstLead = max(worstLead, started - delivered)
      }
      if index == 0 { usleep(20_000) }
      return index
    } deliver: { _, _ in lock.withLock { delivered += 1 } }
    #expect(delivered == 100)
    #expect(worstLead <= 5)
  }
}

@Suite struct TopicIDAllocatorTests {
  @Test("a free name is used as is; taken ones get the first free suffix from 2, in order")
  func suffixes() {
    var ids = TopicIDAllocator(taken: [TopicID("x.misc"), TopicID("x.misc-3")])
    #expect(ids.allocate("x.misc") == TopicID("x.misc-2"))
    #expect(ids.allocate("x.misc") == TopicID("x.misc-4"))
    #expect(ids.allocate("x.other") == TopicID("x.other"))
    #expect(ids.allocate("x.misc-5") == TopicID("x.misc-5"))
    #expect(ids.allocate("x.misc") == TopicID("x.misc-6"))
    #expect(ids.allocate("x.other") == TopicID("x.other-2"))
    // A long run of one name (a list of a thousand lines) counts on, and the names before it
    // still continue where they stopped.
    let run = (0..<1000).map { _ in ids.allocate("x.run") }
    #expect(run == [TopicID("x.run")] + (2...1000).map { TopicID("x.run-\($0)") })
    #expect(ids.allocate("x.misc") == TopicID("x.misc-7"))
    #expect(ids.allocate("x.run") == TopicID("x.run-1001"))
    // A name that is an id handed out with a suffix is taken too; one that only looks like
    // one (a leading zero, a suffix of 1) is free.
    #expect(ids.allocate("x.run-500") == TopicID("x.run-500-2"))
    #expect(ids.allocate("x.misc-4") == TopicID("x.misc-4-2"))
    #expect(ids.allocate("x.run-0500") == TopicID("x.run-0500"))
    #expect(ids.allocate("x.run-1") == TopicID("x.run-1"))
    #expect(ids.allocate("x.run-1002") == TopicID("x.run-1002"))
    #expect(ids.allocate("x.run") == TopicID("x.run-1003"))
  }
}
