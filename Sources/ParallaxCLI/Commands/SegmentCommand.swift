import ArgumentParser
import ParallaxCore
import ParallaxICU

/// `parallax segment`: sentences or words, one per line as `line:column<TAB>text`.
struct SegmentCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "segment",
    abstract: "Split text into sentences or words, one per line as line:column<TAB>text.",
    discussion: """
      Sentences follow ICU's rules for the language, corrected by the abbreviation lists in \
      Locales/<language>/segmentation.yaml ("Mr.", "U.S.", "т. е.", "г."). Line breaks inside \
      a sentence are shown as spaces; columns count Unicode scalars from 1.
      """
  )

  enum Unit: String, ExpressibleByArgument, CaseIterable { case sentence, word }

  @Option(help: "sentence or word.")
  var by: Unit = .sentence

  @Option(help: "The language of the text (BCP 47), such as en, ru or uk.")
  var language: String = "en"

  @OptionGroup var verbosity: VerbosityOptions
  @OptionGroup var locale: LocaleOptions
  @OptionGroup var input: InputOptions

  func run() throws {
    var clock = verbosity.clock("segment")
    let data = try locale.provider()
    let languageID = LocaleID(language)
    let profile: SegmentationProfile
    do throws(LocaleDataError) { profile = try SegmentationProfile.load(for: languageID, from: data) } catch {
      Terminal.shared.diagnostic(error.description)
      throw ExitCodes.dataError
    }
    let segmenter = try Segmenter(language: languageID, profile: profile)
    let words = try WordBreaker(locale: language)
    clock.lap("loaded the locale data")
    var (files, units) = (0, 0)
    let code = try forEachInput(input, progress: "segment", quiet: verbosity.quiet) { file in
      files += 1
      let lines = LineTable(file.text)
      var text = file.text
      let spans: [Range<Int>] = try text.withUTF8 { bytes in
        switch by {
        case .sentence:
          return try segmenter.sentenceSpans(utf8: bytes)
        case .word:
          return try words.spans(utf8: bytes).filter { $0.1 != .other }.map(\.0)
        }
      }
      let utf8 = Array(file.text.utf8)
      for span in spans {
        let shown = Self.display(utf8[span])
        guard !shown.isEmpty else { continue }
        let leading = utf8[span].prefix { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }.count
        let position = lines.position(ofByte: span.lowerBound + leading)
        Terminal.shared.line("\(position.line):\(position.column)\t\(shown)")
        units += 1
      }
    }
    clock.lap("segmented \(counted(files, "file"))")
    verbosity.closing("segment: \(counted(units, by.rawValue)) of \(input.described(files: files)) on standard output")
    if code != 0 { throw ExitCode(code) }
  }

  /// The unit on one line: inner line breaks and tabs become spaces, outer spaces go.
  static func display(_ bytes: ArraySlice<UInt8>) -> String {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var pendingSpace = false
    for byte in bytes {
      if byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x20 {
        pendingSpace = !result.isEmpty
        continue
      }
      if pendingSpace {
        result.append(0x20)
        pendingSpace = false
      }
      result.append(byte)
    }
    return String(decoding: result, as: UTF8.self)
  }
}
