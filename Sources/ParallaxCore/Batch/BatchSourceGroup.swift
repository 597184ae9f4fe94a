/// A named set of outlets and agencies in a batch manifest (`sourceGroups:`), which jobs select
/// with `sources: [group, …]` to compare only what those sources published.
///
/// ```yaml
/// sourceGroups:
///   russian-state: [TASS, RIA Novosti, Sputnik]
///   ukrainian: [Ukrinform, UNIAN]
/// ```
public struct BatchSourceGroup: Sendable, Hashable {
  /// The group's name, dotted lowercase like a job id.
  public var name: String
  /// The outlets and agencies as written in the manifest.
  public var members: [String]

  public init(name: String, members: [String]) {
    self.name = name
    self.members = members
  }

  /// The group as one line for a job's option hash: renaming, adding or removing a member
  /// changes it.
  var optionText: String {
    name + ":" + members.joined(separator: "|")
  }
}
