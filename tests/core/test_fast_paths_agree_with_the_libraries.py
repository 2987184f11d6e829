"""The fast paths core uses for speed (see bench/README.md) give exactly what the well-kept
libraries give: month arithmetic as dateutil's relativedelta, money and dates as Babel."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_currency
from dateutil.relativedelta import relativedelta

from core.experience import add_months, months_and_days
from core.i18n import LOCALES, format_day, format_money


def test_month_arithmetic_agrees_with_relativedelta() -> None:
    rng = random.Random(5)
    start = date(1990, 1, 1)
    for _ in range(50_000):
        day = start + timedelta(days=rng.randrange(0, 20_000))
        months = rng.randrange(-130, 130)
        assert add_months(day, months) == day + relativedelta(months=months), (day, months)
        other = day + timedelta(days=rng.randrange(-2_000, 2_000))
        step = relativedelta(day, other)
        assert months_and_days(day, other) == (step.years * 12 + step.months, step.days)


def _babel_money(amount: object, lang: str, cents: bool | None) -> str:
    value = Decimal(str(amount))
    if cents is None:
        cents = value != value.to_integral_value()
    fmt = None if cents else ("#,##0\u00a0¤" if lang == "fr" else "¤#,##0")
    return format_currency(value, "CAD", format=fmt, locale=LOCALES[lang], currency_digits=cents)


def test_money_formatting_agrees_with_babel() -> None:
    rng = random.Random(5)
    amounts: list[object] = [0, 1, -1, 999, 1000, 1234.5, 0.005, 0.015, 2.675, 100_000_000]
    amounts += [Decimal("40.0005"), Decimal(100_000) / (Decimal("37.5") * 52), Decimal("-0")]
    amounts += [
        Decimal(rng.randrange(-(10**9), 10**9)) / Decimal(10 ** rng.randrange(0, 5))
        for _ in range(5_000)
    ]
    for amount in amounts:
        for lang in ("fr", "en"):
            for cents in (None, True, False):
                assert format_money(amount, lang, cents) == _babel_money(amount, lang, cents)


def test_date_formatting_agrees_with_babel() -> None:
    for offset in range(0, 3_000, 7):
        day = date(2019, 1, 1) + timedelta(days=offset)
        for lang in ("fr", "en"):
            expected = format_date(day, format="long", locale=LOCALES[lang])
            if lang == "fr" and day.day == 1:
                expected = "1er " + expected[2:]
            assert format_day(day, lang) == expected
