import Foundation

/// Statements set aside in a temporary file between the stages of a comparison, so that a
/// corpus's statements are not all in memory at once: a document's statements go to the file
/// once profiled (grouping reads only the profiles), come back while its event is compared,
/// go again with the compared event, and come back while its report is written.
///
/// The file is removed from its folder as soon as it is made, so it goes with the process
/// whatever happens. Writing fails soft: when the disk is full, the statements stay in memory.
/// It grows to about twice the statements' text (each document's statements are written once
/// profiled and once compared); on a `tmpfs` it saves no memory, so `TMPDIR` should name a
/// folder on a disk.
///
/// ```swift
/// let spill = StatementSpill()!
/// var profiled = ...                 // a ProfiledDocument
/// profiled.spill(to: spill)          // its statements now in the file
/// profiled.statements                // read back, equal to what went in
/// ```
public final class StatementSpill: @unchecked Sendable {
  // Sendable: `end` is read and moved under `lock`; each write goes to a range of its own, and
  // reads only reach ranges already written.

  /// Where one document's statements are in the file.
  public struct Ref: Sendable, Hashable {
    let offset: Int
    let length: Int
    /// How many statements.
    let count: Int
  }

  private let descriptor: Int32
  private let lock = NSLock()
  private var end = 0

  /// A spill in a new file of `directory` (the temporary folder when nil); nil when no file
  /// can be made there.
  public init?(directory: String? = nil) {
    guard
      let descriptor = DescriptorBytes.unlinkedTemporaryFile(
        in: directory ?? NSTemporaryDirectory(), prefix: "parallax-statements-")
    else { return nil }
    self.descriptor = descriptor
  }

  deinit { close(descriptor) }

  /// Bytes written so far.
  public var size: Int { lock.withLock { end } }

  /// Writes `statements`; nil when they could not all be written (they stay with the caller).
  func store(_ statements: [Statement]) -> Ref? {
    // Room for the texts and a little for each statement's other fields.
    var writer = BinaryWriter(capacity: statements.reduce(0) { $0 + $1.text.utf8.count + 48 })
    for statement in statements { statement.write(into: &writer) }
    let bytes = writer.bytes
    let offset = lock.withLock {
      defer { end += bytes.count }
      return end
    }
    let written = DescriptorBytes.write(bytes, to: descriptor, at: offset)
    return written ? Ref(offset: offset, length: bytes.count, count: statements.count) : nil
  }

  /// The statements `ref` points to, as they were stored.
  func load(_ ref: Ref) -> [Statement] {
    // The file is this process's own and every range was written whole before its `Ref` was
    // handed out: a failed read is a failing disk, which no output could survive.
    guard let buffer = ByteBuffer(descriptor: descriptor, offset: ref.offset, count: ref.length) else {
      fatalError("parallax: cannot read back the statements set aside in a temporary file (\(String(cString: strerror(errno))))")
    }
    var reader = BinaryReader(buffer, range: 0..<ref.length)
    var statements: [Statement] = []
    statements.reserveCapacity(ref.count)
    do {
      for _ in 0..<ref.count { statements.append(try Statement(from: &reader)) }
    } catch {
      fatalError("parallax: the statements set aside in a temporary file came back damaged")
    }
    return statements
  }
}

/// A document's statements, in memory or in a `StatementSpill`.
enum HeldStatements: Sendable {
  case memory([Statement])
  case spilled(StatementSpill, StatementSpill.Ref)

  /// The statements (read back when spilled); changed in place, they stay in memory.
  var statements: [Statement] {
    get {
      switch self {
      case .memory(let statements): statements
      case .spilled(let spill, let ref): spill.load(ref)
      }
    }
    _modify {
      var statements = take()
      defer { self = .memory(statements) }
      yield &statements
    }
  }

  var count: Int {
    switch self {
    case .memory(let statements): statements.count
    case .spilled(_, let ref): ref.count
    }
  }

  /// The statements, leaving this empty: in memory, moved out without a copy.
  mutating func take() -> [Statement] {
    let statements = self.statements
    self = .memory([])
    return statements
  }

  /// Puts the statements in `spill` (when there are some and they can be written).
  mutating func spill(to spill: StatementSpill) {
    guard case .memory(let statements) = self, !statements.isEmpty, let ref = spill.store(statements) else { return }
    self = .spilled(spill, ref)
  }
}
