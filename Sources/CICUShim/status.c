// Errors, versions, UTF conversions shared by the other files, scripts and character types.
#include "CICUShim.h"
#include "buffer.h"

#include <string.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>

const char *pxicu_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

void pxicu_version(char *buffer, int32_t capacity) {
  UVersionInfo info;
  char text[U_MAX_VERSION_STRING_LENGTH];
  u_getVersion(info);
  u_versionToString(info, text);
  strncpy(buffer, text, (size_t)capacity - 1);
  buffer[capacity - 1] = 0;
}

void pxicu_unicode_version(char *buffer, int32_t capacity) {
  UVersionInfo info;
  char text[U_MAX_VERSION_STRING_LENGTH];
  u_getUnicodeVersion(info);
  u_versionToString(info, text);
  strncpy(buffer, text, (size_t)capacity - 1);
  buffer[capacity - 1] = 0;
}

int32_t pxicu_utf8_to_units(const char *src, int32_t length, pxicu_units *dst, UErrorCode *status) {
  // UTF-16 never needs more units than UTF-8 has bytes.
  if (!pxicu_units_reserve(dst, length + 1)) {
    *status = U_MEMORY_ALLOCATION_ERROR;
    return 0;
  }
  // Well-formed input (every Swift string) takes the fast decoder; anything else goes to ICU,
  // which reports the error.
  int32_t decoded = pxicu_decode_utf8(src, length, dst->units, NULL);
  if (decoded >= 0) return decoded;
  int32_t written = 0;
  u_strFromUTF8(dst->units, dst->capacity, &written, src, length, status);
  return written;
}

int32_t pxicu_units_to_utf8(const UChar *src, int32_t length, pxicu_bytes *dst, UErrorCode *status) {
  // Three bytes per unit is the worst case (a surrogate pair takes two units for four bytes).
  int64_t needed = (int64_t)length * 3 + 1;
  if (needed > INT32_MAX || !pxicu_bytes_reserve(dst, (int32_t)needed)) {
    *status = U_MEMORY_ALLOCATION_ERROR;
    return 0;
  }
  int32_t written = 0;
  u_strToUTF8(dst->bytes, dst->capacity, &written, src, length, status);
  return written;
}

int32_t pxicu_script_of(int32_t code_point) {
  UErrorCode status = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript((UChar32)code_point, &status);
  return U_FAILURE(status) ? (int32_t)USCRIPT_INVALID_CODE : (int32_t)script;
}

int32_t pxicu_script_code(const char *name) {
  UScriptCode codes[4];
  UErrorCode status = U_ZERO_ERROR;
  int32_t count = uscript_getCode(name, codes, 4, &status);
  if (U_FAILURE(status) || count < 1) return -1;
  return (int32_t)codes[0];
}

const char *pxicu_script_short_name(int32_t script) {
  const char *name = uscript_getShortName((UScriptCode)script);
  return name == NULL ? "Zzzz" : name;
}

int32_t pxicu_char_type(int32_t code_point) { return (int32_t)u_charType((UChar32)code_point); }
