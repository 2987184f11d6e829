"""An advisor's caseload: many answers files assessed in one pass, streamed.

Input: a JSON Lines file (one answers file a line; `-` for standard input) or a folder of
`*.json` answers files. Output: one contract JSON object a line, or a CSV summary with one row a
file and one column a way in. A bad record gets one error line (with its line number or file
name) on standard error, and the others are still assessed. Nothing is held in memory but the
record at hand.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO

from core.answers_file import AnswersFileError, error_message, parse_answers
from core.assess import STREAMS, assess
from core.explain import assessment_json
from core.i18n import Translator
from core.rules.general import PROFILES

WAY_COLUMNS = [f"{stream}/{profile}" for stream in STREAMS for profile in PROFILES]


@dataclass
class Record:
    where: str  # "line 12" or a file name
    raw: bytes


def records(source: str) -> Iterator[Record]:
    path = Path(source)
    if source != "-" and path.is_dir():
        for file in sorted(path.glob("*.json")):
            yield Record(file.name, file.read_bytes())
        return
    stream = sys.stdin.buffer if source == "-" else path.open("rb")
    with stream:
        for number, line in enumerate(stream, start=1):
            if line.strip():
                yield Record(str(number), line)


@dataclass
class Tally:
    assessed: int = 0
    refused: int = 0


def run_batch(
    source: str, out: IO[str], err: IO[str], *, lang: str, fmt: str, on: date | None, progress: bool
) -> Tally:
    t = Translator(lang)
    tally = Tally()
    writer = None
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["record", "application_date", *WAY_COLUMNS])
    for record in records(source):
        try:
            answers = parse_answers(record.raw)
        except AnswersFileError as error:
            tally.refused += 1
            label = t("line {n}", n=record.where) if record.where.isdigit() else record.where
            err.write(f"{label}: {error_message(error, lang)}\n")
            continue
        result = assess(answers, application_date=on)
        tally.assessed += 1
        if writer is not None:
            writer.writerow(
                [
                    record.where,
                    result.application_date.isoformat(),
                    *(way.verdict for way in result.ways),
                ]
            )
        else:
            out.write(
                json.dumps(
                    {"record": record.where, **assessment_json(result, lang)}, ensure_ascii=False
                )
                + "\n"
            )
        if progress and (tally.assessed + tally.refused) % 500 == 0:
            err.write(f"\r{tally.assessed + tally.refused} …")
            err.flush()
    if progress:
        err.write(
            "\r"
            + t(
                "{assessed} assessed, {refused} refused",
                assessed=tally.assessed,
                refused=tally.refused,
            )
            + "\n"
        )
    return tally
