"""A night that finds nothing new reads nothing: an unchanged document read by the same extraction keeps its
published activities without being read again, not even from the cache (issue 10). Real flows on a copy of
the sample; the extraction log says, per document, whether it was read, taken from the cache, or stood."""

from __future__ import annotations

import json

import duckdb
import pytest
from conftest import sample_config, sample_site

from mpdp_pipeline.cli import main
from mpdp_pipeline.tables import current_run

pytestmark = pytest.mark.slow

STOOD = "%published activities stand%"
FROM_CACHE = "%extraction reused%"


def night(config, root, **kwargs):
    from mpdp_pipeline.flows.nightly import nightly

    return nightly(config_path=str(config), raw_dir=str(root / "raw"), out_dir=str(root / "out"), **kwargs)


def log_of(root, run_id: str) -> dict[str, int]:
    """How the run's documents were read: stood, from the cache, or extracted."""
    log = f"'{root}/out/extraction_log/*.parquet'"
    count = "select count(*) from {} where run_id = '{}' and stage = 'extract' and code = '{}' and message like '{}'"
    con = duckdb.connect
    return {
        "stood": con().execute(count.format(log, run_id, "cached", STOOD)).fetchone()[0],
        "cached": con().execute(count.format(log, run_id, "cached", FROM_CACHE)).fetchone()[0],
        "extracted": con()
        .execute(f"select count(distinct source_url) from {log} where run_id = '{run_id}' and code = 'extracted'")
        .fetchone()[0],
    }


def activities(root) -> list[tuple]:
    return (
        duckdb.connect()
        .execute(
            f"select activity_id, title, start_date, location from '{root}/out/activities/**/*.parquet' order by 1"
        )
        .fetchall()
    )


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("incremental")
    return root, sample_site(root)


def test_an_unchanged_night_reads_no_document_and_rewrites_no_activity(site, prefect_harness):
    root, sample = site
    config = sample_config(root, sample)
    first = night(config, root, full=True)
    assert log_of(root, first.run_id)["extracted"] == first.documents_seen
    before = activities(root)

    second = night(config, root)
    assert log_of(root, second.run_id) == {"stood": second.documents_seen, "cached": 0, "extracted": 0}
    assert activities(root) == before
    assert second.activities_by_recipient == first.activities_by_recipient  # counted as if read
    assert second.changes == f"no change since run {first.run_id}"
    run = current_run(root / "out")
    assert "activities" not in run.written and "activity_sources" not in run.written
    assert {"documents", "extraction_log", "runs"} <= set(run.written)
    # The checks found what they found last night: equal tables are carried over, not written again.
    assert not {"annex", "result_checks", "findings", "indicators"} & set(run.written)
    # The carried-over row counts are the tables' own.
    for name in ("activities", "extraction_log", "runs"):
        on_disk = duckdb.connect().execute(f"select count(*) from '{root}/out/{name}/**/*.parquet'").fetchone()[0]
        assert run.rows[name] == on_disk, name
    # An unread document keeps what its last parse learnt (title, language) in `documents`.
    titles = (
        duckdb.connect()
        .execute(f"select count(*) from '{root}/out/documents/**/*.parquet' where title is null or language is null")
        .fetchone()[0]
    )
    assert titles == 0


def test_a_changed_document_is_read_and_the_others_stand(site, prefect_harness):
    root, sample = site
    config = root / "mpdp.toml"
    page = sample / "igc" / "meetings-2007-08.html"
    page.write_text(
        page.read_text(encoding="utf-8").replace("</body>", "<p>Updated on 3 March 2008.</p></body>"), encoding="utf-8"
    )
    summary = night(config, root)
    assert summary.documents_changed == 1
    assert log_of(root, summary.run_id) == {"stood": summary.documents_seen - 1, "cached": 0, "extracted": 1}
    assert "activities" in current_run(root / "out").written


def test_a_crawl_alone_makes_the_next_night_check_every_reading(site, prefect_harness):
    """`mpdp crawl` may store new bytes without reading them: the night after trusts no published reading,
    and goes through the cache instead (where unchanged documents still cost no parse)."""
    root, sample = site
    config = root / "mpdp.toml"
    crawl_config = root / "crawl.toml"
    crawl_config.write_text(
        config.read_text(encoding="utf-8")
        .replace('raw_dir = "../raw"', f"raw_dir = {json.dumps(str(root / 'raw'))}")
        .replace('out_dir = "../processed"', f"out_dir = {json.dumps(str(root / 'out'))}"),
        encoding="utf-8",
    )
    assert main(["crawl", "--config", str(crawl_config)]) == 0
    assert current_run(root / "out").properties["extracted_with"] is None

    summary = night(config, root)
    assert log_of(root, summary.run_id) == {"stood": 0, "cached": summary.documents_seen, "extracted": 0}
    assert current_run(root / "out").properties["extracted_with"]  # trusted again from here on


def test_another_extraction_reads_every_document_again(site, prefect_harness):
    """A source's language forced in the config changes what reading gives: nothing published stands."""
    root, sample = site
    config = root / "mpdp.toml"
    forced = root / "forced.toml"
    text = config.read_text(encoding="utf-8")
    assert 'recipient = "MPI"\n' in text
    forced.write_text(text.replace('recipient = "MPI"\n', 'recipient = "MPI"\nlanguage = "en"\n'), encoding="utf-8")
    summary = night(forced, root)
    assert log_of(root, summary.run_id)["stood"] == 0
