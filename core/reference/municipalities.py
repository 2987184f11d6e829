"""Municipalities of Québec and the CMM (art. 7, par. 4°, b): is a typed place inside the CMM?

A forgiving exact match of a name, a label or a code decides; homonyms give candidates to choose
from, a name nowhere on the list gives near names, never a verdict.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from rapidfuzz import fuzz, process

from core.reference.folding import LIGATURES
from core.reference.tables import load_table


def normalize_place(name: str) -> str:
    """Case, accents, ligatures (Belœil = Beloeil), hyphens, apostrophes and "St-"/"Ste-"
    folded, for forgiving matching."""
    text = unicodedata.normalize("NFKD", name.translate(LIGATURES))
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
