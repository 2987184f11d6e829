"""Where the person's attention goes after a move: the top of a step, or one question.

After Next, Back or a change of page, the step is shown from its top and the keyboard focus is
on its title; after "Answer: …" the question itself is in view, focused and highlighted.
Streamlit keeps the scroll position across reruns, so without this a step opens mid-page.
"""

from __future__ import annotations

import json
import re

import streamlit as st

FOCUS = "focus_request"
COUNT = "focus_count"


def request(target: str = "title") -> None:
    """Use in a callback: "title", or an answer path ("job.annual_salary", "diplomas.0")."""
    st.session_state[FOCUS] = target


def key_class(key: str) -> str:
    """The class Streamlit puts on a keyed element ("q:job.x" → "st-key-q-job-x")."""
    return "st-key-" + re.sub(r"[^A-Za-z0-9_-]", "-", key)


def apply() -> None:
    """Called once at the end of a page: carries out the pending request, if any."""
    target = st.session_state.pop(FOCUS, None)
    if target is None:
        return
    st.session_state[COUNT] = st.session_state.get(COUNT, 0) + 1
    if target == "title":
        selectors = []
    else:
        selectors = [
            "." + key_class(target),
            "." + key_class(f"q:{target}"),
            "." + key_class(f"search:{target}"),
            "." + key_class(f"entry:{target}"),
            "." + key_class(f"add:{target}"),
        ]
    st.html(
        _SCRIPT.replace("__SELECTORS__", json.dumps(selectors)).replace(
            "__N__", str(st.session_state[COUNT])
        ),
        unsafe_allow_javascript=True,
    )


# The page records each move in window.__focusMoves (tests read it: an event, not a guess).
_SCRIPT = """<script>
(() => {
  const selectors = __SELECTORS__, move = __N__;
  const FIELD = "input, textarea, button, [tabindex]";
  let tries = 0;
  const topOf = (el) => {
    for (let node = el; node; node = node.parentElement) {
      if (node.scrollTop) node.scrollTop = 0;
    }
    window.scrollTo(0, 0);
  };
  const go = () => {
    const title = document.querySelector("[data-testid='stMain'] h1") || document.querySelector("h1");
    let target = null;
    for (const s of selectors) { target = target || document.querySelector(s); }
    // A field drawn by this very run can have its box before its input: wait for both.
    if (!title || (selectors.length && !(target && target.querySelector(FIELD)))) {
      if (tries++ < 120) return requestAnimationFrame(go);
    }
    document.querySelectorAll(".answer-highlight").forEach((n) => n.classList.remove("answer-highlight"));
    if (target) {
      target.classList.add("answer-highlight");
      // A card taller than half the screen (a new job on a phone) starts at the top, below
      // Streamlit's header; a single question is centred.
      const tall = target.getBoundingClientRect().height > window.innerHeight / 2;
      target.style.scrollMarginTop = "4.5rem";
      target.scrollIntoView({block: tall ? "start" : "center"});
      const field = target.querySelector(FIELD);
      if (field) field.focus({preventScroll: true});
    } else if (title) {
      title.setAttribute("tabindex", "-1");
      topOf(title);
      title.focus({preventScroll: true});
    }
    (window.__focusMoves = window.__focusMoves || []).push({move, target: target ? selectors[0] : "title"});
  };
  requestAnimationFrame(go);
})();
</script>"""
