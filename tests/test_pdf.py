"""The PDF parser on documents generated with fpdf2: reading order, tables, running lines, markers, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures.documents import RTL_EXPECTED, RTL_FONT, RUNNING_HEADER, report_pdf, rtl_pdf, tables_pdf, two_column_pdf
from mpdp_pipeline.extractors.layout import (
    BlockBuilder,
    Fragment,
    attach_list_markers,
    items_to_reading_order,
    join_lines,
    row_to_segments,
    stack_badges,
)
from mpdp_pipeline.extractors.pdf import pdf_to_document

from mpdp_pipeline.errors import EncryptedError, ParseError
from mpdp_pipeline.schemas import BlockKind


@pytest.fixture(scope="module")
def two_column():
    return pdf_to_document(two_column_pdf())


@pytest.fixture(scope="module")
def tables():
    return pdf_to_document(tables_pdf())


def test_two_columns_are_read_left_column_first(two_column):
    texts = [b.text for b in two_column.blocks]
    for page in (1, 2):
        page_texts = [b.text for b in two_column.blocks if b.page == page]
        left = [i for i, t in enumerate(page_texts) if f"LEFT-{page}" in t]
        right = [i for i, t in enumerate(page_texts) if f"RIGHT-{page}" in t]
        assert left and right
        assert max(left) < min(right), texts


def test_paragraph_lines_are_joined_and_hyphens_closed(two_column):
    paragraph = next(b for b in two_column.blocks if b.text.startswith("LEFT-11"))
    assert paragraph.kind == BlockKind.PARAGRAPH.value
    assert "regional migration policy dialogue between partner governments and experts" in paragraph.text
    assert paragraph.text.endswith("with workshops and seminars.")
    assert paragraph.page == 1
    x0, top, x1, bottom = map(float, paragraph.locator.split(","))
    assert x0 < x1 and top < bottom and x1 < 300  # inside the left column


def test_running_header_and_page_numbers_removed(two_column):
    texts = " ".join(b.text for b in two_column.blocks)
    assert RUNNING_HEADER not in texts
    assert "Page 1 of 2" not in texts and "Page 2 of 2" not in texts


def test_footnote_markers_separated_from_headings(two_column):
    headings = [b.text for b in two_column.blocks if b.kind == BlockKind.HEADING.value]
    assert "Regional Consultation" in headings
    assert "Workshop on Border Management" in headings
    assert not any("[note" in h or h.endswith(("2", "3")) for h in headings)


def test_title_heading_and_list_items(two_column):
    assert two_column.title == "Migration Policy Development Programme"
    assert two_column.language == "en"
    items = [b for b in two_column.blocks if b.kind == BlockKind.LIST_ITEM.value and b.page == 1]
    assert [i.text for i in items] == [
        "Training on labour mobility LEFT-1",
        "Seminar on data sharing LEFT-1",
        "Meeting of experts LEFT-1",
    ]
    assert items[0].heading == "Regional Consultation"
    assert [b.order for b in two_column.blocks] == list(range(len(two_column.blocks)))


def test_ruled_table_spanning_pages_repeats_header(tables):
    rows = [b for b in tables.blocks if b.kind == BlockKind.TABLE_ROW.value and b.header[0] == "Date"]
    assert len(rows) == 45  # the header row, repeated by fpdf2 on page 2, is not emitted again
    assert {b.page for b in rows} == {1, 2}
    assert all(b.header == ("Date", "Event", "Location") for b in rows)
    last = rows[-1]
    assert last.cells == ("18/03/2006", "Meeting 45 of the working group", "City 45")
    assert last.text == "18/03/2006 | Meeting 45 of the working group | City 45"
    assert last.heading == "Meetings held"


def test_unruled_table(tables):
    rows = [b for b in tables.blocks if b.kind == BlockKind.TABLE_ROW.value and b.header[0] == "Year"]
    assert [b.cells for b in rows][0] == ("2001", "Study 1 on return migration", "Press 1")
    assert len(rows) == 5
    assert rows[0].heading == "Publications"


def test_report_text_is_complete():
    doc = pdf_to_document(report_pdf(4, table_every=2))
    assert doc.pages == 4
    assert sum(b.kind == BlockKind.TABLE_ROW.value for b in doc.blocks) == 2 * 15
    assert all(b.page in (1, 2, 3, 4) for b in doc.blocks)


@pytest.mark.skipif(not Path(RTL_FONT).exists(), reason=f"no font with Hebrew and Arabic glyphs at {RTL_FONT}")
def test_right_to_left_lines_read_in_logical_order():
    """Words right to left, pieces of a word joined, numbers and Latin runs left to right inside."""
    doc = pdf_to_document(rtl_pdf())
    assert [b.text for b in doc.blocks] == RTL_EXPECTED
    assert doc.title == RTL_EXPECTED[0]
    assert doc.blocks[0].kind == BlockKind.HEADING.value


def test_right_to_left_words_inside_a_left_to_right_line():
    def run(text, x0, x1):
        return Fragment(text, x0, 100.0, x1, 111.0, 11.0)

    row = [
        run("Meeting ", 50, 95),
        run("with ", 97, 122),
        run("הישראלית ", 125, 170),  # drawn left of the word read before it
        run("הכנסת ", 172, 205),
        run("today.", 207, 240),
    ]
    assert [s.text for s in row_to_segments(row)] == ["Meeting with הכנסת הישראלית today."]


def _line(text, x0, top, x1, size=10.0):
    return Fragment(text, x0, top, x1, top + size, size)


def test_bare_list_marker_joins_its_item_on_the_same_line():
    marker, item = _line("7.", 84.4, 437.1, 91.5), _line("Symposium on Statistics on 14 October", 102.5, 436.6, 501.0)
    (joined,) = attach_list_markers([marker, item])
    assert joined.text == "7. Symposium on Statistics on 14 October" and joined.x0 == 84.4
    # a marker far from the text heads a column of numbers, not an item
    assert len(attach_list_markers([marker, _line("Symposium", 300.0, 437.0, 350.0)])) == 2


def test_runs_of_one_line_are_read_left_to_right():
    right, left = _line("of winners for the Awards", 197.1, 354.6, 494.9), _line("Announcement", 119.8, 354.8, 186.8)
    tops = {id(right): 354.6, id(left): 354.6}
    assert items_to_reading_order([right, left], 150, 450, line_tops=tops) == [left, right]


def test_list_item_continues_on_its_line_and_its_indented_lines():
    builder = BlockBuilder(body_size=10.0)
    builder.add_page(
        4,
        [
            _line("11. 2015 Data Reporting Seminar, Techno", 85.4, 612.5, 446.7),
            _line("Forum", 457.7, 612.7, 490.6),  # the same line, cut by a wide justified gap
            _line("and Bazaar in the University on 27-30 October 2015", 102.9, 626.9, 497.7),
            _line("A paragraph after the list.", 66.0, 660.0, 300.0),
        ],
    )
    texts = [(b.kind, b.text) for b in builder.blocks]
    assert texts == [
        ("list_item", "2015 Data Reporting Seminar, Techno Forum and Bazaar in the University on 27-30 October 2015"),
        ("paragraph", "A paragraph after the list."),
    ]


def test_a_two_language_calendars_title_wraps_onto_a_capital_until_its_place_and_a_status_stays_with_its_record():
    """Round 34: "Seminario Regional sobre Niñez Migrante No" / "Acompañada" / "Ciudad de México, México": the title
    goes on until the record's place; "SUSPENDIDO" under a record is its status, not a section's name."""
    from mpdp_pipeline.extractors.layout import Table

    rows = (
        ("13-15 de julio", "July 13-15"),
        ("Taller sobre Trata de Personas", "Workshop on Trafficking in Persons"),
        ("Tegucigalpa, Honduras", "Tegucigalpa, Honduras"),
        ("SUSPENDIDO", "SUSPENDED"),
        ("7-8 de septiembre", "September 7-8"),
        ("Seminario Regional sobre Niñez Migrante No", "Regional Seminar on Unaccompanied Migrant"),
        ("Acompañada", "Children"),
        ("Ciudad de México, México", "Mexico City, Mexico"),
    )
    boxes = tuple((60.0, 100.0 + 12 * i, 500.0, 109.0 + 12 * i) for i in range(len(rows)))
    builder = BlockBuilder(body_size=9.0)
    builder.add_table(Table(rows, boxes, 60.0, 100.0, 500.0, 300.0), page=1, first_on_page=True)
    assert [(b.kind, b.text) for b in builder.blocks] == [
        ("paragraph", "13-15 de julio · Taller sobre Trata de Personas · Tegucigalpa, Honduras · SUSPENDIDO"),
        (
            "paragraph",
            "7-8 de septiembre · Seminario Regional sobre Niñez Migrante No Acompañada · Ciudad de México, México",
        ),
    ]


def _lines_read(lines: list[tuple[str, float, float, float]]) -> list[tuple[str, str]]:
    builder = BlockBuilder(body_size=10.0)
    builder.add_page(1, [_line(*line) for line in lines])
    return [(b.kind, b.text) for b in builder.blocks]


def test_a_numbered_sub_item_ends_the_section_item_above_it():
    """Round 33: "5. Reports of the Working Groups" over "5.1 The Chair of the Working Group ...": the section's
    line is an item of its own, the sub-item a paragraph; "2.5 million" going on a line is no sub-item."""
    assert _lines_read(
        [
            ("5. Reports of the Working Groups", 66.0, 500.0, 260.0),
            ("5.1 The Chair of the Working Group on Return reported on its meeting", 66.0, 514.0, 500.0),
            ("6. Budget and its share of the", 66.0, 540.0, 260.0),
            ("2.5 million contributed", 66.0, 554.0, 300.0),
        ]
    ) == [
        ("list_item", "Reports of the Working Groups"),
        ("paragraph", "5.1 The Chair of the Working Group on Return reported on its meeting"),
        ("list_item", "Budget and its share of the 2.5 million contributed"),
    ]


def test_a_numbered_sections_title_line_is_no_part_of_the_text_under_it():
    """Round 33: "8. Next meetings and any other business" over "The next Steering Group meeting will take place
    ...": the title stops well short of where the text under it runs on to, which opens with a capital; a wrapped
    item runs to the margin."""
    assert _lines_read(
        [
            ("8. Next meetings and any other business", 66.0, 300.0, 270.0),
            ("The next Steering Group meeting will take place in Geneva on 11 November.", 66.0, 314.0, 530.0),
            ("9. The Working Group on Return met in Vienna to discuss the return of", 66.0, 340.0, 528.0),
            ("Rejected asylum seekers to their countries of origin.", 66.0, 354.0, 400.0),
        ]
    ) == [
        ("list_item", "Next meetings and any other business"),
        ("paragraph", "The next Steering Group meeting will take place in Geneva on 11 November."),
        (
            "list_item",
            "The Working Group on Return met in Vienna to discuss the return of Rejected asylum seekers to their "
            "countries of origin.",
        ),
    ]


def test_join_lines():
    assert join_lines("migra-", "tion") == "migration"
    assert join_lines("co-", "Operation") == "co- Operation"
    assert join_lines("one", "two") == "one two"


def test_zero_bytes_is_pdf_empty():
    with pytest.raises(ParseError) as info:
        pdf_to_document(b"")
    assert info.value.code == "pdf.empty"


@pytest.mark.parametrize("data", [b"not a pdf at all", b"%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF", two_column_pdf()[:300]])
def test_garbage_and_truncated_are_malformed(data):
    with pytest.raises(ParseError) as info:
        pdf_to_document(data)
    assert info.value.code in ("pdf.malformed", "pdf.no_pages")


def test_encrypted_with_user_password_raises():
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 10, "secret")
    pdf.set_encryption(owner_password="owner", user_password="user")
    with pytest.raises(EncryptedError) as info:
        pdf_to_document(bytes(pdf.output()))
    assert info.value.code == "pdf.encrypted"


def test_encrypted_with_empty_user_password_opens():
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 10, "The meeting of the working group was held in Geneva.")
    pdf.set_encryption(owner_password="owner")
    doc = pdf_to_document(bytes(pdf.output()))
    assert "working group" in doc.blocks[0].text


def test_page_without_text_layer_warns():
    import io

    import pypdfium2 as pdfium
    from fpdf import FPDF

    # An image-only page, as a scanner makes: render a text page to a bitmap and embed it.
    source = pdfium.PdfDocument(two_column_pdf())
    image = source[0].render(scale=0.5).to_pil()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    pdf = FPDF()
    pdf.add_page()
    pdf.image(io.BytesIO(buffer.getvalue()), x=10, y=10, w=100)
    doc = pdf_to_document(bytes(pdf.output()))
    assert doc.blocks == ()
    assert doc.warnings == (("pdf.no_text_layer", "page 1 has no text layer (scanned; no OCR)"),)


def test_pages_lines_are_not_all_held_at_once(monkeypatch):
    """Issue 4: the worker's memory must not grow with the page count beyond the result.

    Live `Fragment`s are counted as each page enters the first pass (the cross-page summary) and
    the second (the block builder); both see at most a few pages' worth, where keeping every
    page's lines for the cross-page decisions would show all of them.
    """
    import gc

    from mpdp_pipeline.extractors.layout import BlockBuilder, CrossPageStats, Fragment

    live: list[int] = []
    page_segments: list[int] = []

    def counting(original):
        def add_page(self, *args):
            if isinstance(self, CrossPageStats):
                page_segments.append(sum(len(row) for row in args[1]))
            live.append(sum(1 for obj in gc.get_objects() if type(obj) is Fragment))
            return original(self, *args)

        return add_page

    for cls in (CrossPageStats, BlockBuilder):
        monkeypatch.setattr(cls, "add_page", counting(cls.add_page))
    pages = 16
    doc = pdf_to_document(report_pdf(pages))
    assert doc.pages == pages and len(page_segments) == pages and len(live) == 2 * pages
    assert max(live) <= 4 * max(page_segments), (max(live), page_segments)


# --- the recipients' genre (issue 7): layouts of the written corpus's reports ---

WRITTEN = Path(__file__).resolve().parent / "fixtures" / "written"


def _blocks(name: str):
    return pdf_to_document((WRITTEN / name).read_bytes()).blocks


def test_numbered_section_headings_year_headings_and_lines_without_descenders():
    blocks = _blocks("igc-annual-report-2008-09.pdf")
    headings = [b.text for b in blocks if b.kind == BlockKind.HEADING]
    assert {"1. Full Rounds", "2. Steering Group", "2008", "2009"} <= set(headings)
    # "... in Geneva on 19-20" has no descender: the next line still belongs to its paragraph.
    assert any("19-20 November 2008 and agreed" in b.text for b in blocks)
    assert [b.heading for b in blocks if b.text.startswith("27-28 January")] == ["2009"]


def test_two_columns_a_sentence_across_the_column_break_and_a_heading_below_both():
    texts = [b.text for b in _blocks("mpi-annual-report-2006.pdf")]
    europe = next(t for t in texts if t.startswith("Europe."))
    assert "King Baudouin Foundation, MPI convened a policy dialogue" in europe
    assert texts.index("Roundtables organized through MPI") > next(
        i for i, t in enumerate(texts) if t.startswith("Latin America.")
    )


def test_a_two_line_date_and_venue_cell_splits_into_date_and_venue(nlp):
    """Round 10B (3): a bordered `Activity | Date and venue` table whose venue cell holds the date and the venue
    on two lines, in either order, gave the whole cell (date included) as the location."""
    from fpdf import FPDF
    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 6, "Meetings of the Consultation Group", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(100, 70), line_height=5.5) as table:
        for cells in (
            ("Activity", "Date and venue"),
            ("Meeting of the Regional Consultation Group on Migration", "23-24 November 2006\nPanama City, Panama"),
            ("Workshop on Consular Protection, Return and Reintegration", "San Salvador, El Salvador\n8 February 2007"),
            ("Meeting of the Liaison Officers Network", "Ministry of Labour, Managua, Nicaragua\n27 March 2007"),
        ):
            row = table.row()
            for text in cells:
                row.cell(text)
    doc = pdf_to_document(bytes(pdf.output()))
    ctx = DocumentContext("RCM", "d" * 64, "file:///report.pdf", "en")
    found = sorted(blocks_to_activities(doc.blocks, ctx, nlp), key=lambda a: a.start_date)
    assert [(a.start_date.isoformat(), a.location, a.country) for a in found] == [
        ("2006-11-23", "Panama City, Panama", "PA"),
        ("2007-02-08", "San Salvador, El Salvador", "SV"),
        ("2007-03-27", "Managua, Nicaragua", "NI"),
    ]
    assert found[1].title == "Workshop on Consular Protection, Return and Reintegration"


def test_a_pdfs_creation_date_is_its_own_date():
    import datetime as dt

    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_creation_date(dt.datetime(2006, 3, 15, 9, 30, tzinfo=dt.UTC))
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 10, "Agenda: Steering Committee, Thursday, October 8")
    assert pdf_to_document(bytes(pdf.output())).date == dt.date(2006, 3, 15)


def test_a_list_in_a_size_above_the_tables_reads_as_items_not_headings():
    """Round 31 (retired): a report whose large 8.5-point table sets the body size, then an introduction and a
    list of citations in 10 points: the introduction ending with a colon and the "- " items are no headings, and
    an item's next line under its marker goes on with the sentence the item left open."""
    builder = BlockBuilder(body_size=8.5)
    builder.add_page(
        3,
        [
            _line("3. Productos y publicaciones", 54.0, 300.0, 300.0, size=12.0),
            _line("Durante el año se concluyeron los siguientes productos, disponibles en el sitio web:", 54.0, 320.0,
                  500.0),
            _line("- Secretaría Técnica de la CRM. Informe sobre flujos migratorios en Centroamérica y México,",
                  54.0, 336.0, 520.0),
            _line("2012-2013. San José: ST-CRM, octubre de 2013.", 54.0, 348.0, 300.0),
            _line("- Ruiz, Olga y Marco Tulio Pérez. Diagnóstico regional sobre los mecanismos de referencia de",
                  54.0, 364.0, 520.0),
            _line("poblaciones migrantes. San José: OIM, 2013.", 54.0, 376.0, 300.0),
        ],
    )  # fmt: skip
    assert [(b.kind, b.text) for b in builder.blocks] == [
        ("heading", "3. Productos y publicaciones"),
        ("paragraph", "Durante el año se concluyeron los siguientes productos, disponibles en el sitio web:"),
        (
            "list_item",
            "Secretaría Técnica de la CRM. Informe sobre flujos migratorios en Centroamérica y México, 2012-2013. "
            "San José: ST-CRM, octubre de 2013.",
        ),
        (
            "list_item",
            "Ruiz, Olga y Marco Tulio Pérez. Diagnóstico regional sobre los mecanismos de referencia de poblaciones "
            "migrantes. San José: OIM, 2013.",
        ),
    ]


def test_a_calendar_set_in_two_languages_side_by_side_is_read_in_its_first():
    """Round 34: a calendar PDF set as two columns, Spanish beside English, comes out of the table finder as a
    table of two columns whose rows hold the same figures in both cells. It is no table: the first column is read,
    a month alone heads its records, a line opening with a day opens a record whose fields follow it, and a line
    broken off after a little word goes on on the next."""
    from mpdp_pipeline.extractors.layout import Table, parallel_columns

    rows = (
        ("Marzo", "March"),
        ("9-10 de marzo", "9-10 March"),
        ("Taller Regional sobre Retorno y Reintegración de", "Regional Workshop on Return and Reintegration of"),
        ("Migrantes", "Migrants"),
        ("Ciudad de Guatemala, Guatemala", "Guatemala City, Guatemala"),
        ("Abril", "April"),
        ("22 de abril", "22 April"),
        ("Reunión de la Red de Funcionarios de Enlace", "Meeting of the Liaison Officers Network"),
    )
    assert parallel_columns(rows)
    assert not parallel_columns((("9-10 March", "Workshop on Return"), ("22 April", "Liaison Officers Network")))
    boxes = tuple((60.0, 100.0 + 12 * i, 500.0, 110.0 + 12 * i) for i in range(len(rows)))
    builder = BlockBuilder(body_size=9.0)
    builder.add_table(Table(rows, boxes, 60.0, 100.0, 500.0, 200.0), page=1, first_on_page=True)
    assert [(b.kind, b.text) for b in builder.blocks] == [
        ("heading", "Marzo"),
        (
            "paragraph",
            "9-10 de marzo · Taller Regional sobre Retorno y Reintegración de Migrantes · Ciudad de Guatemala, "
            "Guatemala",
        ),
        ("heading", "Abril"),
        ("paragraph", "22 de abril · Reunión de la Red de Funcionarios de Enlace"),
    ]


def test_a_two_language_calendar_keeps_its_sections_month_records_notes_and_publications_apart():
    """Round 33: the same layout with an introduction whose wrapped sentences carry a figure into the next row in one
    language only, sections named in capitals, a record dated by its month alone (no day follows "Mayo"), a note
    set after a blank line, and a list of publications whose entries wrap until their full stop."""
    from mpdp_pipeline.extractors.layout import Table, parallel_columns

    rows = (
        ("Calendario aprobado por la PPT el 14", "Calendar approved by the PPT on"),
        ("de enero de 2014.", "January 14, 2014."),
        ("PRIMER SEMESTRE", "FIRST SEMESTER"),
        ("20 y 21 de febrero", "February 20-21"),
        ("Reunión del GRCM", "RCGM meeting"),
        ("Managua, Nicaragua", "Managua, Nicaragua"),
        ("Mayo", "May"),
        ("Taller regional sobre trata de personas", "Regional workshop on trafficking in persons"),
        ("Registro hasta el 2 de mayo.", "Registration until May 2."),
        ("PUBLICACIONES", "PUBLICATIONS"),
        ("Informe anual de actividades 2013. San José:", "Annual activity report 2013. San José:"),
        ("OIM, marzo de 2014.", "IOM, March 2014."),
    )
    assert parallel_columns(rows)
    gaps = (0, 0, 14, 14, 0, 0, 14, 0, 14, 14, 14, 0)  # a blank line's gap before a row, or none
    tops = [100.0 + 12 * i + sum(gaps[: i + 1]) for i in range(len(rows))]
    boxes = tuple((60.0, top, 500.0, top + 9.0) for top in tops)
    builder = BlockBuilder(body_size=9.0)
    builder.add_table(Table(rows, boxes, 60.0, 100.0, 500.0, 400.0), page=1, first_on_page=True)
    assert [(b.kind, b.text) for b in builder.blocks] == [
        ("paragraph", "Calendario aprobado por la PPT el 14 de enero de 2014."),
        ("heading", "PRIMER SEMESTRE"),
        ("paragraph", "20 y 21 de febrero · Reunión del GRCM · Managua, Nicaragua"),
        ("paragraph", "Mayo · Taller regional sobre trata de personas"),
        ("paragraph", "Registro hasta el 2 de mayo."),
        ("heading", "PUBLICACIONES"),
        ("paragraph", "Informe anual de actividades 2013. San José: OIM, marzo de 2014."),
    ]


def test_a_list_item_goes_on_under_its_marker_while_its_sentence_is_open():
    """Round 34: a summary record's numbered items wrap under their marker ("... reported on its meeting in
    Brussels on 18" / "September 2007, which ..."): the item goes on while its sentence is open, whatever the next
    line opens with; after a full stop, a line at the item's edge is a paragraph of its own."""
    builder = BlockBuilder(body_size=10.0)
    builder.add_page(
        1,
        [
            _line("- The Chair of the Working Group on Return reported on its meeting in Brussels on 18", 96.0, 400.0,
                  520.0),
            _line("September 2007, which examined cooperation with countries of origin.", 96.0, 412.0, 480.0),
            _line("- The delegation of Canada presented the conclusions of the Workshop on Family", 96.0, 428.0, 520.0),
            _line("Reunification (Ottawa, 14-15 June 2007).", 96.0, 440.0, 300.0),
        ],
    )  # fmt: skip
    assert [(b.kind, b.text) for b in builder.blocks] == [
        (
            "list_item",
            "The Chair of the Working Group on Return reported on its meeting in Brussels on 18 September 2007, "
            "which examined cooperation with countries of origin.",
        ),
        (
            "list_item",
            "The delegation of Canada presented the conclusions of the Workshop on Family Reunification (Ottawa, "
            "14-15 June 2007).",
        ),
    ]


def test_a_smaller_line_under_a_title_is_a_field_of_its_own():
    """A calendar's record: the event's name, then its type and venue set a point smaller, in italic. One block,
    the two lines kept apart as a card's fields are; a paragraph's wrapped lines of one size stay one sentence."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("Helvetica", size=9.5)
    pdf.set_xy(110, 100)
    pdf.cell(300, 12, "Labor Market Integration of Highly Skilled Immigrants")
    pdf.set_font("Helvetica", style="I", size=8.5)
    pdf.set_xy(110, 113)
    pdf.cell(300, 11, "Roundtable - MPI offices, Washington, DC")
    pdf.set_font("Helvetica", size=9.5)
    pdf.set_xy(110, 160)
    pdf.cell(300, 12, "The Council met twice during the year and agreed on")
    pdf.set_xy(110, 173)
    pdf.cell(300, 12, "its programme of work for the next biennium.")
    texts = [b.text for b in pdf_to_document(bytes(pdf.output())).blocks]
    assert "Labor Market Integration of Highly Skilled Immigrants · Roundtable - MPI offices, Washington, DC" in texts
    assert "The Council met twice during the year and agreed on its programme of work for the next biennium." in texts


def test_a_year_alone_over_a_table_is_kept_not_dropped_as_a_page_number(nlp):
    """Round 43's held-out half, retired to dev: an annex sets "2010" alone at the top of its page, over a table of
    year-less days. It is the rows' year, not a page number: the rows fall in 2010, not in the report's 2009."""
    from fpdf import FPDF
    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, "Informe de la Presidencia Pro Tempore", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 6, "El GRCM se reunio en Ciudad de Guatemala el 17 de noviembre de 2009.")
    pdf.add_page()
    pdf.set_y(8)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "2010", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    with pdf.table(col_widths=(40, 90, 60)) as table:
        rows = [
            ("Fecha", "Actividad", "Sede"),
            ("2 al 4 de febrero", "Seminario sobre Migracion y Desarrollo", "Managua, Nicaragua"),
            ("12 de mayo", "Taller sobre retorno", "Tegucigalpa, Honduras"),
        ]
        for row in rows:
            cells = table.row()
            for cell in row:
                cells.cell(cell)
    doc = pdf_to_document(bytes(pdf.output()))
    ctx = DocumentContext("RCM", "d" * 64, "file:///acta.pdf", "es", title=doc.title)
    starts = sorted(a.start_date.isoformat() for a in blocks_to_activities(doc.blocks, ctx, nlp))
    assert "2010-02-02" in starts and "2010-05-12" in starts
    assert not any(s.startswith("2009-02") or s.startswith("2009-05") for s in starts)


def test_a_newsletters_entries_under_their_title_headings_dated_by_the_issue_year(nlp):
    """Round 43's held-out half, retired to dev: a quarterly newsletter PDF ("Vol. 4, No. 2 - Summer 2006") sets
    each event as a bold title over a smaller bold "June 29 - July 1 | Brussels, Belgium" (no year: the issue's), and
    each publication as a title over "Working Paper No. 12 | April 2006" and "By A (MPI, 36 pp.). Teaser". A title
    without a kind word after a testimony's heading is its own entry, not the testimony's."""
    from fpdf import FPDF
    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 24)
    pdf.cell(0, 12, "MPI UPDATE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 6, "Vol. 4, No. 2 - Summer 2006", new_x="LMARGIN", new_y="NEXT")
    entries = [
        ("RECENT EVENTS", None, None),
        ("Testimony before the House Judiciary Subcommittee on Immigration", "June 8 | Washington, DC",
         "MPI Senior Fellow Doris Meissner testified on the lessons of the 1986 reform."),
        ("Managing Migration in a Changing Europe", "June 29 - July 1 | Brussels, Belgium",
         "MPI and the King Baudouin Foundation convened a three-day conference of officials."),
        ("NEW PUBLICATIONS", None, None),
        ("Remittances and Rural Development in Central America", "Working Paper No. 12 | April 2006",
         "By Dovelyn Rannveig Agunias (MPI, 36 pp.). Household survey evidence from Guatemala."),
    ]  # fmt: skip
    for title, line, text in entries:
        pdf.ln(4)
        if line is None:
            pdf.set_font("Helvetica", "B", 10)
            pdf.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "B", 8.5)
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 9)
        pdf.multi_cell(0, 5, text)
    doc = pdf_to_document(bytes(pdf.output()))
    ctx = DocumentContext("MPI", "d" * 64, "file:///update.pdf", "en", title=doc.title)
    rows = {a.title: a for a in blocks_to_activities(doc.blocks, ctx, nlp)}
    europe = rows["Managing Migration in a Changing Europe"]
    assert (europe.start_date.isoformat(), europe.end_date.isoformat(), europe.location) == (
        "2006-06-29", "2006-07-01", "Brussels, Belgium"
    )  # fmt: skip
    paper = rows["Remittances and Rural Development in Central America"]
    assert (paper.start_date.isoformat(), paper.publication_type, paper.authors, paper.publisher) == (
        "2006-04-01", "working_paper", ("Dovelyn Rannveig Agunias",), "MPI"
    )  # fmt: skip
    assert sum(r.title.startswith("Testimony") for r in rows.values()) == 1


def test_two_boxes_side_by_side_are_read_down_their_own_columns(nlp):
    """Round 52 (written, dev): a newsletter's page 2 sets "Events calendar" and "New publications" as two boxes
    side by side, which the page's table finder takes for one two-column table. Each box is read down its own
    column: three meetings of the calendar (a date line, then the meeting and its town), three publications."""
    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    path = WRITTEN / "w52-igc-newsletter-2011-autumn.pdf"
    doc = pdf_to_document(path.read_bytes())
    assert [b.text for b in doc.blocks if b.kind == BlockKind.HEADING and b.page == 2][:2] == [
        "Events calendar", "New publications"
    ]  # fmt: skip
    ctx = DocumentContext("IGC", "d" * 64, "file:///newsletter.pdf", "en", title=doc.title)
    rows = blocks_to_activities(doc.blocks, ctx, nlp)
    starts = {r.start_date.isoformat() for r in rows if r.page == 2 and r.kind.value not in ("report", "publication")}
    assert {"2011-10-04", "2011-11-08", "2011-11-30"} <= starts
    assert sum(r.kind.value in ("report", "publication") for r in rows if r.page == 2) == 3


def test_a_short_dateline_over_an_entrys_text_is_a_line_of_its_own():
    """Round 62 (written, dev): "Sunday 29 May 2011, Hotel Kämp" over "Held on the eve of the Full Round, the
    Steering Group reviewed ..." is the entry's dateline, a block of its own; "On April 24, 2007, MPI Senior Fellow
    Doris Meissner" wrapping onto "testified before ..." is one sentence."""
    from fpdf import FPDF
    from mpdp_pipeline.extractors.pdf import pdf_to_document

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for line in (
        "Sunday 29 May 2011, Hotel Kamp",
        "Held on the eve of the Full Round, the Steering Group reviewed the draft agenda.",
        "",
        "On April 24, 2007, MPI Senior Fellow Doris Meissner",
        "testified before the House Judiciary Subcommittee on Immigration.",
    ):
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    texts = [b.text for b in pdf_to_document(bytes(pdf.output())).blocks]
    assert texts[0] == "Sunday 29 May 2011, Hotel Kamp"
    assert texts[-1].startswith("On April 24, 2007, MPI Senior Fellow Doris Meissner testified")


def test_a_numeric_date_a_narrow_cell_cuts_inside_its_year_is_joined_whole():
    """Round 92 (written, dev): a table's narrow date cell wraps "09/27/2012-09/28/2012" after "09/28/2"; the lines
    join without a space, so the date reads whole. Words still join with one."""
    from mpdp_pipeline.extractors.layout import join_lines

    assert join_lines("09/27/2012-09/28/2", "012") == "09/27/2012-09/28/2012"
    assert join_lines("Meeting of 14.03.20", "12 in Geneva") == "Meeting of 14.03.2012 in Geneva"
    assert join_lines("Working Group 2", "meeting") == "Working Group 2 meeting"


def test_a_newsletters_kicker_of_type_and_day_over_a_bold_title_wrapped_after_its_colon(nlp):
    """Round 100 (written, dev): an annual report's events page sets each event as a small bold kicker ("SEMINAR |
    October 13, 2011") over its bold title, wrapped after its colon or after "U.S.", then a summary that opens with
    the town ("Denver, CO. A one-day seminar ..."). The kicker's type is the kind and no venue; the two title lines
    are one title."""
    from fpdf import FPDF
    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    entries = [
        ("BRIEFING | January 26, 2011", ["Counting Foreign-Born Workers After the Recession"], "Washington, DC."),
        ("SEMINAR | October 13, 2011", ["Refugee Resettlement in Mid-Sized U.S.", "Cities"], "Denver, CO."),
        ("PLENARY MEETING | November 29-30, 2011", ["Transatlantic Council on Migration:", "Eighth Plenary Meeting"],
         "Lisbon."),
        ("WORKSHOP | December 6, 2011", ["Workshop on Labour Shortages,", "2011-2012"], "Ottawa."),
    ]  # fmt: skip
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, "2011 Events Highlights", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(0, 5, "A selection of the public events hosted by the Institute in 2011.")
    for kicker, title_lines, town in entries:
        pdf.ln(4)
        pdf.set_font("Helvetica", "B", 7)
        pdf.cell(0, 4, kicker, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "B", 10)
        for title_line in title_lines:
            pdf.cell(0, 5, title_line, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 9)
        pdf.multi_cell(0, 5, f"{town} Officials, researchers and funders compared their programmes.")
    doc = pdf_to_document(bytes(pdf.output()))
    ctx = DocumentContext("MPI", "d" * 64, "file:///annual-report.pdf", "en", title=doc.title)
    rows = blocks_to_activities(doc.blocks, ctx, nlp)
    found = {(a.title, a.kind, a.location, a.start_date.isoformat()) for a in rows}
    assert found == {
        ("Counting Foreign-Born Workers After the Recession", "other", "Washington, DC", "2011-01-26"),
        ("Refugee Resettlement in Mid-Sized U.S. Cities", "seminar", "Denver, CO", "2011-10-13"),
        ("Transatlantic Council on Migration: Eighth Plenary Meeting", "meeting", "Lisbon", "2011-11-29"),
        ("Workshop on Labour Shortages, 2011-2012", "workshop", "Ottawa", "2011-12-06"),
    }


def test_a_name_set_in_bold_at_the_start_of_a_paragraphs_next_line_goes_on_with_the_sentence(nlp):
    """Round 97 (written, dev): "... se celebró en Santo Domingo la XVI Reunión Viceministerial de la" / "**Conferencia
    Regional sobre Migración**, con la participación de ...": a bold name inside the sentence, not a heading that cuts
    the meeting's name in two."""
    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    path = Path(__file__).parent / "fixtures" / "written" / "w97-rcm-boletin-2011.pdf"
    doc = pdf_to_document(path.read_bytes())
    ctx = DocumentContext("RCM", "d" * 64, path.name, "es", title=doc.title)
    titles = {a.title for a in blocks_to_activities(doc.blocks, ctx, nlp) if str(a.start_date) == "2011-11-24"}
    assert titles == {"XVI Reunión Viceministerial de la Conferencia Regional sobre Migración"}


def test_a_sidebar_beside_a_newsletters_list_is_no_table_and_a_bold_items_title_wraps_under_its_marker(nlp):
    """Round 86 (written, dev): a newsletter's page sets its "New from the Secretariat" list beside a sidebar
    ("CALENDAR", "MOST REQUESTED", "CONTACT"). Where the two columns' lines meet on a few rows, the table finder took
    them for a table ("Participating States | IGC Secretariat"); a page column that goes on above and below those
    rows is no table's column. A bold item's title wrapped under its marker ("- **Discussion Paper: ... of
    International**" / "**Protection**") is one item, and the calendar's day headings over their lines
    ("15-16 May 2013" / "2013 Full Round, Sydney, Australia") are meetings."""
    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    doc = pdf_to_document((WRITTEN / "w86-igc-update-2013.pdf").read_bytes())
    assert not any(b.kind == BlockKind.TABLE_ROW for b in doc.blocks)
    items = [b.text for b in doc.blocks if b.kind == BlockKind.LIST_ITEM and b.heading == "New from the Secretariat"]
    assert items[0].startswith("Discussion Paper: Integration of Beneficiaries of International Protection December")
    assert items[1].startswith("Report on Unaccompanied Minors: Policies and Practices in IGC Participating States")
    ctx = DocumentContext("IGC", "d" * 64, "file:///update.pdf", "en", title=doc.title, as_of=doc.date)
    rows = blocks_to_activities(doc.blocks, ctx, nlp)
    assert ("2013-05-15", "Sydney, Australia") in {(a.start_date.isoformat(), a.location) for a in rows}


def test_the_short_last_rows_of_two_prose_columns_are_no_table():
    """Round 76 and round 93 (written, dev): two columns of prose side by side end their paragraphs in short lines
    ("Policy Options | Analyst.", "August 2007. | in early 2008."); once the run of rows reads as prose columns, its
    tail is not taken for a table. Here a report's two-column page of works and staff news."""
    from mpdp_pipeline.extractors.layout import segments_to_unruled_tables

    def line(text: str, x0: float, top: float) -> Fragment:
        return Fragment(text, x0, top, x0 + 5.2 * len(text), top + 9, 9.0)

    left = [
        "States and six European countries and proposes a core",
        "set for North America.",
        "Remittance Flows to Central America: Trends and",
        "Policy Options",
        "By Gabriela Ruiz and Thomas Whitman. Policy Brief No. 14,",
        "August 2007.",
    ]
    right = [
        "Samuel Tan joined MPI in August 2007 as Policy Analyst",
        "with the National Center on Immigrant Integration Policy.",
        "Gabriela Ruiz has been promoted to Associate Policy",
        "Analyst.",
        "MPI's Europe program will open a small office in Brussels",
        "in early 2008.",
    ]
    rows = [
        [line(a, 54, 150 + 12.5 * i), line(b, 310, 150 + 12.5 * i)]
        for i, (a, b) in enumerate(zip(left, right, strict=True))
    ]
    tables, rest = segments_to_unruled_tables(rows, 595)
    assert tables == [] and len(rest) == len(rows)


def test_a_calendar_of_day_headings_each_over_its_meeting_and_town(nlp):
    """Round 97 (written, dev): a newsletter's "Forthcoming Meetings" box sets each meeting as a bold day heading
    over one line of its name and town ("16 April 2009" / "Steering Group, Geneva"). Each is a meeting of that day,
    named by its line (an acronym too, "WGACE, Geneva", under a section that says it lists meetings); a deadline
    or an office's closing under a day heading is none."""
    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities
    from mpdp_pipeline.extractors.html import html_to_document

    page = (
        "<html><body><h2>Forthcoming Meetings</h2>"
        "<h4>16 April 2009</h4><p>Steering Group, Geneva</p>"
        "<h4>24 April 2009</h4><p>Deadline for Full Round registrations</p>"
        "<h4>26-27 May 2009</h4><p>Mini-Full Round on Integration and Citizenship, Ottawa</p>"
        "<h4>29 May 2009</h4><p>Secretariat closed</p>"
        "<h4>18 June 2009</h4><p>WGACE, Geneva</p>"
        "<p>Dates are subject to confirmation by the Chair.</p></body></html>"
    )
    doc = html_to_document(page.encode())
    ctx = DocumentContext("IGC", "d" * 64, "file:///newsletter.html", "en")
    found = {(a.title, a.start_date.isoformat(), a.location) for a in blocks_to_activities(doc.blocks, ctx, nlp)}
    assert found == {
        ("Steering Group", "2009-04-16", "Geneva"),
        ("Mini-Full Round on Integration and Citizenship", "2009-05-26", "Ottawa"),
        ("WGACE", "2009-06-18", "Geneva"),
    }

    path = WRITTEN / "w97-igc-newsletter-2009.pdf"
    doc = pdf_to_document(path.read_bytes())
    ctx = DocumentContext("IGC", "d" * 64, path.name, "en", title=doc.title)
    starts = {str(a.start_date) for a in blocks_to_activities(doc.blocks, ctx, nlp) if a.page == 2}
    assert {"2009-04-16", "2009-05-26", "2009-06-09", "2009-06-18"} <= starts


def test_a_pdfs_italic_phrases_are_its_blocks_emphasis_and_name_the_works_its_prose_announces(nlp):
    """Round 108 (written, dev): a PDF newsletter's prose names its works by titles set in italics, one of them
    wrapped onto the next line ("... was *Reception of Asylum*" / "*Seekers: An Overview of Practices*, a working
    paper by A and B"). The italic text objects of a page are the emphasis of the block they sit in, a wrapped title
    one phrase; the work is dated by the month the sentence says it came out."""
    from fpdf import FPDF
    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    pdf = FPDF()
    pdf.set_right_margin(95)  # a narrow column, so that the second title wraps
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 8, "3. Publications", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 10.5)
    pdf.write(5, "The ")
    pdf.set_font("Times", "I", 10.5)
    pdf.write(5, "Report on Asylum Trends in IGC Participating States, 1990-2005")
    pdf.set_font("Times", "", 10.5)
    pdf.write(5, ", prepared by the IGC Secretariat, was distributed to focal points in October 2006. It covers 16 ")
    pdf.write(5, "States.\n\nAlso distributed, in November 2006, was ")
    pdf.set_font("Times", "I", 10.5)
    pdf.write(5, "Reception of Asylum Seekers: An Overview of Practices")
    pdf.set_font("Times", "", 10.5)
    pdf.write(5, ", a working paper by Margaret Hughes and Lars Eriksen.\n")
    doc = pdf_to_document(bytes(pdf.output()))
    emphasis = {e for b in doc.blocks for e in b.emphasis}
    assert "Report on Asylum Trends in IGC Participating States, 1990-2005" in emphasis
    assert "Reception of Asylum Seekers: An Overview of Practices" in emphasis
    ctx = DocumentContext("IGC", "d" * 64, "file:///newsletter.pdf", "en", title=doc.title)
    works = {(a.title, str(a.start_date), a.authors) for a in blocks_to_activities(doc.blocks, ctx, nlp)}
    assert works == {
        ("Report on Asylum Trends in IGC Participating States, 1990-2005", "2006-10-01", ("IGC Secretariat",)),
        ("Reception of Asylum Seekers: An Overview of Practices", "2006-11-01", ("Margaret Hughes", "Lars Eriksen")),
    }


def test_a_catalogue_pages_two_columns_of_sections_and_their_set_apart_titles(nlp):
    """Round 114 (written, dev): an annual report's publications page sets two columns of sections ("REPORTS" |
    "BOOKS", then "POLICY BRIEFS" | "WORKING PAPERS"), each entry a title in italics or in quotes over its authors and
    its date. The two section names on one row open two page columns, no table; each entry is a work, titled as set
    apart, with its authors; the report's "Letter from the President" is none."""
    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    path = WRITTEN / "w114-mpi-annual-report-2009.pdf"
    doc = pdf_to_document(path.read_bytes())
    assert not any(b.kind == BlockKind.TABLE_ROW and b.header == ("REPORTS", "BOOKS") for b in doc.blocks)
    ctx = DocumentContext("MPI", "d" * 64, path.name, "en", title=doc.title)
    works = {a.title: a for a in blocks_to_activities(doc.blocks, ctx, nlp) if a.kind in ("report", "publication")}
    brief = works["Diaspora Bonds and Development Finance"]
    assert (str(brief.start_date), brief.authors, brief.publication_type) == (
        "2009-12-01", ("Kwame Asante-Mensah", "Helen Rourke"), "policy_brief"
    )  # fmt: skip
    assert works["Beyond the Border: Rethinking Enforcement Priorities"].authors == ("Samuel Achterberg",)
    assert "Letter from the President" not in works


def test_a_newsletters_list_of_new_works_each_run_together_with_its_month_and_pages(nlp):
    """Round 86 (written, dev): "New from the Secretariat" lists each work as one item of its title, then its month
    and page count ("IGC Annual Report 2012 February 2013. 40 pp.", "Discussion Paper: ... Protection December 2012.
    Prepared by Anna Lindqvist. 28 pp."). The month the page count follows dates the work and closes its title (not
    the year inside the title); a title heading's own facts line stays its heading's entry."""
    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    doc = pdf_to_document((WRITTEN / "w86-igc-update-2013.pdf").read_bytes())
    ctx = DocumentContext("IGC", "d" * 64, "file:///update.pdf", "en", title=doc.title, as_of=doc.date)
    works = {a.title: a for a in blocks_to_activities(doc.blocks, ctx, nlp) if a.kind in ("report", "publication")}
    assert str(works["IGC Annual Report 2012"].start_date) == "2013-02-01"
    paper = works["Discussion Paper: Integration of Beneficiaries of International Protection"]
    assert (str(paper.start_date), paper.authors) == ("2012-12-01", ("Anna Lindqvist",))

    doc = pdf_to_document((WRITTEN / "w99-rcm-narrative-report-2012-13.pdf").read_bytes())
    ctx = DocumentContext("RCM", "d" * 64, "file:///report.pdf", "en", title=doc.title)
    titles = {a.title for a in blocks_to_activities(doc.blocks, ctx, nlp)}
    assert "Regional Guidelines for the Protection of Migrant Workers: Follow-up Document" in titles
    assert "RCM Technical Secretariat" not in titles


def test_a_reference_lists_entries_wrapped_close_and_set_apart_by_wider_space_are_one_block_each():
    """Round 123: an APA list set as one run of lines, each entry's wrap 4 points below its first line and the next
    entry 8 points below; the document's own line spacing is wider still (8 points), so only the block's own
    spacing tells the entries apart."""
    lines = [
        (
            "Whitfield, L., & Arroyo, M. (2012, June). Points-based selection in Canada: Evolution and outcomes",
            66,
            128.4,
            530,
        ),
        ("[Policy brief]. Washington, DC: Migration Policy Institute.", 66, 141.5, 320),
        ("Kessler-Park, D. (2012, September). Temporary foreign worker programs in North America: A", 66, 158.5, 529),
        ("comparative assessment [Report]. Washington, DC: Migration Policy Institute.", 66, 171.5, 416),
    ]
    builder = BlockBuilder(body_size=9.0)
    builder.line_gap = 8.0
    builder.add_page(2, [_line(text, x0, top, x1, size=9.0) for text, x0, top, x1 in lines])
    assert [b.text[:20] for b in builder.blocks] == ["Whitfield, L., & Arr", "Kessler-Park, D. (20"]


def test_a_bold_title_run_in_before_its_place_and_a_date_broken_over_the_line(nlp):
    """Round 141 (written, dev): "**Workshop on Family Reunification**, Ottawa, 6-7" / "February 2012. Hosted by ...":
    the bold run stops inside the line and the date runs on below, so the two lines are one entry, not a heading over
    a paragraph. The report's cover period ("1 April 2011 - 31 March 2012") under its title is no meeting."""
    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    path = Path(__file__).parent / "fixtures" / "written" / "w141-igc-activity-report-2011-12.pdf"
    doc = pdf_to_document(path.read_bytes())
    ctx = DocumentContext("IGC", "d" * 64, path.name, "en", title=doc.title)
    found = {(a.title, str(a.start_date)) for a in blocks_to_activities(doc.blocks, ctx, nlp)}
    assert ("Workshop on Family Reunification", "2012-02-06") in found
    assert ("Workshop on Unaccompanied Minors", "2012-03-15") in found
    assert not any(start in ("2011-04-01", "2012-03-31") for _, start in found)


def test_two_page_columns_set_in_their_own_sizes_are_no_table_and_a_works_facts_end_at_a_columns_foot(nlp):
    """Round 137 and round 130 (written, dev): a newsletter's columns start at different heights, so a heading's
    second line meets a "RAPPORT" kicker, and a dateline meets a title's second line, on one row. Runs of one row set
    in different sizes, where each column's size changes from row to row, are two page columns, not a table (a
    catalogue's field sheet, bold labels smaller than their values, stays one). In the year in review, a work's facts
    line at the foot of the left column ("Book | Washington, DC: MPI |" / "March 2012") does not run on into the
    next column's first line, and an author's line does not run into the larger bold title below it."""
    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    doc = pdf_to_document((WRITTEN / "w137-mpi-lettre-2013.pdf").read_bytes())
    assert not any(b.kind == BlockKind.TABLE_ROW for b in doc.blocks if b.page == 2)
    ctx = DocumentContext("MPI", "d" * 64, "file:///lettre.pdf", "fr", title=doc.title)
    works = {a.title for a in blocks_to_activities(doc.blocks, ctx, nlp) if a.kind in ("report", "publication")}
    assert "Les migrations en Méditerranée : quelles réponses européennes ?" in works

    sheet = pdf_to_document((WRITTEN / "w67-rcm-catalogo-centro-documentacion-2011.pdf").read_bytes())
    assert any(b.kind == BlockKind.TABLE_ROW and b.cells[0] == "Título:" for b in sheet.blocks)

    doc = pdf_to_document((WRITTEN / "w130-mpi-year-in-review-2012.pdf").read_bytes())
    texts = [b.text for b in doc.blocks]
    assert "Book | Washington, DC: Migration Policy Institute | March 2012" in texts
    assert "Unaccompanied Minors at the US-Mexico Border: Policy Responses, 2008-2012" in texts
    ctx = DocumentContext("MPI", "d" * 64, "file:///review.pdf", "en", title=doc.title)
    rows = {a.title: a for a in blocks_to_activities(doc.blocks, ctx, nlp)}
    # "Book | Washington, DC: MPI | March 2012" is a work's type, imprint and month, no event's place and day
    book = rows["Refugee Resettlement in the Twenty-First Century"]
    assert (book.kind, str(book.start_date), book.publication_type) == ("publication", "2012-03-01", "book")
    # "Policy Brief | Regional Migration Study Group, Brief No. 2 | October 2012": a type, its series, its month
    brief = rows["Unaccompanied Minors at the US-Mexico Border: Policy Responses, 2008-2012"]
    assert (str(brief.start_date), brief.publication_type) == ("2012-10-01", "policy_brief")


def test_a_catalogues_typed_sections_entries_dated_right_after_their_byline(nlp):
    """Round 150 (written, dev): a catalogue's "POLICY BRIEFS" and "FACT SHEETS" sections set each work as a title
    over "By Sofía Albarrán. April 2011. Policy Brief No. 3, Regional Migration Study Group. 12 pp." or "By Lucas
    Martell. February 2011. MPI Data Hub fact sheet.": under a section naming a type of work, the month right after
    the byline dates the entry, whatever follows; the section's name is no work."""
    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    path = WRITTEN / "w150-mpi-publications-2011.pdf"
    doc = pdf_to_document(path.read_bytes())
    ctx = DocumentContext("MPI", "d" * 64, path.name, "en", title=doc.title)
    works = {a.title: a for a in blocks_to_activities(doc.blocks, ctx, nlp) if a.kind in ("report", "publication")}
    assert "FACT SHEETS" not in works and "POLICY BRIEFS" not in works
    brief = works["Circular Migration in the Americas: Policy Options"]
    assert (str(brief.start_date), brief.authors) == ("2011-04-01", ("Sofía Albarrán",))
    assert str(works["Mexican Immigrants in the United States"].start_date) == "2011-02-01"


def test_a_numbered_year_alone_in_large_bold_is_the_heading_of_its_years_section():
    """Round 176 (written, dev): "1. 2006" set large and bold over "Full Round, Stockholm, 17-18 May": a year's
    section, numbered, not an item of a list whose days take the report's year."""
    blocks = _blocks("w176-igc-review-2006-2008.pdf")
    assert "1. 2006" in [b.text for b in blocks if b.kind == BlockKind.HEADING]
    assert [b.heading for b in blocks if b.text.startswith("Full Round, Stockholm")] == ["1. 2006"]


def test_a_short_stretch_in_two_columns_on_a_page_of_full_width_text_is_read_column_by_column():
    """Round 176 (written, dev): "3. Selected publications" set as two entries a row between full-width paragraphs.
    The page has no gutter of its own; the stretch does, and each column's lines fill it, as prose does."""
    texts = [b.text for b in _blocks("w176-mpi-international-2012.pdf")]
    assert (
        "Skilled Immigration after the Recession: Lessons from Canada and Australia. Margaret Holloway and Daniel "
        "Ferreira. Policy Brief, June 2012." in texts
    )
    assert (
        "Managing Borders in an Age of Mobility. Edited by Anna Kessler. Washington, DC: Migration Policy Institute, "
        "2012. Book." in texts
    )


def test_a_narrow_column_of_dates_beside_the_events_they_head_is_read_row_by_row():
    """Round 182 (written, dev): "Event details" as a column of days ("Thursday, October 7") beside the events'
    names. The white between the two columns is no gutter of a page in two columns: the left one is too narrow to
    hold text, so each day is read with the event beside it."""
    texts = [b.text for b in _blocks("w182-mpi-fall-calendar-2010.pdf")]
    at = texts.index("Thursday, October 7")
    assert texts[at + 1].startswith("Roundtable: Immigrant Integration at the Local Level")


def test_a_column_of_dates_under_a_paragraph_crossing_its_gutter_is_still_read_row_by_row():
    """Round 280 (written, dev): a report's "Events and Convenings" set as a column of days ("September 21") beside
    each event's name, under an introduction whose short last line ("appear under the year in which they took
    place.") ends past the white between the two. Lines crossing that white belong to neither column: the days are
    still labels, each read with the event beside it."""
    texts = [b.text for b in _blocks("w280-mpi-activity-report-2007.pdf")]
    at = texts.index("September 21")
    assert texts[at + 1].startswith("Launch of the Task Force Report")
    assert texts[texts.index("May 24") + 1] == "The Senate Immigration Bill: What's in It?"


def test_a_bilingual_report_speaks_the_language_its_cover_opens_in(nlp):
    """Round 332 (written, dev): an annual report in English and French side by side, its cover's name in English
    over the French one and its title ("IGC Annual Report 2008") in neither. French has the more stopwords, but
    the first heading that reads as a language is English: the document is English, and so is each meeting named
    in both columns."""
    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    doc = pdf_to_document((WRITTEN / "w332-igc-annual-report-2008.pdf").read_bytes())
    assert doc.language == "en"
    ctx = DocumentContext("IGC", "d" * 64, "file:///report.pdf", doc.language, title=doc.title, as_of=doc.date)
    titles = {a.title for a in blocks_to_activities(doc.blocks, ctx, nlp)}
    assert "Workshop on Family Reunification" in titles
    assert "Atelier sur le regroupement familial" not in titles


def test_a_bilingual_table_speaks_the_language_its_title_names_its_months_in(written):
    """Round 362 (written, dev): a Spanish report whose table gives each row in Spanish, then in English, English's
    stopwords the more frequent. Its title holds no stopword only Spanish has ("Informe de actividades de la
    Presidencia Pro Tempore de Costa Rica mayo de 2006 - abril de 2007": "de" and "la" are French too), but its
    months are Spanish: the document is, and each activity is named by its Spanish row."""
    from mpdp_pipeline.extractors.language import document_language

    opening = "Informe de actividades de la Presidencia Pro Tempore de Costa Rica mayo de 2006 - abril de 2007"
    sample = "the meeting of the group and the network was held in the city of San José " * 2
    sample += "la reunión del grupo y de la red con los países y las redes para el plan del año que se hizo por una vez"
    assert document_language(sample, opening) == "es"
    rows = {(str(a.start_date), a.title) for a in written("w362-rcm-informe-2007.pdf", "RCM")}
    assert ("2006-08-10", "Seminario sobre trata de personas y tráfico ilícito de migrantes") in rows
    assert not any(title.startswith("Seminar on Trafficking") for _, title in rows)


def test_a_bilingual_reports_entries_are_named_by_their_headings_in_its_language(nlp):
    """Round 332 (written, dev): a Spanish activity report with English under each entry's heading ("Seminario
    sobre Migración y Remesas" / "Seminar on Migration and Remittances · Ciudad de Guatemala, Guatemala - 15 y 16 de
    febrero ..."). The entry is named in the document's language, by its heading, and its place has no field mark."""
    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    doc = pdf_to_document((WRITTEN / "w332-rcm-informe-actividades-2006.pdf").read_bytes())
    assert doc.language == "es"
    ctx = DocumentContext("RCM", "d" * 64, "file:///informe.pdf", doc.language, title=doc.title, as_of=doc.date)
    rows = {str(a.start_date): a for a in blocks_to_activities(doc.blocks, ctx, nlp)}
    assert rows["2006-02-15"].title == "Seminario sobre Migración y Remesas"
    assert rows["2006-03-27"].title == "Taller sobre Derechos Humanos de los Migrantes"
    assert rows["2006-03-27"].location == "Santo Domingo, República Dominicana"


def test_a_badge_stacked_beside_an_entry_is_one_date_on_its_titles_line():
    """A printed events page sets each date as a badge of stacked pieces ("14-15" / "OCT" / "2009") in a narrow
    column beside the entry's title, place and summary. The pieces are one date, read on the title's line."""
    rows = [
        [_line("14-15", 60.0, 329.9, 82.0, 9.0), _line("Full Round on Labour Migration", 117.0, 329.1, 400.0, 10.5)],
        [_line("OCT", 61.8, 343.9, 80.3, 9.0), _line("The Hague, Netherlands", 116.3, 343.3, 208.5, 8.5)],
        [_line("2009", 61.1, 358.3, 80.6, 9.0)],
        [_line("Senior officials discussed the downturn.", 116.6, 355.3, 549.4, 8.5)],
        [_line("22", 66.1, 389.2, 75.5, 9.0), _line("Working Group on Integration", 116.4, 388.3, 446.6, 10.5)],
        [_line("SEP", 62.2, 403.1, 79.5, 9.0), _line("Geneva, Switzerland", 116.6, 402.3, 194.2, 8.5)],
        [_line("2009", 61.1, 417.5, 80.6, 9.0)],
    ]
    lines = [[f.text for f in row] for row in stack_badges(rows)]
    assert lines[0] == ["14-15 OCT 2009", "Full Round on Labour Migration"]
    assert ["22 SEP 2009", "Working Group on Integration"] in lines
    assert ["2009"] not in lines


def test_days_under_month_headings_are_no_badges():
    """Round 35 (written, dev): an annual report's events under month headings ("JANUARY" on its own line, then "17"
    and "29" each beside an event). The month heads its days; it is not one badge with the day below it."""
    rows = [
        [_line("JANUARY", 59.7, 294.4, 105.3, 9.5)],
        [_line("17", 60.2, 309.3, 69.8, 9.5), _line("Labor Market Integration · Roundtable", 111.3, 309.1, 333.5)],
        [_line("29", 59.8, 339.1, 69.8, 9.5), _line("Beyond the Border · Book launch", 111.2, 338.9, 363.7)],
        [_line("MARCH", 60.2, 373.6, 94.2, 9.5)],
        [_line("6", 59.8, 388.7, 64.5, 9.5), _line("Immigration Enforcement · Briefing", 111.4, 388.4, 436.1)],
    ]
    assert [[f.text for f in row] for row in stack_badges(rows)] == [[f.text for f in row] for row in rows]


def test_a_printed_events_pages_badges_date_each_entry_of_its_type(written):
    """Round 356 (written, dev): an events page printed from a browser, each date a badge whose month sits above
    the entry's type label ("MAR") and whose day sits below its title ("29"). The entry is the title's, on that day,
    of the kind its label says ("ROUNDTABLE")."""
    rows = {a.title: a for a in written("w356-mpi-events-2011.pdf", "MPI")}
    diaspora = rows["Diaspora Bonds and Remittances: Tools for Development"]
    assert (diaspora.kind, str(diaspora.start_date)) == ("seminar", "2011-03-29")
    assert rows["Data for Immigrant Integration Policy"].kind == "workshop"


def test_a_narrow_sidebar_of_lines_at_their_own_pitch_is_a_column_not_labels():
    """A newsletter's narrow "In this issue" box beside its text: its lines keep their own pitch, none on a line of
    the text beside it, so the box is read whole before the text, not line by line into it."""
    side = [_line(f"Sidebar line {i}", 52.0, 120.0 + 13.5 * i, 170.0, 7.8) for i in range(8)]
    body = [_line(f"Body text line number {i} of the message", 210.0, 124.0 + 12.2 * i, 550.0, 9.0) for i in range(9)]
    ordered = items_to_reading_order(side + body, 612 * 0.25, 612 * 0.75)
    assert [f.text for f in ordered[:8]] == [f"Sidebar line {i}" for i in range(8)]


def test_a_capital_letter_set_apart_before_its_item_marks_a_list_item():
    """Round 180 (written, dev): "A." in a column of its own before "Report. Managing Temporary Migration ...": one
    item, its marker dropped as a number's is; initials opening a line ("J. Smith and ...") stay text."""
    marker, item = _line("B.", 60.5, 154.6, 68.0), _line("Policy Brief No. 9. Refugee Resettlement", 82.3, 153.9, 400.0)
    (joined,) = attach_list_markers([marker, item])
    assert joined.marked and joined.text.startswith("B. Policy Brief")
    blocks = _blocks("w180-mpi-report-fy2010-11.pdf")
    items = [b.text for b in blocks if b.kind == BlockKind.LIST_ITEM]
    assert any(t.startswith("Report. Managing Temporary Migration") and t.endswith("June 2010.") for t in items)


def test_a_bold_run_in_title_that_its_line_goes_on_from_is_no_heading(nlp):
    """Round 202 (written, dev): an annual report opens each working group's paragraph with its name in bold,
    the line going on in regular type ("**Working Group on Return.** The group met in Brussels on 18 March 2008,
    hosted by the Belgian" / "Immigration Office, and again ..."). The first line is no heading: the paragraph is
    one block, named by its run-in title. The cover's "Annual Report 2008" is the year its days without one fall in,
    whatever year the adoption note ("on 3 February 2009") names."""
    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    doc = pdf_to_document((WRITTEN / "w202-igc-annual-report-2008.pdf").read_bytes())
    assert not any(b.kind == BlockKind.HEADING and b.text.startswith("Working Group on Return") for b in doc.blocks)
    ctx = DocumentContext("IGC", "d" * 64, "file:///report.pdf", "en", title=doc.title, as_of=doc.date)
    rows = {(str(a.start_date), a.title) for a in blocks_to_activities(doc.blocks, ctx, nlp)}
    assert ("2008-03-18", "Working Group on Return") in rows
    assert ("2008-04-10", "Working Group on Country of Origin Information") in rows
    steering = sorted(day for day, title in rows if "Steering Group" in title)
    assert steering == ["2008-02-12", "2008-06-03", "2008-10-09"]


def test_a_bulleted_title_over_its_dateline_is_one_record_of_two_fields(nlp):
    """Round 210 (written, dev): a report to a funder lists its events as a bulleted title over an italic dateline
    ("• Expert Workshop on Foreign Credential Recognition" / "June 28-29, 2011 - Toronto, Ontario. Practitioners
    ..."; "• Immigrant Integration in Secondary Cities" / "Webinar, September 14, 2011 - online."). The short title
    line is no section's title: the two lines are one record, its fields apart, the dateline's label its kind and
    its remark no sentence that renames it ("Closed roundtable of 24 officials ... convened")."""
    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    doc = pdf_to_document((WRITTEN / "w210-mpi-cic-report-2011-12.pdf").read_bytes())
    ctx = DocumentContext("MPI", "d" * 64, "file:///report.pdf", "en", title=doc.title, as_of=doc.date)
    rows = {(str(a.start_date), a.title, a.kind) for a in blocks_to_activities(doc.blocks, ctx, nlp)}
    assert ("2011-06-28", "Expert Workshop on Foreign Credential Recognition", "workshop") in rows
    assert ("2011-09-14", "Immigrant Integration in Secondary Cities", "other") in rows
    assert ("2011-05-10", "Roundtable on Canadian and US Approaches to Temporary Foreign Workers", "roundtable") in rows


def test_a_table_ruled_only_between_its_rows_is_read_row_by_row(nlp):
    """Round 360: a register whose rows are set apart by horizontal rules alone, with no rule above its header or
    below its last row, and whose titles wrap beside vertically centred dates, lost its header, its first row and
    the wrapped titles' second lines. Each row is a meeting with its papers: neither one meeting's agenda (its first
    row names an agenda) nor a list of papers (its rows give papers' symbols under a heading of documents)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", size=12)
    pdf.multi_cell(0, 8, "Part A - Meetings held in 2007 and their documents", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=9)
    widths = (25, 30, 55, 30, 40)
    with pdf.table(col_widths=widths, line_height=4.5, borders_layout="HORIZONTAL_LINES", v_align="MIDDLE") as table:
        for cells in (
            ("Ref.", "Date(s)", "Meeting", "Venue", "Documents"),
            ("IGC/SG/07/1", "13.02.2007", "Steering Group", "Geneva", "Agenda; Summary record (EN)"),
            (
                "IGC/WG/07/1",
                "20.03.2007 - 21.03.2007",
                "Working Group on Admission, Control and Enforcement (WGACE)",
                "Brussels",
                "Agenda; Chair's conclusions",
            ),
            (
                "IGC/WS/07/1",
                "04.10.2007 - 05.10.2007",
                "Workshop on Biometrics and Identity Management",
                "Ottawa",
                "Programme; Presentations",
            ),
        ):
            row = table.row()
            for text in cells:
                row.cell(text)
    doc = pdf_to_document(bytes(pdf.output()))
    rows = [b for b in doc.blocks if b.kind == BlockKind.TABLE_ROW]
    assert rows[0].header == ("Ref.", "Date(s)", "Meeting", "Venue", "Documents")
    assert [r.cells[2] for r in rows] == [
        "Steering Group",
        "Working Group on Admission, Control and Enforcement (WGACE)",
        "Workshop on Biometrics and Identity Management",
    ]
    assert _dated_rows(doc, nlp) == [
        ("2007-02-13", "meeting", "Steering Group", "Geneva"),
        ("2007-03-20", "working_group", "Working Group on Admission, Control and Enforcement (WGACE)", "Brussels"),
        ("2007-10-04", "workshop", "Workshop on Biometrics and Identity Management", "Ottawa"),
    ]


def test_a_memos_numbered_lines_of_day_name_and_town_set_apart_by_typed_dashes_are_its_meetings(nlp):
    """Round 434 (written, dev): a memo set in Courier numbers its records under its sections, one to a line ("2.1
    23-25 May 2007 -- Full Round on Labour Migration -- Oslo, Norway"); the lines ran together as one paragraph and
    the typed dashes ("--") did not part the name from the town."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Courier", "B", size=9)
    pdf.cell(0, 5, "2. FULL ROUNDS AND STEERING GROUP", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Courier", size=9)
    for line in (
        "2.1 23-25 May 2007 -- Full Round on Labour Migration -- Oslo, Norway",
        "2.2 18 Jun 2007 -- IGC Chair's Roundtable on Circular Migration -- Madrid, Spain",
        "2.3 15 Nov 2007 -- Steering Group -- Geneva",
    ):
        pdf.cell(0, 4.5, line, new_x="LMARGIN", new_y="NEXT")
    doc = pdf_to_document(bytes(pdf.output()))
    assert _dated_rows(doc, nlp) == [
        ("2007-05-23", "meeting", "Full Round on Labour Migration", "Oslo, Norway"),
        ("2007-06-18", "roundtable", "IGC Chair's Roundtable on Circular Migration", "Madrid, Spain"),
        ("2007-11-15", "meeting", "Steering Group", "Geneva"),
    ]


def _dated_rows(doc, nlp, recipient: str = "IGC") -> list[tuple]:
    """An IGC PDF's activities as (start, kind, title, location), by start."""
    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    ctx = DocumentContext(recipient, "d" * 64, "file:///document.pdf", "en")
    found = sorted(blocks_to_activities(doc.blocks, ctx, nlp), key=lambda a: a.start_date)
    return [(a.start_date.isoformat(), a.kind, a.title, a.location) for a in found]


def test_a_typed_calendar_is_a_table_of_its_dash_ruled_columns(written):
    """Round 452 (written, dev): a calendar typed in Courier, "NO.  DATE(S)  MEETING  VENUE  STATUS / REMARKS" over
    a rule of dashes, one run per column, then "1   13 Jan 2009   Steering Group   Geneva   Held", a name wrapped
    onto the next line under its column, "A. 2009" and "B. 2010 (provisional)" set bold between the rows. pdfium
    writes the typed spaces as one each: the line's gaps, not its text, cut the columns. The postponed and the
    cancelled meetings are read as the status column says."""
    rows = written("w452-igc-calendar-2009.pdf", "IGC")
    events = {(a.start_date.isoformat(), a.title, a.location) for a in rows if a.kind not in ("report", "publication")}
    assert ("2009-01-13", "Steering Group", "Geneva") in events
    assert ("2009-02-04", "Working Group on Admission, Control and Enforcement (ACE)", "Geneva") in events
    assert ("2010-03-16", "Workshop on Family Reunification", "Lisbon") in events
    assert not any(title == "Workshop on Unaccompanied Minors" for _, title, _ in events)  # CANCELLED


def test_a_typed_report_reads_its_table_boxed_by_rules_and_its_fielded_records_whole(written):
    """Round 452 (written, dev): a memorandum typed in Courier sets its activities as a table whose header sits
    between two rules ("N.º FECHA   ACTIVIDAD   SEDE", a single space after "N.º"): the columns start where the rows'
    typed pieces line up. A list typed as records ("B-01  TYPE: Report" / "TITLE: ..." / "DATE: May 2006  PAGES: 42")
    is read line by line as before, and its events table under "NO.  DATE  FORMAT  TITLE  PLACE" too."""
    informe = written("w452-rcm-informe-ppt-2011.pdf", "RCM")
    events = {(a.start_date.isoformat(), a.location) for a in informe if a.kind not in ("report", "publication")}
    assert {("2011-02-24", "Santo Domingo"), ("2011-05-17", "Tegucigalpa, Honduras")} <= events
    listed = written("w452-mpi-publications-list-2007.pdf", "MPI")
    selecting = "Selecting Economic Migrants: Points Systems in Comparative Perspective"
    assert any(a.title.endswith(selecting) for a in listed)
    assert any(a.start_date.isoformat() == "2007-02-22" and a.kind == "seminar" for a in listed)
