"""The crawl's clock, passed in so that tests can drive every decision that depends on time.

A crawl reads the time in three ways, all through one `Clock`:

* `now()`: the UTC date and time (the pipeline's clock, `mpdp_pipeline.clock.utc_now`), for
  `fetched_at`, log rows, `revisit_after_hours` and a Retry-After given as a date;
* `monotonic()`: seconds that never jump back, for politeness spacing, Retry-After and backoff
  deferrals, download deadlines and checkpoints;
* `sleep(seconds)`: the wait before a request the politeness rules hold back.

A test passes a `Clock` whose `sleep` only advances its `monotonic`, so waits cost no time.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass

from mpdp_pipeline.clock import utc_now


@dataclass(frozen=True)
class Clock:
    now: Callable[[], dt.datetime] = utc_now
    monotonic: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep


SYSTEM_CLOCK = Clock()
