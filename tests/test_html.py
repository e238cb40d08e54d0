"""The HTML parser: boilerplate removal, encodings, lists, tables, definition lists, cards, language."""

from __future__ import annotations

import datetime as dt

import pytest
from mpdp_pipeline.extractors.html import html_to_document
from mpdp_pipeline.extractors.language import detect_language

from mpdp_pipeline.decoding import bytes_to_text
from mpdp_pipeline.errors import ParseError
from mpdp_pipeline.schemas import BlockKind

PAGE = """<!doctype html>
<html lang="en-GB"><head><title>Events 2006</title><style>p {color: red}</style>
<script>var tracking = "Workshop in the script";</script></head>
<body>
<header><nav><ul><li>Home</li><li>About</li></ul></nav></header>
<div id="cookie-banner">We use cookies. <button>Accept</button></div>
<main>
  <h1>Activities</h1>
  <p>The programme held <b>several</b><br>meetings in 2006.</p>
  <ul><li>Intro</li></ul>
  <ul>
    <li>• Regional workshop, Kyiv</li>
    <li>Seminar on return, Chisinau</li>
    <li>Expert meeting, Minsk</li>
  </ul>
  <table>
    <thead><tr><th>Date</th><th>Event</th></tr></thead>
    <tbody><tr><td>14 March 2006</td><td>Working group</td></tr>
           <tr><td>2 May 2006</td><td>Conference</td></tr></tbody>
  </table>
  <dl><dt>Venue</dt><dd>Geneva</dd><dt>Date</dt><dd>20 October 2015</dd></dl>
  <div class="cards">
    <div class="card"><h3>Training on data</h3>Teaser of the training.</div>
  </div>
  <form><input name="q"><label>Search</label></form>
  <p hidden>Hidden text</p>
</main>
<aside>Related posts</aside>
<footer>Copyright 2006</footer>
</body></html>"""


@pytest.fixture(scope="module")
def page():
    return html_to_document(PAGE.encode("utf-8"), content_type="text/html; charset=utf-8")


def test_boilerplate_removed(page):
    text = " ".join(b.text for b in page.blocks)
    for junk in ("Home", "cookies", "Accept", "tracking", "Related posts", "Copyright", "Search", "Hidden", "color"):
        assert junk not in text


def test_blocks_kinds_and_locators(page):
    kinds = [(b.kind, b.text) for b in page.blocks]
    assert kinds[0] == ("heading", "Activities")
    assert ("paragraph", "The programme held several meetings in 2006.") in kinds
    item = next(b for b in page.blocks if b.text == "Expert meeting, Minsk")
    assert item.kind == BlockKind.LIST_ITEM.value
    assert item.locator == "body > main > ul:nth-of-type(2) > li:nth-of-type(3)"
    assert item.heading == "Activities"
    assert item.page is None
    assert "Regional workshop, Kyiv" in [b.text for b in page.blocks]  # bullet stripped
    assert [b.order for b in page.blocks] == list(range(len(page.blocks)))


def test_table_rows_with_thead_header(page):
    rows = [b for b in page.blocks if b.kind == BlockKind.TABLE_ROW.value]
    assert [r.cells for r in rows] == [("14 March 2006", "Working group"), ("2 May 2006", "Conference")]
    assert all(r.header == ("Date", "Event") for r in rows)
    assert rows[0].text == "14 March 2006 | Working group"


def test_table_without_thead_uses_first_row():
    html = b"<table><tr><td>Year</td><td>Title</td></tr><tr><td>2001</td><td>Study</td></tr></table>"
    rows = [b for b in html_to_document(html).blocks if b.kind == BlockKind.TABLE_ROW.value]
    assert [(r.cells, r.header) for r in rows] == [(("2001", "Study"), ("Year", "Title"))]


def test_a_cell_spanning_rows_or_columns_is_read_in_each_row_it_spans():
    html = b"""<table><tr><th>Year</th><th>Date</th><th>Meeting</th></tr>
      <tr><td rowspan="2">2006</td><td>14 March</td><td>Working Group on Asylum</td></tr>
      <tr><td>2 May</td><td>Full Round</td></tr>
      <tr><td colspan="2">No meeting in June</td><td>-</td></tr></table>"""
    rows = [b for b in html_to_document(html).blocks if b.kind == BlockKind.TABLE_ROW.value]
    assert [r.cells for r in rows] == [
        ("2006", "14 March", "Working Group on Asylum"),
        ("2006", "2 May", "Full Round"),
        ("No meeting in June", "", "-"),
    ]


def test_a_table_of_one_row_is_a_record_not_a_header():
    html = b"<ul><li><table><tr><td>14 March 2006</td><td>Working Group on Asylum</td></tr></table></li></ul>"
    rows = [b for b in html_to_document(html).blocks if b.kind == BlockKind.TABLE_ROW.value]
    assert [(r.cells, r.header) for r in rows] == [(("14 March 2006", "Working Group on Asylum"), ())]


def test_definition_list_and_cards(page):
    texts = [b.text for b in page.blocks]
    assert "Venue: Geneva" in texts and "Date: 20 October 2015" in texts
    assert "Training on data" in texts and "Teaser of the training." in texts
    teaser = next(b for b in page.blocks if b.text == "Teaser of the training.")
    assert teaser.heading == "Training on data"


def test_title_and_lang(page):
    assert page.title == "Events 2006"
    assert page.language == "en"


def test_title_falls_back_to_h1_and_language_detected():
    html = (
        "<html><body><h1>Día Mundial de la Estadística</h1><p>La reunión del grupo de trabajo se celebró"
        " en la sede de la organización con los representantes de los países.</p></body></html>"
    )
    doc = html_to_document(html.encode("utf-8"))
    assert doc.title == "Día Mundial de la Estadística"
    assert doc.language == "es"


def test_a_templates_declared_english_gives_way_to_a_plainly_french_text():
    """Site templates declare `lang="en"` on every page: a page that plainly reads as French is French, so its
    dates and words are read as French (issue 7, round 26); a few foreign words leave the declaration alone."""
    french = (
        "<html lang=en><body><h1>Programme des webinaires</h1><p>L’accès aux webinaires se fait par le lien."
        " Les séances sont ouvertes à tous et elles sont enregistrées pour les membres du réseau qui ne sont pas"
        " disponibles. Le programme est publié sur cette page et dans la lettre du réseau, avec les résumés des"
        " présentations qui sont envoyés par les intervenants.</p></body></html>"
    )
    assert html_to_document(french.encode()).language == "fr"
    english = (
        "<html lang=en><body><h1>Meetings of the Regional Conference</h1><p>The Vice-Ministerial meeting was held in"
        " Tegucigalpa; the Red de Funcionarios de Enlace para el Combate al Tráfico Ilícito de Migrantes y la Trata de"
        " Personas met the day before.</p></body></html>"
    )
    assert html_to_document(english.encode()).language == "en"


def test_zero_width_characters_are_no_part_of_a_blocks_text():
    doc = html_to_document(
        "<html><body><p>Rapport annuel 2019\u200b</p><p>\ufeffRapport 2020</p></body></html>".encode()
    )
    assert [b.text for b in doc.blocks] == ["Rapport annuel 2019", "Rapport 2020"]


def test_a_block_knows_the_link_it_opens_with():
    doc = html_to_document(
        b'<html><body><ul><li><a href="r/2021.pdf">Report 2021</a> (PDF)</li><li>See <a href="x.html">this</a></li>'
        b'</ul><p><a href="a.pdf">First report</a><br><a href="b.pdf">Second report</a></p></body></html>'
    )
    assert [(b.text, b.link) for b in doc.blocks] == [
        ("Report 2021 (PDF)", "r/2021.pdf"), ("See this", None), ("First report", "a.pdf"), ("Second report", "b.pdf"),
    ]  # fmt: skip


def test_cp1252_page_with_meta_charset():
    html = '<html><head><meta charset="windows-1252"></head><body><p>Journée “mondiale” – Bamako</p></body></html>'
    doc = html_to_document(html.encode("cp1252"))
    assert doc.blocks[0].text == "Journée “mondiale” – Bamako"


def test_header_charset_beats_meta_and_latin1_reads_as_cp1252():
    html = '<html><head><meta charset="utf-8"></head><body><p>Séminaire “régional”</p></body></html>'
    doc = html_to_document(html.encode("cp1252"), content_type="text/html; charset=ISO-8859-1")
    assert doc.blocks[0].text == "Séminaire “régional”"


def test_undeclared_falls_back_from_utf8_to_cp1252():
    text, encoding, guessed = bytes_to_text("café – réunion".encode("cp1252"))
    assert (text, encoding, guessed) == ("café – réunion", "cp1252", True)
    assert bytes_to_text("café".encode())[1] == "utf-8"


def test_bom_wins():
    text, encoding, _ = bytes_to_text("\ufeff<p>été</p>".encode("utf-8"), "text/html; charset=cp1252")
    assert text.endswith("<p>été</p>")


def test_undecodable_raises_html_decode():
    with pytest.raises(ParseError) as info:
        html_to_document(b"\x81\x8d\x8f\x90\x9d\xff\xfe\x00", content_type="text/html")
    assert info.value.code == "html.decode"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The meeting of the working group was held in Geneva with the participation of experts.", "en"),
        ("La reunión del grupo de trabajo se celebró en Ginebra con los expertos de los países.", "es"),
        ("La réunion du groupe de travail a été organisée à Genève avec les experts des pays.", "fr"),
        ("Geneva 2006", None),
        ("", None),
    ],
)
def test_detect_language(text, language):
    assert detect_language(text) == language


def test_a_date_badge_split_over_two_elements_reads_as_two_words():
    doc = html_to_document(
        b'<html><body><main><div class="badge"><span class="m">Jun</span><span class="d">12</span></div>'
        b"<p><span>Policy Brief</span><span>2008</span> and <b>2</b>nd</p></main></body></html>"
    )
    # Sibling elements are fields; text running on inside one element ("2nd") stays as written.
    assert [b.text for b in doc.blocks] == ["Jun 12", "Policy Brief 2008 and 2nd"]


def test_the_footers_postal_address_is_kept_as_the_pages_last_block():
    # Issue 7, field quality: the organisation's own address is the home town of venues that name none.
    page = b"""<html lang="en"><body><main><h1>Commission Meetings</h1>
    <p>All meetings are held at Town Hall (12 Main Street). Venue of the fair: 9 Fair Road, Dayton, OH 45402</p>
    <address>Annex, 5 Side Street, Toledo, OH 43604</address></main>
    <footer><p id="name">Springfield Chamber of Commerce</p>
    <p id="address"><a href="#">100 Oak Street,&nbsp;</a>Springfield, IL 62701</p>
    <p>Copyright 2018 - 2019 All rights reserved</p><p>Call 555-0100</p></footer></body></html>"""
    doc = html_to_document(page)
    texts = [b.text for b in doc.blocks]
    assert texts[-1] == "100 Oak Street, Springfield, IL 62701"
    assert doc.blocks[-1].kind == BlockKind.PARAGRAPH and doc.blocks[-1].locator.endswith("footer > p:nth-of-type(2)")
    # the content's own addresses are read once, where they are; the footer's other lines still go
    assert texts.count("Annex, 5 Side Street, Toledo, OH 43604") == 1
    assert not any("Copyright" in t or "Chamber" in t or "555" in t for t in texts)


def test_a_footer_without_a_postal_address_adds_nothing():
    page = b"""<html><body><main><p>Workshop in Geneva</p></main>
    <footer><p class="address">Contact us</p><p>Founded 2001, 2019 Annual Report</p></footer></body></html>"""
    assert [b.text for b in html_to_document(page).blocks] == ["Workshop in Geneva"]


def _texts(html: str) -> list[str]:
    return [b.text for b in html_to_document(html.encode("utf-8")).blocks]


def test_a_struck_out_row_or_item_carries_a_cancelled_marker():
    """Issue 7, round 13: a `<del>`/`<s>`/`<strike>` or `line-through` record is one the page withdrew."""
    doc = html_to_document(
        b"<main><table><thead><tr><th>Day</th><th>Event</th><th>Location</th></tr></thead><tbody>"
        b"<tr><td>14</td><td>Steering Group</td><td>Geneva</td></tr>"
        b"<tr><td><del>28</del></td><td><del>Workshop on Indicators</del></td><td><del>Madrid, Spain</del></td></tr>"
        b"</tbody></table><ul><li><s>Seminar on return, 6 May 2008</s></li>"
        b"<li><span style='text-decoration: line-through'>Forum, 9 May 2008</span></li>"
        b"<li>Workshop on <del>visas</del> borders, 12 May 2008</li></ul></main>"
    )
    rows = [b.cells for b in doc.blocks if b.kind == BlockKind.TABLE_ROW]
    assert rows == [("14", "Steering Group", "Geneva"), ("28", "Workshop on Indicators", "Madrid, Spain (cancelled)")]
    items = [b.text for b in doc.blocks if b.kind == BlockKind.LIST_ITEM]
    assert items == [
        "Seminar on return, 6 May 2008 (cancelled)",
        "Forum, 9 May 2008 (cancelled)",
        "Workshop on visas borders, 12 May 2008",  # partly struck: an edit, not a withdrawn record
    ]


def test_br_lines_of_one_record_are_read_apart_and_other_paragraphs_stay_joined():
    """Issue 7, round 13: "Title<br>A and B<br>December 2011" are a record's fields; a paragraph wrapped with
    `<br>` that does not end with a date line stays one block."""
    assert _texts("<main><p><strong>Remittances after the Recession</strong><br>Marc Rosenblum and Ana Ruiz<br>"
                  "December 2011</p></main>") == ["Remittances after the Recession", "Marc Rosenblum and Ana Ruiz",
                                                  "December 2011"]  # fmt: skip
    assert _texts("<main><p>The programme held several<br>meetings in 2006.</p></main>") == [
        "The programme held several meetings in 2006."
    ]
    assert _texts("<main><p>Secretariat<br>Rue Richard-Wagner 1<br>Geneva</p></main>") == [
        "Secretariat Rue Richard-Wagner 1 Geneva"
    ]


def test_accordion_year_buttons_and_summaries_are_headings():
    """Issue 7, round 14: an archive's `<button>` and `<summary>` year headers open panels of tables; they
    title the panel like a heading. A button that opens no records ("Search") stays boilerplate."""
    doc = html_to_document(
        b"<html lang=en><main><details><summary>Meetings in 2009</summary><table><tr><th>Dates</th>"
        b"<th>Meeting</th></tr><tr><td>May 14</td><td>Network meeting</td></tr></table></details>"
        b"<button type=button>2007</button><div><table><tr><th>Dates</th><th>Meeting</th></tr>"
        b"<tr><td>April 2</td><td>Seminar</td></tr></table></div><button>Search 2007</button><p>Intro</p></main>"
    )
    kinds = [(b.kind, b.text) for b in doc.blocks]
    assert (BlockKind.HEADING, "Meetings in 2009") in kinds
    assert (BlockKind.HEADING, "2007") in kinds
    assert not any("Search" in text for _, text in kinds)
    seminar = next(b for b in doc.blocks if "Seminar" in b.text)
    assert seminar.heading == "2007"


def test_a_collapsed_accordion_panel_is_read_a_hidden_block_is_not():
    """Issue 7: an archive opens only its latest year; the older years' panels are `hidden` until their header
    is clicked, and a reader clicks. A hidden element that no header opens stays out."""
    doc = html_to_document(
        b"<html lang=en><main><button aria-expanded=false>2005 &#9656;</button><div id=y2005 hidden><table>"
        b"<tr><th>Dates</th><th>Meeting</th></tr><tr><td>April 26</td><td>Workshop on return</td></tr></table></div>"
        b"<a aria-controls=p2 href='#'>Older meetings</a><div id=p2 style='display: none'><ul><li>Seminar on health,"
        b" 3 May 2004</li></ul></div><div hidden><p>Seminar on data, 9 June 2004</p></div></main>"
    )
    texts = {b.text: b for b in doc.blocks}
    assert texts["April 26 | Workshop on return"].heading.startswith("2005")
    assert "Seminar on health, 3 May 2004" in texts
    assert not any("Seminar on data" in t for t in texts)


def test_a_bold_run_in_head_heads_its_paragraph_a_labelled_field_does_not():
    """Issue 7, round 28: "<strong>Fifth Plenary Meeting: X.</strong> Meeting in Lisbon ..." is a heading (inside
    the paragraph: its locator says so) over the rest; "<strong>When:</strong> May 15, 2012" is a field, and a
    bold phrase inside a sentence is no head."""
    doc = html_to_document(
        b"<html lang=en><main><p><strong>Fifth Plenary Meeting: Integration Policy.</strong> Meeting in Lisbon on"
        b" 18-19 November 2010, the Council heard from three ministers.</p><p><strong>When:</strong> May 15, 2012</p>"
        b"<p><b>MPI</b> hosted a public briefing in Washington on the politics of immigration in tough times.</p>"
        b"</main></html>"
    )
    head, body, *rest = doc.blocks
    assert (head.kind, head.text) == (BlockKind.HEADING, "Fifth Plenary Meeting: Integration Policy")
    assert body.text.startswith("Meeting in Lisbon") and body.heading == head.text
    assert head.locator.startswith(body.locator + " > ")
    assert [b.text[:5] for b in rest] == ["When:", "MPI h"]
    assert {b.kind for b in rest} == {BlockKind.PARAGRAPH}


def test_a_bold_line_over_running_prose_heads_it_a_date_over_a_title_does_not():
    """ "<p><b>Steering Group</b><br>The Steering Group met in Geneva ...</p>": a page without heading tags heads
    its sections in bold lines; "<b>12 y 13 de abril</b><br>Seminario ..." is an entry's date over its title."""
    doc = html_to_document(
        b"<html lang=en><main><p><b>Steering Group</b><br>The Steering Group met in Geneva in January and in"
        b" Dublin on 30 May 2006, before the Full Round, and adopted the work programme for the year.</p>"
        b"<p><strong>12 y 13 de abril</strong><br>Seminario sobre Protecci\xc3\xb3n Internacional de Refugiados y"
        b" Solicitantes de Asilo<br><em>San Jos\xc3\xa9, Costa Rica</em> con el apoyo del ACNUR y de la OIM.</p>"
        b"</main></html>"
    )
    head, body, *rest = doc.blocks
    assert (head.kind, head.text) == (BlockKind.HEADING, "Steering Group")
    assert body.text.startswith("The Steering Group met") and body.heading == "Steering Group"
    assert {b.kind for b in rest} == {BlockKind.PARAGRAPH} and rest[0].text.startswith("12 y 13 de abril")


def test_a_tile_type_shown_as_an_image_or_a_badge_class_is_text():
    """Issue 7, round 14: `<img alt="Report">` and an empty `<span class="label label-policy-brief">` give the
    tile's type as a line; a decorative image's alt ("MPI logo") gives nothing."""
    doc = html_to_document(
        b"<html lang=en><main><div><img alt='Report' src=a.png><h5>Title A</h5></div>"
        b"<div><span class='label label-policy-brief'></span><h5>Title B</h5></div>"
        b"<div><img alt='MPI logo' src=l.png><h5>Title C</h5></div></main>"
    )
    texts = [b.text for b in doc.blocks]
    assert "Report" in texts and "Policy Brief" in texts
    assert "MPI logo" not in texts


def test_a_layout_wrapper_named_for_its_sidebar_keeps_its_content():
    # Round 20: `<div class="container with-sidebar">` holds the page's events; its `events-sidebar` goes.
    doc = html_to_document(
        b"<html><body><header>Site</header><nav>Home Research Events</nav><footer>"
        + b"Contact us at the Centre, 1 Main Street. " * 20
        + b"</footer><div class='container with-sidebar'><div><h2>Upcoming Events</h2><p>Roundtable on return</p>"
        b"</div><div class='events-sidebar'>Calendar</div></div></body></html>"
    )
    assert [b.text for b in doc.blocks] == ["Upcoming Events", "Roundtable on return"]


def test_a_date_badge_of_stacked_boxes_is_one_line():
    doc = html_to_document(
        b"<html><body><div class=row><div class=date><div class=d>09</div><div class=m>SEP</div></div>"
        b"<h3>Workshop</h3></div><div class=row><div class=date><div>2006</div><div>APR</div></div>"
        b"<h3>Roundtable</h3></div><div class=stats><div>12</div><div>members</div></div></body></html>"
    )
    assert [b.text for b in doc.blocks] == ["09 SEP", "Workshop", "2006 APR", "Roundtable", "12", "members"]


def test_a_paragraphs_lines_of_months_are_split_like_its_dated_lines():
    # Round 21: "12 April 2009 - Chamber of Commerce<br>March 2009 - Chamber of Commerce<br>...".
    doc = html_to_document(
        b"<html><body><h3>Board of Directors Meeting Minutes</h3><p>12 April 2009 - Chamber of Commerce<br>"
        b"March 2009 - Chamber of Commerce<br>February 2009 - 2165 Lindenwood Ave</p></body></html>"
    )
    assert [b.text for b in doc.blocks][1:] == [
        "12 April 2009 - Chamber of Commerce", "March 2009 - Chamber of Commerce", "February 2009 - 2165 Lindenwood Ave"
    ]  # fmt: skip


def test_a_static_sites_front_matter_is_its_title_not_its_content():
    """Round 31: a page kept as its Jekyll source opens with settings between `---` lines; they are no content,
    and their `title:` titles the page (a "Publications" title vouches for the listing below)."""
    page = (
        '---\nlayout: default\ntitle: "Publications - Groupe de recherche | Migrations"\nlang: fr\n'
        "custom_scripts: |\n  <script>function unhide(id) {}</script>\n---\n\n"
        "<div class='container'><ol><li><article><h3><a href=\"javascript:unhide('1');\">Return Migration "
        "in Central America</a></h3><div id='1' class='hidden'>A Ruiz, B Chen <i>Int. Migr.</i> <b>2019</b> "
        "10.1111/imig.12345.</div></article></li></ol></div>"
    )
    doc = html_to_document(page.encode())
    assert doc.title == "Publications - Groupe de recherche | Migrations"
    assert not any("layout" in b.text or "unhide" in b.text for b in doc.blocks)
    assert doc.blocks[0].text == "Return Migration in Central America"
    # No front matter: a page opening with a rule of dashes keeps it.
    assert html_to_document(b"<p>---</p><p>Text</p>").blocks[0].text == "---"


def test_a_bold_paragraph_over_a_date_field_is_its_entrys_heading():
    """Round 33: a page without heading tags sets each seminar's name in a bold paragraph over "Fecha: 15 de mayo
    de 2013"; that paragraph is the entry's heading. A bold label ("Noticia:") or a bold line over prose is not."""
    page = (
        "<p>De esta forma, el ciclo estará centrado en los siguientes temas:</p>"
        "<p><strong>Seminario Educación Preescolar: El origen de la (des)igualdad.</strong></p>"
        "<p><strong>Fecha:</strong> 15 de mayo de 2013</p><p><strong>Noticia:</strong></p>"
        "<p><strong>Un aviso importante para los asistentes</strong></p><p>El seminario se realizó en la UAH.</p>"
    )
    blocks = html_to_document(page.encode()).blocks
    kinds = {b.text: b.kind for b in blocks}
    assert kinds["Seminario Educación Preescolar: El origen de la (des)igualdad."] == BlockKind.HEADING
    assert kinds["Noticia:"] == BlockKind.PARAGRAPH
    assert kinds["Un aviso importante para los asistentes"] == BlockKind.PARAGRAPH
    assert next(b for b in blocks if b.text.startswith("Fecha")).heading.startswith("Seminario Educación")


def test_a_bold_paragraph_over_a_dateline_is_its_entrys_heading_and_a_cms_pathway_is_no_text():
    """Round 354 (written, dev): an old CMS's activities page, each entry a bold paragraph over a dateline that
    opens with its days but gives no year ("<p><strong>Seminario sobre Migración y Salud</strong></p>" / "<p>5 y 6
    de marzo — Tegucigalpa, Honduras</p>"): the bold paragraph is the entry's heading. The CMS's breadcrumb (class
    "pathway": "Inicio » Actividades » Calendario 2008") is navigation, no text of the page."""
    page = (
        "<div><span class='pathway'><a href='/'>Inicio</a> » <a href='/a'>Actividades</a> » Calendario 2008</span>"
        "</div>"
        "<h4>Marzo</h4><div class='actividad'><p class='titulo'><strong>Seminario sobre Migración y Salud</strong></p>"
        "<p class='fecha'>5 y 6 de marzo — Tegucigalpa, Honduras</p><p>Participaron delegados de los once países.</p>"
        "</div><p><strong>Un aviso importante para los asistentes</strong></p><p>El seminario se realizó en la UAH.</p>"
    )
    blocks = html_to_document(page.encode()).blocks
    kinds = {b.text: b.kind for b in blocks}
    assert kinds["Seminario sobre Migración y Salud"] == BlockKind.HEADING
    assert kinds["Un aviso importante para los asistentes"] == BlockKind.PARAGRAPH
    assert not any("Inicio" in b.text for b in blocks)


def test_an_email_newsletters_recap_rows_are_named_by_their_bold_line_and_typed_by_their_label_cell(nlp):
    """Round 350 (written, dev): an e-mail newsletter's event recaps as table rows, a type label in one cell and, in
    the other, the name in bold, the dateline and the summary on lines of their own ("ROUNDTABLE" | "<strong>The
    Changing Face of Low-Wage Immigrant Work</strong><br><span>March 6, 2012 · Washington, DC</span><br>Researchers
    ..."). The dateline is a field of the cell; each row is its event, named by the bold line, of the label's kind."""
    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    def recap(label: str, name: str, dateline: str) -> str:
        return (
            f"<tr><td width='92'><div>{label}</div></td><td><strong>{name}</strong><br><span>{dateline}</span><br>"
            "Researchers and officials met at MPI to discuss new findings. <a href='#'>Read the summary</a></td></tr>"
        )

    page = (
        "<html><head><title>MPI Update - March 2012</title></head><body><h2>Event Recaps</h2><table>"
        + recap("ROUNDTABLE", "The Changing Face of Low-Wage Immigrant Work", "March 6, 2012 &middot; Washington, DC")
        + recap("BRIEFING", "Local Policing and Federal Enforcement", "March 20, 2012 &middot; Washington, DC")
        + recap("SEMINAR", "Immigrant Integration Policy at the State Level", "March 22, 2012 &middot; Washington, DC")
        + "</table></body></html>"
    )
    doc = html_to_document(page.encode())
    ctx = DocumentContext("MPI", "d" * 64, "file:///update.html", "en", title=doc.title)
    found = {(a.kind.value, a.title, str(a.start_date)) for a in blocks_to_activities(doc.blocks, ctx, nlp)}
    assert found == {
        ("roundtable", "The Changing Face of Low-Wage Immigrant Work", "2012-03-06"),
        ("other", "Local Policing and Federal Enforcement", "2012-03-20"),
        ("seminar", "Immigrant Integration Policy at the State Level", "2012-03-22"),
    }


def test_a_copyright_line_naming_its_holder_first_gives_the_pages_year():
    """Round 322 (written, dev): a home page's footer "IGC Secretariat · Geneva © IGC Secretariat 2006 · Page last
    updated 3 March 2006": the copyright's year, its holder before it, is the year of the page's yearless badges. A
    span of years ("© 2001–2012 ...") names none."""
    page = "<html><body><p>Meetings</p><div id='footer'>IGC, Geneva © IGC Secretariat 2006</div></body></html>"
    assert html_to_document(page.encode()).copyright_year == 2006
    spanned = "<html><body><p>Meetings</p><div id='footer'>© 2001–2012 Migration Policy Institute</div></body></html>"
    assert html_to_document(spanned.encode()).copyright_year is None


def test_an_events_heading_over_details_that_close_with_its_date(nlp):
    """A federation's congresses: a heading per event ("III Congreso de la FIEALC") over one details paragraph
    that closes with the date, after a theme in quotes and the venue; a year alone dates the oldest. A heading over
    a cancellation note is no event."""
    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    page = (
        "<html><body><h4>Congresos</h4><p>Registramos aquí los eventos organizados, las sedes y fechas.</p>"
        "<h5>I Simposio de Estudios Latinoamericanos</h5><p>Caracas, Venezuela, 1980.</p>"
        '<h5>III Congreso de la Federación</h5><p>"Evaluación crítica de los estudios". Búfalo, Estados Unidos, del '
        "23 al 26 de septiembre de 1987.</p>"
        "<h5>Conferencia sobre migración y desarrollo</h5><p>Cancelada. Prevista en Madrid el 20 de enero de 2011.</p>"
        "</body></html>"
    )
    doc = html_to_document(page.encode())
    ctx = DocumentContext("OTHER", "d" * 64, "file:///congresos.html", "es", title=doc.title)
    found = sorted((a.title, a.start_date, a.end_date) for a in blocks_to_activities(doc.blocks, ctx, nlp))
    assert found == [
        ("I Simposio de Estudios Latinoamericanos", dt.date(1980, 1, 1), dt.date(1980, 12, 31)),
        ("III Congreso de la Federación", dt.date(1987, 9, 23), dt.date(1987, 9, 26)),
    ]


def test_a_meetings_page_heading_over_its_subtitle_then_its_dateline(nlp):
    """A meeting's own page: its name (h1), a theme line, then the date and venue boxes. The theme does not
    hide the dateline; a title page's "Memoria 2013" over "San José, marzo de 2014" is no meeting."""
    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    page = (
        "<html><body><main><h1>Sixth Plenary Meeting of the Transatlantic Council on Migration</h1>"
        "<p>Theme: Rethinking National Identity in the Age of Migration</p>"
        "<div><div>September 21&ndash;23, 2011</div><div>Hotel Palace Berlin, Berlin, Germany</div></div>"
        "<p>The Council convened its sixth plenary meeting in Berlin to examine belonging.</p></main></body></html>"
    )
    doc = html_to_document(page.encode())
    ctx = DocumentContext("MPI", "d" * 64, "file:///tcm.html", "en", title=doc.title)
    [a] = blocks_to_activities(doc.blocks, ctx, nlp)
    assert (a.title, a.start_date, a.end_date, a.location) == (
        "Sixth Plenary Meeting of the Transatlantic Council on Migration",
        dt.date(2011, 9, 21),
        dt.date(2011, 9, 23),
        "Berlin, Germany",
    )


def test_a_dateline_labelled_fecha_names_no_place(nlp):
    """A seminar series: a bold title over "Fecha: 15 de mayo de 2013"; the label is no venue."""
    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    page = (
        "<html><body><h1>Ciclo de Diálogos 2013</h1>"
        "<p><strong>Seminario Educación Preescolar: el origen de la desigualdad</strong></p>"
        "<p><strong>Fecha:</strong> 15 de mayo de 2013</p><p>Expositores y comentaristas del ciclo.</p></body></html>"
    )
    doc = html_to_document(page.encode())
    ctx = DocumentContext("OTHER", "d" * 64, "file:///ciclo.html", "es", title=doc.title)
    [a] = blocks_to_activities(doc.blocks, ctx, nlp)
    assert (a.start_date, a.location) == (dt.date(2013, 5, 15), None)


def test_a_paragraphs_title_date_and_venue_lines_are_an_events_fields(nlp):
    """ "<h2>Public Briefing</h2><p><strong>Who Belongs? ...</strong><br>September 23, 2011, 6:00-7:30 pm<br>Hertie
    School of Governance, Berlin</p>": the heading is the kind, the first line the name, the next the date."""
    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    page = (
        b"<html><body><h1>Events</h1><h2>Public Briefing</h2><p><strong>Who Belongs? National Identity in Diverse "
        b"Societies</strong><br>September 23, 2011, 6:00&ndash;7:30 pm<br>Hertie School of Governance, Berlin</p>"
        b"</body></html>"
    )
    doc = html_to_document(page)
    assert [b.text for b in doc.blocks[2:]] == [
        "Who Belongs? National Identity in Diverse Societies", "September 23, 2011, 6:00–7:30 pm",
        "Hertie School of Governance, Berlin",
    ]  # fmt: skip
    [a] = blocks_to_activities(doc.blocks, DocumentContext("MPI", "d" * 64, "events.html", "en"), nlp)
    assert (a.kind, a.title, a.start_date, a.location) == (
        "other", "Who Belongs? National Identity in Diverse Societies", dt.date(2011, 9, 23), "Berlin"
    )  # fmt: skip


def _ld_event(name: str, start: str, end: str, place: str) -> str:
    location = f'{{"@type": "Place", "name": "{place}", "address": {{"addressLocality": "Springfield"}}}}'
    return f'{{"@type": "Event", "name": "{name}", "startDate": "{start}", "endDate": "{end}", "location": {location}}}'


def _ld_page(items: list[str], body: str) -> bytes:
    return (
        "<html lang='en'><head><title>Events</title><script type='application/ld+json'>"
        f"[{', '.join(items)}]</script><script type='application/ld+json'>{{ not json</script></head>"
        f"<body><main><h1>Upcoming Events</h1>{body}</main></body></html>"
    ).encode()


def test_events_a_page_states_only_in_json_ld_are_read_as_cards(nlp):
    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    items = [
        _ld_event("Regional Planning Commission Meeting", "2019-03-14T18:00:00-05:00", "2019-03-14T20:00:00-05:00",
                  "Council Chambers"),
        _ld_event("Transportation Technical Committee", "2019-03-20T10:00:00-05:00", "2019-03-20T11:30:00-05:00",
                  "SRPC Office"),
        _ld_event("Housing Workshop", "2019-04-16T09:00:00-05:00", "2019-04-17T16:00:00-05:00", "Lincoln Library"),
    ]  # fmt: skip
    doc = html_to_document(_ld_page(items, "<div id='list'>Loading events…</div>"))
    assert doc.blocks[2].locator == "body > script:nth-of-type(1) > article:nth-of-type(1) > h3"
    assert [b.text for b in doc.blocks[2:5]] == [
        "Regional Planning Commission Meeting", "2019-03-14 18:00", "Council Chambers, Springfield"
    ]  # fmt: skip
    rows = blocks_to_activities(doc.blocks, DocumentContext("IGC", "d" * 64, "file:///e.html", "en"), nlp)
    assert sorted((r.title, r.kind, str(r.start_date), str(r.end_date)) for r in rows) == [
        ("Housing Workshop", "workshop", "2019-04-16", "2019-04-17"),
        ("Regional Planning Commission Meeting", "meeting", "2019-03-14", "2019-03-14"),
        ("Transportation Technical Committee", "meeting", "2019-03-20", "2019-03-20"),
    ]


def test_json_ld_items_the_page_shows_are_not_read_twice():
    items = [_ld_event("Housing Workshop", "2019-04-16T09:00", "2019-04-16T16:00", "Lincoln Library")]
    doc = html_to_document(_ld_page(items, "<h2>Housing Workshop</h2><p>April 16, 2019, Lincoln Library</p>"))
    assert [b.text for b in doc.blocks] == ["Upcoming Events", "Housing Workshop", "April 16, 2019, Lincoln Library"]


def test_works_in_json_ld_give_type_authors_publisher_and_the_dates_precision(nlp):
    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    person = '{{"@type": "Person", "name": "{}"}}'
    items = [
        '{"@type": "Report", "name": "Remittances After the Crisis", "datePublished": "2011-11-15", "author": ['
        + person.format("Ana Ruiz")
        + ", "
        + person.format("Tom Keller")
        + '], "publisher": {"name": "MPI"}}',
        '{"@type": "ScholarlyArticle", "name": "Seasonal Workers in Canada", "datePublished": "2011-09", "author": '
        + person.format("Hiro Mato")
        + "}",
        '{"@type": "Book", "name": "Diasporas and Development", "datePublished": "2011", "editor": "Kathleen Newland"}',
    ]
    graph = (
        '{"@graph": [{"@type": "ItemList", "itemListElement": ['
        + ", ".join(f'{{"@type": "ListItem", "item": {item}}}' for item in items)
        + "]}]}"
    )
    page = f"<html><head><title>Publications</title><script type='application/ld+json'>{graph}</script></head>"
    doc = html_to_document((page + "<body><main><h1>Publications</h1><div id='app'></div></main></body>").encode())
    rows = blocks_to_activities(doc.blocks, DocumentContext("MPI", "d" * 64, "file:///p.html", "en"), nlp)
    read = {r.title: (r.publication_type, r.date_precision, r.authors, r.publisher) for r in rows}
    assert read == {
        "Remittances After the Crisis": ("report", "day", ("Ana Ruiz", "Tom Keller"), "MPI"),
        "Seasonal Workers in Canada": ("article", "month", ("Hiro Mato",), None),
        "Diasporas and Development": ("book", "year", ("Kathleen Newland",), None),
    }


def test_json_ld_nested_past_the_parsers_stack_is_skipped_not_a_crash():
    page = "<html><head><script type='application/ld+json'>" + "[" * 100_000 + "]" * 100_000 + "</script></head>"
    doc = html_to_document((page + "<body><p>Board meeting, March 3, 2019</p></body></html>").encode())
    assert [b.text for b in doc.blocks] == ["Board meeting, March 3, 2019"]


def test_a_listing_a_script_carries_as_a_json_array_is_read_as_cards(nlp):
    """A page that draws its publications with JavaScript from `var publications = [...]`, and one whose events sit
    in Next.js's page data: the items not shown are read; a settings array and a JS literal (unquoted keys) are not."""
    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    pubs = (
        '[{"title": "Migration decisions under uncertainty", "authors": ["A. Gil", "L. Herrera"], "year": 2019},'
        ' {"title": "Risk perception among asylum seekers", "authors": ["L. Herrera"], "year": 2018},'
        ' {"title": "Remittances and reward learning", "authors": "T. Vidal, A. Gil", "year": 2017,'
        ' "type": "Working Paper"}]'
    )
    page = (
        "<html><head><title>Publications</title></head><body><h1>Publications</h1><div id='pubs'></div>"
        '<script>var config = {"items": [1, 2, 3]}; var literal = [{title: "Not JSON", year: 2016}];'
        f"var publications = {pubs}; render(publications);</script></body></html>"
    )
    doc = html_to_document(page.encode())
    assert doc.blocks[1].locator == "body > script:nth-of-type(1) > article:nth-of-type(1) > h3"
    rows = blocks_to_activities(doc.blocks, DocumentContext("MPI", "d" * 64, "file:///p.html", "en"), nlp)
    assert sorted((r.title, r.start_date.year, r.authors, r.publication_type) for r in rows) == [
        ("Migration decisions under uncertainty", 2019, ("A. Gil", "L. Herrera"), "other"),
        ("Remittances and reward learning", 2017, ("T. Vidal", "A. Gil"), "working_paper"),
        ("Risk perception among asylum seekers", 2018, ("L. Herrera",), "other"),
    ]
    event = '{{"title": "{}", "startDate": "{}T18:00:00", "location": {{"name": "City Hall"}}}}'
    events = ", ".join(event.format(t, d) for t, d in [
        ("Board of Directors Meeting", "2021-03-10"), ("Finance Committee", "2021-03-17"),
        ("Board of Directors Meeting", "2021-04-14"),
    ])  # fmt: skip
    page = (
        "<html><head><title>Events</title></head><body><div id='__next'><h1>Events</h1></div>"
        '<script id="__NEXT_DATA__" type="application/json">{"props": {"pageProps": {"events": ['
        f"{events}]}}}}}}</script></body></html>"
    )
    rows = blocks_to_activities(
        html_to_document(page.encode()).blocks, DocumentContext("IGC", "d" * 64, "file:///e.html", "en"), nlp
    )
    assert sorted((str(r.start_date), r.title, r.kind) for r in rows) == [
        ("2021-03-10", "Board of Directors Meeting", "meeting"),
        ("2021-03-17", "Finance Committee", "meeting"),
        ("2021-04-14", "Board of Directors Meeting", "meeting"),
    ]


def test_a_page_that_opens_without_html_or_body_keeps_its_content():
    """A server-side fragment served as a page ("<meta ...><style>...</style><section><table>..."): lxml leaves
    the HTML5 sections in <head>, where a browser starts the body."""
    html = (
        b'<meta charset="utf-8"><link rel="icon" href="i.ico"><style>.t{color:red}</style>'
        b"<section><table><tr><th>Fecha</th><th>Sesion</th></tr>"
        b"<tr><td>11-05-2009</td><td>Sesion ordinaria</td></tr></table></section>"
        b"<section><p>Copyright 2009</p></section>"
    )
    blocks = html_to_document(html).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.TABLE_ROW.value, "11-05-2009 | Sesion ordinaria"),
        (BlockKind.PARAGRAPH.value, "Copyright 2009"),
    ]


def test_a_table_headed_by_one_day_reads_it_as_a_heading_not_column_names():
    html = (
        b"<table><thead><tr><th colspan='2'>Tuesday, 14 March 2006</th></tr></thead>"
        b"<tr><td>10:00 Room XVIII</td><td>Working Group on Asylum</td></tr></table>"
    )
    blocks = html_to_document(html).blocks
    assert [(b.kind, b.text, b.header) for b in blocks] == [
        (BlockKind.HEADING.value, "Tuesday, 14 March 2006", ()),
        (BlockKind.TABLE_ROW.value, "10:00 Room XVIII | Working Group on Asylum", ()),
    ]


def test_a_notes_marker_set_as_a_superscript_after_a_word_is_no_part_of_the_text():
    """The marker after a word is dropped; the one opening the note at the foot is kept, as print sets it ("³")."""
    html = (
        "<table><tr><th>Date</th><th>Réunion</th></tr><tr><td>04.12.2007</td><td>Groupe de pilotage<sup>3</sup></td>"
        "</tr><tr><td>13-14.11.2007</td><td>Mini-Full Round<sup>*</sup> (1<sup>er</sup> jour)</td></tr></table>"
        "<p><sup>3</sup> Les documents doivent parvenir au Secrétariat.</p>"
    ).encode()
    assert [b.text for b in html_to_document(html).blocks] == [
        "04.12.2007 | Groupe de pilotage",
        "13-14.11.2007 | Mini-Full Round (1er jour)",
        "³ Les documents doivent parvenir au Secrétariat.",
    ]


def test_a_type_label_element_before_the_entrys_text_is_a_word_of_its_own():
    html = (
        b'<ol><li><span class="ptype">Journal Article</span>Alexandrou, Demetrios G. "Selecting Economic Immigrants."'
        b"</li><li>Born on the 2<sup>nd</sup>, <b>2</b>nd</li></ol>"
    )
    assert [b.text for b in html_to_document(html).blocks] == [
        'Journal Article Alexandrou, Demetrios G. "Selecting Economic Immigrants."',
        "Born on the 2nd, 2nd",
    ]


def test_a_meetings_carousel_of_tab_buttons_and_a_details_tables_labels_are_read():
    """Real meeting pages (kevinburke/public-meetings' and riomp-scrape's fixtures): a carousel of `<button
    role=tab>` each a date and a meeting's name is a block per meeting, not a form's button; a details table's
    `<td><label>Meeting Date:</label></td>` is the row's field name, not a form's label."""
    from mpdp_pipeline.extractors.html import html_to_document

    tab = "<button role='tab' onclick='go({n})'><span>{d}</span><span>Regular Governing Board Meeting</span></button>"
    page = (
        "<html><body><main><div role='tablist'>"
        + "".join(tab.format(n=n, d=d) for n, d in enumerate(["Apr 13 2026", "Mar 09 2026"]))
        + "</div><button>Search</button><table><tr><td><label>Meeting Date:</label></td><td>Jun 2 2021</td></tr>"
        "</table></main></body></html>"
    )
    texts = [b.text for b in html_to_document(page.encode()).blocks]
    assert texts[:2] == ["Apr 13 2026 Regular Governing Board Meeting", "Mar 09 2026 Regular Governing Board Meeting"]
    assert "Search" not in " ".join(texts)
    assert any("Meeting Date:" in t and "Jun 2 2021" in t for t in texts)


def test_an_hcalendar_date_lends_its_year_to_the_day_it_shows():
    """Microformats: `<abbr class="dtstart" title="2009-03-12T09:30">March 12, 9:30 AM</abbr>` shows a day without
    its year, which the title gives; a `<time>` or `abbr` that shows only a time of day gets no date."""
    page = (
        "<html><body><main><h1>Upcoming Events</h1><div class='vevent'><h3 class='summary'>Roundtable on Return</h3>"
        "<p><abbr class='dtstart' title='2009-03-12T09:30'>March 12, 9:30 AM</abbr> &ndash; "
        "<abbr class='dtend' title='2009-03-12T11:00'>11:00 AM</abbr></p></div></main></body></html>"
    )
    texts = [b.text for b in html_to_document(page.encode()).blocks]
    assert "March 12, 9:30 AM (2009-03-12) – 11:00 AM" in texts


def test_a_page_framed_by_a_table_of_header_menu_columns_and_footer_is_read_as_its_parts():
    """Round 97 (written, dev): an ASP.NET page framed by a table: a header row, a menu row, a row of a side menu
    beside the content column (headings, paragraphs), a footer row. The frame lays out the page: its content is
    read as headings and paragraphs, not as one table row of everything."""
    from mpdp_pipeline.extractors.html import html_to_document

    content = "".join(
        f"<div class='eventItem'><div>{day}</div><div><a href='#'>{title}</a></div><div>Briefing · Washington, DC</div>"
        f"<div>Officials discuss {title.lower()}.</div></div>"
        for day, title in (("December 5, 2007", "Fiscal Impacts"), ("November 13, 2007", "Covering Immigration"))
    )
    page = (
        "<html><body><table><tr><td colspan='2'>MPI</td></tr><tr><td colspan='2'><a href='/'>Home</a> | "
        "<a href='/e'>Events</a></td></tr><tr><td><ul><li>Upcoming</li><li>Past</li></ul></td><td><h1>Past Events</h1>"
        "<p>MPI convenes policymakers.</p><p>Transcripts are posted.</p>"
        f"<h2>2007</h2>{content}</td></tr><tr><td colspan='2'>© 2008 MPI</td></tr>"
        "</table></body></html>"
    )
    blocks = html_to_document(page.encode()).blocks
    assert not [b for b in blocks if b.kind == BlockKind.TABLE_ROW]
    assert {"Past Events", "2007"} <= {b.text for b in blocks if b.kind == BlockKind.HEADING}
    assert "December 5, 2007" in [b.text for b in blocks]


def test_a_tables_year_row_over_days_without_a_year_is_their_heading_and_each_meeting_column_a_meeting(nlp):
    """Real round 96 (dev): a council's table of meeting dates opens its rows with "2013 | | All commence at 8 p.m."
    and then lists days without a year ("18 January | Planning Committee | Council meeting"), under "Date |
    Committee meeting | Full Council meetings | Committee meeting". The year row is the heading of the days under
    it; each cell under a column headed as meetings is a meeting of that day, a time after its name no part of it.
    A publications table's "2008 | Title" rows stay records."""
    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    page = (
        "<html><body><h2>Dates of meetings</h2><table>"
        "<tr><th>Date</th><th>Committee meeting</th><th>Full Council meetings</th><th>Committee meeting</th></tr>"
        "<tr><td>2013</td><td></td><td>All commence at 8 p.m.</td><td></td></tr>"
        "<tr><td>03 January</td><td>Planning Committee</td><td></td><td></td></tr>"
        "<tr><td>18 January</td><td>Planning Committee</td><td>Council meeting</td><td></td></tr>"
        "<tr><td>07 February</td><td>Planning Committee</td><td></td><td>Parish Maintenance Committee 8.15 p.m.</td>"
        "</tr></table>"
        "<table><tr><th>Year</th><th>Title</th></tr><tr><td>2008</td><td>Annual Report 2007</td></tr>"
        "<tr><td>2009</td><td>Annual Report 2008</td></tr></table></body></html>"
    )
    doc = html_to_document(page.encode())
    assert [b.text for b in doc.blocks if b.kind == BlockKind.HEADING] == ["Dates of meetings", "2013"]
    ctx = DocumentContext("IGC", "d" * 64, "file:///dates.html", "en")
    found = {(a.title, str(a.start_date)) for a in blocks_to_activities(doc.blocks, ctx, nlp) if a.kind == "meeting"}
    assert found == {
        ("Planning Committee", "2013-01-03"),
        ("Planning Committee", "2013-01-18"),
        ("Council meeting", "2013-01-18"),
        ("Planning Committee", "2013-02-07"),
        ("Parish Maintenance Committee", "2013-02-07"),
    }


def test_a_folder_listings_term_of_a_linked_title_and_its_byline_is_a_cards_lines(nlp):
    """Round 114 (written, dev): a Plone folder listing sets each work as a `<dt>` of its linked title and a byline
    in a span of its own ("Annual report — published 30/04/2012"), then a `<dd>` description. The title and the byline
    are a card's lines: the title without the byline, dated by it."""
    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    page = (
        "<html><body><h1>Publications</h1><dl>"
        "<dt><span class='summary'><a href='/a'>IGC Annual Report 2011</a></span> <span class='documentByLine'>"
        "<span>Annual report &mdash;</span> <span class='documentModified'><span>published</span> 30/04/2012</span>"
        "</span></dt><dd>Overview of the activities of the IGC in 2011. PDF, 1.1 MB.</dd>"
        "<dt><span class='summary'><a href='/b'>Summary Report: Workshop on Unaccompanied Minors</a></span> <span "
        "class='documentByLine'><span>Workshop report &mdash;</span> <span class='documentModified'><span>published"
        "</span> 18/05/2011</span></span></dt><dd>Summary of the discussions. PDF, 0.4 MB.</dd>"
        "</dl></body></html>"
    )
    doc = html_to_document(page.encode())
    ctx = DocumentContext("IGC", "d" * 64, "file:///publications.html", "en")
    found = {(a.title, str(a.start_date)) for a in blocks_to_activities(doc.blocks, ctx, nlp)}
    assert found == {
        ("IGC Annual Report 2011", "2012-04-30"),
        ("Summary Report: Workshop on Unaccompanied Minors", "2011-05-18"),
    }


def test_a_blog_posts_comments_a_calendars_name_and_a_sites_box_labels_are_no_activities(nlp):
    """Round 115 and round 116 (written, dev): a WordPress post's readers' comments ("Will the slides from the Berlin
    meeting be posted as well?", dated by the comment's stamp), a calendar widget's own name over its month ("Events
    Calendar" / "June 2009") and the labels of a site's boxes over what they hold ("MPI in the News" over a
    newspaper's citation, "Browse by Type" over the type links) are neither events nor works."""
    from pathlib import Path

    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    written = Path(__file__).parent / "fixtures" / "written"
    titles = set()
    for name in ("w115-mpi-events-recap-2009.html", "w116-mpi-publications.html"):
        doc = html_to_document((written / name).read_bytes())
        ctx = DocumentContext("MPI", "d" * 64, name, "en", title=doc.title)
        titles |= {a.title for a in blocks_to_activities(doc.blocks, ctx, nlp)}
    assert not any(t.startswith(("Will the slides", "Maria")) for t in titles)
    assert not {"Events Calendar", "MPI in the News", "Browse by Type", "Browse by Program", "E-mail Updates"} & titles


def test_an_events_archive_set_as_one_run_of_day_title_and_detail_paragraphs(nlp):
    """Round 113 (written, dev): a hand-made events archive sets every record as paragraphs of one table cell: the
    day ("December 4-5, 2007", "January 17, 2007 – 10:00 am to 11:30 am"), the title, then details that may open
    with the town ("Ottawa, Canada A two-day technical workshop ..."). An event per day line, named by the line under
    it; "after 9/11" in a title is the attacks' name, no day."""
    from pathlib import Path

    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    name = "w113-mpi-events-2007.html"
    doc = html_to_document((Path(__file__).parent / "fixtures" / "written" / name).read_bytes())
    ctx = DocumentContext("MPI", "d" * 64, name, "en", title=doc.title)
    found = {(a.title, str(a.start_date), a.location) for a in blocks_to_activities(doc.blocks, ctx, nlp)}
    assert ("Workshop on Migration Data for Policymakers", "2007-12-04", "Ottawa, Canada") in found
    assert (
        "Forum on Migration and Development in Mexico and Central America",
        "2007-10-30",
        "Mexico City, Mexico",
    ) in (found)
    assert ("Book Launch: Still Knocking at the Door: Refugee Protection after 9/11", "2007-09-19", None) in found
    assert not any(d == "2007-09-11" for _, d, _ in found)


def test_an_email_digests_date_badges_beside_their_cards_and_its_bold_titles_over_day_and_town(nlp):
    """Round 146 (written, dev): an e-mail digest sets each upcoming event as a table row, a date badge ("NOV" / "28")
    beside a card of `<br>` lines ("<a><strong>Title</strong></a>", "Wednesday, November 28, 2012 | 9:30 - 11:00 AM",
    its venue, its blurb). The card says it all: its title over its day is the event, whatever body the card above
    named, and the hours are no venue. The digest's page title says publications, yet cards dated to the hour are no
    works. Its recent events are paragraphs of a bold title (perhaps with its type in brackets) over the day and the
    town ("November 8, 2012, Mexico City")."""
    from pathlib import Path

    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    path = Path(__file__).parent / "fixtures" / "written" / "w146-mpi-digest-2012-11.html"
    doc = html_to_document(path.read_bytes())
    ctx = DocumentContext("MPI", "d" * 64, path.name, "en", title=doc.title)
    rows = {a.title: a for a in blocks_to_activities(doc.blocks, ctx, nlp)}
    briefing = rows["Immigration Reform After the Election: What's Next?"]
    assert (briefing.kind, str(briefing.start_date), briefing.location) == ("other", "2012-11-28", "Washington, DC")
    assert rows["Ninth Annual Immigration Law and Policy Conference"].kind == "conference"
    roundtable = rows["Labor Migration in North America: Mexico, Canada and the United States"]
    assert (roundtable.kind, str(roundtable.start_date), roundtable.location) == (
        "roundtable", "2012-11-08", "Mexico City"
    )  # fmt: skip
    seminar = rows["Seminar on Refugee Integration Outcomes in Canada and the United States"]
    assert (str(seminar.start_date), seminar.location) == ("2012-10-30", "Toronto")
    assert not any(a.kind in ("report", "publication") and a.start_date.day in (28, 5, 10) for a in rows.values())


def test_a_newsletters_event_cards_beside_its_works_cards_and_a_card_under_its_own_title(nlp):
    """Round 146 (written, dev): an e-mail newsletter sets its events ("<strong>Title</strong><br>Thursday, June 18,
    2009, 10:00 a.m. - 11:30 a.m.<br>venue", "Title<br>May 12-13, 2009 — Washington, DC") and its works ("REPORT<br>
    Title<br>By A, B and C<br>June 2009") as paragraphs of one column. Cards dated to the day with their hours or their
    town are events, so the works around them are a listing; boxes with no field ("Dear colleague", "SUPPORT MPI") are
    none of its works. A card's date line is its own title's, not the body an earlier card named ("Roundtable: ...")."""
    from pathlib import Path

    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    path = Path(__file__).parent / "fixtures" / "written" / "w146-mpi-enews-2009-06.html"
    doc = html_to_document(path.read_bytes())
    ctx = DocumentContext("MPI", "d" * 64, path.name, "en", title=doc.title)
    rows = blocks_to_activities(doc.blocks, ctx, nlp)
    works = {a.title: a for a in rows if a.kind in ("report", "publication")}
    report = works["Immigrants and the Recession: Labor Market Adjustments in North America"]
    assert (str(report.start_date), report.authors) == (
        "2009-06-01",
        ("Rebecca Hartwell", "Tomás Ibarra", "Lena Okafor"),
    )
    assert "Dear colleague" not in works
    events = {(a.title, str(a.start_date)) for a in rows if a.kind not in ("report", "publication")}
    assert ("Migration and Development: Policy Options for the Next Decade", "2009-05-12") in events
    assert not any(t.startswith("Roundtable") and d == "2009-05-12" for t, d in events)


def test_a_programme_pages_cards_typed_as_events_on_their_meta_line_are_named_by_their_first_field(nlp):
    """Round 144 (written, dev): a programme page's cards, each a name over its meta line ("The Future of Migration
    Policy in Central America" / "Policy Briefing · May 23, 2012 · Washington, DC"), follow a card that named a body
    ("Second Study Group Meeting"). A meta line that types the card as an event makes its first field the event's name,
    not the earlier card's body; and such cards, dated to the day, are no works of the page's publication listing."""
    from pathlib import Path

    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    path = Path(__file__).parent / "fixtures" / "written" / "w144-mpi-regional-study-group.html"
    doc = html_to_document(path.read_bytes())
    ctx = DocumentContext("MPI", "d" * 64, path.name, "en", title=doc.title)
    rows = blocks_to_activities(doc.blocks, ctx, nlp)
    by_day = {str(a.start_date): a for a in rows if a.kind not in ("report", "publication")}
    assert by_day["2012-05-23"].title.endswith("Future of Migration Policy in Central America")
    assert by_day["2012-06-14"].title == "Mexican Migration Trends After the Recession"
    assert not any(a.kind == "publication" and str(a.start_date) == "2012-05-23" for a in rows)


def test_a_whats_new_tables_posting_days_are_no_meetings_and_a_link_elsewhere_names_no_body(nlp):
    """Round 148 (written, dev): a "What's New" page sets each note beside the day it went up ("4 June 2008 | Full
    Round of Consultations, Berlin, 27-28 May 2008. Hosted by ..."); the notes tell their meetings' own days, so the
    posting days are none. The sidebar's "Full calendar >>" link names no body whose meetings the days would be."""
    from pathlib import Path

    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    path = Path(__file__).parent / "fixtures" / "written" / "w148-igc-whatsnew.html"
    doc = html_to_document(path.read_bytes())
    ctx = DocumentContext("IGC", "d" * 64, path.name, "en", title=doc.title)
    rows = blocks_to_activities(doc.blocks, ctx, nlp)
    days = {str(a.start_date) for a in rows if a.kind not in ("report", "publication")}
    assert {"2008-05-27", "2008-07-08", "2008-09-25"} <= days
    posted = {"2008-06-02", "2008-06-04", "2008-06-16", "2008-06-30", "2008-07-10", "2008-09-12", "2008-12-15"}
    assert not days & posted
    assert not any(a.title == "Full" for a in rows)


def test_an_event_archives_articles_led_by_a_type_and_venue_line_are_events_not_news(nlp):
    """Round 152 (written, dev): a WordPress events archive sets each event as an `<article>`: a date badge of three
    spans ("Dec" "8" "2011", "Jun 30 – Jul" "1" "2011"), the title, a meta line led by the event's type ("Policy
    Briefing · Migration Policy Institute, Washington, DC") and a teaser. The type-led meta line makes the article an
    event's card, not a news post whose headline no rule reads; the badge's day and year are two numbers."""
    from pathlib import Path

    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    path = Path(__file__).parent / "fixtures" / "written" / "w152-mpi-events-2011.html"
    doc = html_to_document(path.read_bytes())
    assert any(b.text == "Jun 30 – Jul 1 2011" for b in doc.blocks)
    ctx = DocumentContext("MPI", "d" * 64, path.name, "en", title=doc.title)
    found = {(a.title, str(a.start_date)) for a in blocks_to_activities(doc.blocks, ctx, nlp)}
    assert ("Immigrant Children and Families: A Demographic Briefing", "2011-12-08") in found
    assert ("North American Migration Policy Forum", "2011-11-03") in found
    assert ("Eighth Annual Immigration Law and Policy Conference", "2011-09-22") in found
    # "Publication Launch · Migration Policy Institute, Washington, DC": a launch is an event, its report another thing
    assert ("Report Launch: Canada's Points System at a Crossroads", "2011-05-19") in found


def test_a_bulletins_works_over_their_issuer_and_month_and_a_notes_announced_work(nlp):
    """Rounds 146 and 148 (written, dev): a bulletin's "PUBLICATIONS" sets each work as a title over "IGC Secretariat,
    August 2011, 412 pp."; a What's New note announces "New publication: Biometrics and Identity Management: Summary
    Report of the IGC Workshop (IGC Secretariat, November 2008)". Both are the IGC's reports, dated by their month,
    the Secretariat their author; the workshop the note's title names is no event of November."""
    from pathlib import Path

    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    def read(name: str) -> list:
        path = Path(__file__).parent / "fixtures" / "written" / name
        doc = html_to_document(path.read_bytes())
        return blocks_to_activities(doc.blocks, DocumentContext("IGC", "d" * 64, path.name, "en", title=doc.title), nlp)

    works = {a.title: a for a in read("w146-igc-bulletin-2011-09.html") if a.kind == "report"}
    blue = works["Asylum Procedures: Report on Policies and Practices in IGC Participating States"]
    assert (str(blue.start_date), blue.authors) == ("2011-08-01", ("IGC Secretariat",))
    rows = read("w148-igc-whatsnew.html")
    summary = next(a for a in rows if a.title.startswith("Biometrics and Identity Management: Summary Report"))
    assert (summary.kind, str(summary.start_date), summary.authors) == ("report", "2008-11-01", ("IGC Secretariat",))
    assert not any(a.kind == "workshop" and str(a.start_date) == "2008-11-01" for a in rows)


def test_a_blog_posts_stamp_with_its_poster_is_when_it_went_up(nlp):
    """Round 144 (written, dev): a WordPress news page stamps each post "Publicado el 18 abril, 2011 por admin_st"
    under its headline ("La Secretaría Técnica de la CRM traslada sus oficinas"). The stamp says when the post went
    up, whoever posted it: the post is news, its headline and stamp no conference."""
    from pathlib import Path

    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    path = Path(__file__).parent / "fixtures" / "written" / "w144-rcm-noticias.html"
    doc = html_to_document(path.read_bytes())
    ctx = DocumentContext("RCM", "d" * 64, path.name, "es", title=doc.title)
    rows = blocks_to_activities(doc.blocks, ctx, nlp)
    assert not any("traslada sus oficinas" in a.title or "convocatoria" in a.title.lower() for a in rows)
    assert "2011-06-14" in {str(a.start_date) for a in rows}


def test_a_sidebars_bold_meeting_over_its_month_is_titled_by_its_own_line(nlp):
    """Round 150 (written, dev): a sidebar's "Próximas reuniones" sets "<b>Primera Reunión del GRCM 2008</b><br>Febrero
    de 2008" under "<b>XIII Conferencia ...</b><br>Mayo de 2008 – sede por confirmar". A bold title that names a
    meeting over its month is that meeting's heading, not a work's record under the conference above it."""
    from pathlib import Path

    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    path = Path(__file__).parent / "fixtures" / "written" / "w150-rcm-reuniones-2007.html"
    doc = html_to_document(path.read_bytes())
    ctx = DocumentContext("RCM", "d" * 64, path.name, "es", title=doc.title)
    by_day = {str(a.start_date): a.title for a in blocks_to_activities(doc.blocks, ctx, nlp)}
    assert by_day["2008-02-01"] == "Primera Reunión del GRCM 2008"


def test_a_milestones_tables_year_cells_leave_the_days_to_the_text_beside_them(nlp):
    """Round 148 (written, dev): a history page's table sets each year beside its milestones ("2005 | Full Round of
    Consultations, Oslo, June 2005, concluding the Norwegian Chairmanship. ..."): the text's own month dates the
    meeting, not the year cell, and the year is no part of its name."""
    from pathlib import Path

    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    path = Path(__file__).parent / "fixtures" / "written" / "w148-igc-milestones.html"
    doc = html_to_document(path.read_bytes())
    ctx = DocumentContext("IGC", "d" * 64, path.name, "en", title=doc.title)
    found = {(a.title, str(a.start_date)) for a in blocks_to_activities(doc.blocks, ctx, nlp)}
    assert ("Full Round of Consultations", "2005-06-01") in found
    assert not any(t.startswith("2005") or d == "2005-01-01" for t, d in found)


def test_a_struck_out_date_beside_its_new_one_is_the_day_the_meeting_moved_from(nlp):
    """Round 144 (written, dev): a calendar's row gives "<span style='text-decoration: line-through'>15-16/08/2012
    </span><br>6-7/09/2012" for a rescheduled workshop. The struck date is the one it moved from; the row is the
    workshop on its new days, not a second one on the old."""
    from pathlib import Path

    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities

    path = Path(__file__).parent / "fixtures" / "written" / "w144-rcm-calendario-2012.html"
    doc = html_to_document(path.read_bytes())
    ctx = DocumentContext("RCM", "d" * 64, path.name, "es", title=doc.title)
    days = {str(a.start_date) for a in blocks_to_activities(doc.blocks, ctx, nlp) if "gestión migratoria" in a.title}
    assert days == {"2012-09-06"}


def test_a_sidebar_box_of_the_bodys_publications_is_read_and_its_news_box_is_not():
    """Round 240: "Documentos y publicaciones de la CRM" beside a meeting's notice lists the body's works; the
    "Noticias" box under it is furniture, as is a box of the secretariat's own papers ("Documentos de la PPT")."""
    html = (
        "<html><body><main><h1>Convocatoria</h1><p>Taller regional, 8 al 10 de septiembre de 2014.</p></main>"
        "<aside class='sidebar'><section><h3>Documentos y publicaciones de la CRM</h3>"
        "<div><p>Informe</p><h4>Informe Anual de la Secretaría Técnica 2013</h4><p>marzo de 2014</p></div></section>"
        "<section><h3>Noticias</h3><ul><li>1 de julio de 2014: nueva Secretaria Ejecutiva.</li></ul></section>"
        "</aside><aside><h4>Documentos de la PPT</h4><ul><li>Plan de Trabajo 2009 – publicado 05/03/2009</li></ul>"
        "</aside></body></html>"
    ).encode()
    texts = [b.text for b in html_to_document(html).blocks]
    assert "Informe Anual de la Secretaría Técnica 2013" in texts
    assert not any("Secretaria Ejecutiva" in t or "Plan de Trabajo" in t for t in texts)


def test_a_word_and_a_capitalised_field_set_side_by_side_are_two_words():
    """Round 294: "<td>Inaugural Council Meeting<span class='theme'>Theme: Immigration and Public Opinion</span></td>"
    reads "Meeting Theme:", not "MeetingTheme:"; a word's own capitals ("McDonald", "iPhone") are left alone."""
    doc = html_to_document(
        b"<html><body><table><tr><th>Date</th><th>Meeting</th></tr><tr><td>May 28-29, 2008</td>"
        b"<td>Inaugural Council Meeting<span class='theme'>Theme: Immigration and Public Opinion</span></td></tr>"
        b"</table><p>Mc<b>Donald</b> spoke.</p></body></html>"
    )
    text = " ".join(b.text for b in doc.blocks)
    assert "Meeting Theme: Immigration" in text and "McDonald spoke." in text


def test_a_typed_bulletins_wrapped_items_and_its_table_ruled_by_short_dash_runs(written):
    """Round 452 (written, dev): a bulletin reproduced in a `<pre>` lists what was held as items typed over two lines
    ("- Groupe de travail sur l'admission, le contrôle et l'exécution" / "(ACE), Genève, 6 mars 2012."): one item each,
    its day on its second line. Its calendar is ruled by dashes whose first run is two long ("-- ------- ----"), and a
    name wrapped onto the next line under its column goes on with its row."""
    rows = {(str(a.start_date), a.title) for a in written("w452-igc-bulletin-fr-2012.html", "IGC")}
    assert ("2012-03-06", "Groupe de travail sur l'admission, le contrôle et l'exécution (ACE)") in rows
    assert any(
        day == "2012-10-25" and title.startswith("Table ronde de la présidence sur l'intégration")
        for day, title in rows
    )
