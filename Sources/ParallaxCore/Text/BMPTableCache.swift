import Foundation

/// The BMP tables (`BMPTable`) kept in the cache folder, per build: they are made from the
/// standard library's Unicode properties, which cost a few milliseconds of every start, and one
/// build's standard library makes the same tables every time.
///
/// A table's file is named by a hash of the table's name, the format and the build
/// (`ParsedYAMLCache.buildIdentity`: the executable's path, size and modification time).
/// Without a cache folder (`ParsedYAMLCache.shared`) or a build identity, or when the file is
/// damaged, the table is made as before (and saved when it can be).
///
/// The file is a `CacheFile` payload (magic `PXBMP`): the table's bytes, as the table's own
/// encoding gives them.
enum BMPTableCache {
  static let format = 1
  static let magic = Array("PXBMP\n\0\0".utf8)

  /// A table of one `T` per BMP code point, read from the cache or made by `make`.
  static func table<T: FixedWidthInteger>(
    _ name: String, cache: ParsedYAMLCache? = ParsedYAMLCache.shared, make: () -> [T]
  ) -> [T] {
    let size = 0x10000 * MemoryLayout<T>.stride
    let payload = bytes(name, cache: cache) { make().withUnsafeBytes { Array($0) } }
    precondition(payload.count == size, "a BMP table has one entry per code point")
    return [T](unsafeUninitializedCapacity: 0x10000) { table, count in
      payload.withUnsafeBytes { UnsafeMutableRawBufferPointer(table).copyMemory(from: $0) }
      count = 0x10000
    }
  }

  /// The bytes of table `name`, read from the cache or made by `make` (and saved).
  static func bytes(_ name: String, cache: ParsedYAMLCache? = ParsedYAMLCache.shared, make: () -> [UInt8]) -> [UInt8] {
    guard let file = file(for: name, cache: cache) else { return make() }
    if let (buffer, payload) = CacheFile.readPayload(magic: magic, format: format, from: file) {
      return buffer.array(at: payload.lowerBound, count: payload.count)
    }
    let made = make()
    CacheFile.writePayload(made, magic: magic, format: format, to: file)
    return made
  }

  /// The file of table `name` for this build; nil without a cache folder or a build identity.
  static func file(for name: String, cache: ParsedYAMLCache?) -> URL? {
    guard let cache, let build = ParsedYAMLCache.buildIdentity else { return nil }
    var hash = ByteHasher()
    hash.combine("bmp \(format) \(build) \(name)")
    return cache.directory.appendingPathComponent("\(hash.hex).bmp")
  }
}
