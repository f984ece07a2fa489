#!/usr/bin/env bash
# The whole-process figures `feuillet bench` cannot take from inside: run after `make build`.
#   scripts/measure.sh            start-up time; the sample leaflet and a ~100-page article,
#                                 each set by Feuillet and by the floor (scripts/floor/floor.c:
#                                 bare Pango and Cairo, the same text in two columns of A4, no
#                                 typographic rule), in alternating rounds (ROUNDS), with the
#                                 cost per page and the ratios; the default batch with 1 and 2
#                                 workers (PAIRS runs of each, in turn; and how many runs crash,
#                                 out of BATCH_RUNS), the peak memory of all the batch's processes, and the re-run of a batch
#                                 whose outputs are all up to date (the default one and one of 1,152 jobs, FRESH_RUNS runs each)
#   scripts/measure.sh up-to-date the last part only
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release/feuillet
[[ -x $bin ]] || { echo "build first: make build" >&2; exit 1; }
floor=.build/floor
mkdir -p .build
# shellcheck disable=SC2046
[[ ${1:-} == up-to-date ]] || gcc -O2 -Wall -o "$floor" scripts/floor/floor.c $(pkg-config --cflags --libs pangocairo pangofc fontconfig cairo-pdf)
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
# Processor time (user + system, ms) of a command: what a busy machine does not inflate.
cpu() { /usr/bin/time -f "%U %S" "$@" 2>&1 >/dev/null | tail -1 | awk '{ printf "%d", ($1 + $2) * 1000 }'; }
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
pages() { pdfinfo "$1" | awk '/^Pages/ {print $2}'; }

if [[ ${1:-} != up-to-date ]]; then
echo "process start and exit, feuillet --help (ms): $(for i in 1 2 3 4 5; do echo -n "$(ms $bin --help) "; done)"

long=$(mktemp --suffix=.md)
trap 'rm -f "$long"' EXIT
python3 - "$long" <<'PY'
import sys
head, body = open("Articles/metastases.md").read().split("\n---\n", 1)
# Each copy numbered in every line that starts with a letter: no paragraph is the same as
# another, as in a real long article (layout reuses the lines of an identical paragraph).
def copy(n):
    return "\n".join(f"{l} ({n})" if l[:1].isalpha() else l for l in body.split("\n"))
open(sys.argv[1], "w").write(head + "\n---\n" + "\n\n".join(copy(n) for n in range(118)))
PY
# The same geometry for both: the typography fixture (A4, two columns, DejaVu Serif 10.5 pt).
fixture=Tests/FeuilletEndToEndTests/Fixtures/typographie-a4.yml
ours() { ms $bin render "$1" --style $fixture --output "$2"; }
theirs() { ms "$floor" "$1" "$2"; }
short_ours=() short_floor=() long_ours=() long_floor=()
for i in $(seq 1 "${ROUNDS:-5}"); do
    short_ours+=("$(ours Articles/metastases.md /tmp/feuillet-measure.pdf)")
    short_floor+=("$(theirs Articles/metastases.md /tmp/floor-measure.pdf)")
    long_ours+=("$(ours "$long" /tmp/feuillet-long.pdf)")
    long_floor+=("$(theirs "$long" /tmp/floor-long.pdf)")
done
so=$(median "${short_ours[@]}") sf=$(median "${short_floor[@]}") lo=$(median "${long_ours[@]}") lf=$(median "${long_floor[@]}")
po=$(pages /tmp/feuillet-long.pdf) pf=$(pages /tmp/floor-long.pdf) so_pages=$(pages /tmp/feuillet-measure.pdf) sf_pages=$(pages /tmp/floor-measure.pdf)
echo "sample leaflet, whole process (ms): feuillet ${short_ours[*]} (median $so), floor ${short_floor[*]} (median $sf)"
echo "long article, whole process (ms): feuillet ${long_ours[*]} (median $lo, $po pages), floor ${long_floor[*]} (median $lf, $pf pages)"
awk -v so="$so" -v sf="$sf" -v lo="$lo" -v lf="$lf" -v po="$po" -v pf="$pf" -v sop="$so_pages" -v sfp="$sf_pages" 'BEGIN {
    a = (lo - so) / (po - sop); b = (lf - sf) / (pf - sfp)
    printf "sample leaflet: feuillet %.2fx the floor\n", so / sf
    printf "cost per page: feuillet %.1f ms, floor %.1f ms, ratio %.2fx\n", a, b, a / b }'
/usr/bin/time -f "long article: %e s, %M KB peak" $bin render "$long" --style $fixture --output /tmp/feuillet-long.pdf >/dev/null

crashes=0
for i in $(seq 1 "${BATCH_RUNS:-6}"); do
    $bin batch --force --jobs 2 --quiet >/dev/null 2>&1 || crashes=$((crashes + 1))
done
echo "default batch --jobs 2: $crashes failed runs of ${BATCH_RUNS:-6}"
# One and two workers in turn, so that a change in the machine's speed touches both alike.
one=() two=()
for i in $(seq 1 "${PAIRS:-7}"); do
    one+=("$(ms $bin batch --force --jobs 1 --quiet)")
    two+=("$(ms $bin batch --force --jobs 2 --quiet)")
done
echo "default batch --jobs 1, whole process (ms): ${one[*]} (median $(median "${one[@]}"))"
echo "default batch --jobs 2, whole process (ms): ${two[*]} (median $(median "${two[@]}"))"
awk -v a="$(median "${one[@]}")" -v b="$(median "${two[@]}")" 'BEGIN { printf "speed-up of 2 workers: %.2fx\n", a / b }'

fi

# A batch with nothing to do decides so from its state: no worker, no layout, no font
# loaded, no input read (only their dates), and its report left as it was. FRESH_RUNS runs
# each (the two batches in turn), median and fastest; the load average says how busy the
# machine was.
big=$(mktemp -d)
mkdir -p "$big/Articles"
cp -r Articles/images "$big/Articles/"
# 4 copies of the 8 articles × 4 styles × 9 formats: 1,152 jobs, made from 32 files.
for n in 1 2 3 4; do for a in Articles/*.md; do cp "$a" "$big/Articles/$(basename "$a" .md)-$n.md"; done; done
printf 'articles: [Articles/*.md]\nstyles: all\noutput: Output\n' > "$big/lot.yml"
jobs=$($bin batch "$big/lot.yml" --dry-run 2>/dev/null | tail -1 || true)
$bin batch --quiet >/dev/null 2>&1 || true
$bin batch "$big/lot.yml" --quiet >/dev/null 2>&1 || true
$bin batch "$big/lot.yml" --quiet >/dev/null 2>&1 || true
fresh=() large=()
for i in $(seq 1 "${FRESH_RUNS:-15}"); do
    fresh+=("$(ms $bin batch --quiet)")
    large+=("$(ms $bin batch "$big/lot.yml" --quiet)")
done
least() { printf '%s\n' "$@" | sort -n | head -1; }
echo "default batch ($($bin batch --dry-run 2>/dev/null | tail -1)), all up to date, whole process (ms): ${fresh[*]} (median $(median "${fresh[@]}"), fastest $(least "${fresh[@]}")); processor time (ms): $(cpu $bin batch --quiet)"
echo "batch of $jobs, all up to date, whole process (ms): ${large[*]} (median $(median "${large[@]}"), fastest $(least "${large[@]}")); processor time (ms): $(cpu $bin batch "$big/lot.yml" --quiet)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$big"

[[ ${1:-} == up-to-date ]] && exit 0
# Peak memory of the whole batch: the parent and its worker processes, sampled every 10 ms
# and summed (RSS counts shared library pages once per process; PSS shares them out).
python3 - "$bin" <<'PY'
import os, subprocess, sys, time
def tree(root):
    children = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try: children.setdefault(int(open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[1]), []).append(int(pid))
        except OSError: pass
    found, todo = [], [root]
    while todo:
        pid = todo.pop(); found.append(pid); todo += children.get(pid, [])
    return found
def memory(pid):
    try: fields = dict(line.split(":", 1) for line in open(f"/proc/{pid}/smaps_rollup") if ":" in line)
    except OSError: return 0, 0
    return int(fields.get("Rss", "0 kB").split()[0]), int(fields.get("Pss", "0 kB").split()[0])
batch = subprocess.Popen([sys.argv[1], "batch", "--force", "--jobs", "2", "--quiet"], stdout=subprocess.DEVNULL)
rss = pss = 0
while batch.poll() is None:
    sizes = [memory(pid) for pid in tree(batch.pid)]
    rss, pss = max(rss, sum(s[0] for s in sizes)), max(pss, sum(s[1] for s in sizes))
    time.sleep(0.01)
print(f"default batch --jobs 2, peak memory of all its processes: {rss / 1024:.0f} MB RSS, {pss / 1024:.0f} MB PSS")
PY
