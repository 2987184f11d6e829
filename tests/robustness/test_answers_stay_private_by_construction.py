"""Private by construction: answers live in the browser session only.

- A real server (HOME and TMPDIR fresh temp folders) and Chromium walk welcome → upload →
  interview → results with a sentinel typed in every free-text field. No file under the
  repository, HOME, TMPDIR or /tmp is created or changed holding the sentinel; no new file
  appears under the repository; the server's output never holds it; no URL the browser asked
  for (pages, assets, websocket) holds it or any answer; the browser's storage does not either.
- No function under a shared cache (st.cache_data / st.cache_resource / functools caches)
  takes answers.
- .streamlit/config.toml keeps the safe settings.
"""

from __future__ import annotations

import ast
import json
import os
import re
import stat
import tomllib
import uuid
from pathlib import Path

import pytest
from browser_walk import Walk
from playwright.sync_api import Browser, expect
from robust_server import VIEWPORT, AppServer

from core.i18n import Translator
from ui.labels import STEP_TITLES

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts" / "robustness"
SKIPPED_DIRS = {
    ".git", ".venv", "__pycache__", "test-artifacts", ".pytest_cache", ".hypothesis",
    ".ruff_cache", ".mypy_cache", "node_modules",
}  # fmt: skip
# Under /tmp: the browser's own profile (the person's browser, not the server) and the shells
# that run these tests.
SKIPPED_TMP_PREFIXES = ("playwright", "bash_jobs")
FREE_TEXT = (
    "q:diplomas.0.title",
    "q:work_history.0.title",
    "q:work_history.1.title",
    "q:job.title",
    "q:job.employer_municipality",
)
FIRST_STEP = re.compile(r"^Step 1 of \d+$")
# Places other engineers add files while tests run; the app never writes there.
EDITED_BY_PEOPLE = ("tests/", "bench/", "docs/")


def snapshot(root: Path, *, tmp: bool = False) -> dict[str, tuple[int, int]]:
    files: dict[str, tuple[int, int]] = {}
    for folder, dirs, names in os.walk(root, onerror=lambda _: None):
        dirs[:] = [
            d
            for d in dirs
            if d not in SKIPPED_DIRS
            and not (tmp and Path(folder) == root and d.startswith(SKIPPED_TMP_PREFIXES))
        ]
        for name in names:
            path = os.path.join(folder, name)
            try:
                info = os.lstat(path)
            except OSError:
                continue
            files[path] = (info.st_size, info.st_mtime_ns)
    return files


def holds(path: str, needle: str) -> bool:
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return False  # a pipe or a socket (another test's) would block the read
        with open(path, "rb") as handle:
            content = handle.read(200_000_000)
    except OSError:
        return False
    return any(needle.encode(enc) in content for enc in ("utf-8", "utf-16-le", "utf-16-be"))


def changed(before: dict, after: dict) -> list[str]:
    return [path for path, stamp in after.items() if before.get(path) != stamp]


def upload_file(folder: Path) -> Path:
    """An answers file with the structure only: the free-text fields are left to type."""
    data = json.loads((REPO / "examples" / "ai-foreign-worker.json").read_text(encoding="utf-8"))
    data.pop("notes", None)
    for item in data["diplomas"] + data["work_history"]:
        item.pop("title", None)
    for field in ("title", "employer_municipality"):
        data["job"].pop(field)
    data["job"]["annual_salary"] = 80_000  # between the thresholds: the municipality is asked
    path = folder / "answers.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def walk_through(walk: Walk, page, upload: Path, sentinel: str) -> None:
    """Upload the structure, then type the sentinel in every free-text field; see the results."""
    t = Translator("en")
    walk.open("/")
    walk.upload(upload)
    expect(page.locator(".st-key-next")).to_be_visible()
    # Back to the first step, then forward to the review, typing in every free-text field.
    typed: set[str] = set()

    def type_here() -> None:
        for key in FREE_TEXT:
            if walk.has(key) and key not in typed:
                walk.type(key, sentinel)
                typed.add(key)
        if walk.has("q:job.municipality_not_listed"):  # so the results name the one typed
            walk.choose("q:job.municipality_not_listed", t("Yes"))

    for _ in range(8):
        type_here()
        if page.get_by_text(FIRST_STEP).count():
            break
        walk.move("back")
    for _ in range(10):
        type_here()
        if walk.title() == t(STEP_TITLES["review"]):
            break
        walk.move("next")
    assert walk.title() == t(STEP_TITLES["review"])
    assert typed == set(FREE_TEXT), f"fields typed: {sorted(typed)}"
    walk.move("next")
    expect(page.get_by_role("heading", name=t("Results"), exact=True)).to_be_visible()
    expect(page.get_by_text(sentinel)).not_to_have_count(0)  # the results name it


@pytest.mark.e2e
def test_a_full_interview_leaves_no_answer_on_disk_in_logs_or_in_urls(
    browser: Browser, tmp_path_factory
):
    sentinel = f"SENTINEL-7f3a-{uuid.uuid4().hex[:8]}"
    home = tmp_path_factory.mktemp("server-home")
    tmpdir = tmp_path_factory.mktemp("server-tmp")
    upload = upload_file(tmp_path_factory.mktemp("person"))
    log = ARTIFACTS / "privacy-server.log"
    log.unlink(missing_ok=True)
    server = AppServer(log, env={"HOME": str(home), "TMPDIR": str(tmpdir)})
    roots = {"repo": REPO, "home": home, "tmpdir": tmpdir, "tmp": Path("/tmp")}

    server.start()
    try:
        # Warm-up load (the first session after a start can drop its first change).
        context = browser.new_context(viewport=VIEWPORT, locale="en-CA", base_url=server.url)
        page = context.new_page()
        Walk(page).open("/")
        context.close()

        before = {name: snapshot(root, tmp=name == "tmp") for name, root in roots.items()}
        context = browser.new_context(viewport=VIEWPORT, locale="en-CA", base_url=server.url)
        page = context.new_page()
        urls: list[str] = []
        page.on("request", lambda request: urls.append(request.url))
        page.on("websocket", lambda socket: urls.append(socket.url))
        page.on("framenavigated", lambda frame: urls.append(frame.url))
        walk = Walk(page)

        try:
            walk_through(walk, page, upload, sentinel)
        except Exception:
            page.screenshot(path=str(ARTIFACTS / "privacy-failure.png"), full_page=True)
            raise
        storage = page.evaluate("JSON.stringify([localStorage, sessionStorage, document.cookie])")
        context.close()
        after = {name: snapshot(root, tmp=name == "tmp") for name, root in roots.items()}
    finally:
        server.stop()

    # Nothing written anywhere holds the sentinel; nothing new appears in the repository.
    leaks = [
        path
        for name in roots
        for path in changed(before[name], after[name])
        if holds(path, sentinel)
    ]
    leaks += [
        os.path.join(folder, name)
        for root in (home, tmpdir)
        for folder, _, names in os.walk(root)
        for name in names
        if holds(os.path.join(folder, name), sentinel)
    ]
    assert not leaks, f"files holding a typed answer: {leaks}"
    new_in_repo = [
        os.path.relpath(path, REPO)
        for path in set(after["repo"]) - set(before["repo"])
        if not os.path.relpath(path, REPO).startswith(EDITED_BY_PEOPLE)
    ]
    assert not new_in_repo, f"files created in the repository: {new_in_repo}"
    assert sentinel not in log.read_text(errors="replace"), "the server printed an answer"
    assert "Traceback" not in log.read_text(errors="replace")
    # No URL holds a typed or uploaded answer.
    answers = (sentinel, "80000", "21211", "2019-07-15", "tef-canada")
    assert urls, "requests were recorded"
    assert not [u for u in urls if any(a in u for a in answers)], urls
    assert sentinel not in storage


# --- Shared caches ------------------------------------------------------------------------------

SOURCES = [
    REPO / "app.py",
    *REPO.glob("screens/*.py"),
    *REPO.glob("ui/*.py"),
    *REPO.glob("core/**/*.py"),
]
ANSWER_TYPES = ("Answers", "Assessment", "Facts", "Diploma", "WorkPeriod", "Job", "dict")
ANSWER_NAMES = {"answers", "assessment", "facts", "data", "raw", "typed", "value", "text"}


def cached_functions() -> list[tuple[str, ast.FunctionDef]]:
    found = []
    for source in SOURCES:
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                names = [ast.unparse(d) for d in node.decorator_list]
                if any("cache" in name for name in names):
                    found.append((f"{source.relative_to(REPO)}:{node.lineno}", node))
    return found


def test_no_cached_function_takes_answers():
    found = cached_functions()
    assert found, "the reference tables are cached: the scan must see them"
    for where, function in found:
        args = function.args.posonlyargs + function.args.args + function.args.kwonlyargs
        for arg in args:
            annotation = ast.unparse(arg.annotation) if arg.annotation else ""
            assert arg.arg not in ANSWER_NAMES, f"{where} {function.name}({arg.arg})"
            assert not any(kind in annotation for kind in ANSWER_TYPES), (
                f"{where} {function.name}({arg.arg}: {annotation})"
            )


def test_the_app_uses_no_streamlit_shared_cache():
    for source in SOURCES:
        text = source.read_text(encoding="utf-8")
        for name in ("cache_data", "cache_resource", "experimental_memo", "experimental_singleton"):
            assert name not in text, f"{source.relative_to(REPO)} uses st.{name}"


# --- Server configuration -----------------------------------------------------------------------


def test_the_server_configuration_keeps_the_safe_settings():
    config = tomllib.loads((REPO / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["enableXsrfProtection"] is True
    assert config["server"]["maxUploadSize"] <= 1
    assert config["client"]["showErrorDetails"] == "none"
    assert config["browser"]["gatherUsageStats"] is False
    assert config["client"]["toolbarMode"] == "minimal"
