"""Every message the code shows is in both catalogs, translated, with the same placeholders."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir, extract_from_file
from babel.messages.frontend import parse_keywords
from babel.messages.pofile import read_po

from core.i18n import LOCALES, Translator, translations

ROOT = Path(__file__).resolve().parents[1]
PLACEHOLDER = re.compile(r"\{(\w*)\}")


def load(locale: str):
    with (ROOT / "locales" / locale / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return read_po(handle, locale=locale)


def extract() -> set[str | tuple[str, ...]]:
    """The msgids `pybabel extract` finds, with the repository's own settings
    ([tool.babel.extract_messages] in pyproject.toml), extracted in memory."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["babel"]
    settings = config["extract_messages"]
    keywords = {**DEFAULT_KEYWORDS, **parse_keywords(settings["keywords"])}
    found: set = set()
    for name in settings["input_paths"]:
        path = ROOT / name
        if path.is_file():
            items = (m for _, m, _, _ in extract_from_file("python", path, keywords=keywords))
        else:
            items = (m for _, _, m, _, _ in extract_from_dir(path, keywords=keywords))
        found.update(m for m in items if m)
    return found


EXTRACTED = extract()


def test_extraction_finds_the_code_s_messages():
    assert "Next" in EXTRACTED  # t("Next") in ui/
    assert ("{n} month", "{n} months") in EXTRACTED  # t.plural(...) in core/explain.py
    assert "Welcome" in EXTRACTED  # N_("Welcome") in app.py, a file named on its own


@pytest.mark.parametrize("locale", sorted(LOCALES.values()))
def test_the_catalogs_are_in_step_with_the_code(locale):
    """Every message the code shows is in the catalog, and the catalog holds nothing the code
    no longer shows: run `.venv/bin/python scripts/catalogs.py` to bring them in step."""
    ids = {m.id for m in load(locale) if m.id}
    assert not EXTRACTED - ids, f"missing from {locale}: {sorted(map(str, EXTRACTED - ids))[:5]}"
    assert not ids - EXTRACTED, f"stale in {locale}: {sorted(map(str, ids - EXTRACTED))[:5]}"


@pytest.mark.parametrize("locale", sorted(LOCALES.values()))
def test_every_message_is_translated_not_fuzzy_and_keeps_its_placeholders(locale):
    for message in load(locale):
        if not message.id:
            continue
        assert not message.fuzzy, message.id
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(strings), f"untranslated in {locale}: {message.id!r}"
        wanted = set(PLACEHOLDER.findall(ids[-1]))
        for string in strings:
            assert set(PLACEHOLDER.findall(string)) == wanted, (locale, message.id, string)


def test_the_real_catalogs_load_and_differ():
    # Translations.load would silently fall back to the msgids; ours refuses a missing file.
    assert translations("fr").gettext("Next") != "Next"
    assert Translator("fr")("Next") == load("fr_CA").get("Next").string
    assert Translator("en")("Next") == "Next"


def test_languages_do_not_leak_between_callers():
    french, english = Translator("fr"), Translator("en")
    assert french("Back") != english("Back")
    assert french("Back") == Translator("fr")("Back")


def _literal_calls(tree) -> list[tuple[int, str]]:
    """t("…"), N_("…"), x.plural("…", …): the literal message of each call, f-strings included
    (pybabel does not look inside an f-string: a call there is never extracted)."""
    import ast

    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        first = node.args[0]
        literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
        if name in ("t", "N_", "plural") and literal:
            found.append((node.lineno, first.value))
    return found


def test_every_literal_message_the_code_translates_is_extracted():
    import ast

    catalog = {m.id if isinstance(m.id, str) else m.id[0] for m in load("fr_CA") if m.id}
    missing = []
    for folder in ("core", "ui", "screens"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for line, message in _literal_calls(tree):
                if message not in catalog:
                    missing.append(f"{path.relative_to(ROOT)}:{line}: {message!r}")
    for path in (ROOT / "app.py",):
        for line, message in _literal_calls(ast.parse(path.read_text(encoding="utf-8"))):
            if message not in catalog:
                missing.append(f"app.py:{line}: {message!r}")
    assert not missing, (
        "translated but never extracted (a call inside an f-string?):\n" + "\n".join(missing)
    )


# One citation style per language, as Citation.render writes them (core/rules/base.py): "art. 7,
# par. 4°, sous-par. b)" in French, "s. 7, para. 4°, subpara. b)" in English. The article numbers
# of a message written by hand are the same words, so a French style in an English sentence (or
# the reverse) shows here, not on a reader's screen.
FOREIGN_CITATION = {
    "en_CA": re.compile(r"\b(?:[Aa]rt|par|sous-par)\. \d|\b\d+(?:st|nd|rd|th) paragraph"),
    "fr_CA": re.compile(r"\b(?:s|para|subpara)\. \d"),
}


@pytest.mark.parametrize("locale", sorted(LOCALES.values()))
def test_every_message_cites_articles_in_its_own_language_s_style(locale):
    foreign = FOREIGN_CITATION[locale]
    found = []
    for message in load(locale):
        texts = message.string if isinstance(message.string, tuple) else (message.string,)
        found += [text for text in texts if text and foreign.search(text)]
    assert not found, "\n".join(found)
