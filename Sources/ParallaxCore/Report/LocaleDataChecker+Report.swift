extension LocaleDataChecker {
  /// The validator of the report strings (`<language>/report.yaml`).
  mutating func registerReportKinds() {
    register(kind: ReportStrings.schemaKind) { path, data in ReportStrings.validate(path, from: data) }
  }
}
