// Growable byte and UTF-16 buffers shared by the shim's C and C++ files. Internal: not part of
// the public header.
#ifndef PXICU_BUFFER_H
#define PXICU_BUFFER_H

#include <stdint.h>
#include <stdlib.h>
#include <unicode/utypes.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
  char *bytes;
  int32_t capacity;
} pxicu_bytes;

typedef struct {
  UChar *units;
  int32_t capacity;
} pxicu_units;

/// Ensures room for `needed` bytes; returns 0 on allocation failure.
static inline int pxicu_bytes_reserve(pxicu_bytes *b, int32_t needed) {
  if (needed <= b->capacity) return 1;
  int32_t capacity = b->capacity < 256 ? 256 : b->capacity;
  while (capacity < needed) capacity = capacity > (INT32_MAX / 2) ? INT32_MAX : capacity * 2;
  char *grown = (char *)realloc(b->bytes, (size_t)capacity);
  if (grown == NULL) return 0;
  b->bytes = grown;
  b->capacity = capacity;
  return 1;
}

static inline int pxicu_units_reserve(pxicu_units *u, int32_t needed) {
  if (needed <= u->capacity) return 1;
  int32_t capacity = u->capacity < 256 ? 256 : u->capacity;
  while (capacity < needed) capacity = capacity > (INT32_MAX / 4) ? INT32_MAX / 2 : capacity * 2;
  UChar *grown = (UChar *)realloc(u->units, (size_t)capacity * sizeof(UChar));
  if (grown == NULL) return 0;
  u->units = grown;
  u->capacity = capacity;
  return 1;
}

static inline void pxicu_bytes_free(pxicu_bytes *b) { free(b->bytes); b->bytes = NULL; b->capacity = 0; }
static inline void pxicu_units_free(pxicu_units *u) { free(u->units); u->units = NULL; u->capacity = 0; }

/// Converts valid UTF-8 into `dst`; returns the UTF-16 length.
int32_t pxicu_utf8_to_units(const char *src, int32_t length, pxicu_units *dst, UErrorCode *status);

/// Converts UTF-16 into `dst`; returns the UTF-8 length.
int32_t pxicu_units_to_utf8(const UChar *src, int32_t length, pxicu_bytes *dst, UErrorCode *status);

#ifdef __cplusplus
}
#endif

#endif
