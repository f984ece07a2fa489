#!/bin/sh
# Draws the README's pictures (docs/images/) from the sample articles in every shipped
# style: A4 pages, square cards, a photo with the house logo and the QR code, a table,
# the trifold and a DL digest, and each style's card layouts (a contact sheet of the cards
# of two articles). Run after `make build`; FEUILLET names another binary.
set -eu
cd "$(dirname "$0")/.."
feuillet=${FEUILLET:-.build/release/feuillet}
out=docs/images
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
page() { # article style format name [fit]: the first page (both sides of dl and trifold) at 62 dpi
    "$feuillet" render "Articles/$1.md" --style "$2" --format "$3" --fit "${5:-shrink}" --output "$work/$4.pdf" >/dev/null 2>&1
    last=2; [ "$3" = a4 ] && last=1
    pdftoppm -r 62 -l "$last" -png "$work/$4.pdf" "$out/$4"
}
for style in $("$feuillet" styles | awk '{print $1}'); do
    page metastases "$style" a4 "a4-$style"
    "$feuillet" render Articles/metastases.md --style "$style" --format card-square --output "$out/card-square-$style.png" >/dev/null 2>&1
    rm -f "$out/card-square-$style.txt"  # its alt text: the README gives its own
    page urgences-pediatriques "$style" a4 "photo-a4-$style"
    page calendrier-vaccinal "$style" a4 "table-a4-$style"
done
# Every layout a style gives its cards (title at three shapes, key, quote, carousel): the
# batch's contact sheet of them.
for style in $("$feuillet" styles | awk '{print $1}'); do
    cat >"$work/cards.yml" <<EOF
articles: ["$PWD/Articles/urgences-pediatriques.md", "$PWD/Articles/vaccination-grippe.md"]
styles: [$style]
formats: [card-og, card-square, card-story, carousel-portrait, key-portrait, quote-square]
output: "$work/cards-$style"
EOF
    "$feuillet" batch "$work/cards.yml" --articles-from "$PWD/Articles" >/dev/null 2>&1 || true
    cp "$work/cards-$style/contact-sheet.png" "$out/cards-$style.png"
done
page urgences-pediatriques classique trifold trifold-classique
page metastases moderne dl dl-digest-moderne digest
ls "$out"
