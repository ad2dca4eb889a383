#!/usr/bin/env bash
# Renders every bundled scenario's reports as HTML and screenshots them with headless Chromium
# (Debian package "chromium"). Run from the repository root: docs/screenshots/regenerate.sh
set -euo pipefail
out="$(mktemp -d)"
for scenario in groningen-2016 groningen-meedoen-2017 oost-gelre-2018 hoogeveen-2016; do
  ./atelier replay "$scenario" --format html --out "$out/$scenario.html" 2>/dev/null
done
for page in "$out"/*.html; do
  profile_dir="$(mktemp -d)"
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile_dir" --hide-scrollbars --window-size=1300,1600 \
    --screenshot="docs/screenshots/$(basename "$page" .html).png" "file://$page" >/dev/null 2>&1
  rm -rf "$profile_dir"
done
rm -rf "$out"
