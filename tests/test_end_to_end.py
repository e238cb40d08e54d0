"""The nightly flow on the bundled sample, read back as an analyst would."""

from __future__ import annotations

import csv
import shutil

import duckdb
import pyarrow.dataset as ds
import pytest
from conftest import BROKEN_PDF, GOLD, sample_config, sample_site

from mpdp_pipeline.config import SAMPLE_CONFIG
from mpdp_pipeline.evaluation import score_against_gold, score_by_family
from mpdp_pipeline.schemas import TABLES

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory, prefect_harness):
    """One real flow run on the sample into a temporary folder, then a second, unchanged one."""
    from mpdp_pipeline.flows.nightly import nightly

    root = tmp_path_factory.mktemp("run")
    first = nightly(config_path=str(SAMPLE_CONFIG), raw_dir=str(root / "raw"), out_dir=str(root / "out"), full=True)
    _snapshot(root / "out", root / "first")
    second = nightly(config_path=str(SAMPLE_CONFIG), raw_dir=str(root / "raw"), out_dir=str(root / "out"))
    return root / "out", first, second


def _snapshot(out, to):
    """The published tables as they stand, copied (symlinks followed) before the next run replaces them."""
    for name in ("activities", "annex", "result_checks"):
        shutil.copytree(out / name, to / name)


def _rows(folder, name):
    partitioning = "hive" if name == "activities" else None
    table = ds.dataset(folder / name, format="parquet", partitioning=partitioning).to_table()
    rows = table.drop_columns([c for c in ("run_id",) if c in table.column_names]).to_pylist()
    return sorted(rows, key=repr)


def test_every_table_is_published_with_the_contract_schema(sample_run):
    out, _, _ = sample_run
    for name, spec in TABLES.items():
        partitioning = "hive" if spec.partition_by else None
        table = ds.dataset(out / name, format="parquet", partitioning=partitioning).to_table()
        for field in spec.schema:
            assert field.name in table.column_names, f"{name}.{field.name}"
            if field.name not in spec.partition_by:
                assert table.schema.field(field.name).type == field.type, f"{name}.{field.name}"
        # The sample needs no reviewer correction (config/corrections.csv is only its header).
        assert table.num_rows > 0 or name == "corrections", name


def test_extraction_reaches_the_gold_standard(sample_run):
    out, _, _ = sample_run
    rows = (
        duckdb.connect()
        .execute(
            "select recipient, kind, title, start_date, source_url "
            f"from read_parquet('{out}/activities/**/*.parquet', hive_partitioning = true)"
        )
        .fetchall()
    )
    predicted = [dict(zip(("recipient", "kind", "title", "start_date", "source_url"), r, strict=True)) for r in rows]
    with GOLD.open(encoding="utf-8") as fh:
        gold = list(csv.DictReader(fh))
    score = score_against_gold(predicted, gold)
    assert score.precision >= 0.9 and score.recall >= 0.9, "\n" + score.report()
    # Apart too: the sample's 20 works are few beside its 65 meetings, so five of them read as the wrong kind
    # (a report called a publication) would pass the floor above unseen.
    for family, part in score_by_family(predicted, gold).items():
        assert part.precision >= 0.95 and part.recall >= 0.95, f"{family}\n" + part.report()


def test_every_activity_carries_its_evidence(sample_run):
    out, _, _ = sample_run
    con = duckdb.connect()
    missing = con.execute(
        f"""select count(*) from read_parquet('{out}/activities/**/*.parquet', hive_partitioning = true)
            where doc_id is null or source_url is null or snippet is null or extractor is null
               or confidence not between 0 and 1 or (page is null and locator is null)"""
    ).fetchone()[0]
    assert missing == 0
    orphan = con.execute(
        f"""select count(*) from read_parquet('{out}/activities/**/*.parquet', hive_partitioning = true) a
            anti join read_parquet('{out}/documents/**/*.parquet', hive_partitioning = true) d using (doc_id)"""
    ).fetchone()[0]
    assert orphan == 0


def test_result_checks_reflect_the_review(sample_run):
    out, _, _ = sample_run
    rows = (
        duckdb.connect()
        .execute(f"select requirement_id, fiscal_year, status, note from '{out}/result_checks/*.parquet'")
        .fetchall()
    )
    bad = [r for r in rows if r[2] in ("not_met", "partially_met", "unknown")]
    assert not bad, bad
    delayed = {(r[0], r[1]) for r in rows if r[2] == "delayed"}
    assert delayed and {req for req, _ in delayed} == {"MPI-ROUNDTABLES"}


def test_second_run_is_incremental_and_idempotent(sample_run):
    out, first, second = sample_run
    for name in ("activities", "annex", "result_checks"):
        assert _rows(out, name) == _rows(out.parent / "first", name), name
    assert first.documents_changed == first.documents_seen > 0
    assert second.documents_changed == 0 and second.documents_seen == first.documents_seen
    assert second.activities_by_recipient == first.activities_by_recipient
    runs = (
        duckdb.connect()
        .execute(f"select run_id, documents_changed from '{out}/runs/*.parquet' order by started_at")
        .fetchall()
    )
    assert [r[0] for r in runs] == [first.run_id, second.run_id]
    log = f"'{out}/extraction_log/*.parquet'"
    cached = (
        duckdb.connect()
        .execute(f"select count(*) from {log} where run_id = '{second.run_id}' and code = 'cached'")
        .fetchone()[0]
    )
    assert cached == second.documents_seen


def test_report_is_written(sample_run):
    out, _, second = sample_run
    html = (out / "report" / "index.html").read_text(encoding="utf-8")
    assert second.run_id in html and "MPI-ROUNDTABLES" in html and "delayed" in html


def test_a_broken_document_is_logged_and_skipped(tmp_path, prefect_harness):
    """A corrupt PDF in the site costs that document only: logged with a code, counted."""
    from mpdp_pipeline.flows.nightly import nightly

    config = sample_config(tmp_path, sample_site(tmp_path, {"mpi/reports/broken.pdf": BROKEN_PDF}))
    summary = nightly(config_path=str(config), raw_dir=str(tmp_path / "raw"), out_dir=str(tmp_path / "out"), full=True)
    assert summary.documents_failed == 1
    logged = f"select stage, status, code from '{tmp_path}/out/extraction_log/*.parquet'"
    log = duckdb.connect().execute(f"{logged} where source_url like '%broken.pdf'").fetchall()
    assert ("parse", "error", "pdf.malformed") in log
    assert sum(summary.activities_by_recipient.values()) > 50


def test_a_timed_out_document_is_tried_again_on_the_next_run(tmp_path, prefect_harness):
    """A timeout says nothing lasting about a document: it is logged, and not cached as a result."""
    from mpdp_pipeline.flows.nightly import nightly

    dirs = dict(raw_dir=str(tmp_path / "raw"), out_dir=str(tmp_path / "out"))
    (tmp_path / "hurried").mkdir()
    hurried = sample_config(tmp_path / "hurried", pipeline="parse_timeout_s = 0.001")
    # full=True: a cached error would overwrite what earlier tests cached, and the second run would read it.
    first = nightly(config_path=str(hurried), full=True, **dirs)
    # A small document may beat even this limit; the others cannot.
    assert first.documents_failed > first.documents_seen / 2
    codes = (
        duckdb.connect()
        .execute(f"select distinct code from '{tmp_path}/out/extraction_log/*.parquet' where status = 'error'")
        .fetchall()
    )
    assert codes == [("parse.timeout",)]
    patient = sample_config(tmp_path)
    second = nightly(config_path=str(patient), **dirs)
    assert second.documents_failed == 0 and sum(second.activities_by_recipient.values()) > 50
