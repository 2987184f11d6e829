"""A real `streamlit run` server for the load test (its own, so its log is its own)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from people import LOAD_SERVER_LOG as LOG

from tests.support.streamlit_server import StreamlitServer


@pytest.fixture(scope="module")
def load_server() -> Iterator[str]:
    LOG.parent.mkdir(parents=True, exist_ok=True)
    LOG.write_bytes(b"")
    with StreamlitServer(log=LOG) as server:
        yield server.url


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.path).parents:
            item.add_marker(pytest.mark.e2e)
