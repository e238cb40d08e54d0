"""The import layers of `pyproject.toml` ([tool.importlinter]), checked with import-linter.

import-linter reads a package from its folder, and `extractors/` and `flows/` join `mpdp_pipeline` only
when installed (setuptools package-dir). So the package is first laid out as the wheel lays it out, in a
temporary folder, and the contracts are checked there. `make lint` runs this file.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT

LINT_IMPORTS = Path(os.environ.get("VIRTUAL_ENV", ROOT / ".venv")) / "bin" / "lint-imports"


def staged_package(into: Path) -> Path:
    """`mpdp_pipeline` as installed: extractors/ and flows/ inside it."""
    package = into / "mpdp_pipeline"
    shutil.copytree(ROOT / "mpdp_pipeline", package, ignore=shutil.ignore_patterns("__pycache__"))
    for folder, name in (("extractors", "extractors"), ("flows", "flows")):
        shutil.copytree(ROOT / folder, package / name, ignore=shutil.ignore_patterns("__pycache__"))
    return package


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
        cwd=root, env={**os.environ, "PYTHONPATH": str(root)}, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


@pytest.fixture
def lint():
    if not LINT_IMPORTS.exists():
        pytest.skip(f"import-linter is not installed at {LINT_IMPORTS} (pip install -e '.[dev]')")
    return lint_imports


def test_the_layers_hold(lint, tmp_path):
    staged_package(tmp_path)
    done = lint(tmp_path)
    assert done.returncode == 0, done.stdout[-4000:]
    assert "3 kept, 0 broken" in done.stdout


def test_an_extractor_importing_prefect_breaks_them(lint, tmp_path):
    """The check can fail: a rule module that reached for Prefect (or the crawler) is reported."""
    package = staged_package(tmp_path)
    rules = package / "extractors" / "dates.py"
    rules.write_text("import prefect  # noqa\nimport mpdp_pipeline.crawl  # noqa\n" + rules.read_text(encoding="utf-8"))
    done = lint(tmp_path)
    assert done.returncode != 0
    assert "mpdp_pipeline.extractors.dates -> prefect" in done.stdout
    assert "BROKEN" in done.stdout
