#!/usr/bin/env bash
# Makes the figure fonts in assets/fonts/: DejaVu Sans and DejaVu Sans Bold (from the dejavu-fonts-ttf npm
# package) cut down to the characters of English and other Latin-script text, with only the kerning and
# ligature features kept. resvg and PDFKit lay out every text with the font's OpenType tables; the full
# DejaVu Sans has very large ones, and a 5,000-journey figure took about 1 s of layout for 600 texts, against
# about 0.15 s with these. The command line uses them when every character of a figure is covered, and the
# full fonts otherwise (src/cli/figureFiles.ts). Needs fontTools (Debian: apt-get install python3-fonttools).
# The characters kept are FIGURE_FONT_RANGES in src/cli/figureFonts.ts; keep both lists the same.
set -euo pipefail
cd "$(dirname "$0")/.."
ranges='U+0020-007E,U+00A0-024F,U+2010-2027,U+2030-205E,U+20AC,U+2190-2199,U+2212,U+2264-2265,U+25A0-25FF'
for face in DejaVuSans DejaVuSans-Bold; do
  /usr/bin/python3 -m fontTools.subset "node_modules/dejavu-fonts-ttf/ttf/$face.ttf" \
    --unicodes="$ranges" --layout-features='kern,liga' --name-IDs='*' --name-legacy --notdef-outline \
    --output-file="assets/fonts/$face-Latin.ttf" 2>/dev/null
done
cp node_modules/dejavu-fonts-ttf/LICENSE assets/fonts/LICENSE
ls -l assets/fonts
