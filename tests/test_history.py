"""Issue 11: validated tables, one switch per run, kept history, `--as-of` and `mpdp diff`."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from dataclasses import replace
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pytest

from mpdp_pipeline.cli import main
from mpdp_pipeline.diff import Change, diff_runs
from mpdp_pipeline.publish import RunStart, publish
from mpdp_pipeline.schemas import ACTIVITIES, Activity, DocumentRecord, records_to_table
from mpdp_pipeline.tables import (
    CURRENT,
    LEASE_S,
    as_of,
    history,
    prune_runs,
    read_table,
    reading,
    snapshot,
    transaction,
    write_table,
)
from mpdp_pipeline.validation import TableValidationError


def doc(url: str) -> DocumentRecord:
    return DocumentRecord(doc_id=url[-1] * 64, recipient="IGC", source_url=url, status="ok")


def activity(title: str, url: str, **changes) -> Activity:
    fields = dict(
        activity_id=f"id-{title}", recipient="IGC", kind="meeting", title=title, date_text="3 May 2005",
        start_date=dt.date(2005, 5, 3), end_date=dt.date(2005, 5, 3), date_precision="day", fiscal_year="2005/06",
        location=None, country=None, participants=(), authors=(), publisher=None, language="en",
        doc_id=url[-1] * 64, source_url=url, page=1, locator="0,0,1,1", snippet=title,
        extractor="table.columns", confidence=0.9,
    )  # fmt: skip
    return Activity(**{**fields, **changes})


def run(out: Path, run_id: str, activities: list[Activity]) -> None:
    """One nightly-like run: documents, activities, log and a `runs` row, committed together."""
    urls = sorted({a.source_url for a in activities}) or ["u/a"]
    with transaction(out, run_id) as draft:
        start = RunStart(run_id, dt.datetime.now(dt.UTC))
        publish(draft, documents=[doc(u) for u in urls], activities=activities, log=[], run=start)


def titles(folder: Path) -> list[str]:
    return sorted(read_table(folder, "activities").column("title").to_pylist())


def test_a_run_is_one_folder_and_every_table_points_into_it(tmp_path):
    run(tmp_path, "r1", [activity("Full Round", "u/a")])
    run(tmp_path, "r2", [activity("Workshop", "u/a")])
    assert (tmp_path / CURRENT).resolve() == tmp_path / "_runs" / "r2"
    for name in ("documents", "activities", "activity_sources", "extraction_log", "runs"):
        assert (tmp_path / name).resolve().parent == tmp_path / "_runs" / "r2"
    manifest = json.loads((tmp_path / "_runs" / "r2" / "manifest.json").read_text())
    assert manifest["run_id"] == "r2" and manifest["previous"] == "r1" and manifest["rows"]["activities"] == 1
    # The plain readers analysts use read the current run through the stable paths.
    assert pd.read_parquet(tmp_path / "activities")["title"].tolist() == ["Workshop"]
    query = f"select title from read_parquet('{tmp_path}/activities/**/*.parquet', hive_partitioning = true)"
    assert duckdb.connect().sql(query).fetchall() == [("Workshop",)]


def test_a_table_the_run_did_not_write_is_carried_over_as_hard_links(tmp_path):
    run(tmp_path, "r1", [activity("Full Round", "u/a")])
    with transaction(tmp_path, "r2") as draft:
        write_table(draft, "runs", read_table(draft, "runs"))
    old, new = (next((tmp_path / "_runs" / r / "documents").rglob("*.parquet")) for r in ("r1", "r2"))
    assert os.path.samefile(old, new)
    assert json.loads((tmp_path / "_runs" / "r2" / "manifest.json").read_text())["written"] == ["runs"]


def test_a_table_read_again_is_the_one_on_disk_however_it_changed(tmp_path):
    """Reads are kept in memory while a table's files are the same ones: a new run, a file replaced in place by
    another writer or one cut short is seen at once."""
    run(tmp_path, "r1", [activity("Full Round", "u/a")])
    assert titles(tmp_path) == ["Full Round"]
    run(tmp_path, "r2", [activity("Workshop", "u/a")])
    assert titles(tmp_path) == ["Workshop"]
    part = next((tmp_path / "_runs" / "r2" / "activities").rglob("*.parquet"))
    other = next((tmp_path / "_runs" / "r1" / "activities").rglob("*.parquet"))
    part.write_bytes(other.read_bytes())  # in place: same path and inode, another change time
    assert titles(tmp_path) == ["Full Round"]
    part.write_bytes(part.read_bytes()[:40])  # cut short: the newest run that can be read stands in
    assert titles(tmp_path) == ["Full Round"]


def test_a_schema_violation_fails_the_publish_and_the_old_tables_stay(tmp_path):
    run(tmp_path, "r1", [activity("Full Round", "u/a")])
    bad = records_to_table([activity("Bad", "u/a", kind="picnic"), activity("Dup", "u/a", activity_id="id-Dup"),
                            activity("Dup2", "u/a", activity_id="id-Dup")], ACTIVITIES)  # fmt: skip
    with pytest.raises(TableValidationError) as failed, transaction(tmp_path, "r2") as draft:
        write_table(draft, "activities", bad)
    # Every failure at once (lazy), with the failing rows written down for the reader.
    failures = failed.value.failures
    assert {("activities", "kind"), ("activities", "activity_id")} <= set(
        zip(failures.table, failures.column, strict=True)
    )
    assert failed.value.code == "publish.invalid"
    assert "picnic" in (tmp_path / "_rejected" / "r2.csv").read_text()
    assert titles(tmp_path) == ["Full Round"] and [r.run_id for r in history(tmp_path)] == ["r1"]
    assert not list((tmp_path / "_runs").glob(".draft-*"))


def test_codes_made_on_demand_are_valid_and_unknown_codes_are_not(tmp_path):
    from mpdp_pipeline.schemas import EXTRACTION_LOG, LogEntry, LogStatus, Stage

    def log(code: str) -> LogEntry:
        return LogEntry("r", dt.datetime(2026, 1, 1, tzinfo=dt.UTC), None, "u/a", Stage.CRAWL, LogStatus.WARNING, code)

    write_table(
        tmp_path, "extraction_log", records_to_table([log("http.404"), log("robots.disallowed")], EXTRACTION_LOG)
    )
    with pytest.raises(TableValidationError) as failed:
        write_table(tmp_path, "extraction_log", pa.table({**records_to_table([log("fetched")], EXTRACTION_LOG)
                                                          .to_pydict(), "code": ["http.four-oh-four"]}))  # fmt: skip
    assert list(failed.value.failures.failure_case) == ["http.four-oh-four"]


def test_links_between_tables_are_checked(tmp_path):
    run(tmp_path, "r1", [activity("Full Round", "u/a")])
    orphan = activity("Orphan", "u/z")  # its document is in no `documents` row
    with pytest.raises(TableValidationError) as failed, transaction(tmp_path, "r2") as draft:
        write_table(draft, "activities", records_to_table([orphan], ACTIVITIES))
    assert set(failed.value.failures.column) == {"doc_id"}


def test_as_of_a_run_or_a_date_reads_the_tables_as_they_were(tmp_path):
    run(tmp_path, "r1", [activity("Full Round", "u/a")])
    run(tmp_path, "r2", [activity("Workshop", "u/a")])
    assert titles(as_of(tmp_path, "r1").path) == ["Full Round"]
    today = dt.datetime.now(dt.UTC).date().isoformat()
    assert as_of(tmp_path, today).run_id == "r2"
    with pytest.raises(Exception, match="matches 2 runs"):
        as_of(tmp_path, "r")
    with pytest.raises(Exception, match="no run"):
        as_of(tmp_path, "2001-01-01")


def test_retention_removes_the_oldest_runs_and_never_the_current_one(tmp_path):
    for i in range(5):
        run(tmp_path, f"r{i}", [activity(f"A{i}", "u/a")])
    assert prune_runs(tmp_path, keep=2) == 3
    assert [r.run_id for r in history(tmp_path)] == ["r4", "r3"]
    # `current` is never pruned, even when it is not among the newest (an older run made current again).
    os.symlink("_runs/r3", tmp_path / "current.new")
    os.replace(tmp_path / "current.new", tmp_path / CURRENT)
    assert prune_runs(tmp_path, keep=1) == 0 and titles(tmp_path) == ["A3"]


def test_a_run_being_read_is_not_pruned_until_its_reader_is_done(tmp_path):
    for i in range(3):
        run(tmp_path, f"r{i}", [activity(f"A{i}", "u/a")])
    oldest = as_of(tmp_path, "r0")
    with reading(oldest):  # `mpdp report --as-of r0` while a nightly commit prunes
        assert prune_runs(tmp_path, keep=1) == 1
        assert [r.run_id for r in history(tmp_path)] == ["r2", "r0"]
        assert titles(oldest.path) == ["A0"]
    assert not [p for p in oldest.path.iterdir() if p.name.startswith(".reading-")]  # the lease is gone
    assert prune_runs(tmp_path, keep=1) == 1 and [r.run_id for r in history(tmp_path)] == ["r2"]
    # A lease left by a reader that died holds the run for LEASE_S only.
    run(tmp_path, "r3", [activity("A3", "u/a")])
    lease = as_of(tmp_path, "r2").path / ".reading-dead"
    lease.touch()
    assert prune_runs(tmp_path, keep=1) == 0
    old = time.time() - LEASE_S - 60
    os.utime(lease, (old, old))
    assert prune_runs(tmp_path, keep=1) == 1


def test_diff_shows_exactly_the_edited_document(tmp_path):
    kept, edited = activity("Full Round", "u/a"), activity("Workshop on return", "u/b", location="Bern")
    run(tmp_path, "r1", [kept, edited, activity("Seminar", "u/b")])
    run(tmp_path, "r2", [kept, replace(edited, location="Geneva"), activity("Forum", "u/b")])
    changes = diff_runs(tmp_path / "_runs" / "r1", tmp_path / "_runs" / "r2")
    assert [(a.change, a.title) for a in changes.activities] == [
        (Change.ADDED, "Forum"), (Change.REMOVED, "Seminar"), (Change.CHANGED, "Workshop on return")
    ]  # fmt: skip
    assert [(f.field, f.old, f.new) for f in changes.activities[2].fields] == [("location", "Bern", "Geneva")]
    assert changes.line() == "+1 activities, -1, 1 changed since run r1"


def test_mpdp_diff_and_history_on_the_command_line(tmp_path, capsys):
    run(tmp_path, "r1", [activity("Full Round", "u/a")])
    run(tmp_path, "r2", [activity("Full Round", "u/a"), activity("Forum", "u/a")])
    assert main(["history", "--out", str(tmp_path)]) == 0
    listed = capsys.readouterr().out
    assert listed.index("r2") < listed.index("r1") and "current" in listed
    assert main(["diff", "--out", str(tmp_path), "--format", "json"]) == 0
    body = json.loads(capsys.readouterr().out)
    assert body["since"] == "r1" and [a["title"] for a in body["activities"]] == ["Forum"]
    assert main(["diff", "--out", str(tmp_path), "--since", "r1", "--recipient", "RCM", "--format", "csv"]) == 0
    assert capsys.readouterr().out.strip().splitlines() == ["recipient,what,id,change,title,field,old,new"]
    assert main(["diff", "--out", str(tmp_path), "--since", "nope"]) == 2


WRITER = textwrap.dedent(
    """
    import datetime as dt, sys, uuid
    sys.path.insert(0, {tests!r})
    from pathlib import Path
    from test_history import run, activity
    out = Path({out!r})
    while True:
        run_id = uuid.uuid4().hex[:12]
        run(out, run_id, [activity(f"A-{{run_id}}-{{i}}", "u/a", run_id=run_id) for i in range(3)])
    """
)


def _run_ids(folder: Path) -> set[str]:
    """The run ids the tables of one snapshot carry: activities' rows, and the last `runs` row."""
    base = snapshot(folder)
    ids = set(read_table(base, "activities").column("run_id").to_pylist())
    runs = read_table(base, "runs").sort_by("started_at").column("run_id").to_pylist()
    return ids | {runs[-1], base.name}


def test_a_reader_never_sees_two_runs_at_once_while_publishes_are_killed(tmp_path):
    run(tmp_path, "first", [activity("A-first", "u/a", run_id="first")])
    script = WRITER.format(tests=str(Path(__file__).parent), out=str(tmp_path))
    rng = random.Random(11)
    seen: set[str] = set()
    for round_ in range(6):
        writer = subprocess.Popen([sys.executable, "-c", script], stderr=subprocess.DEVNULL)
        if round_ == 0:  # a busy machine may take a while to start Python: wait for a first commit
            started = time.monotonic()
            while len(history(tmp_path)) < 2 and time.monotonic() - started < 180:
                time.sleep(0.05)
        deadline = time.monotonic() + rng.uniform(1.0, 3.0)  # killed at a random moment of a publish
        while time.monotonic() < deadline:
            ids = _run_ids(tmp_path)
            assert len(ids) == 1, f"a reader saw tables of several runs: {ids}"
            seen |= ids
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        assert len(_run_ids(tmp_path)) == 1
    assert len(seen) > 1  # the writers did commit runs while the reader read


def test_readings_left_standing_are_refused_when_another_writer_committed_meanwhile(tmp_path):
    """A nightly run judges which readings stand before it reads its documents; if `mpdp crawl` (or `mpdp
    extract`) commits in between, the judgement is stale: the publish is refused, and nothing is lost."""
    from mpdp_pipeline.errors import MpdpError
    from mpdp_pipeline.publish import standing_readings

    with transaction(tmp_path, "r1") as draft:
        publish(draft, documents=[doc("u/a")], activities=[activity("A", "u/a")], log=[],
                run=RunStart("r1", dt.datetime.now(dt.UTC)), extracted_with="F")  # fmt: skip
    unchanged = replace(doc("u/a"), status="not_modified")
    standing = standing_readings(tmp_path, [unchanged], "F")
    assert standing == {("IGC", "u/a")}
    publish(tmp_path, documents=[unchanged], activities=None, log=[], run_id="crawl")  # a crawl commits meanwhile
    with pytest.raises(MpdpError, match="changed while this run read"), transaction(tmp_path, "r2") as draft:
        publish(draft, documents=[unchanged], activities=[], log=[], run=RunStart("r2", dt.datetime.now(dt.UTC)),
                standing=standing, extracted_with="F")  # fmt: skip
    assert [r.run_id for r in history(tmp_path)] == ["crawl", "r1"] and titles(tmp_path) == ["A"]
    # Judged again against what is current now, nothing stands: the document is read again.
    assert standing_readings(tmp_path, [unchanged], "F") == frozenset()
