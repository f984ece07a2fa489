#!/usr/bin/env bash
# Rebuilds Profiles/FOGRA39L.icc, the CMYK profile of the press file's output intent, from
# Fogra's characterisation data for FOGRA39 (offset on coated paper, ISO 12647-2:2004), which
# Debian's icc-profiles-free ships as FOGRA39L.ti3 (1,617 measured patches). Argyll's colprof
# builds the profile (about 20 s on one core): high quality (-qm), total ink limit 300 %
# (-l300) as print shops ask for coated paper, so lcms2's sRGB→CMYK conversion never goes
# over it. The profile is committed (scripts/setup.sh does not rebuild it): colprof stamps
# the date in the header, so a rebuilt file differs in those bytes, and every press PDF
# embeds it. Run scripts/setup.sh first (it installs argyll and icc-profiles-free).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp /usr/share/color/icc/FOGRA39L.ti3 "$work/"
(cd "$work" && colprof -v -qm -l300 -D "Coated FOGRA39 (ISO 12647-2:2004), built from FOGRA39L.ti3" \
    -C "Built with Argyll colprof from Fogra's FOGRA39L characterisation data (icc-profiles-free)" \
    -O FOGRA39L.icc FOGRA39L | tail -3)
mkdir -p Profiles
cp "$work/FOGRA39L.icc" Profiles/FOGRA39L.icc
ls -l Profiles/FOGRA39L.icc
