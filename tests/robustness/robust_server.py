"""The robustness tests' server: the shared `StreamlitServer` with HOME and TMPDIR of the
test's choosing, a log file, and restartable on its port (see tests/support)."""

from __future__ import annotations

from pathlib import Path

from tests.support.streamlit_server import VIEWPORT, StreamlitServer

__all__ = ["VIEWPORT", "AppServer"]


class AppServer(StreamlitServer):
    """`streamlit run app.py` from the repository, on a fixed port, restartable."""

    def __init__(self, log: Path, env: dict[str, str] | None = None, port: int | None = None):
        super().__init__("app.py", log=log, env=env, port=port)
