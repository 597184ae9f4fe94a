// CICUShim: the stable C face of the system ICU for Parallax.
//
// This header names no ICU type. It uses fixed-width integers, UTF-8 and UTF-16 buffers,
// opaque handles and `int32_t *status` (an ICU UErrorCode value; <= 0 is success). The C files
// beside it are compiled against the ICU headers, so the version-suffixed symbol names
// (`utrans_openU_72`) are resolved here and the Swift side works with any ICU version.
//
// Ownership: every `*_open` returns a handle that the caller frees with the matching `*_close`.
// A pointer returned through `const char **out` or `const uint16_t **out` points into the
// handle's own buffer and stays valid until the next call on that handle or its close.
// Handles are not thread-safe: use one per thread (clone where a clone function exists).

#ifndef CICUSHIM_H
#define CICUSHIM_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

// MARK: - Errors and version

/// The ICU name of an error code ("U_ILLEGAL_ARGUMENT_ERROR"); static storage, never freed.
const char *pxicu_error_name(int32_t status);

/// Writes the ICU version ("72.1") into `buffer` (at least 24 bytes).
void pxicu_version(char *buffer, int32_t capacity);

/// Writes the Unicode version of ICU's data ("15.0") into `buffer` (at least 24 bytes).
void pxicu_unicode_version(char *buffer, int32_t capacity);

// MARK: - Normalization

enum {
  PXICU_NFC = 0,
  PXICU_NFKC = 1,
  PXICU_NFKC_CASEFOLD = 2,
  PXICU_NFD = 3,
};

typedef struct pxicu_normalizer pxicu_normalizer;

/// Opens a normalizer for one of the PXICU_NF* forms. Free with pxicu_normalizer_close.
pxicu_normalizer *pxicu_normalizer_open(int32_t form, int32_t *status);
void pxicu_normalizer_close(pxicu_normalizer *normalizer);

/// Normalizes UTF-8 `src` (valid UTF-8) into the normalizer's own buffer; sets `*out` to it and
/// returns its length in bytes. Returns -1 when `src` is already normalized (then `*out` is NULL
/// and the caller keeps its input).
int32_t pxicu_normalizer_apply_utf8(
  pxicu_normalizer *normalizer, const char *src, int32_t length, const char **out,
  int32_t *status);

// MARK: - Match keys

typedef struct pxicu_matchkey pxicu_matchkey;

/// Opens a match-key builder: NFKC case folding, then each code point in `from` becomes the
/// code point at the same position in `to` (0 deletes it), then combining marks are removed from
/// letters whose script is one of `strip_scripts` (ISO 15924 codes as returned by
/// pxicu_script_code). The tables are copied. Free with pxicu_matchkey_close.
pxicu_matchkey *pxicu_matchkey_open(
  const int32_t *from, const int32_t *to, int32_t mapping_count,
  const int32_t *strip_scripts, int32_t strip_count, int32_t *status);
void pxicu_matchkey_close(pxicu_matchkey *builder);

/// Builds the match key of UTF-8 `src` into the builder's own buffer; sets `*out` and returns
/// the length in bytes.
int32_t pxicu_matchkey_apply_utf8(
  pxicu_matchkey *builder, const char *src, int32_t length, const char **out, int32_t *status);

// MARK: - Transliteration

typedef struct pxicu_translit pxicu_translit;

/// Opens a system transliterator by ID ("Any-Latin; Latin-ASCII"). Free with
/// pxicu_translit_close.
pxicu_translit *pxicu_translit_open_id(const uint16_t *id, int32_t id_length, int32_t *status);

/// Compiles rule text into a transliterator named `id`. On a parse error, `*error_line` is the
/// 1-based rule line, `*error_offset` the 0-based offset in that line (or -1), and
/// `pre_context` / `post_context` receive up to 15 UTF-16 units around the error, each
/// NUL-terminated (buffers of at least 16 units).
pxicu_translit *pxicu_translit_open_rules(
  const uint16_t *id, int32_t id_length, const uint16_t *rules, int32_t rules_length,
  int32_t *error_line, int32_t *error_offset, uint16_t *pre_context, uint16_t *post_context,
  int32_t *status);

/// A new, independent transliterator with the same rules (for another thread).
pxicu_translit *pxicu_translit_clone(const pxicu_translit *translit, int32_t *status);
void pxicu_translit_close(pxicu_translit *translit);

/// Transliterates UTF-8 `src` into the handle's own buffer; sets `*out` and returns the
/// length in bytes.
int32_t pxicu_translit_apply_utf8(
  pxicu_translit *translit, const char *src, int32_t length, const char **out, int32_t *status);

/// Writes the transliterator's source set (the code points it may change) as a UnicodeSet
/// pattern into `buffer`; returns the pattern's full length in UTF-16 units.
int32_t pxicu_translit_source_set_pattern(
  const pxicu_translit *translit, uint16_t *buffer, int32_t capacity, int32_t *status);

/// Writes the IDs of the system transliterators, each followed by '\n', into `buffer`
/// (UTF-8); returns the full length needed.
int32_t pxicu_translit_system_ids(char *buffer, int32_t capacity, int32_t *status);

// MARK: - Unicode sets

typedef struct pxicu_uset pxicu_uset;

/// Compiles a UnicodeSet pattern ("[[:L:][:M:]']"). `*error_offset` receives the position of a
/// syntax error. Free with pxicu_uset_close.
pxicu_uset *pxicu_uset_open(
  const uint16_t *pattern, int32_t length, int32_t *error_offset, int32_t *status);
void pxicu_uset_close(pxicu_uset *set);
int32_t pxicu_uset_contains(const pxicu_uset *set, int32_t code_point);

/// Writes up to `capacity` code point ranges of the set (inclusive `starts[i]...ends[i]`);
/// returns the total number of ranges.
int32_t pxicu_uset_ranges(
  const pxicu_uset *set, int32_t *starts, int32_t *ends, int32_t capacity);

// MARK: - Boundaries

enum {
  PXICU_BREAK_SENTENCE = 0,
  PXICU_BREAK_WORD = 1,
};

typedef struct pxicu_breaker pxicu_breaker;

/// Opens a sentence or word break iterator for `locale` ("en", "ru@ss=standard").
pxicu_breaker *pxicu_breaker_open(int32_t kind, const char *locale, int32_t *status);
pxicu_breaker *pxicu_breaker_clone(const pxicu_breaker *breaker, int32_t *status);
void pxicu_breaker_close(pxicu_breaker *breaker);

/// Finds the boundaries of UTF-8 `src`. Returns their count (the first is 0, the last is
/// `length`); `*offsets` points to UTF-8 byte offsets and `*rule_status` to each boundary's rule
/// status (for words: 0 none, 100 number, 200 letter, 300 kana, 400 ideograph), both in the
/// breaker's own buffers.
int32_t pxicu_breaker_boundaries_utf8(
  pxicu_breaker *breaker, const char *src, int32_t length, const int32_t **offsets,
  const int32_t **rule_status, int32_t *status);

// MARK: - Scripts

/// The ISO 15924 script code of a code point (a UScriptCode value).
int32_t pxicu_script_of(int32_t code_point);

/// The UScriptCode for an ISO 15924 name ("Latn", "Cyrl"); -1 when unknown.
int32_t pxicu_script_code(const char *name);

/// The short ISO 15924 name of a script code ("Latn"); static storage.
const char *pxicu_script_short_name(int32_t script);

/// The Unicode general category of a code point (a UCharCategory value).
int32_t pxicu_char_type(int32_t code_point);

// MARK: - Case mapping

enum {
  PXICU_CASE_UPPER = 0,
  PXICU_CASE_LOWER = 1,
  PXICU_CASE_TITLE = 2,
};

typedef struct pxicu_casemap pxicu_casemap;

pxicu_casemap *pxicu_casemap_open(const char *locale, int32_t *status);
void pxicu_casemap_close(pxicu_casemap *casemap);

/// Maps UTF-8 `src` to upper, lower or title case into the handle's own buffer.
int32_t pxicu_casemap_apply_utf8(
  pxicu_casemap *casemap, int32_t kind, const char *src, int32_t length, const char **out,
  int32_t *status);

// MARK: - Collation

typedef struct pxicu_collator pxicu_collator;

pxicu_collator *pxicu_collator_open(const char *locale, int32_t *status);
pxicu_collator *pxicu_collator_clone(const pxicu_collator *collator, int32_t *status);
void pxicu_collator_close(pxicu_collator *collator);

/// Compares two UTF-8 strings: -1, 0 or 1.
int32_t pxicu_collator_compare_utf8(
  pxicu_collator *collator, const char *a, int32_t a_length, const char *b, int32_t b_length,
  int32_t *status);

/// The sort key of UTF-8 `src` in the handle's own buffer (without the trailing 0 byte).
int32_t pxicu_collator_sort_key_utf8(
  pxicu_collator *collator, const char *src, int32_t length, const uint8_t **out,
  int32_t *status);

// MARK: - Spoof checking

typedef struct pxicu_spoof pxicu_spoof;

pxicu_spoof *pxicu_spoof_open(int32_t *status);
void pxicu_spoof_close(pxicu_spoof *checker);

/// Runs the restriction-level and mixed-script checks on UTF-8 `src`; returns the ICU check
/// result bits (0 when nothing is suspicious).
int32_t pxicu_spoof_check_utf8(
  pxicu_spoof *checker, const char *src, int32_t length, int32_t *status);

/// The confusable skeleton of UTF-8 `src` (UTS #39) in the handle's own buffer.
int32_t pxicu_spoof_skeleton_utf8(
  pxicu_spoof *checker, const char *src, int32_t length, const char **out, int32_t *status);

enum {
  PXICU_SPOOF_RESTRICTION_LEVEL = 16,
  PXICU_SPOOF_MIXED_SCRIPT_CONFUSABLE = 2,
  PXICU_SPOOF_WHOLE_SCRIPT_CONFUSABLE = 4,
  PXICU_SPOOF_MIXED_NUMBERS = 128,
};

// MARK: - Dates

/// Formats a date (days since 1970-01-01, UTC) in `locale` with a CLDR skeleton ("yMMMMd")
/// into the handle-free UTF-8 `buffer`; returns the full length needed.
int32_t pxicu_format_date_utf8(
  const char *locale, const char *skeleton, int32_t days_since_epoch, char *buffer,
  int32_t capacity, int32_t *status);

/// A date format opened once for a locale and a CLDR skeleton, for formatting many dates:
/// opening one (pattern generator, symbols, number format) costs far more than formatting.
typedef struct pxicu_date_format pxicu_date_format;

pxicu_date_format *pxicu_date_format_open(const char *locale, const char *skeleton, int32_t *status);
void pxicu_date_format_close(pxicu_date_format *format);

/// Formats a date (days since 1970-01-01, UTC) into UTF-8 `buffer`; returns the full length needed.
int32_t pxicu_date_format_utf8(
  pxicu_date_format *format, int32_t days_since_epoch, char *buffer, int32_t capacity, int32_t *status);

#ifdef __cplusplus
}
#endif

#endif  // CICUSHIM_H
