import Foundation
import Testing

@testable import ParallaxCore

/// The word-at-a-time byte tests behind the scans of ingest and statement extraction: each is
/// checked against the plain byte-by-byte answer, so that a wrong mask or shift shows up as a
/// wrong column, a missed quotation mark or a lost space.
@Suite struct ByteScanTests {
  /// Texts mixing one-, two-, three- and four-byte scalars, line breaks and runs of spaces, cut
  /// at every length so that the eight-byte steps end anywhere in a scalar.
  private static let samples: [String] = {
    let base = "MOSCOW, Dec. 18 «Київ»\n — Сполярич  said: “Yes”\t ok 𝐀€ Außenminister\n\n„Ja“ 2 500 ‹x›"
    let scalars = Array(base.unicodeScalars)
    return (0...scalars.count).map { count in
      var text = String.UnicodeScalarView()
      text.append(contentsOf: scalars[..<count])
      return String(text)
    }
  }()

  @Test("eight-byte matches mark exactly the bytes equal to the one asked for")
  func byteMatches() {
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    for _ in 0..<2_000 {
      // A xorshift word, with a few bytes forced to the values looked for and their neighbours.
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      var word = state
      let forced: [UInt8] = [0x0A, 0x0B, 0x09, 0x20, 0x21, 0x22, 0x8A, 0x00, 0xFF]
      let position = Int(state >> 58) & 7
      word &= ~(UInt64(0xFF) << UInt64(position * 8))
      word |= UInt64(forced[Int(state % UInt64(forced.count))]) << UInt64(position * 8)
      for byte in [UInt8(0x0A), 0x09, 0x20, 0x22, 0xC2, 0xE2, 0x00] {
        let mask = ByteWord.matches(word, byte)
        for k in 0..<8 {
          let equal = UInt8(truncatingIfNeeded: word >> UInt64(k * 8)) == byte
          #expect((mask >> UInt64(k * 8 + 7)) & 1 == (equal ? 1 : 0))
          #expect((mask >> UInt64(k * 8)) & 0x7F == 0)
        }
      }
      let continuation = (0..<8).filter { UInt8(truncatingIfNeeded: word >> UInt64($0 * 8)) & 0xC0 == 0x80 }.count
      #expect(ByteWord.continuationCount(word) == continuation)
    }
  }

  @Test("scalars are counted right whatever the length and wherever the eight-byte steps end")
  func scalarCounts() {
    for text in Self.samples {
      let bytes = Array(text.utf8)
      let counted = bytes.withUnsafeBufferPointer { UTF8Bytes.scalarCount($0) }
      #expect(counted == text.unicodeScalars.count, "\(text.debugDescription)")
    }
  }

  @Test("white space that collapsing changes is found wherever the sixteen-byte steps end")
  func collapsingNeeded() {
    func plain(_ bytes: [UInt8]) -> Bool {
      bytes.indices.contains { k in
        bytes[k] == 0x0A || bytes[k] == 0x0D || bytes[k] == 0x09 || (k > 0 && bytes[k] == 0x20 && bytes[k - 1] == 0x20)
      }
    }
    // Single spaces throughout, with one line break, tab or second space moved along.
    let clean = Array("Лавров said: “Yes”, a b c d e f g h i j k l m n o p q r s t u v w x".utf8)
    for text in Self.samples {
      let bytes = Array(text.utf8)
      #expect(bytes.withUnsafeBufferPointer(UTF8Bytes.needsCollapsing) == plain(bytes), "\(text.debugDescription)")
    }
    for length in 0...clean.count {
      let prefix = Array(clean[..<length])
      #expect(!prefix.withUnsafeBufferPointer(UTF8Bytes.needsCollapsing))
      for insert in [[UInt8(0x0A)], [0x0D], [0x09], [0x20]] where length > 0 {
        for at in 0..<length {
          var bytes = prefix
          bytes.insert(contentsOf: insert, at: at)
          #expect(bytes.withUnsafeBufferPointer(UTF8Bytes.needsCollapsing) == plain(bytes), "at \(at) of \(length)")
        }
      }
    }
  }

  @Test("line and column of every scalar, found eight bytes at a time, match a scan byte by byte")
  func positions() {
    for text in Self.samples {
      var cursor = PositionCursor(text: text, sourceMap: .verbatim())
      var line = 1
      var column = 1
      var offset = 0
      for scalar in text.unicodeScalars {
        let found = cursor.position(of: offset)
        #expect(found.line == line && found.column == column, "offset \(offset) of \(text.debugDescription)")
        if scalar == "\n" {
          line += 1
          column = 1
        } else {
          column += 1
        }
        offset += String(scalar).utf8.count
      }
    }
  }

  @Test("an entity's kind is its first dotted part, without building it")
  func entityKind() {
    #expect(EntityID(rawValue: "person.sergey-lavrov").hasKind("person"))
    #expect(EntityID(rawValue: "person").hasKind("person"))
    #expect(!EntityID(rawValue: "personality.x").hasKind("person"))
    #expect(!EntityID(rawValue: "organization.icrc").hasKind("person"))
    #expect(!EntityID(rawValue: "pers").hasKind("person"))
    #expect(EntityID(rawValue: "organization.icrc").hasKind(EntityID(rawValue: "organization.icrc").kind))
  }

  @Test("the dateline pre-check turns away only paragraphs that the full match rejects")
  func datelinePrecheck() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Locales")
    let rules = try DatelineRules.loadAll(from: DirectoryLocaleData(root: root)).map(CompiledRules.init)
    let openings = [
      "MOSCOW, December 18. /TASS/. Russian Deputy Foreign Minister met the ICRC.",
      "МОСКВА, 18 декабря. /ТАСС/. Замминистра иностранных дел России",
      "КИЇВ, 3 березня. /Укрінформ/. Президент заявив",
      "MOSKAU, 24. Februar. /tass/. Der Minister sagte",
      "GENEVA, 12 March 2025 (ICRC) – The president said",
      "KYIV, Ukraine (AP) — Officials said",
      "VIENNE, 10 juin (AFP) - Le ministre a déclaré",
      "MOSCOW (UrduPoint News / Sputnik - 24th March, 2022) Lavrov said",
      "LONDON, March 3 (Reuters) - A spokesman said",
      "МОСКВА. 18 декабря. INTERFAX - Лавров заявил",
      "WARSZAWA, 5 maja (PAP) - Minister powiedział",
      "MOSCOW, January 18 – RIA Novosti. Talks went on",
      "MOSCOW December 18 TASS without punctuation",
      "Moscow, December 18. /TASS/. Lowercase place",
      "GENEVA (ICRC) Peter Maurer said",
    ]
    var rejected = 0
    for opening in openings {
      // The opening and every shorter prefix: near misses of each form.
      let scalars = Array(opening.unicodeScalars)
      for count in 1...scalars.count {
        let text = Array(scalars[..<count])
        let folded = text.map(ScalarFacts.lowercaseFirst)
        let places = DatelinePattern.placeCandidates(text)
        for rule in rules {
          for (id, pattern, _) in rule.datelines {
            let quick = pattern.mayMatch(text, folded: folded, rules: rule, placeAtStart: places)
            let full = pattern.match(text, folded: folded, rules: rule, anchored: false, placeAtStart: places)
            if !quick {
              rejected += 1
              #expect(full == nil, "\(id) matches \(String(String.UnicodeScalarView(text)).debugDescription) but the pre-check turned it away")
            }
          }
        }
      }
    }
    #expect(rejected > 0)
  }
}
