#!/usr/bin/env bash
# Builds .venv with a Python 3.10 (Rasa 3.6 needs 3.8-3.10) and installs the project.
# Re-runs the install only when pyproject.toml changed since the last successful install.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
venv=.venv
stamp="$venv/.installed-from"

find_python() {
  local candidates=()
  [ -n "${PYTHON:-}" ] && candidates+=("$PYTHON")
  candidates+=(python3.10)
  if command -v pyenv >/dev/null 2>&1; then
    local proot; proot="$(pyenv root)"
    for p in "$proot"/versions/3.10.*/bin/python; do [ -x "$p" ] && candidates+=("$p"); done
  fi
  for p in "$HOME"/.pyenv/versions/3.10.*/bin/python /usr/bin/python3.10 /usr/local/bin/python3.10; do
    [ -x "$p" ] && candidates+=("$p")
  done
  for c in "${candidates[@]}"; do
    if command -v "$c" >/dev/null 2>&1 && "$c" -c 'import sys; sys.exit(0 if sys.version_info[:2]==(3,10) else 1)' 2>/dev/null; then
      command -v "$c"; return 0
    fi
  done
  return 1
}

want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ -x "$venv/bin/python" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi

if [ ! -x "$venv/bin/python" ]; then
  if ! py="$(find_python)"; then
    cat >&2 <<'MSG'
careerbot needs Python 3.10 (Rasa 3.6 supports only Python 3.8-3.10), and none was found.
Get one, then run the command again:
  - with pyenv:  pyenv install 3.10.13
  - on Debian/Ubuntu: install python3.10 and python3.10-venv (deadsnakes PPA on Ubuntu)
  - or point at one you have:  make run PYTHON=/path/to/python3.10
MSG
    exit 1
  fi
  echo "Creating .venv with $py"
  "$py" -m venv "$venv"
fi

echo "Installing careerbot and Rasa 3.6.21 into .venv (first time takes a few minutes)..."
# This machine's pip config lists local index folders that may be absent; their warnings are noise.
quiet_pip() { "$venv/bin/python" -m pip "$@" 2> >(grep -v "is ignored: it is neither a file nor a directory" >&2); }
quiet_pip install --quiet --upgrade "pip<25"
quiet_pip install --quiet -e ".[dev]"
echo "$want" > "$stamp"
echo "Environment ready."
