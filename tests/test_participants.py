"""Participants are states and organisations only: never a title such as Chair, never a city (issue 12, item 8).

The pure function is tested with the entities written out (what the model says is an ORG), so each rule is seen
on its own; then through the spaCy model and the activity rules, on the sentences of the issue and of the sample.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import SAMPLE
from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities
from mpdp_pipeline.extractors.participants import looks_like_organisation, participants

from mpdp_pipeline.extraction import content_type_of
from mpdp_pipeline.isolation import parse_by_content_type
from mpdp_pipeline.schemas import Block

CTX = DocumentContext("IGC", "d" * 64, "file:///report.pdf", "en")


def org(*names: str) -> list[tuple[str, str]]:
    return [(name, "ORG") for name in names]


# --- the rules, with the model's entities written out -----------------------------------------------------------


def test_states_and_known_bodies_in_document_order():
    text = "The workshop took place with the participation of Canada, Mexico and the United States, and IOM."
    assert participants(text, org("IOM"), None) == ("Canada", "Mexico", "United States", "IOM")


def test_a_title_or_a_role_is_never_a_participant():
    text = "The Full Round was hosted by the Chair in Ottawa, Canada on 31 May - 2 June 2006."
    assert participants(text, org("Chair"), "Ottawa, Canada", title="Full Round") == ()
    roles = "Secretariat staff met the Minister of Immigration, the Director-General and the Co-Chair."
    entities = org("Secretariat staff", "the Minister of Immigration", "the Director-General", "Co-Chair")
    assert participants(roles, entities, None) == ()
    for role in (
        "Chair",
        "the Chair",
        "Secretariat",
        "Secretariat staff",
        "Minister of Labour",
        "Ministre de l'Intérieur",
    ):
        assert not looks_like_organisation(role), role


def test_a_city_is_never_a_participant():
    text = "The Working Group on Admission, Control and Enforcement met in Copenhagen, Denmark on 12-13 September 2006."
    entities = org("The Working Group on Admission", "Control and Enforcement", "Copenhagen")
    assert participants(text, entities, "Copenhagen, Denmark", title="Working Group on Admission") == ()
    # named anywhere, a city the model took for an organisation stays out: Copenhagen, Ottawa, Geneva
    for city in ("Copenhagen", "Ottawa", "Geneva"):
        assert participants(f"Delegates from {city} and UNHCR attended.", org(city, "UNHCR"), None) == ("UNHCR",)
        assert not looks_like_organisation(city)


def test_the_venue_state_is_not_a_participant_where_the_text_names_the_venue():
    text = "Reunión del GRCM, Nueva Orleans, Estados Unidos, 26 y 27 de abril de 2007"
    assert participants(text, org("Estados Unidos"), "Nueva Orleans, Estados Unidos") == ()
    # the host state named again, as one of those taking part, is one
    text = "Held in Mexico City with Canada, Mexico and Guatemala."
    assert participants(text, [], "Mexico City") == ("Canada", "Mexico", "Guatemala")


def test_names_are_canonical_so_that_languages_and_spellings_count_once():
    text = "Con la OIM, el ACNUR, la Comisión Europea, los Estados Unidos, the USA, IOM and the Government of Canada."
    assert participants(text, org("the Government of Canada"), None) == (
        "IOM", "UNHCR", "European Commission", "United States", "Canada",
    )  # fmt: skip


def test_organisations_the_model_finds_are_kept_when_they_look_like_one():
    text = (
        "Experts of the Technical University of Denmark, the Provincial Government of Pangasinan on behalf of the "
        "province, DOH and Slack took part; St Andrews hosted."
    )
    entities = org("the Technical University of Denmark", "the Provincial Government of Pangasinan on", "DOH")
    entities += org("Slack", "St Andrews")
    # Denmark inside the university's name is not the state; an ORG with no mark of an organisation is dropped
    assert participants(text, entities, None) == (
        "Technical University of Denmark",
        "Provincial Government of Pangasinan",
        "DOH",
    )


def test_common_words_and_lower_case_are_not_names():
    text = "Un taller sobre la migración; who knows whether turkey was served in china cups."
    assert participants(text, [], None) == ()
    assert participants("Latin America and New Mexico", [], None) == ()


# --- through the model and the activity rules -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Full Round was hosted by the Chair in Ottawa, Canada on 31 May - 2 June 2006.", ()),
        ("The Working Group on Admission, Control and Enforcement met in Copenhagen, Denmark on 12 Sep 2006.", ()),
        (
            "The workshop on labour migration was held in Ottawa on 4 May 2006 with the participation of Canada, "
            "Mexico and the United States, and IOM.",
            ("Canada", "Mexico", "United States", "IOM"),
        ),
    ],
)  # fmt: skip
def test_the_issue_sentences_through_the_model(nlp, text, expected):
    (activity,) = blocks_to_activities([Block(text, page=1)], CTX, nlp)
    assert activity.participants == expected


def test_no_activity_of_the_igc_sample_names_a_title_or_a_city(nlp):
    path = SAMPLE / "igc" / "reports" / "igc-activity-report-2006-07.pdf"
    parsed = parse_by_content_type(path.read_bytes(), content_type_of(path) or "")
    found = blocks_to_activities(parsed.blocks, CTX, nlp)
    assert len(found) > 5
    named = {name for a in found for name in a.participants}
    assert not named & {"Chair", "Copenhagen", "Ottawa", "Geneva", "Secretariat"}
    full_round = next(a for a in found if a.title == "Full Round" and a.start_date == dt.date(2006, 5, 31))
    assert full_round.participants == ()
