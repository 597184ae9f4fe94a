/// Numbers as written ("1,500", "1 500", "2,5", "150") to one comparable form ("1500", "2.5").
enum NumberNormalizer {
  static func normalize(_ text: String) -> String? {
    let digits = text.unicodeScalars.filter { $0.properties.numericType != nil || $0 == "," || $0 == "." }
    guard digits.contains(where: { $0.properties.numericType != nil }) else { return nil }
    var scalars = Array(digits)
    while let last = scalars.last, last == "." || last == "," { scalars.removeLast() }
    let separators = scalars.indices.filter { scalars[$0] == "," || scalars[$0] == "." }
    var result = ""
    for (index, scalar) in scalars.enumerated() {
      if scalar == "," || scalar == "." {
        // A last separator followed by one or two digits is a decimal point; others group thousands.
        let tail = scalars.count - index - 1
        if index == separators.last, tail <= 2 { result += "." }
        continue
      }
      guard let value = scalar.properties.numericType.flatMap({ _ in scalar.properties.numericValue }) else { continue }
      result += String(Int(value))
    }
    while result.hasPrefix("0"), result.count > 1, !result.hasPrefix("0.") { result.removeFirst() }
    return result.isEmpty ? nil : result
  }
}
