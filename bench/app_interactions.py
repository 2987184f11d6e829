"""The app, per interaction: a click on Next (and on the language switch) to the next screen
fully rendered, in a real Chromium, side by side with the bare app; and the server-side run time
of each page script (AppTest, in-process), also side by side.

Browser: both servers run at once; rounds alternate real and bare. A round opens a new browser
context, loads the page (not timed), then times: `start`, a language switch there and back on
the first step, `next` through every step to the results, and a language switch there and back.
Time = from the click (capture phase) to the end of the last script run it caused
(`data-test-script-state` back to `notRunning`) plus one painted frame.

Server side: AppTest runs the script of each screen again (a rerun with nothing changed, as
after a click that changes no answer); the script's own execution (app.py and the page, in the
ScriptRunner thread) is timed by wrapping Streamlit's exec_func_with_error_handling in this
process (AppTest's own polling around a run is left out).

    .venv/bin/python bench/app_interactions.py [--tiny] [--rounds 4]
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
BUDGET_RESULTS_MS = 50
EXAMPLE = REPO / "examples" / "ai-foreign-worker.json"


# --- browser ------------------------------------------------------------------------------------


def lang_label(page, name: str):  # noqa: ANN001, ANN201
    return page.locator(f".{_app.key_class('lang_switch')} label").filter(has_text=name)


def one_round(browser, url: str, samples: dict[str, list[float]]) -> None:  # noqa: ANN001
    context, page = _app.new_page(browser)
    add = lambda kind, value: value is not None and samples[kind].append(value)  # noqa: E731
    dropped = len(_app.DROPPED)
    try:
        page.goto(url)
        _app.wait_for_app(page)
        button = lambda key: page.locator(f".{_app.key_class(key)} button")  # noqa: E731
        try:
            button("start").wait_for(timeout=60_000)
        except Exception:
            page.screenshot(path="/tmp/bench-no-start.png", full_page=True)
            raise
        add("next", _app.timed_click(page, button("start")))
        add("language", _app.timed_click(page, lang_label(page, "English")))
        add("language", _app.timed_click(page, lang_label(page, "Français")))
        for _ in range(15):
            if button("next").count() == 0:
                break
            add("next", _app.timed_click(page, button("next")))
        add("language", _app.timed_click(page, lang_label(page, "English")))
        add("language", _app.timed_click(page, lang_label(page, "Français")))
    finally:
        samples.setdefault("dropped", []).extend(_app.DROPPED[dropped:])
        context.close()


def browser_figures(rounds: int) -> dict[str, dict[str, list[float]]]:
    figures = {name: {"next": [], "language": []} for name in ("real", "bare")}
    scripts = {"real": _app.REAL, "bare": _app.BARE}
    _app.bare_screens()
    with (
        _app.server(scripts["real"]) as real,
        _app.server(scripts["bare"]) as bare,
        _app.chromium() as browser,
    ):
        urls = {"real": real.url, "bare": bare.url}
        scratch = {"next": [], "language": []}
        for name in ("real", "bare"):  # warm-up: first load and first session of each server
            one_round(browser, urls[name], scratch)
        for index in range(rounds):
            order = ("real", "bare") if index % 2 == 0 else ("bare", "real")
            for name in order:
                one_round(browser, urls[name], figures[name])
    return figures


# --- server side (AppTest) ----------------------------------------------------------------------


_SCRIPT_RUNS: list[float] = []


def _hook_script_timer() -> None:
    """Time the script's own execution (the page script and app.py, in the ScriptRunner
    thread), not AppTest's polling around it: wrap Streamlit's exec_func_with_error_handling,
    in this process only (a benchmark hook; nothing in the app changes)."""
    from streamlit.runtime.scriptrunner import script_runner

    original = script_runner.exec_func_with_error_handling
    if getattr(original, "_bench", False):
        return

    def timed(func, ctx):  # noqa: ANN001, ANN202
        started = time.perf_counter()
        try:
            return original(func, ctx)
        finally:
            _SCRIPT_RUNS.append((time.perf_counter() - started) * 1000)

    timed._bench = True  # type: ignore[attr-defined]
    script_runner.exec_func_with_error_handling = timed


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


def server_figures(repeats: int) -> dict[str, dict[str, float]]:
    """Median ms of a page script run, by screen, for the real app and the bare app."""
    from streamlit.testing.v1 import AppTest

    os.environ[_app.BARE_ENV] = str(_app.bare_screens())
    _hook_script_timer()
    out: dict[str, dict[str, float]] = {}
    for name, script in (("real", _app.REAL), ("bare", _app.BARE)):
        timings: dict[str, float] = {}
        at = AppTest.from_file(str(REPO / script), default_timeout=60)
        at.run()
        timings["welcome"] = _rerun_ms(at, repeats)
        at.button(key="start").click().run()
        for index in range(15):
            timings[f"step {index + 1}"] = _rerun_ms(at, repeats)
            if not any(b.key == "next" for b in at.button):
                break
            at.button(key="next").click().run()
            if not any(b.key == "next" for b in at.button):
                break
        timings["results (nothing answered)"] = _rerun_ms(at, repeats)
        loaded = AppTest.from_file(str(REPO / script), default_timeout=60)
        loaded.run()
        if name == "real":
            loaded.session_state["answers"] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
            loaded.session_state["goto"] = "results"
        else:
            names = loaded.session_state["_bare_names"]
            loaded.session_state["_bare_screen"] = names.index("results:example")
        loaded.run()
        timings["results (ai-foreign-worker.json)"] = _rerun_ms(loaded, repeats)
        switches = []
        for index in range(repeats + 1):  # the first switch loads a catalog: not counted
            loaded.session_state["lang"] = ("en", "fr")[index % 2]  # as the switch's callback
            _SCRIPT_RUNS.clear()
            loaded.run()
            switches.append(sum(_SCRIPT_RUNS))
        timings["results, language switched"] = median(switches[1:])
        out[name] = timings
    return out


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
        figures = browser_figures(rounds)
        rows = []
        for kind, label in (("next", "click on Start / Next → next screen"),
                            ("language", "click on the language switch → screen")):  # fmt: skip
            real, bare = figures["real"][kind], figures["bare"][kind]
            ratio = median(real) / median(bare)
            rows.append(
                [
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
            )
        every_real = figures["real"]["next"] + figures["real"]["language"]
        every_bare = figures["bare"]["next"] + figures["bare"]["language"]
        ratio = median(every_real) / median(every_bare)
        rows.append(
            [
                "every interaction",
                len(every_real),
                f"{median(every_real):.0f}",
                f"{percentile(every_real, 95):.0f}",
                f"{median(every_bare):.0f}",
                f"{percentile(every_bare, 95):.0f}",
                f"{ratio:.2f}",
                f"≤ {BUDGET_RATIO}",
                verdict(ratio <= BUDGET_RATIO),
            ]  # fmt: skip
        )
        print_table(
            f"The app, per interaction, in Chromium ({rounds} rounds per app, ms)",
            ["interaction", "n", "real median", "real p95", "bare median", "bare p95",
             "ratio (medians)", "budget", "vs budget"],
            rows,
        )  # fmt: skip
        print(
            "Clicks after which no rerun was seen within 5 s (left out): "
            f"real {len(figures['real'].get('dropped', []))}, "
            f"bare {len(figures['bare'].get('dropped', []))}.\n"
        )

    server = server_figures(repeats)
    rows = []
    real, bare = server["real"], server["bare"]
    steps = [k for k in real if k.startswith("step ")]
    heaviest = max(steps, key=real.get)
    for screen in real:
        budget = BUDGET_RESULTS_MS if screen.startswith("results (") else None
        bare_ms = bare.get(screen)
        rows.append(
            [
                screen + (" ← heaviest step" if screen == heaviest else ""),
                f"{real[screen]:.1f}",
                f"{bare_ms:.1f}" if bare_ms is not None else "—",
                f"{real[screen] / bare_ms:.2f}" if bare_ms else "—",
                f"≤ {budget}" if budget else "—",
                verdict(real[screen] <= budget) if budget else "n/a",
            ]
        )
    print_table(
        f"Server-side script run (app.py + page, AppTest rerun, median of {repeats}, ms)",
        ["screen", "real ms", "bare ms", "ratio", "budget ms", "vs budget"],
        rows,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
