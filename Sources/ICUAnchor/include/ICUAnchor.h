// ICUAnchor: the reference implementation that parallax-bench measures Parallax against.
//
// It performs the benchmarked operations with the plain ICU C API, the way a careful C program
// would: per paragraph u_strFromUTF8 -> operation -> u_strToUTF8 (where the operation outputs
// text), ICU objects opened once and reused. Besides CICUShim it is the one other place allowed
// to include ICU headers, because it is the yardstick: it must not go through Parallax's shim.
// Only the ParallaxBench target depends on it.
//
// Like CICUShim, this header names no ICU type: fixed-width integers, byte buffers, an opaque
// handle and `int32_t *status` (an ICU UErrorCode value; <= 0 is success).

#ifndef ICUANCHOR_H
#define ICUANCHOR_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The operations the anchor performs.
enum {
  /// NFKC_Casefold via unorm2_getNFKCCasefoldInstance + unorm2_normalize.
  ICUANCHOR_NFKC_CASEFOLD = 0,
  /// Every sentence boundary via ubrk UBRK_SENTENCE (the paragraph's language).
  ICUANCHOR_SENTENCES = 1,
  /// Every word boundary and its rule status via ubrk UBRK_WORD (the paragraph's language).
  ICUANCHOR_WORDS = 2,
  /// utrans with the system ID "Ukrainian-Latin/BGN", one paragraph at a time.
  ICUANCHOR_TRANSLITERATE = 3,
};

typedef struct icuanchor_corpus icuanchor_corpus;

/// The ICU name of an error code ("U_INVALID_ID"); static storage, never freed.
const char *icuanchor_error_name(int32_t status);

/// Prepares a corpus of `count` paragraphs. Paragraph i is the UTF-8 bytes
/// `utf8[offsets[i] ..< offsets[i + 1]]` (`offsets` has `count + 1` entries) in the language
/// `languages[i]`, an index into `locales` (ICU locale IDs such as "en", "ru", "uk").
///
/// The UTF-8 text is borrowed: it must outlive the handle. The handle keeps its own UTF-16 copy
/// of every paragraph (for the UTF-16-only variant), one break iterator per locale and per kind,
/// the normalizer and the transliterator. Free it with icuanchor_corpus_close.
icuanchor_corpus *icuanchor_corpus_open(
  const char *utf8, const int64_t *offsets, const uint8_t *languages, int32_t count,
  const char *const *locales, int32_t locale_count, int32_t *status);
void icuanchor_corpus_close(icuanchor_corpus *corpus);

/// Runs `operation` once over paragraphs `first ..< first + count` and returns a checksum
/// (UTF-8 bytes written for text operations, boundaries plus rule statuses for breaks), so that
/// the work is observable.
///
/// With `utf16_only` nonzero the operation reads the prepared UTF-16 copies and writes UTF-16:
/// no conversion is included (the transparency variant).
int64_t icuanchor_run(
  icuanchor_corpus *corpus, int32_t operation, int32_t utf16_only, int32_t first, int32_t count,
  int32_t *status);

/// The output of `operation` for paragraph `index` as UTF-8 in the handle's own buffer (valid
/// until the next call); returns its length in bytes. For checking, not for timing.
int32_t icuanchor_output(
  icuanchor_corpus *corpus, int32_t operation, int32_t index, const char **out, int32_t *status);

#ifdef __cplusplus
}
#endif

#endif  // ICUANCHOR_H
