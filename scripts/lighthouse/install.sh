#!/usr/bin/env bash
# Installs the pinned Lighthouse CLI (package.json, package-lock.json) into scripts/lighthouse/node_modules for
# PortalLighthouseBrowserTests. Brings Debian's Node.js and npm first when `node` is missing. Run it again after
# changing the pinned version (npm i -E lighthouse@X in this folder, then commit both files).
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi

npm ci --no-audit --no-fund
node node_modules/lighthouse/cli/index.js --version
