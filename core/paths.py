"""Answer paths: the one reader and writer of "work_history.0.start".

An answer path names one answer of the answers file: section and field names joined by dots,
a list entry by its index ("work_history.0.start"). The file's own spelling of a field, used in
refusals ("work_history[0].start"), and pydantic's error locations (("work_history", 0,
"start")) are the same path written differently; this module reads and writes all three, and
finds the value at a path in the answers model or in a plain dict of answers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

Part = str | int  # a field name, or the index of a list entry
Parts = tuple[Part, ...]

_FILE_PARTS = re.compile(r"\[(\d+)\]|([^.\[\]]+)")


def parts(path: str) -> Parts:
    """"work_history.0.start" → ("work_history", 0, "start"): a number between dots is an index."""
    return tuple(int(part) if part.isdigit() else part for part in path.split(".") if part)


def file_parts(field: str) -> Parts:
    """"work_history[0].start" → ("work_history", 0, "start"): only "[n]" is an index (a key of
    the file "123" stays a name)."""
    return tuple(int(index) if index else name for index, name in _FILE_PARTS.findall(field))


def dotted(path: Iterable[Part] | str) -> str:
    """The answer path: ("work_history", 0, "start") → "work_history.0.start"."""
    return ".".join(str(part) for part in (parts(path) if isinstance(path, str) else path))


def file_field(path: Iterable[Part] | str) -> str:
    """The field as a refusal names it: "work_history[0].start" (parts(), file_parts())."""
    text = ""
    for part in parts(path) if isinstance(path, str) else path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def declared(path: Iterable[Part] | str) -> str:
    """The path its question is declared under, without list indices: "work_history.start"."""
    return ".".join(p for p in (parts(path) if isinstance(path, str) else path) if isinstance(p, str))


def parent(path: str) -> str | None:
    """One level up: "work_history.0.start" → "work_history.0"; None at the top."""
    found = parts(path)
    return dotted(found[:-1]) if len(found) > 1 else None


def read(root: Any, path: str | Parts) -> Any:
    """The value at `path` in the answers model or an answers dict; None when it is absent."""
    value = root
    for part in parts(path) if isinstance(path, str) else path:
        if isinstance(value, list):
            index = int(part)
            value = value[index] if 0 <= index < len(value) else None
        elif isinstance(value, dict):
            value = value.get(str(part))
        else:
            value = getattr(value, str(part), None)
        if value is None:
            return None
    return value


def write(root: dict[str, Any], path: str | Parts, value: Any) -> None:
    """Set the value at `path` in an answers dict, making the sections and entries on the way;
    None removes a field (unanswered)."""
    found = parts(path) if isinstance(path, str) else path
    target: Any = root
    for here, below in zip(found, found[1:], strict=False):
        child = target[int(here)] if isinstance(target, list) else target.get(here)
        if child is None:  # a section or list not answered yet (list entries exist already)
            child = [] if isinstance(below, int) else {}
            target[here] = child
        target = child
    last = found[-1]
    if isinstance(target, list):
        target[int(last)] = value
    elif value is None:
        target.pop(last, None)
    else:
        target[last] = value
