#!/usr/bin/env bash
# Makes sure the browser tests can run: Debian's Chromium on PATH and axe-core in
# tests/browser/node_modules. Safe to run again; does nothing when both are there.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ]; then
    echo "Installing Debian's chromium package..."
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
  else
    cat >&2 <<'MSG'
The browser tests need Chromium, and `chromium` is not on PATH.
Install it as root (Debian/Ubuntu):  sudo apt-get update && sudo apt-get install -y chromium
or point the tests at another Chromium:  CAREERBOT_CHROMIUM=/path/to/chromium make test
MSG
    exit 1
  fi
fi

if [ ! -f tests/browser/node_modules/axe-core/axe.min.js ]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "The browser tests need npm (Node.js) to install axe-core; install nodejs and npm." >&2
    exit 1
  fi
  echo "Installing axe-core into tests/browser/node_modules..."
  npm ci --prefix tests/browser --no-audit --no-fund
fi
