"""Occupations of the NOC 2021 (art. 12's list among them) and the search people type into.

A person finds their unit group by its code, its title or one of its example job titles, in
French or English, accents and case aside, with near spellings as a last resort.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz, process

from core.reference.folding import fold_lines, normalize_text
from core.reference.tables import load_table


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
    keys = fold_lines("\n".join(text.replace("\n", " ") for *_, text in found))
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


# Lower first: the level (code, title, example, near spelling; the person's language first),
# then how well and how short it matched, then the code itself.
_Rank = tuple[int | str, ...]


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
    # code -> (rank, kind, matched, matched_lang): the best only
    best: dict[str, tuple[_Rank, str, str, str | None]] = {}

    def offer(rank: _Rank, code: str, kind: str, matched: str, matched_lang: str | None) -> None:
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
        rank: _Rank = (level, quality, len(phrase.key), phrase.code)
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
