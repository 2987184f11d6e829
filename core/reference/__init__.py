"""Reference tables (the figures and lists the text points to), each with its source and confidence.

One module per kind of question the tables answer, each short enough to read at once:

- `tables`: where the tables are, their envelope (source, dates, confidence, verify flag),
  `load_table`, `check_all_tables`, and `SourceNote`, where a figure comes from;
- `folding`: typed text folded for forgiving matching (accents, case, ligatures);
- `occupations`: the NOC 2021 unit groups, art. 12's list, and the occupation search;
- `municipalities`: is a typed place inside the CMM (art. 7, par. 4°, b)?
- `fees`: the fees of art. 13 and the Annexe C amounts (art. 6, par. 3°);
- `jobs`: the published wage thresholds and the excluded sectors;
- `french`: the French tests and their levels (art. 6, par. 2°).

The floors among them (`tables` and `folding` at the bottom, nothing importing back up) are an
import-linter contract in pyproject.toml. The public names are re-exported here, so that
`from core.reference import match_municipality` keeps working everywhere: the rest of the code
asks "the reference data" and need not know which module answers. A module that patches the
data folder (the robustness tests) patches `core.reference.tables.DATA_DIR`, where it is read.
"""

from core.reference.fees import Fees, annex_c_figure, fees_for
from core.reference.folding import normalize_text
from core.reference.french import french_tables
from core.reference.jobs import ineligible_sectors, wage_threshold_for
from core.reference.municipalities import (
    Place,
    PlaceMatch,
    match_municipality,
    normalize_place,
    quebec_places,
)
from core.reference.occupations import (
    Occupation,
    OccupationMatch,
    art12_occupations,
    known_occupations,
    search_occupations,
    teer_of,
)
from core.reference.tables import (
    DATA_DIR,
    ENVELOPE_KEYS,
    TABLES,
    ReferenceDataError,
    SourceNote,
    check_all_tables,
    load_table,
    source_of,
)

__all__ = [
    "DATA_DIR",
    "ENVELOPE_KEYS",
    "TABLES",
    "Fees",
    "Occupation",
    "OccupationMatch",
    "Place",
    "PlaceMatch",
    "ReferenceDataError",
    "SourceNote",
    "annex_c_figure",
    "art12_occupations",
    "check_all_tables",
    "fees_for",
    "french_tables",
    "ineligible_sectors",
    "known_occupations",
    "load_table",
    "match_municipality",
    "normalize_place",
    "normalize_text",
    "quebec_places",
    "search_occupations",
    "source_of",
    "teer_of",
    "wage_threshold_for",
]
