"""A button whose action cannot be undone asks first, in a box under it: a warning, then
"do it" and "Cancel". Used by "Clear my answers" (ui/files.py) and "New client"
(ui/consultation.py).

Keys, from the action's `name`: the flag `confirm_<name>` (the box is open), the box
`<name>_box`, its buttons `<name>_confirmed` and `<name>_cancelled`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

import streamlit as st

from ui import session


def flag(name: str) -> str:
    """The session key that says the box of `name` is open (pop it to close the box)."""
    return f"confirm_{name}"


def asking(name: str) -> bool:
    return bool(st.session_state.get(flag(name)))


def ask_first(
    name: str,
    *,
    button: str,
    button_key: str,
    button_help: str,
    warning: str,
    icon: str,
    confirm: str,
    on_confirm: Callable[[], None],
    confirm_type: Literal["primary", "secondary"] = "secondary",
    in_box: Callable[[], None] | None = None,
) -> None:
    """The button (`button`, key `button_key`); once pressed, the box in its place: `warning`
    with `icon`, what `in_box` draws, then `confirm` (runs `on_confirm`) and Cancel."""
    t = session.t()
    if not asking(name):
        st.button(
            button,
            key=button_key,
            on_click=lambda: st.session_state.update({flag(name): True}),
            help=button_help,
        )
        return
    with st.container(border=True, key=f"{name}_box"):
        st.warning(warning, icon=icon)
        if in_box is not None:
            in_box()
        with st.container(horizontal=True):
            st.button(confirm, key=f"{name}_confirmed", type=confirm_type, on_click=on_confirm)
            st.button(
                t("Cancel"),
                key=f"{name}_cancelled",
                on_click=lambda: st.session_state.pop(flag(name), None),
            )
