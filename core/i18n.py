"""Translations and locale formatting, given a language — no session state, no global language.

All sessions share one process, so nothing here is bound to "the current language": every call
names its language. Catalogs are compiled from `locales/*/LC_MESSAGES/messages.po` in memory once
per process (no .mo file to go stale) and shared read-only. In the repository they are in the
top-level `locales/` folder; an installed package carries them as `core/locales` (pyproject.toml).
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from functools import cache
from importlib.resources import files
from io import BytesIO
from pathlib import Path

from babel import Locale
from babel.dates import DateTimePattern, get_date_format, tokenize_pattern
from babel.dates import parse_pattern as parse_date_pattern
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import (
    NumberPattern,
    format_currency,
    format_decimal,
    get_currency_precision,
    get_currency_symbol,
    get_decimal_symbol,
    get_group_symbol,
    parse_decimal,
    parse_pattern,
)
from babel.support import Translations

from core.typography import typeset_template

LANGS = ("fr", "en")
DEFAULT_LANG = "fr"
LOCALES = {"fr": "fr_CA", "en": "en_CA"}
DOMAIN = "messages"


def locales_dir() -> Path:
    """Where the catalogs are: `core/locales` when installed, else the repository's `locales/`."""
    installed = Path(str(files(__package__ or "core") / "locales"))
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "locales"


LOCALES_DIR = locales_dir()


def N_(message: str) -> str:
    """Mark a message for extraction; it is translated later, in the reader's language."""
    return message


def lang_of(value: str | None) -> str:
    """ "fr", "fr-CA", "en_US"… → "fr" or "en"; anything else → the default."""
    if value:
        head = value.replace("_", "-").split("-")[0].lower()
        if head in LANGS:
            return head
    return DEFAULT_LANG


class CatalogMissing(RuntimeError):
    pass


@cache
def translations(lang: str) -> Translations:
    locale = LOCALES[lang_of(lang)]
    path = LOCALES_DIR / locale / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not path.is_file():
        # Translations.load would silently fall back to English msgids; refuse instead.
        raise CatalogMissing(f"catalog missing: {path}")
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=locale)
    buffer = BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return Translations(buffer, domain=DOMAIN)


def gettext(lang: str, message: str) -> str:
    return translations(lang).gettext(message)


def ngettext(lang: str, singular: str, plural: str, n: int) -> str:
    return translations(lang).ngettext(singular, plural, n)


def template(lang: str, message: str) -> str:
    """A message's translation, typeset. Typeset once per process for the catalog's own
    messages only: a string that is not in the catalog is typeset each time, never kept, so
    no shared cache can ever hold what a person typed."""
    if message in translations(lang)._catalog:
        return _catalog_template(lang, message)
    return typeset_template(gettext(lang, message), lang)


def in_catalog(lang: str, message: str) -> bool:
    """Whether a message is one of the catalog's own (words written by us, never typed)."""
    return message in translations(lang)._catalog


@cache
def _catalog_template(lang: str, msgid: str) -> str:
    return typeset_template(gettext(lang, msgid), lang)


class Translator:
    """`t = Translator("fr"); t("Salary")` — a small object bound to one language, per call site."""

    def __init__(self, lang: str) -> None:
        self.lang = lang_of(lang)
        self.locale = LOCALES[self.lang]

    def __call__(self, message: str, **params: object) -> str:
        text = template(self.lang, message)
        return text.format(**params) if params else text

    def plural(self, singular: str, plural: str, n: int, **params: object) -> str:
        catalog = translations(self.lang)
        form = catalog.plural(n)
        if (singular, form) in catalog._catalog:  # the catalog's words: typeset once per form
            text = _plural_template(self.lang, singular, plural, form)
        else:
            text = typeset_template(ngettext(self.lang, singular, plural, n), self.lang)
        return text.format(n=n, **params)

    def money(
        self, amount: Decimal | float | int, cents: bool | None = None, places: int = 2
    ) -> str:
        if places > 2:  # a figure whose cents alone would hide what decides (55,0005 $)
            return format_currency(
                Decimal(str(amount)).quantize(Decimal(1).scaleb(-places)),
                "CAD",
                format=("#,##0." + "0" * places + "\u00a0¤")
                if self.lang == "fr"
                else ("¤#,##0." + "0" * places),
                locale=babel_locale(self.lang),
                currency_digits=False,
            )
        return format_money(amount, self.lang, cents)

    def number(self, value: Decimal | float | int) -> str:
        """The same text as Babel's `format_decimal(value, locale=…)`, through the locale's
        pattern and symbols prepared once per language (tests/core/test_fast_paths_…)."""
        pattern, symbols = _decimal_pattern(self.lang)
        number = value if isinstance(value, Decimal) else Decimal(str(value))
        return _apply(pattern, number, symbols) or format_decimal(
            value, locale=babel_locale(self.lang)
        )

    def percent(self, value: Decimal | float | int) -> str:
        """A percentage as each language writes it: « 37,5 % » (a no-break space), "37.5%"."""
        return self.number(value) + ("\u00a0%" if self.lang == "fr" else "%")

    def date(self, day: date) -> str:
        return format_day(day, self.lang)


def format_money(amount: Decimal | float | int, lang: str, cents: bool | None = None) -> str:
    """100 000 $ (fr_CA) vs $100,000 (en_CA); cents shown only when there are some.

    The same text as `format_currency(value, "CAD", format=…, locale=…, currency_digits=cents)`
    (tests/core/test_fast_paths_agree_with_the_libraries.py checks it), through a pattern prepared once per language: Babel's
    format_currency looks up the locale, the pattern and the currency's plural name on each call,
    which was most of the time of rendering an assessment's messages.
    """
    value = Decimal(str(amount))
    if cents is None:
        cents = value != value.to_integral_value()
    pattern, locale, symbol = _money_pattern(lang_of(lang), bool(cents))
    text = _apply(pattern, value, _number_symbols(locale.language, locale.territory))
    if text is None:
        text = pattern.apply(value, locale, currency=None)
    return text.replace("¤", symbol)


def _apply(pattern: NumberPattern, number: Decimal, symbols: tuple[str, str]) -> str | None:
    """`pattern.apply(number, locale)` for a plain pattern (no exponent, significant digits or
    scale), step by step as Babel 2.x does it, with the locale's group and decimal symbols
    given; None when the pattern or the number is not plain (then Babel itself is used)."""
    if pattern.exp_prec or pattern.scale or "@" in pattern.pattern or not number.is_finite():
        return None
    group, decimal_symbol = symbols
    if "'" in group + decimal_symbol:  # Babel would read it as a quote
        return None
    negative = int(number.is_signed())
    frac_min, frac_max = pattern.frac_prec
    rounded = abs(number).normalize().quantize(_quantum(frac_max))
    whole, _, fraction = f"{rounded:f}".partition(".")
    if len(whole) < pattern.int_prec[0]:
        whole = "0" * (pattern.int_prec[0] - len(whole)) + whole
    size, grouped = pattern.grouping[0], ""
    while len(whole) > size:
        grouped = group + whole[-size:] + grouped
        whole = whole[:-size]
        size = pattern.grouping[1]
    fraction = fraction or "0"
    if len(fraction) < frac_min:
        fraction += "0" * (frac_min - len(fraction))
    if frac_max == 0 or (frac_min == 0 and int(fraction) == 0):
        fraction = ""
    else:
        fraction = decimal_symbol + fraction.rstrip("0").ljust(frac_min, "0")
    if pattern.number_pattern == "":
        return pattern.prefix[negative] + pattern.suffix[negative]
    return pattern.prefix[negative] + whole + grouped + fraction + pattern.suffix[negative]


@cache
def _quantum(places: int) -> Decimal:
    return Decimal(10) ** (-places)


@cache
def _number_symbols(language: str, territory: str | None) -> tuple[str, str]:
    locale = Locale(language, territory)
    return get_group_symbol(locale), get_decimal_symbol(locale)


@cache
def _decimal_pattern(lang: str) -> tuple[NumberPattern, tuple[str, str]]:
    locale = babel_locale(lang)
    pattern = parse_pattern(locale.decimal_formats[None])
    for part in (*pattern.prefix, *pattern.suffix):
        if "'" in part or "¤" in part:
            raise ValueError(f"unexpected decimal pattern {pattern.pattern!r}")
    return pattern, _number_symbols(locale.language, locale.territory)


@cache
def _plural_template(lang: str, singular: str, plural: str, form: int) -> str:
    return typeset_template(translations(lang)._catalog[(singular, form)], lang)


@cache
def babel_locale(lang: str) -> Locale:
    """The Babel locale of a language, parsed once and shared read-only."""
    return Locale.parse(LOCALES[lang_of(lang)])


@cache
def _money_pattern(lang: str, cents: bool) -> tuple[NumberPattern, Locale, str]:
    locale = babel_locale(lang)
    if cents:  # the locale's currency pattern, with the currency's own decimals
        pattern = locale.currency_formats["standard"]
        digits = get_currency_precision("CAD")
        if pattern.frac_prec != (digits, digits):
            pattern = parse_pattern(pattern.pattern)
            pattern.frac_prec = (digits, digits)
    else:
        pattern = parse_pattern("#,##0\u00a0¤" if lang == "fr" else "¤#,##0")
    for part in (*pattern.prefix, *pattern.suffix):
        if "¤¤" in part or "'" in part:  # only the plain symbol is prepared here
            raise ValueError(f"unexpected currency pattern {pattern.pattern!r}")
    return pattern, locale, get_currency_symbol("CAD", locale)


@cache
def _date_pattern(lang: str) -> DateTimePattern:
    return parse_date_pattern(get_date_format("long", locale=babel_locale(lang)))


@cache
def _date_parts(lang: str) -> tuple[str, dict[int, str]] | None:
    """The long date pattern as a str.format template when it holds only a day (d), the month's
    name (MMMM) and the year (y) — Babel's text for them is str(day), the name, str(year) —
    with the month names; None for any other pattern (then Babel itself is used)."""
    locale = babel_locale(lang)
    pieces = []
    for kind, token in tokenize_pattern(get_date_format("long", locale=locale).pattern):
        if kind == "chars" and isinstance(token, str):  # Babel: plain text is a str token
            pieces.append(token.replace("{", "{{").replace("}", "}}"))
        elif token == ("d", 1):
            pieces.append("{d}")
        elif token == ("M", 4):
            pieces.append("{month}")
        elif token == ("y", 1):
            pieces.append("{y}")
        else:
            return None
    return "".join(pieces), dict(locale.months["format"]["wide"])


def format_day(day: date, lang: str) -> str:
    """26 novembre 2026 / November 26, 2026; French writes the first of the month « 1er »."""
    code = lang_of(lang)
    parts = _date_parts(code)
    if parts is not None and type(day) is date:
        months = parts[1]
        text = parts[0].format(d=day.day, month=months[day.month], y=day.year)
    else:
        text = _date_pattern(code).apply(day, babel_locale(code))
    if code == "fr" and day.day == 1 and text.startswith("1 "):
        text = "1er " + text[2:]
    return text


def parse_amount(text: str, lang: str, *, per_hour: bool = False) -> Decimal:
    """Read an amount typed the way people type it ("100 000", "100,000 $", "92 000,50").

    Raises ValueError when it is not a plain number (letters, exponents, several signs).
    Spaces and the dollar sign are ignored. Digits grouped by threes with one kind of separator
    ("100,000", "100.000", "1 000 000") are thousands in either language; a lone comma or point
    is the decimal mark; anything else is read strictly by Babel in the person's language.
    `per_hour`: an hourly wage, where one mark is always the decimal one ("45,500" is 45,50 $,
    as a person in Québec writes it, never 45 500 $ an hour).
    """
    cleaned = text.replace("$", "").replace("/h", "").replace("CAD", "")
    cleaned = "".join(ch for ch in cleaned if not ch.isspace())
    if not _AMOUNT_SHAPE.fullmatch(cleaned):
        raise ValueError(f"not an amount: {text!r}")
    if per_hour and cleaned.count(",") + cleaned.count(".") == 1:
        return Decimal(cleaned.replace(",", "."))
    if _GROUPED_THOUSANDS.fullmatch(cleaned):
        return Decimal(cleaned.replace(",", "").replace(".", ""))
    if cleaned.count(",") + cleaned.count(".") <= 1:
        return Decimal(cleaned.replace(",", "."))  # one mark: it can only be the decimal one
    return parse_decimal(cleaned, locale=LOCALES[lang_of(lang)], strict=True)


_AMOUNT_SHAPE = re.compile(r"-?[0-9][0-9.,]{0,20}")
_GROUPED_THOUSANDS = re.compile(r"-?[0-9]{1,3}(?:,[0-9]{3})+|-?[0-9]{1,3}(?:\.[0-9]{3})+")


def parse_day(text: str) -> date:
    """Read a date typed as year-month-day ("2025-05-15", "2025/05/15", "2025 05 15") or, as
    people in Québec also write it, day/month/year ("15/05/2025"). Raises ValueError otherwise
    (an impossible date such as 2025-02-30 included)."""
    cleaned = text.strip()
    found = _YMD.fullmatch(cleaned)
    if found:
        year, month, day = found.groups()
    else:
        found = _DMY.fullmatch(cleaned)
        if not found:
            raise ValueError(f"not a date: {text!r}")
        day, month, year = found.groups()
    return date(int(year), int(month), int(day))


_YMD = re.compile(r"([0-9]{4})[-/. ]([0-9]{1,2})[-/. ]([0-9]{1,2})")
_DMY = re.compile(r"([0-9]{1,2})[/.]([0-9]{1,2})[/.]([0-9]{4})")
