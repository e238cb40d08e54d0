"""The Canadian fiscal year (1 April - 31 March), written '2005/06': the unit of every annex and check.

A module of its own, below everything, because the config validates fiscal years, the extractors date
activities into them and the checks count by them.

>>> fiscal_year(datetime.date(2006, 3, 31)), fiscal_year(datetime.date(2006, 4, 1))
('2005/06', '2006/07')
"""

from __future__ import annotations

import datetime
import re

FISCAL_YEAR_START_MONTH = 4  # the Government of Canada's fiscal year runs 1 April - 31 March


def fiscal_year(day: datetime.date | None) -> str | None:
    """The Canadian fiscal year (1 April - 31 March) holding `day`, written '2005/06'."""
    if day is None:
        return None
    first = day.year if day.month >= FISCAL_YEAR_START_MONTH else day.year - 1
    return f"{first}/{(first + 1) % 100:02d}"


def fiscal_year_bounds(label: str) -> tuple[datetime.date, datetime.date]:
    """'2005/06' -> (2005-04-01, 2006-03-31)."""
    match = re.fullmatch(r"((?:19|20)\d\d)/(\d\d)", label)
    if not match or (int(match.group(1)) + 1) % 100 != int(match.group(2)):
        raise ValueError(f"not a fiscal year label like '2005/06': {label!r}")
    first = int(match.group(1))
    return datetime.date(first, FISCAL_YEAR_START_MONTH, 1), datetime.date(
        first + 1, FISCAL_YEAR_START_MONTH, 1
    ) - datetime.timedelta(days=1)
