"""Reference tables (the figures and lists the text points to), each with its source and confidence.

Tables live in `core/data/*.json` under one envelope (source, dates, confidence, verify flag).
They are read once per process and shared read-only. A missing or corrupt table raises
`ReferenceDataError`: the app must refuse to assess rather than assess with a table missing.
"""

from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

DATA_DIR = Path(__file__).resolve().parent / "data"
ENVELOPE_KEYS = ("table", "source", "confidence", "verify", "entries")
TABLES = (
    "program",
    "occupations",
    "noc_common",
    "cmm_municipalities",
    "quebec_municipalities",
    "noc2021",
    "ineligible_sectors",
    "fees",
    "annex_c",
    "french_tests",
    "wage_thresholds",
    "official_links",
)


class ReferenceDataError(RuntimeError):
    """A reference table is missing or unreadable."""


@cache
def load_table(name: str) -> dict[str, Any]:
    try:
        raw = (DATA_DIR / f"{name}.json").read_text(encoding="utf-8")
        table = json.loads(raw)
    except (OSError, ValueError) as error:
        raise ReferenceDataError(
            f"reference table {name!r} is missing or corrupt: {error}"
        ) from error
    missing = [key for key in ENVELOPE_KEYS if key not in table]
    if missing or not isinstance(table.get("entries"), list):
        raise ReferenceDataError(
            f"reference table {name!r} lacks {', '.join(missing) or 'entries'}"
        )
    return table


def check_all_tables() -> None:
    """Load every table once; raises ReferenceDataError naming the first one that is unusable."""
    for name in TABLES:
        load_table(name)


@dataclass(frozen=True)
class SourceNote:
    """Where a figure comes from, shown beside it."""

    table: str
    source: str
    confidence: str
    verify: bool
    url: str | None = None
    source_fr: str | None = None

    def as_dict(self, lang: str = "en") -> dict[str, Any]:
        return {
            "table": self.table,
            "source": (self.source_fr or self.source) if lang == "fr" else self.source,
            "confidence": self.confidence,
            "verify": self.verify,
            "url": self.url,
        }


@cache  # built from a reference table only: read-only, shared
def source_of(name: str, confidence: str | None = None) -> SourceNote:
    table = load_table(name)
    return SourceNote(
        table=name,
        source=table["source"],
        confidence=confidence or table["confidence"],
        verify=bool(table["verify"]),
        url=table.get("source_url"),
        source_fr=table.get("source_fr"),
    )


# --- Occupations (NOC 2021) -------------------------------------------------------------------


@dataclass(frozen=True)
class Occupation:
    code: str
    teer: int
    title_en: str
    title_fr: str | None
    art12_item: str | None = None  # e.g. "6.1°" for the art. 12 list
    condition: str | None = None  # "vfx" or "it_or_vfx" (art. 12)

    def title(self, lang: str) -> str:
        return (self.title_fr if lang == "fr" and self.title_fr else self.title_en) or self.code


@cache
def art12_occupations() -> dict[str, Occupation]:
    return {
        entry["code"]: Occupation(
            code=entry["code"],
            teer=int(entry["teer"]),
            title_en=entry["title_en"],
            title_fr=entry.get("title_fr"),
            art12_item=entry.get("art12_item"),
            condition=entry.get("condition"),
        )
        for entry in load_table("occupations")["entries"]
    }


@cache
def known_occupations() -> dict[str, Occupation]:
    """The 516 NOC 2021 unit groups with their official titles; art. 12 marks from its own list."""
    art12 = art12_occupations()
    found = {}
    for entry in load_table("noc2021")["entries"]:
        listed = art12.get(entry["code"])
        found[entry["code"]] = Occupation(
            code=entry["code"],
            teer=int(entry["teer"]),
            title_en=entry["title_en"],
            title_fr=entry["title_fr"],
            art12_item=listed.art12_item if listed else None,
            condition=listed.condition if listed else None,
        )
    return found


def teer_of(noc_code: str) -> int:
    """NOC 2021: the 2nd digit of a five-digit unit-group code is its TEER (FEER) category."""
    return int(noc_code[1])


@dataclass(frozen=True)
class OccupationMatch:
    """A unit group found by `search_occupations`, with what matched and how."""

    code: str
    teer: int
    title_en: str
    title_fr: str
    kind: str  # "code", "title", "example" or "fuzzy"
    matched: str  # the code, title or example job title that matched
    matched_lang: str | None  # "en" or "fr"; None for a code
    art12_item: str | None = None

    def title(self, lang: str) -> str:
        return self.title_fr if lang == "fr" else self.title_en


def normalize_text(text: str) -> str:
    """Accents, case and punctuation folded ("Développeurs/développeuses" → "developpeurs …")."""
    folded = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    folded = folded.encode("ascii", "ignore").decode("ascii").lower()
    return " ".join(_NOT_ALNUM.sub(" ", folded).split())


def _fold_lines(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    folded = folded.encode("ascii", "ignore").decode("ascii").lower()
    return [" ".join(line.split()) for line in _NOT_ALNUM_KEEP_LINES.sub(" ", folded).split("\n")]


_NOT_ALNUM_KEEP_LINES = re.compile(r"[^0-9a-z\n]+")
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


@dataclass(frozen=True)
class _Phrase:
    code: str
    lang: str
    kind: str  # "title" or "example"
    text: str  # as published
    key: str  # normalize_text(text)


@dataclass(frozen=True)
class _OccupationIndex:
    phrases: tuple[_Phrase, ...]
    keys: list[str]  # phrase keys, for rapidfuzz
    by_key: dict[str, tuple[int, ...]]  # exact key -> phrases
    vocabulary: list[str]  # every word, sorted (prefix ranges by bisection)
    postings: dict[str, frozenset[int]]  # word -> phrases holding it


@cache
def _occupation_index() -> _OccupationIndex:
    """Titles and example titles of both languages, with a word index: built once."""
    found: list[tuple[str, str, str, str]] = []
    for entry in load_table("noc2021")["entries"]:
        for lang in ("en", "fr"):
            found.append((entry["code"], lang, "title", entry[f"title_{lang}"]))
            found += [(entry["code"], lang, "example", text) for text in entry[f"examples_{lang}"]]
    # One pass over all the text at once (the same folding as normalize_text, line by line).
    keys = _fold_lines("\n".join(text.replace("\n", " ") for *_, text in found))
    phrases = [_Phrase(*item, key) for item, key in zip(found, keys, strict=True)]
    by_key: dict[str, list[int]] = {}
    words: dict[str, set[int]] = {}
    for index, phrase in enumerate(phrases):
        by_key.setdefault(phrase.key, []).append(index)
        for word in phrase.key.split():
            words.setdefault(word, set()).add(index)
    return _OccupationIndex(
        phrases=tuple(phrases),
        keys=[phrase.key for phrase in phrases],
        by_key={key: tuple(found) for key, found in by_key.items()},
        vocabulary=sorted(words),
        postings={word: frozenset(found) for word, found in words.items()},
    )


def _phrases_with_words(index: _OccupationIndex, words: list[str]) -> set[int]:
    """Phrases in which every word typed starts a word (in any order)."""
    found: set[int] | None = None
    for word in sorted(set(words), key=len, reverse=True):
        start = bisect_left(index.vocabulary, word)
        holding: set[int] = set()
        for position in range(start, len(index.vocabulary)):
            token = index.vocabulary[position]
            if not token.startswith(word):
                break
            holding |= index.postings[token]
        found = holding if found is None else found & holding
        if not found:
            return set()
    return found or set()


def search_occupations(query: str, lang: str = "fr", limit: int = 10) -> list[OccupationMatch]:
    """Unit groups for a code or words, best first, at most `limit`, one line per unit group.

    Order: the exact 5-digit code, then codes that start with the digits typed, then titles
    (equal, then starting with the words typed, then holding each word typed at the start of
    one of theirs), then example job titles the same way, and only when none of these matched,
    near spellings (rapidfuzz). At each level the person's language comes before the other.
    Accents, case and punctuation do not matter. Nothing near → [].
    """
    occupations = known_occupations()
    key = normalize_text(query)
    if not key or limit <= 0:
        return []
    index = _occupation_index()
    best: dict[str, tuple] = {}  # code -> (rank, kind, matched, matched_lang): the best only

    def offer(rank: tuple, code: str, kind: str, matched: str, matched_lang: str | None) -> None:
        if code in occupations and (code not in best or rank < best[code][0]):
            best[code] = (rank, kind, matched, matched_lang)

    digits = key.replace(" ", "")
    if digits.isdigit():
        for code in occupations:
            if code.startswith(digits):
                offer((0,) if code == digits else (1, code), code, "code", code, None)
    phrases = index.phrases
    for position in _phrases_with_words(index, key.split()):
        phrase = phrases[position]
        level = (2 if phrase.kind == "title" else 4) + (phrase.lang != lang)
        quality = 0 if phrase.key == key else 1 if phrase.key.startswith(key) else 2
        rank = (level, quality, len(phrase.key), phrase.code)
        found = best.get(phrase.code)
        if found is None or rank < found[0]:
            best[phrase.code] = (rank, phrase.kind, phrase.text, phrase.lang)
    if not best:  # near spellings: each word not found is read as the nearest known word
        words = []
        for word in key.split():
            if _phrases_with_words(index, [word]):
                words.append(word)
                continue
            near = (
                process.extractOne(word, index.vocabulary, scorer=fuzz.ratio, score_cutoff=80)
                if len(word) >= 4
                else None
            )
            if near is None:
                return []
            words.append(near[0])
        for position in _phrases_with_words(index, words):
            phrase = phrases[position]
            rank = (6 + (phrase.lang != lang), len(phrase.key), phrase.code)
            offer(rank, phrase.code, "fuzzy", phrase.text, phrase.lang)
    ranked = sorted(best.items(), key=lambda item: item[1][0])[:limit]
    return [
        OccupationMatch(
            code=code,
            teer=occupations[code].teer,
            title_en=occupations[code].title_en,
            title_fr=occupations[code].title_fr or occupations[code].title_en,
            kind=kind,
            matched=matched,
            matched_lang=matched_lang,
            art12_item=occupations[code].art12_item,
        )
        for code, (_, kind, matched, matched_lang) in ranked
    ]


# --- Municipalities of Québec and the CMM (art. 7, par. 4°, b) --------------------------------


def normalize_place(name: str) -> str:
    """Case, accents, ligatures (Belœil = Beloeil), hyphens, apostrophes and "St-"/"Ste-"
    folded, for forgiving matching."""
    text = unicodedata.normalize("NFKD", name.translate(_LIGATURES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    for mark in "-–—'’`.,":
        text = text.replace(mark, " ")
    words = text.split()
    expand = {"st": "saint", "ste": "sainte", "mt": "mont"}
    words = [expand.get(word, word) for word in words]
    for prefix in (["ville", "de"], ["city", "of"], ["municipalite", "de"]):
        if words[: len(prefix)] == prefix and len(words) > len(prefix):
            words = words[len(prefix) :]
    return " ".join(words)


@dataclass(frozen=True)
class Place:
    """One municipality (or borough, sector or territory) a typed name can designate."""

    label: str  # unique; typing it back (or the code) designates this place alone
    name: str
    in_cmm: bool
    code: str | None = None  # MAMH code géographique; None for a borough or sector
    designation: str | None = None  # Ville, Municipalité, Paroisse, Canton, Village…
    mrc: str | None = None  # the MRC, or the census division of a city outside any MRC
    region: str | None = None  # administrative region
    member: str | None = None  # a borough or sector: the CMM municipality it belongs to
    former: bool = False  # merged since (its name was in use in 2025)


@dataclass(frozen=True)
class PlaceMatch:
    """The CMM status of a municipality: True inside, False known outside, None not decided.

    `candidates` are the places the typed name designates: one when decided by name, several
    for homonyms (e.g. two Saint-Isidore), none when the name is nowhere on the list (then
    `suggestions` may hold near names). With several candidates, `in_cmm` is decided only when
    they all agree; otherwise the person says which one, and storing that candidate's `label`
    (or its `code`) as the answer makes the match unambiguous.
    """

    typed: str
    name: str | None
    in_cmm: bool | None
    suggestions: tuple[str, ...] = ()
    candidates: tuple[Place, ...] = ()

    @property
    def ambiguous(self) -> bool:
        return len(self.candidates) > 1

    @property
    def known(self) -> bool:
        """On the list (possibly under several places): never a "not listed" confirmation."""
        return bool(self.candidates)

    @property
    def place(self) -> Place | None:
        return self.candidates[0] if len(self.candidates) == 1 else None

    @property
    def code(self) -> str | None:
        return self.place.code if self.place else None

    @property
    def region(self) -> str | None:
        return self.place.region if self.place else None

    @property
    def mrc(self) -> str | None:
        return self.place.mrc if self.place else None


@dataclass(frozen=True)
class _PlaceIndex:
    by_key: dict[str, tuple[Place, ...]]
    by_code: dict[str, Place]
    qualifiers: dict[str, frozenset[str]]  # label -> normalised MRC, region, designation…
    choices: list[str]  # keys for suggestions


def _members_in_full_list(cmm: dict, entries: list[dict]) -> tuple[set[str], set[str]]:
    """Codes of the CMM members in the full list, and CMM names the full list lacks.

    The CMM table names its members; where a name has homonyms in the full list, the member is
    the one the Répertoire attaches to the Communauté métropolitaine de Montréal.
    """
    by_name: dict[str, list[dict]] = {}
    for entry in entries:
        by_name.setdefault(normalize_place(entry["name"]), []).append(entry)
    codes: set[str] = set()
    missing: set[str] = set()
    for member in cmm["entries"]:
        found = [e for e in by_name.get(normalize_place(member["name"]), []) if not e.get("former")]
        if len(found) > 1:
            found = [e for e in found if "Montréal" in (e.get("metropolitan_community") or "")]
        if len(found) == 1:
            codes.add(found[0]["code"])
        else:
            missing.add(member["name"])
    return codes, missing


@cache
def _place_index() -> _PlaceIndex:
    """Every place of the full list, the CMM boroughs and sectors, built once (reference data)."""
    cmm = load_table("cmm_municipalities")
    entries = load_table("quebec_municipalities")["entries"]
    member_codes, cmm_only = _members_in_full_list(cmm, entries)
    current = {
        (normalize_place(e["name"]), e["mrc"] or e["division"])
        for e in entries
        if not e.get("former")
    }
    raw: list[tuple[list[str], dict[str, Any]]] = []
    for e in entries:
        area = e["mrc"] or e["regional_administration"] or e["division"]
        if e.get("former") and (normalize_place(e["name"]), e["mrc"] or e["division"]) in current:
            continue  # merged into a municipality of the same name: that one stands for it
        fields = {
            "name": e["name"],
            "in_cmm": e["code"] in member_codes,
            "code": e["code"],
            "designation": e["designation"],
            "mrc": area,
            "region": e["region"],
            "former": bool(e.get("former")),
        }
        raw.append(([e["name"], *e.get("former_names", [])], fields))
    for name in sorted(cmm_only):  # a CMM member the full list lacks stays a CMM member
        raw.append(([name], {"name": name, "in_cmm": True}))
    for alias, member in cmm.get("aliases", {}).items():
        raw.append(([alias], {"name": f"{member} ({alias})", "in_cmm": True, "member": member}))
    listed = {normalize_place(n) for names, _ in raw for n in names}
    for name in list(cmm.get("known_outside", [])) + list(cmm.get("not_member_territories", [])):
        if normalize_place(name) not in listed:
            raw.append(([name], {"name": name, "in_cmm": False}))

    keys: dict[str, list[int]] = {}
    for index, (names, _) in enumerate(raw):
        for name in names:
            bucket = keys.setdefault(normalize_place(name), [])
            if index not in bucket:
                bucket.append(index)
    labels = _labels(raw, keys)
    places = [Place(label=labels[i], **fields) for i, (_, fields) in enumerate(raw)]
    by_key = {key: tuple(places[i] for i in found) for key, found in keys.items()}
    for place in places:  # a label typed back designates its place alone
        by_key.setdefault(normalize_place(place.label), (place,))
    by_code = {place.code: place for place in places if place.code}
    qualifiers = {
        place.label: frozenset(
            normalize_place(value)
            for value in (place.mrc, place.region, place.designation, place.code, place.member)
            if value
        )
        for place in places
    }
    return _PlaceIndex(by_key, by_code, qualifiers, list(by_key))


def quebec_places() -> tuple[Place, ...]:
    """Every place a name can designate, once each (labels unique), for lists and checks."""
    seen: dict[str, Place] = {}
    for places in _place_index().by_key.values():
        for place in places:
            seen.setdefault(place.label, place)
    return tuple(seen.values())


def _labels(raw: list[tuple[list[str], dict[str, Any]]], keys: dict[str, list[int]]) -> list[str]:
    """The name alone when no other place shares it, else "Name (MRC)", else with designation."""
    labels = []
    for names, fields in raw:
        shared = len(keys[normalize_place(names[0])]) > 1
        name = fields["name"]
        if fields.get("member") or not shared or not fields.get("mrc"):
            labels.append(name)
        else:
            labels.append(f"{name} ({fields['mrc']})")
    seen: dict[str, int] = {}
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
    for index, (_, fields) in enumerate(raw):
        if seen[labels[index]] > 1 and fields.get("designation"):
            former = ", ancienne" if fields.get("former") else ""
            designation = fields["designation"] + former
            labels[index] = f"{fields['name']} ({designation}, {fields['mrc']})"
    return labels


_QUALIFIED = re.compile(r"^(?P<name>[^(),]+?)\s*(?:\((?P<paren>[^()]*)\)|,(?P<comma>[^,]*))\s*$")
_DESIGNATION_PREFIXES = {
    "canton de": "canton",
    "township of": "canton",
    "paroisse de": "paroisse",
    "village de": "village",
    "town of": "ville",
}


def match_municipality(typed: str) -> PlaceMatch:
    """Decide on a forgiving exact match of a name, a label or a code; homonyms give candidates.

    A name that designates several places decides the CMM status only when they all agree;
    a name that is nowhere on the list gives near names as suggestions, never a verdict.
    """
    index = _place_index()
    text = typed.strip()
    found = _lookup(index, text)
    if not found:
        return PlaceMatch(typed, None, None, _suggest(index, normalize_place(text)))
    statuses = {place.in_cmm for place in found}
    in_cmm = statuses.pop() if len(statuses) == 1 else None
    names = {place.name for place in found}
    name = found[0].name if len(found) == 1 or len(names) == 1 else None
    return PlaceMatch(typed, name, in_cmm, (), found)


def _lookup(index: _PlaceIndex, text: str) -> tuple[Place, ...]:
    if text.isdigit() and text in index.by_code:
        return (index.by_code[text],)
    key = normalize_place(text)
    if key in index.by_key:
        return index.by_key[key]
    qualified = _QUALIFIED.match(text)
    if qualified:  # "Saint-Isidore (Roussillon)", "Sherbrooke, QC"
        qualifier = normalize_place(qualified["paren"] or qualified["comma"] or "")
        return _narrow(index, _lookup(index, qualified["name"]), qualifier)
    for prefix, designation in _DESIGNATION_PREFIXES.items():  # "Canton de Hatley"
        if key.startswith(prefix + " "):
            return _narrow(index, index.by_key.get(key[len(prefix) + 1 :], ()), designation)
    if key.endswith(" city") and key[:-5] in index.by_key:  # "Quebec City"
        return _narrow(index, index.by_key[key[:-5]], "ville")
    return ()


def _narrow(index: _PlaceIndex, found: tuple[Place, ...], qualifier: str) -> tuple[Place, ...]:
    """Keep the places the qualifier names; a qualifier that names none is set aside."""
    kept = tuple(
        place
        for place in found
        if qualifier
        and any(
            value == qualifier or value.startswith(qualifier + " ")
            for value in index.qualifiers[place.label]
        )
    )
    return kept or found


def _suggest(index: _PlaceIndex, key: str) -> tuple[str, ...]:
    if not key:
        return ()
    near = process.extract(key, index.choices, scorer=fuzz.ratio, limit=5, score_cutoff=75)
    shown: list[str] = []
    for candidate, _, _ in near:
        for place in index.by_key[candidate]:
            label = place.label
            if label not in shown:
                shown.append(label)
    return tuple(shown[:3])


# --- Fees (art. 13) and Annexe C (art. 6, par. 3°) ----------------------------------------------


@dataclass(frozen=True)
class Fees:
    year: int
    principal: Decimal | None
    family_member: Decimal | None
    confidence: str | None


def fees_for(day: date) -> Fees:
    for entry in load_table("fees")["entries"]:
        if entry["year"] == day.year:
            return Fees(
                year=day.year,
                principal=_money(entry.get("principal")),
                family_member=_money(entry.get("family_member")),
                confidence=entry.get("confidence"),
            )
    return Fees(day.year, None, None, None)


def annex_c_amount(
    day: date, adults: int, children_under_18: int, dependent_18_plus: int
) -> tuple[Decimal | None, str | None]:
    """The Annexe C amount for this family in the application's year, when that figure is known.

    Never another year's figure: a 2016 amount is not a 2025 amount.
    Returns (amount or None, confidence).
    """
    amount, confidence, _source = annex_c_figure(day, adults, children_under_18, dependent_18_plus)
    return amount, confidence


_CONFIDENCE_ORDER = ("high", "medium", "low")


def annex_c_figure(
    day: date, adults: int, children_under_18: int, dependent_18_plus: int
) -> tuple[Decimal | None, str | None, SourceNote | None]:
    """(amount, confidence, source) of the Annexe C figure for this family and year, if known.

    Each cell carries its own source and confidence (an official 2020 cell is "high", a
    secondary 2024 one "medium"); an amount built from two figures takes the lower confidence.
    """
    table = load_table("annex_c")
    for entry in table["entries"]:
        if entry["year"] != day.year:
            continue
        base = None
        confidence = entry.get("confidence", table["confidence"])
        source, source_fr = entry.get("source"), entry.get("source_fr")
        for row in entry.get("rows", []):
            if row["children_under_18"] == children_under_18 and adults in (1, 2):
                base = row["one_adult" if adults == 1 else "two_adults"]
        for cell in entry.get("cells", []):
            if cell["adults"] == adults and cell["children_under_18"] == children_under_18:
                base = cell["amount"]
                confidence = cell.get("confidence", confidence)
                source, source_fr = cell.get("source", source), cell.get("source_fr", source_fr)
        if base is None:
            return None, None, None
        if dependent_18_plus:
            per_child = entry.get("per_dependent_child_18_plus")
            if per_child is None:
                return None, None, None
            base += per_child * dependent_18_plus
            child_confidence = entry.get("per_dependent_child_18_plus_confidence", confidence)
            confidence = max(confidence, child_confidence, key=_CONFIDENCE_ORDER.index)
        note = SourceNote(
            "annex_c",
            source or table["source"],
            confidence,
            bool(table["verify"]),
            table.get("source_url"),
            source_fr if source else table.get("source_fr"),
        )
        return Decimal(base), confidence, note
    return None, None, None


def wage_threshold_for(noc_code: str, day: date) -> tuple[Decimal | None, dict | None]:
    """The published 9th-decile hourly wage for an occupation at a date, if the table has it."""
    for entry in load_table("wage_thresholds")["entries"]:
        start = entry.get("effective_from")
        end = entry.get("effective_to")
        if entry.get("code") != noc_code:
            continue
        if start and day < date.fromisoformat(start):
            continue
        if end and day > date.fromisoformat(end):
            continue
        return Decimal(str(entry["hourly"])), entry
    return None, None


def ineligible_sectors() -> list[dict[str, str]]:
    return list(load_table("ineligible_sectors")["entries"])


def french_tables() -> list[dict[str, Any]]:
    return list(load_table("french_tests")["entries"])


def _money(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))
