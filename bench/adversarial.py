"""Rerun the adversarial cases of issue 13 and print a table: case | expected | observed.

    .venv/bin/python bench/adversarial.py [-v]

Each case is a test of `tests/test_hostile.py` (real loopback servers, real files, FIFOs and symlinks),
run here by pytest in this process; `observed` is what the case did: `as expected`, or the first line of
what went wrong. Exit status 1 when a case did not hold. `-v` prints pytest's own report as well.
"""

from __future__ import annotations

import contextlib
import io
import sys
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests" / "test_hostile.py"

# test function -> (case, expected); the order is the issue's.
CASES: dict[str, tuple[str, str]] = {
    "test_shared_and_special_addresses_are_not_public": (
        "1 non-global addresses (100.64/10, 192.0.0/24, 198.18/15)",
        "not public",
    ),
    "test_a_start_url_on_shared_address_space_is_refused": (
        "1 start URL resolving to 100.64.0.1",
        "url.private_address, 0 requests",
    ),
    "test_a_redirect_hop_to_shared_address_space_is_refused": (
        "1 redirect hop resolving to 100.64.0.1",
        "url.private_address, target not requested",
    ),
    "test_symlinks_out_of_the_folder_given_are_refused": (
        "2 extract DIR with symlinks out of DIR",
        "file.outside_root, target not read",
    ),
    "test_resumed_urls_are_checked_against_todays_config": (
        "3 resumed frontier: off-domain URL, 169.254.169.254",
        "url.off_domain, never requested",
    ),
    "test_a_huge_crawl_delay_is_capped_and_logged": (
        "4 robots.txt Crawl-delay: 100000",
        "waits max_crawl_delay_s; robots.crawl_delay_capped",
    ),
    "test_fifos_and_devices_are_refused_and_reads_are_capped": (
        "5 FIFO in DIR and named, /dev/zero, file > max_bytes",
        "file.not_regular / size.exceeded, no hang",
    ),
    "test_a_dripping_body_is_cut_at_the_request_deadline_and_not_retried": (
        "6 body dripped 1 byte at a time",
        "http.timeout at request_deadline_s, no retry",
    ),
    "test_retry_after_waits_stop_at_the_request_deadline": (
        "6 429s with Retry-After: 100",
        "http.429 once the next wait passes the deadline",
    ),
    "test_our_own_politeness_waits_do_not_count_against_the_request_deadline": (
        "6 delay_s longer than request_deadline_s",
        "pages fetched: our own waits are not the server's",
    ),
    "test_the_source_deadline_saves_the_rest_for_the_next_run": (
        "6 a source past source_deadline_s",
        "crawl.deadline; rest resumed next run, none lost",
    ),
    "test_a_stray_byte_keeps_the_declared_charset": (
        "7 UTF-8 page with one 0xFF / 0x81",
        "declared charset kept; html.invalid_bytes (1)",
    ),
    "test_a_page_mislabelled_as_utf8_is_still_read_in_cp1252": (
        "7 cp1252 page labelled UTF-8",
        "read as cp1252",
    ),
    "test_a_paragraph_past_the_model_limit_costs_that_paragraph_only": (
        "8 a 1.1M-character paragraph beside 10 table rows",
        "10 activities; nlp.text_too_long warning; not transient",
    ),
    "test_the_output_folder_inside_the_folder_given_is_not_read": (
        "9 out_dir inside the folder given to extract",
        "its report is not an input",
    ),
    "test_an_unreadable_file_or_folder_is_logged_and_the_rest_published": (
        "10 a mode-000 file and a folder without x",
        "file.unreadable each; rc 0; good file published",
    ),
    "test_a_huge_robots_txt_is_read_in_its_first_500_kib": (
        "11 a 3 MB robots.txt",
        "first 500 KiB obeyed; host crawled",
    ),
    "test_a_truncated_state_file_is_set_aside_and_the_crawl_starts_afresh": (
        "12 truncated raw/_state/<recipient>.json",
        "crawl.state_reset; set aside; crawl runs",
    ),
    "test_a_truncated_table_falls_back_to_its_last_readable_version": (
        "13 truncated Parquet in the current version",
        "previous version read",
    ),
    "test_a_table_with_no_readable_version_says_how_to_recover": (
        "13 truncated Parquet, no older version",
        "rc 1, how to recover, no traceback",
    ),
    "test_numbers_are_finite_and_bounded": (
        "14 max_bytes=1e20, delay_s=inf, nan, 1e308, retries=1e6",
        "config.invalid naming the field",
    ),
    "test_every_number_in_the_config_is_bounded": ("14 every numeric setting", "has an upper bound"),
    "test_a_config_that_is_not_utf8_exits_2_with_a_message": ("15 config file not UTF-8", "rc 2, message"),
    "test_file_roots_in_a_symlink_loop_exit_2_with_a_message": ("15 file_roots in a symlink loop", "rc 2, message"),
    "test_an_http_url_without_a_host_is_refused": ('16 start_urls = ["http://"]', "config.invalid"),
    "test_a_relative_start_file_under_a_non_ascii_folder_is_crawled": (
        "17 relative start file under café/",
        "crawled, not file.outside_root",
    ),
    "test_url_cleanup_is_idempotent": ("18 clean(clean(u)) == clean(u) (property)", "holds"),
    "test_dot_segments_spelt_with_escapes_are_one_url": ("18 /%2e%2e/%2e%2e/etc/passwd", "one URL"),
    "test_ctrl_c_prints_one_line_and_exits_130": (
        "19 Ctrl-C during a crawl",
        "rc 130, one line, frontier kept",
    ),
}


class _Outcomes:
    """A pytest plugin: each test function's instances, and the first failure of each."""

    def __init__(self) -> None:
        self.runs: dict[str, int] = defaultdict(int)
        self.failures: dict[str, str] = {}

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.when != "call" and not report.failed:
            return
        name = report.nodeid.split("::")[-1].split("[")[0]
        self.runs[name] += report.when == "call"
        if report.failed and name not in self.failures:
            message = getattr(report.longrepr, "reprcrash", None)
            self.failures[name] = message.message.splitlines()[0] if message else str(report.longrepr)[:80]


def _row(cells: tuple[str, str, str], widths: list[int]) -> str:
    return " | ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)).rstrip()


def main(argv: list[str]) -> int:
    outcomes = _Outcomes()
    report = io.StringIO()
    with contextlib.redirect_stdout(sys.stdout if "-v" in argv else report):
        pytest.main([str(TESTS), "-p", "no:cacheprovider"], plugins=[outcomes])
    rows = [("case", "expected", "observed")]
    for name, (case, expected) in CASES.items():
        if name in outcomes.failures:
            observed = f"FAILED: {outcomes.failures[name]}"
        elif outcomes.runs.get(name):
            runs = outcomes.runs[name]
            observed = "as expected" + (f" ({runs} variants)" if runs > 1 else "")
        else:
            observed = "not run"
        rows.append((case, expected, observed))
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    print(_row(rows[0], widths))
    print("-|-".join("-" * w for w in widths))
    for row in rows[1:]:
        print(_row(row, widths))
    held = sum(r[2].startswith("as expected") for r in rows[1:])
    print(f"\n{held} of {len(rows) - 1} cases held")
    return 0 if held == len(rows) - 1 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
