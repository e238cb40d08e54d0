"""Extracted activities against gold labels: precision, recall, field accuracy and a readable diff.

Three kinds of gold, one scorer each:

* **rows** (`tests/gold/*_activities.csv`): every activity of a document, hand-labelled. A predicted
  row matches a gold row when recipient, kind and start date agree and the titles share most of
  their words; each gold row is matched at most once (`score_against_gold`).
* **counts and asserted dates** (`shared/corpus/peer-dev/gold.csv`, `tests/gold/real_counts.csv`):
  how many meetings a document lists, and some days it must find (`CountScore`).
* **publication counts and samples** (`shared/corpus/real-pubs/gold.csv`): how many publications a
  listing holds, and three `title|year|surname` entries it must yield (`PubScore`).

    score = score_against_gold(activities_table.to_pylist(), read_gold(path))
    print(score.report())
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from mpdp_pipeline.extractors.activities import normalise_title

TITLE_OVERLAP = 0.3  # titles are read differently by rules and people; dates and kinds are not
PUBLICATION_KINDS = frozenset({"publication", "report"})
SAMPLE_TITLE_SIMILARITY = 85  # rapidfuzz ratio (0-100) for a sample publication title to count as found
FIELDS = ("start_date", "kind", "location", "country", "title", "authors", "publisher")


def read_gold(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def is_publication(row: Mapping[str, Any]) -> bool:
    return str(row["kind"]) in PUBLICATION_KINDS


def _date(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value or "")


def titles_agree(a: str, b: str) -> bool:
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
    pairs: list[tuple[Mapping[str, Any], Mapping[str, Any]]] = field(default_factory=list)  # (predicted, gold)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.matched + other.matched,
            self.predicted + other.predicted,
            self.gold + other.gold,
            self.missing + other.missing,
            self.extra + other.extra,
            self.pairs + other.pairs,
        )

    def summary(self) -> str:
        return (
            f"P {self.precision:.3f} ({self.matched}/{self.predicted})  "
            f"R {self.recall:.3f} ({self.matched}/{self.gold})  F1 {self.f1:.3f}"
        )

    def report(self) -> str:
        lines = [
            f"precision {self.precision:.3f} ({self.matched}/{self.predicted}), "
            f"recall {self.recall:.3f} ({self.matched}/{self.gold})"
        ]
        lines += [f"  - missing: {_short(r)}" for r in self.missing]
        lines += [f"  + extra:   {_short(r)}" for r in self.extra]
        return "\n".join(lines)


EMPTY = Score(0, 0, 0)


def score_against_gold(predicted: Iterable[Mapping[str, Any]], gold: Iterable[Mapping[str, Any]]) -> Score:
    predicted, gold = list(predicted), list(gold)
    unmatched_gold = list(gold)
    extra, pairs = [], []
    for row in predicted:
        match = next(
            (g for g in unmatched_gold if _key(g) == _key(row) and titles_agree(str(g["title"]), str(row["title"]))),
            None,
        )
        if match is None:
            extra.append(row)
        else:
            unmatched_gold.remove(match)
            pairs.append((row, match))
    return Score(len(predicted) - len(extra), len(predicted), len(gold), unmatched_gold, extra, pairs)


def score_by_family(predicted: Sequence[Mapping[str, Any]], gold: Sequence[Mapping[str, Any]]) -> dict[str, Score]:
    """Events and publications scored apart: a long reference list must not hide missed meetings."""
    return {
        family: score_against_gold(
            [r for r in predicted if is_publication(r) == pub], [g for g in gold if is_publication(g) == pub]
        )
        for family, pub in (("events", False), ("publications", True))
    }


# --- field accuracy -------------------------------------------------------------------------------


def _loose_pairs(
    predicted: Sequence[Mapping[str, Any]], gold: Sequence[Mapping[str, Any]]
) -> list[tuple[Mapping[str, Any], Mapping[str, Any]]]:
    """Rows paired by title and by date or kind, so that a wrong date or a wrong kind is measured, not hidden."""
    pairs, free = [], list(predicted)
    for g in gold:

        def closeness(p: Mapping[str, Any], g: Mapping[str, Any] = g) -> float:
            return fuzz.token_set_ratio(normalise_title(str(p["title"])), normalise_title(str(g["title"])))

        candidates = [
            p
            for p in free
            if titles_agree(str(p["title"]), str(g["title"]))
            and (_date(p["start_date"]) == _date(g["start_date"]) or p["kind"] == g["kind"])
        ]
        if candidates:
            best = max(candidates, key=lambda p: (_date(p["start_date"]) == _date(g["start_date"]), closeness(p)))
            free.remove(best)
            pairs.append((best, g))
    return pairs


def _surname(name: str) -> str:
    """The surname a name is judged by, in either order: "Ana Carrera" and "Carrera, Ana" -> "carrera"."""
    words = normalise_title(name.split(",")[0]).split()
    return words[-1] if words else ""


def _field_value(row: Mapping[str, Any], name: str) -> str:
    value = row.get(name)
    if name == "title":
        return normalise_title(str(value or ""))
    if name == "authors":
        items = value.split("|") if isinstance(value, str) else list(value or [])
        return "|".join(_surname(a) for a in items if a)
    if name == "location":
        return normalise_title(str(value or ""))
    return _date(value) if name == "start_date" else str(value or "").strip()


def field_accuracy(
    predicted: Sequence[Mapping[str, Any]], gold: Sequence[Mapping[str, Any]]
) -> dict[str, tuple[int, int]]:
    """Per field, (right, judged) over loosely paired rows; a field the gold leaves empty is not judged."""
    result = {name: [0, 0] for name in FIELDS}
    for p, g in _loose_pairs(predicted, gold):
        for name in FIELDS:
            expected = _field_value(g, name)
            if name not in g or not expected:
                continue
            result[name][1] += 1
            result[name][0] += _field_value(p, name) == expected
    return {name: (right, judged) for name, (right, judged) in result.items()}


# --- counts and samples ---------------------------------------------------------------------------


@dataclass
class CountScore:
    """A document's event count against a gold count, and the asserted days found among its starts."""

    name: str
    predicted: int
    expected: int
    dates_found: int = 0
    dates_asserted: int = 0

    def within(self, share: float = 0.10, slack: int = 0) -> bool:
        return abs(self.predicted - self.expected) <= max(share * self.expected, slack)


def count_score(
    name: str, predicted: Sequence[Mapping[str, Any]], expected: int, dates: Sequence[str] = ()
) -> CountScore:
    events = [r for r in predicted if not is_publication(r)]
    starts = {_date(r["start_date"]) for r in events}
    # A page that gives only a month or a year asserts "2008-01" or "2006": any start in it is that meeting's.
    found = sum(any(start.startswith(d) for start in starts) for d in dates)
    return CountScore(name, len(events), expected, found, len(dates))


@dataclass
class PubScore:
    """A listing's publication count against its gold count, and its sample entries found."""

    name: str
    predicted: int
    expected: int
    samples_found: int
    samples: int
    missing_samples: list[str] = field(default_factory=list)

    def within(self, share: float = 0.15) -> bool:
        return abs(self.predicted - self.expected) <= share * self.expected


def _sample_found(sample: str, rows: Sequence[Mapping[str, Any]]) -> bool:
    """`title|year|surname` is found when a row has that title (fuzzily), that year (if given) and that surname
    among its authors (if it has authors)."""
    title, year, surname = (sample.split("|") + ["", ""])[:3]
    want = normalise_title(title)
    for row in rows:
        if fuzz.ratio(normalise_title(str(row["title"])), want) < SAMPLE_TITLE_SIMILARITY:
            continue
        start = row.get("start_date")
        if year and _date(start)[:4] != year:
            continue
        authors = " ".join(row.get("authors") or ())
        if surname and authors and normalise_title(surname) not in normalise_title(authors):
            continue
        return True
    return False


def pub_score(name: str, predicted: Sequence[Mapping[str, Any]], expected: int, samples: Sequence[str]) -> PubScore:
    pubs = [r for r in predicted if is_publication(r)]
    missing = [s for s in samples if s and not _sample_found(s, pubs)]
    given = [s for s in samples if s]
    return PubScore(name, len(pubs), expected, len(given) - len(missing), len(given), missing)
