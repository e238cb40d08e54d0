"""Housekeeping: what only runs older than the last `nightly.retention` left is pruned, never a current table."""

from __future__ import annotations

import datetime as dt
import os

import pyarrow as pa

from mpdp_pipeline.config import load_config
from mpdp_pipeline.schemas import RUNS, RunRecord, RunStatus, records_to_table
from mpdp_pipeline.stages import batch_size_for, housekeeping_stage
from mpdp_pipeline.storage import RawStore
from mpdp_pipeline.tables import append_table, read_table, write_table

START = dt.datetime(2026, 1, 1, 2, 0, tzinfo=dt.UTC)


def _night(i: int) -> dt.datetime:
    return START + dt.timedelta(days=i)


def _age(path, when: dt.datetime) -> None:
    os.utime(path, (when.timestamp(), when.timestamp()))


def _runs(out, nights: int) -> None:
    rows = [
        RunRecord(
            run_id=f"r{i}", started_at=_night(i), finished_at=_night(i), flow_run_id="", status=RunStatus.COMPLETED,
            documents_seen=1, documents_changed=0, activities=0, warnings=0, errors=0, version="0",
        )
        for i in range(nights)
    ]  # fmt: skip
    for row in rows:
        append_table(out, "runs", records_to_table([row], RUNS))


def _run_folders(out):
    return sorted(p.name for p in (out / "_runs").iterdir() if not p.name.startswith("."))


def test_nothing_is_pruned_while_there_are_no_more_runs_than_the_retention(tmp_path):
    out, raw = tmp_path / "out", tmp_path / "raw"
    out.mkdir()
    _runs(out, 3)
    pruned = housekeeping_stage(out, raw, retention=3)
    assert pruned.cutoff is None and (pruned.table_versions, pruned.crawl_state, pruned.results) == (0, 0, 0)
    assert len(_run_folders(out)) == 3


def test_old_versions_state_and_results_go_and_the_current_table_stays(tmp_path):
    out, raw, results = tmp_path / "out", tmp_path / "raw", tmp_path / "results"
    out.mkdir()
    _runs(out, 5)  # nights 0..4; keeping 2 runs keeps what nights 3 and 4 left
    table = pa.table({"recipient": ["IGC"], "fiscal_year": ["2005/06"], "kind": ["meeting"], "count": [1]})
    write_table(out, "annex", table.append_column("activity_ids", pa.array([[]], pa.list_(pa.string()))))
    assert len(_run_folders(out)) == 6  # each write above was a run of its own
    store = RawStore(raw)
    for name, night in (("IGC", 0), ("GONE", 0), ("LATE", 4)):
        store.state_path(name).parent.mkdir(parents=True, exist_ok=True)
        store.state_path(name).write_text("{}", encoding="utf-8")
        _age(store.state_path(name), _night(night))
    results.mkdir()
    for key, night in (("extract-live", 0), ("extract-dead", 0), ("extract-new", 4)):
        (results / key).write_bytes(b"x")
        _age(results / key, _night(night))

    pruned = housekeeping_stage(
        out, raw, retention=2, recipients=["IGC"], results_dir=results, live_results=["extract-live"]
    )

    assert pruned.cutoff == _night(3)
    # The newest runs' folders stay, the current one among them: a reader always finds every table.
    assert len(_run_folders(out)) == 2 and (out / "current").resolve().name in _run_folders(out)
    assert read_table(out, "runs").num_rows == 5 and read_table(out, "annex").num_rows == 1
    # Crawl state: a configured recipient's is live; an unconfigured one's goes once older than the runs kept.
    assert sorted(p.stem for p in store.state_path("x").parent.iterdir()) == ["IGC", "LATE"]
    # Cached results: tonight's documents' are kept, others go once older than the runs kept.
    assert sorted(p.name for p in results.iterdir()) == ["extract-live", "extract-new"]
    assert (pruned.table_versions, pruned.crawl_state, pruned.results) == (4, 1, 1)


def test_retention_defaults_to_30_runs():
    assert load_config().nightly.retention == 30


def test_a_large_corpus_is_extracted_in_batches():
    assert batch_size_for(13) == 1 and batch_size_for(100, workers=2) == 1  # one task per document
    assert batch_size_for(200, workers=2) == 25  # 8 batches: 4 per worker
    assert batch_size_for(10_000, workers=2) == 50  # at most 50 documents per task
    assert batch_size_for(13, configured=5) == 5
    # Tasks shipped to other processes cost the flow far more each: batched as soon as workers have 4 each.
    assert batch_size_for(8, workers=2, shipped=True) == 1
    assert batch_size_for(30, workers=2, shipped=True) == 4 and batch_size_for(30, workers=1, shipped=True) == 8
