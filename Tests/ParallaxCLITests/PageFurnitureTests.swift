import Foundation
import Testing

import ParallaxCore

/// Page furniture that no phrase names (tag listings, embedded posts, captions given twice or
/// marked by a position in the photo) and dates read from a page that carries no other, on
/// lines of our own, read with the shipped `Locales/`.
@Suite struct PageFurnitureTests {
  /// The texts of `text`'s statements.
  private func statements(_ text: String) throws -> [String] {
    let (_, statements, _, _) = try StatementsTestSupport.extract(text)
    return statements.flatMap { $0 }.map(\.text)
  }

  @Test("a listing of tags and a long run of capitalized names are furniture, not statements")
  func listings() throws {
    let texts = try statements(
      "Talks end in Geneva\n\nThe minister said the talks were useful.\n\nWorld, Anna Smith, Geneva Office, Nordic Talks\n\n"
        + "Anna Smith Geneva Nordic Talks Oslo Bergen Lake Office Anna Smith\n\nThe delegations will meet again next week.")
    #expect(!texts.contains { $0.contains("Nordic Talks") })
    #expect(texts.contains("The delegations will meet again next week."))
  }

  @Test("an embedded social post (a handle with a hashtag, or a post's signature) is furniture")
  func socialPosts() throws {
    let texts = try statements(
      "Talks end in Geneva\n\nThe minister said the talks were useful.\n\n"
        + "Today our team is on its way, says @nordicoffice to #Geneva for the talks.\n\n"
        + "We are ready to talk. — Nordic Office (@nordicoffice) May 3, 2024\n\nThe delegations will meet again next week.")
    #expect(!texts.contains { $0.contains("@nordicoffice") })
    #expect(texts.contains("The delegations will meet again next week."))
  }

  @Test("a caption marked by a position in the photo is furniture; a line given twice is read once")
  func captions() throws {
    let caption = "The two ministers (left) and their advisers at the table in Geneva on Monday."
    let texts = try statements(
      "Talks end in Geneva\n\nThe minister said the talks were useful.\n\n\(caption)\n\n"
        + "The delegations agreed to meet again in the spring in Oslo.\n\nThe delegations agreed to meet again in the spring in Oslo.\n\n"
        + "The advisers left on Tuesday.")
    #expect(!texts.contains(caption))
    #expect(texts.filter { $0 == "The delegations agreed to meet again in the spring in Oslo." }.count == 1)
  }

  @Test("a player's fallback text, a site section, a video promo and a paywall prompt are furniture in the shipped data")
  func playersSectionsPromos() throws {
    let texts = try statements(
      "Talks end in Geneva\n\nThe minister said the talks were useful.\n1:05 Your browser does not support the audio element.\n\n"
        + "Политика\n\nМинистр заявил, что переговоры были полезными.\n\nБольше актуальных новостей и видео смотрите в нашем канале.\n\n"
        + "Subskrybuj i bądź na bieżąco!\n\nThe delegations will meet again next week.")
    #expect(texts == ["The minister said the talks were useful.", "Министр заявил, что переговоры были полезными.", "The delegations will meet again next week."])
  }

  @Test("a donation prompt is furniture, with the line it shares")
  func donationPrompt() throws {
    let texts = try statements(
      "Talks end in Geneva\n\nThe minister said the talks were useful.\n\n"
        + "Reporters work hard every day. Support the Nordic Herald or become our patron!\n\nThe delegations will meet again next week.")
    #expect(!texts.contains { $0.contains("patron") || $0.contains("Reporters work hard") })
    #expect(texts.contains("The delegations will meet again next week."))
  }

  @Test("furniture glued to the end of a story line is not read: an advertisement, a live-blog prompt, a photo credit")
  func gluedFurniture() throws {
    let texts = try statements(
      "Talks end in Geneva\n\nThe minister said the talks were useful, the agency reported. Advertisement\n\n"
        + "The delegations will meet again next week. Follow all developments in this live blog.\n\n"
        + "The two delegations left the hall on Monday evening. File photo by Jan Berg/Nordic Press")
    #expect(!texts.contains { $0.contains("Advertisement") || $0.contains("live blog") || $0.contains("File photo") })
    #expect(texts.contains { $0.hasPrefix("The minister said the talks were useful") })
    #expect(texts.contains("The delegations will meet again next week."))
  }

  @Test("labels above the headline (a section, the site's name, a stamp) are furniture and the headline is the title")
  func labelsAboveTheHeadline() throws {
    let (documents, statements, _, _) = try StatementsTestSupport.extract(
      "World\nLive\n\nNordic ministers end their talks in Geneva\n\nThe minister said the talks were useful.\n\n"
        + "The delegations will meet again next week.")
    #expect(documents.first?.title == "Nordic ministers end their talks in Geneva")
    #expect(statements.flatMap { $0 }.map(\.text) == ["The minister said the talks were useful.", "The delegations will meet again next week."])
    // A short headline with nothing longer under it stays the headline; so does a label above
    // an item of a list, which is no headline either.
    let short = try StatementsTestSupport.extract("Talks end\n\nThe minister said the talks were useful.\n\nThey will meet again.")
    #expect(short.documents.first?.title == "Talks end")
    let listed = try StatementsTestSupport.extract(
      "In brief\n\n- Nordic ministers end their talks in Geneva\n\nThe minister said the talks were useful.")
    #expect(listed.documents.first?.title == "In brief")
    // A quotation that ends its sentence inside the marks is the story, not a headline.
    let quoted = try StatementsTestSupport.extract(
      "Talks\n\n“The talks were long and useful for both of our delegations,” the minister said, “and they go on.”\n\nThey will meet again.")
    #expect(quoted.documents.first?.title == "Talks")
  }

  /// Each text's page date, and whether it is marked inferred.
  private func expectDates(_ cases: [(text: String, date: String)], inferred: Bool?) throws {
    for (text, date) in cases {
      let (documents, _, _, _) = try StatementsTestSupport.extract(text)
      #expect(documents.first?.published == PartialDate(iso: date), "\(text)")
      #expect(documents.first?.publishedInferred == inferred, "\(text)")
    }
  }

  @Test("a page without a date in its metadata, byline or dateline is dated by the latest full date it names, marked inferred")
  func inferredDate() throws {
    let cases: [(String, String)] = [
      ("Talks end in Geneva\n\nThe talks began on 3 March 2024. The delegations met again on March 12, 2024 in Geneva.", "2024-03-12"),
      ("Conversaciones\n\nLas delegaciones se reunieron el 17 de julio de 2023 en Ginebra.", "2023-07-17"),
      ("Gespräche\n\nDie Delegationen trafen sich am 07.06.2023 in Genf.", "2023-06-07"),
    ]
    try expectDates(cases, inferred: true)
    // The dates of other stories in a list of links set aside as furniture are not the page's.
    try expectDates(
      [
        (
          "Gespräche in Nordland\n\nDie Delegationen trafen sich am 07.06.2023 in Genf, sagte Piet Vos.\n\n"
            + "Lesen Sie auch\n- Neue Fahrpläne: Was Pendler ab dem 1. September 2025 erwartet\n- Wetter: Regen bis Mai",
          "2023-06-07"
        )
      ], inferred: true)
    // Front matter wins and is not inferred.
    let (dated, _, _, _) = try StatementsTestSupport.extract(
      "---\npublished: 2024-05-01\n---\nTalks end in Geneva\n\nThe talks began on 3 March 2024.")
    #expect(dated.first?.published == PartialDate(iso: "2024-05-01"))
    #expect(dated.first?.publishedInferred == nil)
  }

  @Test("a publication line under the headline dates the page (its first date, not the update after it), not inferred")
  func publicationLine() throws {
    let cases: [(String, String)] = [
      ("Hafen von Nordland wieder offen\n\nVeröffentlicht: 12. Jan. 2024 - Zuletzt aktualisiert: 14. Jan. 2024\n\nDer Hafen wurde nach dem Sturm vom 2. Februar 2021 wieder geöffnet, sagte Piet Vos.", "2024-01-12"),
      ("Порт Нордланда открыт\n\nОпубликовано 16 ноября 2022, 13:38\n\nПорт открыт, заявил Пит Вос.", "2022-11-16"),
      ("Nordland port reopens\n\nPublished on February 20, 2023 09:27 AM\n\nThe port reopened on Monday, Piet Vos said.", "2023-02-20"),
    ]
    try expectDates(cases, inferred: nil)
    // A line that only starts like one, in the story, is no publication line.
    let (story, _, _, _) = try StatementsTestSupport.extract(
      "Nordland port reopens\n\nPublished figures from 3 March 2024 show the port busy again, Piet Vos said in a long statement to the local press on Tuesday, and he added that the figures for the whole year will follow in spring; the harbour master agreed with him and said the new quay will open soon after the works end in the north of the town.")
    #expect(story.first?.publishedInferred == true)
  }

  @Test("a credit in parentheses that ends the page is furniture: the agency, the reporters, one cut short")
  func parenthesizedCredits() throws {
    let story = "Talks end in Geneva\n\nThe minister said the talks were useful.\n\nThe delegations will meet again next week.\n\n"
    for credit in ["(NORDPRESS).", "(Reporting by Anna Berg and Jan Smith; editing by Eva Lind)", "(Anna Berg avec JS - S"] {
      let texts = try statements(story + credit)
      #expect(texts == ["The minister said the talks were useful.", "The delegations will meet again next week."], "\(credit)")
    }
    // A sentence in parentheses that runs longer than a credit stays in the story.
    let aside = "(The ministry, asked about the talks on Monday evening, did not answer the questions of the reporters in Geneva.)"
    #expect(try statements(story + aside).contains(aside))
  }

  @Test("a skip link or a browser notice above the headline is furniture, and the headline is the title")
  func bannersAboveTheHeadline() throws {
    for banner in ["Press \"Enter\" to skip to content", "IE 11 is not supported. For an optimal experience visit our site on another browser."] {
      let text = "\(banner)\n\nTalks end in Geneva\n\nThe minister said the talks were useful.\n\nThe delegations will meet again next week."
      let (documents, statements, _, _) = try StatementsTestSupport.extract(text)
      #expect(documents.first?.title == "Talks end in Geneva", "\(banner)")
      #expect(statements.flatMap { $0 }.map(\.text) == ["The minister said the talks were useful.", "The delegations will meet again next week."])
    }
  }
}
