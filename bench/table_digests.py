"""A digest of every published table, to prove a refactoring left the outputs as they were.

    .venv/bin/python bench/table_digests.py [OUT_DIR]

Without OUT_DIR, runs the nightly flow once on the bundled sample into a temporary folder first.
Each table is read back with pyarrow, its volatile columns dropped (run ids, clocks, durations, paths
of the temporary folder), its rows sorted, and hashed: the same digests before and after a change
mean the same tables.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from pathlib import Path

VOLATILE = {"run_id", "at", "fetched_at", "started_at", "finished_at", "duration_ms", "flow_run_id", "raw_path"}


def digests(out_dir: Path) -> dict[str, str]:
    import pyarrow.dataset as ds

    from mpdp_pipeline.schemas import TABLES

    result = {}
    for name, spec in sorted(TABLES.items()):
        folder = out_dir / name
        if not folder.exists():
            continue
        table = ds.dataset(folder, format="parquet", partitioning="hive" if spec.partition_by else None).to_table()
        rows = [
            json.dumps({k: v for k, v in sorted(row.items()) if k not in VOLATILE}, default=str, sort_keys=True)
            for row in table.to_pylist()
        ]
        text = "\n".join(sorted(r.replace(str(out_dir), "<out>") for r in rows))
        result[name] = f"{hashlib.sha256(text.encode()).hexdigest()[:16]} ({len(rows)} rows)"
    return result


def main(argv: list[str]) -> int:
    if argv:
        out = Path(argv[0])
    else:
        from mpdp_pipeline.cli import main as mpdp

        root = Path(tempfile.mkdtemp(prefix="mpdp-digest-"))
        out = root / "out"
        if mpdp(["run", "--raw", str(root / "raw"), "--out", str(out), "--full"]) != 0:
            return 1
    for name, digest in digests(out).items():
        print(f"{name:18} {digest}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
