"""What the extract stage tells the rules about a document: its title and the day it was current."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from mpdp_pipeline.extraction import document_from_file, extract_document, http_date


def _extract(data: bytes, nlp, last_modified: str | None = None):
    doc = replace(document_from_file(Path("page.html"), data, "IGC"), last_modified=last_modified)
    return extract_document(doc, data, nlp, run_id="r", timeout_s=60, memory_mb=1024).activities


def test_the_extract_stage_gives_the_rules_the_pages_title(nlp):
    # Only the <title> says the page lists events, so only it makes "Title - day" lines events.
    page = b"""<html><head><title>Events | Study Group</title></head><body><div>
    <p>Annual Retreat of the Study Group - 22 Jun 2009 TBD</p><p>Data Clinic on Remittances - 03 Apr 2009 9:00 AM</p>
    </div></body></html>"""
    assert sorted(a.start_date for a in _extract(page, nlp)) == [dt.date(2009, 4, 3), dt.date(2009, 6, 22)]


YEARLESS = """<html><head><title>Calendar</title>{meta}</head><body><h2>Calendar of Meetings</h2>
<h3>Working Group on Return</h3><p>Thursday, October 8 at 6:30pm -- Secretariat, Room 2</p>
<h3>Steering Committee</h3><p>Tuesday, October 13 at 10:00am -- Palais des Nations</p></body></html>"""


def test_a_page_that_names_no_year_takes_the_year_of_its_own_date(nlp):
    page = YEARLESS.format(meta='<meta property="article:modified_time" content="2009-09-30T10:00:00+00:00">')
    assert sorted(a.start_date for a in _extract(page.encode(), nlp)) == [dt.date(2009, 10, 8), dt.date(2009, 10, 13)]


def test_else_the_year_the_server_last_modified_it(nlp):
    page = YEARLESS.format(meta="").encode()
    assert _extract(page, nlp) == []  # no year anywhere: no date to give
    rows = _extract(page, nlp, last_modified="Wed, 30 Sep 2009 09:30:00 GMT")
    assert sorted(a.start_date for a in rows) == [dt.date(2009, 10, 8), dt.date(2009, 10, 13)]


def test_http_date_reads_a_last_modified_header():
    assert http_date("Wed, 15 Mar 2006 09:30:00 GMT") == dt.date(2006, 3, 15)
    assert http_date("not a date") is None and http_date(None) is None
