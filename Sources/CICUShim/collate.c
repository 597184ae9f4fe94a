// Collation, case mapping, spoof checks and date formatting.
#include "CICUShim.h"
#include "buffer.h"

#include <string.h>
#include <unicode/ucasemap.h>
#include <unicode/ucol.h>
#include <unicode/udat.h>
#include <unicode/udatpg.h>
#include <unicode/uspoof.h>
#include <unicode/ustring.h>

// MARK: - Collation

struct pxicu_collator {
  UCollator *collator;
  pxicu_units units;
  uint8_t *key;
  int32_t key_capacity;
};

static pxicu_collator *wrap_collator(UCollator *collator, int32_t *status) {
  pxicu_collator *handle = (pxicu_collator *)calloc(1, sizeof(pxicu_collator));
  if (handle == NULL) {
    ucol_close(collator);
    *status = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  handle->collator = collator;
  return handle;
}

pxicu_collator *pxicu_collator_open(const char *locale, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  UCollator *collator = ucol_open(locale, &error);
  if (U_FAILURE(error)) {
    *status = error;
    return NULL;
  }
  return wrap_collator(collator, status);
}

pxicu_collator *pxicu_collator_clone(const pxicu_collator *collator, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  UCollator *clone = ucol_clone(collator->collator, &error);
  if (U_FAILURE(error)) {
    *status = error;
    return NULL;
  }
  return wrap_collator(clone, status);
}

void pxicu_collator_close(pxicu_collator *collator) {
  if (collator == NULL) return;
  ucol_close(collator->collator);
  pxicu_units_free(&collator->units);
  free(collator->key);
  free(collator);
}

int32_t pxicu_collator_compare_utf8(
    pxicu_collator *collator, const char *a, int32_t a_length, const char *b, int32_t b_length,
    int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  UCollationResult result = ucol_strcollUTF8(collator->collator, a, a_length, b, b_length, &error);
  if (U_FAILURE(error)) {
    *status = error;
    return 0;
  }
  return result == UCOL_LESS ? -1 : (result == UCOL_GREATER ? 1 : 0);
}

int32_t pxicu_collator_sort_key_utf8(
    pxicu_collator *collator, const char *src, int32_t length, const uint8_t **out,
    int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  int32_t units = pxicu_utf8_to_units(src, length, &collator->units, &error);
  if (U_FAILURE(error)) {
    *status = error;
    return 0;
  }
  for (;;) {
    int32_t needed = ucol_getSortKey(collator->collator, collator->units.units, units,
                                     collator->key, collator->key_capacity);
    if (needed == 0) {
      *status = U_INTERNAL_PROGRAM_ERROR;
      return 0;
    }
    if (needed <= collator->key_capacity) {
      *out = collator->key;
      return needed - 1;  // without the terminating zero byte
    }
    uint8_t *grown = (uint8_t *)realloc(collator->key, (size_t)needed);
    if (grown == NULL) {
      *status = U_MEMORY_ALLOCATION_ERROR;
      return 0;
    }
    collator->key = grown;
    collator->key_capacity = needed;
  }
}

// MARK: - Case mapping

struct pxicu_casemap {
  UCaseMap *map;
  pxicu_bytes output;
};

pxicu_casemap *pxicu_casemap_open(const char *locale, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  UCaseMap *map = ucasemap_open(locale, 0, &error);
  if (U_FAILURE(error)) {
    *status = error;
    return NULL;
  }
  pxicu_casemap *handle = (pxicu_casemap *)calloc(1, sizeof(pxicu_casemap));
  if (handle == NULL) {
    ucasemap_close(map);
    *status = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  handle->map = map;
  return handle;
}

void pxicu_casemap_close(pxicu_casemap *casemap) {
  if (casemap == NULL) return;
  ucasemap_close(casemap->map);
  pxicu_bytes_free(&casemap->output);
  free(casemap);
}

int32_t pxicu_casemap_apply_utf8(
    pxicu_casemap *casemap, int32_t kind, const char *src, int32_t length, const char **out,
    int32_t *status) {
  int32_t capacity = length * 3 + 16;
  for (int attempt = 0; attempt < 2; attempt++) {
    UErrorCode error = U_ZERO_ERROR;
    if (!pxicu_bytes_reserve(&casemap->output, capacity)) break;
    int32_t written;
    switch (kind) {
      case PXICU_CASE_UPPER:
        written = ucasemap_utf8ToUpper(casemap->map, casemap->output.bytes,
                                       casemap->output.capacity, src, length, &error);
        break;
      case PXICU_CASE_LOWER:
        written = ucasemap_utf8ToLower(casemap->map, casemap->output.bytes,
                                       casemap->output.capacity, src, length, &error);
        break;
      default:
        written = ucasemap_utf8ToTitle(casemap->map, casemap->output.bytes,
                                       casemap->output.capacity, src, length, &error);
        break;
    }
    if (error == U_BUFFER_OVERFLOW_ERROR) {
      capacity = written + 16;
      continue;
    }
    if (U_FAILURE(error)) {
      *status = error;
      return 0;
    }
    *out = casemap->output.bytes;
    return written;
  }
  *status = U_MEMORY_ALLOCATION_ERROR;
  return 0;
}

// MARK: - Spoof checking

struct pxicu_spoof {
  USpoofChecker *checker;
  USpoofCheckResult *result;
  pxicu_bytes output;
};

pxicu_spoof *pxicu_spoof_open(int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  USpoofChecker *checker = uspoof_open(&error);
  uspoof_setChecks(checker,
                   USPOOF_RESTRICTION_LEVEL | USPOOF_MIXED_SCRIPT_CONFUSABLE |
                       USPOOF_WHOLE_SCRIPT_CONFUSABLE | USPOOF_MIXED_NUMBERS,
                   &error);
  uspoof_setRestrictionLevel(checker, USPOOF_HIGHLY_RESTRICTIVE);
  USpoofCheckResult *result = uspoof_openCheckResult(&error);
  if (U_FAILURE(error)) {
    uspoof_close(checker);
    uspoof_closeCheckResult(result);
    *status = error;
    return NULL;
  }
  pxicu_spoof *handle = (pxicu_spoof *)calloc(1, sizeof(pxicu_spoof));
  if (handle == NULL) {
    uspoof_close(checker);
    uspoof_closeCheckResult(result);
    *status = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  handle->checker = checker;
  handle->result = result;
  return handle;
}

void pxicu_spoof_close(pxicu_spoof *checker) {
  if (checker == NULL) return;
  uspoof_close(checker->checker);
  uspoof_closeCheckResult(checker->result);
  pxicu_bytes_free(&checker->output);
  free(checker);
}

int32_t pxicu_spoof_check_utf8(pxicu_spoof *c, const char *src, int32_t length, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  int32_t bits = uspoof_check2UTF8(c->checker, src, length, c->result, &error);
  if (U_FAILURE(error)) {
    *status = error;
    return 0;
  }
  return bits;
}

int32_t pxicu_spoof_skeleton_utf8(
    pxicu_spoof *c, const char *src, int32_t length, const char **out, int32_t *status) {
  int32_t capacity = length * 3 + 16;
  for (int attempt = 0; attempt < 2; attempt++) {
    UErrorCode error = U_ZERO_ERROR;
    if (!pxicu_bytes_reserve(&c->output, capacity)) break;
    int32_t written = uspoof_getSkeletonUTF8(c->checker, 0, src, length, c->output.bytes,
                                             c->output.capacity, &error);
    if (error == U_BUFFER_OVERFLOW_ERROR) {
      capacity = written + 16;
      continue;
    }
    if (U_FAILURE(error)) {
      *status = error;
      return 0;
    }
    *out = c->output.bytes;
    return written;
  }
  *status = U_MEMORY_ALLOCATION_ERROR;
  return 0;
}

// MARK: - Dates

struct pxicu_date_format {
  UDateFormat *format;
};

pxicu_date_format *pxicu_date_format_open(const char *locale, const char *skeleton, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  UChar skeleton16[64];
  UChar pattern[128];
  u_strFromUTF8(skeleton16, 64, NULL, skeleton, -1, &error);
  UDateTimePatternGenerator *generator = udatpg_open(locale, &error);
  int32_t pattern_length = udatpg_getBestPattern(generator, skeleton16, -1, pattern, 128, &error);
  udatpg_close(generator);
  static const UChar utc[] = {'U', 'T', 'C', 0};
  UDateFormat *format =
      udat_open(UDAT_PATTERN, UDAT_PATTERN, locale, utc, -1, pattern, pattern_length, &error);
  if (U_FAILURE(error)) {
    if (format != NULL) udat_close(format);
    *status = error;
    return NULL;
  }
  pxicu_date_format *handle = (pxicu_date_format *)calloc(1, sizeof(pxicu_date_format));
  if (handle == NULL) {
    udat_close(format);
    *status = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  handle->format = format;
  return handle;
}

void pxicu_date_format_close(pxicu_date_format *format) {
  if (format == NULL) return;
  udat_close(format->format);
  free(format);
}

int32_t pxicu_date_format_utf8(
    pxicu_date_format *format, int32_t days_since_epoch, char *buffer, int32_t capacity,
    int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  UChar formatted[256];
  int32_t length = udat_format(format->format, (UDate)days_since_epoch * 86400000.0, formatted,
                               256, NULL, &error);
  if (U_FAILURE(error)) {
    *status = error;
    return 0;
  }
  int32_t written = 0;
  u_strToUTF8(buffer, capacity, &written, formatted, length, &error);
  if (U_FAILURE(error) && error != U_BUFFER_OVERFLOW_ERROR) *status = error;
  return written;
}

int32_t pxicu_format_date_utf8(
    const char *locale, const char *skeleton, int32_t days_since_epoch, char *buffer,
    int32_t capacity, int32_t *status) {
  pxicu_date_format *format = pxicu_date_format_open(locale, skeleton, status);
  if (format == NULL) return 0;
  int32_t written = pxicu_date_format_utf8(format, days_since_epoch, buffer, capacity, status);
  pxicu_date_format_close(format);
  return written;
}
