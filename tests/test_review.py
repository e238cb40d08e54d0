"""The review reproduced: the conclusion (`findings`), the intended results (`indicators`) and the reviewers'
corrections, as pure functions and through `checks_stage`."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from mpdp_pipeline.extractors.identity import activity_id
from test_checks import END_OF_FIELDWORK, REQUIREMENTS, act

from mpdp_pipeline.checks import evaluate_requirements
from mpdp_pipeline.config import DEFAULT_CORRECTIONS, ChecksConfig
from mpdp_pipeline.corrections import EXTRACTOR, apply_corrections, parse_corrections, read_corrections
from mpdp_pipeline.errors import ConfigError
from mpdp_pipeline.findings import conclude, output_name
from mpdp_pipeline.indicators import compute_indicators
from mpdp_pipeline.schemas import CorrectionStatus, FindingKind, Kind, table_to_records
from mpdp_pipeline.stages import checks_stage
from mpdp_pipeline.tables import read_table

YEARS = ["2003/04", "2004/05", "2005/06", "2006/07", "2007/08"]
HEADER = "action,activity_id,recipient,kind,title,start_date,source_url,page,snippet,field,value,reason,reviewer,date\n"


def delivered() -> list:
    """Every required output of the sample's requirements in every year, the MPI roundtables late, as the review
    found them: none in 2004/05 and 2006/07, two in the years after."""
    rows = []
    for y in range(2003, 2008):
        rows += [
            act("IGC", "meeting", "Steering Group meeting", dt.date(y, 5, 1)),
            act("IGC", "meeting", "Steering Group meeting", dt.date(y, 11, 1)),
            act("IGC", "meeting", "Full Round", dt.date(y, 6, 1)),
            act("IGC", "meeting", "Mini-Full Round", dt.date(y, 10, 1)),
            act("IGC", "working_group", "Working Group on Asylum", dt.date(y, 9, 1)),
            act("IGC", "report", f"IGC Management Plan {y + 1}", dt.date(y, 12, 1)),
            act("RCM", "conference", "Regional Conference on Migration", dt.date(y, 5, 10)),
            act("RCM", "meeting", "Regional Consultation Group on Migration", dt.date(y, 6, 10)),
            act("RCM", "meeting", "Regional Consultation Group on Migration", dt.date(y, 11, 10)),
            act("MPI", "publication", f"Migration report {y}", dt.date(y, 8, 1)),
        ]
    rows += [act("MPI", "roundtable", f"Roundtable {d}", d) for d in
             (dt.date(2003, 10, 1), dt.date(2005, 5, 1), dt.date(2005, 11, 1), dt.date(2007, 6, 1),
              dt.date(2007, 11, 1))]  # fmt: skip
    return [a for a in rows if a.start_date <= END_OF_FIELDWORK]


def checks_of(activities):
    return evaluate_requirements(REQUIREMENTS, activities, observed_until=END_OF_FIELDWORK, first_fiscal_year="2003/04")


# --- findings ---------------------------------------------------------------------------------------


def test_the_conclusion_reads_as_the_review_does():
    findings = conclude(checks_of(delivered()), observed_until=END_OF_FIELDWORK)
    assert [f.line for f in findings] == list(range(1, len(findings) + 1))
    overall = findings[0]
    assert overall.kind == FindingKind.OVERALL and overall.fiscal_years == tuple(YEARS[:4])
    assert overall.text == (
        "Every required output of IGC, MPI and RCM was delivered in every fiscal year from 2003/04 to 2006/07, "
        "except the MPI roundtables organised through MPI, delayed in 2004/05 and 2006/07."
    )
    by_recipient = {f.recipient: f.text for f in findings if f.kind == FindingKind.RECIPIENT}
    assert (
        by_recipient["IGC"]
        == "IGC delivered every required output in every fiscal year that is over (2003/04 to 2006/07)."
    )
    [exception] = [f for f in findings if f.kind == FindingKind.EXCEPTION]
    assert (exception.recipient, exception.requirement_id, exception.status) == ("MPI", "MPI-ROUNDTABLES", "delayed")
    assert exception.fiscal_years == ("2004/05", "2006/07")
    assert exception.text == (
        "Roundtables organised through MPI (MPI-ROUNDTABLES): delayed in 2004/05 (made up in 2005/06) and 2006/07 "
        "(made up in 2007/08)."
    )
    assert exception.evidence  # the roundtables that made up for them


def test_the_conclusion_names_a_missing_output_and_a_year_not_reported():
    steering_2005 = {
        a.activity_id for a in delivered() if a.title == "Steering Group meeting" and a.fiscal_year == "2005/06"
    }
    rcm_2004 = {a.activity_id for a in delivered() if a.recipient == "RCM" and a.fiscal_year == "2004/05"}
    activities = [a for a in delivered() if a.activity_id not in steering_2005 | rcm_2004]
    findings = conclude(checks_of(activities), observed_until=END_OF_FIELDWORK)
    assert findings[0].text == (
        "Every required output of IGC, MPI and RCM was delivered in every fiscal year from 2003/04 to 2006/07, "
        "except the IGC steering group meetings, not delivered in 2005/06; the MPI roundtables organised through MPI, "
        "delayed in 2004/05 and 2006/07; the RCM regional consultation group on migration meetings, not reported in "
        "2004/05; the RCM vice-ministerial conference (annual RCM meeting), not reported in 2004/05."
    )
    exceptions = {f.requirement_id: f.text for f in findings if f.kind == FindingKind.EXCEPTION}
    assert exceptions["IGC-STEERING"] == "Steering Group meetings (IGC-STEERING): not delivered in 2005/06 (0 of 2)."
    assert exceptions["RCM-RCGM"].endswith("not reported in 2004/05 (no document covers the year).")


def test_no_year_over_concludes_nothing():
    [finding] = conclude(checks_of([]), observed_until=dt.date(2003, 6, 1))
    assert finding.text == "No fiscal year is over by 2003-06-01: nothing can be concluded yet."


def test_output_names_keep_acronyms():
    assert output_name("RCM", "Vice-Ministerial Conference (annual RCM meeting)") == (
        "the RCM vice-ministerial conference (annual RCM meeting)"
    )


# --- indicators -------------------------------------------------------------------------------------


def test_indicators_count_with_evidence_and_never_invent_a_figure():
    activities = [
        *delivered(),
        act("MPI", "publication", "Policy brief on return", dt.date(2004, 9, 1)),
        act("RCM", "workshop", "Taller de capacitación", dt.date(2005, 7, 1)),
        dataclasses.replace(
            act("IGC", "meeting", "Full Round", dt.date(2006, 6, 2)), participants=("European Commission",)
        ),
    ]
    rows = compute_indicators(activities, YEARS[:4] + ["2008/09"])
    get = {(r.recipient, r.indicator, r.fiscal_year): r for r in rows}
    publications = get[("MPI", "publications", "2004/05")]
    assert publications.value == 2 and len(publications.evidence) == 2
    assert get[("MPI", "publications.other", "2004/05")].value == 2  # publications by type
    assert get[("RCM", "central_america_assistance", "2005/06")].value == 1
    assert get[("RCM", "central_america_assistance", "2004/05")].value == 0
    assert ("MPI", "central_america_assistance", "2005/06") not in get  # an RCM result only
    meetings = get[("IGC", "meetings", "2005/06")]
    assert meetings.value == 5 and len(meetings.evidence) == 5
    # the EU: named once, in 2006/07; a year that names it nowhere has no figure, and says why
    assert get[("IGC", "eu_links", "2006/07")].value == 1
    assert get[("IGC", "eu_links", "2005/06")].value is None
    assert get[("IGC", "eu_links", "2005/06")].note == "no document names the EU in 2005/06"
    # no document names who took part: no figure
    assert get[("RCM", "participants", "2005/06")].value is None
    # a year no document covers: nothing at all
    gap = get[("IGC", "meetings", "2008/09")]
    assert (gap.value, gap.evidence, gap.note) == (None, (), "not reported: no document covers IGC in 2008/09")


# --- corrections ------------------------------------------------------------------------------------


def test_each_correction_action_and_the_one_whose_activity_vanished():
    wrong = act("MPI", "roundtable", "Roundtable 2004", dt.date(2004, 10, 1))
    typo = act("MPI", "roundtable", "Rundtable 2005", dt.date(2005, 5, 1))
    text = HEADER + "\n".join(
        [
            f"suppress,{wrong.activity_id},,,,,,,,,,a table of contents entry,A. Reviewer,2008-01-15",
            f"fix,{typo.activity_id},,,,,,,,title,Roundtable 2005,title misspelt,A. Reviewer,2008-01-15",
            f"fix,{typo.activity_id},,,,,,,,start_date,2006-03-31,the minutes give the date,A. Reviewer,2008-01-15",
            ",".join(["add", "", "MPI", "roundtable", "Roundtable on return", "2006-11-20", "https://mpi.example/r.pdf",
                      "4", "Roundtable on return held in Bern", "location", "Bern", "scanned page", "B. Reviewer",
                      "2008-01-16"]),
            f"suppress,{'f' * 64},,,,,,,,,,an old row,A. Reviewer,2008-01-15",
        ]
    ) + "\n"  # fmt: skip
    corrections = parse_corrections(text)
    activities, done = apply_corrections([wrong, typo], corrections)
    assert [c.status for c in done] == [
        CorrectionStatus.APPLIED, CorrectionStatus.APPLIED, CorrectionStatus.APPLIED, CorrectionStatus.APPLIED,
        CorrectionStatus.ACTIVITY_MISSING,
    ]  # fmt: skip
    assert [c.line for c in done] == [2, 3, 4, 5, 6]
    assert "no activity has this id" in done[4].note  # reported, never dropped
    fixed, added = activities
    assert wrong.activity_id not in {a.activity_id for a in activities}
    assert (fixed.activity_id, fixed.title, fixed.start_date, fixed.fiscal_year) == (
        typo.activity_id,
        "Roundtable 2005",
        dt.date(2006, 3, 31),
        "2005/06",
    )
    assert done[1].previous == "Rundtable 2005" and done[2].previous == "2005-05-01"
    assert fixed.extractor == EXTRACTOR
    assert [s.extractor for s in fixed.sources] == ["test", EXTRACTOR, EXTRACTOR]
    assert fixed.sources[1].snippet == "title set to 'Roundtable 2005': title misspelt (A. Reviewer, 2008-01-15)"
    assert added.activity_id == activity_id("MPI", "roundtable", dt.date(2006, 11, 20), "Roundtable on return")
    assert done[3].activity_id == added.activity_id
    assert (added.kind, added.location, added.fiscal_year, added.page, added.extractor) == (
        Kind.ROUNDTABLE,
        "Bern",
        "2006/07",
        4,
        EXTRACTOR,
    )
    assert added.sources[-1].snippet == "added: scanned page (B. Reviewer, 2008-01-16)"
    # applied again on the next run, to the same activities: the same result
    again, done_again = apply_corrections([wrong, typo], done)
    assert again == activities and done_again == done


def test_an_add_the_extraction_now_reads_and_invalid_rows_are_reported():
    found = act("MPI", "roundtable", "Roundtable on return", dt.date(2006, 11, 20))
    text = HEADER + (
        "add,,MPI,roundtable,Roundtable on return,2006-11-20,,,,,,scanned page,B. Reviewer,2008-01-16\n"
        f"fix,{found.activity_id},,,,,,,,colour,blue,?,B. Reviewer,2008-01-16\n"
        f"fix,{found.activity_id},,,,,,,,kind,party,?,B. Reviewer,2008-01-16\n"
        f"suppress,{found.activity_id},,,,,,,,,,,B. Reviewer,2008-01-16\n"
    )
    activities, done = apply_corrections([found], parse_corrections(text))
    assert activities == [found]
    assert [c.status for c in done] == [
        CorrectionStatus.ALREADY_PRESENT,
        CorrectionStatus.INVALID,
        CorrectionStatus.INVALID,
        CorrectionStatus.INVALID,
    ]
    assert "field 'colour' cannot be corrected" in done[1].note
    assert done[2].note == "'party' is no value for kind"
    assert done[3].note == "no reason given"


def test_a_corrections_file_with_no_action_column_or_an_unknown_action_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="missing column"):
        parse_corrections("activity_id,reason\n")
    with pytest.raises(ConfigError, match="line|:2: action 'delete'"):
        parse_corrections(HEADER + "delete,x,,,,,,,,,,r,A,2008-01-01\n")
    with pytest.raises(ConfigError, match="not found"):
        read_corrections(tmp_path / "absent.csv")
    assert read_corrections(None) == [] and read_corrections(DEFAULT_CORRECTIONS) == []  # the bundled file: none


def test_checks_stage_applies_corrections_and_publishes_findings_indicators_and_corrections(tmp_path):
    activities = delivered()
    late = next(a for a in activities if a.title == "Roundtable 2005-05-01")
    corrections = tmp_path / "corrections.csv"
    corrections.write_text(
        HEADER
        + f"fix,{late.activity_id},,,,,,,,start_date,2005-03-31,held on 31 March,A. Reviewer,2008-01-15\n"
        + f"suppress,{'e' * 64},,,,,,,,,,gone,A. Reviewer,2008-01-15\n",
        encoding="utf-8",
    )
    settings = ChecksConfig(first_fiscal_year="2003/04", observed_until=END_OF_FIELDWORK, corrections=corrections)
    outcome = checks_stage(tmp_path, settings, today=END_OF_FIELDWORK, activities=activities)
    status = {(c.requirement_id, c.fiscal_year): c.status for c in outcome.checks}
    assert status[("MPI-ROUNDTABLES", "2004/05")] == "met"  # the corrected date moved it into 2004/05
    assert outcome.findings[0].text.endswith("except the MPI roundtables organised through MPI, delayed in 2006/07.")
    assert [c.status for c in outcome.corrections] == [CorrectionStatus.APPLIED, CorrectionStatus.ACTIVITY_MISSING]
    for name, rows in (("findings", outcome.findings), ("indicators", outcome.indicators)):
        table = read_table(tmp_path, name)
        assert table is not None and table.num_rows == len(rows) > 0
    published = read_table(tmp_path, "corrections")
    assert published is not None and published.column("status").to_pylist() == ["applied", "activity_missing"]
    record = outcome.corrections[0]
    assert table_to_records(published, type(record))[0] == record


def test_the_sample_config_uses_the_bundled_corrections():
    assert ChecksConfig().corrections == DEFAULT_CORRECTIONS
    assert Path(DEFAULT_CORRECTIONS).read_text(encoding="utf-8") == HEADER
