"""The fast paths core uses for speed (see bench/README.md) give exactly what the well-kept
libraries give: month arithmetic as dateutil's relativedelta, money, numbers and dates as Babel,
plurals as the catalog."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal
from dateutil.relativedelta import relativedelta

from core.experience import add_months, months_and_days
from core.i18n import LOCALES, Translator, format_day, format_money, ngettext
from core.typography import typeset_template


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


def test_number_formatting_agrees_with_babel() -> None:
    rng = random.Random(7)
    numbers: list[object] = [0, 1, -1, 7, 999, 1000, 12_345, 1234.5, 0.0005, 2.675, -0.0]
    numbers += [Decimal("-0"), Decimal("1E+5"), Decimal("12.3456"), Decimal("0.00049"), 10**12]
    numbers += [rng.randrange(-(10**9), 10**9) for _ in range(2_000)]
    numbers += [
        Decimal(rng.randrange(-(10**9), 10**9)) / Decimal(10 ** rng.randrange(0, 6))
        for _ in range(3_000)
    ]
    for number in numbers:
        for lang in ("fr", "en"):
            expected = format_decimal(number, locale=LOCALES[lang])
            assert Translator(lang).number(number) == expected, (number, lang)


def test_dates_of_every_day_of_two_centuries_agree_with_babel() -> None:
    day = date(1900, 1, 1)
    while day < date(2100, 1, 1):
        for lang in ("fr", "en"):
            expected = format_date(day, format="long", locale=LOCALES[lang])
            if lang == "fr" and day.day == 1:
                expected = "1er " + expected[2:]
            assert format_day(day, lang) == expected
        day += timedelta(days=1 if day.year in (1900, 2000, 2024, 2025, 2026) else 13)


def test_plurals_agree_with_the_catalog() -> None:
    for lang in ("fr", "en"):
        t = Translator(lang)
        for n in (*range(0, 30), 100, 101, 1_000_001):
            for singular, plural in (("{n} month", "{n} months"), ("{n} day", "{n} days")):
                expected = typeset_template(ngettext(lang, singular, plural, n), lang)
                assert t.plural(singular, plural, n) == expected.format(n=n)
