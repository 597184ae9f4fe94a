// Deliberately empty: this module only links the system ICU (icu-uc, icu-i18n).
// ICU headers are included by CICUShim's C sources alone, never by Swift code, because
// Foundation bundles its own ICU whose headers clash with the system ones in one module.
