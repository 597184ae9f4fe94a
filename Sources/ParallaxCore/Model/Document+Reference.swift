extension Document {
  /// How reports and comparison JSON name this document: its path, or for one record of a
  /// JSON Lines file `path#N` (`N` the record's number, as `statements` names it) or
  /// `path#id` (the record's own `id`), so that two records of one file never share a name and
  /// a statement reference always says which record it came from.
  public var reference: String {
    guard format == .jsonLines else { return path }
    return id.rawValue.hasPrefix(path + "#") ? id.rawValue : "\(path)#\(id.rawValue)"
  }
}
