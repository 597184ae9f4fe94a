// Sentence and word boundaries over UTF-8, reported as UTF-8 byte offsets.
#include "CICUShim.h"
#include "buffer.h"

#include <unicode/ubrk.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

struct pxicu_breaker {
  UBreakIterator *iterator;
  int32_t kind;
  pxicu_units units;
  int32_t *map;  // for word breaks: the byte offset of the code point at each unit
  int32_t map_capacity;
  int32_t *offsets;
  int32_t *statuses;
  int32_t capacity;
};

static int reserve_offsets(pxicu_breaker *b, int32_t needed) {
  if (needed <= b->capacity) return 1;
  int32_t capacity = b->capacity < 64 ? 64 : b->capacity;
  while (capacity < needed) capacity *= 2;
  int32_t *offsets = (int32_t *)realloc(b->offsets, (size_t)capacity * sizeof(int32_t));
  if (offsets == NULL) return 0;
  b->offsets = offsets;
  int32_t *statuses = (int32_t *)realloc(b->statuses, (size_t)capacity * sizeof(int32_t));
  if (statuses == NULL) return 0;
  b->statuses = statuses;
  b->capacity = capacity;
  return 1;
}

/// The UTF-8 length of `n` UTF-16 units: 1, 2 or 3 bytes a unit, and 4 for a surrogate pair
/// (each surrogate counts 3 - 1). Valid UTF-16 (converted from valid UTF-8) is assumed.
static inline int32_t utf8_length_of_units(const UChar *units, int32_t n) {
  int32_t bytes = n;
  for (int32_t i = 0; i < n; i++) {
    UChar c = units[i];
    bytes += (c >= 0x80) + (c >= 0x800) - ((c & 0xF800) == 0xD800);
  }
  return bytes;
}

static int reserve_map(pxicu_breaker *b, int32_t needed) {
  if (needed <= b->map_capacity) return 1;
  int32_t capacity = b->map_capacity < 256 ? 256 : b->map_capacity;
  while (capacity < needed) capacity = capacity > (INT32_MAX / 2) ? INT32_MAX : capacity * 2;
  int32_t *map = (int32_t *)realloc(b->map, (size_t)capacity * sizeof(int32_t));
  if (map == NULL) return 0;
  b->map = map;
  b->map_capacity = capacity;
  return 1;
}

static pxicu_breaker *wrap(UBreakIterator *iterator, int32_t kind, int32_t *status) {
  pxicu_breaker *b = (pxicu_breaker *)calloc(1, sizeof(pxicu_breaker));
  if (b == NULL) {
    ubrk_close(iterator);
    *status = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  b->iterator = iterator;
  b->kind = kind;
  return b;
}

pxicu_breaker *pxicu_breaker_open(int32_t kind, const char *locale, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  UBreakIteratorType type = kind == PXICU_BREAK_WORD ? UBRK_WORD : UBRK_SENTENCE;
  UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &error);
  if (U_FAILURE(error)) {
    *status = error;
    return NULL;
  }
  return wrap(iterator, kind, status);
}

pxicu_breaker *pxicu_breaker_clone(const pxicu_breaker *breaker, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  UBreakIterator *iterator = ubrk_clone(breaker->iterator, &error);
  if (U_FAILURE(error)) {
    *status = error;
    return NULL;
  }
  return wrap(iterator, breaker->kind, status);
}

void pxicu_breaker_close(pxicu_breaker *b) {
  if (b == NULL) return;
  ubrk_close(b->iterator);
  pxicu_units_free(&b->units);
  free(b->map);
  free(b->offsets);
  free(b->statuses);
  free(b);
}

int32_t pxicu_breaker_boundaries_utf8(
    pxicu_breaker *b, const char *src, int32_t length, const int32_t **offsets,
    const int32_t **rule_status, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  // Well-formed UTF-8 (every Swift string) takes the shim's fast decoder; anything else goes to
  // ICU, which reports the error. Word breaks are dense, so for them the decoder also records
  // each unit's byte offset; sentence breaks are sparse, so their byte offsets are summed
  // between boundaries instead (no per-unit store).
  int32_t units = -1;
  int mapped = b->kind == PXICU_BREAK_WORD;
  if (pxicu_units_reserve(&b->units, length + 1) && (!mapped || reserve_map(b, length + 1))) {
    units = mapped ? pxicu_decode_utf8(src, length, b->units.units, b->map)
                   : pxicu_decode_utf8(src, length, b->units.units, NULL);
  }
  if (units < 0) {
    mapped = 0;
    units = pxicu_utf8_to_units(src, length, &b->units, &error);
    if (U_FAILURE(error)) {
      *status = error;
      return 0;
    }
  }
  ubrk_setText(b->iterator, b->units.units, units, &error);
  if (U_FAILURE(error)) {
    *status = error;
    return 0;
  }
  int32_t count = 0;
  // UTF-16 boundaries become UTF-8 byte offsets: from the map (words), as they are (ASCII
  // text), or by summing the UTF-8 length of the units between two boundaries (branch-free, so
  // the compiler vectorizes it).
  int32_t byte = 0;
  int32_t unit = 0;
  int want_status = b->kind == PXICU_BREAK_WORD;
  for (int32_t boundary = ubrk_first(b->iterator); boundary != UBRK_DONE;
       boundary = ubrk_next(b->iterator)) {
    if (mapped) {
      byte = b->map[boundary];
    } else if (units == length) {
      byte = boundary;  // all ASCII: units are bytes
    } else {
      byte += utf8_length_of_units(b->units.units + unit, boundary - unit);
      unit = boundary;
    }
    if (!reserve_offsets(b, count + 1)) {
      *status = U_MEMORY_ALLOCATION_ERROR;
      return 0;
    }
    b->offsets[count] = byte;
    b->statuses[count] = want_status ? ubrk_getRuleStatus(b->iterator) : 0;
    count++;
  }
  *offsets = b->offsets;
  *rule_status = b->statuses;
  return count;
}
