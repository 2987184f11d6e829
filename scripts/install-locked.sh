# Sourced by run-app.sh and test.sh: install_locked EXTRAS (e.g. "" or "[test]").
#
# The app's dependencies come from requirements.lock: exact versions, each checked by its hash
# (pip --require-hashes), then the project itself without resolving them again. The lock is
# made for the deployment, CPython 3.11 on Linux x86-64 (docs/deploy.md says how to remake it);
# on another Python or machine the ranges of pyproject.toml are installed instead, with a
# warning. requirements.txt (ranges) stays what Streamlit Community Cloud reads.
#
# uv installs them (the same lock, the same hash check) in seconds where pip took ≈ 30 s on the
# 2-core machine; pip does it when uv cannot be had. Both leave the packages compiled to bytecode
# (pip does by default, uv when asked): where PYTHONDONTWRITEBYTECODE is set, as on the machine
# CI runs on, nothing else would ever write it, and every Python process (each app server, each
# command-line run) then compiled Streamlit, pandas and the rest again from source, ≈ 1.8 s more
# per process (`import streamlit, altair, pandas…`: 2.7 s against 0.9 s). The project's own
# folders are compiled too, for the same reason.
install_locked() {
    local extras="$1"
    local pip=(.venv/bin/python -m pip install --quiet --disable-pip-version-check)
    if "${pip[@]}" "uv>=0.9,<1" >/dev/null 2>&1 && [ -x .venv/bin/uv ]; then
        pip=(.venv/bin/uv pip install --quiet --compile-bytecode --python .venv/bin/python)
    fi
    if .venv/bin/python -c 'import platform, sys
sys.exit(not (sys.version_info[:2] == (3, 11) and sys.platform == "linux"
              and platform.machine() == "x86_64"))'; then
        "${pip[@]}" --require-hashes -r requirements.lock
        "${pip[@]}" --no-deps -e .
        if [ -n "$extras" ]; then
            "${pip[@]}" -e ".$extras"  # the test tools; the locked versions stay
        fi
    else
        echo "warning: requirements.lock is for CPython 3.11 on Linux x86-64;" \
            "installing the ranges of pyproject.toml instead" >&2
        "${pip[@]}" -e ".$extras"
    fi
    .venv/bin/python -m compileall -q -j 0 app.py core screens ui bench tests scripts  # -q: errors only
}
