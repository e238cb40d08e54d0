"""raw_dir and out_dir on an object store: a real S3-compatible server (moto in server mode) on 127.0.0.1.

The tables, the raw store, the crawl state and the lock are exercised through s3fs against it, then a
whole `mpdp run --runner dask` (two worker processes) with both folders as s3:// URLs, whose tables are
read back from the server with pyarrow and DuckDB and compared with a local run's.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pytest
from conftest import SAMPLE, sample_config

s3fs = pytest.importorskip("s3fs", reason="s3fs is not installed (pip install -e '.[dev]')")
moto_server = pytest.importorskip("moto.server", reason="moto[server] is not installed (pip install -e '.[dev]')")

from mpdp_pipeline.crawl.state import CrawlState, load_state, save_state  # noqa: E402
from mpdp_pipeline.errors import MpdpError  # noqa: E402
from mpdp_pipeline.location import Remote, location  # noqa: E402
from mpdp_pipeline.schemas import TABLES  # noqa: E402
from mpdp_pipeline.storage import RawStore, _object_lock  # noqa: E402
from mpdp_pipeline.tables import as_of, current_run, history, read_table, snapshot, transaction, write_table  # noqa: E402

CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_DEFAULT_REGION": "us-east-1"}


@pytest.fixture(scope="module")
def endpoint():
    """A moto S3 server on a free loopback port, with dummy credentials in the environment."""
    saved = {k: os.environ.get(k) for k in CREDENTIALS}
    os.environ.update(CREDENTIALS)
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    try:
        yield f"http://{host}:{port}"
    finally:
        server.stop()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@pytest.fixture
def bucket(endpoint, request) -> Remote:
    """A fresh bucket for the test, as a `Remote` folder opened with the server's endpoint."""
    name = re.sub(r"[^a-z0-9-]", "-", request.node.name.lower())[:50].strip("-")
    fs = s3fs.S3FileSystem(endpoint_url=endpoint)
    fs.mkdir(name)
    return location(f"s3://{name}", {"endpoint_url": endpoint})


def _table(name: str, rows: list[dict]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=TABLES[name].schema)


def _runs_row(run_id: str) -> dict:
    import datetime as dt

    when = dt.datetime(2026, 11, 30, 2, tzinfo=dt.UTC)
    return {
        "run_id": run_id, "started_at": when, "finished_at": when, "documents_seen": 1, "documents_changed": 1,
        "activities": 0, "warnings": 0, "errors": 0,
    }  # fmt: skip


def test_a_url_is_remote_and_a_path_or_file_url_stays_local(endpoint):
    assert isinstance(location("s3://b/raw/", {"endpoint_url": endpoint}), Remote)
    assert location("s3://b/raw/").url == "s3://b/raw"
    assert location("file:///srv/mpdp/raw") == Path("/srv/mpdp/raw")
    assert location("processed") == Path("processed")


def test_runs_commit_and_read_back_through_a_pointer_object(bucket):
    out = bucket / "processed"
    with transaction(out, "20261130T020000Z-aaaaaa") as draft:
        assert draft == out / "_runs" / "20261130T020000Z-aaaaaa"
        write_table(draft, "runs", _table("runs", [_runs_row("20261130T020000Z-aaaaaa")]))
    pointer = json.loads((out / "current.json").read_text())
    assert pointer == {"run_id": "20261130T020000Z-aaaaaa", "path": "_runs/20261130T020000Z-aaaaaa"}
    assert snapshot(out) == out / "_runs" / "20261130T020000Z-aaaaaa"
    assert read_table(out, "runs").num_rows == 1

    # A second run that writes another table carries `runs` over: a server-side copy in its own folder.
    with transaction(out, "20261201T020000Z-bbbbbb") as draft:
        write_table(draft, "corrections", _table("corrections", []))
    second = out / "_runs" / "20261201T020000Z-bbbbbb"
    assert (second / "runs").exists() and not (second / ".draft").exists()
    assert [r.run_id for r in history(out)] == ["20261201T020000Z-bbbbbb", "20261130T020000Z-aaaaaa"]
    assert current_run(out).written == ("corrections",)
    assert as_of(out, "20261130T02").path == out / "_runs" / "20261130T020000Z-aaaaaa"
    assert read_table(out, "runs").num_rows == 1 and read_table(out, "corrections").num_rows == 0
    assert not (out / ".lock").exists()  # released


def test_a_run_that_raises_is_never_current_and_its_folder_goes(bucket):
    out = bucket / "processed"
    with transaction(out, "20261130T020000Z-aaaaaa") as draft:
        write_table(draft, "runs", _table("runs", [_runs_row("20261130T020000Z-aaaaaa")]))
    with pytest.raises(RuntimeError), transaction(out, "20261201T020000Z-cccccc") as draft:
        write_table(draft, "runs", _table("runs", []))
        raise RuntimeError("killed")
    assert not (out / "_runs" / "20261201T020000Z-cccccc").exists()
    assert current_run(out).run_id == "20261130T020000Z-aaaaaa" and read_table(out, "runs").num_rows == 1


def test_the_lock_is_an_object_created_only_if_absent(bucket):
    lock = bucket / "processed" / ".lock"
    with _object_lock(lock):
        assert lock.exists()
        assert not lock.create(b"another writer")  # If-None-Match: * refused by the server
        with pytest.raises(MpdpError, match=r"\.lock is held by another writer"), _object_lock(lock, wait_s=0):
            pass
    assert not lock.exists()


def test_the_raw_store_writes_each_body_once_and_keeps_the_crawl_state(bucket):
    store = RawStore(bucket / "raw")
    doc_id, path = store.put(b"%PDF-1.4 one", "pdf")
    assert str(path) == f"{bucket}/raw/{doc_id[:2]}/{doc_id}.pdf" and path.read_bytes() == b"%PDF-1.4 one"
    modified = path.fs.modified(path.path)
    assert store.put(b"%PDF-1.4 one", "pdf") == (doc_id, path)
    assert path.fs.modified(path.path) == modified  # not written again

    state_path = store.state_path("IGC")
    save_state(state_path, CrawlState(robots={"https://x.org": {"etag": "e", "last_modified": None, "text": ""}}))
    assert load_state(state_path).robots["https://x.org"]["etag"] == "e"
    state_path.write_bytes(b"{cut short")
    told: list[str] = []
    assert load_state(state_path, told.append) == CrawlState()
    assert "set aside" in told[0] and not state_path.exists()
    assert [p.name for p in state_path.parent.iterdir()][0].startswith("IGC.json.corrupt-")


# --- a whole run on Dask ---------------------------------------------------------------------------


def _mpdp(*args: str, env: dict[str, str], timeout: float = 900) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mpdp_pipeline.cli", *args], env=env, capture_output=True, text=True, timeout=timeout
    )


def _activities_per_recipient(stdout: str) -> int:
    return sum(int(n) for n in re.findall(r"(?:IGC|MPI|RCM) (\d+)", stdout))


@pytest.fixture
def env(tmp_path):
    environment = {**os.environ, **CREDENTIALS, "PREFECT_HOME": str(tmp_path / "prefect")}
    environment.pop("PREFECT_API_URL", None)
    return environment


def test_a_dask_run_with_raw_and_out_on_s3_publishes_what_a_local_run_does(bucket, endpoint, env, tmp_path):
    local_dir, remote_dir = tmp_path / "local", tmp_path / "remote"
    local_dir.mkdir()
    remote_dir.mkdir()
    local = _mpdp("run", "--config", str(sample_config(local_dir, SAMPLE)), env=env)
    assert local.returncode == 0, local.stderr

    pipeline = (
        f'raw_dir = "{bucket}/raw"\nout_dir = "{bucket}/processed"\n'
        f'storage_options = {{ endpoint_url = "{endpoint}" }}\n'
    )
    config = sample_config(remote_dir, SAMPLE, pipeline=pipeline)
    text = config.read_text(encoding="utf-8")
    text = re.sub(r'(?m)^raw_dir = "\.\./raw"\n|^out_dir = "\.\./processed"\n', "", text)
    config.write_text(text, encoding="utf-8")
    first = _mpdp("run", "--config", str(config), "--runner", "dask", env=env)
    assert first.returncode == 0, first.stderr
    assert "Traceback" not in first.stderr and "0 failed" in first.stdout, first.stderr
    assert _activities_per_recipient(first.stdout) == _activities_per_recipient(local.stdout) > 50
    assert not any(remote_dir.glob("**/*.parquet")) and not (remote_dir / "raw").exists()  # nothing local

    # Read back as an analyst would: the pointer, then pyarrow over s3fs, and DuckDB over that dataset.
    import duckdb
    import pyarrow.dataset as ds
    import pyarrow.fs as pafs

    fs = s3fs.S3FileSystem(endpoint_url=endpoint)
    run_folder = json.loads(fs.cat_file(f"{bucket.path}/processed/current.json"))["path"]
    arrow_fs = pafs.PyFileSystem(pafs.FSSpecHandler(fs))
    dataset = ds.dataset(f"{bucket.path}/processed/{run_folder}/activities", filesystem=arrow_fs, partitioning="hive")
    assert dataset.count_rows() == _activities_per_recipient(local.stdout)
    counts = dict(duckdb.connect().sql("select recipient, count(*) from dataset group by recipient").fetchall())
    # The sample config's out_dir, "../processed", is beside the local run's config.
    local_table = f"read_parquet('{tmp_path}/processed/activities/**/*.parquet', hive_partitioning = 1)"
    local_ids = duckdb.connect().sql(f"select activity_id from {local_table}").fetchall()
    assert sorted(duckdb.connect().sql("select activity_id from dataset").fetchall()) == sorted(local_ids)
    assert counts == {r: int(n) for r, n in re.findall(r"(IGC|MPI|RCM) (\d+)", first.stdout)}
    assert fs.exists(f"{bucket.path}/processed/report/index.html")
    assert fs.exists(f"{bucket.path}/processed/report/review.xlsx")
    documents = read_table(location(f"{bucket}/processed", {"endpoint_url": endpoint}), "documents")
    assert all(p.startswith(f"{bucket}/raw/") for p in documents.column("raw_path").to_pylist() if p)

    # A second run finds every body in the raw store: nothing changed, no object written again.
    raw_before = {p: fs.modified(p) for p in fs.find(f"{bucket.path}/raw") if "/_state/" not in p}
    second = _mpdp("run", "--config", str(config), "--runner", "dask", env=env)
    assert second.returncode == 0, second.stderr
    assert re.search(r"documents (\d+) seen, 0 changed", second.stdout), second.stdout
    fs.invalidate_cache()
    assert {p: fs.modified(p) for p in fs.find(f"{bucket.path}/raw") if "/_state/" not in p} == raw_before

    listed = _mpdp("history", "--config", str(config), env=env, timeout=300)
    assert listed.returncode == 0, listed.stderr
    assert "2 runs kept" in listed.stdout and "(current)" in listed.stdout
    changed = _mpdp("diff", "--config", str(config), "--format", "json", env=env, timeout=300)
    assert changed.returncode == 0, changed.stderr
    assert json.loads(changed.stdout)


def test_an_uploaded_report_replaces_its_crops_page_last_and_leaves_no_stale_one(bucket, tmp_path):
    from mpdp_pipeline.stages import _upload_report

    def made(crops: dict[str, bytes], page: bytes) -> Path:
        folder = tmp_path / f"report-{len(list(tmp_path.iterdir()))}"
        (folder / "crops").mkdir(parents=True)
        for name, data in crops.items():
            (folder / "crops" / name).write_bytes(data)
        (folder / "index.html").write_bytes(page)
        return folder

    target = bucket / "report"
    _upload_report(made({"a.png": b"A", "b.png": b"B"}, b"<p>one</p>"), target)
    page = _upload_report(made({"b.png": b"B2", "c.png": b"C"}, b"<p>two</p>"), target)
    assert page.read_bytes() == b"<p>two</p>"
    assert sorted(f.name for f in (target / "crops").files()) == ["b.png", "c.png"]
    assert (target / "crops" / "b.png").read_bytes() == b"B2"
