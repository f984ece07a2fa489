#!/usr/bin/env bash
# The typesetting figures README quotes: every article of Articles/ at the typography
# fixture's geometry and in the justified shipped style (classique), A4, read off the PDF by
# ../shared/tools/typo_metrics.py and typo_inspect.py: lines, hyphenated line ends, the
# longest run of them, word-gap p95 and maximum (em), pairs of adjacent justified lines whose
# gaps differ by more than 0.35 em, French spacing and hyphenation faults. Run after `make build`.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release/feuillet
tools=${TYPO_TOOLS:-../shared/tools}
[[ -x $bin ]] || { echo "build first: make build" >&2; exit 1; }
[[ -f $tools/typo_metrics.py ]] || { echo "typo_metrics.py not found in $tools (set TYPO_TOOLS)" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
printf '%-24s %-10s %5s %14s %4s %7s %7s %5s %6s\n' article style lines hyphenated run "p95" max "adj" faults
for style in Tests/FeuilletEndToEndTests/Fixtures/typographie-a4.yml classique; do
    name=$([[ $style == *.yml ]] && echo fixture || echo "$style")
    for article in Articles/*.md; do
        pdf=$out/$name-$(basename "$article" .md).pdf
        $bin render "$article" --style "$style" --format a4 --output "$pdf" >/dev/null 2>&1
        python3 - "$article" "$name" "$(python3 "$tools/typo_metrics.py" "$pdf")" "$(python3 "$tools/typo_inspect.py" "$pdf" --json)" <<'PY'
import json, os, sys
article, style, m, i = os.path.basename(sys.argv[1])[:-3], sys.argv[2], json.loads(sys.argv[3]), json.loads(sys.argv[4])
share = 100 * m["hyphenated_line_ends"] / max(1, m["lines"])
faults = m["french_spacing_faults"] + len(i["faults"]) + sum(1 for h in i["hyphens"] if set(h["flags"]) & {"<2 before", "<3 after", "capitalised", "number"})
print(f"{article:24} {style[:10]:10} {m['lines']:5} {m['hyphenated_line_ends']:6} ({share:4.1f} %) {m['max_consecutive_hyphens']:4} "
      f"{m.get('gap_em_p95', 0):7.3f} {m.get('gap_em_max', 0):7.3f} {len(i['adjacent_contrast_gt_0.35em']):5} {faults:6}")
PY
    done
done
