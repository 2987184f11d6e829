"""The app, per interaction: a click on Next, Back, a page switch and the language switch to
the next screen fully shown, in a real Chromium, side by side with the bare app; and the
server-side run time of the script of every page, nothing answered and with each example file,
also side by side.

Browser: both servers run at once; rounds alternate real and bare. A round opens a new browser
context, loads the page and chooses the application date (not timed), then times: Start, a
language switch there and back on the first step, Next through every step to the review, Back
three times and Next three times, a language switch there and back, and "See the results".
Time = from the click (capture phase) to the frame painted after the last change of the page,
once the script run the click caused has ended (its `script_finished` seen on the websocket;
a run cut short by a page switch does not count) and the page has caught up with it
(tests/support/app_runs.py: no sleeps, no fixed quiet period).

Server side: AppTest runs the script of each screen again (a rerun with nothing changed, as
after a click that changes no answer); the script's own execution (app.py and the page, in the
ScriptRunner thread) is timed, in CPU time of that thread (steady on a busy machine, where wall
time mostly measures the wait for a core), by wrapping Streamlit's exec_func_with_error_handling
in this process (AppTest's own polling around a run is left out), with one script cache shared
by the runs, as a server has.

    .venv/bin/python bench/app_interactions.py [--tiny] [--rounds 4] [--no-browser]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import _app  # noqa: E402
from bench._machine import REPO, median, percentile, print_machine, print_table, verdict  # noqa: E402

BUDGET_RATIO = 1.2
BUDGET_SCRIPT_MS = 30  # any page, nothing answered or a complete file
EXAMPLE = REPO / "examples" / "ai-foreign-worker.json"


# --- browser ------------------------------------------------------------------------------------


def lang_label(page, name: str):  # noqa: ANN001, ANN201
    return page.locator(f".{_app.key_class('lang_switch')} label").filter(has_text=name)


KINDS = ("next", "back", "switch", "language")
BACKS = 3  # Back clicks timed from the review (then Next again to it)


def one_round(browser, url: str, samples: dict[str, list[float]]) -> None:  # noqa: ANN001
    """Welcome → the date → Start → language there and back → Next to the review → Back ×3 →
    Next ×3 → language there and back → See the results. Kinds: "next" (Next inside the
    interview), "back", "switch" (a click that changes page: Start, See the results),
    "language"."""
    person = _app.Timed(browser, url)
    page = person.page
    dropped = len(_app.DROPPED)

    def timed(kind: str, locator, what: str) -> None:  # noqa: ANN001
        value = person.timed_click(locator, what)
        if value is not None:
            samples[kind].append(value)
        else:  # no run: left out (counted), and clicked again so the round goes on
            person.first_change(locator, what)

    button = lambda key: page.locator(f".{_app.key_class(key)} button")  # noqa: E731
    try:
        person.open()
        # The application date first (untimed): the first option, the program's last open day.
        date_option = page.locator(
            f".{_app.key_class('date_choice')} [data-testid='stRadioOption']"
        ).first
        person.first_change(date_option, "the application date")
        timed("switch", button("start"), "start")
        timed("language", lang_label(page, "English"), "English")
        timed("language", lang_label(page, "Français"), "Français")
        for _ in range(_steps() - 1):  # Next from the first step to the review
            timed("next", button("next"), "next")
        for _ in range(BACKS):
            timed("back", button("back"), "back")
        for _ in range(BACKS):
            timed("next", button("next"), "next")
        timed("language", lang_label(page, "English"), "English")
        timed("language", lang_label(page, "Français"), "Français")
        timed("switch", button("next"), "see the results")
    except Exception as error:  # noqa: BLE001 - one round lost is reported, not fatal
        page.screenshot(path=f"/tmp/bench-round-{os.getpid()}.png", full_page=True)
        print(f"  a round on {url} stopped: {str(error)[:300]}", file=sys.stderr)
        samples.setdefault("rounds lost", []).append(url)
    finally:
        samples.setdefault("dropped", []).extend(_app.DROPPED[dropped:])
        person.close()


def _steps() -> int:
    """The interview's screens with nothing answered, the review included (as captured)."""
    screens = json.loads(_app.bare_screens().read_text(encoding="utf-8"))
    return sum(name.startswith("step:") for name in screens)


def browser_figures(rounds: int, warm_up: bool = True) -> dict[str, dict[str, list[float]]]:
    figures = {name: {kind: [] for kind in KINDS} for name in ("real", "bare")}
    scripts = {"real": _app.REAL, "bare": _app.BARE}
    _app.bare_screens()
    with (
        _app.server(scripts["real"]) as real,
        _app.server(scripts["bare"]) as bare,
        _app.chromium() as browser,
    ):
        urls = {"real": real.url, "bare": bare.url}
        scratch = {kind: [] for kind in KINDS}
        for name in ("real", "bare") if warm_up else ():  # first load and session of each
            one_round(browser, urls[name], scratch)
        for index in range(rounds):
            order = ("real", "bare") if index % 2 == 0 else ("bare", "real")
            for name in order:
                one_round(browser, urls[name], figures[name])
    return figures


# --- server side (AppTest) ----------------------------------------------------------------------


_SCRIPT_RUNS: list[float] = []
EXAMPLES = sorted((REPO / "examples").glob("*.json"))


def _hook_script_timer() -> None:
    """Time the script's own execution (the page script and app.py, in the ScriptRunner
    thread), not AppTest's polling around it: wrap Streamlit's exec_func_with_error_handling,
    in this process only (a benchmark hook; nothing in the app changes). And compile each
    script once, as the server does: AppTest makes a new ScriptCache for every run, so each
    run would parse and compile app.py and the page again (≈ 5–15 ms a run that a real server
    never spends after the first)."""
    from streamlit.runtime.scriptrunner import script_runner
    from streamlit.runtime.scriptrunner.script_cache import ScriptCache
    from streamlit.testing.v1 import app_test, local_script_runner

    original = script_runner.exec_func_with_error_handling
    if getattr(original, "_bench", False):
        return

    def timed(func, ctx):  # noqa: ANN001, ANN202
        started = time.thread_time()  # CPU time of the script's thread: steady under load
        try:
            return original(func, ctx)
        finally:
            _SCRIPT_RUNS.append((time.thread_time() - started) * 1000)

    timed._bench = True  # type: ignore[attr-defined]
    script_runner.exec_func_with_error_handling = timed
    shared = ScriptCache()
    app_test.ScriptCache = lambda: shared
    local_script_runner.ScriptCache = lambda: shared


def _rerun_ms(at, repeats: int) -> float:  # noqa: ANN001
    """Median ms of the script's execution over `repeats` reruns with nothing changed."""
    times = []
    for _ in range(repeats):
        _SCRIPT_RUNS.clear()
        at.run()
        times.append(sum(_SCRIPT_RUNS))
    if at.exception:
        raise RuntimeError(str(at.exception))
    return median(times)


def _switch_ms(at, repeats: int) -> float:  # noqa: ANN001
    """Median ms of a run after the language switch's callback (there and back)."""
    times = []
    for index in range(repeats + 1):  # the first switch may load a catalog: not counted
        at.session_state["lang"] = ("en", "fr")[index % 2]
        _SCRIPT_RUNS.clear()
        at.run()
        times.append(sum(_SCRIPT_RUNS))
    at.session_state["lang"] = "fr"
    at.run()
    return median(times[1:])


def _real_walk(at, repeats: int, out: dict[str, float], answers: dict | None) -> None:  # noqa: ANN001
    """Every screen of the real app, as a person reaches them: welcome, the date, Start, each
    step to the review, the results, the advisor view."""
    if answers is not None:
        at.session_state["answers"] = answers
    at.run()
    out["welcome"] = _rerun_ms(at, repeats)
    if answers is None or "application_date" not in answers:
        at.radio(key="date_choice").set_value("last-open-day").run()
    at.button(key="start").click().run()
    seen = []
    for _ in range(15):
        step = at.session_state["step"]
        if step in seen:
            break
        seen.append(step)
        out[f"step:{step}"] = _rerun_ms(at, repeats)
        if step == "job":
            out["language switched (step job)"] = _switch_ms(at, repeats)
        at.button(key="next").click().run()
        if step == "review":
            break
    out["results"] = _rerun_ms(at, repeats)
    out["language switched (results)"] = _switch_ms(at, repeats)
    at.switch_page("screens/advisor.py").run()
    out["advisor"] = _rerun_ms(at, repeats)


def _bare_screens(at, repeats: int, out: dict[str, float], names: list[str]) -> None:  # noqa: ANN001
    for name in names:
        at.session_state["_bare_screen"] = names.index(name)
        at.run()
        out[name.replace(":example", "")] = _rerun_ms(at, repeats)


def server_figures(repeats: int, examples: list[Path]) -> dict[str, dict[str, dict[str, float]]]:
    """Median ms of a page script run: {file: {"real"|"bare": {screen: ms}}}; file is
    "nothing answered" or an example's name (the bare app has its screens of
    ai-foreign-worker.json only: results and advisor)."""
    from streamlit.testing.v1 import AppTest

    os.environ[_app.BARE_ENV] = str(_app.bare_screens())
    _hook_script_timer()
    out: dict[str, dict[str, dict[str, float]]] = {}
    real = lambda: AppTest.from_file(str(REPO / _app.REAL), default_timeout=60)  # noqa: E731
    out["nothing answered"] = {"real": {}, "bare": {}}
    _real_walk(real(), repeats, out["nothing answered"]["real"], None)
    bare = AppTest.from_file(str(REPO / _app.BARE), default_timeout=60)
    bare.run()
    names = bare.session_state["_bare_names"]
    _bare_screens(bare, repeats, out["nothing answered"]["bare"],
                  [n for n in names if not n.endswith(":example")])  # fmt: skip
    for example in examples:
        figures: dict[str, dict[str, float]] = {"real": {}, "bare": {}}
        _real_walk(real(), repeats, figures["real"],
                   json.loads(example.read_text(encoding="utf-8")))  # fmt: skip
        if example == EXAMPLE:
            _bare_screens(bare, repeats, figures["bare"],
                          [n for n in names if n.endswith(":example")])  # fmt: skip
        out[example.name] = figures
    return out


def _row(label: str, real: list[float], bare: list[float]) -> list:
    if not real or not bare:
        return [label, len(real), "—", "—", "—", "—", "—", f"≤ {BUDGET_RATIO}", "n/a"]
    ratio = median(real) / median(bare)
    return [
        label,
        len(real),
        f"{median(real):.0f}",
        f"{percentile(real, 95):.0f}",
        f"{median(bare):.0f}",
        f"{percentile(bare, 95):.0f}",
        f"{ratio:.2f}",
        f"≤ {BUDGET_RATIO}",
        verdict(ratio <= BUDGET_RATIO),
    ]  # fmt: skip


LABELS = {
    "next": "click on Next → next step (interview)",
    "back": "click on Back → previous step",
    "switch": "click that changes page (Start, See the results)",
    "language": "click on the language switch → screen",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The app, per interaction")
    parser.add_argument("--tiny", action="store_true", help="a minimal run (checks it works)")
    parser.add_argument("--rounds", type=int, default=4, help="timed rounds per app")
    parser.add_argument("--repeats", type=int, default=9, help="AppTest reruns per screen")
    parser.add_argument("--no-browser", action="store_true", help="server side only")
    args = parser.parse_args(argv)
    rounds = 1 if args.tiny else args.rounds
    repeats = 2 if args.tiny else args.repeats
    print_machine()

    if not args.no_browser:
        figures = browser_figures(rounds, warm_up=not args.tiny)  # tiny: checks it works
        rows = [_row(LABELS[kind], figures["real"][kind], figures["bare"][kind]) for kind in KINDS]
        every = {name: [v for kind in KINDS for v in figures[name][kind]] for name in figures}
        rows.append(_row("every interaction", every["real"], every["bare"]))
        print_table(
            f"The app, per interaction, in Chromium ({rounds} rounds per app, ms)",
            ["interaction", "n", "real median", "real p95", "bare median", "bare p95",
             "ratio (medians)", "budget", "vs budget"],
            rows,
        )  # fmt: skip
        print(
            f"Clicks after which no script run ended within {_app.NO_RUN_S} s (left out): "
            f"real {len(figures['real'].get('dropped', []))}, "
            f"bare {len(figures['bare'].get('dropped', []))}. Rounds stopped by an error: "
            f"real {len(figures['real'].get('rounds lost', []))}, "
            f"bare {len(figures['bare'].get('rounds lost', []))}.\n"
        )

    examples = [EXAMPLE] if args.tiny else EXAMPLES
    server = server_figures(repeats, examples)
    files = list(server)
    screens = list(server["nothing answered"]["real"])
    for figures in server.values():
        screens += [s for s in figures["real"] if s not in screens]
    rows = []
    for screen in screens:
        cells, worst = [], 0.0
        for name in files:
            real = server[name]["real"].get(screen)
            bare = server[name]["bare"].get(screen)
            if real is None:
                cells.append("—")
                continue
            worst = max(worst, real)
            cells.append(f"{real:.1f}" + (f" ({bare:.1f})" if bare is not None else ""))
        rows.append([screen, *cells, f"≤ {BUDGET_SCRIPT_MS}",
                     verdict(worst <= BUDGET_SCRIPT_MS)])  # fmt: skip
    print_table(
        f"Server-side script run (app.py + page, AppTest rerun, median of {repeats}, CPU ms "
        "of the script's thread; bare app in brackets)",
        ["screen", *files, "budget ms", "vs budget"],
        rows,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
