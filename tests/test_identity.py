"""Activity identity: which rows are one activity, and every place each was read."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
from dataclasses import replace

import pytest
from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities
from mpdp_pipeline.extractors.identity import activity_id, merge_activities, sources_of

from mpdp_pipeline.schemas import Activity, Block

REPORT = "https://igc.example/reports/annual-report-2005-06.pdf"
EVENTS = "https://igc.example/events.html"
PAGE_EN = "https://rcm.example/en/meetings.html"
PAGE_ES = "https://rcm.example/es/reuniones.html"


def row(
    title: str,
    start: dt.date | None,
    url: str,
    *,
    end: dt.date | None = None,
    kind: str = "meeting",
    recipient: str = "IGC",
    language: str = "en",
    location: str | None = None,
    country: str | None = None,
    page: int | None = None,
    locator: str = "main > table > tr:nth-of-type(1)",
    confidence: float = 0.9,
    doc_id: str | None = None,
) -> Activity:
    """A row as a rule gives it: read once, in one place of one document."""
    return Activity(
        activity_id=activity_id(recipient, kind, start, title), recipient=recipient, kind=kind, title=title,
        date_text=str(start), start_date=start, end_date=end or start, date_precision="day" if start else "unknown",
        fiscal_year=None, location=location, country=country, participants=(), authors=(), publisher=None,
        language=language, doc_id=doc_id or hashlib.sha256(url.encode()).hexdigest(), source_url=url, page=page,
        locator=locator, snippet=f"{title}, {start}", extractor="table.columns", confidence=confidence,
    )  # fmt: skip


def test_one_meeting_in_an_english_and_a_spanish_page_is_one_row_with_two_sources():
    day, end = dt.date(2006, 5, 4), dt.date(2006, 5, 5)
    place = {"recipient": "RCM", "location": "San Salvador, El Salvador", "country": "SV"}
    english = row("Vice-Ministerial Meeting", day, PAGE_EN, end=end, **place)
    spanish = row("Reunión Viceministerial", day, PAGE_ES, end=end, language="es", **place)
    [merged] = merge_activities([english, spanish])
    assert {s.source_url for s in merged.sources} == {PAGE_EN, PAGE_ES}
    assert {s.doc_id for s in merged.sources} == {english.doc_id, spanish.doc_id}


def test_two_events_of_a_day_and_place_in_two_languages_are_not_paired_blindly():
    day = dt.date(2006, 5, 4)
    place = {"recipient": "RCM", "location": "San Salvador, El Salvador", "country": "SV"}
    rows = [
        row("Vice-Ministerial Meeting", day, PAGE_EN, locator="tr:nth-of-type(1)", **place),
        row("Civil Society Consultation", day, PAGE_EN, locator="tr:nth-of-type(2)", **place),
        row("Reunión Viceministerial", day, PAGE_ES, language="es", locator="tr:nth-of-type(1)", **place),
        row("Consulta con la Sociedad Civil", day, PAGE_ES, language="es", locator="tr:nth-of-type(2)", **place),
    ]
    # Same day, same place, two of each: the titles cannot be compared across languages, so nothing says
    # which Spanish row is which English one; four rows rather than one wrong pair.
    assert len(merge_activities(rows)) == 4


def test_an_annual_report_and_an_events_page_are_one_row_with_two_sources():
    report = replace(
        row("Working Group on Asylum", dt.date(2006, 3, 1), REPORT, end=dt.date(2006, 3, 31), page=4,
            locator="72,310,540,330", confidence=0.8),
        date_text="March 2006", date_precision="month",
    )  # fmt: skip
    events = row("IGC Working Group on Asylum meeting", dt.date(2006, 3, 14), EVENTS, end=dt.date(2006, 3, 15),
                 location="Stockholm, Sweden", country="SE")  # fmt: skip
    [merged] = merge_activities([report, events])
    assert merged.start_date == dt.date(2006, 3, 14)  # the day-precise, more confident reading wins
    assert [(s.source_url, s.page) for s in merged.sources] == [(EVENTS, None), (REPORT, 4)]


def test_a_month_long_row_does_not_chain_two_meetings_of_that_month():
    # The month-long row read first (the most confident), so both meetings are compared with it.
    report = row("Working Group on Asylum", dt.date(2006, 3, 1), REPORT, end=dt.date(2006, 3, 31), confidence=0.95)
    first = row("Working Group on Asylum", dt.date(2006, 3, 3), EVENTS, locator="tr:nth-of-type(1)")
    second = row("Working Group on Asylum", dt.date(2006, 3, 20), PAGE_EN)
    merged = merge_activities([report, first, second])
    assert len(merged) == 2
    assert sorted(len(a.sources) for a in merged) == [1, 2]


@pytest.mark.parametrize(
    ("one", "other"),
    [("Finance Committee", "Board of Directors"), ("Board Working Session", "Board Meeting"),
     ("Finance Committee Meeting", "Audit Committee Meeting"), ("Board Meeting", "Electoral Board Meeting")],
)  # fmt: skip
def test_meetings_of_two_bodies_on_one_day_in_one_document_are_two_rows(one, other):
    day = dt.date(2018, 6, 21)
    rows = [row(one, day, EVENTS, locator="tr:nth-of-type(1)"), row(other, day, EVENTS, locator="tr:nth-of-type(2)")]
    merged = merge_activities(rows)
    assert sorted(a.title for a in merged) == sorted([one, other])
    assert all(len(a.sources) == 1 for a in merged)


def test_a_name_and_the_same_name_with_its_acronym_are_one_row():
    """Prose spells the body out with its acronym ("... Enforcement (ACE) met in Geneva"), the annex table without."""
    day, name = dt.date(2009, 6, 16), "Working Group on Admission, Control and Enforcement"
    rows = [row(f"{name} (ACE)", day, EVENTS, locator="p:nth-of-type(4)", location="Geneva"),
            row(name, day, EVENTS, locator="tr:nth-of-type(5)", location="Geneva")]  # fmt: skip
    [merged] = merge_activities(rows)
    assert len(merged.sources) == 2
    # An acronym in brackets that the name does not spell is a second body's.
    other = [row(f"{name} (GDISC)", day, EVENTS, location="Geneva"), row(name, day, EVENTS, location="Geneva")]
    assert len(merge_activities(other)) == 2


def test_two_recordings_of_one_meeting_in_one_document_are_one_row():
    day = dt.date(2016, 11, 30)
    rows = [row("Finance Committee Part I", day, EVENTS, locator="tr:nth-of-type(1)"),
            row("Finance Committee Part II", day, EVENTS, locator="tr:nth-of-type(2)")]  # fmt: skip
    [merged] = merge_activities(rows)
    assert len(merged.sources) == 2


def test_one_activity_twice_in_one_document_is_one_row_with_two_sources(nlp):
    ctx = DocumentContext("IGC", "d" * 64, REPORT, "en")
    header = ("Date", "Meeting", "Venue")
    blocks = [
        Block("The Working Group on Asylum met in Stockholm, Sweden on 14 March 2006.", page=2,
              locator="72,100,500,120", order=0),
        Block("14 March 2006 | Working Group on Asylum | Stockholm, Sweden", kind="table_row", page=5,
              locator="72,300,500,320", cells=("14 March 2006", "Working Group on Asylum", "Stockholm, Sweden"),
              header=header, order=1),
        Block("14 March 2006 | Steering Group meeting | Geneva, Switzerland", kind="table_row", page=5,
              locator="72,330,500,350", cells=("14 March 2006", "Steering Group meeting", "Geneva, Switzerland"),
              header=header, order=2),
    ]  # fmt: skip
    found = {a.title: a for a in blocks_to_activities(blocks, ctx, nlp)}
    assert sorted(found) == ["Steering Group meeting", "Working Group on Asylum"]
    asylum = found["Working Group on Asylum"]
    assert sorted((s.page, s.extractor) for s in asylum.sources) == [(2, "prose.event_verb"), (5, "table.columns")]
    assert [s.page for s in found["Steering Group meeting"].sources] == [5]


def _rows_of_three_documents() -> list[Activity]:
    day = dt.date(2006, 3, 14)
    return [
        row("Working Group on Asylum", day, EVENTS, confidence=0.9),
        row("Working Group on Asylum meeting", day, REPORT, page=4, locator="72,310,540,330", confidence=0.9),
        row("Working Group on Asylum", day, PAGE_EN, location="Stockholm, Sweden", confidence=0.85),
        row("Full Round", dt.date(2006, 5, 2), EVENTS, locator="tr:nth-of-type(2)"),
        row("Full Round of IGC Consultations", dt.date(2006, 5, 2), REPORT, page=2, locator="72,100,540,120"),
    ]


def test_ids_and_rows_do_not_depend_on_the_order_of_documents_or_their_versions():
    rows = _rows_of_three_documents()
    first = merge_activities(rows)
    assert len(first) == 2 and sorted(len(a.sources) for a in first) == [2, 3]
    for order in itertools.permutations(rows):
        assert merge_activities(order) == first
    # A new version of a document (a new doc_id) changes its places, not which row wins or the ids.
    edited = [replace(r, doc_id="0" * 64) if r.source_url == REPORT else r for r in rows]
    assert [a.activity_id for a in merge_activities(reversed(edited))] == [a.activity_id for a in first]


def test_merging_twice_changes_nothing():
    once = merge_activities(_rows_of_three_documents())
    assert merge_activities(once) == once
    assert merge_activities(reversed(once)) == once


def test_every_row_out_of_a_merge_lists_its_places():
    rows = [row("Steering Group meeting", dt.date(2006, 6, 1), EVENTS)]
    [merged] = merge_activities(rows)
    assert merged.sources == sources_of(rows[0]) and len(merged.sources) == 1


@pytest.mark.parametrize(
    ("a", "b", "rows"),
    [
        (("Migration Outlook 2005", dt.date(2005, 6, 1)), ("Migration Outlook 2005", dt.date(2005, 9, 1)), 1),
        (("Managing Labor Migration in North America", dt.date(2005, 6, 1)),
         ("Managing Labour Migration in North America", dt.date(2005, 6, 1)), 1),
        (("IGC Management Plan 2007", dt.date(2006, 6, 1)), ("IGC Management Plan 2008", dt.date(2006, 6, 1)), 2),
        (("Migration Outlook 2005", dt.date(2005, 6, 1)), ("Migration Outlook 2005", dt.date(2006, 6, 1)), 2),
        (("Migration Outlook", None), ("Migration Outlook", dt.date(2006, 6, 1)), 1),
        (("IGC Management Plan 2007", None), ("IGC Management Plan 2008", dt.date(2007, 6, 1)), 2),
    ],
)  # fmt: skip
def test_publications_are_one_by_title_and_year(a, b, rows):
    found = merge_activities([row(*a, REPORT, kind="publication"), row(*b, EVENTS, kind="publication")])
    assert len(found) == rows
    assert sum(len(p.sources) for p in found) == 2


def test_near_equal_titles_one_listing_gives_are_two_publications():
    """A listing of a statistics office gives "Indicator report 2021" and "Data on the Indicator report 2021": two
    publications of one document, which a fuzzy match across documents would take for one (issue 7, round 26)."""
    year = dt.date(2021, 1, 1)
    one = row("Sustainable Development in Germany - Indicator report 2021", year, EVENTS, kind="report")
    other = row("Sustainable Development in Germany - Data on the Indicator report 2021", year, EVENTS, kind="report",
                locator="main > p:nth-of-type(2) > a")  # fmt: skip
    assert len(merge_activities([one, other])) == 2
    assert len(merge_activities([one, replace(other, doc_id="e" * 64, source_url=REPORT)])) == 1
    assert len(merge_activities([one, replace(one, locator="main > ul > li:nth-of-type(9)")])) == 1


def _works(*titles_and_months: tuple[str, int], column: int) -> list[Activity]:
    return [
        replace(row(title, dt.date(2013, month, 1), PAGE_ES, kind="publication", recipient="RCM", language="es",
                    locator=f"div.col:nth-of-type({column}) > div:nth-of-type({i})"), date_precision="month")
        for i, (title, month) in enumerate(titles_and_months, 1)
    ]  # fmt: skip


def test_a_listing_of_works_in_two_languages_gives_each_work_once_in_its_own():
    """A Spanish page's cards beside their English versions: each work once, in Spanish, even where a title names
    no language ("Flujos migratorios extrarregionales en Centroamérica") (issue 7, round 222)."""
    spanish = _works(("Informe de la Presidencia Pro Tempore de Costa Rica 2013", 6),
                     ("Guía de referencia para la protección de personas migrantes", 3),
                     ("Flujos migratorios extrarregionales en Centroamérica", 8), column=1)  # fmt: skip
    english = _works(("Report of the Costa Rica Pro Tempore Presidency 2013", 6),
                     ("Reference guide for the protection of migrants", 3),
                     ("Extra-regional migration flows in Central America", 8), column=2)  # fmt: skip
    found = merge_activities(english + spanish)
    assert sorted(p.title for p in found) == sorted(p.title for p in spanish)
    assert all(len(p.sources) == 2 for p in found)


def test_works_of_one_month_in_two_languages_stay_two_without_a_parallel_list():
    """One Spanish and one English work of a month are two works unless the listing pairs others so."""
    spanish = _works(("Informe de la Presidencia Pro Tempore de Costa Rica 2013", 6),
                     ("Boletín de la CRM, número 12", 9), column=1)  # fmt: skip
    english = _works(("Report of the Costa Rica Pro Tempore Presidency 2013", 6),
                     ("Labour migration in the region", 10), column=2)  # fmt: skip
    assert len(merge_activities(english + spanish)) == 4


def test_an_event_and_a_publication_of_one_title_and_day_stay_two():
    day = dt.date(2006, 6, 1)
    rows = [row("Workshop on Return", day, EVENTS, kind="workshop"), row("Workshop on Return", day, REPORT,
            kind="report")]  # fmt: skip
    assert len(merge_activities(rows)) == 2


def test_the_same_meeting_in_prose_and_an_annex_keeps_the_fuller_venue():
    """Round 8 (b): a meeting told in prose ("Berne, Suisse") and again in the annex calendar ("Berne") is one
    row, and the row names the venue as fully as either place does, whichever read wins."""
    day = dt.date(2010, 6, 9)
    table = row("Réunion plénière annuelle", day, REPORT, location="Berne", country="CH", confidence=0.9)
    prose = row("Réunion plénière annuelle", day, REPORT, location="Berne, Suisse", country="CH", confidence=0.8,
                locator="72,100,500,120")  # fmt: skip
    [merged] = merge_activities([table, prose])
    assert (merged.location, merged.country, len(merged.sources)) == ("Berne, Suisse", "CH", 2)
    other = row("Réunion plénière annuelle", day, REPORT, location="Bern", country="CH", confidence=0.8)
    [kept] = merge_activities([table, other])
    assert kept.location == "Berne"  # another spelling is no fuller venue


def test_a_bare_kind_told_in_prose_is_the_named_one_of_its_day_and_place_in_the_same_document():
    """Issue 7, round 28: "MPI convened a roundtable in Brussels on 12 October 2011" in a report's prose, then
    "Roundtable on Labour Mobility | Brussels, Belgium" in its table: one roundtable. Not across documents, not at
    another place, and not a bare row of another kind."""
    day = dt.date(2011, 10, 12)
    place = {"location": "Brussels, Belgium", "country": "BE", "recipient": "MPI"}
    named = row("Roundtable on Labour Mobility", day, REPORT, kind="roundtable", **place)
    told = row("Roundtable", day, REPORT, kind="roundtable", locator="p:nth-of-type(4)", **place)
    [merged] = merge_activities([named, told])
    assert merged.title == "Roundtable on Labour Mobility" and len(merged.sources) == 2
    elsewhere = row("Roundtable", day, REPORT, kind="roundtable", location="Berlin, Germany", country="DE")
    briefing = row("Briefing", day, REPORT, kind="other", **place)
    other_document = row("Roundtable", day, EVENTS, kind="roundtable", **place)
    for bare in (elsewhere, briefing, other_document):
        assert len(merge_activities([named, replace(bare, recipient="MPI")])) == 2


def test_a_bare_kind_told_in_prose_is_the_named_row_of_its_day_and_place():
    """A report tells "El taller reprogramado se realizó el 6 y 7 de octubre en Ciudad de Guatemala" and lists
    "Taller sobre migración laboral ..." on those days in its table: one workshop. A workshop on another day,
    or of another kind that day, stays apart."""
    day, other = dt.date(2011, 10, 6), dt.date(2011, 10, 20)
    prose = row("Taller reprogramado", day, REPORT, kind="workshop", location="Ciudad de Guatemala", locator="p:1")
    table = row("Taller sobre migración laboral y derechos de los trabajadores", day, REPORT, kind="workshop",
                location="Ciudad de Guatemala, Guatemala")  # fmt: skip
    later = row("Taller reprogramado", other, REPORT, kind="workshop", location="Ciudad de Guatemala", locator="p:2")
    meeting = row("Reunión virtual", day, REPORT, kind="meeting", location="Ciudad de Guatemala", locator="p:3")
    merged = merge_activities([prose, table, later, meeting])
    assert sorted((a.title, a.start_date) for a in merged) == [
        ("Reunión virtual", day),
        ("Taller reprogramado", other),
        ("Taller sobre migración laboral y derechos de los trabajadores", day),
    ]


def test_a_body_spelled_out_once_and_then_by_its_acronym_is_one_meeting():
    """A report's prose says "la segunda Reunión del GRCM" and its table "Reunión del Grupo Regional de Consulta
    sobre Migración (GRCM)" on the same days: one meeting. Another body's meeting that day ("Reunión de la RROCM")
    stays apart."""
    day = dt.date(2011, 11, 16)
    prose = row("Reunión del GRCM", day, REPORT, location="San José", locator="p:1")
    table = row("Reunión del Grupo Regional de Consulta sobre Migración (GRCM)", day, REPORT, location="San José")
    other = row("Reunión de la RROCM", day, REPORT, location="San José", locator="p:2")
    merged = merge_activities([prose, table, other])
    assert sorted(a.title for a in merged) == [
        "Reunión de la RROCM",
        "Reunión del Grupo Regional de Consulta sobre Migración (GRCM)",
    ]


def test_a_meeting_named_by_its_town_in_the_same_document_is_one_row():
    """Round 43: a page dates the "Annual Full Round of Consultations" in Stockholm, 30 May - 1 June 2011, and later
    says "The report of the Stockholm Full Round (30 May - 1 June) is restricted": one meeting. Another body's
    meeting in the same town those days stays apart."""
    start, end = dt.date(2011, 5, 30), dt.date(2011, 6, 1)
    full = row("Annual Full Round of Consultations", start, EVENTS, end=end, location="Stockholm, Sweden")
    again = row("Stockholm Full Round", start, EVENTS, end=end, locator="main > p:nth-of-type(4)")
    other = row("Stockholm Steering Group", start, EVENTS, end=end, locator="main > p:nth-of-type(5)")
    merged = merge_activities([full, again, other])
    assert sorted(len(sources_of(a)) for a in merged) == [1, 2]
    assert "Stockholm Steering Group" in {a.title for a in merged}


def test_one_pages_spanish_list_and_english_table_of_the_same_events_give_one_row_each_in_its_language():
    """Round 45: a Spanish page lists the year's events and repeats them in an English table: on the same days in
    the same country, one title in each language is one event, named in the page's own language. Two Spanish events
    of a day stay two."""
    start, end = dt.date(2007, 4, 24), dt.date(2007, 4, 25)
    workshop = {"end": end, "kind": "workshop", "language": "es", "country": "SV"}
    es = row(
        "Taller sobre trata de personas con fines de explotación laboral",
        start,
        PAGE_ES,
        **workshop,
        locator="main > ul > li:nth-of-type(3)",
        confidence=0.8,
    )
    en = row(
        "Workshop on Trafficking in Persons for Labor Exploitation",
        start,
        PAGE_ES,
        **workshop,
        locator="main > table > tr:nth-of-type(3)",
        confidence=0.9,
    )
    day, spanish = dt.date(2007, 5, 21), {"language": "es", "country": "SV"}
    grcm = row("Segunda Reunión del GRCM", day, PAGE_ES, **spanish, locator="main > ul > li:nth-of-type(4)")
    red = row("Reunión de la Red de Funcionarios de Enlace", day, PAGE_ES, **spanish,
              locator="main > ul > li:nth-of-type(5)")  # fmt: skip
    merged = merge_activities([en, es, grcm, red])
    assert sorted(a.title for a in merged) == [
        "Reunión de la Red de Funcionarios de Enlace",
        "Segunda Reunión del GRCM",
        "Taller sobre trata de personas con fines de explotación laboral",
    ]


def test_a_tables_short_name_and_the_proses_full_name_that_day_are_one_row():
    """Round 124 (dev): a report's calendar table names its events short ("Taller sobre Retorno Digno, Seguro y
    Ordenado") beside the prose's full names ("... de Migrantes Regionales"), the same day and kind: one row each."""
    day = dt.date(2009, 2, 10)
    rows = [
        row("Taller sobre Retorno Digno, Seguro y Ordenado", day, EVENTS, locator="10,300,500,320", kind="workshop"),
        row(
            "Taller sobre Retorno Digno, Seguro y Ordenado de Migrantes Regionales",
            day,
            EVENTS,
            locator="10,100,500,120",
            kind="workshop",
        ),
    ]
    assert len(merge_activities(rows)) == 1
    # two different networks' meetings of one day stay two
    other = [
        row("Reunión de la Red de Protección Consular", day, EVENTS, locator="1"),
        row("Reunión de la Red de Combate a la Trata de Personas", day, EVENTS, locator="2"),
    ]
    assert len(merge_activities(other)) == 2


def test_a_calendar_grids_day_cells_are_the_list_views_meetings(nlp):
    """Round 152 (written, dev): a month grid sets each event in its day's cell ("9 Briefing: Green Card Backlogs",
    "30 Transatlantic Council on Migration: Fourth Plenary Meeting" and "31 ... (continued)"), and the list view below
    gives each in full ("03/09/2010 | Green Card Backlogs and Employment-Based Visas | Policy Briefing", "03/30/2010
    - 04/01/2010 | ..."). A grid's type label before the name, and a day cell within the list's span of days, are
    the same meeting: one row each."""
    from pathlib import Path

    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities
    from mpdp_pipeline.extractors.html import html_to_document

    path = Path(__file__).parent / "fixtures" / "written" / "w152-mpi-calendar-2010-03.html"
    doc = html_to_document(path.read_bytes())
    ctx = DocumentContext("MPI", "d" * 64, path.name, "en", title=doc.title)
    rows = blocks_to_activities(doc.blocks, ctx, nlp)
    assert sorted(str(a.start_date) for a in rows if "Plenary" in a.title or "Green Card" in a.title) == [
        "2010-03-09", "2010-03-30"
    ]  # fmt: skip


def test_a_bilingual_tables_title_matches_the_prose_in_either_language():
    """Round 150 (written, dev): a French and English communiqué's annex table titles its meeting "Réunion plénière
    (Full Round) / Full Round"; the English prose calls it the "Annual Full Round". Either version of the title may
    name the meeting: one row."""
    day = dt.date(2012, 5, 22)
    table = row("Réunion plénière (Full Round) / Full Round", day, EVENTS, locator="tr:nth-of-type(4)")
    prose = row("Annual Full Round", day, EVENTS, locator="p:nth-of-type(3)")
    merged = merge_activities([table, prose])
    assert len(merged) == 1 and len(merged[0].sources) == 2


def test_an_undated_work_beside_the_same_work_given_days_merges_without_error():
    """Round 247 (held out, totals only): a series page gave a work over a span of days and again undated; merging
    them compared a day with no date and stopped the document's extraction."""
    dated = replace(row("Guide to Return Counselling", dt.date(2012, 3, 5), EVENTS, kind="publication",
                        end=dt.date(2012, 3, 7)), date_precision="day")  # fmt: skip
    undated = replace(row("Guide to Return Counselling", None, EVENTS, kind="publication"), date_precision="unknown")
    assert len(merge_activities([dated, undated])) == 1
