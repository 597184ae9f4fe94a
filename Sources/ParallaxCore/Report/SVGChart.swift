/// Charts Parallax draws itself as SVG: a grid of labelled cells, each shaded by a value from
/// 0 to 1 and showing its text. No script, no external font or style: the bytes depend only on
/// the arguments (integer coordinates, colours from a fixed ramp), so a chart is as
/// reproducible as the report beside it. Text from inputs is XML-escaped.
///
/// ```swift
/// SVGChart.grid(title: "Coverage", rows: ["Energy"], columns: ["TASS"], cells: [[.init(text: "2", shade: 1)]])
/// // "<svg xmlns=\"http://www.w3.org/2000/svg\" …"
/// ```
public enum SVGChart {
  /// One cell: its text and its shade (0: white, 1: darkest); nil shade draws an empty cell.
  public struct Cell: Sendable, Hashable {
    public var text: String
    public var shade: Double?
    public init(text: String, shade: Double?) {
      self.text = text
      self.shade = shade
    }
  }

  /// Layout constants, in pixels.
  static let cellWidth = 52, cellHeight = 26, font = 12, charWidth = 7, pad = 6, maxLabel = 34, maxColumn = 14

  /// A grid chart: row labels on the left, column labels above, a shaded cell per value.
  public static func grid(title: String, rows: [String], columns: [String], cells: [[Cell]]) -> String {
    let rowLabels = rows.map { shorten($0, to: maxLabel) }
    let columnLabels = columns.map { shorten($0, to: maxColumn) }
    let labelWidth = (rowLabels.map(\.count).max() ?? 0) * charWidth + 2 * pad
    let cellWidth = max(Self.cellWidth, (columnLabels.map(\.count).max() ?? 0) * charWidth + pad)
    let top = 2 * cellHeight + pad
    // Wide enough for the bold title too, so a narrow grid never clips it.
    let titleWidth = shorten(title, to: 80).count * (charWidth + 1) + 2 * pad
    let width = max(labelWidth + columns.count * cellWidth + pad, titleWidth)
    let height = top + rows.count * cellHeight + pad
    var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\""
    svg += " font-family=\"sans-serif\" font-size=\"\(font)\" role=\"img\" aria-label=\"\(escape(title))\">\n"
    svg += "<title>\(escape(title))</title>\n"
    svg += "<rect width=\"\(width)\" height=\"\(height)\" fill=\"#ffffff\"/>\n"
    svg += "<text x=\"\(pad)\" y=\"\(cellHeight - pad)\" font-weight=\"bold\">\(escape(shorten(title, to: 80)))</text>\n"
    for (column, label) in columnLabels.enumerated() {
      let x = labelWidth + column * cellWidth + cellWidth / 2
      svg += "<text x=\"\(x)\" y=\"\(2 * cellHeight - pad)\" text-anchor=\"middle\">\(escape(label))</text>\n"
    }
    for (row, label) in rowLabels.enumerated() {
      let y = top + row * cellHeight
      svg += "<text x=\"\(labelWidth - pad)\" y=\"\(y + cellHeight / 2 + font / 3)\" text-anchor=\"end\">\(escape(label))</text>\n"
      for column in columns.indices {
        let cell = row < cells.count && column < cells[row].count ? cells[row][column] : Cell(text: "", shade: nil)
        let x = labelWidth + column * cellWidth
        svg += "<rect x=\"\(x + 1)\" y=\"\(y + 1)\" width=\"\(cellWidth - 2)\" height=\"\(cellHeight - 2)\" fill=\"\(colour(cell.shade))\" stroke=\"#d0d0d0\"/>\n"
        if !cell.text.isEmpty {
          let ink = (cell.shade ?? 0) > 0.55 ? "#ffffff" : "#1a1a1a"
          svg += "<text x=\"\(x + cellWidth / 2)\" y=\"\(y + cellHeight / 2 + font / 3)\" text-anchor=\"middle\" fill=\"\(ink)\">\(escape(cell.text))</text>\n"
        }
      }
    }
    return svg + "</svg>\n"
  }

  /// A shade as a colour of a fixed blue ramp, in 10 steps (no floating-point text in the output).
  static func colour(_ shade: Double?) -> String {
    guard let shade else { return "#f4f4f4" }
    let ramp = ["#ffffff", "#e8f0fa", "#d2e2f4", "#b9d1ec", "#9dbfe3", "#7fa9d8", "#6293cc", "#477dbf", "#2f66ae", "#1c4f97", "#0d3a7a"]
    let step = Int((min(max(shade, 0), 1) * 10).rounded())
    return ramp[step]
  }

  /// `text` cut to `limit` characters with an ellipsis.
  static func shorten(_ text: String, to limit: Int) -> String {
    text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
  }

  /// `text` safe inside XML text and attribute values.
  static func escape(_ text: String) -> String { XMLText.escape(text) }
}
