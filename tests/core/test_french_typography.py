"""One French typesetting rule, applied by one function (core/typography.py) wherever text is
produced: the catalog's messages as rendered, the assessment's messages, and (in
test_pdf_report.py) the PDF's text."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from core.answers import Answers
from core.assess import assess
from core.contract import assessment_json
from core.i18n import LOCALES_DIR, Translator
from core.results_view import results_view
from core.typography import french_typography_errors, typeset

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.json"))


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("Profil Francophone: oui", "Profil Francophone\u00a0: oui"),
        ("art. 7, par. 2° : x", "art. 7, par. 2°\u00a0: x"),
        ("« texte »", "«\u00a0texte\u00a0»"),
        ("«texte»", "«\u00a0texte\u00a0»"),
        ("100 000 $", "100 000\u00a0$"),
        ("37.5 heures, 37.50 $", "37,5 heures, 37,50\u00a0$"),
        ("art. 7.1 et 10.1 : voir", "art. 7.1 et 10.1\u00a0: voir"),  # article numbers stay
        ("RLRQ c. I-0.2.1, r. 8", "RLRQ c. I-0.2.1, r. 8"),
        ("https://a.b/c:d", "https://a.b/c:d"),
        ("l’auto-évaluation", "l'autoévaluation"),
        ("{amount} $ et {x}: y", "{amount}\u00a0$ et {x}\u00a0: y"),
        ("déjà\u00a0: rien", "déjà\u00a0: rien"),  # idempotent
    ],
)
def test_french_text_is_typeset_the_one_way(typed, shown):
    assert typeset(typed, "fr") == shown
    assert typeset(shown, "fr") == shown
    assert french_typography_errors(shown) == []


def test_english_text_is_left_as_written():
    assert typeset("Francophone profile: yes, $37.50", "en") == "Francophone profile: yes, $37.50"


def test_every_french_message_as_rendered_is_typeset():
    path = LOCALES_DIR / "fr_CA" / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as handle:
        catalog = read_po(handle, locale="fr_CA")
    t = Translator("fr")
    errors = []
    for message in catalog:
        if not message.id:
            continue
        msgid = message.id if isinstance(message.id, str) else message.id[0]
        errors += [f"{msgid[:50]!r}: {e}" for e in french_typography_errors(t(msgid))]
    assert errors == []


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_the_assessments_messages_and_results_are_typeset_in_french(path):
    assessment = assess(Answers.model_validate_json(path.read_text(encoding="utf-8")))
    data = assessment_json(assessment, "fr")
    texts = list(data["notices"]) + [data["fees"]["text"]]
    for way in data["ways"]:
        for finding in way["unmet"] + way["unknown"]:
            texts += [finding["message"], finding["label"], finding["reading"] or ""]
            texts += [f["text"] for f in finding["figures"]]
    view = results_view(assessment, "fr")
    texts += [view.headline, *view.next_steps, *view.sources, *view.near_misses]
    for stream in view.streams:
        texts += [stream.summary, stream.decisive or ""]
        for condition in stream.open + stream.settled:
            texts += [condition.message, condition.status_text, *condition.figures]
    errors = [e for text in texts for e in french_typography_errors(text)]
    assert errors == []
