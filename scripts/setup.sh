#!/usr/bin/env bash
# Set-up for a fresh Debian 12 machine: installs the C libraries, tools and font packages
# Feuillet needs (apt-get update only when something is missing), then fills Fonts/ from
# Fonts/manifest.tsv with the font files and their licence texts. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

# liblcms2-dev converts colours for the press file; ghostscript measures its inks (tests, README);
# argyll and icc-profiles-free rebuild Profiles/FOGRA39L.icc (scripts/make-press-profile.sh).
# chromium and curl are for the tests only: the studio's end-to-end test in a headless browser and
# its HTTP endpoint tests (`feuillet serve` itself needs neither).
packages=(pkg-config libcairo2-dev libpango1.0-dev libhyphen-dev hyphen-fr hyphen-en-us libcmark-gfm-dev
          libcmark-gfm-extensions-dev libspng-dev libqpdf-dev poppler-utils qpdf
          librsvg2-dev libturbojpeg0-dev libexif-dev libqrencode-dev zbar-tools libjpeg-turbo-progs
          liblcms2-dev ghostscript argyll icc-profiles-free chromium curl)
while IFS=$'\t' read -r family debs _ _ _; do
    [[ -z "$family" || "$family" == \#* ]] && continue
    read -ra list <<<"$debs"
    packages+=("${list[@]}")
done < Fonts/manifest.tsv

missing=()
for p in $(printf '%s\n' "${packages[@]}" | sort -u); do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "setup: installing ${missing[*]}"
    sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Fonts/<Family>/: the files and the licence, copied (never linked) so Fonts/ is self-contained.
while IFS=$'\t' read -r family _ files licence _; do
    [[ -z "$family" || "$family" == \#* ]] && continue
    dir="Fonts/${family// /}"
    mkdir -p "$dir"
    for f in $files; do
        src="/usr/share/fonts/$f"
        [[ -f "$src" ]] || { echo "setup: $src missing (family $family)" >&2; exit 1; }
        cmp -s "$src" "$dir/$(basename "$f")" || cp "$src" "$dir/"
    done
    cmp -s "$licence" "$dir/LICENSE" || cp "$licence" "$dir/LICENSE"
done < Fonts/manifest.tsv
