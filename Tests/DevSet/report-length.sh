#!/bin/bash
# Lines and rendered height of comparison reports, before and after, on the 40 real pages of
# three dev-set events (the IAEA mission of 2022-09, the end of the grain deal in 2023-07, the
# Istanbul talks of 2025-05), each given front matter (source, language, published) from
# articles.yaml as a feed would give it. Markdown is rendered by cmark-gfm into a GitHub-like
# page (the style of Tests/ParallaxCLITests/RenderedHeight.swift), HTML pages as written, and
# headless Chromium reports each page's height at 1280 and 390 px.
#
#   Tests/DevSet/report-length.sh BEFORE_PARALLAX AFTER_PARALLAX [CACHE]
#
# BEFORE_PARALLAX is a build of the table layout (commit 0311d76), AFTER_PARALLAX this one;
# CACHE defaults to ~/.cache/parallax-devset. Needs python3, cmark-gfm and chromium.
set -euo pipefail
before=$1; after=$2; cache=${3:-$HOME/.cache/parallax-devset}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 - "$here/articles.yaml" "$cache" "$work/pages" <<'PY'
import os, re, sys
labels, cache, out = sys.argv[1:]
events = {"2022-09-01-iaea-znpp-mission", "2023-07-17-grain-deal-exit", "2025-05-16-istanbul-talks"}
os.makedirs(out)
text = open(labels, encoding="utf-8").read().split("\narticles:\n")[1]
for block in re.split(r"\n  - id: ", text)[1:]:
    field = lambda key: (re.search(r"\n    %s: \"?([^\"\n]+)\"?" % key, block) or [None, None])[1]
    page = block.split("\n")[0].strip()
    if field("event") not in events: continue
    front = "---\nsource: \"%s\"\nlanguage: %s\n" % (field("outlet"), field("language"))
    if field("published"): front += "published: %s\n" % field("published")
    body = open(os.path.join(cache, page + ".txt"), encoding="utf-8").read()
    open(os.path.join(out, page + ".txt"), "w", encoding="utf-8").write(front + "---\n\n" + body)
PY
style='body{box-sizing:border-box;min-width:200px;max-width:980px;margin:0 auto;padding:45px;font-family:"Liberation Sans","DejaVu Sans",sans-serif;font-size:16px;line-height:1.5;word-wrap:break-word}@media (max-width:767px){body{padding:15px}}h1{font-size:2em;padding-bottom:.3em;border-bottom:1px solid #ddd;margin:.67em 0}h2{font-size:1.5em;padding-bottom:.3em;border-bottom:1px solid #ddd;margin-top:24px;margin-bottom:16px}p,ul,ol,table{margin-top:0;margin-bottom:16px}ul ul{margin-bottom:0}li+li{margin-top:.25em}table{display:block;width:max-content;max-width:100%;overflow:auto;border-spacing:0;border-collapse:collapse}td,th{padding:6px 13px;border:1px solid #d0d7de}code{font-family:"DejaVu Sans Mono",monospace;font-size:85%;padding:.2em .4em;background:#eee;border-radius:6px}img{max-width:100%}'
probe='<script>window.addEventListener("load",()=>{document.body.setAttribute("data-h",document.documentElement.scrollHeight)})</script>'
height() {  # FILE WIDTH
  local page="$(dirname "$1")/.probe.html"
  case "$1" in
    *.md) { echo "<!doctype html><html><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><style>$style</style></head><body>"
            cmark-gfm -e table "$1"; echo "$probe</body></html>"; } > "$page" ;;
    *) sed "s#</body>#$probe</body>#" "$1" > "$page" ;;
  esac
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$2",800 --virtual-time-budget=3000 \
    --dump-dom "file://$page" 2>/dev/null | grep -o 'data-h="[0-9]*"' | grep -o '[0-9]*'
}
measure() {  # LABEL FOLDER EXTENSION
  local lines=0 wide=0 narrow=0
  for f in "$2"/*."$3"; do
    [ "$3" = md ] && lines=$((lines + $(wc -l < "$f")))
    wide=$((wide + $(height "$f" 1280))); narrow=$((narrow + $(height "$f" 390)))
  done
  echo "$1: $(ls "$2"/*."$3" | wc -l) files, $lines lines, $wide px at 1280, $narrow px at 390"
}
"$before" compare "$work/pages" -o "$work/before" --as-of 2025-12-01
"$after" compare "$work/pages" -o "$work/after" --as-of 2025-12-01
"$after" compare "$work/pages" -o "$work/site" --as-of 2025-12-01 --format html
measure "before (Markdown)" "$work/before" md
measure "after (Markdown)" "$work/after" md
measure "after (HTML)" "$work/site" html
