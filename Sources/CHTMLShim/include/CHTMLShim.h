// The HTML boundary: parses an HTML page with libxml2's HTML parser (a real, error-tolerant
// parser, never regular expressions) and hands back plain UTF-8 strings. Only fixed-width ints
// and char buffers cross it; no libxml2 type is visible to Swift.
#ifndef CHTMLSHIM_H
#define CHTMLSHIM_H

#include <stdint.h>

/// What a page says about itself and its main text. Every string is NUL-terminated UTF-8
/// allocated by the shim (or NULL when absent); free the whole result with pxhtml_free.
typedef struct pxhtml_page {
  char *title;           ///< <title>, or og:title when there is no <title>
  char *site_name;       ///< <meta property="og:site_name">
  char *published_time;  ///< <meta property="article:published_time">
  char *language;        ///< <html lang>
  /// The main text: one paragraph per line ("\n" separated), taken from <article> or <main>
  /// when present, else <body>, without nav, header, footer, aside, script, style, form.
  char *text;
  /// For each paragraph of `text`, the 1-based source line where its element starts.
  int32_t *paragraph_lines;
  int32_t paragraph_count;
} pxhtml_page;

/// Parses `length` bytes of HTML (UTF-8 assumed). Returns 0 on success, -1 when libxml2 could
/// not build a tree at all. The caller frees `out` with pxhtml_free in both cases.
int32_t pxhtml_parse(const char *bytes, int32_t length, pxhtml_page *out);

/// Frees every buffer of `page` (not `page` itself) and zeroes it.
void pxhtml_free(pxhtml_page *page);

#endif
