"""The failure hook: tells a team's alerting that a nightly run failed or crashed (`nightly.on_failure`).

One key says where: an `http://` or `https://` URL gets the run as a JSON POST; anything else is a shell
command, run with the run in its environment (`MPDP_FLOW_RUN_ID`, `MPDP_FLOW_RUN_NAME`, `MPDP_STATE`,
`MPDP_MESSAGE`). An alert that cannot be delivered is logged; it never hides the run's own failure.
"""

from __future__ import annotations

import logging
import os
import subprocess
from typing import Any
from urllib.parse import urlsplit

import httpx

logger = logging.getLogger(__name__)

TIMEOUT_S = 30.0


def is_webhook(target: str) -> bool:
    return target.split("://", 1)[0].lower() in ("http", "https")


def send_alert(target: str, payload: dict[str, Any]) -> bool:
    """Deliver `payload` to `target` (a webhook URL or a command); returns whether it was delivered."""
    try:
        if is_webhook(target):
            httpx.post(target, json=payload, timeout=TIMEOUT_S).raise_for_status()
        else:
            env = {
                **os.environ,
                "MPDP_FLOW_RUN_ID": str(payload.get("flow_run_id", "")),
                "MPDP_FLOW_RUN_NAME": str(payload.get("flow_run_name", "")),
                "MPDP_STATE": str(payload.get("state", "")),
                "MPDP_MESSAGE": str(payload.get("message", "")),
            }
            subprocess.run(target, shell=True, env=env, check=True, timeout=TIMEOUT_S * 10)
    except (httpx.HTTPError, subprocess.SubprocessError, OSError) as exc:
        # A webhook's path often holds its secret: name the host only.
        where = urlsplit(target).netloc if is_webhook(target) else "the on_failure command"
        logger.error("the failure alert to %s was not delivered: %s", where, type(exc).__name__)
        return False
    return True
