"""Extract every user-facing message and merge it into the catalogs in locales/.

    .venv/bin/python scripts/catalogs.py          # update locales/*/LC_MESSAGES/messages.po
    .venv/bin/python scripts/catalogs.py --check  # exit 1 if a catalog lacks or has stale msgids

Message ids are English. The en_CA catalog repeats each msgid as its msgstr (so a missing
translation is visible as an empty msgstr); fr_CA translations are written by people.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ROOT / "locales"
SOURCES = ("core", "pages", "ui", "app.py")
# N_() marks, _() and t() translate, t.plural() takes two ids.
KEYWORDS = {"N_": None, "_": None, "t": None, "gettext": None, "plural": (1, 2), "ngettext": (1, 2)}


def extract() -> dict[str | tuple[str, str], list[tuple[str, int]]]:
    found: dict = {}
    method_map = [("**.py", "python")]
    for source in SOURCES:
        path = ROOT / source
        if path.is_file():
            from babel.messages.extract import extract_from_file

            items = (
                (path.name, lineno, message, comments, context)
                for lineno, message, comments, context in extract_from_file(
                    "python", path, keywords=KEYWORDS
                )
            )
        elif path.is_dir():
            items = extract_from_dir(path, method_map, keywords=KEYWORDS)
        else:
            continue
        for filename, lineno, message, _comments, _context in items:
            if not message or (isinstance(message, tuple) and not all(message)):
                continue
            found.setdefault(message, []).append((f"{source}/{filename}", lineno))
    return found


def catalog_path(locale: str) -> Path:
    return LOCALES / locale / "LC_MESSAGES" / "messages.po"


def load(locale: str) -> Catalog:
    path = catalog_path(locale)
    if not path.exists():
        return Catalog(locale=locale, project="ia-ti-ev-eligibility")
    with path.open("rb") as handle:
        return read_po(handle, locale=locale)


def update(locale: str, messages: dict) -> tuple[int, int]:
    old = load(locale)
    new = Catalog(locale=locale, project="ia-ti-ev-eligibility", fuzzy=False)
    added = 0
    for message, locations in sorted(messages.items(), key=lambda item: str(item[0])):
        key = message[0] if isinstance(message, tuple) else message
        previous = old.get(key)
        string = previous.string if previous is not None else None
        if not string or (isinstance(string, tuple) and not all(string)):
            added += 1
            string = (
                message
                if locale.startswith("en")
                else (("", "") if isinstance(message, tuple) else "")
            )
        new.add(message, string, locations=locations)
    removed = sum(
        1 for m in old if m.id and new.get(m.id if isinstance(m.id, str) else m.id[0]) is None
    )
    path = catalog_path(locale)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, new, width=100, omit_header=False, sort_output=True, include_lineno=False)
    return added, removed


def main() -> int:
    messages = extract()
    if "--check" in sys.argv:
        stale = 0
        for locale in ("fr_CA", "en_CA"):
            ids = {m.id for m in load(locale) if m.id}
            wanted = {m for m in messages}
            stale += len(ids ^ wanted)
        print(f"{len(messages)} messages; {stale} differences")
        return 1 if stale else 0
    for locale in ("fr_CA", "en_CA"):
        added, removed = update(locale, messages)
        print(f"{locale}: {len(messages)} messages, {added} new, {removed} removed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
