"""The shipped nginx configuration (deploy/nginx-ia-ti-ev.conf, over TLS with a certificate made
by the test) as the internet sees it: TLS only, the security headers on every answer, the
server's internals closed, the limits per visitor, and the app's WebSocket only for its own
pages. No browser here: plain HTTP requests, as anyone can send them. (That the app runs under
the Content-Security-Policy is checked in Chromium by test_proxy_keeps_answers_private.py.)
"""

from __future__ import annotations

import base64
import http.client
import os
import re
import socket
import ssl
from collections.abc import Iterator

import pytest
from proxy import SITE, Proxy, insecure_tls, nginx_path

from tests.support.streamlit_server import StreamlitServer

pytestmark = pytest.mark.skipif(
    nginx_path() is None, reason="nginx is not installed (./scripts/test.sh installs Debian's)"
)

HEADERS = {
    "Strict-Transport-Security": "max-age=31536000",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}
# Every place a request can land: the app, its assets, the WebSocket address, downloads,
# the health check, the internals that are closed, and nowhere.
PATHS = [
    "/",
    "/results",
    "/_stcore/health",
    "/_stcore/stream",
    "/_stcore/host-config",
    "/_stcore/metrics",
    "/_stcore/agent/mcp",
    "/media/0123456789abcdef.json",
    "/static/nothing-here.js",
]


@pytest.fixture(scope="module")
def proxy(tmp_path_factory) -> Iterator[Proxy]:
    folder = tmp_path_factory.mktemp("internet")
    replica = StreamlitServer(log=folder / "replica.log")
    (folder / "nginx").mkdir()
    replica.start()
    proxy = Proxy(folder / "nginx", (replica.port, replica.port))
    try:
        proxy.start()
        yield proxy
    finally:
        proxy.stop()
        replica.stop()


def get(proxy: Proxy, path: str, headers: dict[str, str] | None = None):
    connection = http.client.HTTPSConnection(
        "127.0.0.1", proxy.port, timeout=10, context=insecure_tls()
    )
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.headers, response.read()
    finally:
        connection.close()


def test_plain_http_only_redirects_to_https(proxy):
    connection = http.client.HTTPConnection("127.0.0.1", proxy.http_port, timeout=10)
    connection.request("GET", "/results?x=1")
    response = connection.getresponse()
    assert response.status == 301
    assert response.headers["Location"] == "https://127.0.0.1/results?x=1"


@pytest.mark.parametrize("path", PATHS)
def test_every_answer_carries_the_security_headers(proxy, path):
    status, headers, _ = get(proxy, path)
    for name, value in HEADERS.items():
        assert headers[name] == value, (path, status, name)
    policy = headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in policy and "default-src 'self'" in policy, path
    assert "camera=()" in headers["Permissions-Policy"], path
    assert headers["Server"] == "nginx", path  # no version
    assert len(headers.get_all("Content-Security-Policy")) == 1, path


def test_the_affinity_cookie_is_secure(proxy):
    _, headers, _ = get(proxy, "/")
    cookie = next(c for c in headers.get_all("Set-Cookie") if c.startswith("ia_ti_ev_replica="))
    assert {"Secure", "HttpOnly", "SameSite=Lax"} <= {p.strip() for p in cookie.split(";")}


def test_the_server_internals_are_not_public(proxy):
    assert get(proxy, "/_stcore/metrics")[0] == 403
    assert get(proxy, "/_stcore/agent/openapi.json")[0] == 403
    assert get(proxy, "/_stcore/host-config")[0] == 404  # not asked by a page of the site
    # The page itself asks for it (a same-origin fetch): it gets it.
    status, _, body = get(proxy, "/_stcore/host-config", {"Sec-Fetch-Site": "same-origin"})
    assert status == 200 and b"allowedOrigins" in body


def handshake(proxy: Proxy, origin: str | None) -> bytes:
    lines = [
        "GET /_stcore/stream HTTP/1.1",
        f"Host: 127.0.0.1:{proxy.port}",
        "Upgrade: websocket",
        "Connection: Upgrade",
        f"Sec-WebSocket-Key: {base64.b64encode(os.urandom(16)).decode()}",
        "Sec-WebSocket-Version: 13",
        *([f"Origin: {origin}"] if origin is not None else []),
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def connect(proxy: Proxy) -> ssl.SSLSocket:
    raw = socket.create_connection(("127.0.0.1", proxy.port), timeout=60)
    return insecure_tls().wrap_socket(raw, server_hostname="127.0.0.1")


def answer(tls: ssl.SSLSocket) -> tuple[int, bytes]:
    """The status of the answer to a handshake, and the body of a refusal."""
    received = b""
    while b"\r\n\r\n" not in received:
        chunk = tls.recv(4096)
        if not chunk:
            break
        received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    if status != 101:  # a refusal: read its page to the end
        length = re.search(rb"(?i)content-length: *(\d+)", head)
        while length and len(body) < int(length.group(1)):
            body += tls.recv(4096)
    return status, body


def open_websocket(proxy: Proxy, origin: str | None) -> tuple[int, bytes]:
    """A WebSocket handshake on /_stcore/stream from `origin`: the status and the body."""
    with connect(proxy) as tls:
        tls.sendall(handshake(proxy, origin))
        return answer(tls)


def test_a_websocket_from_another_site_never_reaches_the_app(proxy):
    """Refused by nginx itself (its own error page), before Streamlit could look anything up."""
    for origin in ("https://evil.example", f"http://127.0.0.1:{proxy.port}", None):
        status, body = open_websocket(proxy, origin)
        assert status == 403 and b"<center>nginx</center>" in body, origin
    assert open_websocket(proxy, f"https://127.0.0.1:{proxy.port}")[0] == 101


def test_a_flood_of_requests_is_cut_off(proxy):
    """More than the burst at once from one address: nginx answers 429 (Too Many Requests)
    to the excess, locally, without passing it on. 2,000 requests sent in two goes (pipelined
    on two connections: nginx serves at most 1,000 on one) are read far faster than the 100 a
    second the burst of 1,000 refills at."""
    statuses: list[int] = []
    for _ in range(2):
        raw = socket.create_connection(("127.0.0.1", proxy.port), timeout=30)
        with insecure_tls().wrap_socket(raw, server_hostname="127.0.0.1") as tls:
            request = f"GET /_stcore/metrics HTTP/1.1\r\nHost: 127.0.0.1:{proxy.port}\r\n\r\n"
            last = request.replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n")
            tls.sendall((request * 999 + last).encode())
            answers = b""
            while chunk := tls.recv(65536):
                answers += chunk
        statuses += [int(s) for s in re.findall(rb"HTTP/1\.1 (\d{3}) ", answers)]
    assert len(statuses) == 2000
    assert statuses[0] == 403 and 429 in statuses


def test_new_sessions_are_limited_per_address(proxy):
    """Each WebSocket opened starts a session that runs the whole page: past a burst of 40, at
    most 2 a second from one address. 60 connections are made first, then the 60 handshakes
    sent at once: nginx reads them in far less than the 10 s that would refill 20."""
    sockets = [connect(proxy) for _ in range(60)]
    try:
        for tls in sockets:
            tls.sendall(handshake(proxy, f"https://127.0.0.1:{proxy.port}"))
        statuses = [answer(tls)[0] for tls in sockets]
    finally:
        for tls in sockets:
            tls.close()
    assert 429 in statuses and set(statuses) <= {101, 429}
    assert statuses.count(101) >= 1


def test_connections_at_once_are_limited_per_address():
    """Read from the file: holding 100 requests open at once from a test is not reliable."""
    site = SITE.read_text(encoding="utf-8")
    assert re.search(r"^\s*limit_conn ia_ti_ev_connections 100;", site, re.M)
    assert re.search(
        r"^\s*limit_conn_zone \$binary_remote_addr zone=ia_ti_ev_connections", site, re.M
    )
