#!/usr/bin/env bash
# How the cost of one article grows with its length (issue 15): the heart-failure article
# repeated to 1, 2 and 5 MB (each copy's headings and figures numbered apart, so nothing is
# set twice the same), rendered to A4 by the release build; prints time, peak memory, pages.
#   scripts/measure-sizes.sh [MB ...]      default: 1 2 5
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release/feuillet
[[ -x $bin ]] || { echo "build first: make build" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for mb in "${@:-1 2 5}"; do
  for size in $mb; do
    python3 - "$size" "$work/big$size.md" <<'PY'
import re, sys
size, out = float(sys.argv[1]), sys.argv[2]
src = open("Articles/insuffisance-cardiaque.md", encoding="utf-8").read()
end = src.index("---", 4) + 3
front, body = src[:end], src[end:]
parts, n, total = [front], 0, len(front.encode())
while total < size * 1_000_000:
    n += 1
    part = body.replace("## ", f"## Partie {n} — ").replace("1,5 million", f"{n},5 million")
    parts.append(part)
    total += len(part.encode())
open(out, "w", encoding="utf-8").write("".join(parts))
PY
    /usr/bin/time -f "$size MB: %e s, %M KB peak memory" "$bin" render "$work/big$size.md" --output "$work/big$size.pdf" 2>&1 >/dev/null | tail -1
    pdfinfo "$work/big$size.pdf" | grep Pages
  done
done
