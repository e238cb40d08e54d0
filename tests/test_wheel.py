"""The wheel, as a user installs it: built from this tree, installed in a fresh virtual environment, and
run from a folder outside the clone, so nothing is imported from the working tree.

The fresh environment sees the project environment's dependencies through a path file rather than
installing them again (minutes, and the same pinned versions); `mpdp_pipeline` itself can only come
from the wheel, since the project environment holds it as an editable install that a path entry
does not activate.
"""

from __future__ import annotations

import os
import subprocess
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE

pytestmark = pytest.mark.slow


def _mpdp(bin_dir: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return subprocess.run([str(bin_dir / "mpdp"), *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=900)


def test_the_wheel_installs_one_package_with_its_defaults(installed):
    (wheel,) = installed.parent.parent.glob("dist/*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    top = {n.split("/")[0] for n in names if not n.split("/")[0].endswith((".dist-info", ".data"))}
    assert top == {"mpdp_pipeline"}
    assert {"mpdp_pipeline/defaults/sample.toml", "mpdp_pipeline/defaults/requirements.csv"} <= set(names)
    assert "mpdp_pipeline/extractors/activities.py" in names and "mpdp_pipeline/flows/nightly.py" in names
    assert "mpdp_pipeline/extractors/data/cities.tsv" in names  # the gazetteer `places.world_cities` reads


def test_help_and_extract_work_from_the_wheel(installed, tmp_path):
    assert _mpdp(installed, "--help", cwd=tmp_path).returncode == 0
    pdf = SAMPLE / "igc" / "reports" / "igc-annual-report-2004-05.pdf"
    done = _mpdp(installed, "extract", str(pdf), "--recipient", "IGC", "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    import pyarrow.dataset as ds

    table = ds.dataset(tmp_path / "out" / "activities", format="parquet", partitioning="hive").to_table()
    assert table.num_rows >= 5


def test_run_needs_a_config_outside_a_clone_and_says_so(installed, tmp_path):
    refused = _mpdp(installed, "run", cwd=tmp_path)
    assert refused.returncode == 2
    assert "--config" in refused.stderr and "mpdp.toml" in refused.stderr


def test_run_with_a_config_works_from_the_wheel(installed, tmp_path):
    done = _mpdp(
        installed, "run", "--config", str(ROOT / "config" / "sample.toml"),
        "--raw", str(tmp_path / "raw"), "--out", str(tmp_path / "out"), cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    assert "activities IGC 43, MPI 18, RCM 24" in done.stdout
