import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from mpdp_pipeline.extractors.activities import activity_id

from mpdp_pipeline.checks import (
    activities_to_annex,
    assign_evidence,
    evaluate_requirements,
    parse_expected,
    parse_requirements,
)
from mpdp_pipeline.errors import ConfigError
from mpdp_pipeline.fiscal import fiscal_year
from mpdp_pipeline.schemas import Activity, ActivityStatus

ROOT = Path(__file__).resolve().parents[1]
REQUIREMENTS = parse_requirements((ROOT / "config" / "requirements.csv").read_text(encoding="utf-8"))
END_OF_FIELDWORK = dt.date(2008, 1, 31)


def act(recipient: str, kind: str, title: str, day: dt.date) -> Activity:
    return Activity(
        activity_id=activity_id(recipient, kind, day, title), recipient=recipient, kind=kind, title=title,
        date_text=str(day), start_date=day, end_date=day, date_precision="day", fiscal_year=fiscal_year(day),
        location=None, country=None, participants=(), authors=(), publisher=None, language="en", doc_id="d" * 64,
        source_url="file:///x", page=1, locator=None, snippet=title, extractor="test", confidence=0.9,
    )  # fmt: skip


def statuses(checks, requirement_id):
    return {c.fiscal_year: c.status for c in checks if c.requirement_id == requirement_id}


def test_requirements_file_matches_the_shared_spec(shared_dir):
    shared = parse_requirements((shared_dir / "spec" / "contribution_agreements.csv").read_text(encoding="utf-8"))
    assert shared == REQUIREMENTS


@pytest.mark.parametrize(
    ("expected", "per_year", "from_year"),
    [("annual", 1, None), ("semi-annual", 2, None), ("semi-annual or annual", 1, None),
     ("as required", None, None), ("annual from 2004/05", 1, "2004/05")],
)  # fmt: skip
def test_parse_expected(expected, per_year, from_year):
    e = parse_expected(expected)
    assert (e.per_year, e.from_year) == (per_year, from_year)


def test_unknown_expected_value_is_a_config_error():
    with pytest.raises(ConfigError, match="fortnightly"):
        parse_expected("fortnightly")


def test_mini_full_round_is_not_a_full_round():
    mini = act("IGC", "meeting", "Mini-Full Round", dt.date(2005, 10, 1))
    full = act("IGC", "meeting", "Full Round", dt.date(2006, 5, 1))
    evidence = assign_evidence(REQUIREMENTS, [mini, full])
    assert evidence["IGC-MINI-FULL-ROUND"] == [mini]
    assert evidence["IGC-FULL-ROUND"] == [full]


def test_rcgm_meeting_named_after_the_conference_counts_as_rcgm():
    a = act(
        "RCM",
        "meeting",
        "Meeting of the Regional Consultation Group on Migration of the Regional Conference on Migration",
        dt.date(2005, 6, 1),
    )
    evidence = assign_evidence(REQUIREMENTS, [a])
    assert evidence["RCM-RCGM"] == [a] and "RCM-VICE-MINISTERIAL" not in evidence


def test_late_roundtables_are_delayed_not_missed():
    roundtables = [
        act("MPI", "roundtable", "Roundtable on A", dt.date(2003, 10, 1)),
        act("MPI", "roundtable", "Roundtable on B", dt.date(2005, 5, 1)),
        act("MPI", "roundtable", "Roundtable on C", dt.date(2005, 11, 1)),
        act("MPI", "roundtable", "Roundtable on D", dt.date(2007, 6, 1)),
        act("MPI", "roundtable", "Roundtable on E", dt.date(2007, 11, 1)),
    ]
    # MPI's reports cover every year: a year without a roundtable is a shortfall, not a gap in the record
    reports = [act("MPI", "publication", f"Report {y}", dt.date(y, 9, 1)) for y in range(2003, 2008)]
    checks = evaluate_requirements(
        REQUIREMENTS, roundtables + reports, observed_until=END_OF_FIELDWORK, first_fiscal_year="2003/04"
    )
    assert statuses(checks, "MPI-ROUNDTABLES") == {
        "2003/04": "met", "2004/05": "delayed", "2005/06": "met", "2006/07": "delayed", "2007/08": "met",
    }  # fmt: skip


def test_shortfall_never_made_up_is_not_met_or_partial():
    steering = [act("IGC", "meeting", "Steering Group meeting", dt.date(2004, 6, 1))]
    covering = [act("IGC", "meeting", "Full Round", dt.date(y, 6, 1)) for y in (2003, 2005, 2006, 2007)]
    checks = evaluate_requirements(
        REQUIREMENTS, steering + covering, observed_until=END_OF_FIELDWORK, first_fiscal_year="2003/04"
    )
    got = statuses(checks, "IGC-STEERING")
    assert got["2003/04"] == "not_met"
    assert got["2004/05"] == "partially_met"
    assert got["2007/08"] == "not_due"  # the year is not over on 31 January 2008
    notes = {c.fiscal_year: c.note for c in checks if c.requirement_id == "IGC-STEERING"}
    assert notes["2003/04"] == "none of 2 found, though documents cover IGC in 2003/04"
    assert notes["2004/05"] == "1 of 2 found; the rest not delivered by 2008-01-31"
    assert notes["2007/08"] == "year in progress: 0 of 2 by 2008-01-31"


def test_a_year_no_document_covers_is_unknown_not_reported_never_not_met():
    steering = [act("IGC", "meeting", "Steering Group meeting", dt.date(y, m, 1)) for y in (2003, 2005) for m in (6, 9)]
    checks = evaluate_requirements(
        REQUIREMENTS, steering, observed_until=dt.date(2006, 3, 31), first_fiscal_year="2003/04"
    )
    assert statuses(checks, "IGC-STEERING") == {"2003/04": "met", "2004/05": "unknown", "2005/06": "met"}
    unknown = next(c for c in checks if c.requirement_id == "IGC-STEERING" and c.fiscal_year == "2004/05")
    assert unknown.note == "not reported: no document covers IGC in 2004/05"
    # a cancelled meeting is no evidence, but its listing covers the year: the shortfall is real
    cancelled = replace(act("IGC", "meeting", "Full Round", dt.date(2004, 6, 1)), status=ActivityStatus.CANCELLED)
    checks = evaluate_requirements(
        REQUIREMENTS, [*steering, cancelled], observed_until=dt.date(2006, 3, 31), first_fiscal_year="2003/04"
    )
    assert statuses(checks, "IGC-STEERING")["2004/05"] == "not_met"


def test_every_cell_has_a_note_saying_why():
    plan = act("IGC", "report", "IGC Management Plan 2005", dt.date(2004, 6, 1))
    checks = evaluate_requirements(REQUIREMENTS, [plan], observed_until=END_OF_FIELDWORK, first_fiscal_year="2003/04")
    assert all(c.note for c in checks)


@pytest.mark.parametrize(
    ("observed_until", "status"),
    [(dt.date(2005, 3, 30), "not_due"), (dt.date(2005, 3, 31), "not_met"), (dt.date(2005, 4, 1), "not_met")],
)
def test_a_fiscal_year_is_judged_from_its_last_day_31_march(observed_until, status):
    covering = act("IGC", "meeting", "Full Round", dt.date(2004, 4, 1))  # 1 April: the first day of 2004/05
    checks = evaluate_requirements(REQUIREMENTS, [covering], observed_until=observed_until, first_fiscal_year="2004/05")
    assert statuses(checks, "IGC-STEERING")["2004/05"] == status


def test_an_activity_on_31_march_counts_in_the_year_ending_then_and_1_april_in_the_next():
    last_day = act("MPI", "roundtable", "Roundtable on A", dt.date(2005, 3, 31))
    first_day = act("MPI", "roundtable", "Roundtable on B", dt.date(2005, 4, 1))
    checks = evaluate_requirements(
        REQUIREMENTS, [last_day, first_day], observed_until=dt.date(2006, 3, 31), first_fiscal_year="2004/05"
    )
    evidence = {c.fiscal_year: c.evidence for c in checks if c.requirement_id == "MPI-ROUNDTABLES"}
    assert evidence == {"2004/05": (last_day.activity_id,), "2005/06": (first_day.activity_id,)}
    assert statuses(checks, "MPI-ROUNDTABLES") == {"2004/05": "met", "2005/06": "met"}


def test_an_activity_after_the_evidence_ends_is_not_counted():
    late = act("MPI", "roundtable", "Roundtable on A", dt.date(2005, 2, 1))
    checks = evaluate_requirements(
        REQUIREMENTS, [late], observed_until=dt.date(2005, 1, 31), first_fiscal_year="2004/05"
    )
    assert statuses(checks, "MPI-ROUNDTABLES") == {"2004/05": "not_due"}


def test_management_plan_not_due_before_2004_05_and_as_required_outputs():
    plan = act("IGC", "report", "IGC Management Plan 2005", dt.date(2004, 6, 1))
    review = act("IGC", "report", "Strategic Review: An Outlook", dt.date(2004, 9, 1))
    checks = evaluate_requirements(
        REQUIREMENTS, [plan, review], observed_until=END_OF_FIELDWORK, first_fiscal_year="2003/04"
    )
    before = next(c for c in checks if c.requirement_id == "IGC-MGMT-PLAN" and c.fiscal_year == "2003/04")
    assert (before.status, before.observed_count, before.expected_count) == ("met", 0, 0)
    assert before.note == "none required: required from 2004/05"
    assert statuses(checks, "IGC-MGMT-PLAN")["2004/05"] == "met"
    strategy = {c.fiscal_year: c for c in checks if c.requirement_id == "IGC-STRATEGY-DOCS"}
    assert strategy["2004/05"].status == "met" and strategy["2004/05"].note == "as required: 1 found"
    # a past year of an "as required" output with none: "none required", not not_due
    assert (strategy["2005/06"].status, strategy["2005/06"].observed_count) == ("met", 0)
    assert strategy["2005/06"].note.startswith("none required")
    # the year in progress is not judged yet
    assert strategy["2007/08"].status == "not_due"
    evidence = {c.fiscal_year: c.evidence for c in checks if c.requirement_id == "IGC-STRATEGY-DOCS"}
    assert evidence["2004/05"] == (review.activity_id,)


def test_years_after_the_evidence_ends_are_not_due():
    checks = evaluate_requirements(REQUIREMENTS, [], observed_until=dt.date(2006, 5, 1), first_fiscal_year="2005/06")
    years = {c.fiscal_year for c in checks}
    assert years == {"2005/06", "2006/07"}
    assert {c.status for c in checks if c.fiscal_year == "2006/07"} == {"not_due"}


def test_annex_counts_per_recipient_year_and_kind():
    rows = [
        act("IGC", "meeting", "Full Round", dt.date(2005, 5, 1)),
        act("IGC", "meeting", "Steering Group", dt.date(2005, 9, 1)),
        act("IGC", "meeting", "Steering Group", dt.date(2006, 5, 1)),
        act("RCM", "seminar", "Seminario", dt.date(2005, 5, 1)),
    ]
    annex = {(r.recipient, r.fiscal_year, r.kind): r.count for r in activities_to_annex(rows)}
    assert annex == {
        ("IGC", "2005/06", "meeting"): 2,
        ("IGC", "2006/07", "meeting"): 1,
        ("RCM", "2005/06", "seminar"): 1,
    }


def test_requirements_file_errors_name_the_problem():
    with pytest.raises(ConfigError, match="missing column"):
        parse_requirements("requirement_id,recipient\nX,IGC\n")
