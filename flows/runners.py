"""Which Prefect task runner a run uses, and what it needs started first: a shared Prefect API, a Dask cluster.

Both start slowly on a busy machine, and Prefect's API slowest of all on a fresh `PREFECT_HOME` (it creates
and migrates its database first). Each start waits `nightly.startup_timeout_s` (which is also Prefect's
`server.ephemeral.startup_timeout_seconds` for this run and its workers), is tried `nightly.startup_attempts`
times, and fails with an `MpdpError` that names the setting.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, TypeVar

import httpx
from prefect.settings import (
    PREFECT_API_URL,
    PREFECT_FLOWS_HEARTBEAT_FREQUENCY,
    PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS,
    get_current_settings,
    temporary_settings,
)
from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner, ThreadPoolTaskRunner

from mpdp_pipeline.config import NightlyConfig
from mpdp_pipeline.errors import MpdpError

if TYPE_CHECKING:
    from distributed import LocalCluster

logger = logging.getLogger(__name__)

T = TypeVar("T")

STARTUP_ENV = "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"
HEARTBEAT_ENV = "PREFECT_FLOWS_HEARTBEAT_FREQUENCY"

# The throwaway API lives for one run and serves no UI, so it needs none of the services that keep history
# for one: the task-run recorder and event persister write client events to the database one by one, and
# when the API stops while they are behind (a second run, whose cached tasks finish at once), each write in
# flight is cancelled and logged as a 50-line `ERROR ... Error flushing 1 events` (issue 12). Triggers and
# their actions (automations) have nothing to act on. Flow runs, their states and artifacts are written by
# the client directly and are kept. Defaults only: a setting in the environment or a Prefect profile wins.
THROWAWAY_API_SERVICES_OFF = {
    "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_EVENT_PERSISTER_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED": "false",
}
SERVER_OUTPUT_LINES = 20  # of the throwaway API's output, relayed as a warning when it printed anything


def _dask_environment(settings: NightlyConfig) -> None:
    # Read by Dask when it is imported, here and in the worker processes: each document is parsed in a
    # child process, which a daemonic worker may not start; the cluster's INFO chatter would drown the
    # summary; and a worker connecting to a busy scheduler gets the start-up timeout, not Dask's 30 s.
    os.environ.setdefault("DASK_DISTRIBUTED__WORKER__DAEMON", "False")
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")
    os.environ.setdefault("DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT", f"{settings.startup_timeout_s}s")


def task_runner(kind: str, workers: int, dask_address: str | None = None) -> TaskRunner:
    if kind == "processes":
        return ProcessPoolTaskRunner(max_workers=workers)
    if kind == "dask":
        _dask_environment(NightlyConfig())
        from prefect_dask import DaskTaskRunner

        if dask_address:
            return DaskTaskRunner(address=dask_address)
        return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "processes": True, "threads_per_worker": 1})
    return ThreadPoolTaskRunner(max_workers=workers)


def start_with_retries(what: str, start: Callable[[], T], settings: NightlyConfig, hint: str) -> T:
    """`start()`, tried `settings.startup_attempts` times; then an `MpdpError` saying which setting to raise."""
    last: Exception | None = None
    for attempt in range(1, settings.startup_attempts + 1):
        try:
            return start()
        except Exception as exc:  # a slow machine, a port taken meanwhile: try again from scratch
            last = exc
            logger.warning("%s did not start (attempt %d of %d): %s", what, attempt, settings.startup_attempts, exc)
    detail = " ".join(str(last).split())
    detail = detail if len(detail) <= 400 else "..." + detail[-400:]
    raise MpdpError(
        f"{what} did not start in {settings.startup_attempts} attempts of nightly.startup_timeout_s = "
        f"{settings.startup_timeout_s} s: on a slow or busy machine, raise nightly.startup_timeout_s in the "
        f"config{hint}. Last error: {detail}"
    ) from last


class _ApiServer:
    """Prefect's API in a child process on a free loopback port, as Prefect starts its throwaway one, but
    watched: a server that exits is reported at once, with its exit status and the end of its output,
    rather than waited for until the timeout."""

    def __init__(self, timeout_s: int) -> None:
        with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        self.api_url = f"http://127.0.0.1:{port}/api"
        self.output = tempfile.TemporaryFile()  # noqa: SIM115 (closed by stop)
        env = {
            **THROWAWAY_API_SERVICES_OFF,
            **os.environ,
            **get_current_settings().to_environment_variables(exclude_unset=True),
            "PREFECT_UI_ENABLED": "0",
            "PREFECT__SERVER_EPHEMERAL": "1",
            "PREFECT__SERVER_FINAL": "1",
        }
        command = [sys.executable, "-m", "uvicorn", "--factory", "prefect.server.api.server:create_app",
                   "--host", "127.0.0.1", "--port", str(port), "--log-level", "error", "--lifespan", "on"]  # fmt: skip
        self.process = subprocess.Popen(command, env=env, stdout=self.output, stderr=subprocess.STDOUT)
        try:
            self._wait(timeout_s)
        except BaseException:
            self.stop()
            raise

    def _wait(self, timeout_s: int) -> None:
        deadline = time.monotonic() + timeout_s
        with httpx.Client(timeout=5) as client:
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    raise RuntimeError(f"the server exited with status {self.process.returncode}: {self._tail()}")
                with contextlib.suppress(httpx.HTTPError):
                    if client.get(f"{self.api_url}/health").status_code == 200:
                        return
                time.sleep(0.2)
        raise RuntimeError(f"no answer from {self.api_url} within {timeout_s} s")

    def _tail(self) -> str:
        self.output.seek(0)
        return self.output.read().decode("utf-8", "replace")[-500:]

    def stop(self) -> str:
        """Stop the server; return what it printed (nothing, when all went well)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.output.seek(0)
        printed = self.output.read().decode("utf-8", "replace")
        self.output.close()
        return printed


def server_output_to_warning(printed: str, limit: int = SERVER_OUTPUT_LINES) -> str | None:
    """The throwaway API's output as one warning, its first `limit` lines; None when it printed nothing.
    Relayed rather than dropped: quiet success must come from a server with nothing to say, not from hiding it.
    """
    lines = printed.strip().splitlines()
    if not lines:
        return None
    more = f"\n... ({len(lines) - limit} more lines)" if len(lines) > limit else ""
    return "the throwaway Prefect API reported:\n" + "\n".join(lines[:limit]) + more


@contextlib.contextmanager
def prefect_api(settings: NightlyConfig) -> Iterator[None]:
    """One throwaway Prefect API for this run and its worker processes, unless `PREFECT_API_URL` names one.

    Without it, every Dask or process-pool worker would start a server of its own on the same database:
    slow to start, slow to stop, and racing for the database's lock.
    """
    timeout = settings.startup_timeout_s
    os.environ.setdefault(STARTUP_ENV, str(timeout))  # for any Prefect client that would start its own
    if PREFECT_API_URL.value():
        yield
        return
    server = start_with_retries(
        "the throwaway Prefect API",
        lambda: _ApiServer(timeout),
        settings,
        f" (it sets Prefect's server.ephemeral.startup_timeout_seconds, {STARTUP_ENV}), or start a server with "
        "`prefect server start` and set PREFECT_API_URL",
    )
    os.environ["PREFECT_API_URL"] = server.api_url  # inherited by the worker processes
    try:
        updates = {PREFECT_API_URL: server.api_url, PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS: timeout}
        if HEARTBEAT_ENV not in os.environ:
            # Heartbeats let a server notice a crashed run; this one stops with the run. Off, they also spare
            # every run the wait for the heartbeat thread to wake and stop (up to a second).
            updates[PREFECT_FLOWS_HEARTBEAT_FREQUENCY] = None
        with temporary_settings(updates=updates):
            yield
    finally:
        _drain_to_the_api()
        os.environ.pop("PREFECT_API_URL", None)
        warning = server_output_to_warning(server.stop())
        if warning:
            logger.warning("%s", warning)


def _drain_to_the_api(timeout_s: float = 30) -> None:
    """Send the logs and events still queued while their API is up: queued for a stopped one, each would be
    retried at exit for a minute or more (Prefect's test harness does the same)."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    for service in (APILogWorker, EventsWorker):
        with contextlib.suppress(RuntimeError):  # never started
            service.drain_all(timeout=timeout_s)


@contextlib.contextmanager
def local_dask_cluster(workers: int, settings: NightlyConfig) -> Iterator[str]:
    """A local Dask cluster of `workers` single-threaded, non-daemonic worker processes; yields its address."""
    _dask_environment(settings)
    from distributed import LocalCluster

    def start() -> LocalCluster:
        return LocalCluster(
            n_workers=workers,
            processes=True,
            threads_per_worker=1,
            dashboard_address=":0",  # any free port: two runs on one machine never collide
            death_timeout=settings.startup_timeout_s,  # a worker that cannot reach the scheduler gives up
        )

    cluster = start_with_retries("the local Dask cluster", start, settings, ", or pass --dask-address")
    try:
        yield cluster.scheduler_address
    finally:
        _retire_workers(cluster, settings.startup_timeout_s)
        cluster.close()


def _retire_workers(cluster: LocalCluster, timeout_s: float) -> None:
    """Close the cluster's workers before its scheduler: on a busy machine a worker whose heartbeat finds the
    scheduler gone logs a traceback after a run that succeeded."""
    with contextlib.suppress(Exception):  # a cluster that is already going down: `close` does the rest
        cluster.scale(0)
        deadline = time.monotonic() + timeout_s
        while cluster.workers and time.monotonic() < deadline:
            time.sleep(0.1)


@contextlib.contextmanager
def started_runner(
    kind: str, workers: int, dask_address: str | None = None, settings: NightlyConfig | None = None
) -> Iterator[TaskRunner]:
    """The task runner of `kind`, with the Prefect API (and a local Dask cluster) it needs, started reliably."""
    settings = settings or NightlyConfig()
    with prefect_api(settings):
        if kind == "dask" and not dask_address:
            with local_dask_cluster(workers, settings) as address:
                yield task_runner(kind, workers, address)
        else:
            yield task_runner(kind, workers, dask_address)
