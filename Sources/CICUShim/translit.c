// Transliteration: system IDs and rule text, over UTF-8 buffers.
#include "CICUShim.h"
#include "buffer.h"

#include <string.h>
#include <unicode/parseerr.h>
#include <unicode/uenum.h>
#include <unicode/uset.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

struct pxicu_translit {
  UTransliterator *trans;
  pxicu_units units;
  pxicu_bytes output;
};

static pxicu_translit *wrap(UTransliterator *trans, int32_t *status) {
  pxicu_translit *handle = (pxicu_translit *)calloc(1, sizeof(pxicu_translit));
  if (handle == NULL) {
    utrans_close(trans);
    *status = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  handle->trans = trans;
  return handle;
}

pxicu_translit *pxicu_translit_open_id(const uint16_t *id, int32_t id_length, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  UParseError parse;
  UTransliterator *trans =
      utrans_openU((const UChar *)id, id_length, UTRANS_FORWARD, NULL, 0, &parse, &error);
  if (U_FAILURE(error)) {
    *status = error;
    return NULL;
  }
  return wrap(trans, status);
}

pxicu_translit *pxicu_translit_open_rules(
    const uint16_t *id, int32_t id_length, const uint16_t *rules, int32_t rules_length,
    int32_t *error_line, int32_t *error_offset, uint16_t *pre_context, uint16_t *post_context,
    int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  UParseError parse;
  memset(&parse, 0, sizeof parse);
  UTransliterator *trans = utrans_openU((const UChar *)id, id_length, UTRANS_FORWARD,
                                        (const UChar *)rules, rules_length, &parse, &error);
  if (U_FAILURE(error)) {
    *status = error;
    *error_line = parse.line;
    *error_offset = parse.offset;
    u_memcpy((UChar *)pre_context, parse.preContext, U_PARSE_CONTEXT_LEN);
    u_memcpy((UChar *)post_context, parse.postContext, U_PARSE_CONTEXT_LEN);
    pre_context[U_PARSE_CONTEXT_LEN - 1] = 0;
    post_context[U_PARSE_CONTEXT_LEN - 1] = 0;
    return NULL;
  }
  return wrap(trans, status);
}

pxicu_translit *pxicu_translit_clone(const pxicu_translit *translit, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  UTransliterator *trans = utrans_clone(translit->trans, &error);
  if (U_FAILURE(error)) {
    *status = error;
    return NULL;
  }
  return wrap(trans, status);
}

void pxicu_translit_close(pxicu_translit *translit) {
  if (translit == NULL) return;
  utrans_close(translit->trans);
  pxicu_units_free(&translit->units);
  pxicu_bytes_free(&translit->output);
  free(translit);
}

int32_t pxicu_translit_apply_utf8(
    pxicu_translit *t, const char *src, int32_t length, const char **out, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  int32_t units = pxicu_utf8_to_units(src, length, &t->units, &error);
  if (U_FAILURE(error)) {
    *status = error;
    return 0;
  }
  // Transliteration may lengthen the text (щ → shch): retry with the capacity ICU asks for.
  for (int attempt = 0; attempt < 3; attempt++) {
    int32_t capacity = t->units.capacity;
    int32_t text_length = units;
    int32_t limit = units;
    error = U_ZERO_ERROR;
    if (attempt > 0) {
      // The failed attempt left the buffer partly transformed: convert the input again.
      units = pxicu_utf8_to_units(src, length, &t->units, &error);
      capacity = t->units.capacity;
      text_length = units;
      limit = units;
    }
    utrans_transUChars(t->trans, t->units.units, &text_length, capacity, 0, &limit, &error);
    if (error == U_BUFFER_OVERFLOW_ERROR) {
      if (!pxicu_units_reserve(&t->units, text_length + 16)) break;
      continue;
    }
    if (U_FAILURE(error)) {
      *status = error;
      return 0;
    }
    int32_t written = pxicu_units_to_utf8(t->units.units, text_length, &t->output, &error);
    if (U_FAILURE(error)) {
      *status = error;
      return 0;
    }
    *out = t->output.bytes;
    return written;
  }
  *status = U_MEMORY_ALLOCATION_ERROR;
  return 0;
}

int32_t pxicu_translit_source_set_pattern(
    const pxicu_translit *translit, uint16_t *buffer, int32_t capacity, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  USet *set = uset_openEmpty();
  utrans_getSourceSet(translit->trans, false, set, &error);
  if (U_FAILURE(error)) {
    uset_close(set);
    *status = error;
    return 0;
  }
  int32_t length = uset_toPattern(set, (UChar *)buffer, capacity, true, &error);
  uset_close(set);
  if (U_FAILURE(error) && error != U_BUFFER_OVERFLOW_ERROR) *status = error;
  return length;
}

int32_t pxicu_translit_system_ids(char *buffer, int32_t capacity, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  UEnumeration *ids = utrans_openIDs(&error);
  if (U_FAILURE(error)) {
    *status = error;
    return 0;
  }
  int32_t total = 0;
  int32_t length = 0;
  const char *id;
  while ((id = uenum_next(ids, &length, &error)) != NULL && U_SUCCESS(error)) {
    if (total + length + 1 <= capacity) {
      memcpy(buffer + total, id, (size_t)length);
      buffer[total + length] = '\n';
    }
    total += length + 1;
  }
  uenum_close(ids);
  if (U_FAILURE(error)) *status = error;
  return total;
}

// MARK: - Unicode sets

struct pxicu_uset {
  USet *set;
};

pxicu_uset *pxicu_uset_open(
    const uint16_t *pattern, int32_t length, int32_t *error_offset, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  USet *set = uset_openPattern((const UChar *)pattern, length, &error);
  if (U_FAILURE(error)) {
    *status = error;
    *error_offset = -1;
    return NULL;
  }
  uset_freeze(set);
  pxicu_uset *handle = (pxicu_uset *)malloc(sizeof(pxicu_uset));
  if (handle == NULL) {
    uset_close(set);
    *status = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  handle->set = set;
  return handle;
}

void pxicu_uset_close(pxicu_uset *set) {
  if (set == NULL) return;
  uset_close(set->set);
  free(set);
}

int32_t pxicu_uset_contains(const pxicu_uset *set, int32_t code_point) {
  return uset_contains(set->set, (UChar32)code_point) ? 1 : 0;
}

int32_t pxicu_uset_ranges(
    const pxicu_uset *set, int32_t *starts, int32_t *ends, int32_t capacity) {
  int32_t count = uset_getRangeCount(set->set);
  UErrorCode error = U_ZERO_ERROR;
  for (int32_t i = 0; i < count && i < capacity; i++) {
    UChar32 start, end;
    uset_getItem(set->set, i, &start, &end, NULL, 0, &error);
    starts[i] = start;
    ends[i] = end;
  }
  return count;
}
