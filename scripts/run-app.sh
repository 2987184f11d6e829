#!/usr/bin/env bash
# Start the app locally: ./scripts/run-app.sh [extra `streamlit run` arguments]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
fi
source scripts/install-locked.sh
install_locked ""

# Listen on loopback unless told otherwise. (Headless Streamlit without a specific
# server.address also looks up the machine's public IP over HTTP at start-up.)
args=("$@")
if [ -z "${STREAMLIT_SERVER_ADDRESS:-}" ]; then
    has_address=false
    for arg in "$@"; do
        case "$arg" in --server.address | --server.address=*) has_address=true ;; esac
    done
    if [ "$has_address" = false ]; then
        args=(--server.address=127.0.0.1 "${args[@]}")
    fi
fi

exec .venv/bin/python -m streamlit run app.py "${args[@]}"
