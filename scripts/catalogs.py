"""Bring the catalogs in step with the code, with Babel's own commands.

    .venv/bin/python scripts/catalogs.py           # extract, update, fill English msgstrs
    .venv/bin/python scripts/catalogs.py --check   # exit 1 if the catalogs need an update

It runs, from the repository root (the options are in pyproject.toml, [tool.babel.*]):

    pybabel extract    # the code's messages → locales/messages.pot (not committed)
    pybabel update     # merged into locales/*/LC_MESSAGES/messages.po: translations kept,
                       # a reworded message gets its old translation marked fuzzy to review,
                       # a new one an empty msgstr

then copies each empty msgstr of en_CA from its msgid (message ids are English: what GNU
gettext's `msgen` does). French translations are written by people; tests/test_catalogs.py
fails while one is missing or fuzzy. No compile step: core/i18n.py compiles the .po files in
memory when it loads them (no .mo file to go stale).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from babel.messages.frontend import BaseError, CommandLineInterface
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "locales" / "messages.pot"
ENGLISH = ROOT / "locales" / "en_CA" / "LC_MESSAGES" / "messages.po"
WIDTH = 100  # as [tool.babel.update_catalog] width


def pybabel(*args: str) -> None:
    """Run a pybabel command with the repository's configuration (pyproject.toml)."""
    os.chdir(ROOT)  # pybabel reads ./pyproject.toml
    CommandLineInterface().run(["pybabel", "--quiet", *args])


def english_from_msgids(path: Path = ENGLISH) -> int:
    """Give every empty or fuzzy English msgstr its msgid; returns how many changed."""
    with path.open("rb") as handle:
        catalog = read_po(handle, locale="en_CA")
    changed = 0
    for message in catalog:
        if not message.id:
            continue
        if message.fuzzy or not (all(message.string) if message.pluralizable else message.string):
            message.string = message.id
            message.flags.discard("fuzzy")
            changed += 1
    if changed:
        with path.open("wb") as handle:
            write_po(handle, catalog, width=WIDTH)
    return changed


def main() -> int:
    if "--check" in sys.argv:
        with tempfile.TemporaryDirectory() as folder:
            template = str(Path(folder) / "messages.pot")
            pybabel("extract", "-o", template)
            try:
                pybabel("update", "-i", template, "--check")
            except BaseError as error:  # "Some catalogs are out of date."
                print(error, file=sys.stderr)
                return 1
        print("The catalogs are in step with the code.")
        return 0
    pybabel("extract")
    pybabel("update")
    print(f"en_CA: {english_from_msgids()} msgstr copied from msgids")
    return 0


if __name__ == "__main__":
    sys.exit(main())
