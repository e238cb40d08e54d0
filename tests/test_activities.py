import datetime as dt
import logging

import pytest

from extractors.activities import DocumentContext, activity_id, blocks_to_activities, classify_kind, clean_title
from extractors.nlp import load_nlp
from mpdp_pipeline.schemas import Block

CTX = DocumentContext("IGC", "d" * 64, "file:///report.pdf", "en")


def one(blocks, nlp):
    found = blocks_to_activities(blocks, CTX, nlp)
    assert len(found) == 1, found
    return found[0]


def test_table_row_is_read_by_its_header(nlp):
    row = Block(
        "14-15 March 2005 | Steering Group meeting¹ | Geneva, Switzerland",
        kind="table_row", page=2, locator="1,2,3,4",
        cells=("14-15 March 2005", "Steering Group meeting¹", "Geneva, Switzerland"),
        header=("Date", "Meeting", "Venue"),
    )  # fmt: skip
    a = one([row], nlp)
    assert (a.kind, a.title, a.start_date, a.end_date, a.fiscal_year) == (
        "meeting", "Steering Group meeting", dt.date(2005, 3, 14), dt.date(2005, 3, 15), "2004/05",
    )  # fmt: skip
    assert (a.location, a.country, a.page, a.locator, a.extractor) == (
        "Geneva, Switzerland",
        "CH",
        2,
        "1,2,3,4",
        "table.columns",
    )


def test_prose_sentence_with_participants(nlp):
    text = (
        "This report covers the period 1 April 2005 to 31 March 2006. The Working Group on Asylum met in "
        "Stockholm, Sweden on 14-15 March 2006, with delegates from Canada, Australia and UNHCR."
    )
    a = one([Block(text, page=1)], nlp)
    assert (a.kind, a.title, a.location, a.country) == (
        "working_group",
        "Working Group on Asylum",
        "Stockholm, Sweden",
        "SE",
    )
    assert {"Canada", "Australia"} <= set(a.participants)
    assert a.snippet.startswith("The Working Group") and a.extractor == "prose.event_verb"


def test_planned_and_postponed_events_are_not_activities(nlp):
    text = (
        "The roundtable planned for 12 November 2004 was postponed owing to scheduling difficulties. "
        "The next Full Round will be held in Ottawa on 3 May 2008."
    )
    assert blocks_to_activities([Block(text)], CTX, nlp) == []


def test_spanish_list_item(nlp):
    item = Block(
        "Reunión del Grupo Regional de Consulta sobre Migración (GRCM), "
        "San Salvador, El Salvador, 14 y 15 de noviembre de 2006",
        kind="list_item", locator="body > ul > li:nth-of-type(2)",
    )  # fmt: skip
    ctx = DocumentContext("RCM", "d" * 64, "file:///es.html", "es")
    [a] = blocks_to_activities([item], ctx, nlp)
    assert (a.kind, a.location, a.country, a.start_date, a.language) == (
        "meeting", "San Salvador, El Salvador", "SV", dt.date(2006, 11, 14), "es",
    )  # fmt: skip
    assert a.title == "Reunión del Grupo Regional de Consulta sobre Migración (GRCM)"


def test_publication_entry_with_authors(nlp):
    item = Block(
        "Measuring Immigrant Integration By Ana Ruiz and John Smith September 2007",
        kind="list_item",
        heading="Publications",
    )
    a = one([item], nlp)
    assert (a.kind, a.title, a.authors, a.date_precision) == (
        "publication", "Measuring Immigrant Integration", ("Ana Ruiz", "John Smith"), "month",
    )  # fmt: skip


def test_document_issued_in_prose(nlp):
    a = one([Block("The IGC Management Plan 2007 was issued in June 2006.")], nlp)
    assert (a.kind, a.title, a.start_date) == ("report", "IGC Management Plan 2007", dt.date(2006, 6, 1))


def test_byline_that_is_not_an_author_list(nlp):
    assert blocks_to_activities([Block("Prepared by the RCM Technical Secretariat, May 2005.")], CTX, nlp) == []


def test_a_list_introduction_that_bounds_a_period_is_no_entry(nlp):
    intro = Block(
        "Reports and policy briefs by MPI researchers, newest last. Publications since September 2003 are listed.",
        heading="Research publications",
    )
    assert blocks_to_activities([intro], CTX, nlp) == []


@pytest.mark.parametrize(
    ("title", "kind"),
    [("Mini-Full Round", "meeting"), ("Roundtable on Border Security", "roundtable"),
     ("Working Group workshop on return", "workshop"), ("Taller sobre retorno", "workshop"),
     ("XII Conferencia Regional sobre Migración: Reunión Viceministerial", "conference"),
     ("Annual Report", None)],
)  # fmt: skip
def test_classify_kind(title, kind):
    got = classify_kind(title)
    assert (got.value if got else None) == kind


def test_titles_are_cleaned_of_markers_and_bullets():
    assert clean_title("• the Full Round [note 6]") == "Full Round"
    assert clean_title("- Steering Group meeting²") == "Steering Group meeting"


def test_ids_are_stable_and_content_derived():
    a = activity_id("IGC", "meeting", dt.date(2005, 5, 1), "Full Round")
    assert a == activity_id("IGC", "meeting", dt.date(2005, 5, 1), "  full  round ")
    assert a != activity_id("IGC", "meeting", dt.date(2005, 5, 2), "Full Round")


def test_missing_model_falls_back_to_rules_with_a_warning(caplog):
    with caplog.at_level(logging.WARNING):
        fallback = load_nlp("no_such_model_installed")
    assert fallback.model is None and not fallback.has_entities
    assert "no_such_model_installed" in caplog.text and "rule-based" in caplog.text
    a = one([Block("The Working Group on Asylum met in Stockholm, Sweden on 14-15 March 2006.")], fallback)
    assert (a.title, a.country) == ("Working Group on Asylum", "SE")
