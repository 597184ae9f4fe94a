// Growable byte and UTF-16 buffers shared by the shim's C and C++ files. Internal: not part of
// the public header.
#ifndef PXICU_BUFFER_H
#define PXICU_BUFFER_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
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

/// Decodes well-formed UTF-8 into `dst` (capacity at least `length` units) without ICU: returns
/// the UTF-16 length, or -1 at the first ill-formed sequence (the caller then asks ICU, which
/// reports the error). When `map` is not NULL (capacity at least `length + 1`), `map[u]`
/// receives the byte offset of the code point that starts at unit `u`, and `map[units]` is
/// `length`.
///
/// Faster than u_strFromUTF8 on news text: eight ASCII bytes at a time, and tight loops over
/// runs of one sequence length (ASCII runs, two-byte Cyrillic runs). Inline, so each caller
/// gets a copy specialized for `map == NULL` or not.
static inline int32_t pxicu_decode_utf8(
    const char *src, int32_t length, UChar *__restrict dst, int32_t *__restrict map) {
  const uint8_t *__restrict s = (const uint8_t *)src;
  int32_t i = 0;
  int32_t u = 0;
  while (i < length) {
    while (i + 8 <= length) {
      uint64_t word;
      memcpy(&word, s + i, 8);
      if ((word & 0x8080808080808080ULL) != 0) break;
      for (int k = 0; k < 8; k++) dst[u + k] = s[i + k];
      if (map != NULL)
        for (int k = 0; k < 8; k++) map[u + k] = i + k;
      u += 8;
      i += 8;
    }
    if (i >= length) break;
    uint32_t c = s[i];
    if (c < 0x80) {
      for (;;) {
        if (map != NULL) map[u] = i;
        dst[u++] = (UChar)c;
        if (++i >= length || (c = s[i]) >= 0x80) break;
      }
      continue;
    }
    if (c - 0xC2 < 0x1E) {
      for (;;) {
        if (i + 1 >= length) return -1;
        uint32_t c1 = s[i + 1] ^ 0x80u;
        if (c1 > 0x3F) return -1;
        if (map != NULL) map[u] = i;
        dst[u++] = (UChar)(((c & 0x1F) << 6) | c1);
        i += 2;
        if (i >= length || (c = s[i]) - 0xC2 >= 0x1E) break;
      }
      continue;
    }
    if (map != NULL) map[u] = i;
    if (c >= 0xE0 && c < 0xF0) {
      if (i + 2 >= length || (s[i + 1] & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80) return -1;
      uint32_t cp = ((c & 0x0F) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
      if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
      dst[u++] = (UChar)cp;
      i += 3;
    } else if (c >= 0xF0 && c < 0xF5) {
      if (i + 3 >= length || (s[i + 1] & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80 ||
          (s[i + 3] & 0xC0) != 0x80)
        return -1;
      uint32_t cp = ((c & 0x07) << 18) | ((s[i + 1] & 0x3Fu) << 12) | ((s[i + 2] & 0x3Fu) << 6) |
                    (s[i + 3] & 0x3Fu);
      if (cp < 0x10000 || cp > 0x10FFFF) return -1;
      if (map != NULL) map[u + 1] = i;
      dst[u++] = (UChar)(0xD7C0 + (cp >> 10));
      dst[u++] = (UChar)(0xDC00 | (cp & 0x3FF));
      i += 4;
    } else {
      return -1;
    }
  }
  if (map != NULL) map[u] = length;
  return u;
}

/// Converts UTF-16 into `dst`; returns the UTF-8 length.
int32_t pxicu_units_to_utf8(const UChar *src, int32_t length, pxicu_bytes *dst, UErrorCode *status);

#ifdef __cplusplus
}
#endif

#endif
