/// The forms of agents (sides' forms, people on a side), each as its folded words, looked up by
/// the first letter of their first word: a form matches where each of its words begins the
/// statement's word at its place, so only the forms whose first word begins with the word's
/// first letter can start there. A statement's words are compared with a few forms each, not
/// with every form of every person (hundreds per language).
struct AgentForms {
  /// The forms in the order of the cues (which decides among forms of one length).
  let all: [(entity: EntityID, form: [String])]
  /// Positions in `all`, ascending, by the first scalar of the form's first word.
  private let byFirst: [Unicode.Scalar: [Int]]
  /// Positions of forms whose first word is empty (they begin any word); usually none.
  private let anywhere: [Int]

  init(_ forms: [(entity: EntityID, form: [String])] = []) {
    all = forms
    var byFirst: [Unicode.Scalar: [Int]] = [:]
    var anywhere: [Int] = []
    for (position, entry) in forms.enumerated() {
      if let first = entry.form.first?.unicodeScalars.first { byFirst[first, default: []].append(position) } else { anywhere.append(position) }
    }
    self.byFirst = byFirst
    self.anywhere = anywhere
  }

  var isEmpty: Bool { all.isEmpty }

  /// The positions in `all` of the forms that may start at `word`, ascending.
  func candidates(startingAt word: String) -> [Int] {
    let bucket = word.unicodeScalars.first.flatMap { byFirst[$0] } ?? []
    return anywhere.isEmpty ? bucket : (bucket + anywhere).sorted()
  }
}
