"""The deployment's privacy promises, checked through the shipped nginx configuration
(deploy/nginx-ia-ti-ev.conf over TLS, tests/load/proxy.py) in front of a real replica, with
Chromium as the person's browser:

- an uploaded answers file stays in nginx's memory: no temporary file, no "buffered" line;
- the answers download exists only once the person clicks, is marked `no-store`, is not in the
  access log, and its address stops answering once the session is over (browser closed, the
  server in use by others);
- the app runs whole under the proxy's Content-Security-Policy: no violation reported.
"""

from __future__ import annotations

import copy
import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from people import (
    download_answers,
    go_to_results,
    in_own_thread,
    load_file,
    open_app,
    switch_language,
)
from playwright.async_api import async_playwright
from proxy import Proxy, insecure_tls, nginx_path

from tests.support.app_runs import AsyncAppRuns
from tests.support.streamlit_server import CHROMIUM_ARGS, StreamlitServer, chromium_path

ROOT = Path(__file__).resolve().parents[2]
BUFFERED = "buffered to a temporary file"
# In the page, before its scripts: every Content-Security-Policy violation the browser reports.
WATCH_CSP = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
});
"""

pytestmark = pytest.mark.skipif(
    nginx_path() is None, reason="nginx is not installed (./scripts/test.sh installs Debian's)"
)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Iterator[tuple[Proxy, StreamlitServer]]:
    folder = tmp_path_factory.mktemp("private")
    replica = StreamlitServer(log=folder / "replica.log")
    (folder / "nginx").mkdir()
    replica.start()
    proxy = Proxy(folder / "nginx", (replica.port, replica.port))  # one replica, both names
    try:
        proxy.start()
        yield proxy, replica
    finally:
        proxy.stop()
        replica.stop()
    assert "Traceback" not in (folder / "replica.log").read_text(errors="replace")


def large_answers_file(folder: Path) -> Path:
    """A valid answers file of about 80 KB: a long career (the example's jobs, repeated)."""
    data = json.loads((ROOT / "examples" / "it-vfx.json").read_text(encoding="utf-8"))
    first = data["work_history"][0]
    periods = []
    for year in range(1900, 2018):
        period = copy.deepcopy(first)
        period["title"] = f"{first['title']} — contrat {year} " + "x" * 400
        period["start"], period["end"] = f"{year}-01-01", f"{year}-06-30"
        periods.append(period)
    data["work_history"] = [*periods, *data["work_history"]][:200]
    path = folder / "long-career.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    assert 80_000 <= path.stat().st_size <= 1_000_000
    return path


def fetch(url: str) -> tuple[int, dict[str, str], bytes]:
    """GET without any cookie (not the person's browser)."""
    try:
        with urllib.request.urlopen(url, timeout=10, context=insecure_tls()) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


async def new_person(browser, lang: str = "fr"):
    context = await browser.new_context(
        locale=f"{lang}-CA", viewport={"width": 1100, "height": 900}, ignore_https_errors=True
    )
    await context.add_init_script(WATCH_CSP)
    page = await context.new_page()
    page.set_default_timeout(120_000)
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    runs = await AsyncAppRuns.attach(page, timeout_s=120)
    return context, page, runs, console


async def csp_violations(page, console: list[str]) -> list[str]:
    return [*await page.evaluate("window.__csp"), *(m for m in console if "Security Pol" in m)]


def in_browser(journey):
    async def run():
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(
                executable_path=chromium_path() or None,
                args=[*CHROMIUM_ARGS, "--disable-dev-shm-usage"],
            )
            try:
                return await journey(browser)
            finally:
                await browser.close()

    return in_own_thread(run)


def test_an_uploaded_answers_file_stays_in_memory(site, tmp_path):
    proxy, _ = site
    path = large_answers_file(tmp_path)

    async def journey(browser):
        context, page, runs, console = await new_person(browser)
        await open_app(runs, proxy.url)
        await load_file(runs, path)  # through nginx, to the replica
        violations = await csp_violations(page, console)
        await context.close()
        return violations

    assert in_browser(journey) == []
    error_log = (proxy.folder / "error.log").read_text(errors="replace")
    assert BUFFERED not in error_log
    assert [p for p in (proxy.folder / "client_body").rglob("*") if p.is_file()] == []


def test_the_answers_download_lives_only_for_the_click(site, tmp_path):
    """Nothing under /media/ before the click; after it, the file is `no-store`, not logged,
    and once the person has closed the browser (and others use the app) its address is gone."""
    proxy, _ = site
    example = ROOT / "examples" / "ai-foreign-worker.json"

    async def journey(browser):
        context, page, runs, console = await new_person(browser)
        media: list[str] = []
        page.on(
            "request",
            lambda r: media.append(r.url) if "/media/" in urlsplit(r.url).path[:7] else None,
        )
        await open_app(runs, proxy.url)
        await load_file(runs, example)
        await go_to_results(runs, "fr")
        before_click = list(media)
        async with page.expect_download() as waiting:
            await page.locator(".st-key-download_report button").first.click()
        report = Path(await (await waiting.value).path()).read_bytes()[:5]
        kept = await download_answers(page, tmp_path / "kept.json")
        address = next(url for url in media if url.endswith(".json"))
        right_after = fetch(address)
        violations = await csp_violations(page, console)
        await context.close()  # the person closes the browser

        # Others go on using the app: two page runs of someone else's session.
        other, _, other_runs, _ = await new_person(browser, "en")
        await open_app(other_runs, proxy.url)
        await switch_language(other_runs, "fr")
        await other.close()
        return address, before_click, report, kept, right_after, violations

    address, before_click, report, kept, right_after, violations = in_browser(journey)
    assert before_click == []  # nothing published before the person asks for it
    assert report == b"%PDF-"
    assert kept == json.loads(example.read_text(encoding="utf-8")) | kept  # the answers, whole
    status, headers, _ = right_after
    assert status == 200 and headers.get("Cache-Control") == "no-store", (status, headers)
    assert violations == []
    gone, _, body = fetch(address)  # no cookie: anyone who had the address
    assert gone == 404 and b"schema_version" not in body
    access_log = (proxy.folder / "access.log").read_text(errors="replace")
    assert "GET /static/" in access_log and " /media/" not in access_log
