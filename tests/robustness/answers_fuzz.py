"""Generated answers files, good and bad, and the check every one of them must pass.

Strategies (Hypothesis) are built from the answers file's own JSON Schema, so a new field is
fuzzed without editing this file:

- `json_documents`: any JSON value (wrong types everywhere, arrays, scalars, NaN, infinities).
- `raw_bytes`: random bytes, empty and blank files, invalid UTF-8, BOMs, truncated JSON.
- `answers_shaped(spoil=...)`: objects with the schema's fields, each field either a valid
  value or a nasty one (wrong type, impossible date, negative or absurd amount, NaN,
  1e30 / "10^30", huge string, deep nesting), some fields missing, unknown fields added.
"""

from __future__ import annotations

import json
import math
import time
from datetime import date
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from core.answers import answers_json_schema
from core.answers_file import AnswersFileError, error_message, parse_answers
from core.assess import assess
from core.contract import assessment_json

SCHEMA = answers_json_schema()
DEFS = SCHEMA["$defs"]
FILE_LEVEL_CODES = {"too_large", "empty", "not_utf8", "not_json", "not_object", "too_deep"}
# CPU seconds of this thread for one input: a pathological input (a regex that backtracks, a
# loop over a huge count) shows here; a loaded machine does not (wall time would).
SECONDS_PER_INPUT = 2.0

ABSURD = [
    1e30, -1e30, 1e308, -1e308, 5e-324, -0.0, 10**30, -(10**30), 2**63, -(2**63) - 1, 10**400,
    "1e30", "10^30", "1E+30", "-1", "-0.01", "0.001", "100000000.01", "1,000", "1 000,50",
    "NaN", "nan", "Infinity", "-Infinity", "inf", "+inf", "1e309", "0x10", "1_000", "١٢٣",
    "2025-02-30", "2025-02-29", "2024-02-30", "2025-13-01", "2025-00-10", "0000-00-00",
    "0001-01-01", "9999-12-31", "10000-01-01", "2025-6-1", "20250601", "2025-06-01T25:00:00",
    "2025-06-01T00:00:00", "01/06/2025", "-2025-06-01", "",
    " ", "\x00", "\u202e", "\ud800", "true", "yes", "null", "[]", "{}", True, False, None,
    [], {}, [None], {"": None}, 0, 1, -1, 12, 13, 21, 1000, 1001, 30, 31, 168, 169,
]  # fmt: skip


def huge_text(n: int) -> str:
    return "é" * n


nasty_values = st.one_of(
    st.sampled_from(ABSURD),
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=False, allow_infinity=False, places=3).map(str),
    st.text(max_size=30),
    st.dates(min_value=date(1, 1, 1)).map(date.isoformat),
    st.sampled_from([499, 500, 501, 5000, 5001, 100_000]).map(huge_text),
    st.integers(min_value=21, max_value=60).map(lambda n: nested(n)),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)


def nested(levels: int, leaf: Any = 1) -> Any:
    value = leaf
    for index in range(levels):
        value = [value] if index % 2 else {"a": value}
    return value


json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.sampled_from(ABSURD),
)
json_documents = st.recursive(
    json_scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=5),
        st.dictionaries(
            st.one_of(st.text(max_size=12), st.sampled_from(sorted(SCHEMA["properties"]))),
            children,
            max_size=6,
        ),
    ),
    max_leaves=30,
)


def _resolve(node: dict) -> dict:
    while "$ref" in node:
        node = DEFS[node["$ref"].rsplit("/", 1)[1]]
    return node


def valid_value(node: dict) -> st.SearchStrategy:
    """A value the schema accepts (pydantic's extra checks, e.g. end before start, may not)."""
    node = _resolve(node)
    if "anyOf" in node:
        options = [n for n in node["anyOf"] if n.get("type") != "null"]
        numbers = [n for n in options if n.get("type") == "number"]
        if numbers and {"type": "string"} in options:  # a Decimal: a number, or one as text
            number = valid_value(numbers[0])
            return st.one_of(number, number.map(lambda v: str(Decimal(str(v)))))
        return st.one_of(*(valid_value(n) for n in options))
    if "const" in node:
        return st.just(node["const"])
    if "enum" in node:
        return st.sampled_from(node["enum"])
    kind = node.get("type")
    if kind == "boolean":
        return st.booleans()
    if kind == "integer":
        return st.integers(node.get("minimum", -5), node.get("maximum", 10**6))
    if kind == "number":
        low = Decimal(str(node.get("minimum", node.get("exclusiveMinimum", -0.01)))) + (
            Decimal("0.01") if "exclusiveMinimum" in node else 0
        )
        high = Decimal(str(node.get("maximum", 10**6)))
        return st.one_of(
            st.integers(math.ceil(low), math.floor(high)),
            st.decimals(low, high, places=2).map(float),
        )
    if kind == "string":
        if node.get("format") == "date":
            return st.dates(date(1990, 1, 1), date(2030, 12, 31)).map(date.isoformat)
        if "pattern" in node:
            return st.from_regex(r"\A[0-9]{5}\Z")
        return st.text(max_size=min(node.get("maxLength", 500), 40))
    if kind == "array":
        item = valid_value(node["items"])
        return st.lists(item, max_size=min(node.get("maxItems", 20), 4))
    if kind == "object":
        return objects(node, spoil=False)
    raise AssertionError(f"schema node not handled: {node}")


def objects(node: dict, *, spoil: bool) -> st.SearchStrategy:
    props = node.get("properties", {})
    fields = {
        name: (
            st.one_of(_field(sub, spoil), nasty_values)
            if spoil and name != "schema_version"
            else _field(sub, spoil)
        )
        for name, sub in props.items()
    }
    optional = {k: v for k, v in fields.items() if k != "schema_version"}
    base = st.fixed_dictionaries(
        {"schema_version": fields["schema_version"]} if "schema_version" in fields else {},
        optional=optional,
    )
    if not spoil:
        return base
    extra = st.dictionaries(st.text(max_size=15), json_scalars, max_size=2)
    return st.tuples(base, extra, st.booleans()).map(lambda t: {**t[0], **t[1]} if t[2] else t[0])


def _field(node: dict, spoil: bool) -> st.SearchStrategy:
    resolved = _resolve(node)
    if spoil and resolved.get("type") == "object":
        return objects(resolved, spoil=True)
    if spoil and "anyOf" in resolved:
        arrays = [_resolve(n) for n in resolved["anyOf"] if _resolve(n).get("type") == "array"]
        if arrays:
            item = _resolve(arrays[0]["items"])
            return st.lists(objects(item, spoil=True), max_size=4)
    return valid_value(node)


def answers_shaped(*, spoil: bool) -> st.SearchStrategy:
    return objects(SCHEMA, spoil=spoil)


def encode(document: Any) -> bytes:
    """JSON as a file holds it (NaN and Infinity written as Python's json writes them)."""
    return json.dumps(document, allow_nan=True, default=str).encode("utf-8", "surrogatepass")


raw_bytes = st.one_of(
    st.binary(max_size=300),
    st.sampled_from(
        [
            b"",
            b" ",
            b"\n\t\r ",
            b"\xef\xbb\xbf",
            b"\xef\xbb\xbf{}",
            b"\xff\xfe{}",
            b"{",
            b"}",
            b"[",
            b"null",
            b"0",
            b'"x"',
            b"[]",
            b"{}",
            b'{"schema_version":1',
            b"\x00" * 10,
            b'{"schema_version":1}\x00',
            b'{"schema_version":1}{}',
            b"NaN",
            b"-Infinity",
            b'{"schema_version":1e400}',
            b'{"schema_version":1.0}',
            b'{"schema_version":true}',
            b'{"schema_version":2}',
            b'{"schema_version":0}',
            b'{"schema_version":-1}',
            b'{"schema_version":"1"}',
            b'{"schema_version":1,"schema_version":1}',
            b'{"schema_version":10000000000000000000000000000000}',
        ]
    ),  # fmt: skip
    st.text(max_size=200).map(lambda s: s.encode("utf-8", "surrogatepass")),
    st.text(max_size=200).map(lambda s: s.encode("utf-16")),
    json_documents.map(encode).flatmap(
        lambda b: st.integers(0, max(len(b) - 1, 0)).map(lambda n: b[:n])
    ),
)


def check(raw: bytes | str) -> str:
    """Read one file as the app and the command line do; return "read" or "refused".

    A file is either read into `Answers` (then assessing it and writing the result as JSON
    must work) or refused with an `AnswersFileError` whose message is one line naming the
    field, or speaking of the file as a whole. Anything else fails the test.
    """
    started = time.thread_time()
    try:
        answers = parse_answers(raw)
    except AnswersFileError as error:
        for lang in ("fr", "en"):
            message = error_message(error, lang)
            assert message.strip(), error.code
            assert message.splitlines() == [message], f"not one line: {message!r}"
            assert len(message) < 400, f"message of {len(message)} characters"
            if error.field:
                assert message.startswith(error.field), (error.field, message)
            else:
                assert error.code in FILE_LEVEL_CODES, (error.code, message)
        outcome = "refused"
    else:
        result = assess(answers)
        for lang in ("fr", "en"):
            json.dumps(assessment_json(result, lang), ensure_ascii=False)
        outcome = "read"
    elapsed = time.thread_time() - started
    assert elapsed < SECONDS_PER_INPUT, f"{elapsed:.2f} s of CPU for one input"
    return outcome
