"""Text in an answers file is taken as written or refused, never altered or read two ways:
control and direction characters are refused naming the field (in each language), a value
echoed in a message is cut, a UTF-8 byte order mark is accepted, a key written twice is
refused, and HTML entities are kept as typed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.answers_file import AnswersFileError, error_message, parse_answers

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "it-vfx.json"


def refusal(raw: bytes | str, lang: str = "en") -> str:
    with pytest.raises(AnswersFileError) as caught:
        parse_answers(raw)
    return error_message(caught.value, lang)


def with_title(title: str) -> str:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["work_history"][1]["title"] = title
    return json.dumps(data)  # escapes: \n, \u202e


@pytest.mark.parametrize("char", ["\n", "\r", "\t", "\x00", "\x1b", "\x7f", "\x85", "\u2028"])
def test_a_control_character_in_a_text_is_refused_naming_the_field(char):
    message = refusal(with_title(f"Compositor{char}Montréal"))
    assert message.startswith("work_history[1].title: this text holds a control character")
    assert f"U+{ord(char):04X}" in message
    french = refusal(with_title(f"Compositor{char}Montréal"), "fr")
    assert french.startswith(
        "work_history[1].title\u00a0: ce texte contient un caractère de contrôle"
    )


@pytest.mark.parametrize("char", ["\u202e", "\u202a", "\u2066", "\u2069", "\u200f", "\u061c"])
def test_a_direction_mark_is_refused_naming_the_field(char):
    message = refusal(with_title(f"gnp{char}.exe"))
    assert message.startswith("work_history[1].title: this text holds an invisible direction mark")
    assert f"U+{ord(char):04X}" in message
    # Written raw in the file (UTF-8), not as an escape: refused all the same.
    raw = with_title("x").replace('"title": "x"', f'"title": "gnp{char}.exe"').encode()
    assert "direction mark" in refusal(raw)
    assert "marque de direction invisible" in refusal(raw, "fr")


def test_the_advisors_notes_may_hold_line_breaks_and_tabs_but_no_other_control():
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["notes"] = "Line one\n\tline two\r\nend"
    assert parse_answers(json.dumps(data)).notes == "Line one\n\tline two\r\nend"
    data["notes"] = "bell\x07"
    assert refusal(json.dumps(data)).startswith("notes: this text holds a control character")


def test_html_entities_are_kept_as_written():
    answers = parse_answers(with_title("R&amp;D &lt;b&gt;"))
    assert answers.work_history[1].title == "R&amp;D &lt;b&gt;"


def test_a_byte_order_mark_is_accepted():
    raw = EXAMPLE.read_bytes()
    assert parse_answers(b"\xef\xbb\xbf" + raw) == parse_answers(raw)


@pytest.mark.parametrize(
    "raw, field",
    [
        ('{"schema_version": 1, "schema_version": 1}', "schema_version"),
        ('{"schema_version": 1, "job": {"title": "a", "title": "b"}}', "title"),
    ],
)
def test_a_key_written_twice_is_refused_naming_it(raw, field):
    assert refusal(raw) == f"{field}: this field is written twice in the file; keep only one"
    assert refusal(raw, "fr").startswith(f"{field}\u00a0: ce champ figure deux fois")


def test_a_huge_value_is_cut_in_the_message():
    message = refusal('{"schema_version": ' + "9" * 4000 + "}")
    assert len(message) < 200 and "…" in message
    assert message.startswith("schema_version: this file is from a newer release")
