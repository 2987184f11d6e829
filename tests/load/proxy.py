"""nginx in front of the app's replicas, on loopback, for the proxy tests.

Uses deploy/nginx-ia-ti-ev.conf (the configuration docs/deploy.md gives) with its replica and
listening addresses swapped for free loopback ports and its certificate for a self-signed one
made now (the `openssl` command), inside a minimal main configuration whose pid, logs and
temporary files are all under a folder of the test's. nginx runs in the foreground as a child
process (`daemon off`), stopped by its pid.
"""

from __future__ import annotations

import os
import shutil
import ssl
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.support.streamlit_server import end_process, free_port

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "deploy" / "nginx-ia-ti-ev.conf"
REPLICA_PORTS = ("8501", "8502")  # as written in SITE: replica a, replica b


def nginx_path() -> str | None:
    return shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx", "/sbin/nginx") if Path(p).is_file()), None
    )


def self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1, valid one day, made by the `openssl` command."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    openssl = shutil.which("openssl")
    assert openssl, "openssl is not installed (./scripts/test.sh installs Debian's)"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


def insecure_tls() -> ssl.SSLContext:
    """TLS to the test's own proxy, whose certificate no authority signed."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


class Proxy:
    def __init__(self, folder: Path, replica_ports: tuple[int, int]) -> None:
        self.folder = folder
        self.port = free_port()
        self.http_port = free_port()
        self.url = f"https://127.0.0.1:{self.port}"
        self.http_url = f"http://127.0.0.1:{self.http_port}"
        cert, key = self_signed_certificate(folder)
        site = SITE.read_text(encoding="utf-8")
        for written, port in zip(REPLICA_PORTS, replica_ports, strict=True):
            site = site.replace(f"127.0.0.1:{written}", f"127.0.0.1:{port}")
            site = site.replace(f"127\\.0\\.0\\.1:{written}", f"127\\.0\\.0\\.1:{port}")
        site = site.replace("listen 80;", f"listen 127.0.0.1:{self.http_port};")
        site = site.replace("listen 443 ssl;", f"listen 127.0.0.1:{self.port} ssl;")
        site = site.replace("/etc/ssl/ia-ti-ev/fullchain.pem", str(cert))
        site = site.replace("/etc/ssl/ia-ti-ev/privkey.pem", str(key))
        (folder / "site.conf").write_text(site, encoding="utf-8")
        temp = "\n".join(
            f"    {kind}_temp_path {folder / kind};"
            for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        )
        # As root, nginx's workers would run as `nobody`, who cannot enter the test's private
        # folder: they run as root here, so that a body nginx buffers to disk does reach it.
        user = "user root;\n" if os.geteuid() == 0 else ""
        (folder / "nginx.conf").write_text(
            f"""daemon off;
{user}worker_processes 1;
pid {folder / "nginx.pid"};
error_log {folder / "error.log"} notice;
events {{ worker_connections 512; }}
http {{
    access_log {folder / "access.log"};
{temp}
    include {folder / "site.conf"};
}}
""",
            encoding="utf-8",
        )
        self.proc: subprocess.Popen | None = None

    def start(self, timeout: float = 30.0) -> None:
        nginx = nginx_path()
        assert nginx, "nginx is not installed"
        command = [nginx, "-p", str(self.folder), "-c", str(self.folder / "nginx.conf")]
        check = subprocess.run(
            [*command, "-e", str(self.folder / "error.log"), "-t"], capture_output=True, text=True
        )
        assert check.returncode == 0, check.stderr
        self.proc = subprocess.Popen(
            [*command, "-e", str(self.folder / "error.log")],
            stdout=subprocess.DEVNULL,
            stderr=(self.folder / "stderr.log").open("wb"),
        )
        deadline = time.monotonic() + timeout
        while not self.healthy():  # the proxy answers, and a replica behind it
            assert self.proc.poll() is None, (self.folder / "error.log").read_text()
            assert time.monotonic() < deadline, f"nginx not answering on {self.url}"
            time.sleep(0.02)

    def healthy(self) -> bool:
        try:
            with urllib.request.urlopen(
                f"{self.url}/_stcore/health", timeout=1, context=insecure_tls()
            ) as resp:
                return resp.status == 200 and resp.read().strip() == b"ok"
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            return False

    def stop(self) -> None:
        if self.proc is None:
            return
        end_process(self.proc)  # SIGTERM: fast shutdown
        self.proc = None
