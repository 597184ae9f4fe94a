// Normalization and match keys. C++ because ICU's UTF-8 fast paths (Normalizer2::normalizeUTF8,
// isNormalizedUTF8) exist only in its C++ API; the exported functions are plain C.
#include "CICUShim.h"
#include "buffer.h"

#include <algorithm>
#include <cstring>
#include <new>
#include <vector>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

using icu::Normalizer2;
using icu::StringPiece;

namespace {

/// A ByteSink that appends into a growable pxicu_bytes buffer.
class GrowingSink final : public icu::ByteSink {
 public:
  explicit GrowingSink(pxicu_bytes *buffer) : buffer_(buffer) {}
  void Append(const char *bytes, int32_t n) override {
    if (failed_ || n <= 0) return;
    if (!pxicu_bytes_reserve(buffer_, length_ + n)) {
      failed_ = true;
      return;
    }
    if (bytes != buffer_->bytes + length_) memcpy(buffer_->bytes + length_, bytes, (size_t)n);
    length_ += n;
  }
  char *GetAppendBuffer(int32_t min_capacity, int32_t desired_capacity_hint, char *scratch,
                        int32_t scratch_capacity, int32_t *result_capacity) override {
    int32_t want = std::max(min_capacity, desired_capacity_hint);
    if (failed_ || !pxicu_bytes_reserve(buffer_, length_ + want)) {
      *result_capacity = scratch_capacity;
      return scratch;
    }
    *result_capacity = buffer_->capacity - length_;
    return buffer_->bytes + length_;
  }
  int32_t length() const { return length_; }
  bool failed() const { return failed_; }

 private:
  pxicu_bytes *buffer_;
  int32_t length_ = 0;
  bool failed_ = false;
};

const Normalizer2 *instance_for(int32_t form, UErrorCode &status) {
  switch (form) {
    case PXICU_NFC: return Normalizer2::getNFCInstance(status);
    case PXICU_NFKC: return Normalizer2::getNFKCInstance(status);
    case PXICU_NFKC_CASEFOLD: return Normalizer2::getNFKCCasefoldInstance(status);
    case PXICU_NFD: return Normalizer2::getNFDInstance(status);
    default: status = U_ILLEGAL_ARGUMENT_ERROR; return nullptr;
  }
}

}  // namespace

struct pxicu_normalizer {
  const Normalizer2 *normalizer;  // a singleton owned by ICU, never freed
  int32_t form;
  pxicu_bytes output;
};

extern "C" pxicu_normalizer *pxicu_normalizer_open(int32_t form, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  const Normalizer2 *normalizer = instance_for(form, error);
  if (U_FAILURE(error)) {
    *status = error;
    return nullptr;
  }
  auto *handle = new (std::nothrow) pxicu_normalizer{normalizer, form, {nullptr, 0}};
  if (handle == nullptr) *status = U_MEMORY_ALLOCATION_ERROR;
  return handle;
}

extern "C" void pxicu_normalizer_close(pxicu_normalizer *normalizer) {
  if (normalizer == nullptr) return;
  pxicu_bytes_free(&normalizer->output);
  delete normalizer;
}

extern "C" int32_t pxicu_normalizer_apply_utf8(
    pxicu_normalizer *handle, const char *src, int32_t length, const char **out,
    int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  *out = nullptr;
  StringPiece input(src, length);
  if (handle->normalizer->isNormalizedUTF8(input, error) && U_SUCCESS(error)) return -1;
  error = U_ZERO_ERROR;
  GrowingSink sink(&handle->output);
  handle->normalizer->normalizeUTF8(0, input, sink, nullptr, error);
  if (sink.failed()) error = U_MEMORY_ALLOCATION_ERROR;
  if (U_FAILURE(error)) {
    *status = error;
    return 0;
  }
  *out = handle->output.bytes;
  return sink.length();
}

// MARK: - Match keys

struct pxicu_matchkey {
  const Normalizer2 *fold;
  const Normalizer2 *nfd;
  std::vector<std::pair<int32_t, int32_t>> mapping;  // sorted by source code point
  int32_t ascii_mapping[128];                         // -1: unmapped; 0: delete; else target
  bool ascii_strips[128];                             // ASCII letters of a stripped script
  std::vector<int32_t> strip_scripts;
  pxicu_bytes folded;
  pxicu_bytes output;
};

extern "C" pxicu_matchkey *pxicu_matchkey_open(
    const int32_t *from, const int32_t *to, int32_t mapping_count,
    const int32_t *strip_scripts, int32_t strip_count, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  const Normalizer2 *fold = Normalizer2::getNFKCCasefoldInstance(error);
  const Normalizer2 *nfd = Normalizer2::getNFDInstance(error);
  if (U_FAILURE(error)) {
    *status = error;
    return nullptr;
  }
  auto *builder = new (std::nothrow) pxicu_matchkey();
  if (builder == nullptr) {
    *status = U_MEMORY_ALLOCATION_ERROR;
    return nullptr;
  }
  builder->fold = fold;
  builder->nfd = nfd;
  std::fill(std::begin(builder->ascii_mapping), std::end(builder->ascii_mapping), -1);
  for (int32_t i = 0; i < mapping_count; i++) {
    if (from[i] >= 0 && from[i] < 128) {
      builder->ascii_mapping[from[i]] = to[i];
    } else {
      builder->mapping.emplace_back(from[i], to[i]);
    }
  }
  std::sort(builder->mapping.begin(), builder->mapping.end());
  builder->strip_scripts.assign(strip_scripts, strip_scripts + strip_count);
  for (int32_t c = 0; c < 128; c++) {
    UErrorCode script_error = U_ZERO_ERROR;
    int32_t script = uscript_getScript(c, &script_error);
    builder->ascii_strips[c] = std::find(builder->strip_scripts.begin(), builder->strip_scripts.end(),
                                         script) != builder->strip_scripts.end();
  }
  builder->folded = {nullptr, 0};
  builder->output = {nullptr, 0};
  return builder;
}

extern "C" void pxicu_matchkey_close(pxicu_matchkey *builder) {
  if (builder == nullptr) return;
  pxicu_bytes_free(&builder->folded);
  pxicu_bytes_free(&builder->output);
  delete builder;
}

namespace {

inline bool strips(const pxicu_matchkey *b, UChar32 c) {
  UErrorCode error = U_ZERO_ERROR;
  int32_t script = uscript_getScript(c, &error);
  return std::find(b->strip_scripts.begin(), b->strip_scripts.end(), script) !=
         b->strip_scripts.end();
}

/// Appends `c` as UTF-8; returns false on allocation failure.
inline bool append(pxicu_bytes *out, int32_t &length, UChar32 c) {
  if (!pxicu_bytes_reserve(out, length + 4)) return false;
  UBool error = false;
  U8_APPEND((uint8_t *)out->bytes, length, out->capacity, c, error);
  return !error;
}

}  // namespace

extern "C" int32_t pxicu_matchkey_apply_utf8(
    pxicu_matchkey *b, const char *src, int32_t length, const char **out, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  const char *folded = src;
  int32_t folded_length = length;
  StringPiece input(src, length);
  if (!(b->fold->isNormalizedUTF8(input, error) && U_SUCCESS(error))) {
    error = U_ZERO_ERROR;
    GrowingSink sink(&b->folded);
    b->fold->normalizeUTF8(0, input, sink, nullptr, error);
    if (sink.failed()) error = U_MEMORY_ALLOCATION_ERROR;
    if (U_FAILURE(error)) {
      *status = error;
      return 0;
    }
    folded = b->folded.bytes;
    folded_length = sink.length();
  }
  if (!pxicu_bytes_reserve(&b->output, folded_length + 4)) {
    *status = U_MEMORY_ALLOCATION_ERROR;
    return 0;
  }
  int32_t written = 0;
  bool after_stripped_base = false;
  icu::UnicodeString decomposition;
  for (int32_t i = 0; i < folded_length;) {
    UChar32 c;
    int32_t start = i;
    U8_NEXT((const uint8_t *)folded, i, folded_length, c);
    if (c < 0) c = 0xFFFD;  // unreachable for valid input; keeps the loop total
    int32_t mapped = -1;
    if (c < 128) {
      mapped = b->ascii_mapping[c];
    } else if (!b->mapping.empty()) {
      auto it = std::lower_bound(b->mapping.begin(), b->mapping.end(),
                                 std::make_pair((int32_t)c, INT32_MIN));
      if (it != b->mapping.end() && it->first == c) mapped = it->second;
    }
    if (mapped == 0) continue;
    if (mapped > 0) {
      after_stripped_base = false;
      if (!append(&b->output, written, mapped)) goto oom;
      continue;
    }
    if (c < 128) {
      after_stripped_base = b->ascii_strips[c];
      if (!pxicu_bytes_reserve(&b->output, written + 1)) goto oom;
      b->output.bytes[written++] = (char)c;
      continue;
    }
    int8_t type = u_charType(c);
    if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_COMBINING_SPACING_MARK) {
      if (after_stripped_base) continue;
      int32_t n = i - start;
      if (!pxicu_bytes_reserve(&b->output, written + n)) goto oom;
      memcpy(b->output.bytes + written, folded + start, (size_t)n);
      written += n;
      continue;
    }
    if (strips(b, c)) {
      after_stripped_base = true;
      if (b->nfd->getDecomposition(c, decomposition) && decomposition.length() > 0) {
        // Keep the base and any non-mark parts of the decomposition, drop its marks.
        for (int32_t k = 0; k < decomposition.length();) {
          UChar32 d = decomposition.char32At(k);
          k += U16_LENGTH(d);
          int8_t dt = u_charType(d);
          if (dt == U_NON_SPACING_MARK || dt == U_ENCLOSING_MARK || dt == U_COMBINING_SPACING_MARK)
            continue;
          if (!append(&b->output, written, d)) goto oom;
        }
        continue;
      }
    } else {
      after_stripped_base = false;
    }
    {
      int32_t n = i - start;
      if (!pxicu_bytes_reserve(&b->output, written + n)) goto oom;
      memcpy(b->output.bytes + written, folded + start, (size_t)n);
      written += n;
    }
  }
  *out = b->output.bytes;
  return written;
oom:
  *status = U_MEMORY_ALLOCATION_ERROR;
  return 0;
}
