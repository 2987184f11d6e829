"""An advisor's caseload: many answers files assessed in one pass, streamed, on every core.

Input: a JSON Lines file (one answers file a line; `-` for standard input) or a folder of
`*.json` answers files. Output: one contract JSON object a line, or a CSV summary with one row a
file and one column a way in, in the order of the input. A bad record gets one error line (with
its line number or file name) on standard error, and the others are still assessed.

The records are read in chunks and assessed by `jobs` worker processes (one per core by
default; `jobs=1` assesses them in this process). From a JSON Lines file, each worker reads the
file and takes every `jobs`-th chunk; otherwise (standard input, a folder) a pool is fed by this
process, at most a few chunks per worker ahead. When the output is a file, pipe or terminal, the
workers write their chunks themselves, in input order (a shared turn); otherwise they send them
back to be written here. Either way memory stays flat however long the caseload is, and the
output is byte for byte the same whatever `jobs` (tests/core/test_batch_caseload.py).
"""

from __future__ import annotations

import codecs
import csv
import ctypes
import gc
import io
import multiprocessing
import os
import pickle  # nosec B403
import queue
import signal
import sys
import threading
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any

from core.answers_file import (
    MAX_BYTES,
    AnswersFileError,
    error_message,
    parse_answers,
    read_answers_file,
)
from core.assess import STREAMS, assess
from core.batch_json import assessment_json_bytes, assessment_json_text
from core.i18n import Translator
from core.rules.general import PROFILES

WAY_COLUMNS = [f"{stream}/{profile}" for stream in STREAMS for profile in PROFILES]
CHUNK = 64  # records sent to a worker at a time
IN_FLIGHT = 4  # chunks queued per worker: enough to keep it busy, bounded memory
LINE_LIMIT = MAX_BYTES + 2  # a line read up to here is over the limit, with or without its \n

# Where ("12": line 12, or a file name), and the raw answers file, or why it could not be read.
Record = tuple[str, bytes | AnswersFileError]


def records(source: str) -> Iterator[Record]:
    """The records of a folder (its regular `*.json` files, at most the size limit + 1 byte of
    each read) or of a JSON Lines file (a line longer than the limit is cut there and skipped
    to its end: refused as too large, never held whole)."""
    path = Path(source)
    if source != "-" and path.is_dir():
        for file in sorted(path.glob("*.json")):
            try:
                yield file.name, read_answers_file(file)
            except AnswersFileError as error:
                yield file.name, error
        return
    stream = sys.stdin.buffer if source == "-" else path.open("rb")
    with stream:
        number = 0
        while line := stream.readline(LINE_LIMIT):
            number += 1
            if len(line) == LINE_LIMIT and not line.endswith(b"\n"):
                while (rest := stream.readline(65536)) and not rest.endswith(b"\n"):
                    pass  # the rest of an overlong line: read and dropped
            if line.strip():
                yield str(number), line


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class Settings:
    lang: str
    fmt: str  # "jsonl" or "csv"
    on: date | None
    # The output's encoding when the results are written as bytes (the worker encodes them, so
    # the writing process only copies them); None: written as text.
    encoding: tuple[str, str] | None = None  # (encoding, errors)


@dataclass
class Done:
    """A chunk assessed: what to write, in order, as (to standard error?, text or bytes)."""

    parts: list[tuple[bool, str | bytes]]
    assessed: int
    refused: int


def assess_chunk(chunk: list[Record], settings: Settings) -> Done:
    """Assess a chunk of records; the same code runs in a worker or in this process."""
    t = Translator(settings.lang)
    parts: list[tuple[bool, str | bytes]] = []
    encoding = settings.encoding
    # JSON Lines for a UTF-8 output: each result is made as UTF-8 bytes (its constant parts are
    # encoded once per language); else as text, encoded here when the output takes bytes.
    utf8 = encoding is not None and encoding[0] == "utf-8" and settings.fmt == "jsonl"
    errors = encoding[1] if encoding is not None else "strict"
    text: list = []  # bytes when utf8, else str
    csv_buffer = io.StringIO()
    writer = csv.writer(csv_buffer, lineterminator="\n") if settings.fmt == "csv" else None
    assessed = refused = 0

    def flush_output() -> None:
        if writer is not None:
            text.append(csv_buffer.getvalue())
            csv_buffer.seek(0)
            csv_buffer.truncate()
        if text:
            if utf8:
                parts.append((False, b"".join(text)))
            else:
                joined = "".join(text)
                parts.append((False, joined.encode(*encoding) if encoding else joined))
            text.clear()

    for where, raw in chunk:
        try:
            if isinstance(raw, AnswersFileError):
                raise raw
            answers = parse_answers(raw)
        except AnswersFileError as error:
            refused += 1
            flush_output()
            label = t("line {n}", n=where) if where.isdigit() else where
            parts.append((True, f"{label}: {error_message(error, settings.lang)}\n"))
            continue
        result = assess(answers, application_date=settings.on)
        assessed += 1
        if writer is not None:
            writer.writerow(
                [where, result.application_date.isoformat(), *(way.verdict for way in result.ways)]
            )
        elif utf8:
            text.append(assessment_json_bytes(result, settings.lang, where, errors))
            text.append(b"\n")
        else:
            text.append(assessment_json_text(result, settings.lang, where))
            text.append("\n")
    flush_output()
    return Done(parts, assessed, refused)


def chunks(items: Iterable[Record], size: int = CHUNK) -> Iterator[list[Record]]:
    chunk: list[Record] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


@dataclass(frozen=True)
class Outputs:
    """Where the workers write their chunks themselves, in input order: the file descriptors of
    the output and of the errors (with the errors' encoding), and the number of chunks written
    so far, shared by the processes and guarded by `turn`."""

    out: int
    err: int
    err_encoding: tuple[str, str]
    turn: Any  # multiprocessing.Condition
    written: Any  # multiprocessing.Value("q")


_settings: Settings | None = None  # in a worker process: set once by _start_worker
_outputs: Outputs | None = None


def _start_worker(settings: Settings, outputs: Outputs | None) -> None:
    global _settings, _outputs
    _settings, _outputs = settings, outputs
    _keep_freed_memory()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle


def _work(index: int, chunk: list[Record]) -> Done:
    assert _settings is not None
    done = assess_chunk(chunk, _settings)
    if _outputs is None:
        return done
    _write_in_turn(index, done)  # the writing process only counts
    return Done([], done.assessed, done.refused)


def _write_in_turn(index: int, done: Done) -> None:
    """Write chunk `index` when the chunks before it are written (by whichever process)."""
    outputs = _outputs
    assert outputs is not None
    with outputs.turn:
        outputs.turn.wait_for(lambda: outputs.written.value == index)
    for to_err, text in done.parts:
        if isinstance(text, bytes):
            _write_all(outputs.out, text)
        else:
            _write_all(outputs.err if to_err else outputs.out, text.encode(*outputs.err_encoding))
    with outputs.turn:  # not reached if a write failed: the error stops the whole batch
        outputs.written.value = index + 1
        outputs.turn.notify_all()


AHEAD = 2  # chunks a worker that reads its own share may hold, assessed, waiting for their turn


def _own_share(
    share: int, jobs: int, source: str, settings: Settings, outputs: Outputs, report: Any
) -> None:
    """A worker that reads the caseload file itself and assesses every `jobs`-th chunk from
    chunk `share`. Its chunks are written in their turn by a thread of its own, so that it goes
    on assessing while a chunk waits for the other workers' chunks before it."""
    _start_worker(settings, outputs)
    finished: queue.Queue = queue.Queue(maxsize=AHEAD)
    failed: list[BaseException] = []

    def write() -> None:
        try:
            while (item := finished.get()) is not None:
                _write_in_turn(*item)
        except BaseException as error:  # noqa: BLE001 - reported to the parent below
            failed.append(error)
            while finished.get() is not None:  # let the assessing thread finish
                pass

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    assessed = refused = 0
    try:
        for index, chunk in enumerate(chunks(records(source))):
            if failed:
                break
            if index % jobs == share:
                done = assess_chunk(chunk, settings)
                assessed, refused = assessed + done.assessed, refused + done.refused
                finished.put((index, done))
    except BaseException as error:  # noqa: BLE001 - reported to the parent below
        failed.append(error)
    finished.put(None)
    writer.join()
    problem = failed[0] if failed else None
    try:
        pickle.dumps(problem)
    except Exception:  # noqa: BLE001 - an error that cannot travel is described instead
        problem = RuntimeError(repr(problem))
    report.put((assessed, refused, problem))


def _in_own_workers(
    source: str, settings: Settings, jobs: int, direct: tuple[int, int, tuple[str, str]]
) -> Generator[Done, None, None]:
    """`jobs` workers that each read the caseload file and take their share of its chunks, and
    write them in input order: this process only waits for their counts."""
    context = _context()
    outputs = Outputs(*direct, context.Condition(), context.Value("q", 0, lock=False))
    report = context.Queue()
    workers = [
        context.Process(target=_own_share, args=(share, jobs, source, settings, outputs, report))
        for share in range(jobs)
    ]
    try:
        for worker in workers:
            worker.start()
        reported = 0
        while reported < jobs:
            try:
                assessed, refused, error = report.get(timeout=0.2)
            except queue.Empty:
                if any(w.exitcode not in (None, 0) for w in workers):
                    raise RuntimeError("a worker stopped without finishing its share") from None
                continue
            if error is not None:
                raise error
            reported += 1
            yield Done([], assessed, refused)
    finally:
        for worker in workers:
            if worker.is_alive():
                worker.terminate()
            worker.join()


def _context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def _keep_freed_memory() -> None:
    """Let glibc's malloc keep the memory a chunk frees for the next chunk: by default it gives
    back the top of the heap and maps each large block afresh, and the kernel then zeroes and
    maps those pages again for every chunk (≈ 24 page faults a record, ≈ 40 µs of system time;
    bench/README.md). The memory held stays that of the largest chunk: still flat. Elsewhere
    than glibc, nothing changes."""
    try:
        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt
    except (AttributeError, OSError):
        return
    mallopt(-3, 16 * 1024 * 1024)  # M_MMAP_THRESHOLD: blocks under 16 MiB from the heap
    mallopt(-1, 64 * 1024 * 1024)  # M_TRIM_THRESHOLD: keep up to 64 MiB free at the top


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _prepare(settings: Settings) -> None:
    """Load the catalogs, the reference tables and the rules' JSON fragments once, before the
    workers are forked, so that no worker loads them again: an empty answers file, assessed
    (no one's answers)."""
    empty = parse_answers(b'{"schema_version": 1}')
    if settings.fmt == "jsonl":
        assessment_json_text(assess(empty, application_date=settings.on), settings.lang)


def _in_workers(
    work: Iterator[list[Record]],
    settings: Settings,
    jobs: int,
    direct: tuple[int, int, tuple[str, str]] | None,
) -> Generator[Done, None, None]:
    """Chunks assessed by `jobs` processes, yielded in input order, a bounded number ahead.
    With `direct` (the output's and the errors' file descriptors), each worker writes its chunk
    itself when its turn comes, instead of sending it to this process to write."""
    context = _context()
    outputs = None
    if direct is not None:
        outputs = Outputs(*direct, context.Condition(), context.Value("q", 0, lock=False))
    with context.Pool(jobs, initializer=_start_worker, initargs=(settings, outputs)) as pool:
        pending: deque = deque()
        for index, chunk in enumerate(work):
            pending.append(pool.apply_async(_work, (index, chunk)))
            if len(pending) >= jobs * IN_FLIGHT:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


def _binary(out: IO[str]) -> tuple[IO[bytes], str] | None:
    """The byte stream under a text output and its encoding, when writing bytes there is the
    same as writing the text (no newline translation); else None."""
    buffer = getattr(out, "buffer", None)
    encoding = getattr(out, "encoding", None)
    if buffer is None or not encoding or os.linesep != "\n":
        return None
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return None
    out.flush()
    return buffer, name


def _descriptors(
    binary: tuple[IO[bytes], str] | None, err: IO[str]
) -> tuple[int, int, tuple[str, str]] | None:
    """The output's and the errors' file descriptors (and the errors' encoding), when both are
    real files, pipes or terminals the workers can write to; else None."""
    encoding = getattr(err, "encoding", None)
    if binary is None or not encoding:
        return None
    try:
        out_fd, err_fd = binary[0].fileno(), err.fileno()
    except (AttributeError, OSError, ValueError):  # io.UnsupportedOperation is an OSError
        return None
    binary[0].flush()
    err.flush()
    return out_fd, err_fd, (encoding, getattr(err, "errors", None) or "strict")


@dataclass
class Tally:
    assessed: int = 0
    refused: int = 0


def run_batch(
    source: str,
    out: IO[str],
    err: IO[str],
    *,
    lang: str,
    fmt: str,
    on: date | None,
    progress: bool,
    jobs: int = 1,
) -> Tally:
    t = Translator(lang)
    tally = Tally()
    if fmt == "csv":
        csv.writer(out, lineterminator="\n").writerow(["record", "application_date", *WAY_COLUMNS])
    binary = _binary(out)  # (flushes what was written as text)
    encoding = (binary[1], getattr(out, "errors", None) or "strict") if binary else None
    settings = Settings(lang, fmt, on, encoding)
    work = chunks(records(source))
    _keep_freed_memory()
    _prepare(settings)
    # What is loaded now (modules, catalogs, tables, fragments) lives as long as the process:
    # kept out of the garbage collector's scans, and its memory pages shared with the workers.
    gc.collect()
    gc.freeze()
    if jobs > 1:
        direct = _descriptors(binary, err)
        if direct is not None and not progress and source != "-" and Path(source).is_file():
            results: Generator[Done, None, None] = _in_own_workers(source, settings, jobs, direct)
        else:
            results = _in_workers(work, settings, jobs, direct)
    else:
        results = (assess_chunk(chunk, settings) for chunk in work)
    try:
        for done in results:
            for to_err, text in done.parts:
                if isinstance(text, bytes):
                    binary[0].write(text)  # type: ignore[index]
                else:
                    (err if to_err else out).write(text)
            before = tally.assessed + tally.refused
            tally.assessed += done.assessed
            tally.refused += done.refused
            seen = tally.assessed + tally.refused
            if progress and seen // 500 != before // 500:
                err.write(f"\r{seen} …")
                err.flush()
    finally:
        results.close()  # stops the workers if the reader left or the user pressed Ctrl-C
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
