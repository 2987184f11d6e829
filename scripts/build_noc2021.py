"""Build core/data/noc2021.json: the 516 NOC 2021 V1.0 unit groups, English and French.

Usage: python scripts/build_noc2021.py noc2021_bilingual.js

The input is versions/noc5-bilingual-tomselect/noc2021_bilingual.js of the public repository
named in SOURCE (built by its noc_process.R from the Statistics Canada NOC 2021 V1.0 "elements"
files, English and French). Titles are copied as they are; example titles are kept for TEER 0
to 3 only (the file stays small; TEER 4 and 5 cannot meet art. 7, 9 or 10 anyway).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "core" / "data" / "noc2021.json"
EXAMPLES_FOR_TEER = {0, 1, 2, 3}
SOURCE = {
    "repo": "zacktayloruwo/occupation-qualtrics-bilingual",
    "path": "versions/noc5-bilingual-tomselect/noc2021_bilingual.js",
    "commit": "2bd74f734bfdac998757a2e7dac6db46020af679",
    "committed": "2026-08-19",
    "built_by": "versions/noc5-bilingual-tomselect/noc_process.R (same repository)",
    "built_from": [
        "noc_2021_version_1.0_-_elements.csv",
        "noc_2021_version_1.0_-_elements-additional.csv",
        "cnp_2021_version_1.0_-_elements.csv",
    ],
}
CROSS_CHECK = {
    "repo": "sagunji/noc-canada",
    "path": "packages/nocs/data/noc.json",
    "commit": "0198ad184577e9101e16b98c1f38b8b1f8271430",
    "result": "same 516 codes; all 516 English titles identical",
}


def build(path: str) -> dict:
    text = Path(path).read_text(encoding="utf-8")
    groups = json.loads(text[text.index("[") : text.rstrip().rindex(";")])
    entries = []
    for group in sorted(groups, key=lambda g: g["category_code"]):
        code = group["category_code"]
        keep = int(code[1]) in EXAMPLES_FOR_TEER
        entries.append(
            {
                "code": code,
                "teer": int(code[1]),
                "title_en": group["category_EN"].strip(),
                "title_fr": group["category_FR"].strip(),
                "examples_en": [e.strip() for e in group["occupations_EN"]] if keep else [],
                "examples_fr": [e.strip() for e in group["occupations_FR"] or []] if keep else [],
            }
        )
    return {
        "table": "noc2021",
        "title_en": "National Occupational Classification (NOC) 2021 Version 1.0: unit groups",
        "title_fr": "Classification nationale des professions (CNP) 2021 version 1.0 : groupes de base",
        "legal_basis": (
            "Programme pilote d'immigration permanente des travailleurs des secteurs de "
            "l'intelligence artificielle, des technologies de l'information et des effets "
            "visuels (Loi sur l'immigration au Québec, c. I-0.2.1, a. 32), art. 7 3°, 9 4°, "
            "10 (TEER 0, 1 or 2) and 12 (eligible unit groups); NOC/CNP 2021 Version 1.0"
        ),
        "source": (
            "Statistics Canada, National Occupational Classification (NOC) 2021 Version 1.0, "
            "English and French elements files (class titles, illustrative examples and all "
            "examples), as compiled in the public GitHub repository "
            f"{SOURCE['repo']}, file {SOURCE['path']} (commit {SOURCE['commit'][:12]}, "
            f"{SOURCE['committed']})"
        ),
        "source_fr": (
            "Statistique Canada, Classification nationale des professions (CNP) 2021 version "
            "1.0, fichiers des éléments en français et en anglais (titres, exemples illustratifs "
            "et tous les exemples), compilés dans le dépôt public GitHub "
            f"{SOURCE['repo']} ({SOURCE['committed']})"
        ),
        "source_url": "https://open.canada.ca/data/en/dataset/1feee3b5-8068-4dbb-b361-180875837593",
        "confidence": "high",
        "verify": False,
        "effective_from": None,
        "effective_to": None,
        "notes": (
            "516 unit groups (5-digit codes); teer = 2nd digit of the code. title_en and "
            "title_fr: the official NOC and CNP 2021 V1.0 class titles (the English titles agree "
            "with the independent compilation in cross_check for all 516). examples_en and "
            "examples_fr: the job titles the elements files list under 'Illustrative example(s)' "
            "and 'All examples' ('Exemple(s) illustratif(s)', 'Tous les exemples'), merged and "
            "deduplicated by the source's script, which also capitalised the first letter and "
            "turned double quotes into single ones; kept for TEER 0 to 3 unit groups only (empty "
            "for TEER 4 and 5) to keep the file small. Art. 12's own list (occupations.json) "
            "stays the authority for art. 12; its French wording is the law's (singular), not "
            "these titles. Several visual-effects job titles are examples of 52111 (Graphic arts "
            "technicians: 'Compositor - animation', 'Compositor - film', 'Visual effects (VFX) "
            "artist') and 51120, not of 52120."
        ),
        "source_repository": SOURCE,
        "cross_check": CROSS_CHECK,
        "examples_for_teer": sorted(EXAMPLES_FOR_TEER),
        "entries": entries,
    }


def dump(table: dict) -> str:
    """Two-space envelope, one unit group per line."""
    head = {key: value for key, value in table.items() if key != "entries"}
    text = json.dumps(head, ensure_ascii=False, indent=2)[:-2]
    lines = [json.dumps(e, ensure_ascii=False, separators=(", ", ": ")) for e in table["entries"]]
    return text + ',\n  "entries": [\n    ' + ",\n    ".join(lines) + "\n  ]\n}\n"


if __name__ == "__main__":
    OUT.write_text(dump(build(sys.argv[1])), encoding="utf-8")
    print(f"wrote {OUT}")
