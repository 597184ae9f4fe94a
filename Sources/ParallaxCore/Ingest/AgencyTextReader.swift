/// Reads plain text as agencies and aggregators publish it: paragraphs separated by blank
/// lines; `DocumentLoader` then finds chrome, headline, standfirst, byline and dateline.
struct AgencyTextReader: Sendable {
  func read(_ input: InputText) -> RawDocument {
    RawDocument(
      id: DocumentID(input.path), path: input.path, format: .agencyText, text: input.text,
      paragraphs: RawDocument.paragraphs(in: input.text), sourceMap: .verbatim())
  }
}
