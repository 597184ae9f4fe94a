/// The SHA-256 of a locale data set: every file's relative path and bytes, in path order. Two
/// runs with the same digest read the same labels, lexicons, names and styles.
public enum LocaleDataDigest {
  /// The digest, 64 hexadecimal digits; unreadable files count as their error message.
  public static func sha256(_ data: any LocaleDataProvider) -> String {
    var digest = SHA256Digest()
    for path in data.allFiles() {
      digest.update(path.utf8)
      digest.update([0])
      let text: String
      do { text = try data.read(path) } catch { text = error.description }
      digest.update(text.utf8)
      digest.update([0])
    }
    return digest.finalHex()
  }
}
