"""The deployment's lock file (requirements.lock, used by scripts/run-app.sh and
scripts/test.sh) pins every runtime dependency within the ranges pyproject.toml declares, each
with its hashes, so that what is deployed and tested is exactly what was locked."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]


def locked() -> dict[str, tuple[str, list[str]]]:
    """{name: (version, hashes)} from the lock (requirement lines continued with `\\`)."""
    text = (ROOT / "requirements.lock").read_text().replace("\\\n", " ")
    pins = {}
    for line in text.splitlines():
        if match := re.match(r"^([A-Za-z0-9_.\-]+)==([^\s;]+)(.*)$", line):
            name, version, rest = match.groups()
            pins[canonicalize_name(name)] = (
                version,
                re.findall(r"--hash=sha256:([0-9a-f]{64})", rest),
            )
    return pins


def test_every_runtime_dependency_is_locked_within_its_range_with_hashes():
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    pins = locked()
    for line in declared:
        requirement = Requirement(line)
        version, hashes = pins[canonicalize_name(requirement.name)]
        assert requirement.specifier.contains(version), (line, version)
    assert all(hashes for _, hashes in pins.values()), "a pin without a hash"
    assert len(pins) > len(declared)  # their own dependencies are locked too


def test_the_lock_is_past_the_known_advisories():
    assert tuple(int(p) for p in locked()["fpdf2"][0].split(".")[:3]) >= (2, 8, 9)


def test_the_lock_holds_no_local_index_or_path():
    text = (ROOT / "requirements.lock").read_text()
    assert "--index-url" not in text and "--find-links" not in text and "file://" not in text
