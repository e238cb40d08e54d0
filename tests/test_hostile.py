"""Hostile servers and hostile files (issue 13): each case of the adversarial pass, at the depth its fix lives.

Servers are real, on 127.0.0.1 (`crawl_site.Site`); files are real files, FIFOs and symlinks. Time is
read from the crawl's injected clock (`FakeClock`) or the server's record of each request, never from
how long a test took. `bench/adversarial.py` runs the same cases and prints what each one did.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import get_args

import pyarrow.parquet as pq
import pytest
from crawl_site import Reply, Site, page
from hypothesis import given, settings
from hypothesis import strategies as st
from mpdp_pipeline.extractors.html import html_to_document
from pydantic import BaseModel
from test_crawler import FAST, PDF, FakeClock, by_path, crawl, html, problems, source_for

from mpdp_pipeline.cli import main
from mpdp_pipeline.config import Config, load_config
from mpdp_pipeline.crawl import safety
from mpdp_pipeline.crawl.safety import is_public_address
from mpdp_pipeline.crawl.state import CrawlState, FrontierItem, SavedFrontier, load_state, save_state
from mpdp_pipeline.crawl.urls import InvalidURL, normalize_url
from mpdp_pipeline.decoding import decode_page
from mpdp_pipeline.errors import ConfigError
from mpdp_pipeline.extraction import extract_document, read_local_inputs
from mpdp_pipeline.schemas import TABLES, DocStatus, DocumentRecord
from mpdp_pipeline.storage import RawStore
from mpdp_pipeline.tables import read_table, write_table

WAIT_S = 60  # generous bound on a thread or a process that must end; never an assertion on time


@pytest.fixture
def store(tmp_path: Path) -> RawStore:
    return RawStore(tmp_path / "raw")


def codes(result) -> list[str]:
    return sorted(code for _, code, _ in problems(result))


# --- 1. every address that is not globally routable, on every hop -----------------------------------


@pytest.mark.parametrize("address", ["100.64.0.1", "100.127.255.254", "192.0.0.1", "198.18.0.1", "::ffff:100.64.0.1"])
def test_shared_and_special_addresses_are_not_public(address: str) -> None:
    assert not is_public_address(address)


def _resolving(monkeypatch: pytest.MonkeyPatch, table: dict[str, str]) -> None:
    """Name resolution as the test says (the connection still goes to the loopback server)."""
    monkeypatch.setattr(safety, "resolve_addresses", lambda host, port: [table[host]])


def test_a_start_url_on_shared_address_space_is_refused(store: RawStore, monkeypatch: pytest.MonkeyPatch) -> None:
    _resolving(monkeypatch, {"127.0.0.1": "100.64.0.1"})
    with Site({"/": page(html())}) as site:
        result = crawl(source_for(site, allow_private_addresses=False), store)
    assert site.requests == []
    assert problems(result) == [("skipped", "url.private_address", "")]


def test_a_redirect_hop_to_shared_address_space_is_refused(store: RawStore, monkeypatch: pytest.MonkeyPatch) -> None:
    _resolving(monkeypatch, {"127.0.0.1": "93.184.216.34", "localhost": "100.64.0.1"})
    with Site({"/": page(html("/go")), "/x": page(html())}) as site:
        site.routes["/go"] = Reply(302, headers={"Location": site.url("/x").replace("127.0.0.1", "localhost")})
        source = source_for(site, allow_private_addresses=False, allowed_domains=("127.0.0.1", "localhost"))
        result = crawl(source, store)
    assert site.hits("/x") == 0
    assert problems(result) == [("skipped", "url.private_address", "go")]


# --- 3. a resumed frontier meets today's config -----------------------------------------------------


def test_resumed_urls_are_checked_against_todays_config(store: RawStore) -> None:
    with Site({"/": page(html()), "/in.html": page(html()), "/off.html": page(html())}) as site:
        off_domain = site.url("/off.html").replace("127.0.0.1", "localhost")  # the same server, another host
        metadata = "http://169.254.169.254/latest/meta-data/"
        pending = [FrontierItem(site.url("/in.html"), 1), FrontierItem(off_domain, 1), FrontierItem(metadata, 1)]
        save_state(store.state_path("TST"), CrawlState(frontier=SavedFrontier("killed", pending)))
        result = crawl(source_for(site, max_depth=1), store, FAST.model_copy(update={"connect_timeout_s": 0.5}))
    assert site.hits("/off.html") == 0 and site.hits("/in.html") == 1
    assert by_path(result) == {"/": "ok", "/in.html": "ok"}
    assert codes(result) == ["crawl.resumed", "url.off_domain", "url.off_domain"]


# --- 4. Crawl-delay is capped, and the cap logged -----------------------------------------------------


def test_a_huge_crawl_delay_is_capped_and_logged(store: RawStore) -> None:
    routes = {
        "/robots.txt": Reply(200, b"User-agent: *\nCrawl-delay: 100000\n", "text/plain"),
        "/": page(html("/a.html")),
        "/a.html": page(html()),
    }
    fake = FakeClock()
    with Site(routes) as site:
        result = crawl(
            source_for(site, max_depth=1), store, FAST.model_copy(update={"max_crawl_delay_s": 5}), clock=fake.clock
        )
    assert by_path(result) == {"/": "ok", "/a.html": "ok"}
    assert fake.sleeps and max(fake.sleeps) == pytest.approx(5)
    assert ("warning", "robots.crawl_delay_capped", "robots.txt") in problems(result)


# --- 6. slow servers: a deadline per request and per source -------------------------------------------


def test_a_dripping_body_is_cut_at_the_request_deadline_and_not_retried(store: RawStore) -> None:
    settings = FAST.model_copy(update={"read_timeout_s": 5, "request_deadline_s": 0.5, "retries": 3})
    routes = {"/": page(html("/drip.html")), "/drip.html": Reply(200, b"<p>" + b"x" * 200, drip_s=0.05)}
    with Site(routes) as site:
        result = crawl(source_for(site), store, settings)
    assert problems(result) == [("error", "http.timeout", "drip.html")]
    assert site.hits("/drip.html") == 1  # the retry would start past the deadline


def test_retry_after_waits_stop_at_the_request_deadline(store: RawStore) -> None:
    settings = FAST.model_copy(update={"retries": 3, "request_deadline_s": 150})
    routes = {"/": page(html("/busy.html")), "/busy.html": Reply(429, headers={"Retry-After": "100"})}
    fake = FakeClock()
    with Site(routes) as site:
        result = crawl(source_for(site), store, settings, clock=fake.clock)
    assert site.hits("/busy.html") == 2  # one wait of 100 s fits in 150 s; a second does not
    assert problems(result) == [("error", "http.429", "busy.html")]


def test_our_own_politeness_waits_do_not_count_against_the_request_deadline(store: RawStore) -> None:
    settings = FAST.model_copy(update={"delay_s": 600, "request_deadline_s": 60})
    routes = {"/": page(html("/a.html")), "/a.html": page(html())}
    fake = FakeClock()
    with Site(routes) as site:
        result = crawl(source_for(site, max_depth=1), store, settings, clock=fake.clock)
    assert by_path(result) == {"/": "ok", "/a.html": "ok"} and problems(result) == []
    assert fake.sleeps == pytest.approx([600.0] * 3)


def test_the_source_deadline_saves_the_rest_for_the_next_run(store: RawStore) -> None:
    pages = [f"/p{i}.html" for i in range(6)]
    routes = {"/": page(html(*pages))} | {p: page(html()) for p in pages}
    settings = FAST.model_copy(update={"delay_s": 10, "source_deadline_s": 35})
    fake = FakeClock()
    with Site(routes) as site:
        first = crawl(source_for(site, max_depth=1), store, settings, clock=fake.clock)
        saved = load_state(store.state_path("TST")).frontier
        second = crawl(source_for(site, max_depth=1), store, FAST)
    [deadline] = [e for e in first.log if e.code == "crawl.deadline"]
    assert deadline.status == "warning" and deadline.items == len(saved.pending) > 0
    assert len(first.documents) < 7 and len(second.documents) == 7
    assert all(site.hits(p) == 1 for p in ["/", *pages])  # nothing fetched twice, nothing lost
    assert ("warning", "crawl.resumed", "") in problems(second)


# --- 11. a huge robots.txt is read to 500 KiB ----------------------------------------------------------


def test_a_huge_robots_txt_is_read_in_its_first_500_kib(store: RawStore) -> None:
    robots = b"User-agent: *\nDisallow: /private/\n" + b"# padding\n" * 300_000  # 3 MB
    routes = {
        "/robots.txt": Reply(200, robots, "text/plain"),
        "/": page(html("/private/x.html", "/a.html")),
        "/a.html": page(html()),
    }
    with Site(routes) as site:
        result = crawl(source_for(site, max_depth=1), store)
    assert by_path(result) == {"/": "ok", "/a.html": "ok"}
    assert site.hits("/private/x.html") == 0
    assert problems(result) == [("skipped", "robots.disallowed", "private/x.html")]
    assert result.bytes_downloaded < len(robots)


# --- 12. a truncated crawl state --------------------------------------------------------------------


def test_a_truncated_state_file_is_set_aside_and_the_crawl_starts_afresh(store: RawStore) -> None:
    state = store.state_path("TST")
    state.parent.mkdir(parents=True)
    state.write_text('{"version": 1, "urls": {"http://127.0.0.1/": {"doc_id": "ab', encoding="utf-8")
    with Site({"/": page(html())}) as site:
        result = crawl(source_for(site), store)
    assert by_path(result) == {"/": "ok"}
    assert codes(result) == ["crawl.state_reset"]
    assert [p.name.split(".corrupt-")[0] for p in state.parent.glob("*.corrupt-*")] == ["TST.json"]
    assert load_state(state).urls  # a good state again


# --- 18. URL cleanup is idempotent ------------------------------------------------------------------

_SEGMENTS = st.sampled_from(
    ["a", "", ".", "..", "%2e", "%2e%2e", "%2E%2e", ".%2e", "%2f", "%252e", "%", "é", " ", ";", "%3F", "~", "+", "\\"]
)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["http://e.org", "HTTPS://E.org:443", "http://e.org:8080", "file://"]),
    st.lists(_SEGMENTS, max_size=8),
    st.text(max_size=4),
)
def test_url_cleanup_is_idempotent(base: str, segments: list[str], tail: str) -> None:
    try:
        once = normalize_url(base + "/" + "/".join(segments) + tail)
    except InvalidURL:
        return
    assert normalize_url(once) == once


def test_dot_segments_spelt_with_escapes_are_one_url() -> None:
    assert normalize_url("https://e.org/%2e%2e/%2e%2e/etc/passwd") == "https://e.org/etc/passwd"
    assert normalize_url("file:///\\") == normalize_url(normalize_url("file:///\\"))


# --- 7. stray bytes in a declared charset -----------------------------------------------------------

_PAGE = '<html><head><meta charset="utf-8"></head><body><p>Séminaire régional à Genève, 12 mai 2005</p>{}</body></html>'


@pytest.mark.parametrize("stray", [b"\xff", b"\x81"])
def test_a_stray_byte_keeps_the_declared_charset(stray: bytes) -> None:
    data = _PAGE.format("<p>x</p>").encode("utf-8").replace(b"<p>x", b"<p>x" + stray)
    doc = html_to_document(data)
    assert doc.blocks[0].text == "Séminaire régional à Genève, 12 mai 2005"
    assert [code for code, _ in doc.warnings] == ["html.invalid_bytes"]
    assert doc.warnings[0][1].startswith("1 bytes")


def test_a_page_mislabelled_as_utf8_is_still_read_in_cp1252() -> None:
    decoded = decode_page(_PAGE.format("").encode("cp1252"))
    assert "Séminaire" in decoded.text and decoded.encoding == "cp1252" and decoded.replaced == 0


# --- 8. a paragraph too long for spaCy --------------------------------------------------------------


def test_a_paragraph_past_the_model_limit_costs_that_paragraph_only(nlp) -> None:
    rows = "".join(
        f"<tr><td>{d} May 2005</td><td>Workshop on migration {d}</td><td>Geneva</td></tr>" for d in range(1, 11)
    )
    # One sentence of 1.1 million characters: spaCy refuses any text over 1,000,000 (E088).
    long = "A regional workshop on labour migration was held on 3 June 2005, with " + "Canada, Peru, " * 80_000
    data = (
        "<html><body><table><tr><th>Date</th><th>Meeting</th><th>Venue</th></tr>"
        f"{rows}</table><p>{long}</p></body></html>"
    ).encode()
    assert len(long) > nlp.pipeline.max_length
    doc = DocumentRecord(doc_id="d" * 64, recipient="IGC", source_url="file:///long.html", status=DocStatus.OK)
    result = extract_document(doc, data, nlp, run_id="r", timeout_s=300, memory_mb=4096)
    assert result.failure is None
    assert len([a for a in result.activities if a.title.startswith("Workshop on migration")]) == 10
    assert [e.code for e in result.log if e.status == "warning"] == ["nlp.text_too_long"]


_AFTER_THE_DAY = (
    "Meeting in Lisbon, Portugal on 18–19 November 2010, the Council heard from ministers of three governments that "
    "had cut integration budgets in their 2011 spending plans, and discussed which programs deliver the strongest "
    "returns."
)


def test_a_sentence_after_a_meetings_day_is_read_without_backtracking_for_ever(nlp) -> None:
    """A day's tail is read token by token ("10:00 am ET"): a sentence after the day once had its words split into
    time-zone-sized pieces every way, and the rules never returned. They run in the main process, outside the
    parser's time limit, so the pattern is tried in a process of its own first: a regression fails, not hangs."""
    probe = (
        "import sys; from mpdp_pipeline.extractors.schedules import _TIME_TAIL; "
        "sys.exit(_TIME_TAIL.match(sys.argv[1].split('2010', 1)[1]) is not None)"
    )
    assert subprocess.run([sys.executable, "-c", probe, _AFTER_THE_DAY], timeout=120).returncode == 0
    data = f"<html lang=en><body><h3>Fifth Plenary Meeting</h3><p>{_AFTER_THE_DAY}</p></body></html>".encode()
    doc = DocumentRecord(doc_id="e" * 64, recipient="MPI", source_url="file:///council.html", status=DocStatus.OK)
    result = extract_document(doc, data, nlp, run_id="r", timeout_s=120, memory_mb=4096)
    assert result.failure is None
    assert [str(a.start_date) for a in result.activities] == ["2010-11-18"]


# --- 2, 5, 9, 10. local files given to `mpdp extract` -----------------------------------------------


def _inputs(*paths: Path, max_bytes: int = 1_000_000, exclude: tuple[Path, ...] = ()):
    return read_local_inputs(list(paths), recipient="TST", run_id="r", max_bytes=max_bytes, exclude=exclude)


def test_symlinks_out_of_the_folder_given_are_refused(tmp_path: Path) -> None:
    folder, secret = tmp_path / "in", tmp_path / "secret.html"
    (folder / "sub").mkdir(parents=True)
    secret.write_text("<p>password</p>")
    (folder / "a.html").write_text("<p>a</p>")
    (folder / "link.html").symlink_to(secret)
    (folder / "sub" / "inner.html").symlink_to(folder / "a.html")  # inside the folder: fine
    (folder / "out").symlink_to(tmp_path, target_is_directory=True)
    got = _inputs(folder)
    assert sorted(Path(d.raw_path).name for d in got.documents) == ["a.html"]
    assert sorted((e.code, Path(e.source_url).name) for e in got.log) == [
        ("file.outside_root", "link.html"),
        ("file.outside_root", "out"),
    ]
    assert all(e.status == "skipped" for e in got.log)


def _in_thread(fn):
    """`fn()` on a thread, joined with a generous bound: a hang is a failure, not a stuck suite."""
    box: list = []
    thread = threading.Thread(target=lambda: box.append(fn()), daemon=True)
    thread.start()
    thread.join(WAIT_S)
    assert not thread.is_alive(), "reading the files hung"
    return box[0]


def test_fifos_and_devices_are_refused_and_reads_are_capped(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "pipe.html")
    (folder / "big.html").write_bytes(b"<p>" + b"x" * 5000 + b"</p>")
    (folder / "ok.html").write_text("<p>ok</p>")
    got = _in_thread(lambda: _inputs(folder, folder / "pipe.html", Path("/dev/zero"), max_bytes=1000))
    assert [Path(d.raw_path).name for d in got.documents] == ["ok.html"]
    assert sorted((e.code, Path(e.source_url).name) for e in got.log) == [
        ("file.not_regular", "pipe.html"),
        ("file.not_regular", "zero"),
        ("size.exceeded", "big.html"),
    ]


def test_the_output_folder_inside_the_folder_given_is_not_read(tmp_path: Path) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "report.html").write_text("<h1>Annual report</h1><p>Workshop on migration, Geneva, 12 May 2005.</p>")
    out = folder / "processed"
    args = ["extract", str(folder), "--recipient", "OTHER", "--out", str(out)]
    assert main(args) == 0 and (out / "report").exists() is False
    (out / "report").mkdir()
    (out / "report" / "index.html").write_text("<p>Workshop on migration, Geneva, 12 May 2005.</p>")
    assert main(args) == 0
    urls = pq.read_table(out / "documents").column("source_url").to_pylist()
    assert urls == [(folder / "report.html").as_uri()]


def _as_nobody(fn, *args):
    """Run `fn(*args)` in a child process as an unprivileged user: root reads a mode-000 file all the same."""
    if os.getuid() != 0:
        return fn(*args)
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(1, initializer=_drop_privileges) as pool:
        return pool.apply_async(fn, args).get(WAIT_S)


def _drop_privileges() -> None:
    os.setgid(65534)
    os.setuid(65534)


def _extract_rc(folder: str, out: str) -> int:
    return main(["extract", folder, "--recipient", "OTHER", "--out", out])


def test_an_unreadable_file_or_folder_is_logged_and_the_rest_published() -> None:
    with tempfile.TemporaryDirectory() as top:
        top_path = Path(top)
        top_path.chmod(0o755)
        folder, out = top_path / "in", top_path / "out"
        (folder / "locked").mkdir(parents=True)
        out.mkdir()
        out.chmod(0o777)
        (folder / "good.html").write_text("<p>Workshop on migration, Geneva, 12 May 2005.</p>")
        (folder / "secret.html").write_text("<p>secret</p>")
        (folder / "locked" / "hidden.html").write_text("<p>hidden</p>")
        for path, mode in ((folder, 0o755), (folder / "good.html", 0o644), (folder / "secret.html", 0o000)):
            path.chmod(mode)
        (folder / "locked").chmod(0o600)  # no execute bit: cannot be entered
        assert _as_nobody(_extract_rc, str(folder), str(out)) == 0
        documents = pq.read_table(out / "documents").column("source_url").to_pylist()
        log = pq.read_table(out / "extraction_log").to_pylist()
    assert documents == [(folder / "good.html").as_uri()]
    unreadable = sorted(Path(e["source_url"]).name for e in log if e["code"] == "file.unreadable")
    assert unreadable == ["locked", "secret.html"]


# --- 13. a truncated Parquet file in the current version of a table ---------------------------------


def _runs_table(n: int):
    schema = TABLES["extraction_log"].schema
    rows = {name: [None] * n for name in schema.names}
    rows |= {"run_id": [f"r{i}" for i in range(n)], "stage": ["crawl"] * n, "status": ["ok"] * n}
    rows |= {"code": ["fetched"] * n, "at": [dt.datetime(2026, 1, 1, tzinfo=dt.UTC)] * n}
    import pyarrow as pa

    return pa.table(rows, schema=schema)


def _truncate_current(out: Path, name: str) -> None:
    for part in (out / name).resolve().rglob("*.parquet"):
        part.write_bytes(part.read_bytes()[:50])


def test_a_truncated_table_falls_back_to_its_last_readable_version(tmp_path: Path) -> None:
    write_table(tmp_path, "extraction_log", _runs_table(2))
    write_table(tmp_path, "extraction_log", _runs_table(3))
    _truncate_current(tmp_path, "extraction_log")
    assert read_table(tmp_path, "extraction_log").num_rows == 2


def test_a_table_with_no_readable_version_says_how_to_recover(tmp_path: Path, capsys) -> None:
    write_table(tmp_path, "extraction_log", _runs_table(2))
    _truncate_current(tmp_path, "extraction_log")
    assert main(["report", "--out", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "extraction_log" in err and "To recover" in err and "Traceback" not in err


# --- 14, 15, 16, 17. the config -------------------------------------------------------------------


def _config(tmp_path: Path, text: str | bytes, name: str = "mpdp.toml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


SOURCE = '[checks]\nextra_recipients = ["TST"]\n[[sources]]\nrecipient = "TST"\nstart_urls = ["https://example.org/"]\n'


@pytest.mark.parametrize(
    ("setting", "field"),
    [
        ("[crawl]\nmax_bytes = 1e20\n", "crawl.max_bytes"),
        ("[crawl]\ndelay_s = inf\n", "crawl.delay_s"),
        ("[crawl]\nbackoff_s = nan\n", "crawl.backoff_s"),
        ("[pipeline]\nparse_timeout_s = 1e308\n", "pipeline.parse_timeout_s"),
        ("[crawl]\nretries = 1000000\n", "crawl.retries"),
    ],
)
def test_numbers_are_finite_and_bounded(tmp_path: Path, setting: str, field: str) -> None:
    with pytest.raises(ConfigError, match=field.replace(".", r"\.")):
        load_config(_config(tmp_path, setting + SOURCE))


def _models(model: type[BaseModel]) -> list[type[BaseModel]]:
    """`model` and every model its fields hold (a section, a tuple of sources)."""
    found = [model]
    for info in model.model_fields.values():
        for inner in (info.annotation, *get_args(info.annotation)):
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                found += _models(inner)
    return found


def test_every_number_in_the_config_is_bounded() -> None:
    for model in _models(Config):
        for name, info in model.model_fields.items():
            if info.annotation in (int, float):
                caps = [m for m in info.metadata if getattr(m, "le", None) is not None or getattr(m, "lt", None)]
                assert caps, f"{model.__name__}.{name} has no upper bound"


def test_a_config_that_is_not_utf8_exits_2_with_a_message(tmp_path: Path, capsys) -> None:
    path = _config(tmp_path, SOURCE.replace("TST", "TÉST").encode("latin-1"))
    assert main(["crawl", "--config", str(path)]) == 2
    err = capsys.readouterr().err
    assert "not UTF-8" in err and "Traceback" not in err


def test_file_roots_in_a_symlink_loop_exit_2_with_a_message(tmp_path: Path, capsys) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    path = _config(tmp_path, SOURCE + 'file_roots = ["a/docs"]\n')
    assert main(["crawl", "--config", str(path)]) == 2
    assert "sources.file_roots" in capsys.readouterr().err


def test_an_http_url_without_a_host_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="needs a host"):
        load_config(_config(tmp_path, SOURCE.replace("https://example.org/", "http://")))


def test_a_relative_start_file_under_a_non_ascii_folder_is_crawled(tmp_path: Path, store: RawStore) -> None:
    folder = tmp_path / "café"
    folder.mkdir()
    (folder / "index.html").write_text(html("r.pdf"))
    (folder / "r.pdf").write_bytes(PDF)
    config = load_config(_config(tmp_path, SOURCE.replace("https://example.org/", "café/index.html")))
    result = crawl(config.sources[0], store)
    assert problems(result) == []
    assert sorted(d.status for d in result.documents) == ["ok", "ok"]


# --- 19. Ctrl-C ----------------------------------------------------------------------------------


def test_ctrl_c_prints_one_line_and_exits_130(tmp_path: Path) -> None:
    # The page answers after 20 s and the crawler would wait longer than that: with a short read timeout, a busy
    # machine could end the crawl before the signal is sent. The child gets Ctrl-C's default handling even where
    # this test runs with SIGINT ignored (a job started in the background by a script), which it would inherit.
    routes = {"/": Reply(200, html().encode(), delay_s=20), "/robots.txt": Reply(404)}
    with Site(routes) as site:
        config = _config(
            tmp_path,
            f'[pipeline]\nraw_dir = "raw"\nout_dir = "out"\n[crawl]\nread_timeout_s = {4 * WAIT_S}\ndelay_s = 0\n'
            '[checks]\nextra_recipients = ["TST"]\n'
            f'[[sources]]\nrecipient = "TST"\nstart_urls = ["{site.url("/")}"]\nallow_private_addresses = true\n',
        )
        command = [sys.executable, "-m", "mpdp_pipeline.cli", "crawl", "--config", str(config)]
        child = subprocess.Popen(
            command, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )  # fmt: skip
        try:
            for _ in range(WAIT_S * 20):
                if site.hits("/") or child.poll() is not None:
                    break
                threading.Event().wait(0.05)
            assert site.hits("/") == 1, child.communicate(timeout=WAIT_S)
            child.send_signal(signal.SIGINT)
            _, err = child.communicate(timeout=WAIT_S)
        finally:
            child.kill()
    assert child.returncode == 130
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert [line for line in err.splitlines() if line.startswith("mpdp:")] == [
        line for line in err.splitlines() if "interrupted" in line
    ]
    assert "next run resumes" in err
    assert load_state(tmp_path / "raw" / "_state" / "TST.json").frontier is not None
