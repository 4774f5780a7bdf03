#!/bin/sh
# Bundles a pinned @cloudflare/blindrsa-ts (RFC 9474 blind RSA signatures, the browser's half of the remote ballot
# credential) into one script the pages load, so the build needs no Node. Run it again after changing
# BLINDRSA_VERSION (or ESBUILD_VERSION) and commit src/main/resources/static/js/vendor/ (the bundle and its
# licences); the pages name the bundle by its version (ballot-credential.js imports it).
set -eu

BLINDRSA_VERSION="${BLINDRSA_VERSION:-0.4.4}"
ESBUILD_VERSION="${ESBUILD_VERSION:-0.28.2}"
here="$(cd "$(dirname "$0")/.." && pwd)"
vendor="$here/src/main/resources/static/js/vendor"
target="$vendor/blindrsa.$BLINDRSA_VERSION.js"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
npm init -y >/dev/null
npm install --silent --no-audit --no-fund --save-exact \
  "@cloudflare/blindrsa-ts@$BLINDRSA_VERSION" "esbuild@$ESBUILD_VERSION" >/dev/null
installed="$(node -p "require('./node_modules/@cloudflare/blindrsa-ts/package.json').version")"
[ "$installed" = "$BLINDRSA_VERSION" ] || {
  echo "npm installed @cloudflare/blindrsa-ts $installed, not $BLINDRSA_VERSION" >&2
  exit 1
}
printf "export { RSABSSA } from '@cloudflare/blindrsa-ts';\n" >entry.js
banner="/*! @cloudflare/blindrsa-ts $BLINDRSA_VERSION (Apache-2.0, Copyright (c) 2023 Cloudflare, Inc.) with the \
Stanford JavaScript Crypto Library it embeds (BSD-2-Clause); licences in blindrsa-LICENSE.txt. Built by \
scripts/build-blindrsa.sh with esbuild $ESBUILD_VERSION: an ES module exporting RSABSSA. */"
./node_modules/.bin/esbuild entry.js --bundle --format=esm --target=es2020 --minify \
  --legal-comments=none --banner:js="$banner" --outfile=bundle.js --log-level=warning

mkdir -p "$vendor"
rm -f "$vendor"/blindrsa.*.js
cp bundle.js "$target"
{
  echo "@cloudflare/blindrsa-ts $BLINDRSA_VERSION"
  echo "================================"
  cat node_modules/@cloudflare/blindrsa-ts/LICENSE.txt
  echo
  echo "Stanford JavaScript Crypto Library (sjcl), embedded in @cloudflare/blindrsa-ts"
  echo "==============================================================================="
  cat node_modules/sjcl/LICENSE.txt
} >"$vendor/blindrsa-LICENSE.txt"
echo "@cloudflare/blindrsa-ts $BLINDRSA_VERSION -> ${target#"$here"/} ($(wc -c <"$target") bytes)"
