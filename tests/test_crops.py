"""Page crops: the band of a PDF page an activity was read from, rendered by pypdfium2 (issue 9).

The PDFs are real: generated with fpdf2 with a black box where the test knows, the bundled sample's IGC report
and a document of the real corpus, read by the pipeline's own parser and rules. The PNGs are read back with
Pillow: their size, and whether the box is in them.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import lxml.html
import pytest
from conftest import BROKEN_PDF, SAMPLE, SHARED
from fpdf import FPDF
from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities
from PIL import Image

from mpdp_pipeline.crops import MARGIN_PT, MAX_CROPS, SCALE, page_crops, parse_box
from mpdp_pipeline.extraction import content_type_of
from mpdp_pipeline.isolation import parse_by_content_type
from mpdp_pipeline.report import render_report
from mpdp_pipeline.schemas import Activity, DatePrecision, Kind, Source

DOC, OTHER = "d" * 64, "e" * 64
A4_WIDTH = 595.28


def activity(n: int, locator: str | None, page: int | None = 1, doc_id: str = DOC, **changes) -> Activity:
    fields = dict(
        activity_id=f"{n:02d}" + "ab" * 7, recipient="IGC", kind=Kind.MEETING, title=f"Meeting {n}", date_text="",
        start_date=dt.date(2006, 5, n), end_date=None, date_precision=DatePrecision.DAY, fiscal_year="2006/07",
        location=None, country=None, participants=(), authors=(), publisher=None, language="en", doc_id=doc_id,
        source_url="https://igc.example/report.pdf", page=page, locator=locator, snippet="met", extractor="x",
        confidence=1.0,
    )  # fmt: skip
    return Activity(**{**fields, **changes})


@pytest.fixture
def box_pdf(tmp_path) -> Path:
    """One A4 page, in points, white but for a black box from (72, 100) to (300, 130), measured from the top."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_fill_color(0, 0, 0)
    pdf.rect(72, 100, 228, 30, style="F")
    path = tmp_path / "raw" / "box.pdf"
    path.parent.mkdir()
    path.write_bytes(bytes(pdf.output()))
    return path


def darkest(path: Path) -> int:
    return Image.open(path).convert("L").getextrema()[0]


def test_a_crop_is_the_band_of_the_page_around_the_box(box_pdf, tmp_path):
    folder = tmp_path / "report" / "crops"
    crops = page_crops([activity(1, "72.0,100.0,300.0,130.0"), activity(2, "72,600,300,630")], {DOC: box_pdf}, folder)

    assert set(crops) == {activity(1, None).activity_id, activity(2, None).activity_id}
    boxed, blank = (tmp_path / "report" / crops[activity(n, None).activity_id] for n in (1, 2))
    assert crops[activity(1, None).activity_id].startswith("crops/") and boxed.suffix == ".png"
    image = Image.open(boxed)
    # the page's full width, the box and its margins high, at the scale
    assert image.size == (round(A4_WIDTH * SCALE), round((30 + 2 * MARGIN_PT) * SCALE))
    grey = image.convert("L")
    middle = image.size[1] // 2
    assert grey.getpixel((round(150 * SCALE), middle)) == 0  # inside the box: black
    assert grey.getpixel((round(450 * SCALE), middle)) == 255  # beside it, on the same line: white
    assert grey.getpixel((round(150 * SCALE), 2)) == 255  # the margin above: white
    assert darkest(blank) == 255  # the band lower down the page holds nothing
    assert boxed.stat().st_mode & 0o777 == 0o644


def test_reruns_render_nothing_again_and_remove_crops_no_longer_used(box_pdf, tmp_path):
    folder = tmp_path / "crops"
    first = page_crops([activity(1, "72,100,300,130"), activity(2, "72,600,300,630")], {DOC: box_pdf}, folder)
    stamps = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    box_pdf.write_bytes(BROKEN_PDF)  # were anything rendered again, it would now fail
    again = page_crops([activity(1, "72,100,300,130")], {DOC: box_pdf}, folder)
    assert again == {k: v for k, v in first.items() if k == activity(1, None).activity_id}
    kept = folder / Path(again[activity(1, None).activity_id]).name
    assert [p.name for p in folder.iterdir()] == [kept.name]  # the other crop is gone
    assert kept.stat().st_mtime_ns == stamps[kept.name]
    assert not list(folder.glob(".*"))  # no temporary file left


def test_bad_pdfs_and_boxes_are_skipped_with_a_warning(box_pdf, tmp_path, caplog):
    broken = tmp_path / "raw" / "broken.pdf"
    broken.write_bytes(BROKEN_PDF)
    activities = [
        activity(1, "72,2000,300,2030"),  # below the page
        activity(2, "700,100,900,130"),  # right of it
        activity(3, "72,100,300,130", page=7),  # a page the PDF does not have
        activity(4, "72,100,300,130", doc_id=OTHER),  # a PDF that cannot be read
        activity(5, "72,100,300,130", doc_id="f" * 64),  # a PDF no longer in the raw store
        activity(6, "main > ul > li:nth-of-type(2)", page=None),  # HTML: no crop, no warning
        activity(7, "72,nan,300,130"),  # not a box
        activity(8, "72,100,300,130"),  # the one that is fine
    ]
    pdfs = {DOC: box_pdf, OTHER: broken, "f" * 64: tmp_path / "gone.pdf"}
    with caplog.at_level(logging.WARNING, logger="mpdp_pipeline.crops"):
        crops = page_crops(activities, pdfs, tmp_path / "crops")
    assert list(crops) == [activity(8, None).activity_id]
    warned = [r.getMessage() for r in caplog.records]
    assert len(warned) == 5, warned
    assert sum("outside the page" in m for m in warned) == 2 and any("page 7 is not" in m for m in warned)
    assert parse_box("72,nan,300,130") is None and parse_box("300,100,72,130") is None


def test_the_crops_are_capped_and_shared_by_activities_read_at_one_place(box_pdf, tmp_path):
    assert MAX_CROPS == 500
    activities = [activity(n, f"72,{100 * n},300,{100 * n + 30}") for n in range(1, 6)]
    crops = page_crops(activities, {DOC: box_pdf}, tmp_path / "crops", limit=3)
    assert list(crops) == [a.activity_id for a in activities[:3]]
    assert len(list((tmp_path / "crops").glob("*.png"))) == 3
    # a row read at an HTML page and, also, at a PDF's place: that place is shown; two rows at one place share it
    html = activity(6, None, page=None, sources=(Source(DOC, "https://x/r.pdf", 1, "72,100,300,130", "met", "x", 1),))
    same = page_crops([html, activity(7, "72,100,300,130")], {DOC: box_pdf}, tmp_path / "shared")
    assert len(set(same.values())) == 1 and len(same) == 2


def test_the_report_shows_each_crop_lazily_in_the_evidence_row(box_pdf, tmp_path):
    a = activity(1, "72,100,300,130")
    crops = page_crops([a], {DOC: box_pdf}, tmp_path / "report" / "crops")
    html = render_report(activities=[a], annex=[], checks=[], log=[], run=None, generated_at=dt.datetime.now(dt.UTC),
                         crops=crops)  # fmt: skip
    (img,) = lxml.html.fromstring(html).get_element_by_id(f"a-{a.activity_id}").xpath(".//img")
    assert img.get("loading") == "lazy" and img.get("src") == crops[a.activity_id] and img.get("alt")
    assert (tmp_path / "report" / img.get("src")).is_file()
    assert img.getparent().get("href") == "https://igc.example/report.pdf#page=1"


def _extracted(path: Path, nlp, recipient: str = "IGC") -> list[Activity]:
    parsed = parse_by_content_type(path.read_bytes(), content_type_of(path) or "")
    return blocks_to_activities(parsed.blocks, DocumentContext(recipient, DOC, path.as_uri(), "en"), nlp)


def _plausible(crops: dict[str, str], base: Path, page_width_pt: float) -> None:
    for relative in crops.values():
        width, height = Image.open(base / relative).size
        assert width == pytest.approx(page_width_pt * SCALE, abs=2)
        assert 2 * MARGIN_PT * SCALE <= height <= 400 * SCALE
        assert darkest(base / relative) < 128  # some text in it


def test_crops_of_the_sample_report_where_the_pipeline_read_it(nlp, tmp_path):
    path = SAMPLE / "igc" / "reports" / "igc-activity-report-2006-07.pdf"
    activities = [a for a in _extracted(path, nlp) if a.page]
    assert len(activities) > 5
    crops = page_crops(activities, {DOC: path}, tmp_path / "crops")
    assert set(crops) == {a.activity_id for a in activities}
    _plausible(crops, tmp_path, 595)


def test_crops_of_a_real_pdf(nlp, tmp_path):
    path = SHARED / "corpus" / "real" / "chicago-human-relations-2019-meeting-schedule.pdf"
    if not path.is_file():
        pytest.skip(f"{path} is absent: the real corpus sits beside the clone in CI only")
    activities = [a for a in _extracted(path, nlp) if a.page]
    assert activities
    crops = page_crops(activities, {DOC: path}, tmp_path / "crops")
    assert len(crops) == len(activities)
    _plausible(crops, tmp_path, 612)
    outside = activity(9, "72,5000,300,5030")
    assert page_crops([outside], {DOC: path}, tmp_path / "crops") == {}
