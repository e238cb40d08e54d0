"""Which Prefect task runner a run uses, and the API its worker processes share."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

from prefect.settings import PREFECT_API_URL, temporary_settings
from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner, ThreadPoolTaskRunner


def task_runner(kind: str, workers: int, dask_address: str | None = None) -> TaskRunner:
    if kind == "processes":
        return ProcessPoolTaskRunner(max_workers=workers)
    if kind == "dask":
        # Read by Dask when it is imported, here and in the worker processes: each document is parsed
        # in a child process, which a daemonic worker may not start; and the cluster's INFO chatter
        # would drown the summary.
        os.environ.setdefault("DASK_DISTRIBUTED__WORKER__DAEMON", "False")
        os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")
        from prefect_dask import DaskTaskRunner

        if dask_address:
            return DaskTaskRunner(address=dask_address)
        return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "processes": True, "threads_per_worker": 1})
    return ThreadPoolTaskRunner(max_workers=workers)


@contextlib.contextmanager
def shared_prefect_api(kind: str) -> Iterator[None]:
    """One throwaway Prefect API for this run and its worker processes.

    Without a configured API, every Dask or process-pool worker would start a server of its own
    on the same database: slow to start, slow to stop, and racing for the database's lock.
    """
    if kind == "threads" or PREFECT_API_URL.value():
        yield
        return
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()
    server.start()
    os.environ["PREFECT_API_URL"] = server.api_url  # inherited by the worker processes
    try:
        with temporary_settings(updates={PREFECT_API_URL: server.api_url}):
            yield
    finally:
        os.environ.pop("PREFECT_API_URL", None)
        server.stop()
