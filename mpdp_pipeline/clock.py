"""The pipeline's one clock: UTC everywhere, so a run near midnight or 1 April means the same on every host."""

from __future__ import annotations

import datetime as dt
import uuid


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def new_run_id(now: dt.datetime, kind: str = "") -> str:
    """`20261129T020000Z-3f9c1a`, or `...Z-extract-3f9c1a`: sortable by time, unique within a second."""
    return f"{now:%Y%m%dT%H%M%SZ}-{kind + '-' if kind else ''}{uuid.uuid4().hex[:6]}"
