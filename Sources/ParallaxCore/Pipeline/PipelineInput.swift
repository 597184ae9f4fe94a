/// An input file as the pipeline reads it: once, decoded, with the SHA-256 of its bytes for the
/// report's method section (so no stage opens the file a second time).
public struct PipelineInput: Sendable, Hashable {
  public let text: InputText
  /// The SHA-256 of the file's bytes, as `sha256sum` prints it.
  public let digest: String

  public init(text: InputText, digest: String) {
    self.text = text
    self.digest = digest
  }

  /// Reads `path` (`-` for standard input) through `collector`.
  public static func read(_ path: String, with collector: InputCollector) -> Result<PipelineInput, InputError> {
    collector.read(path).map { PipelineInput(text: $0, digest: digest(of: $0)) }
  }

  /// The digest of the bytes `text` was decoded from. Decoding is strict and changes nothing
  /// but a leading byte order mark, which it drops: the file's bytes are the mark (when the
  /// byte count says there was one) followed by the text's UTF-8.
  static func digest(of text: InputText) -> String {
    var digest = SHA256Digest()
    if text.byteCount == text.text.utf8.count + byteOrderMark.count { digest.update(byteOrderMark) }
    digest.update(text.text.utf8)
    return digest.finalHex()
  }

  private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
}
