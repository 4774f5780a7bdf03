#!/bin/sh
# Copies a pinned axe-core into the test resources, so the browser tests can audit pages without Node at build
# time. Run it again after changing AXE_VERSION and commit src/test/resources/browser/axe.min.js.
set -eu

AXE_VERSION="${AXE_VERSION:-4.14.1}"
here="$(cd "$(dirname "$0")/.." && pwd)"
target="$here/src/test/resources/browser/axe.min.js"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "axe-core@$AXE_VERSION" >/dev/null)
tar -xzf "$work/axe-core-$AXE_VERSION.tgz" -C "$work"
head -c 200 "$work/package/axe.min.js" | grep -q "axe v$AXE_VERSION" || {
  echo "axe.min.js of the package does not carry the licence header of axe v$AXE_VERSION" >&2
  exit 1
}
mkdir -p "$(dirname "$target")"
cp "$work/package/axe.min.js" "$target"
cp "$work/package/LICENSE" "$(dirname "$target")/axe-LICENSE.txt"
echo "axe-core $AXE_VERSION -> ${target#"$here"/}"
