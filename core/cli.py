"""The contract's command line.

    python -m core evaluate FILE|- [--date YYYY-MM-DD] [--lang fr|en] [--format json|text]
    python -m core evaluate-batch FILE|FOLDER|- [--date] [--lang] [--format jsonl|csv] [--jobs N]
    python -m core report FILE|- --output report.pdf [--date] [--lang fr|en]
    python -m core timeline FILE|- [--from DATE] [--to DATE] [--lang] [--format json|text|csv]
    python -m core schema

Exit 0 whenever an assessment was made; 2 on unusable input, with one line on standard error
naming the field and what is expected. Never a traceback. A batch exits 2 when any record was
refused (each refusal is one line on standard error; the other records are still assessed).
A batch runs on every core unless `--jobs` says how many processes to use (1: this one only);
the output is the same, in the same order, whatever the number.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import NoReturn, TypeVar

from core.answers import answers_json_schema
from core.answers_file import (
    MAX_BYTES,
    AnswersFileError,
    error_message,
    parse_answers,
    read_answers_file,
)
from core.assess import Assessment, assess
from core.batch import default_jobs, run_batch
from core.contract import assessment_json
from core.explain import assessment_text
from core.i18n import Translator, lang_of
from core.reference import ReferenceDataError, check_all_tables

USAGE_ERROR = 2


class _Refusal(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not argparse's usage block
        raise _Refusal(
            Translator(_guess_lang(sys.argv)).__call__("command line: {problem}", problem=message)
        )


def _parser() -> _Parser:
    parser = _Parser(prog="python -m core", description="Québec AI/IT/VFX pilot: eligibility")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    evaluate = commands.add_parser("evaluate", help="assess an answers file")
    evaluate.add_argument("file", help="answers file (JSON), or - for standard input")
    evaluate.add_argument("--date", help="application date, YYYY-MM-DD")
    evaluate.add_argument("--lang", default="fr", choices=("fr", "en"))
    evaluate.add_argument("--format", default="json", choices=("json", "text"))
    batch = commands.add_parser("evaluate-batch", help="assess a caseload (JSON Lines or folder)")
    batch.add_argument("source", help="JSON Lines file, folder of answers files, or -")
    batch.add_argument("--date", help="application date for every record, YYYY-MM-DD")
    batch.add_argument("--lang", default="fr", choices=("fr", "en"))
    batch.add_argument("--format", default="jsonl", choices=("jsonl", "csv"))
    batch.add_argument(
        "--jobs",
        type=_jobs,
        default=None,
        metavar="N",
        help=f"processes assessing records (default: every core, here {default_jobs()}; "
        "1: no worker process); the output is the same and in the same order",
    )
    commands.add_parser("schema", help="print the JSON Schema of the answers file")
    report = commands.add_parser("report", help="write the PDF report of an answers file")
    report.add_argument("file", help="answers file (JSON), or - for standard input")
    report.add_argument("--output", required=True, help="the PDF file to write")
    report.add_argument("--date", help="application date, YYYY-MM-DD")
    report.add_argument("--lang", default="fr", choices=("fr", "en"))
    over_time = commands.add_parser(
        "timeline", help="each way's verdict over a range of application dates"
    )
    over_time.add_argument("file", help="answers file (JSON), or - for standard input")
    over_time.add_argument("--from", dest="first", help="first application date, YYYY-MM-DD")
    over_time.add_argument("--to", dest="last", help="last application date, YYYY-MM-DD")
    over_time.add_argument("--lang", default="fr", choices=("fr", "en"))
    over_time.add_argument("--format", default="json", choices=("json", "text", "csv"))
    return parser


def _jobs(text: str) -> int:
    try:
        jobs = int(text)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"a whole number of at least 1 is expected, not {text!r}")
    return jobs


def _guess_lang(argv: list[str]) -> str:
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return lang_of(argv[index + 1])
        if arg.startswith("--lang="):
            return lang_of(arg.split("=", 1)[1])
    return "fr"


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = _guess_lang(argv)
    t = Translator(lang)
    try:
        args = _parser().parse_args(argv)
        if args.command == "schema":
            _emit(json.dumps(answers_json_schema(), ensure_ascii=False, indent=2))
            return 0
        check_all_tables()
        if args.command == "timeline":
            return _timeline(args, t)
        on = _parse_date(args.date, t) if args.date else None
        if args.command == "evaluate-batch":
            if args.source != "-" and not Path(args.source).exists():
                raise _Refusal(
                    t("{file}: cannot be read ({reason})", file=args.source, reason="not found")
                )
            if args.source != "-" and not os.access(args.source, os.R_OK):
                raise _Refusal(
                    t("{file}: cannot be read ({reason})", file=args.source, reason="denied")
                )
            tally = _writing(
                lambda: run_batch(
                    args.source,
                    sys.stdout,
                    sys.stderr,
                    lang=args.lang,
                    fmt=args.format,
                    on=on,
                    progress=sys.stderr.isatty(),
                    jobs=args.jobs or default_jobs(),
                )
            )
            return 0 if not tally.refused else USAGE_ERROR
        answers = parse_answers(_read(args.file, t))
        result = assess(answers, application_date=on)
        if args.command == "report":
            return _write_report(result, args.lang, args.output, t)
        if args.format == "json":
            _emit(json.dumps(assessment_json(result, args.lang), ensure_ascii=False, indent=2))
        else:
            _emit(assessment_text(result, args.lang))
        return 0
    except AnswersFileError as error:
        return _refuse(error_message(error, lang))
    except _Refusal as refusal:
        return _refuse(str(refusal))
    except ReferenceDataError as error:
        return _refuse(
            t("reference data unusable, nothing assessed: {problem}", problem=str(error)), status=1
        )
    except _OutputFailed as failure:
        return _refuse(
            t("standard output: cannot be written ({reason})", reason=failure.reason), status=2
        )
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. `python -m core schema | head`: the reader left
        sys.stderr.close()
        return 0


def _parse_date(text: str, t: Translator) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise _Refusal(t("--date: a real date written YYYY-MM-DD is expected")) from None


def _timeline(args: argparse.Namespace, t: Translator) -> int:
    from core.timeline import (
        CSV_HEADER,
        default_range,
        timeline,
        timeline_json,
        timeline_rows,
        timeline_text,
    )

    start, end = default_range()
    first = _option_date("--from", args.first, t) or start
    last = _option_date("--to", args.last, t) or end
    if last < first:
        raise _Refusal(
            t(
                "--from, --to: the range ends ({end}) before it begins ({start})",
                start=first.isoformat(),
                end=last.isoformat(),
            )
        )
    answers = parse_answers(_read(args.file, t))
    result = timeline(answers, first, last)
    if args.format == "json":
        _emit(json.dumps(timeline_json(result, args.lang), ensure_ascii=False, indent=2))
    elif args.format == "text":
        _emit(timeline_text(result, args.lang).removesuffix("\n"))
    else:

        def write_csv() -> None:
            writer = csv.writer(sys.stdout, lineterminator="\n")
            writer.writerow(CSV_HEADER)
            writer.writerows(timeline_rows(result, args.lang))
            sys.stdout.flush()

        _writing(write_csv)
    return 0


def _option_date(option: str, text: str | None, t: Translator) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise _Refusal(
            t("{option}: a real date written YYYY-MM-DD is expected", option=option)
        ) from None


def _read(path: str, t: Translator) -> bytes:
    if path != "-":
        try:  # a regular file only: a pipe or a device is refused, not waited on
            return read_answers_file(path)
        except AnswersFileError as error:
            raise _Refusal(f"{path}: {error_message(error, t.lang)}") from None
    try:
        return sys.stdin.buffer.read(MAX_BYTES + 1)
    except OSError as error:
        raise _Refusal(
            t("{file}: cannot be read ({reason})", file=path, reason=error.strerror or "error")
        ) from None


class _OutputFailed(Exception):
    """Standard output refused what was written (a full disk, a closed device)."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error.strerror)
        self.reason = error.strerror or type(error).__name__


def _emit(text: str) -> None:
    """Print the whole result to standard output, or raise _OutputFailed."""
    _writing(lambda: (print(text), sys.stdout.flush()))


_Written = TypeVar("_Written")


def _writing(write: Callable[[], _Written]) -> _Written:
    """Run `write`; an error of standard output (other than its reader leaving) becomes
    _OutputFailed, and what stays in its buffer is dropped, so that Python does not fail
    again, with a traceback, when it flushes standard output at exit."""
    try:
        return write()
    except BrokenPipeError:
        raise
    except OSError as error:
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.stdout.flush()
        except (OSError, ValueError):
            pass
        raise _OutputFailed(error) from None


def _write_report(result: Assessment, lang: str, output: str, t: Translator) -> int:
    from core.report import pdf_report  # fpdf loads only for a report

    pdf = pdf_report(result, lang)
    try:
        Path(output).write_bytes(pdf)
    except OSError as error:
        raise _Refusal(
            t("{file}: cannot be written ({reason})", file=output, reason=error.strerror or "error")
        ) from None
    return 0


def _refuse(message: str, status: int = USAGE_ERROR) -> int:
    print(" ".join(message.split()), file=sys.stderr)
    return status
