"""Reading an answers file: size, JSON, schema version, migration, validation.

Every refusal is an `AnswersFileError` carrying a stable code, the offending field and the
values needed to say what is expected, so the command line and the app can word it in the
reader's language (`error_message`). Nothing here writes anywhere.
"""

from __future__ import annotations

import json
import os
import re
import stat
from typing import Any

from pydantic import ValidationError

from core import paths
from core.answers import SCHEMA_VERSION, Answers
from core.i18n import N_, Translator

MAX_BYTES = 1_000_000  # an answers file is a few kilobytes; a megabyte is already absurd
MAX_DEPTH = 20

# Migrations from each earlier schema version to the next: {version: function(dict) -> dict}.
MIGRATIONS: dict[int, Any] = {}


class AnswersFileError(ValueError):
    """A refused file: `code` says why, `field` where (a path like work_history[0].start)."""

    def __init__(self, code: str, field: str = "", params: dict[str, Any] | None = None) -> None:
        super().__init__(code)
        self.code, self.field, self.params = code, field, params or {}

    def __str__(self) -> str:
        return error_message(self, "en")

    def __reduce__(self) -> tuple[type[AnswersFileError], tuple[str, str, dict[str, Any]]]:
        # Crosses to and from batch worker processes whole.
        return (AnswersFileError, (self.code, self.field, self.params))


def read_answers_file(path: str | os.PathLike) -> bytes:
    """At most MAX_BYTES + 1 bytes of a regular file (enough for parse_answers to tell a file
    too large), without ever waiting: a folder, a pipe or a device is refused unread."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise AnswersFileError("unreadable", params={"reason": error.strerror or "?"}) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise AnswersFileError("not_a_file")
        parts: list[bytes] = []
        size = 0
        while size <= MAX_BYTES and (part := os.read(fd, MAX_BYTES + 1 - size)):
            parts.append(part)
            size += len(part)
        return b"".join(parts)
    except OSError as error:
        raise AnswersFileError("unreadable", params={"reason": error.strerror or "?"}) from None
    finally:
        os.close(fd)


def parse_answers(raw: bytes | str) -> Answers:
    if isinstance(raw, str):
        raw = raw.encode("utf-8", errors="surrogatepass")
    if len(raw) > MAX_BYTES:
        raise AnswersFileError("too_large", params={"limit": MAX_BYTES // 1000})
    if not raw.strip():
        raise AnswersFileError("empty")
    try:
        # utf-8-sig: a byte order mark at the start (some editors write one) is not content.
        data = json.loads(raw.decode("utf-8-sig"), object_pairs_hook=_object)
    except UnicodeDecodeError as error:
        raise AnswersFileError("not_utf8") from error
    except AnswersFileError:
        raise
    except RecursionError as error:
        raise AnswersFileError("too_deep") from error
    except ValueError as error:
        raise AnswersFileError("not_json") from error
    # A character refused in text can only be there written as an escape (\n, \u202e) or as
    # the UTF-8 of a direction mark, a line separator or DEL: without any, no text to check.
    return answers_from_data(data, check_text=_MAYBE_REFUSED.search(raw) is not None)


def _object(pairs: list[tuple[str, Any]]) -> dict:
    """A JSON object whose keys are all different: a key written twice is refused, not
    silently the last one."""
    data = dict(pairs)
    if len(data) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:  # the first key written a second time
                raise AnswersFileError("duplicate_key", _name(key))
            seen.add(key)
    return data


# Refused in text: control characters (C0, DEL, C1, line and paragraph separators), and the
# marks that change the direction text is shown in (U+202E shows "gnp.exe" as "exe.png").
# Line breaks and tabs are allowed in the advisor's free notes only.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_MULTILINE = {("notes",)}
_MULTILINE_ALLOWED = "\n\r\t"
_MAYBE_REFUSED = re.compile(
    rb"\\|\x7f|\xc2[\x80-\x9f]|\xd8\x9c|\xe2\x80[\x8e\x8f\xa8-\xae]|\xe2\x81[\xa6-\xa9]"
)


def _check_text(data: Any) -> None:
    """Every text value of the file, in file order: no control or direction character."""
    stack: list[tuple[tuple, Any]] = [((), data)]
    while stack:
        location, value = stack.pop()
        if isinstance(value, str):
            if found := _BIDI.search(value):
                raise AnswersFileError(
                    "bidi_character", _path(location), {"char": f"U+{ord(found.group()):04X}"}
                )
            for found in _CONTROL.finditer(value):
                if location in _MULTILINE and found.group() in _MULTILINE_ALLOWED:
                    continue
                raise AnswersFileError(
                    "control_character", _path(location), {"char": f"U+{ord(found.group()):04X}"}
                )
        elif isinstance(value, dict):
            stack += [((*location, key), item) for key, item in reversed(value.items())]
        elif isinstance(value, list):
            stack += [((*location, i), item) for i, item in reversed(list(enumerate(value)))]


def answers_from_data(data: Any, *, check_text: bool = True) -> Answers:
    if not isinstance(data, dict):
        raise AnswersFileError("not_object")
    if _depth(data) > MAX_DEPTH:
        raise AnswersFileError("too_deep")
    if check_text:
        _check_text(data)
    version = data.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise AnswersFileError("no_version", "schema_version", {"version": SCHEMA_VERSION})
    if version > SCHEMA_VERSION:
        raise AnswersFileError(
            "future_version", "schema_version", {"found": version, "version": SCHEMA_VERSION}
        )
    if version < 1:
        raise AnswersFileError("no_version", "schema_version", {"version": SCHEMA_VERSION})
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version = data["schema_version"]
    try:
        return Answers.model_validate(data)
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        raise AnswersFileError(
            first["type"], _path(first["loc"]), dict(first.get("ctx") or {})
        ) from None
    except RecursionError as error:
        raise AnswersFileError("too_deep") from error


def _path(location: tuple) -> str:
    """Where in the file: "work_history[0].start" (a key the file made up, made safe to show)."""
    named = [part if isinstance(part, int) else _name(str(part)) for part in location]
    return paths.file_field(named) or "schema_version"


MAX_NAME_CHARS = 60


def _name(part: str) -> str:
    """A field name as the file wrote it, made safe for one line (unknown keys are anything)."""
    text = " ".join("".join(c if c.isprintable() else " " for c in part).split())
    if len(text) > MAX_NAME_CHARS:
        text = text[: MAX_NAME_CHARS - 1] + "…"
    return text or '""'


MAX_VALUE_CHARS = 40


def _cut(text: str) -> str:
    """A value from the file, as long as a message can hold (a 4,000-digit number is not)."""
    return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 1] + "…"


def _depth(value: Any) -> int:
    """How many containers are nested in `value`, counted to MAX_DEPTH + 1 at most: one level
    of the tree at a time, stopping as soon as it is too deep (no recursion)."""
    depth = 0
    containers = (dict, list)
    level = [value] if isinstance(value, containers) else []
    while level and depth <= MAX_DEPTH:
        depth += 1
        below: list = []
        for container in level:
            items = container.values() if isinstance(container, dict) else container
            below += [item for item in items if isinstance(item, containers)]
        level = below
    return depth


# What is expected, by error code (pydantic's `type` codes and ours).
EXPECTED = {
    "unreadable": N_("the file cannot be read ({reason})"),
    "not_a_file": N_("not a regular file (a folder, a pipe or a device): not read"),
    "duplicate_key": N_("this field is written twice in the file; keep only one"),
    "control_character": N_(
        "this text holds a control character ({char}: a line break, a tab or another "
        "invisible code); remove it"
    ),
    "bidi_character": N_(
        "this text holds an invisible direction mark ({char}), which can show the text in "
        "another order than written; remove it"
    ),
    "too_large": N_("the file is larger than {limit} kB; an answers file is much smaller"),
    "empty": N_("the file is empty"),
    "not_utf8": N_("the file is not text (UTF-8)"),
    "not_json": N_("the file is not JSON: is it an answers file from this tool?"),
    "not_object": N_("the file is not an answers file (a JSON object is expected)"),
    "too_deep": N_("the file is nested too deeply to be an answers file"),
    "no_version": N_("a schema_version is expected (this release reads version {version})"),
    "future_version": N_(
        "this file is from a newer release (schema_version {found}); this "
        "release reads up to version {version}"
    ),
    "missing": N_("this field is required"),
    "extra_forbidden": N_("unknown field: is the file from this tool?"),
    "date_from_datetime_parsing": N_("a real date written YYYY-MM-DD is expected"),
    "date_parsing": N_("a real date written YYYY-MM-DD is expected"),
    "date_type": N_("a real date written YYYY-MM-DD is expected"),
    "bool_parsing": N_("true or false is expected"),
    "bool_type": N_("true or false is expected"),
    "int_parsing": N_("a whole number is expected"),
    "int_type": N_("a whole number is expected"),
    "int_from_float": N_("a whole number is expected"),
    "decimal_parsing": N_("a number is expected"),
    "decimal_type": N_("a number is expected"),
    "float_parsing": N_("a number is expected"),
    "float_type": N_("a number is expected"),
    "finite_number": N_("a finite number is expected"),
    "decimal_max_places": N_("at most 2 decimals are expected"),
    "greater_than_equal": N_("a number of at least {ge} is expected"),
    "greater_than": N_("a number greater than {gt} is expected"),
    "less_than_equal": N_("a number of at most {le} is expected"),
    "less_than": N_("a number less than {lt} is expected"),
    "string_pattern_mismatch": N_("a five-digit NOC 2021 code is expected (e.g. 21232)"),
    "string_type": N_("text is expected"),
    "string_too_long": N_("at most {max_length} characters are expected"),
    "too_long": N_("at most {max_length} entries are expected"),
    "list_type": N_("a list is expected"),
    "model_type": N_("an object is expected"),
    "dict_type": N_("an object is expected"),
    "enum": N_("one of these values is expected: {expected}"),
    "literal_error": N_("one of these values is expected: {expected}"),
    "end_before_start": N_("the end date is before the start date"),
    "ongoing_with_end": N_("an ongoing job has no end date"),
    "diploma_before_program_end": N_("the diploma is dated before its program ended"),
    "tcf_speaking_out_of_20": N_("a TCF speaking score is out of 20"),
}
FALLBACK = N_("this value is not valid")


def error_message(error: AnswersFileError, lang: str, *, with_field: bool = True) -> str:
    """One line: the field, then what is expected, in the reader's language. Beside the field
    it concerns (in the app), only what is expected."""
    t = Translator(lang)
    # What the file holds is cut to a readable length; what is expected (the schema's) is not.
    params = {
        key: str(value) if key == "expected" else _cut(str(value))
        for key, value in error.params.items()
    }
    try:
        expected = t(EXPECTED.get(error.code, FALLBACK), **params)
    except (KeyError, IndexError):
        expected = t(FALLBACK)
    if error.field and with_field:
        return t("{field}: {expected}", field=error.field, expected=expected)
    return expected
