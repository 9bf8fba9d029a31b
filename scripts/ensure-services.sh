#!/usr/bin/env bash
# Scaled mode needs PostgreSQL and Redis from the system's packages. Installs them (Debian,
# as root) when they are missing; otherwise says what to do. Their data lives under var/,
# started by the stack on their own ports, so the system's own servers are left alone.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
PY=.venv/bin/python
if $PY -m careerbot.local_services check >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing PostgreSQL and Redis from Debian's packages (apt-get install postgresql redis-server)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql redis-server >/dev/null
fi
$PY -m careerbot.local_services check
