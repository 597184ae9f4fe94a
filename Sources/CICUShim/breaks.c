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
  free(b->offsets);
  free(b->statuses);
  free(b);
}

int32_t pxicu_breaker_boundaries_utf8(
    pxicu_breaker *b, const char *src, int32_t length, const int32_t **offsets,
    const int32_t **rule_status, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  int32_t units = pxicu_utf8_to_units(src, length, &b->units, &error);
  if (U_FAILURE(error)) {
    *status = error;
    return 0;
  }
  ubrk_setText(b->iterator, b->units.units, units, &error);
  if (U_FAILURE(error)) {
    *status = error;
    return 0;
  }
  int32_t count = 0;
  // Walk the UTF-8 text alongside the UTF-16 boundaries to turn unit offsets into byte offsets.
  int32_t byte = 0;
  int32_t unit = 0;
  int want_status = b->kind == PXICU_BREAK_WORD;
  for (int32_t boundary = ubrk_first(b->iterator); boundary != UBRK_DONE;
       boundary = ubrk_next(b->iterator)) {
    while (unit < boundary && byte < length) {
      uint8_t lead = (uint8_t)src[byte];
      if (lead < 0x80) {
        byte += 1;
        unit += 1;
      } else if (lead < 0xE0) {
        byte += 2;
        unit += 1;
      } else if (lead < 0xF0) {
        byte += 3;
        unit += 1;
      } else {
        byte += 4;
        unit += 2;
      }
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
