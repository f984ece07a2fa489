#!/usr/bin/env bash
# The whole-process figures `feuillet bench` cannot take from inside: run after `make build`.
#   scripts/measure.sh            render time of the sample leaflet, a ~100-page article,
#                                 the default batch with 1 and 2 workers (and how many
#                                 runs of it crash, out of BATCH_RUNS)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release/feuillet
[[ -x $bin ]] || { echo "build first: make build" >&2; exit 1; }
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }

echo "render, whole process (ms): $(for i in 1 2 3 4 5; do echo -n "$(ms $bin render Articles/metastases.md --output /tmp/feuillet-measure.pdf) "; done)"

long=$(mktemp --suffix=.md)
python3 - "$long" <<'PY'
import sys
head, body = open("Articles/metastases.md").read().split("\n---\n", 1)
open(sys.argv[1], "w").write(head + "\n---\n" + "\n\n".join(body for _ in range(118)))
PY
/usr/bin/time -f "long article: %e s, %M KB peak" $bin render "$long" --output /tmp/feuillet-long.pdf >/dev/null
echo "long article: $(pdfinfo /tmp/feuillet-long.pdf | awk '/^Pages/ {print $2}') pages"
rm -f "$long"

crashes=0
for i in $(seq 1 "${BATCH_RUNS:-6}"); do
    $bin batch --force --jobs 2 --quiet >/dev/null 2>&1 || crashes=$((crashes + 1))
done
echo "default batch --jobs 2: $crashes failed runs of ${BATCH_RUNS:-6}"
for j in 1 2; do echo "default batch --jobs $j: $($bin batch --force --jobs $j --quiet | tail -1)"; done
