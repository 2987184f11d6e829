"""The bare app: the same screens as the real app, element for element, with no logic.

Each screen of the real app (welcome, every interview step and the review, the results — empty
and with examples/ai-foreign-worker.json loaded — and the advisor view of that file) is
captured with AppTest as an inventory: the same number and kinds of elements and widgets,
nested in the same containers, columns and expanders, with texts of the same length; widgets
with a help tooltip and a placeholder as long as the real ones; an icon on the alerts and
buttons that have one. This script replays an inventory with placeholder words and no logic:
buttons `start`/`next`/`back` move between screens, the upload jumps to the results with the
example; a move to a screen on another page of the real app (Start, See the results, the
upload) switches page as the real app does (a callback sets the target, the page body
switches); the language radio changes the placeholder words (every text changes, as in the
real app). Same Streamlit version, same pages, same widget keys and classes as the real app,
so the benchmarks drive both the same way.

    python bench/bare_app.py --capture OUT.json     # write the inventory of the real app
    BENCH_BARE_SCREENS=OUT.json streamlit run bench/bare_app.py
(without BENCH_BARE_SCREENS, the inventory is captured on the server's first run.)
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "ai-foreign-worker.json"
KEPT_KEYS = ("start", "next", "back", "lang_switch", "upload_answers", "date_choice")
SCREENS_ENV = "BENCH_BARE_SCREENS"


# --- capture (run outside Streamlit, with AppTest) --------------------------------------------


def _node(node: Any) -> dict | None:
    from streamlit.testing.v1.element_tree import Block

    kind = getattr(node, "type", None)
    if isinstance(node, Block):
        children = [c for c in (_node(child) for child in node.children.values()) if c]
        if kind == "expander":
            return {
                "t": "expander",
                "label": len(getattr(node.proto, "label", "") or ""),
                "c": children,
            }
        if kind == "column":
            return {"t": "column", "c": children}
        if kind == "flex_container":
            flex = node.proto.flex_container
            if children and all(c["t"] == "column" for c in children):
                return {"t": "columns", "c": children}
            return {"t": "container", "border": bool(flex.border), "c": children}
        return {"t": "container", "border": False, "c": children}
    out: dict[str, Any] = {"t": kind}
    key = getattr(node, "key", None)
    if key in KEPT_KEYS:
        out["key"] = key
    proto = getattr(node, "proto", None)
    for field in ("body", "label", "help", "placeholder"):
        value = getattr(proto, field, None)
        if isinstance(value, str) and (value or field in ("body", "label")):
            out[field] = len(value)
    if getattr(proto, "icon", ""):
        out["icon"] = True
    options = getattr(proto, "options", None)
    if options is not None:
        out["options"] = len(options)
    if kind == "radio":
        out["horizontal"] = bool(proto.horizontal)
    if kind in ("button", "download_button"):
        out["primary"] = getattr(proto, "type", "") == "primary"
    return out


def _screen(at: Any) -> list[dict]:
    """The page's own elements; the language switch (app.py, every page) is left out here and
    drawn by the bare app on every page, as app.py does (AppTest drops it after a page switch)."""
    nodes = [n for n in (_node(child) for child in at.main.children.values()) if n]
    return [n for n in nodes if not _has_key(n, "lang_switch")]


def _has_key(node: dict, key: str) -> bool:
    return node.get("key") == key or any(_has_key(c, key) for c in node.get("c", []))


def capture() -> dict[str, list]:
    """The screens a person sees, in the order Next walks through them."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(REPO / "app.py"), default_timeout=60)
    at.run()
    screens = {"welcome": _screen(at)}
    at.radio(key="date_choice").set_value("last-open-day").run()  # the date before Start
    at.button(key="start").click().run()
    for _ in range(12):  # interview steps to the review, then "See the results"
        step = at.session_state["step"] if "step" in at.session_state else "?"  # noqa: SIM401
        title = f"step:{step}"
        if title in screens:
            break
        screens[title] = _screen(at)
        if not any(b.key == "next" for b in at.button):
            break
        at.button(key="next").click().run()
        if not any(b.key == "next" for b in at.button) and not any(
            b.key == "back" for b in at.button
        ):
            break
    screens["results"] = _screen(at)
    # The results of a complete file (examples/ai-foreign-worker.json), as the upload shows it.
    loaded = AppTest.from_file(str(REPO / "app.py"), default_timeout=60)
    loaded.run()
    loaded.session_state["answers"] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    loaded.switch_page("screens/results.py").run()
    screens["results:example"] = _screen(loaded)
    loaded.switch_page("screens/advisor.py").run()
    screens["advisor:example"] = _screen(loaded)
    return screens


# --- replay (the bare app itself) --------------------------------------------------------------


# The words of each language: a language switch changes every text on the screen, as in the
# real app (same lengths), so the browser redraws them as it must there.
_FILLER = {"fr": "lorem ipsum dolor sit amet ", "en": "sed do eiusmod tempor incidi "}


def _words(length: int | None) -> str:
    import streamlit as st

    filler = _FILLER.get(st.session_state.get("lang_switch"), _FILLER["fr"])
    text = (filler * (1 + (length or 8) // len(filler)))[: max(1, length or 8)]
    return text.strip() or "x"


def _extra(node: dict) -> dict:
    """A widget's help (its tooltip) and placeholder, as long as the real ones."""
    extra = {}
    if node.get("help"):
        extra["help"] = _words(node["help"])
    if node.get("placeholder"):
        extra["placeholder"] = _words(node["placeholder"])
    return extra


def _render(nodes: list[dict], st: Any, counter: list[int]) -> None:
    for node in nodes:
        counter[0] += 1
        kind, n = node["t"], counter[0]
        key = node.get("key") or f"w{n}"
        label = _words(node.get("label"))
        body = _words(node.get("body"))
        if kind == "columns":
            for column, child in zip(st.columns(len(node["c"])), node["c"], strict=True):
                with column:
                    _render(child["c"], st, counter)
        elif kind in ("column", "container"):
            with st.container(border=node.get("border", False)):
                _render(node["c"], st, counter)
        elif kind == "expander":
            with st.expander(_words(node.get("label"))):
                _render(node["c"], st, counter)
        elif kind in ("title", "header", "subheader", "caption", "divider"):
            {"divider": lambda _: st.divider()}.get(kind, getattr(st, kind, st.markdown))(body)
        elif kind in ("error", "warning", "info", "success"):
            getattr(st, kind)(body, icon="⚠️" if node.get("icon") else None)
        elif kind == "html":
            st.html("<script>void 0;</script>", unsafe_allow_javascript=True)
        elif kind == "progress":
            st.progress(0.5, text=body)
        elif kind == "button":
            st.button(
                label,
                key=key,
                type="primary" if node.get("primary") else "secondary",
                on_click=_move,
                args=(node.get("key"),),
                use_container_width=node.get("key") in ("next", "back"),
                icon="⚠️" if node.get("icon") else None,
                **_extra(node),
            )
        elif kind == "download_button":
            st.download_button(label, data=b"{}", key=key, on_click="ignore", **_extra(node))
        elif kind == "radio":
            if key == "lang_switch":
                st.radio(
                    "Langue / Language",
                    ["fr", "en"],
                    format_func={"fr": "Français", "en": "English"}.get,
                    key=key,
                    horizontal=True,
                    label_visibility="collapsed",
                )
            else:
                options = [f"option {i}" for i in range(node.get("options") or 2)]
                st.radio(label, options, index=None, key=key, horizontal=node.get("horizontal"),
                         **_extra(node))  # fmt: skip
        elif kind == "selectbox":
            options = [f"option {i}" for i in range(node.get("options") or 2)]
            st.selectbox(label, options, index=None, key=key)
        elif kind == "date_input":
            st.date_input(label, value=date(2025, 6, 1), key=key, format="YYYY-MM-DD")
        elif kind == "number_input":
            st.number_input(label, value=None, step=1, key=key)
        elif kind == "text_input":
            st.text_input(label, key=key, **_extra(node))
        elif kind == "file_uploader":
            st.file_uploader(label, type=["json"], key=key, on_change=_move, args=("upload",),
                             **_extra(node))  # fmt: skip
        else:  # markdown and anything else that shows text
            st.markdown(body)


def _page_of(name: str) -> str:
    """The page a screen is on in the real app (its URL): a move between two switches page."""
    if name.startswith("step:"):
        return "questions"
    return name.split(":")[0]


def _move(action: str | None) -> None:
    import streamlit as st

    names = st.session_state["_bare_names"]
    before = index = st.session_state.get("_bare_screen", 0)
    if action == "start":
        index = 1
    elif action == "next":
        index = min(index + 1, names.index("results"))
    elif action == "back":
        index = max(index - 1, 0)
    elif action == "upload":
        index = names.index("results:example")
    st.session_state["_bare_screen"] = index
    if _page_of(names[index]) != _page_of(names[before]):
        st.session_state["_bare_goto"] = _page_of(names[index])  # as the real app: a callback
        # sets the target, the page body switches


def main() -> None:
    import streamlit as st

    @st.cache_resource
    def screens() -> dict[str, list]:
        path = os.environ.get(SCREENS_ENV)
        if path and Path(path).is_file():
            return json.loads(Path(path).read_text(encoding="utf-8"))
        return capture()

    st.set_page_config(page_title="bare", layout="centered", initial_sidebar_state="collapsed")
    inventory = screens()
    st.session_state["_bare_names"] = list(inventory)
    pages: dict = {}

    def body() -> None:
        target = st.session_state.pop("_bare_goto", None)
        if target:
            st.switch_page(pages[target])
        name = list(inventory)[st.session_state.get("_bare_screen", 0)]
        _render(inventory[name], st, [0])

    # As app.py: the language switch (in columns) and the document-language script, every page.
    _render(
        [
            {"t": "columns", "c": [{"t": "column", "c": []}, {"t": "column", "c": [
                {"t": "radio", "key": "lang_switch"}]}]},
            {"t": "html"},
        ],
        st,
        [1000],
    )  # fmt: skip

    # The real app's pages, each showing the screen the bare app is on: the same moves change
    # page (Start, See the results, the upload) as in the real app.
    for name, title in (("welcome", "Welcome"), ("questions", "Questions"),
                        ("results", "Results"), ("advisor", "Advisor")):  # fmt: skip
        pages[name] = st.Page(
            lambda: body(), title=title, url_path=name, default=name == "welcome"
        )
    page = st.navigation(list(pages.values()), position="top")
    page.run()


if __name__ == "__main__":
    if "--capture" in sys.argv:
        sys.path.insert(0, str(REPO))
        out = Path(sys.argv[sys.argv.index("--capture") + 1])
        out.write_text(json.dumps(capture(), indent=1), encoding="utf-8")
        print(f"{out}: {len(json.loads(out.read_text()))} screens")
    else:
        main()
