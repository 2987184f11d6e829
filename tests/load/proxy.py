"""nginx in front of the app's replicas, on loopback, for the replica test.

Uses deploy/nginx-ia-ti-ev.conf (the configuration docs/deploy.md gives) with its replica and
listening addresses swapped for free loopback ports, inside a minimal main configuration whose
pid, logs and temporary files are all under a folder of the test's. nginx runs in the
foreground as a child process (`daemon off`), stopped by its pid.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

from tests.support.streamlit_server import end_process, free_port, health_ok

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "deploy" / "nginx-ia-ti-ev.conf"
REPLICA_PORTS = ("8501", "8502")  # as written in SITE: replica a, replica b


def nginx_path() -> str | None:
    return shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx", "/sbin/nginx") if Path(p).is_file()), None
    )


class Proxy:
    def __init__(self, folder: Path, replica_ports: tuple[int, int]) -> None:
        self.folder = folder
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        site = SITE.read_text(encoding="utf-8")
        for written, port in zip(REPLICA_PORTS, replica_ports, strict=True):
            site = site.replace(f"127.0.0.1:{written}", f"127.0.0.1:{port}")
            site = site.replace(f"127\\.0\\.0\\.1:{written}", f"127\\.0\\.0\\.1:{port}")
        site = site.replace("listen 80;", f"listen 127.0.0.1:{self.port};")
        (folder / "site.conf").write_text(site, encoding="utf-8")
        temp = "\n".join(
            f"    {kind}_temp_path {folder / kind};"
            for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        )
        (folder / "nginx.conf").write_text(
            f"""daemon off;
worker_processes 1;
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
        while not health_ok(self.url):  # the proxy answers, and a replica behind it
            assert self.proc.poll() is None, (self.folder / "error.log").read_text()
            assert time.monotonic() < deadline, f"nginx not answering on {self.url}"
            time.sleep(0.02)

    def stop(self) -> None:
        if self.proc is None:
            return
        end_process(self.proc)  # SIGTERM: fast shutdown
        self.proc = None
