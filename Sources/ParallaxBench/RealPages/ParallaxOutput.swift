/// The parts of `parallax statements --format json` (`parallax.statements/1`) and
/// `parallax compare --format json` (`parallax.comparison/1`) that the scorer reads.
enum ParallaxOutput {
  struct Speaker: Decodable, Sendable {
    var entity: String?
    var name: String
    var surface: String
    var outlet: Bool
  }

  struct Statement: Decodable, Sendable {
    var id: String
    var kind: String
    var text: String
    var speaker: Speaker?
    /// The other subjects of one speech verb, when there are any.
    var coSpeakers: [Speaker]?
    var topics: [String]?

    /// The speaker and the others who say it with them.
    var speakers: [Speaker] { (speaker.map { [$0] } ?? []) + (coSpeakers ?? []) }
  }

  struct Document: Decodable, Sendable {
    var path: String
    var language: String?
    var statements: [Statement]
  }

  /// `parallax statements --format json`.
  struct Statements: Decodable, Sendable {
    var schema: String
    var documents: [Document]
  }

  struct Event: Decodable, Sendable {
    var id: String
    var documents: [Document]
  }

  /// `parallax compare --format json`.
  struct Comparison: Decodable, Sendable {
    var schema: String
    var events: [Event]
  }
}
