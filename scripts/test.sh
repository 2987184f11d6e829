#!/usr/bin/env bash
# Lint and run every test (unit and end-to-end) on a fresh machine: ./scripts/test.sh [pytest args]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# End-to-end tests drive Debian's Chromium (Playwright cannot download its own browser here):
# its headless shell for the suite (the same build without the desktop UI, ~11 % faster), its
# desktop browser for one walk a person would make (tests/e2e/test_smoke.py) and the benchmarks;
# the replica test puts Debian's nginx in front of two app servers (tests/load, docs/deploy.md).
# Set CHROMIUM_PATH to use another browser binary.
apt_install() {  # apt_install PACKAGE...: as root or with sudo; returns 1 if neither
    if [ "$(id -u)" -eq 0 ]; then
        apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo apt-get update -q && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"
    else
        return 1
    fi
}
packages=()
if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
    packages+=(chromium)
fi
if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
    packages+=(nginx)  # run by the test as its own foreground process, not as a service
fi
# The proxy tests make a self-signed certificate with the openssl command.
if ! command -v openssl >/dev/null 2>&1; then
    packages+=(openssl)
fi
if [ "${#packages[@]}" -gt 0 ] && ! apt_install "${packages[@]}"; then
    echo "warning: ${packages[*]} missing and cannot be installed (no root/sudo);" \
        "end-to-end tests will fail unless CHROMIUM_PATH points to a browser, and the" \
        "replica test is skipped without nginx" >&2
fi
# The headless shell only makes the run faster: without it the tests drive /usr/bin/chromium
# (tests/support/streamlit_server.chromium_path), so a failed install is a warning, not a stop.
if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium-headless-shell ]; then
    apt_install chromium-headless-shell \
        || echo "warning: chromium-headless-shell not installed; the tests use /usr/bin/chromium" >&2
fi

if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
fi
source scripts/install-locked.sh
install_locked "[test]"  # the tests run on the versions deployed

.venv/bin/python -m ruff check .
# Static security scan; its findings are triaged in pyproject.toml ([tool.bandit]).
.venv/bin/python -m bandit -c pyproject.toml -q -r app.py core screens ui scripts
if [ "$#" -gt 0 ]; then
    exec .venv/bin/python -m pytest -q "$@"  # the tests asked for, as asked
fi
# First the consistency checks (catalogs, layers, declarations, traceability: tests/conftest.py),
# in seconds, so a broken catalog or contract stops the run at once; then everything else on
# every core (pytest-xdist: one Streamlit server and one Chromium per worker; a test file's
# tests stay on one worker, so a module's server or proxy starts once).
.venv/bin/python -m pytest -q -m consistency tests/test_*.py tests/core
# Screenshots are for a person exploring (E2E_SCREENSHOTS=1, the default of a single test run):
# none here, each costs ~0.6 s. The slowest tests are listed at the end, to see where time goes.
# The load tests (tests/load) run here too, first: they ran apart, last, while an upload behind
# the proxy went unanswered now and then, which was the proxy's health check moving a visitor
# to the other replica (deploy/nginx-ia-ti-ev.conf), not the other worker's load.
export E2E_SCREENSHOTS=0
exec .venv/bin/python -m pytest -q -m "not consistency" -n auto --dist loadfile --durations=20
