"""Build core/data/quebec_municipalities.json from the MAMH Répertoire des municipalités (MUN.csv).

Usage: python scripts/build_quebec_municipalities.py CURRENT_MUN.csv [EARLIER_MUN.csv]

CURRENT_MUN.csv is the extract the list is made of; EARLIER_MUN.csv (optional) is an older
extract: the municipalities it has and the current one no longer has (mergers) are kept as
"former" entries, and names that changed are kept as "former_names", so a person who gives the
name in use in 2025 is still recognised. Only columns of the file are copied; nothing is added
by hand. The provenance fields of the envelope are written from the constants below: update
them when the source changes.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "core" / "data" / "quebec_municipalities.json"
PARENS = re.compile(r"^(.*?)\s*\((\d+)\)$")  # "Estrie (05)" -> ("Estrie", "05")
UNNAMED = "Toponyme à venir"  # unnamed unorganised territories: nothing a person could type

CURRENT = {
    "repo": "NicolasLamarque/leopard",
    "path": "data/MUN.csv",
    "commit": "781d6a125a71d194943efd7831fa6cdfcf518db2",
    "committed": "2026-03-03",
    "sha256": "f2ff3f98eb9a46c6a7fbd68cef3282594f3b23c4b6d04e67286d4aeeccf060cd",
}
EARLIER = {
    "repo": "goneau/esMauricie",
    "path": "data/MUN.csv",
    "commit": "90df2e07480e560dbcdee859a50dd2be72e79403",
    "committed": "2025-06-29",
    "sha256": "80224aa07039ae2db710aacc1744a12cd8db8ce8e488cebdf4a0c29b62355936",
}


def split(value: str) -> tuple[str, str | None]:
    found = PARENS.match(value.strip())
    return (found.group(1), found.group(2)) if found else (value.strip(), None)


def entry(row: dict[str, str]) -> dict:
    region, region_code = split(row["regadm"])
    division, _ = split(row["divrec"])
    mrc = split(row["mrc"])[0].removeprefix("MRC ").strip() if row["mrc"] else None
    regional = split(row["admregionale"])[0] if row["admregionale"] else None
    return {
        "code": row["mcode"],
        "name": row["munnom"].strip(),
        "designation": row["mdes"].strip(),
        "region": region,
        "region_code": region_code,
        "mrc": mrc,
        "division": division,
        "regional_administration": regional,
        "metropolitan_community": split(row["mcm"])[0] if row["mcm"] else None,
    }


def read(path: str) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return [row for row in csv.DictReader(handle) if row["munnom"].strip() != UNNAMED]


def build(current_path: str, earlier_path: str | None) -> dict:
    current = {row["mcode"]: entry(row) for row in read(current_path)}
    former: list[dict] = []
    if earlier_path:
        for row in read(earlier_path):
            old = entry(row)
            now = current.get(old["code"])
            if now is None:
                former.append({**old, "former": True})
            elif now["name"] != old["name"]:
                now.setdefault("former_names", []).append(old["name"])
    entries = sorted(current.values(), key=lambda e: e["code"]) + sorted(
        former, key=lambda e: e["code"]
    )
    return {
        "table": "quebec_municipalities",
        "title_en": "Municipalities of Québec (Répertoire des municipalités du Québec)",
        "title_fr": "Municipalités du Québec (Répertoire des municipalités du Québec)",
        "legal_basis": (
            "Programme pilote d'immigration permanente des travailleurs des secteurs de "
            "l'intelligence artificielle, des technologies de l'information et des effets "
            "visuels (Loi sur l'immigration au Québec, c. I-0.2.1, a. 32), art. 7 4° b) (the "
            "employer's municipality, inside or outside the territory of the CMM)"
        ),
        "source": (
            "Ministère des Affaires municipales et de l'Habitation (MAMH), Répertoire des "
            "municipalités du Québec, open data file MUN.csv (Données Québec), read through "
            f"verbatim public copies: {CURRENT['repo']} {CURRENT['path']} (commit "
            f"{CURRENT['commit'][:12]}, {CURRENT['committed']}) and, for municipalities merged "
            f"or renamed since, {EARLIER['repo']} {EARLIER['path']} (commit "
            f"{EARLIER['commit'][:12]}, {EARLIER['committed']})"
        ),
        "source_fr": (
            "Ministère des Affaires municipales et de l'Habitation (MAMH), Répertoire des "
            "municipalités du Québec, fichier de données ouvertes MUN.csv (Données Québec), lu "
            "dans des copies publiques intégrales (dépôts GitHub "
            f"{CURRENT['repo']}, {CURRENT['committed']}, et {EARLIER['repo']}, "
            f"{EARLIER['committed']})"
        ),
        "source_url": (
            "https://www.donneesquebec.ca/recherche/dataset/repertoire-des-municipalites-du-quebec"
        ),
        "source_file_url": "https://donneesouvertes.affmunqc.net/repertoire/MUN.csv",
        "confidence": "high",
        "verify": False,
        "effective_from": None,
        "effective_to": None,
        "notes": (
            "Every entry of the MAMH Répertoire (local municipalities, unorganised territories, "
            "Indian reserves, Cree, Naskapi and Inuit lands and villages, the Eeyou Istchee "
            "Baie-James regional government), except the unorganised territories whose name is "
            f"'{UNNAMED}'. code = MAMH code géographique (mcode); designation = mdes; region = "
            "administrative region (regadm); mrc = MRC (mrc, 'MRC ' prefix and number dropped; "
            "null for a city or agglomeration outside any MRC); division = census division "
            "(divrec); metropolitan_community = mcm. The two copies are the file as MAMH "
            "publishes it (same 131 columns, UTF-8 with BOM); they agree on every code and name "
            "but the mergers and one renaming listed with 'former': true or 'former_names'. "
            "Former entries keep the name in use before the merger (program ran until "
            "2025-12-31). The CMM membership used by the rules is the cmm_municipalities table "
            "(the authority for art. 7 4° b); its 82 names are the 82 entries whose mcm is the "
            "Communauté métropolitaine de Montréal here (test_municipalities_and_occupations). "
            "Kanesatake, which the CMM table lists as not a member, is not in the Répertoire."
        ),
        "source_repository": CURRENT,
        "earlier_source_repository": EARLIER,
        "entries": entries,
    }


def dump(table: dict) -> str:
    """Two-space envelope, one entry per line (the file stays readable and diffs stay short)."""
    head = {key: value for key, value in table.items() if key != "entries"}
    text = json.dumps(head, ensure_ascii=False, indent=2)[:-2]
    lines = [json.dumps(e, ensure_ascii=False, separators=(", ", ": ")) for e in table["entries"]]
    return text + ',\n  "entries": [\n    ' + ",\n    ".join(lines) + "\n  ]\n}\n"


if __name__ == "__main__":
    OUT.write_text(dump(build(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)), "utf-8")
    print(f"wrote {OUT}")
