import Testing
@testable import ParallaxCore

/// Page furniture set aside line by line, on lexicons made up for the test (the shipped
/// `chrome.yaml` files are read by the CLI tests).
@Suite struct ChromeDetectorTests {
  private let detector = ChromeDetector(lexicons: [
    ChromeLexicon(language: "aa", lines: ["Advertisement", "Read more"], prefixes: ["Photo:", "Lesen Sie auch"], quotes: ["“”", "‘’"]),
    ChromeLexicon(language: "bb", lines: ["Реклама"], prefixes: ["Фото:"], quotes: ["«»"]),
  ])

  /// The pieces of `text` taken as one paragraph, as (text, chrome) pairs.
  private func pieces(_ text: String) -> [(String, Bool)] {
    let bytes = Array(text.utf8)
    return detector.pieces(in: text, paragraphs: [0..<bytes.count]).map {
      (String(decoding: bytes[$0.range], as: UTF8.self), $0.chrome)
    }
  }

  private func chromeLines(_ text: String) -> [String] { pieces(text).filter(\.1).map(\.0) }

  @Test("a named line splits the paragraph it sits in; story lines around it stay whole")
  func namedLines() {
    let result = pieces("Talks began on Monday.\nThey were long.\nAdvertisement\nThe minister said they ended.\nReporters waited outside.")
    #expect(result.map(\.0) == ["Talks began on Monday.\nThey were long.", "Advertisement", "The minister said they ended.\nReporters waited outside."])
    #expect(result.map(\.1) == [false, true, false])
  }

  @Test("names match in any case, in any language of the lexicons, with trailing marks")
  func caseAndLanguages() {
    #expect(chromeLines("Talks began on Monday.\nREAD MORE:\nThe minister spoke.\nРеклама\nThe end came late.") == ["READ MORE:", "Реклама"])
  }

  @Test("a named line followed by a comma is still furniture (a date banner's weekday)")
  func trailingComma() {
    #expect(chromeLines("Talks began on Monday.\nРеклама,\nThe minister spoke at length.") == ["Реклама,"])
  }

  @Test("an opening names the line only as a whole word")
  func openings() {
    let text = "Talks began on Monday.\nPhoto: the delegations at the table\nФото: пресс-служба\nLesen Sie auchmal nicht weiter, sagte er.\nThe minister spoke at length."
    #expect(chromeLines(text) == ["Photo: the delegations at the table", "Фото: пресс-служба"])
  }

  @Test("list items after a named line are furniture; after a story line they are not")
  func lists() {
    let text = "Talks began on Monday.\nThe points agreed are:\n- an exchange of prisoners;\nLesen Sie auch\n- Another story here\n- And another one\nThe minister spoke at length."
    #expect(chromeLines(text) == ["Lesen Sie auch", "- Another story here", "- And another one"])
  }

  @Test("a short line without a sentence end inside the story is a heading, but never the headline or the standfirst")
  func headings() {
    let text = "Talks end in Istanbul\nBoth sides agreed to meet again\nThe delegations met for two hours.\nWhat was agreed\nThe minister said the talks were useful."
    #expect(chromeLines(text) == ["What was agreed"])
  }

  @Test("long lines and quotations that end a sentence or carry their reporting clause are never furniture by shape")
  func quotedAndLong() {
    let text = "Talks end in Istanbul\nStandfirst line here\nThe delegations met for two hours.\n“We are satisfied.”\n"
      + "“We are satisfied”, he said\nThe minister said the talks were useful and that the sides would meet again soon\nThe end."
    #expect(chromeLines(text).isEmpty)
  }

  @Test("a short quotation alone on its line, without a sentence end, is a heading inside the story")
  func quotedHeadings() {
    let text = "Talks end in Istanbul\nThe delegations met for two hours.\n‘Satisfied with the outcome’\nThe minister said the talks were useful.\n"
      + "«La paz está cerca»\nHe left for Ankara.\n“Il s’agit d’un premier pas”\nThe end came late."
    #expect(chromeLines(text) == ["‘Satisfied with the outcome’", "«La paz está cerca»", "“Il s’agit d’un premier pas”"])
    // A heading may end with a quoted name.
    #expect(chromeLines("Talks end\nThe delegations met for two hours.\nГазопровід «Північний потік-2»\nThe minister spoke.") == ["Газопровід «Північний потік-2»"])
    // Two quotations on one line, one with a question in it, or a quotation after a colon (a
    // reporting clause before it) are not a heading.
    let story = "Talks end\nThe delegations met for two hours.\n“Yes” and “no”\n“Why now?”\nВін сказав: «Ми переможемо»\nThe minister said the talks were useful."
    #expect(chromeLines(story).isEmpty)
  }

  @Test("a date or time stamp on its own line is furniture anywhere; a stamp may open a named line")
  func stamps() {
    let text = "Talks end in Geneva\n15:00 March 29, 2022\nThe minister said the talks were useful.\n29 вересня 2022 р.\n"
      + "29 марта 2022, 14:57 [ «Weekly Arguments» ]\n13:00 27.09.2022 Photo: the delegations\nThey left on 29 March 2022 at 15:00.\nThe end."
    #expect(chromeLines(text) == ["15:00 March 29, 2022", "29 вересня 2022 р.", "29 марта 2022, 14:57 [ «Weekly Arguments» ]", "13:00 27.09.2022 Photo: the delegations"])
    func stamp(_ line: String) -> Bool { ChromeShapes.isStamp(Array(line.utf8), 0..<line.utf8.count) }
    #expect(stamp("August 29, 2022 11:50 am"))
    #expect(stamp("27.09.2022 | 13:00"))
    // No year or time, words of letters outnumbering the numbers, or a word mixing both: no stamp.
    #expect(!stamp("• EUR 45.1"))
    #expect(!stamp("12 of 15"))
    #expect(!stamp("Kyiv and Odesa, 2022 and 2023"))
    #expect(!stamp("Died in 1945 2022р"))
  }

  @Test("a web address alone on its line is furniture; a word with a dot in it is not")
  func addresses() {
    func address(_ line: String) -> Bool { ChromeShapes.isAddress(Array(line.utf8), 0..<line.utf8.count) }
    #expect(address("www.pravda.com.ua"))
    #expect(address("https://example.org/news/1"))
    #expect(address("Example.com"))
    #expect(!address("U.S."))
    #expect(!address("3.5"))
    #expect(!address("St.Petersburg"))
    #expect(!address("example . com"))
    #expect(chromeLines("Talks end\nThe delegations met for two hours.\nnews.example.com\nThe minister said the talks were useful.") == ["news.example.com"])
  }

  @Test("a caption given as text and again with its credit glued on is furniture, both times; a story line repeated with more words is not")
  func captionWithGluedCredit() {
    let text = "Talks began on Monday.\nThe harbour of Nordport after the storm in May.\nThe harbour of Nordport after the storm in May.Anna Berg/Nordpix\nThe minister spoke at length."
    #expect(chromeLines(text) == ["The harbour of Nordport after the storm in May.", "The harbour of Nordport after the storm in May.Anna Berg/Nordpix"])
    let story = "Talks began on Monday.\nThe harbour of Nordport was closed in May.\nThe harbour of Nordport was closed in May. It opened again in June, the port said.\nThe minister spoke at length."
    #expect(chromeLines(story).isEmpty)
  }

  @Test("a caption's credit of an agency and a photographer set apart by a slash; a pair of acronyms is no credit")
  func slashCredits() {
    let caption = "The minister in Moscow on 23 December 2021 ( AFP / ANNA BERG )"
    let text = "Talks end\nThe delegations met for two hours.\n\(caption)\nThe minister said the talks were useful (OSCE/UN)\nThe end came late."
    #expect(chromeLines(text) == [caption])
    func credit(_ inside: String) -> Bool { ChromeShapes.isAgencySlashCredit(Array(inside.utf8), 0..<inside.utf8.count) }
    #expect(credit("REUTERS/Anna Berg"))
    #expect(credit("Jan Holm/AFP"))
    #expect(!credit("UN/OSCE"))
    #expect(!credit("Kyiv / Kiev"))
  }

  @Test("a caption whose credit stands without parentheses: after its last sentence, a slash or a bar; a story line is not one")
  func bareCredits() {
    let dated = "Dolls for sale at a souvenir shop in St. Petersburg, Russia, on 18 March 2025. AP/Anna Berg"
    let slashed = "A still from the channel of the group's founder on Telegram. / EFE/Jan Holm."
    let barred = "Soldiers after their release ARMED FORCES HANDOUT | EFE"
    let alone = "Local Daily MADRID/EFE"
    let text = "Talks end\nThe delegations met for two hours.\n\(dated)\n\(slashed)\nThe minister said the talks were useful. The OSCE/ODIHR mission stays.\n\(barred)\n\(alone)\nThe end came late."
    #expect(chromeLines(text) == [dated, slashed, barred, alone])
    func bare(_ line: String) -> Bool { ChromeShapes.endsWithBareCredit(Array(line.utf8), 0..<line.utf8.count) }
    #expect(!bare("He spoke. REUTERS reported it | later"))
    #expect(!bare("The talks resumed. Kyiv/Moscow"))
    #expect(!bare("The ministers met | Lviv"))
  }

  @Test("a short line without a sentence end right above a picture credit is its caption; a story line there is not")
  func captionAboveCredit() {
    let detector = ChromeDetector(lexicons: [ChromeLexicon(language: "bb", prefixes: ["Читайте также:"], credits: ["Фото:"])])
    func chrome(_ text: String) -> [String] {
      let bytes = Array(text.utf8)
      return detector.pieces(in: text, paragraphs: [0..<bytes.count]).filter(\.chrome).map { String(decoding: bytes[$0.range], as: UTF8.self) }
    }
    let caption = "Журналисты у входа во дворец, где ожидается второй раунд переговоров делегаций"
    #expect(chrome("Переговоры завершились\nДелегации встретились утром.\n\(caption)\nФото: Иван Петров / Агентство\nМинистр сказал, что встреча была полезной.")
      == [caption, "Фото: Иван Петров / Агентство"])
    // A story sentence ends with its full stop; a line above another opening is no caption.
    #expect(chrome("Переговоры завершились\nФото: Иван Петров\nДелегации встретились утром и говорили до вечера.\nЖурналисты у входа во дворец, где с утра ждали прибытия обеих делегаций\nЧитайте также: другое\nМинистр сказал, что встреча была полезной.")
      == ["Фото: Иван Петров", "Читайте также: другое"])
    // A long line above a credit is story, whatever its end.
    let long = "Министр сказал журналистам у входа во дворец, что делегации договорились об обмене пленными и о новой встрече через неделю, заявил он"
    #expect(chrome("Переговоры завершились\nДелегации встретились утром.\n\(long)\nФото: Иван Петров\nМинистр сказал, что встреча была полезной.") == ["Фото: Иван Петров"])
  }

  @Test("a short line without a sentence end between two furniture lines of its paragraph is a feed's item; a sentence there is not")
  func feedItems() {
    let item = "The army said how long the capture of the city could take, sources say"
    let text = "Talks end\nThe delegations met for two hours.\nThe minister said the talks were useful.\n19:00 16.09.2025\n\(item)\n184\n18:45 16.09.2025\nThe minister said the talks had been useful and would go on.\n12\nThe end came late."
    #expect(chromeLines(text) == ["19:00 16.09.2025", item, "184", "18:45 16.09.2025", "12"])
  }

  @Test("a named line framed by dashes is named")
  func framedByDashes() {
    #expect(chromeLines("Talks end\nThe delegations met for two hours.\n- Advertisement -\nThe minister spoke.\n— Реклама —\nThe end came late.") == ["- Advertisement -", "— Реклама —"])
  }

  @Test("the page's tail: short lines without a sentence end and short parenthesized lines, up to the story")
  func tail() {
    let text = "Talks end\nThe delegations met for two hours.\nThe minister said the talks were useful.\n(AFP)\nNewsSite\nint/khz/"
    #expect(chromeLines(text) == ["(AFP)", "NewsSite", "int/khz/"])
  }

  @Test("a line without letters is furniture")
  func noLetters() {
    #expect(chromeLines("Talks end\nThe delegations met.\n***\nThe minister said the talks were useful.") == ["***"])
  }

  @Test("every line is in exactly one piece, in order")
  func accounted() {
    let text = "A headline\n\nPhoto: someone\nThe delegations met for two hours.\nAdvertisement\n\nThe minister said so.\n(AFP)"
    let bytes = Array(text.utf8)
    let paragraphs = RawDocument.paragraphs(in: text)
    let result = detector.pieces(in: text, paragraphs: paragraphs)
    let lines = result.flatMap { String(decoding: bytes[$0.range], as: UTF8.self).split(separator: "\n").map(String.init) }
    #expect(lines == text.split(separator: "\n").map(String.init))
    #expect(zip(result, result.dropFirst()).allSatisfy { $0.range.upperBound <= $1.range.lowerBound })
  }

  @Test("an empty entry, or a pair of quotation marks that is not two marks, in a chrome file is refused")
  func emptyEntry() {
    let data = InMemoryLocaleData(["aa/chrome.yaml": "# test\nschema: parallax.chrome/1\nlanguage: aa\nlines: [\"Advertisement\", \" : \"]\n"])
    #expect(throws: LocaleDataError.self) { try ChromeLexicon.load("aa/chrome.yaml", from: data) }
    let good = InMemoryLocaleData(["aa/chrome.yaml": "# test\nschema: parallax.chrome/1\nlanguage: aa\nprefixes: [\"Photo:\"]\n"])
    #expect((try? ChromeLexicon.load("aa/chrome.yaml", from: good))?.prefixes == ["Photo:"])
    // A pair of quotation marks is two marks.
    let badPair = InMemoryLocaleData(["aa/chrome.yaml": "# test\nschema: parallax.chrome/1\nlanguage: aa\nquotes: [\"«»\", \"«\"]\n"])
    #expect(throws: LocaleDataError.self) { try ChromeLexicon.load("aa/chrome.yaml", from: badPair) }
  }

  @Test("once a sentence has ended the story has begun: a short line after it is a heading")
  func headerEndsWithASentence() {
    let text = "The talks ended on Monday in Geneva.\nWhat was agreed\nThe minister said the talks were useful."
    #expect(chromeLines(text) == ["What was agreed"])
  }

  @Test("a headline and a publication stamp on lines of their own are pieces of their own; the stamp is furniture by shape")
  func leadingLinesAlone() {
    let text = "Talks end in Geneva\nAugust 29, 2022 11:50 am\nThe minister said the talks were useful.\nThey left."
    let bytes = Array(text.utf8)
    let result = detector.pieces(in: text, paragraphs: [0..<bytes.count])
    #expect(result.map { String(decoding: bytes[$0.range], as: UTF8.self) } == ["Talks end in Geneva", "August 29, 2022 11:50 am", "The minister said the talks were useful.\nThey left."])
    #expect(result.map(\.chrome) == [false, true, false])
    #expect(result[1].byShape)
  }

  @Test("a caption ends with a credit set apart by a bar, or with a bar; the same caption given alone before it is furniture too")
  func captions() {
    let caption = "The two ministers at the start of the signing ceremony in Geneva on Friday."
    let text = "Talks end\nThe delegations met for two hours.\n\(caption)\n\(caption) (Jan Berg | AFP)\n"
      + "After two years of talks, ten rounds have taken place. (Source: Nordic Gazette) |\nThe minister said the talks were useful."
    #expect(chromeLines(text) == [caption, "\(caption) (Jan Berg | AFP)", "After two years of talks, ten rounds have taken place. (Source: Nordic Gazette) |"])
    // A bar inside a sentence or parentheses without one is story.
    let story = "Talks end\nThe delegations met for two hours.\nThe vote was 12 | 3 in favour, the minister said.\nThe talks (held in Geneva) were useful."
    #expect(chromeLines(story).isEmpty)
  }

  @Test("a heading has up to eight words")
  func headingLength() {
    let text = "Talks end in Istanbul\nBoth sides agreed to meet again\nThe delegations met for two hours.\n"
      + "The minister already reacted and called the council\nThe minister said the talks were useful.\n"
      + "The delegations will meet again next month in another city\nThe end came late."
    #expect(chromeLines(text) == ["The minister already reacted and called the council"])
  }

  @Test("a tag cloud at the top of the page, longer than a headline, is furniture; a headline is not")
  func leadingTagCloud() {
    let cloud = "Anna Berg Jan Holm Norway Sweden Oslo Bergen Region Stockholm IAEA nuclear safety Bergen Plant Anna Berg Jan Holm Norway"
    #expect(chromeLines("\(cloud)\nThe delegations met for two hours.\nThe minister said the talks were useful.") == [cloud])
    let headline = "Norway And Sweden Agree To Resume Talks On The Nuclear Plant"
    #expect(chromeLines("\(headline)\nThe delegations met for two hours.\nThe minister said the talks were useful.").isEmpty)
  }

  @Test("a listing of tags is comma-separated short capitalized items, in any script; a sentence or a list of phrases is not")
  func listings() {
    func listing(_ line: String) -> Bool { ChromeShapes.isListing(Array(line.utf8), 0..<line.utf8.count) }
    #expect(listing("World, Rafael Grossi, IAEA, Zaporizhzhia NPP"))
    #expect(listing("В мире, Рафаэль Гросси, МАГАТЭ, Запорожская АЭС"))
    #expect(listing("Nuclear safety, Rafael Grossi, IAEA, 2024,"))
    #expect(listing("Anna Berg Jan Holm Norway Sweden Oslo Bergen"))
    // A sentence end, an item of four words, mostly lowercase items or too few items: not a listing.
    #expect(!listing("World, Rafael Grossi, IAEA, Zaporizhzhia NPP."))
    #expect(!listing("World, Rafael Grossi, the nuclear power plant, IAEA"))
    #expect(!listing("talks, ministers, Geneva, delegations"))
    #expect(!listing("World, Rafael Grossi"))
    #expect(!listing("Мир, Рафаэль Гросси, атомная станция на юге, МАГАТЭ"))
    #expect(!listing(""))
    #expect(!listing(" , ,"))
  }

  @Test("a follow bar names the outlet before each channel; a sentence or a heading that names a word twice is story")
  func followBars() {
    let bar = "Nordpost у Facebook Nordpost у X/Twitter Nordpost у Telegram Застосунок для Android Застосунок для iOS RSS"
    #expect(chromeLines("Talks end\nThe delegations met for two hours.\n\(bar)\nThe minister said the talks were useful.") == [bar])
    func isBar(_ line: String) -> Bool { ChromeShapes.isRepeatingBar(Array(line.utf8), 0..<line.utf8.count) }
    #expect(isBar("Follow Nordpost: Nordpost on Facebook, Nordpost on Telegram"))
    // Twice is a heading's way of naming its subject; three times in a sentence, or in a
    // paragraph longer than a bar, is story.
    #expect(!isBar("Kherson after Kherson: the city counts its losses"))
    #expect(!isBar("Kherson, Kherson and Kherson again were named in the talks."))
    #expect(!isBar("the river the river the river"))
    let long = "Kherson " + Array(repeating: "word", count: 20).joined(separator: " ") + " Kherson Kherson"
    #expect(!isBar(long))
  }

  @Test("furniture glued to the end of a story line is a piece of its own: a named sentence or an agency's credit")
  func gluedFurniture() {
    let result = pieces(
      "Talks end\nThe delegations met for two hours. Advertisement\nThe minister said the talks were useful. (dpa)\nThe vote was close. AFP")
    #expect(result.filter(\.1).map(\.0) == ["Advertisement", "(dpa)", "AFP"])
    #expect(result.filter { !$0.1 }.map(\.0).contains("The delegations met for two hours."))
    // A sentence that only opens with a named word, or a parenthesis that is a phrase, is story.
    let story = "Talks end\nThe delegations met. Advertisement rules were discussed.\nThe minister said the talks were useful (in Geneva)."
    #expect(chromeLines(story).isEmpty)
  }

  @Test("a list item after a named line is a headline: a dash-led paragraph of several sentences is story")
  func longListItem() {
    let text = "Talks end\nThe delegations met for two hours.\nRead more\n- Another story here\n"
      + "- Rome, June 6 - The talks began on Monday. They ended late. The minister spoke at length."
    #expect(chromeLines(text) == ["Read more", "- Another story here"])
  }
}
