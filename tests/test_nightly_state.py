"""Honest state: a run says in its Prefect state, its summary artifact and its alerts what happened."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import duckdb
import pytest
from conftest import BROKEN_PDF, SAMPLE, sample_config, sample_site

from mpdp_pipeline.config import SAMPLE_CONFIG, NightlyConfig
from mpdp_pipeline.errors import MpdpError
from mpdp_pipeline.stages import RunSummary


def _config(tmp_path, site=SAMPLE, *, nightly: str = ""):
    """The sample config crawling `site`, with a [nightly] section."""
    return sample_config(tmp_path, site, sections=f"[nightly]\n{nightly}")


def test_a_summary_says_which_documents_failed():
    summary = RunSummary("r1", "/out", documents_seen=14, documents_changed=14, documents_failed=1,
                         failures={"pdf.malformed": 1}, report_path="/out/report/index.html")  # fmt: skip
    assert summary.state_name == "Completed with errors"
    assert summary.state_message() == "1 of 14 documents failed (pdf.malformed 1)"
    assert "| `pdf.malformed` | 1 |" in summary.markdown() and summary.line() in summary.markdown()
    clean = RunSummary("r2", "/out", documents_seen=13, documents_changed=0, documents_failed=0)
    assert clean.state_name == "Completed" and clean.state_message() == "13 documents, none failed"


@pytest.mark.slow
def test_a_run_with_failed_documents_ends_completed_with_errors_and_publishes_its_summary(tmp_path, prefect_harness):
    """The run finishes (mpdp exits 0), but its state, its summary artifact and its `runs` row say what failed;
    its documents are extracted in batches of 4, through the same cache as single tasks."""
    from mpdp_pipeline.flows.nightly import SUMMARY_ARTIFACT, nightly
    from prefect import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    site = sample_site(tmp_path, {"mpi/reports/broken.pdf": BROKEN_PDF})
    config = _config(tmp_path, site, nightly="batch_size = 4")
    dirs = dict(config_path=str(config), raw_dir=str(tmp_path / "raw"), out_dir=str(tmp_path / "out"))
    state = nightly(**dirs, full=True, return_state=True)
    assert state.is_completed() and state.name == "Completed with errors"
    assert state.message == "1 of 14 documents failed (pdf.malformed 1)"
    summary = state.result()
    assert summary.documents_failed == 1 and sum(summary.activities_by_recipient.values()) > 50

    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[state.state_details.flow_run_id]))
        )
    by_key = {a.key: a for a in artifacts}
    assert sorted(by_key) == [SUMMARY_ARTIFACT]  # one artifact: an API write each, every night
    artifact = by_key[SUMMARY_ARTIFACT]
    assert artifact.type == "markdown"
    assert "# Result checks" in artifact.data and "| MPI-ROUNDTABLES |" in artifact.data
    # The conclusion too: the reviewers' opening sentence, as the findings table holds it.
    findings = f"select text from '{tmp_path}/out/findings/*.parquet' where kind = 'overall'"
    overall = duckdb.connect().execute(findings).fetchone()
    assert overall[0] in artifact.data
    assert summary.line() in artifact.data and "| `pdf.malformed` | 1 |" in artifact.data
    status = duckdb.connect().execute(f"select status from '{tmp_path}/out/runs/*.parquet'").fetchone()[0]
    assert status == "completed_with_errors"

    again = nightly(**dirs)  # batches read the cache the first run's batches wrote
    cached = (
        duckdb.connect()
        .execute(
            f"select count(*) from '{tmp_path}/out/extraction_log/*.parquet' where run_id = '{again.run_id}' "
            "and code = 'cached'"
        )
        .fetchone()[0]
    )
    # The broken PDF too: `pdf.malformed` is lasting, so its failure is cached, and still counted.
    assert cached == again.documents_seen and again.documents_failed == 1


class _Hook(BaseHTTPRequestHandler):
    received: list[dict] = []

    def do_POST(self) -> None:  # noqa: N802 (http.server's name)
        body = self.rfile.read(int(self.headers["Content-Length"]))
        type(self).received.append(json.loads(body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def webhook():
    """A real HTTP server on 127.0.0.1 that records what is POSTed to it."""
    _Hook.received = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hook)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/alerts/secret-token", _Hook.received
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.slow
def test_a_failed_run_posts_to_the_webhook_of_on_failure(tmp_path, prefect_harness, webhook):
    from mpdp_pipeline.flows.nightly import nightly

    url, received = webhook
    config = _config(tmp_path, nightly=f"on_failure = {json.dumps(url)}")
    requirements = str(SAMPLE_CONFIG.parent / "requirements.csv")
    config.write_text(config.read_text(encoding="utf-8").replace(requirements, str(tmp_path / "missing.csv")))
    with pytest.raises(MpdpError, match="requirements file not found"):
        nightly(config_path=str(config), raw_dir=str(tmp_path / "raw"), out_dir=str(tmp_path / "out"))
    (alert,) = received
    assert alert["flow"] == "mpdp-nightly" and alert["state"] == "Failed" and alert["state_type"] == "FAILED"
    assert "requirements file not found" in alert["message"] and alert["flow_run_id"]
    assert alert["parameters"]["config_path"] == str(config)


def test_a_failure_alert_can_be_a_command(tmp_path):
    from mpdp_pipeline.flows.alerts import send_alert

    said = tmp_path / "alert.txt"
    command = f'printf "%s %s" "$MPDP_STATE" "$MPDP_MESSAGE" > {said}'
    assert send_alert(command, {"state": "Crashed", "message": "killed", "flow_run_id": "x"})
    assert said.read_text(encoding="utf-8") == "Crashed killed"
    assert not send_alert("exit 3", {"state": "Failed"})  # logged, never raised


def test_an_undeliverable_webhook_alert_is_logged_not_raised(caplog):
    from mpdp_pipeline.flows.alerts import send_alert

    assert not send_alert("http://127.0.0.1:9/hook/secret-token", {"state": "Failed"})
    assert "127.0.0.1:9" in caplog.text and "secret-token" not in caplog.text


def test_a_runner_that_does_not_start_is_tried_again_then_named():
    from mpdp_pipeline.flows.runners import start_with_retries

    tries = []

    def flaky():
        tries.append(1)
        if len(tries) < 3:
            raise RuntimeError("Timed out while attempting to connect")
        return "up"

    assert start_with_retries("the API", flaky, NightlyConfig(startup_attempts=3), "") == "up"
    tries.clear()
    with pytest.raises(MpdpError, match=r"2 attempts of nightly\.startup_timeout_s = 7 s.*Timed out") as info:
        start_with_retries("the API", flaky, NightlyConfig(startup_attempts=2, startup_timeout_s=7), "")
    assert len(tries) == 2 and "raise nightly.startup_timeout_s in the config" in str(info.value)


@pytest.mark.slow
def test_a_prefect_api_that_cannot_start_fails_the_run_with_a_message_naming_the_setting(tmp_path):
    """Its server exits at once (its home cannot be made): reported then, not after the timeout; exit 1."""
    (tmp_path / "file").write_text("", encoding="utf-8")
    config = _config(tmp_path, nightly="startup_attempts = 1")
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env["PREFECT_HOME"] = str(tmp_path / "file" / "home")
    done = subprocess.run(
        [sys.executable, "-m", "mpdp_pipeline.cli", "run", "--config", str(config), "--out", str(tmp_path / "out")],
        env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert "nightly.startup_timeout_s" in done.stderr and "server.ephemeral.startup_timeout_seconds" in done.stderr
    assert "the server exited with status" in done.stderr
