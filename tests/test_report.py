"""The reviewers' page: what it shows, that nothing from a document becomes markup, and where its template comes from.

The page is read back as a reviewer's browser reads it, as parsed HTML: the assertions name cells and links,
not strings of markup, so they hold whatever the template's whitespace and quoting.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import zipfile
from importlib import resources
from pathlib import Path

import lxml.html
import pytest
from conftest import ROOT

from mpdp_pipeline.codes import LogCode
from mpdp_pipeline.publish import published_activities
from mpdp_pipeline.report import ENVIRONMENT, TEMPLATE, advice, render_report, years_in_scope
from mpdp_pipeline.schemas import (
    Activity,
    AnnexRow,
    CheckStatus,
    Correction,
    CorrectionAction,
    CorrectionStatus,
    DatePrecision,
    Finding,
    FindingKind,
    Indicator,
    IntendedResult,
    Kind,
    LogEntry,
    LogStatus,
    ResultCheck,
    RunRecord,
    RunStatus,
    Stage,
    table_to_records,
)
from mpdp_pipeline.stages import report_stage
from mpdp_pipeline.tables import read_table

NOW = dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.UTC)
AT = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
SCRIPT = "<script>alert('x')</script>"


def activity(n: int, title: str = "Roundtable on return", **changes) -> Activity:
    fields = dict(
        activity_id=f"{n:02d}" + "ab" * 31, recipient="MPI", kind=Kind.ROUNDTABLE, title=title, date_text="May 2005",
        start_date=dt.date(2005, 5, n), end_date=None, date_precision=DatePrecision.DAY, fiscal_year="2005/06",
        location="Bern", country="CH", participants=(), authors=(), publisher=None, language="en", doc_id="d" * 64,
        source_url=f"https://mpi.example/reports/annual-{n}.pdf", page=n, locator=None,
        snippet="The roundtable met in Bern.", extractor="activities.roundtable", confidence=0.875,
    )  # fmt: skip
    return Activity(**{**fields, **changes})


def check(year: str, status: CheckStatus, observed: int, evidence: tuple[str, ...] = (), **changes) -> ResultCheck:
    fields = dict(
        recipient="MPI", requirement_id="MPI-ROUNDTABLES", output="roundtables", expected="2 a year",
        fiscal_year=year, expected_count=2, observed_count=observed, status=status, evidence=evidence, note="",
    )  # fmt: skip
    return ResultCheck(**{**fields, **changes})


def log_entry(run_id: str, stage: Stage, status: LogStatus, code: LogCode, message: str = "") -> LogEntry:
    return LogEntry(run_id, AT, None, "https://mpi.example/x.pdf", stage, status, code, message)


def page(**records) -> lxml.html.HtmlElement:
    args = dict(activities=[], annex=[], checks=[], log=[], run=None, generated_at=NOW)
    html = render_report(**{**args, **records})
    assert isinstance(html, str)
    return lxml.html.fromstring(html)


def text(element) -> str:
    """An element's text as shown: its pieces (split by <br>, links, blocks) one space apart."""
    return " ".join(" ".join(element.itertext()).split())


def texts(elements) -> list[str]:
    return [text(e) for e in elements]


def checks_cells(doc) -> dict[tuple[str, str, str], str]:
    """(recipient, requirement, fiscal year) -> the text of its cell in the result checks table."""
    table = doc.xpath("//h2[@id='checks']/following-sibling::table[1]")[0]
    header, *rows = table.xpath("./tr")
    years = texts(header.xpath("./th"))[2:]
    cells = {}
    for row in rows:
        recipient, requirement, *by_year = row.xpath("./td")
        requirement_id = requirement.text.strip()
        for year, cell in zip(years, by_year, strict=True):
            cells[(text(recipient), requirement_id, year)] = text(cell)
    return cells


# --- what the page shows --------------------------------------------------------------------------


def test_the_page_has_its_sections_in_order():
    doc = page()
    assert doc.xpath("//title")[0].text == "MPDP review: conclusion, result checks and evidence"
    sections = ["findings", "checks", "indicators", "corrections", "annex", "evidence", "log"]
    assert doc.xpath("//h2/@id") == sections
    assert doc.xpath("//a[starts-with(@href, '#')]/@href") == [f"#{s}" for s in sections]
    assert "Result checks: none." in texts(doc.xpath("//p"))[1]
    assert texts(doc.xpath("//h2[@id='evidence']")) == ["Evidence: 0 activities"]


def test_the_checks_show_status_counts_notes_and_links_to_their_evidence():
    roundtables = [activity(1), activity(2)]
    checks = [
        check("2005/06", CheckStatus.MET, 2, tuple(a.activity_id for a in roundtables), note="two listed"),
        check("2006/07", CheckStatus.DELAYED, 1, note="one postponed"),
        check("2004/05", CheckStatus.NOT_DUE, 0, expected_count=None),
        check("2005/06", CheckStatus.NOT_MET, 0, recipient="IGC", requirement_id="IGC-PLAN", output="plan"),
    ]
    doc = page(activities=roundtables, checks=checks)

    assert checks_cells(doc) == {
        ("IGC", "IGC-PLAN", "2004/05"): "",
        ("IGC", "IGC-PLAN", "2005/06"): "not_met 0/2",
        ("IGC", "IGC-PLAN", "2006/07"): "",
        ("MPI", "MPI-ROUNDTABLES", "2004/05"): "not_due 0",
        ("MPI", "MPI-ROUNDTABLES", "2005/06"): "met 2/2 two listed 01abab 02abab",
        ("MPI", "MPI-ROUNDTABLES", "2006/07"): "delayed 1/2 one postponed",
    }
    assert "Result checks: 1 delayed, 1 met, 1 not_due, 1 not_met." in texts(doc.xpath("//p"))[1]
    assert texts(doc.xpath("//span[@class='muted']")) == ["plan: 2 a year", "roundtables: 2 a year"]
    met = doc.xpath("//td[b='met']")[0]
    assert met.get("style") == "background:#cdeccd" and met.get("title") == "two listed"
    # every evidence link lands on the activity's row in the evidence table
    links = met.xpath(".//a/@href")
    assert links == [f"#a-{a.activity_id}" for a in roundtables]
    assert [doc.get_element_by_id(link[1:]).xpath("./td[4]")[0].text for link in links] == ["Roundtable on return"] * 2
    assert texts(doc.xpath("//p[@class='legend']/span")) == [s.value for s in (
        CheckStatus.MET, CheckStatus.PARTIALLY_MET, CheckStatus.DELAYED, CheckStatus.NOT_MET, CheckStatus.NOT_DUE,
        CheckStatus.UNKNOWN)]  # fmt: skip


def test_the_annex_counts_and_bars_per_recipient():
    annex = [
        AnnexRow("MPI", "2005/06", Kind.ROUNDTABLE, 2, ("01ab", "02ab")),
        AnnexRow("MPI", "2005/06", Kind.WORKSHOP, 2, ("03ab", "04ab")),
        AnnexRow("MPI", "2006/07", Kind.ROUNDTABLE, 1, ("05ab",)),
        AnnexRow("IGC", "2004/05", Kind.REPORT, 0, ()),  # a year with nothing counted draws no bar, and no error
    ]
    doc = page(annex=annex)
    assert texts(doc.xpath("//h3")) == ["IGC", "MPI"]
    counts, bars = doc.xpath("//h3[.='MPI']/following-sibling::table")[:2]
    assert [texts(tr.xpath("./*")) for tr in counts.xpath("./tr")] == [
        ["kind", "2005/06", "2006/07"],
        ["roundtable", "2", "1"],
        ["workshop", "2", ""],
    ]
    assert counts.xpath("./tr[2]/td[1]/@title") == ["01ab 02ab"]
    assert [texts(tr.xpath("./td")) for tr in bars.xpath("./tr")[1:]] == [["2005/06", "4"], ["2006/07", "1"]]
    assert bars.xpath(".//span[@class='bar']/@style") == ["width:200px", "width:50px"]
    assert doc.xpath("//h3[.='IGC']/following-sibling::table[2]//span[@class='bar']/@style") == ["width:0px"]


def test_the_evidence_rows_give_source_page_or_locator_snippet_and_confidence():
    found = activity(1, snippet="x" * 300)
    located = activity(2, page=None, locator="table 3, row 2", location=None, fiscal_year=None)
    doc = page(activities=[located, found])
    rows = doc.xpath("//h2[@id='evidence']/following-sibling::table[1]/tr")[1:]
    assert [row.get("id") for row in rows] == [f"a-{found.activity_id}", f"a-{located.activity_id}"]  # by date
    assert texts(rows[1].xpath("./td")) == [
        "MPI", "", "roundtable", "Roundtable on return", "May 2005", "",
        "annual-2.pdf table 3, row 2 The roundtable met in Bern.", "activities.roundtable", "0.88",
    ]  # fmt: skip
    assert rows[0].xpath(".//a/@href") == ["https://mpi.example/reports/annual-1.pdf#page=1"]  # at its page
    # an HTML page: a text fragment that scrolls to the snippet
    assert rows[1].xpath(".//a/@href") == [
        "https://mpi.example/reports/annual-2.pdf#:~:text=The%20roundtable%20met%20in%20Bern."
    ]
    assert texts(rows[0].xpath("./td[7]")) == ["annual-1.pdf p. 1 " + "x" * 240]


def test_the_conclusion_opens_the_page_with_its_exceptions_linked_to_evidence():
    findings = [
        Finding(1, FindingKind.OVERALL, None, None, None, ("2005/06",), "Every required output was delivered.", ()),
        Finding(2, FindingKind.RECIPIENT, "MPI", None, None, ("2005/06",), "MPI delivered, except X.", ()),
        Finding(3, FindingKind.EXCEPTION, "MPI", "MPI-ROUNDTABLES", CheckStatus.DELAYED, ("2005/06",), "X: delayed.",
                (activity(1).activity_id,)),
    ]  # fmt: skip
    doc = page(findings=findings, activities=[activity(1)])
    assert texts(doc.xpath("//p[@class='conclusion']")) == ["Every required output was delivered."]
    assert texts(doc.xpath("//h2[@id='findings']/following-sibling::ul[1]/li")) == [
        f"MPI delivered, except X. X: delayed. Evidence: {activity(1).activity_id[:6]}"
    ]
    assert doc.xpath("//h2[@id='findings']/following-sibling::ul[1]//a/@href") == [f"#a-{activity(1).activity_id}"]


def test_indicators_show_figures_notes_and_a_chart_with_its_text_alternative():
    rows = [
        Indicator("RCM", "2004/05", IntendedResult.EXCHANGE, "meetings", "meetings", 3, (activity(1).activity_id,)),
        Indicator("RCM", "2005/06", IntendedResult.EXCHANGE, "meetings", "meetings", None, (), "not reported: why"),
    ]
    doc = page(indicators=rows)
    (table,) = doc.xpath("//table[@id='indicators-RCM']")
    cells = [text(td) for td in table.xpath("./tr[2]/td")]
    assert cells[:3] == ["exchange", f"3 {activity(1).activity_id[:6]}", "— not reported: why"]
    (svg,) = table.xpath(".//svg")
    assert texts(svg.xpath("./desc")) == ["2004/05: 3; 2005/06: not reported"]
    assert [r.get("class") for r in svg.xpath("./rect")] == [None, "missing"]


def test_corrections_in_force_and_the_ones_that_are_not():
    def correction(line, action, status, **changes):
        fields = dict(
            line=line, action=action, activity_id="ab" * 32, recipient=None, kind=None, title=None, start_date=None,
            source_url=None, page=None, snippet=None, field=None, value=None, previous=None, reason="why",
            reviewer="A. Reviewer", date=dt.date(2008, 1, 15), status=status, note="",
        )  # fmt: skip
        return Correction(**{**fields, **changes})

    corrections = [
        correction(2, CorrectionAction.FIX, CorrectionStatus.APPLIED, field="title", value="B", previous="A"),
        correction(3, CorrectionAction.SUPPRESS, CorrectionStatus.ACTIVITY_MISSING, note="no activity"),
    ]
    doc = page(corrections=corrections, activities=[activity(1, activity_id="ab" * 32, title="B")])
    rows = doc.xpath("//h2[@id='corrections']/following-sibling::table[1]/tr")[1:]
    assert [text(r.xpath("./td[last()]")[0]) for r in rows] == ["in force", "activity_missing no activity"]
    assert rows[0].xpath(".//a/@href") == ["#a-" + "ab" * 32]
    assert doc.get_element_by_id("a-" + "ab" * 32) is not None  # the link lands on the corrected activity
    # the corrected activity out of the page's scope: the correction is listed, with no link that leads nowhere
    doc = page(corrections=corrections, activities=[activity(1, activity_id="ab" * 32)], recipients=["IGC"])
    rows = doc.xpath("//h2[@id='corrections']/following-sibling::table[1]/tr")[1:]
    assert len(rows) == 2 and not rows[0].xpath(".//a")


def test_the_log_shows_this_run_only_with_its_problems_in_full():
    run = RunRecord("run-2", AT, AT, None, RunStatus.COMPLETED_WITH_ERRORS, 13, 2, 85, 1, 1, "0.1.0")
    log = [
        log_entry("run-1", Stage.CRAWL, LogStatus.ERROR, LogCode.HTTP_TIMEOUT, "an older run"),
        log_entry("run-2", Stage.CRAWL, LogStatus.OK, LogCode.FETCHED),
        log_entry("run-2", Stage.CRAWL, LogStatus.OK, LogCode.FETCHED),
        log_entry("run-2", Stage.CRAWL, LogStatus.WARNING, LogCode.HTTP_TIMEOUT, "timed out twice"),
    ]
    doc = page(log=log, run=run)
    assert texts(doc.xpath("//p[@class='muted']")) == [
        "Generated 2026-01-02 03:04 UTC. Run run-2 (completed_with_errors): 13 documents seen, 2 changed, "
        "85 activities, 1 warnings, 1 errors."
    ]
    summary, problems = doc.xpath("//h2[@id='log']/following-sibling::table")
    assert [texts(tr.xpath("./td")) for tr in summary.xpath("./tr")[1:]] == [
        ["crawl", "ok", "fetched", "2"],
        ["crawl", "warning", "http.timeout", "1"],
    ]
    assert [texts(tr.xpath("./td")) for tr in problems.xpath("./tr")[1:]] == [
        ["crawl", "warning", "http.timeout", "https://mpi.example/x.pdf", "timed out twice", advice("http.timeout")]
    ]


# --- only what the review is about, readable at 1280 px -------------------------------------------------------


def test_the_page_shows_only_the_configured_recipients_and_the_years_in_scope():
    """Issue 12, item 7: a crawl of IGC alone shows no MPI or RCM row, and no column of a year out of scope."""
    records = {}
    for recipient in ("IGC", "MPI", "RCM"):
        for n, year in enumerate(("1999/00", "2005/06", "2006/07", "2026/27"), start=1):
            tag, aid = f"{recipient}{n}", f"{recipient}{n}".ljust(16, "x")
            records.setdefault("activities", []).append(
                activity(n, activity_id=aid, recipient=recipient, fiscal_year=year, title=tag)
            )
            records.setdefault("checks", []).append(
                check(year, CheckStatus.MET, 1, (aid,), recipient=recipient,
                      requirement_id=f"{recipient}-PLAN")
            )  # fmt: skip
            records.setdefault("annex", []).append(AnnexRow(recipient, year, Kind.MEETING, 1, (aid,)))
            records.setdefault("indicators", []).append(
                Indicator(recipient, year, IntendedResult.EXCHANGE, "meetings", "meetings", 1, (aid,))
            )
        records.setdefault("findings", []).extend([
            Finding(2, FindingKind.RECIPIENT, recipient, None, None, ("2005/06",), f"{recipient} delivered.", ()),
            Finding(3, FindingKind.EXCEPTION, recipient, f"{recipient}-PLAN", CheckStatus.DELAYED, ("1999/00",),
                    f"{recipient} plan delayed in 1999/00.", ()),
        ])  # fmt: skip
    records["findings"].insert(0, Finding(1, FindingKind.OVERALL, None, None, None, (), "All delivered.", ()))
    undated = activity(9, activity_id="IGC9".ljust(16, "x"), recipient="IGC", fiscal_year=None, start_date=None)
    records["activities"].append(undated)
    scope = years_in_scope("2005/06", dt.date(2007, 1, 31))
    assert scope == ["2005/06", "2006/07"]
    everything = page(**records)
    assert {k[0] for k in checks_cells(everything)} == {"IGC", "MPI", "RCM"}  # None: as before, all of it

    doc = page(**records, recipients=["IGC"], fiscal_years=scope)
    cells = checks_cells(doc)
    assert {(r, y) for r, _, y in cells} == {("IGC", "2005/06"), ("IGC", "2006/07")}
    assert texts(doc.xpath("//h2[@id='checks']/following-sibling::table[1]/tr[1]/th"))[2:] == scope
    assert texts(doc.xpath("//h3")) == ["IGC"]
    assert texts(doc.xpath("//h3[.='IGC']/following-sibling::table[1]/tr[1]/th"))[1:] == scope
    assert doc.xpath("//table[starts-with(@id, 'indicators-')]/caption/text()") == ["IGC"]
    assert texts(doc.xpath("//table[@id='indicators-IGC']/tr[1]/th"))[2:-1] == scope
    evidence = doc.xpath("//h2[@id='evidence']/following-sibling::table[1]/tr[@id]")
    assert {text(tr.xpath("./td[1]")[0]) for tr in evidence} == {"IGC"}
    assert sorted(text(tr.xpath("./td[2]")[0]) for tr in evidence) == ["", "2005/06", "2006/07"]  # undated kept
    assert texts(doc.xpath("//h2[@id='findings']/following-sibling::ul[1]/li")) == ["IGC delivered."]
    assert "Result checks: 2 met." in texts(doc.xpath("//p"))[1]
    html = lxml.html.tostring(doc, encoding="unicode")
    assert "MPI" not in html and "RCM" not in html and "1999/00" not in html and "2026/27" not in html
    ids = {tr.get("id") for tr in evidence}
    assert {href[1:] for href in doc.xpath("//a[starts-with(@href, '#a-')]/@href")} <= ids  # every link lands


def test_a_report_of_the_sample_for_igc_alone(sample_out):
    def records(name, record):
        table = read_table(sample_out, name)
        return [] if table is None else table_to_records(table, record)

    checks = records("result_checks", ResultCheck)
    scope = years_in_scope("2004/05", dt.date(2006, 3, 31), checks)
    html = render_report(
        activities=published_activities(sample_out), annex=records("annex", AnnexRow), checks=checks, log=[],
        run=None, generated_at=NOW, findings=records("findings", Finding), indicators=records("indicators", Indicator),
        recipients=["IGC"], fiscal_years=scope,
    )  # fmt: skip
    doc = lxml.html.fromstring(html)
    cells = checks_cells(doc)
    assert cells and {(r, y) for r, _, y in cells} <= {("IGC", "2004/05"), ("IGC", "2005/06")}
    assert not [r for r, _, _ in cells if r in ("MPI", "RCM")]
    assert texts(doc.xpath("//h3")) == ["IGC"]
    assert doc.xpath("//table[starts-with(@id, 'indicators-')]/caption/text()") == ["IGC"]
    rows = doc.xpath("//h2[@id='evidence']/following-sibling::table[1]/tr[@id]")
    assert rows and {text(tr.xpath("./td[1]")[0]) for tr in rows} == {"IGC"}
    assert {text(tr.xpath("./td[2]")[0]) for tr in rows} <= {"", *scope}
    # the years before the first in scope are there without it: the scope is what removes them
    assert years_in_scope(None, dt.date(2006, 3, 31), checks)[0] == "2003/04"


def test_wide_tables_scroll_inside_the_page_and_the_matrix_keeps_its_first_columns():
    """Readable at 1280 px: no table makes the page wider than the window; the check matrix scrolls by itself,
    its recipient and output columns sticky, its cells compact."""
    years = [f"{y}/{(y + 1) % 100:02d}" for y in range(2003, 2026)]  # 23 columns: a config observed until today
    doc = page(checks=[check(y, CheckStatus.MET, 2, note="two listed") for y in years])
    style = doc.xpath("//style")[0].text
    assert "table.scroll{display:block;max-width:100%;overflow-x:auto}" in style
    assert "position:sticky" in style and "table.matrix tr>:first-child" in style
    for table in doc.xpath("//table"):
        is_two_columns = len(table.xpath("./tr[1]/*")) <= 2
        assert "scroll" in (table.get("class") or "").split() or is_two_columns, lxml.html.tostring(table)[:80]
    matrix = doc.xpath("//h2[@id='checks']/following-sibling::table[1]")[0]
    assert matrix.get("class").split() == ["matrix", "scroll"]
    assert len(matrix.xpath("./tr[1]/th")) == 2 + len(years)


# --- nothing from a document becomes markup ---------------------------------------------------------


def test_a_title_with_a_script_tag_is_escaped():
    hostile = activity(
        1, title=f"Roundtable {SCRIPT}", snippet=f'"><img src=x onerror=alert(1)> {SCRIPT}',
        location="Bern <b>&</b>", locator="x", page=None, date_text="'May' 2005",
    )  # fmt: skip
    annex = [AnnexRow("MPI", "2005/06", Kind.ROUNDTABLE, 1, (f'"{SCRIPT}',))]
    checks = [check("2005/06", CheckStatus.MET, 1, (f"'>{SCRIPT}",), note=f"' onmouseover='alert(1) {SCRIPT}")]
    html = render_report(activities=[hostile], annex=annex, checks=checks, log=[], run=None, generated_at=NOW)

    assert "<script" not in html.lower() and "<img" not in html and "<b>&" not in html
    doc = lxml.html.fromstring(html)
    assert not doc.xpath("//script | //img | //td//b[not(parent::td)] | //*[@onerror or @onmouseover]")
    row = doc.get_element_by_id(f"a-{hostile.activity_id}")
    assert row.xpath("./td[4]")[0].text == f"Roundtable {SCRIPT}"  # shown as text, as the document wrote it
    assert row.xpath("./td[6]")[0].text == "Bern <b>&</b>"
    assert row.xpath(".//div[@class='snip']")[0].text == hostile.snippet
    assert doc.xpath("//td[b='met']/@title") == [checks[0].note]
    assert doc.xpath("//td[b='met']//a/@href") == [f"#a-'>{SCRIPT}"]
    assert doc.xpath("//td[@class='n']/@title")[0] == f'"{SCRIPT}'


def test_autoescape_is_on_for_the_template():
    assert ENVIRONMENT.from_string("{{ x }}").render(x=SCRIPT) == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"


# --- the sample, through the stages -------------------------------------------------------------------


def test_the_report_stage_renders_every_check_of_the_sample(sample_out):
    path = report_stage(sample_out, now=NOW)
    assert path == sample_out / "report" / "index.html"
    doc = lxml.html.fromstring(path.read_text(encoding="utf-8"))
    checks = table_to_records(read_table(sample_out, "result_checks"), ResultCheck)
    assert len(checks) == 60

    cells = checks_cells(doc)
    for c in checks:
        expected = f"{c.observed_count}" if c.expected_count is None else f"{c.observed_count}/{c.expected_count}"
        label = "none required" if (c.status, c.observed_count) == ("met", 0) else c.status
        assert cells[(c.recipient, c.requirement_id, c.fiscal_year)].startswith(f"{label} {expected}"), c
        assert c.note, c  # every cell says why
    assert cells[("IGC", "IGC-MGMT-PLAN", "2003/04")] == "none required 0/0 none required: required from 2004/05"
    assert cells[("IGC", "IGC-STRATEGY-DOCS", "2006/07")].startswith("none required 0 none required: as required")
    assert sum(bool(text) for text in cells.values()) == len(checks)
    assert cells[("MPI", "MPI-ROUNDTABLES", "2004/05")].startswith("delayed")

    activities = doc.xpath("//h2[@id='evidence']/following-sibling::table[1]/tr[@id]")
    assert texts(doc.xpath("//h2[@id='evidence']")) == [f"Evidence: {len(activities)} activities"]
    assert len(activities) == 85
    ids = {row.get("id") for row in activities}
    evidence = doc.xpath("//h2[@id='checks']/following-sibling::table[1]//a/@href")
    assert evidence and {href[1:] for href in evidence} <= ids  # every evidence link resolves
    assert texts(doc.xpath("//h3")) == ["IGC", "MPI", "RCM"]
    # the conclusion first, in plain words, as the review reads
    assert texts(doc.xpath("//p[@class='conclusion']")) == [
        "Every required output of IGC, MPI and RCM was delivered in every fiscal year from 2003/04 to 2006/07, "
        "except the MPI roundtables organised through MPI, delayed in 2004/05 and 2006/07."
    ]
    # intended results: one table per recipient, each figure linked to its evidence, a chart with a text alternative
    assert doc.xpath("//table[starts-with(@id, 'indicators-')]/caption/text()") == ["IGC", "MPI", "RCM"]
    links = doc.xpath("//table[starts-with(@id, 'indicators-')]//a/@href")
    assert links and {href[1:] for href in links} <= ids
    for svg in doc.xpath("//svg"):
        labelled = svg.get("aria-labelledby").split()
        assert svg.get("role") == "img" and all(doc.xpath(f"//*[@id='{i}']") for i in labelled)
    assert texts(doc.xpath("//p[preceding-sibling::h2[1][@id='corrections']]")) == ["No corrections in force."]
    assert path.stat().st_mode & 0o777 == 0o644


# --- the template is package data ----------------------------------------------------------------------


def test_the_template_is_loaded_from_the_package():
    packaged = resources.files("mpdp_pipeline") / "templates" / TEMPLATE
    assert packaged.is_file()
    assert Path(ENVIRONMENT.get_template(TEMPLATE).filename).resolve() == Path(str(packaged)).resolve()


@pytest.mark.slow
def test_the_report_renders_from_an_installed_wheel(installed, tmp_path):
    """The wheel as test_wheel.py builds and installs it, rendering from a folder outside the clone."""
    script = (
        "import datetime as dt, mpdp_pipeline.report as r\n"
        "print(r.ENVIRONMENT.get_template(r.TEMPLATE).filename)\n"
        "records = dict(activities=[], annex=[], checks=[], log=[], run=None)\n"
        "html = r.render_report(**records, generated_at=dt.datetime(2026, 1, 2))\n"
        "print(html)"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run([installed / "python", "-c", script], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    filename, html = done.stdout.split("\n", 1)
    assert Path(filename).parts[-3:] == ("mpdp_pipeline", "templates", TEMPLATE)
    assert Path(filename).is_relative_to(installed.parent) and not Path(filename).is_relative_to(ROOT)
    assert "<h2 id=checks>Result checks</h2>" in html and "Generated 2026-01-02 00:00 UTC." in html
    (wheel,) = installed.parent.parent.glob("dist/*.whl")
    assert f"mpdp_pipeline/templates/{TEMPLATE}" in zipfile.ZipFile(wheel).namelist()
