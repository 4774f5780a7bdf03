#!/bin/sh
# Copies a pinned ALTCHA widget (the proof-of-work captcha of the portal's comment and opinion forms) into the static
# scripts, so the build needs no Node. The "external" build is taken: its worker is a script of its own and its styles
# a stylesheet, as the pages' Content-Security-Policy (script-src 'self', no blob: workers) needs. Widget 2.x speaks the
# challenge format of the org.altcha:altcha 1.x server library (pom.xml); 3.x does not. Run it again after changing
# ALTCHA_VERSION and commit src/main/resources/static/js/vendor/ (the scripts, the stylesheet and the licence); the
# comment form names them by version (templates/portal/comment-form.html).
set -eu

ALTCHA_VERSION="${ALTCHA_VERSION:-2.3.0}"
here="$(cd "$(dirname "$0")/.." && pwd)"
vendor="$here/src/main/resources/static/js/vendor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "altcha@$ALTCHA_VERSION" >/dev/null)
tar -xzf "$work/altcha-$ALTCHA_VERSION.tgz" -C "$work"
installed="$(node -p "require('$work/package/package.json').version")"
[ "$installed" = "$ALTCHA_VERSION" ] || {
  echo "npm packed altcha $installed, not $ALTCHA_VERSION" >&2
  exit 1
}
mkdir -p "$vendor"
rm -f "$vendor"/altcha.*.js "$vendor"/altcha-worker.*.js "$vendor"/altcha.*.css
banner="/*! altcha $ALTCHA_VERSION (MIT, Copyright (c) 2023 Daniel Regeci, BAU Software s.r.o.); licence in altcha-LICENSE.txt. \
Copied by scripts/vendor-altcha.sh from the package's dist_external. */"
{ echo "$banner"; cat "$work/package/dist_external/altcha.js"; } >"$vendor/altcha.$ALTCHA_VERSION.js"
{ echo "$banner"; cat "$work/package/dist_external/worker.js"; } >"$vendor/altcha-worker.$ALTCHA_VERSION.js"
{ echo "$banner"; cat "$work/package/dist_external/altcha.css"; } >"$vendor/altcha.$ALTCHA_VERSION.css"
{
  echo "altcha $ALTCHA_VERSION"
  echo "============"
  cat "$work/package/LICENSE.txt"
} >"$vendor/altcha-LICENSE.txt"
echo "altcha $ALTCHA_VERSION -> ${vendor#"$here"/}/altcha.$ALTCHA_VERSION.js, altcha-worker.$ALTCHA_VERSION.js, altcha.$ALTCHA_VERSION.css"
