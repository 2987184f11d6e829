"""Amounts as people type them, in French and in English (`core.i18n.parse_amount`, which the
app's money fields call): spaces, $ and no-break spaces ignored; digits grouped by threes are
thousands in either language; a lone comma or point is the decimal mark; anything else refused
(the field then shows "Type an amount in figures…"). Negative amounts parse, and the answers
model refuses them (an amount is never below 0)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pydantic import ValidationError

from core.answers import Answers
from core.i18n import Translator, parse_amount

REFUSED = None

TYPED = [
    # typed, French reading, English reading
    ("100 000", Decimal("100000"), Decimal("100000")),
    ("100,000", Decimal("100000"), Decimal("100000")),
    ("100 000,50", Decimal("100000.50"), Decimal("100000.50")),
    ("100 000.50", Decimal("100000.50"), Decimal("100000.50")),
    ("45,500", Decimal("45500"), Decimal("45500")),  # a salary grouped by three: thousands
    # (an hourly wage reads it as 45,50: PER_HOUR below)
    ("45,50", Decimal("45.50"), Decimal("45.50")),
    ("1,234.56", REFUSED, Decimal("1234.56")),  # English grouping and decimal point
    ("1.234,56", REFUSED, REFUSED),  # neither fr_CA (space groups) nor en_CA
    ("100\u00a0000", Decimal("100000"), Decimal("100000")),  # no-break space, as Babel writes
    ("100\u202f000", Decimal("100000"), Decimal("100000")),  # narrow no-break space
    ("  82 000 $ ", Decimal("82000"), Decimal("82000")),
    ("$82,000", Decimal("82000"), Decimal("82000")),
    ("0", Decimal("0"), Decimal("0")),
    ("-5", Decimal("-5"), Decimal("-5")),  # read; refused by the model (below)
    ("1e309", REFUSED, REFUSED),  # no exponents: never an infinite amount
    ("quatre-vingt mille", REFUSED, REFUSED),
    ("eighty thousand", REFUSED, REFUSED),
    ("82k", REFUSED, REFUSED),
    ("", REFUSED, REFUSED),  # the field treats an empty one as "no answer" before parsing
    ("   ", REFUSED, REFUSED),
    ("--5", REFUSED, REFUSED),
    ("5-", REFUSED, REFUSED),
    ("1,00,000", REFUSED, REFUSED),
]


PER_HOUR = [
    # typed in an hourly wage field, French reading, English reading
    ("45,500", Decimal("45.500"), Decimal("45.500")),  # one mark: cents, never 45 500 $ an hour
    ("45.500", Decimal("45.500"), Decimal("45.500")),
    ("45,50 $/h", Decimal("45.50"), Decimal("45.50")),
    ("45", Decimal("45"), Decimal("45")),
    ("1 045,50", Decimal("1045.50"), Decimal("1045.50")),
    ("4,5,5", REFUSED, REFUSED),
]


ROWS = [(row, False) for row in TYPED] + [(row, True) for row in PER_HOUR]


@pytest.mark.parametrize(("lang", "column"), [("fr", 1), ("en", 2)])
@pytest.mark.parametrize(
    ("row", "per_hour"), ROWS, ids=[f"{row[0]!r}{' per hour' * hourly}" for row, hourly in ROWS]
)
def test_an_amount_reads_as_a_person_of_that_language_means_it(row, per_hour, lang, column):
    typed, expected = row[0], row[column]
    if expected is REFUSED:
        with pytest.raises(ValueError):
            parse_amount(typed, lang, per_hour=per_hour)
    else:
        assert parse_amount(typed, lang, per_hour=per_hour) == expected


@pytest.mark.parametrize("amount", ["-5", "1e309", "100000000.01"])
def test_the_answers_model_refuses_amounts_no_salary_can_be(amount):
    with pytest.raises(ValidationError):
        Answers.model_validate({"schema_version": 1, "job": {"annual_salary": amount}})


def test_every_amount_the_app_writes_reads_back_as_the_same_amount():
    for lang in ("fr", "en"):
        t = Translator(lang)
        for value in (Decimal("0"), Decimal("45.50"), Decimal("75000"), Decimal("100000.50")):
            assert parse_amount(t.money(value), lang) == value, (lang, t.money(value))
