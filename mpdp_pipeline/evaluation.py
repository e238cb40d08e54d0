"""Extracted activities against gold labels: precision, recall and a readable diff.

A predicted row matches a gold row when recipient, kind and start date agree and the titles
share most of their words; each gold row is matched at most once.

    score = score_against_gold(activities_table.to_pylist(), read_gold(path))
    print(score.report())
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractors.activities import normalise_title

TITLE_OVERLAP = 0.3  # titles are read differently by rules and people; dates and kinds are not


def read_gold(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _date(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value or "")


def _titles_agree(a: str, b: str) -> bool:
    wa, wb = set(normalise_title(a).split()), set(normalise_title(b).split())
    if not wa or not wb:
        return False
    # A one-word title ("Meeting") is contained in every meeting's title: it must earn its match.
    contained = (wa <= wb and len(wa) > 1) or (wb <= wa and len(wb) > 1)
    return contained or len(wa & wb) / len(wa | wb) >= TITLE_OVERLAP


def _key(row: Mapping[str, Any]) -> tuple[str, str, str]:
    return (str(row["recipient"]), str(row["kind"]), _date(row["start_date"]))


def _short(row: Mapping[str, Any]) -> str:
    where = row.get("source_url") or row.get("source_file") or ""
    return f"{row['recipient']:4} {_date(row['start_date']):10} {row['kind']:13} {row['title']!s:.70}  [{where}]"


@dataclass
class Score:
    matched: int
    predicted: int
    gold: int
    missing: list[Mapping[str, Any]] = field(default_factory=list)  # gold rows not found
    extra: list[Mapping[str, Any]] = field(default_factory=list)  # predicted rows not in gold

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    def report(self) -> str:
        lines = [
            f"precision {self.precision:.3f} ({self.matched}/{self.predicted}), "
            f"recall {self.recall:.3f} ({self.matched}/{self.gold})"
        ]
        lines += [f"  - missing: {_short(r)}" for r in self.missing]
        lines += [f"  + extra:   {_short(r)}" for r in self.extra]
        return "\n".join(lines)


def score_against_gold(predicted: Iterable[Mapping[str, Any]], gold: Iterable[Mapping[str, Any]]) -> Score:
    predicted, gold = list(predicted), list(gold)
    unmatched_gold = list(gold)
    extra = []
    for row in predicted:
        match = next(
            (g for g in unmatched_gold if _key(g) == _key(row) and _titles_agree(str(g["title"]), str(row["title"]))),
            None,
        )
        if match is None:
            extra.append(row)
        else:
            unmatched_gold.remove(match)
    return Score(len(predicted) - len(extra), len(predicted), len(gold), unmatched_gold, extra)
