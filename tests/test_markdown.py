"""Markdown page sources (a static site's `.md` pages) are read as the HTML page they publish."""

import datetime as dt
from pathlib import Path

from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

from mpdp_pipeline.extraction import content_type_of
from mpdp_pipeline.isolation import parse_by_content_type
from mpdp_pipeline.schemas import BlockKind

PAGE = """---
layout: page
title: "Meetings of the Working Group"
---

# Meetings of the Working Group

The group meets twice a year.

| Date | Meeting | Venue |
|------|---------|-------|
| 14 March 2019 | Spring meeting of the Working Group | Geneva, Switzerland |
| ~~2 October 2019~~ | ~~Autumn meeting of the Working Group~~ | ~~Bern, Switzerland~~ |

## Workshops

- 5-6 June 2019: Workshop on Return Policies, Brussels, Belgium
- <b>12 November 2019</b>: Workshop on Resettlement, Ottawa, Canada
"""


def test_a_markdown_page_is_typed_by_its_extension():
    assert content_type_of(Path("meetings.md")) == "text/markdown"
    assert content_type_of(Path("meetings.markdown")) == "text/markdown"


def test_a_markdown_page_gives_the_blocks_of_the_page_it_renders_to():
    doc = parse_by_content_type(PAGE.encode(), "text/markdown; charset=utf-8")
    assert doc.title == "Meetings of the Working Group"
    rows = [b for b in doc.blocks if b.kind == BlockKind.TABLE_ROW]
    assert [r.header for r in rows] == [("Date", "Meeting", "Venue")] * 2
    assert rows[0].cells == ("14 March 2019", "Spring meeting of the Working Group", "Geneva, Switzerland")
    items = [b for b in doc.blocks if b.kind == BlockKind.LIST_ITEM]
    assert [b.heading for b in items] == ["Workshops", "Workshops"]
    assert "layout: page" not in " ".join(b.text for b in doc.blocks)  # the front matter is no content


def test_a_markdown_pages_meetings_are_extracted(nlp):
    """The table's rows and the list's items are meetings, as in HTML; the struck-out row is called off."""
    doc = parse_by_content_type(PAGE.encode(), "text/markdown")
    ctx = DocumentContext("IGC", "d" * 64, "file:///meetings.md", doc.language, title=doc.title)
    found = sorted((a.start_date, a.location, a.status.value) for a in blocks_to_activities(doc.blocks, ctx, nlp))
    assert found == [
        (dt.date(2019, 3, 14), "Geneva, Switzerland", "reported"),
        (dt.date(2019, 6, 5), "Brussels, Belgium", "reported"),
        (dt.date(2019, 11, 12), "Ottawa, Canada", "reported"),
    ]


def test_a_year_named_only_in_the_line_introducing_the_table_dates_its_rows(nlp):
    """A working group's Jekyll page: "Here is the schedule of our fall 2018 meetings:" over a table of "Sep. 10"
    dates; the introduction's year is the rows' year, the rows saying "no meeting" are none."""
    page = (
        "---\ntitle: LDWG Schedule\n---\n\nOur group meets on most Mondays. Here is the schedule of our fall 2018 "
        "meetings:\n\n| Date | Topic | Notes |\n|---|---|---|\n| Sep. 3 | Labor Day Holiday (no meeting) | |\n"
        "| Sep. 10 | Introduction to Linked Data | [slides](a.pdf) |\n| Oct. 8 | Workshop: editing Wikidata | |\n"
    )
    doc = parse_by_content_type(page.encode(), "text/markdown")
    ctx = DocumentContext("OTHER", "d" * 64, "file:///schedule.md", doc.language, title=doc.title)
    assert sorted(a.start_date for a in blocks_to_activities(doc.blocks, ctx, nlp)) == [
        dt.date(2018, 9, 10),
        dt.date(2018, 10, 8),
    ]
