import ParallaxCore
// Synthetic vocabulary for the benchmark corpus. These stems, endings and names are test data
// composed for parallax-bench, not language data the tool uses (that lives in Locales/), and
// no text here is copied from any article. Words are stems × inflectional endings (× a few
// compound prefixes), so the corpus has a realistic number of distinct forms; frequencies
// follow Zipf's law over a fixed shuffled ranking.

/// The languages of the benchmark corpus.
public enum CorpusLanguage: String, Sendable, CaseIterable, Codable {
  case en, ru, uk
}

/// One language's vocabulary, names and typography for the corpus generator.
struct CorpusLexicon: Sendable {
  /// Word forms by frequency rank: function words first, then the generated forms.
  let words: [String]
  /// Whether `words[i]` holds an ASCII apostrophe to be typeset as one of `apostrophes`.
  let hasApostrophe: [Bool]
  /// Cumulative Zipf probabilities over `words`.
  let cumulative: [Double]
  let apostrophes: [String]
  /// Entities, each with its spellings and inflected forms in this language.
  let names: [[String]]
  let speakers: [String]
  let femaleSpeakers: [String]
  let verbs: [String]
  let femaleVerbs: [String]
  /// "that" for indirect speech.
  let that: String
  let open: String, close: String, innerOpen: String, innerClose: String
  let dashBeforeAttribution: Bool
  let cities: [String]
  let months: [String]
  let shortMonths: [String]
  let agencies: [String]
  let thousands: String, decimal: String, percent: String, billion: String, year: String

  /// Draws a word form by Zipf rank, with its apostrophe typeset.
  func word(_ rng: inout SplitMix64) -> String {
    let u = rng.unit()
    var low = 0
    var high = cumulative.count - 1
    while low < high {
      let mid = (low + high) / 2
      if cumulative[mid] > u { high = mid } else { low = mid + 1 }
    }
    guard hasApostrophe[low] else { return words[low] }
    let mark = rng.pick(apostrophes)
    return words[low].split(separator: "'", omittingEmptySubsequences: false).joined(separator: mark)
  }

  static func of(_ language: CorpusLanguage) -> CorpusLexicon {
    switch language {
    case .en: english
    case .ru: russian
    case .uk: ukrainian
    }
  }

  // MARK: - Building

  /// Every prefix + stem + ending; "0" stands for nothing.
  static func forms(_ prefixes: String, _ stems: String, _ endings: String) -> [String] {
    let p = split(prefixes)
    let s = split(stems)
    let e = split(endings)
    var result: [String] = []
    result.reserveCapacity(p.count * s.count * e.count)
    for prefix in p {
      for stem in s {
        for ending in e { result.append(prefix + stem + ending) }
      }
    }
    return result
  }

  static func split(_ list: String) -> [String] {
    list.split(separator: " ").map { $0 == "0" ? "" : String($0).replacingUnderscores() }
  }

  /// The ranking: function words in their order, then the content forms in a fixed shuffle
  /// (independent of the corpus seed, so every corpus shares one vocabulary). Each content list
  /// is bare forms first: `content[i][0]` ranks above `content[i][1]` (compounds are rarer).
  static func ranked(function: String, content: [[[String]]]) -> (words: [String], cumulative: [Double]) {
    var rng = SplitMix64(seed: 0x5EED_1E41_C0DE)
    var words = split(function)
    var seen = Set(words)
    let tiers = content.map(\.count).max() ?? 0
    for tier in 0..<tiers {
      var pool = content.compactMap { tier < $0.count ? $0[tier] : nil }.joined()
        .filter { seen.insert($0).inserted }
      for i in stride(from: pool.count - 1, to: 0, by: -1) { pool.swapAt(i, rng.below(i + 1)) }
      words += pool
    }
    var cumulative: [Double] = []
    cumulative.reserveCapacity(words.count)
    var total = 0.0
    for rank in 1...words.count {
      total += 1.0 / Double(rank)
      cumulative.append(total)
    }
    return (words, cumulative.map { $0 / total })
  }

  /// Every stem + ending, then every prefix + stem + ending: two frequency tiers.
  static func tiers(_ prefixes: String, _ stems: String, _ endings: String) -> [[String]] {
    [forms("0", stems, endings), forms(prefixes, stems, endings)]
  }

  init(
    function: String, content: [[[String]]], apostrophes: [String], names: [[String]],
    speakers: [String], femaleSpeakers: [String], verbs: [String], femaleVerbs: [String],
    that: String, quotes: String, dash: Bool, cities: String, months: String, shortMonths: String,
    agencies: [String], numbers: String
  ) {
    let ranking = Self.ranked(function: function, content: content)
    words = ranking.words
    cumulative = ranking.cumulative
    hasApostrophe = words.map { $0.contains("'") }
    self.apostrophes = apostrophes
    self.names = names
    self.speakers = speakers
    self.femaleSpeakers = femaleSpeakers
    self.verbs = verbs
    self.femaleVerbs = femaleVerbs
    self.that = that
    let q = quotes.map(String.init)
    (open, close, innerOpen, innerClose) = (q[0], q[1], q[2], q[3])
    dashBeforeAttribution = dash
    self.cities = Self.split(cities)
    self.months = Self.split(months)
    self.shortMonths = Self.split(shortMonths)
    self.agencies = agencies
    let n = Self.split(numbers)
    (thousands, decimal, percent, billion, year) = (n[0], n[1], n[2], n[3], n[4])
  }
}

extension String {
  /// "_" stands for a space inside one list item ("Sergei_Lavrov"), "~" for a no-break space.
  fileprivate func replacingUnderscores() -> String {
    String(map { $0 == "_" ? " " : $0 == "~" ? "\u{00A0}" : $0 })
  }
}

// MARK: - The three languages

extension CorpusLexicon {
  static let english = CorpusLexicon(
    function: """
      the of to and in a that for on is was with by as at from has have it be are said will its \
      an not which this but were been after had would also more than their about over into \
      against it's Ukraine's Russia's
      """,
    content: [
      tiers(
        "0 counter co pre post over under inter cross- non- anti- pro- ex- re",
        """
        official minister talk border region city force troop drone attack missile plant price \
        market bank budget contract treaty meeting summit delegation sanction pipeline supply \
        station grid port corridor ceasefire negotiation agreement statement report strike \
        convoy village district resident refugee prisoner exchange envoy committee parliament \
        government ministry agency inspector reactor shipment export import loan tariff vote \
        election campaign court ruling law bill reform policy deal plan proposal mission \
        operation observer
        """, "0 s"),
      tiers(
        "0 re pre over",
        """
        report attack claim confirm launch warn demand reject support discuss consider expect \
        remain accuse insist deploy repair restore suspend resume approve block allow urge \
        visit return
        """, "0 s ed ing"),
      tiers(
        "0 non- anti- pro- pre- post-",
        """
        military civilian nuclear diplomatic economic political regional national \
        international foreign domestic eastern western southern northern humanitarian \
        financial strategic critical
        """, "0"),
    ],
    apostrophes: ["\u{2019}", "\u{2019}", "'"],
    names: [
      ["Kyiv", "Kyiv", "Kiev", "Kiew"], ["Luhansk", "Lugansk"], ["Donbas", "Donbass"],
      ["Kharkiv", "Kharkov"], ["Odesa", "Odessa"], ["Zaporizhzhia", "Zaporozhye"],
      ["Mykolaiv", "Nikolaev"], ["Dnipro", "Dnepr"], ["Moscow"], ["Geneva"], ["Brussels"],
      ["Zelensky", "Zelenskyy", "Volodymyr Zelensky", "Volodymyr Zelenskyy"],
      ["Lavrov", "Sergei Lavrov", "Sergey Lavrov", "Mr. Lavrov"],
      ["Spoljaric", "Spoljari\u{0107}", "Mirjana Spoljaric", "Mirjana Spoljari\u{0107}"],
      ["Peskov", "Dmitry Peskov"], ["Guterres", "Antonio Guterres"], ["Sybiha", "Andrii Sybiha"],
      ["the U.S.", "the U.N.", "the E.U."],
    ],
    speakers: [
      "Zelensky", "Zelenskyy", "Volodymyr Zelenskyy", "Lavrov", "Sergei Lavrov", "Mr. Lavrov",
      "Peskov", "Dmitry Peskov", "Guterres", "Sybiha", "Grossi", "the U.S. envoy",
      "a Kremlin spokesman",
    ],
    femaleSpeakers: [
      "Spoljaric", "Spoljari\u{0107}", "Mirjana Spoljari\u{0107}", "Ms. Spoljaric", "Zakharova",
      "Maria Zakharova",
    ],
    verbs: ["said", "said", "told reporters", "stated", "added", "noted", "warned",
            "wrote on Telegram"],
    femaleVerbs: [],
    that: "that", quotes: "\u{201C}\u{201D}\u{2018}\u{2019}", dash: false,
    cities: "MOSCOW KYIV KIEV GENEVA KHARKIV ODESA BRUSSELS WASHINGTON",
    months: "January February March April May June July August September October November December",
    shortMonths: "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.",
    agencies: ["/TASS/.", "(Reuters) -", "(AFP) \u{2013}", "(AP) \u{2014}"],
    numbers: ", . percent billion 0")

  static let russian = CorpusLexicon(
    function: """
      в и на не что с по о к за из от для как это также его а у до при после об но который \
      которые было был будет их уже более
      """,
    content: [
      tiers(
        """
        0 газо энерго авиа авто радио электро нефте гидро агро кибер контр микро теле видео \
        пресс- гос спец евро гео
        """,
        """
        закон договор район завод проект бюджет министр депутат вопрос ответ кредит импорт \
        экспорт транспорт доклад совет парламент президент процесс конфликт контракт комитет \
        институт регион сектор фонд банк обстрел налог склад порт саммит визит кабинет штаб \
        объект аппарат механизм дипломат эксперт журналист спикер пакет режим формат прогноз
        """, "0 а у ом е ы ов ам ами ах"),
      tiers(
        "0 газо энерго авиа гидро агро кибер гос спец евро",
        "систем стран реформ программ мер цен границ атак ракет встреч угроз структур экономик",
        "а ы е у ой ам ами ах 0"),
      tiers(
        "0 не пост анти про",
        """
        нов стар главн военн официальн государственн федеральн ядерн международн \
        экономичн мирн гражданск
        """, "ый ая ое ые ого ой ому ым ых ыми ую"),
      tiers(
        "0 не пост анти про",
        "российск украинск европейск американск политическ экономическ энергетическ дипломатическ",
        "ий ая ое ие ого ой ому им их ими ую"),
      tiers(
        "0",
        """
        заяви сообщи подчеркну отмети обсуди подписа объяви получи предложи обеща добави \
        рассказа пообеща призва уточни напомни подтверди сократи увеличи поддержа прове
        """, "л ла ли ло ть вший вшая вшие вшего вшей вшим"),
    ],
    apostrophes: ["'"],
    names: [
      ["Киев", "Киева", "Киеве", "Киеву"], ["Луганск", "Луганска", "Луганске"],
      ["Донбасс", "Донбасса", "Донбассе"], ["Харьков", "Харькова", "Харькове"],
      ["Одесса", "Одессы", "Одессе"], ["Запорожье", "Запорожья"], ["Николаев", "Николаева"],
      ["Москва", "Москвы", "Москве"], ["Женева", "Женеве"],
      ["Зеленский", "Зеленского", "Зеленскому", "Зеленским", "Владимир Зеленский"],
      ["Лавров", "Лаврова", "Лаврову", "Лавровым", "Сергей Лавров", "С. Лавров"],
      ["Сполярич", "Мирьяна Сполярич"], ["Песков", "Пескова", "Дмитрий Песков"],
      ["Гутерриш", "Антониу Гутерриш"], ["Захарова", "Захаровой", "Мария Захарова"],
    ],
    speakers: [
      "Лавров", "Сергей Лавров", "С. Лавров", "Песков", "Дмитрий Песков", "Зеленский",
      "Гутерриш", "Гросси", "г-н Лавров", "Небензя",
    ],
    femaleSpeakers: ["Захарова", "Мария Захарова", "Сполярич", "Мирьяна Сполярич"],
    verbs: ["заявил", "заявил", "сообщил", "отметил", "подчеркнул", "добавил", "сказал",
            "написал в Telegram"],
    femaleVerbs: ["заявила", "заявила", "сообщила", "отметила", "подчеркнула", "добавила"],
    that: "что", quotes: "«»„“", dash: true,
    cities: "МОСКВА КИЕВ ЖЕНЕВА ЛУГАНСК ДОНЕЦК ХАРЬКОВ",
    months: "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    shortMonths: "янв. февр. марта апр. мая июня июля авг. сент. окт. нояб. дек.",
    agencies: ["/ТАСС/.", "/РИА Новости/.", "/Интерфакс/."],
    numbers: "~ , % млрд г.")

  static let ukrainian = CorpusLexicon(
    function: """
      і в на у що з до не та за про від для як це також його а по після але який які було \
      був буде при щодо через їхні її
      """,
    content: [
      tiers(
        """
        0 газо енерго авіа авто радіо електро нафто гідро агро кібер контр мікро теле відео \
        прес- держ спец євро гео
        """,
        """
        закон договор район завод проєкт бюджет міністр депутат кредит імпорт експорт \
        транспорт парламент президент процес конфлікт контракт комітет інститут регіон \
        сектор фонд банк обстріл склад порт саміт візит кабінет штаб об'єкт апарат механізм \
        дипломат експерт журналіст спікер пакет режим формат прогноз ґрунт під'їзд
        """, "0 а у ові ом і и ів ам ами ах"),
      tiers(
        "0 газо енерго авіа гідро агро кібер держ спец євро",
        "систем країн реформ програм атак ракет загроз структур економік політик енергетик п'ятниц",
        "а и і у ою ам ами ах 0"),
      tiers(
        "0 не пост анти про",
        """
        нов стар головн військов офіційн державн федеральн ядерн міжнародн російськ \
        українськ європейськ американськ політичн економічн енергетичн дипломатичн київськ \
        харківськ одеськ луганськ донецьк єдин сім'ян
        """, "ий а е і ого ій ому им их ими у"),
      tiers(
        "0",
        """
        заяви повідоми наголоси зазначи обговори підписа оголоси отрима запропонува пообіця \
        дода розповіда заклика уточни нагада підтверди скороти збільши підтрима з'ясува \
        об'єдна зв'яза
        """, "в ла ли ло ти вши"),
    ],
    apostrophes: ["\u{2019}", "\u{2019}", "\u{02BC}", "'"],
    names: [
      ["Київ", "Києва", "Києві", "Києву"], ["Луганськ", "Луганська", "Луганську"],
      ["Донбас", "Донбасу", "Донбасі"], ["Харків", "Харкова", "Харкові"],
      ["Одеса", "Одеси", "Одесі"], ["Запоріжжя", "Запоріжжі"], ["Миколаїв", "Миколаєва", "Миколаєві"],
      ["Дніпро", "Дніпра", "Дніпрі"], ["Москва", "Москви", "Москві"],
      ["Слов'янськ", "Слов'янська"], ["Кам'янське"], ["Знам'янка", "Знам'янці"], ["Ізмаїл"],
      ["Зеленський", "Зеленського", "Зеленському", "Зеленським", "Володимир Зеленський"],
      ["Лавров", "Лаврова", "Лавровим", "Сергій Лавров"], ["Сполярич", "Мір'яна Сполярич"],
      ["Пєсков", "Пєскова"], ["Гутерреш", "Антоніу Гутерреш"], ["Сибіга", "Сибіги", "Андрій Сибіга"],
    ],
    speakers: [
      "Зеленський", "Володимир Зеленський", "Сибіга", "Андрій Сибіга", "Шмигаль", "Єрмак",
      "Лавров", "Гутерреш", "Ґалаґан",
    ],
    femaleSpeakers: ["Сполярич", "Мір'яна Сполярич", "Стефанішина", "Ольга Стефанішина"],
    verbs: ["заявив", "заявив", "повідомив", "зазначив", "наголосив", "додав", "сказав",
            "написав у Telegram"],
    femaleVerbs: ["заявила", "заявила", "повідомила", "зазначила", "наголосила", "додала"],
    that: "що", quotes: "«»„“", dash: true,
    cities: "КИЇВ ХАРКІВ ОДЕСА ЗАПОРІЖЖЯ ДНІПРО ЛЬВІВ",
    months: "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    shortMonths: "січ. лют. берез. квіт. трав. черв. лип. серп. вер. жовт. листоп. груд.",
    agencies: ["/Укрінформ/.", "/УНІАН/.", "/Інтерфакс-Україна/."],
    numbers: "~ , % млрд р.")
}
