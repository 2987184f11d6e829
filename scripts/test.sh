#!/usr/bin/env bash
# Lint and run every test (unit and end-to-end) on a fresh machine: ./scripts/test.sh [pytest args]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# End-to-end tests drive Debian's Chromium (Playwright cannot download its own browser here).
# Set CHROMIUM_PATH to use another browser binary.
if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
    if [ "$(id -u)" -eq 0 ]; then
        apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
    else
        echo "warning: /usr/bin/chromium is missing and cannot be installed (no root/sudo);" \
            "end-to-end tests will fail unless CHROMIUM_PATH points to a browser" >&2
    fi
fi

if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]'

.venv/bin/python -m ruff check .
.venv/bin/python -m pytest -q "$@"
