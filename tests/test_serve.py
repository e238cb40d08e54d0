"""`mpdp serve` against a real Prefect server on loopback, and the `prefect.yaml` of teams with work pools."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import httpx
import pytest
import yaml
from conftest import ROOT

from mpdp_pipeline.config import SAMPLE_CONFIG

DEPLOYMENT = "mpdp-nightly/mpdp-nightly"
FINAL = {"COMPLETED", "FAILED", "CANCELLED", "CRASHED"}


def _free_port() -> int:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _stop(process: subprocess.Popen) -> None:
    """Stop a process started in a session of its own, and its children (the server's uvicorn, the runs)."""
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=30)


def _until(what: str, check, timeout_s: float, *, alive: list[subprocess.Popen], logs: list[Path]):
    """Poll `check()` until it returns something truthy; fail early when one of `alive` dies."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        for process, log in zip(alive, logs, strict=True):
            if process.poll() is not None:
                pytest.fail(f"{what}: {process.args[:4]} exited {process.returncode}:\n{log.read_text()[-3000:]}")
        with contextlib.suppress(httpx.HTTPError):
            if result := check():
                return result
        time.sleep(1)
    pytest.fail(f"{what}: not within {timeout_s} s\n" + "\n".join(log.read_text()[-3000:] for log in logs))


@pytest.fixture
def prefect_server(tmp_path):
    """`prefect server start` on a free loopback port with its own PREFECT_HOME; always stopped."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env |= {
        "PREFECT_HOME": str(tmp_path / "prefect-home"),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_UI_ENABLED": "false",
        "PREFECT_LOGGING_LEVEL": "WARNING",
        "DO_NOT_TRACK": "1",
    }
    log = tmp_path / "server.log"
    prefect = Path(sys.executable).parent / "prefect"
    with log.open("wb") as out:
        server = subprocess.Popen(
            [str(prefect), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
            env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
    api = f"http://127.0.0.1:{port}/api"
    try:
        _until(
            "the Prefect server",
            lambda: httpx.get(f"{api}/health", timeout=5).status_code == 200,
            600,
            alive=[server],
            logs=[log],
        )
        yield api, {**env, "PREFECT_API_URL": api}, server, log
    finally:
        _stop(server)


def _state(api: str, run_id: str) -> dict:
    return httpx.get(f"{api}/flow_runs/{run_id}", timeout=30).raise_for_status().json()["state"]


def _settled(api: str, run_id: str, **watch) -> dict:
    """The final state of a flow run, once it has one."""
    return _until(f"run {run_id} to settle", lambda: (s := _state(api, run_id))["type"] in FINAL and s, 600, **watch)


@pytest.mark.slow
def test_serve_fires_a_run_through_the_api_and_never_overlaps_two(tmp_path, prefect_server):
    api, env, server, server_log = prefect_server
    log = tmp_path / "serve.log"
    out = tmp_path / "out"
    command = [sys.executable, "-m", "mpdp_pipeline.cli", "serve", "--cron", "0 2 * * *", "--timezone",
               "America/Toronto", "--config", str(SAMPLE_CONFIG), "--raw", str(tmp_path / "raw"),
               "--out", str(out)]  # fmt: skip
    with log.open("wb") as sink:
        serve = subprocess.Popen(
            command, env={**env, "PREFECT_RUNNER_POLL_FREQUENCY": "2"}, stdout=sink, stderr=subprocess.STDOUT,
            start_new_session=True, cwd=tmp_path,
        )  # fmt: skip
    alive, logs = [server, serve], [server_log, log]
    try:
        deployment = _until(
            "the deployment",
            lambda: (
                (r := httpx.get(f"{api}/deployments/name/{DEPLOYMENT}", timeout=30)).status_code == 200 and r.json()
            ),
            300,
            alive=alive,
            logs=logs,
        )
        (schedule,) = deployment["schedules"]
        assert schedule["schedule"]["cron"] == "0 2 * * *" and schedule["schedule"]["timezone"] == "America/Toronto"
        assert deployment["global_concurrency_limit"]["limit"] == 1
        assert deployment["concurrency_options"]["collision_strategy"] == "CANCEL_NEW"

        def trigger(key: str) -> str:
            """A run of the deployment; asked again while the busy server answers 503, the key makes it one run."""
            url = f"{api}/deployments/{deployment['id']}/create_flow_run"

            def post() -> str:
                return httpx.post(url, json={"idempotency_key": key}, timeout=30).raise_for_status().json()["id"]

            return _until(f"the run {key}", post, 300, alive=alive, logs=logs)

        first = trigger("first")
        _until("the first run to start", lambda: _state(api, first)["type"] == "RUNNING", 300, alive=alive, logs=logs)
        second = trigger("second")  # while the first is active
        done = _settled(api, first, alive=alive, logs=logs)
        assert done["type"] == "COMPLETED", done
        other = _settled(api, second, alive=alive, logs=logs)
        assert other["type"] == "CANCELLED", other  # cancelled, not stacked behind the first
    finally:
        _stop(serve)

    activities = (
        duckdb.connect()
        .execute(f"select count(*) from read_parquet('{out}/activities/**/*.parquet', hive_partitioning = true)")
        .fetchone()[0]
    )
    assert activities > 50
    runs = duckdb.connect().execute(f"select flow_run_id, status from '{out}/runs/*.parquet'").fetchall()
    assert runs == [(first, "completed")]  # one run published: the second never ran
    for table in ("documents", "extraction_log", "annex", "result_checks"):
        assert (out / table).exists(), table


def test_prefect_yaml_deploys_the_nightly_flow_one_run_at_a_time():
    """The work-pool deployment of `prefect.yaml` names the flow's real entrypoint and parameters, and the
    same schedule and concurrency as `mpdp serve`."""
    from mpdp_pipeline.flows.nightly import ONE_AT_A_TIME
    from prefect.flows import load_flow_from_entrypoint

    spec = yaml.safe_load((ROOT / "prefect.yaml").read_text(encoding="utf-8"))
    (deployment,) = spec["deployments"]
    assert deployment["name"] == "mpdp-nightly" and deployment["work_pool"]["name"]
    flow = load_flow_from_entrypoint(str(ROOT / deployment["entrypoint"]))
    assert flow.name == "mpdp-nightly"
    assert set(deployment["parameters"]) <= set(flow.parameters.properties)
    (schedule,) = deployment["schedules"]
    assert schedule["cron"] == "0 2 * * *" and schedule["timezone"] == "America/Toronto"
    limit = deployment["concurrency_limit"]
    assert limit == {"limit": ONE_AT_A_TIME.limit, "collision_strategy": ONE_AT_A_TIME.collision_strategy.value}
