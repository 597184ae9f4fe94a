extension String {
  /// `transform` applied to the UTF-8 bytes of each of `ranges` (byte offsets into the
  /// string), in order, with one look at the string's storage for all of them: the paragraphs
  /// of a page read by byte-level scanners without a String each.
  mutating func mapUTF8Slices<T>(_ ranges: some Sequence<Range<Int>>, _ transform: (UnsafeBufferPointer<UInt8>) -> T) -> [T] {
    withUTF8 { buffer in ranges.map { transform(UnsafeBufferPointer(rebasing: buffer[$0])) } }
  }
}
