"""Every message the code shows is in both catalogs, translated, with the same placeholders."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from core.i18n import LOCALES, Translator, translations

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import catalogs  # noqa: E402

PLACEHOLDER = re.compile(r"\{(\w*)\}")


def load(locale: str):
    with (ROOT / "locales" / locale / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return read_po(handle, locale=locale)


EXTRACTED = catalogs.extract()


@pytest.mark.parametrize("locale", sorted(LOCALES.values()))
def test_every_extracted_message_is_in_the_catalog_and_nothing_stale(locale):
    ids = {m.id if isinstance(m.id, str) else m.id for m in load(locale) if m.id}
    wanted = set(EXTRACTED)
    assert not wanted - ids, f"missing from {locale}: {sorted(map(str, wanted - ids))[:5]}"
    assert not ids - wanted, f"stale in {locale}: {sorted(map(str, ids - wanted))[:5]}"


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
