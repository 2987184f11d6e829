"""What Streamlit Community Cloud installs (requirements.txt) is what the project declares, and
what `pip install .` installs runs on its own, from any folder, in French and English."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_requirements_txt_matches_the_project_dependencies():
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    lines = (ROOT / "requirements.txt").read_text().splitlines()
    listed = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    assert sorted(listed) == sorted(declared)


def test_the_package_ships_its_reference_data_and_fonts():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert set(data["package-data"]["core"]) >= {"data/*.json", "data/fonts/*"}


def test_every_folder_of_core_with_python_files_is_a_listed_package():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "core").rglob("*.py")
        if "__pycache__" not in path.parts
    }
    assert found <= listed, f"not installed: {sorted(found - listed)}"


def test_a_non_editable_install_evaluates_in_french_and_english_from_another_folder(tmp_path):
    """Build the wheel (as `pip install .` would), install it without the repository on the
    path into a fresh virtual environment, and run the CLI from an unrelated folder.

    The dependencies come from this test's own environment (a path line in a .pth file, which
    does not run that environment's editable-install hooks), so no download is needed beyond
    the build backend pip fetches for the isolated build.
    """
    source = tmp_path / "source"  # a copy: an in-tree build would leave build/ in the repository
    for name in ("core", "locales"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    wheels = tmp_path / "wheels"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "-w", str(wheels), str(source)], check=True, env=env)
    (wheel,) = wheels.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert {
        "core/locales/fr_CA/LC_MESSAGES/messages.po",
        "core/locales/en_CA/LC_MESSAGES/messages.po",
    } <= names

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, env=env)
    python = venv / "bin" / "python"
    subprocess.run(
        [python, "-m", "pip", "--disable-pip-version-check", "-q", "install", "--no-deps", wheel],
        check=True,
        env=env,
    )
    purelib = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True, env=env,
    ).stdout.strip()  # fmt: skip
    (Path(purelib) / "test-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    example = ROOT / "examples" / "ai-foreign-worker.json"

    def run(*args: str) -> str:
        done = subprocess.run(
            [python, *args], cwd=elsewhere, capture_output=True, text=True, env=env
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    where = run("-c", "import core.i18n as i; print(i.__file__); print(i.LOCALES_DIR)")
    assert where.splitlines() == [
        str(Path(purelib) / "core" / "i18n.py"),
        str(Path(purelib) / "core" / "locales"),
    ]
    french = run("-m", "core", "evaluate", str(example), "--lang", "fr", "--format", "text")
    english = run("-m", "core", "evaluate", str(example), "--lang", "en", "--format", "text")
    assert french.startswith("Évaluation au 1er juin 2025"), french[:200]
    assert english.startswith("Assessment at June 1, 2025"), english[:200]
    assert "abrogé" in french and "repealed" in english
