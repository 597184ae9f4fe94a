// The ICU-from-C reference for parallax-bench; see include/ICUAnchor.h.
#include "ICUAnchor.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/utypes.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

enum { MAX_LOCALES = 8 };

const char *icuanchor_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

struct icuanchor_corpus {
  const char *utf8;
  const int64_t *offsets;
  const uint8_t *languages;
  int32_t count;
  int32_t locale_count;
  // UTF-16 copies of the paragraphs: paragraph i is units[unit_offsets[i] ..< unit_offsets[i+1]].
  UChar *units;
  int64_t *unit_offsets;
  const UNormalizer2 *fold;  // owned by ICU
  UBreakIterator *sentences[MAX_LOCALES];
  UBreakIterator *words[MAX_LOCALES];
  UTransliterator *translit;
  // Scratch buffers, grown as needed and reused across paragraphs.
  UChar *source;
  int32_t source_capacity;
  UChar *target;
  int32_t target_capacity;
  char *bytes;
  int32_t bytes_capacity;
};

static int reserve_units(UChar **buffer, int32_t *capacity, int32_t needed) {
  if (needed <= *capacity) return 1;
  int32_t grown = *capacity < 1024 ? 1024 : *capacity;
  while (grown < needed) grown *= 2;
  UChar *units = (UChar *)realloc(*buffer, (size_t)grown * sizeof(UChar));
  if (units == NULL) return 0;
  *buffer = units;
  *capacity = grown;
  return 1;
}

static int reserve_bytes(icuanchor_corpus *c, int32_t needed) {
  if (needed <= c->bytes_capacity) return 1;
  int32_t grown = c->bytes_capacity < 1024 ? 1024 : c->bytes_capacity;
  while (grown < needed) grown *= 2;
  char *bytes = (char *)realloc(c->bytes, (size_t)grown);
  if (bytes == NULL) return 0;
  c->bytes = bytes;
  c->bytes_capacity = grown;
  return 1;
}

void icuanchor_corpus_close(icuanchor_corpus *c) {
  if (c == NULL) return;
  for (int32_t i = 0; i < MAX_LOCALES; i++) {
    if (c->sentences[i] != NULL) ubrk_close(c->sentences[i]);
    if (c->words[i] != NULL) ubrk_close(c->words[i]);
  }
  if (c->translit != NULL) utrans_close(c->translit);
  free(c->units);
  free(c->unit_offsets);
  free(c->source);
  free(c->target);
  free(c->bytes);
  free(c);
}

icuanchor_corpus *icuanchor_corpus_open(
    const char *utf8, const int64_t *offsets, const uint8_t *languages, int32_t count,
    const char *const *locales, int32_t locale_count, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  if (locale_count < 1 || locale_count > MAX_LOCALES || count < 0) {
    *status = U_ILLEGAL_ARGUMENT_ERROR;
    return NULL;
  }
  icuanchor_corpus *c = (icuanchor_corpus *)calloc(1, sizeof(icuanchor_corpus));
  if (c == NULL) {
    *status = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  c->utf8 = utf8;
  c->offsets = offsets;
  c->languages = languages;
  c->count = count;
  c->locale_count = locale_count;
  // UTF-16 never needs more units than UTF-8 has bytes.
  int64_t total = offsets[count] - offsets[0];
  c->units = (UChar *)malloc((size_t)(total + 1) * sizeof(UChar));
  c->unit_offsets = (int64_t *)malloc((size_t)(count + 1) * sizeof(int64_t));
  if (c->units == NULL || c->unit_offsets == NULL) {
    icuanchor_corpus_close(c);
    *status = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  int64_t unit = 0;
  for (int32_t i = 0; i < count; i++) {
    c->unit_offsets[i] = unit;
    int32_t length = (int32_t)(offsets[i + 1] - offsets[i]);
    int32_t written = 0;
    u_strFromUTF8(c->units + unit, length + 1, &written, utf8 + offsets[i], length, &error);
    if (U_FAILURE(error)) break;
    unit += written;
  }
  c->unit_offsets[count] = unit;
  c->fold = unorm2_getNFKCCasefoldInstance(&error);
  for (int32_t i = 0; i < locale_count && U_SUCCESS(error); i++) {
    c->sentences[i] = ubrk_open(UBRK_SENTENCE, locales[i], NULL, 0, &error);
    if (U_SUCCESS(error)) c->words[i] = ubrk_open(UBRK_WORD, locales[i], NULL, 0, &error);
  }
  if (U_SUCCESS(error)) {
    static const UChar bgn[] = u"Ukrainian-Latin/BGN";
    UParseError parse;
    c->translit = utrans_openU(bgn, -1, UTRANS_FORWARD, NULL, 0, &parse, &error);
  }
  if (U_FAILURE(error)) {
    icuanchor_corpus_close(c);
    *status = error;
    return NULL;
  }
  return c;
}

/// Loads paragraph `i` as UTF-16 into c->source (converting from UTF-8, or copying the prepared
/// units when `utf16_only`); returns its length.
static int32_t load_source(icuanchor_corpus *c, int32_t i, int utf16_only, int32_t extra,
                           UErrorCode *error) {
  if (utf16_only) {
    int32_t length = (int32_t)(c->unit_offsets[i + 1] - c->unit_offsets[i]);
    if (!reserve_units(&c->source, &c->source_capacity, length + extra)) {
      *error = U_MEMORY_ALLOCATION_ERROR;
      return 0;
    }
    memcpy(c->source, c->units + c->unit_offsets[i], (size_t)length * sizeof(UChar));
    return length;
  }
  int32_t length = (int32_t)(c->offsets[i + 1] - c->offsets[i]);
  if (!reserve_units(&c->source, &c->source_capacity, length + extra + 1)) {
    *error = U_MEMORY_ALLOCATION_ERROR;
    return 0;
  }
  int32_t written = 0;
  u_strFromUTF8(c->source, c->source_capacity, &written, c->utf8 + c->offsets[i], length, error);
  return written;
}

/// Writes `length` units of `units` as UTF-8 into c->bytes; returns the byte count.
static int32_t store_utf8(icuanchor_corpus *c, const UChar *units, int32_t length,
                          UErrorCode *error) {
  if (!reserve_bytes(c, length * 3 + 1)) {
    *error = U_MEMORY_ALLOCATION_ERROR;
    return 0;
  }
  int32_t written = 0;
  u_strToUTF8(c->bytes, c->bytes_capacity, &written, units, length, error);
  return written;
}

/// NFKC_Casefold of paragraph i into c->target; returns the UTF-16 length.
static int32_t fold_paragraph(icuanchor_corpus *c, int32_t i, int utf16_only, UErrorCode *error) {
  const UChar *source;
  int32_t length;
  if (utf16_only) {
    source = c->units + c->unit_offsets[i];
    length = (int32_t)(c->unit_offsets[i + 1] - c->unit_offsets[i]);
  } else {
    length = load_source(c, i, 0, 0, error);
    source = c->source;
  }
  if (U_FAILURE(*error)) return 0;
  // NFKC_Casefold rarely lengthens news text much; retry once with ICU's exact need.
  if (!reserve_units(&c->target, &c->target_capacity, length * 2 + 16)) {
    *error = U_MEMORY_ALLOCATION_ERROR;
    return 0;
  }
  int32_t written =
      unorm2_normalize(c->fold, source, length, c->target, c->target_capacity, error);
  if (*error == U_BUFFER_OVERFLOW_ERROR) {
    *error = U_ZERO_ERROR;
    if (!reserve_units(&c->target, &c->target_capacity, written + 16)) {
      *error = U_MEMORY_ALLOCATION_ERROR;
      return 0;
    }
    written = unorm2_normalize(c->fold, source, length, c->target, c->target_capacity, error);
  }
  return written;
}

/// Transliterates paragraph i in place in c->source; returns the UTF-16 length.
static int32_t transliterate_paragraph(icuanchor_corpus *c, int32_t i, int utf16_only,
                                       UErrorCode *error) {
  for (int32_t slack = 16;; slack *= 4) {
    int32_t length = load_source(c, i, utf16_only, 0, error);
    if (U_FAILURE(*error)) return 0;
    // Transliteration lengthens text (щ -> shch): leave room, retry with more on overflow.
    if (!reserve_units(&c->source, &c->source_capacity, length * 2 + slack)) {
      *error = U_MEMORY_ALLOCATION_ERROR;
      return 0;
    }
    int32_t text_length = length;
    int32_t limit = length;
    utrans_transUChars(c->translit, c->source, &text_length, c->source_capacity, 0, &limit,
                       error);
    if (*error != U_BUFFER_OVERFLOW_ERROR) return text_length;
    *error = U_ZERO_ERROR;
    if (!reserve_units(&c->source, &c->source_capacity, text_length + slack)) break;
  }
  *error = U_MEMORY_ALLOCATION_ERROR;
  return 0;
}

static int64_t count_boundaries(UBreakIterator *iterator, const UChar *units, int32_t length,
                                int with_status, UErrorCode *error) {
  ubrk_setText(iterator, units, length, error);
  if (U_FAILURE(*error)) return 0;
  int64_t sum = 0;
  for (int32_t b = ubrk_first(iterator); b != UBRK_DONE; b = ubrk_next(iterator)) {
    sum += 1;
    if (with_status) sum += ubrk_getRuleStatus(iterator);
  }
  return sum;
}

int64_t icuanchor_run(
    icuanchor_corpus *c, int32_t operation, int32_t utf16_only, int32_t first, int32_t count,
    int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  int64_t checksum = 0;
  if (first < 0 || count < 0 || first > c->count || count > c->count - first) {
    *status = U_INDEX_OUTOFBOUNDS_ERROR;
    return 0;
  }
  for (int32_t i = first; i < first + count && U_SUCCESS(error); i++) {
    switch (operation) {
      case ICUANCHOR_NFKC_CASEFOLD: {
        int32_t length = fold_paragraph(c, i, utf16_only, &error);
        checksum += utf16_only ? length : store_utf8(c, c->target, length, &error);
        break;
      }
      case ICUANCHOR_SENTENCES:
      case ICUANCHOR_WORDS: {
        int words = operation == ICUANCHOR_WORDS;
        int32_t language = c->languages[i] < c->locale_count ? c->languages[i] : 0;
        UBreakIterator *iterator = words ? c->words[language] : c->sentences[language];
        const UChar *units;
        int32_t length;
        if (utf16_only) {
          units = c->units + c->unit_offsets[i];
          length = (int32_t)(c->unit_offsets[i + 1] - c->unit_offsets[i]);
        } else {
          length = load_source(c, i, 0, 0, &error);
          units = c->source;
        }
        if (U_SUCCESS(error)) checksum += count_boundaries(iterator, units, length, words, &error);
        break;
      }
      case ICUANCHOR_TRANSLITERATE: {
        int32_t length = transliterate_paragraph(c, i, utf16_only, &error);
        checksum += utf16_only ? length : store_utf8(c, c->source, length, &error);
        break;
      }
      default:
        error = U_ILLEGAL_ARGUMENT_ERROR;
    }
  }
  if (U_FAILURE(error)) *status = error;
  return checksum;
}

int32_t icuanchor_output(
    icuanchor_corpus *c, int32_t operation, int32_t index, const char **out, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  int32_t written = 0;
  *out = NULL;
  if (index < 0 || index >= c->count) {
    error = U_INDEX_OUTOFBOUNDS_ERROR;
  } else if (operation == ICUANCHOR_NFKC_CASEFOLD) {
    int32_t length = fold_paragraph(c, index, 0, &error);
    if (U_SUCCESS(error)) written = store_utf8(c, c->target, length, &error);
  } else if (operation == ICUANCHOR_TRANSLITERATE) {
    int32_t length = transliterate_paragraph(c, index, 0, &error);
    if (U_SUCCESS(error)) written = store_utf8(c, c->source, length, &error);
  } else {
    error = U_UNSUPPORTED_ERROR;
  }
  if (U_FAILURE(error)) {
    *status = error;
    return 0;
  }
  *out = c->bytes;
  return written;
}
