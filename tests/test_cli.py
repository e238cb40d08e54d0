"""The stage commands one by one, as a data engineer runs them: crawl, extract, checks, report."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import duckdb
import pytest
from conftest import SAMPLE, sample_config, sample_site

from mpdp_pipeline.cli import main
from mpdp_pipeline.config import SAMPLE_CONFIG


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    return tmp_path_factory.mktemp("cli")


def test_crawl_fills_the_raw_store_and_the_documents_table(out, capsys):
    raw = out / "raw"
    assert main(["crawl", "--config", str(SAMPLE_CONFIG), "--raw", str(raw), "--out", str(out)]) == 0
    assert "documents 13 seen, 13 ok" in capsys.readouterr().out
    rows = (
        duckdb.connect()
        .execute(f"select status, raw_path from read_parquet('{out}/documents/**/*.parquet', hive_partitioning = true)")
        .fetchall()
    )
    assert len(rows) == 13 and {status for status, _ in rows} == {"ok"}
    assert all(path.startswith(str(raw.resolve())) for _, path in rows)

    assert main(["crawl", "--config", str(SAMPLE_CONFIG), "--raw", str(raw), "--out", str(out)]) == 0
    assert "13 not_modified" in capsys.readouterr().out


def test_extract_checks_and_report_from_local_files(out, capsys):
    assert main(["extract", str(SAMPLE / "mpi"), "--recipient", "MPI", "--out", str(out)]) == 0
    assert "0 failed" in capsys.readouterr().out
    roundtables = (
        duckdb.connect()
        .execute(
            f"""select count(*) from read_parquet('{out}/activities/**/*.parquet', hive_partitioning = true)
            where recipient = 'MPI' and kind = 'roundtable'"""
        )
        .fetchone()[0]
    )
    assert roundtables == 5  # the sample's gold: 1, 0, 2, 0, 2 over five years

    assert main(["checks", "--config", str(SAMPLE_CONFIG), "--out", str(out)]) == 0
    statuses = dict(
        duckdb.connect()
        .execute(
            f"""select fiscal_year, status from '{out}/result_checks/*.parquet'
                where requirement_id = 'MPI-ROUNDTABLES'"""
        )
        .fetchall()
    )
    assert statuses["2004/05"] == statuses["2006/07"] == "delayed"

    assert main(["report", "--out", str(out)]) == 0
    html = (out / "report" / "index.html").read_text(encoding="utf-8")
    assert "MPI-ROUNDTABLES" in html and "delayed" in html

    count = f"select count(*) from read_parquet('{out}/activities/**/*.parquet', hive_partitioning = true)"
    before_crawl = duckdb.connect().execute(count).fetchone()[0]
    assert main(["crawl", "--config", str(SAMPLE_CONFIG), "--raw", str(out / "raw"), "--out", str(out)]) == 0
    assert duckdb.connect().execute(count).fetchone()[0] == before_crawl > 0  # a crawl never touches the activities


def test_extract_of_a_missing_path_exits_2(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "nope.pdf"), "--out", str(tmp_path)]) == 2
    assert "nope.pdf" in capsys.readouterr().err


@pytest.mark.slow
def test_run_on_a_local_dask_cluster(tmp_path):
    """The nightly flow on Prefect's Dask task runner, as `mpdp run --runner dask` starts it, in a fresh process."""
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect")}
    env.pop("PREFECT_API_URL", None)
    command = [sys.executable, "-m", "mpdp_pipeline.cli", "run", "--runner", "dask"]
    done = subprocess.run(
        [*command, "--raw", str(tmp_path / "raw"), "--out", str(tmp_path / "out")],
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    stderr = _without_heartbeat_noise(done.stderr)
    assert "Traceback" not in stderr and "0 failed" in done.stdout, done.stderr
    count = (
        duckdb.connect()
        .execute(
            f"select count(*) from read_parquet('{tmp_path}/out/activities/**/*.parquet', hive_partitioning = true)"
        )
        .fetchone()[0]
    )
    assert count == sum(int(n) for n in re.findall(r"(?:IGC|MPI|RCM) (\d+)", done.stdout)) > 50


def _without_heartbeat_noise(stderr: str) -> str:
    """stderr less distributed's own shutdown race: a worker whose heartbeat finds the scheduler already gone logs
    "Failed to communicate with scheduler during heartbeat" and a CommClosedError traceback (a busy machine makes
    it likelier). It is Dask's, after the run finished; any other traceback is still caught."""
    kept, skipping = [], False
    for line in stderr.splitlines():
        if "Failed to communicate with scheduler during heartbeat" in line:
            skipping = True
        elif skipping and line.startswith("distributed.comm.core.CommClosedError"):
            skipping = False
            continue
        if not skipping:
            kept.append(line)
    return "\n".join(kept)


def test_checks_before_any_run_says_what_to_do(tmp_path, capsys):
    assert main(["checks", "--config", str(SAMPLE_CONFIG), "--out", str(tmp_path)]) == 2
    assert "run `mpdp run` or `mpdp extract` first" in capsys.readouterr().err
    assert not (tmp_path / "result_checks").exists()


@pytest.mark.slow
def test_a_run_with_a_failed_document_exits_0_and_counts_it(tmp_path, capsys, prefect_harness):
    """The contract's exit status: the run finished, so 0; the failed document is in the summary line."""
    config = sample_config(tmp_path, sample_site(tmp_path, {"igc/broken.pdf": b""}))
    argv = ["run", "--config", str(config), "--raw", str(tmp_path / "raw"), "--out", str(tmp_path / "out")]
    assert main(argv) == 0
    assert "documents 14 seen, 13 changed, 1 failed" in capsys.readouterr().out  # the empty PDF: pdf.empty
