// HTML article extraction over libxml2's HTML parser. See include/CHTMLShim.h.
#include "CHTMLShim.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct buffer {
  char *data;
  size_t length, capacity;
} buffer;

static void buffer_append(buffer *b, const char *bytes, size_t n) {
  if (b->length + n + 1 > b->capacity) {
    size_t capacity = b->capacity ? b->capacity : 256;
    while (capacity < b->length + n + 1) capacity *= 2;
    char *grown = realloc(b->data, capacity);
    if (!grown) return;
    b->data = grown;
    b->capacity = capacity;
  }
  memcpy(b->data + b->length, bytes, n);
  b->length += n;
  b->data[b->length] = 0;
}

typedef struct walker {
  buffer text;
  int32_t *lines;
  int32_t count, capacity;
  int pending_break;  // a block boundary was passed since the last text
  int line_of_block;  // source line of the block that opened the current paragraph
} walker;

static int is_name(const xmlNode *node, const char *name) {
  return node->name && strcasecmp((const char *)node->name, name) == 0;
}

static int is_skipped(const xmlNode *node) {
  static const char *skipped[] = {"script", "style", "nav", "header", "footer", "aside",
                                  "noscript", "form", "template", "svg", "iframe", "button",
                                  "select", "figcaption", NULL};
  for (int i = 0; skipped[i]; i++)
    if (is_name(node, skipped[i])) return 1;
  return 0;
}

static int is_block(const xmlNode *node) {
  static const char *blocks[] = {"p", "div", "section", "article", "main", "h1", "h2", "h3",
                                 "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "br", "tr",
                                 "table", "pre", "dd", "dt", "figure", NULL};
  for (int i = 0; blocks[i]; i++)
    if (is_name(node, blocks[i])) return 1;
  return 0;
}

static void start_paragraph(walker *w, int line) {
  if (w->count == w->capacity) {
    int32_t capacity = w->capacity ? w->capacity * 2 : 16;
    int32_t *grown = realloc(w->lines, sizeof(int32_t) * (size_t)capacity);
    if (!grown) return;
    w->lines = grown;
    w->capacity = capacity;
  }
  w->lines[w->count++] = line;
}

// Appends text, collapsing runs of white space into one space.
static void add_text(walker *w, const char *content, int line) {
  for (const char *p = content; *p; p++) {
    int space = (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r' || *p == '\f');
    if (space) {
      if (w->text.length > 0 && !w->pending_break && w->text.data[w->text.length - 1] != ' ' &&
          w->text.data[w->text.length - 1] != '\n')
        buffer_append(&w->text, " ", 1);
      continue;
    }
    if (w->pending_break || w->count == 0) {
      // Drop a trailing space before the paragraph break.
      if (w->text.length > 0 && w->text.data[w->text.length - 1] == ' ') w->text.length--;
      if (w->count > 0) buffer_append(&w->text, "\n", 1);
      start_paragraph(w, w->line_of_block ? w->line_of_block : line);
      w->pending_break = 0;
    }
    buffer_append(&w->text, p, 1);
  }
}

static void walk(walker *w, xmlNode *node) {
  for (xmlNode *child = node; child; child = child->next) {
    if (child->type == XML_ELEMENT_NODE) {
      if (is_skipped(child)) continue;
      int block = is_block(child);
      if (block) {
        w->pending_break = 1;
        w->line_of_block = (int)xmlGetLineNo(child);
      }
      walk(w, child->children);
      if (block) w->pending_break = 1;
    } else if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
      if (child->content) add_text(w, (const char *)child->content, (int)xmlGetLineNo(child));
    }
  }
}

static xmlNode *find_element(xmlNode *node, const char *name) {
  for (xmlNode *child = node; child; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (is_name(child, name)) return child;
    if (is_skipped(child)) continue;
    xmlNode *found = find_element(child->children, name);
    if (found) return found;
  }
  return NULL;
}

static char *copy_string(const xmlChar *text) {
  if (!text) return NULL;
  return strdup((const char *)text);
}

static char *text_of(xmlNode *node) {
  xmlChar *content = xmlNodeGetContent(node);
  char *copy = copy_string(content);
  xmlFree(content);
  return copy;
}

// <meta property="…" content="…"> (or name="…") anywhere in the head.
static void read_meta(xmlNode *node, pxhtml_page *out, char **og_title) {
  for (xmlNode *child = node; child; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (is_name(child, "meta")) {
      xmlChar *property = xmlGetProp(child, (const xmlChar *)"property");
      if (!property) property = xmlGetProp(child, (const xmlChar *)"name");
      xmlChar *content = xmlGetProp(child, (const xmlChar *)"content");
      if (property && content) {
        const char *p = (const char *)property;
        if (!out->site_name && strcasecmp(p, "og:site_name") == 0) out->site_name = copy_string(content);
        else if (!out->published_time && strcasecmp(p, "article:published_time") == 0)
          out->published_time = copy_string(content);
        else if (!*og_title && strcasecmp(p, "og:title") == 0) *og_title = copy_string(content);
      }
      xmlFree(property);
      xmlFree(content);
    }
    read_meta(child->children, out, og_title);
  }
}

int32_t pxhtml_parse(const char *bytes, int32_t length, pxhtml_page *out) {
  memset(out, 0, sizeof(*out));
  htmlDocPtr document = htmlReadMemory(bytes, length, NULL, "UTF-8",
                                       HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                                           HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
  if (!document) return -1;
  xmlNode *root = xmlDocGetRootElement(document);
  if (!root) {
    xmlFreeDoc(document);
    return -1;
  }
  xmlChar *lang = xmlGetProp(root, (const xmlChar *)"lang");
  out->language = copy_string(lang);
  xmlFree(lang);

  char *og_title = NULL;
  read_meta(root, out, &og_title);
  xmlNode *title = find_element(root, "title");
  if (title) out->title = text_of(title);
  if (!out->title || !out->title[0]) {
    free(out->title);
    out->title = og_title;
  } else {
    free(og_title);
  }

  xmlNode *main = find_element(root, "article");
  if (!main) main = find_element(root, "main");
  if (!main) main = find_element(root, "body");
  if (!main) main = root;
  walker w = {0};
  walk(&w, main->children);
  out->text = w.text.data ? w.text.data : strdup("");
  out->paragraph_lines = w.lines;
  out->paragraph_count = w.count;
  xmlFreeDoc(document);
  return 0;
}

void pxhtml_free(pxhtml_page *page) {
  free(page->title);
  free(page->site_name);
  free(page->published_time);
  free(page->language);
  free(page->text);
  free(page->paragraph_lines);
  memset(page, 0, sizeof(*page));
}
