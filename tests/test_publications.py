"""Publications read as records: reference-list entries (`mpdp_pipeline.extractors.citations`) and listings
(`mpdp_pipeline.extractors.listings`), through `find_publications`."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities
from mpdp_pipeline.extractors.citations import parse_citation
from mpdp_pipeline.extractors.html import html_to_document
from mpdp_pipeline.extractors.pdf import pdf_to_document
from mpdp_pipeline.extractors.publications import find_publications, publication_type_of

from mpdp_pipeline.schemas import Block, BlockKind, DatePrecision, PublicationType

REAL_PUBS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "real-pubs"


def para(text: str, order: int, page: int | None = 1, heading: str | None = "References", kind: str = "paragraph"):
    return Block(text, kind=kind, order=order, page=page, locator="1,2,3,4" if page else None, heading=heading)


def html(text: str, order: int, locator: str, heading: str | None = None, kind: str = "paragraph") -> Block:
    return Block(text, kind=kind, order=order, page=None, locator=locator, heading=heading)


# --- reference lists --------------------------------------------------------------------------------


def test_inverted_multiple_authors_with_publisher():
    cite = parse_citation(
        "Castles, Stephen, Hein de Haas, and Mark J Miller. 2014. International Migration: Evolving Trends. "
        "Cambridge: Cambridge University Press."
    )
    assert cite is not None
    assert cite.authors == ("Castles, Stephen", "Hein de Haas", "Mark J Miller")
    assert cite.title == "International Migration: Evolving Trends"
    assert (cite.year.start, cite.year.precision) == (dt.date(2014, 1, 1), DatePrecision.YEAR)
    assert cite.publisher == "Cambridge University Press"


def test_a_linked_titles_line_of_fields_below_it_dates_and_bylines_the_work(nlp):
    """Round 318 (written, dev): a publications page lists each work as its type, its linked title, then one line
    of fields ("3 April 2007 · By Karin Lindqvist and Stefan Hofer"): the work is dated by that line's day, not by
    its section's year, and written by its byline's names."""
    item = (
        "<li><span class='ptype'>{ptype}</span><br><a href='docs/2007/{slug}.pdf'><strong>{title}</strong></a><br>"
        "<span class='pdate'>{date}</span> &middot; By {names}<br>{about}</li>"
    )
    page = (
        "<html><head><title>IGC - Publications</title></head><body><h1>Publications</h1><h2>2007</h2><ul>"
        + item.format(slug="a", title="Biometrics in Border and Asylum Management", date="3 April 2007",
                      names="Karin Lindqvist and Stefan Hofer", ptype="Background Paper",
                      about="Prepared for the Working Group on Technology; surveys fingerprint systems.")
        + item.format(slug="b", title="Asylum Applications in Participating States", date="February 2007",
                      names="the IGC Secretariat", ptype="Statistical Overview",
                      about="Monthly asylum applications by country of origin, with notes on sources.")
        + item.format(slug="c", title="Return and Readmission: Current Practice", date="November 2007",
                      names="Marie-Claire Dubois", ptype="Discussion Paper",
                      about="Draws on the Working Group's survey of readmission agreements.")
        + "</ul></body></html>"
    )  # fmt: skip
    doc = html_to_document(page.encode())
    ctx = DocumentContext("IGC", "d" * 64, "file:///pubs.html", "en", title=doc.title)
    rows = {a.title: a for a in blocks_to_activities(doc.blocks, ctx, nlp)}
    biometrics = rows["Biometrics in Border and Asylum Management"]
    assert (str(biometrics.start_date), biometrics.date_precision) == ("2007-04-03", "day")
    assert biometrics.authors == ("Karin Lindqvist", "Stefan Hofer")
    assert str(rows["Asylum Applications in Participating States"].start_date) == "2007-02-01"


def test_a_news_summary_releasing_a_work_with_its_imprint_names_the_work(nlp):
    """Round 320 (written, dev): a newsroom's summary "The Secretariat released Asylum Applications in IGC
    Participating States, 2005-2015: A Statistical Overview (Geneva: IGC Secretariat, April 2016).": the work, dated
    by its imprint's month. A title set in capitals ("PUBLICATIONS ISSUED JANUARY - DECEMBER 2007") releases none."""
    page = (
        "<html><head><title>IGC Newsroom</title></head><body><h1>IGC Newsroom</h1><p>The Secretariat released Asylum "
        "Applications in IGC Participating States, 2005-2015: A Statistical Overview (Geneva: IGC Secretariat, April "
        "2016).</p><p>PUBLICATIONS ISSUED JANUARY - DECEMBER 2007 (LIST OF 2007)</p></body></html>"
    )
    doc = html_to_document(page.encode())
    ctx = DocumentContext("IGC", "d" * 64, "file:///news.html", "en", title=doc.title)
    works = [a for a in blocks_to_activities(doc.blocks, ctx, nlp) if a.kind.value in ("report", "publication")]
    assert [(a.title, str(a.start_date)) for a in works] == [
        ("Asylum Applications in IGC Participating States, 2005-2015: A Statistical Overview", "2016-04-01")
    ]


def test_an_entrys_closing_month_in_brackets_dates_it_to_the_month():
    """Round 330 (written, dev): an annual report's works as "Authors. 2010. Title. City: Publisher. (June)": the
    month the year's list adds after the imprint dates the work to that month, and is no part of the publisher (the
    imprint's city is not either)."""
    cite = parse_citation(
        "Laura Kessler and Tomas Rivera, eds. 2010. Immigrants in a Downturn: Labor Market Lessons. Washington, DC: "
        "Migration Policy Institute. (June)"
    )
    assert cite is not None and cite.title == "Immigrants in a Downturn: Labor Market Lessons"
    assert (cite.year.start, cite.year.end) == (dt.date(2010, 6, 1), dt.date(2010, 6, 30))
    assert cite.publisher == "Migration Policy Institute"


def test_an_entry_whose_fields_were_set_apart_by_markup_reads_as_written():
    # Round 25: "( 2006 )" and "Title ." come from spans around each field of a web page's list item.
    cite = parse_citation(
        "Newland, K. ; Agunias, D. R. ; Terrazas, A. ( 2008 ). Learning by Doing: Experiences of Circular "
        "Migration . Migration Policy Institute, Washington, DC."
    )
    assert cite is not None
    assert cite.authors == ("Newland, K", "Agunias, D. R", "Terrazas, A")
    assert cite.title == "Learning by Doing: Experiences of Circular Migration"
    assert cite.year.start == dt.date(2008, 1, 1)
    # A typographic hyphen in a name (U+2010) and no space after the year's stop.
    cite = parse_citation("Rodríguez\u2010López, L.; Terrazas, A. (2008).Migrants in the Labour Market. Migration.")
    assert cite is not None and cite.authors == ("Rodríguez-López, L", "Terrazas, A")
    assert cite.title == "Migrants in the Labour Market"


def test_chicago_book_and_direct_order_place_publisher_year():
    book = parse_citation("Budge, E. A. Wallis. The Egyptian Sûdân: Its History. London: Kegan Paul, 1907.")
    assert (book.authors, book.title, book.publisher) == (
        ("Budge, E. A. Wallis",),
        "The Egyptian Sûdân: Its History",
        "Kegan Paul",
    )
    direct = parse_citation(
        "Jens Høyrup, Lengths, Widths, Surfaces: A Portrait of Old Babylonian Algebra. New York, Springer, 2002."
    )
    assert direct.authors == ("Jens Høyrup",)
    assert direct.title.startswith("Lengths, Widths, Surfaces")
    assert (direct.publisher, direct.year.start.year) == ("Springer", 2002)


def test_harvard_entry_loses_its_cited_on_page_marker():
    cite = parse_citation(
        "Brown, G. J. and Cooke, M. P. (1994), “Computational auditory scene analysis,” Computer Speech and "
        "Language 8(4), pp. 297–336. (Cited on page 80)"
    )
    assert cite.authors == ("Brown, G. J", "Cooke, M. P")
    assert cite.title == "Computational auditory scene analysis"
    assert "Cited" not in cite.text


def test_repeat_marker_inherits_the_authors_above():
    blocks = [
        para("Bonnet, Charles, and Dominique Valbelle. Le temple principal de Kerma. Paris: Errance, 2004.", 0),
        para("———. Des pharaons venus d’Afrique. Paris: Citadelles & Mazenod, 2005.", 1),
        para("Moorehead, Alan. The Blue Nile. New York: Harper & Row, 1962.", 2),
    ]
    pubs, used = find_publications(blocks)
    assert [p.title for p in pubs] == ["Le temple principal de Kerma", "Des pharaons venus d’Afrique", "The Blue Nile"]
    assert pubs[1].authors == ("Bonnet, Charles", "Dominique Valbelle")
    assert pubs[1].publication_type == PublicationType.BOOK
    assert used == {0, 1, 2}


def test_entry_split_across_a_page_break_is_one_entry():
    blocks = [
        para("Hu, G. and Wang, D. L. (2007), “Auditory segmentation,” IEEE Trans. 15(2), pp. 396–405.", 0, page=4),
        para("Houtgast, T. (1989), “Frequency selectivity in amplitude-modulation detection,” Journal", 1, page=4),
        para("92", 2, page=4),
        para("Bibliography", 3, page=5, kind="heading", heading="Bibliography"),
        para("of the Acoustical Society of America 85(4), pp. 1676–1680. (Cited on page 31)", 4, page=5),
        para("Bishop, C. M. (2006),", 5, page=5),
        para("Pattern Recognition and Machine Learning, Springer. (Cited on page 68)", 6, page=5),
        para("Kalman, R. E. (1960), “A New Approach to Linear Filtering,” ASME Journal. (Cited on page 40)", 7, page=5),
    ]
    blocks[3] = Block("Bibliography", kind="heading", order=3, page=5, heading="Bibliography")
    blocks = [blocks[0], blocks[1], blocks[2], blocks[4], blocks[5], blocks[6], blocks[7]]
    pubs, used = find_publications(blocks)
    assert [p.title for p in pubs] == [
        "Auditory segmentation",
        "Frequency selectivity in amplitude-modulation detection",
        "Pattern Recognition and Machine Learning",
        "A New Approach to Linear Filtering",
    ]
    assert {4, 6} <= used


def test_numbered_reference_list():
    blocks = [
        para("[1] A. Smith and B. Jones, “Border data in practice,” Journal of Migration 3, 2004.", 0),
        para("[2] C. Brown, “Asylum statistics,” Refugee Survey Quarterly 12, 2006.", 1),
        para("3. D. White, Working Paper on Labour Mobility. Geneva, IOM, 2007.", 2),
    ]
    pubs, _ = find_publications(blocks)
    assert [p.authors for p in pubs] == [("A. Smith", "B. Jones"), ("C. Brown",), ("D. White",)]
    assert [p.date.start.year for p in pubs] == [2004, 2006, 2007]
    assert pubs[0].publication_type == PublicationType.ARTICLE
    assert pubs[2].publication_type == PublicationType.WORKING_PAPER


def test_web_citations_with_two_in_one_paragraph_and_repeats_counted_once():
    loc = "body > main > article > div > p:nth-of-type({})"
    texts = [
        "H. Wierstorf, C. Hold, A. Raake – Listener Preference for Wave Field Synthesis, Stereophony, and "
        "Different Mixes in Popular Music, Journal of the Audio Engineering Society, 66(5) pp. 385-396, 2018",
        "N. Hahn and S. Spors – Comparison of Continuous Measurement Techniques, European Signal Processing "
        "Conference (EURASIP), Budapest, 2016 G. Bustamante, P. Danès – A One-step-ahead Feedback Control, "
        "European Signal Processing Conference (EURASIP), Budapest, 2016",
        "H. Wierstorf, Ch. Ende and A. Raake – Klangverfärbung in der Wellenfeldsynthese, German Annual "
        "Conference on Acoustics (DAGA), Nuremberg, 2015",
        "H. Wierstorf, C. Ende and A. Raake – Klangverfärbung in der Wellenfeldsynthese, German Annual "
        "Conference on Acoustics (DAGA), Nuremberg, 2015",
    ]
    blocks = [html(t, i, loc.format(i + 1), heading="Publications") for i, t in enumerate(texts)]
    pubs, _ = find_publications(blocks)
    assert [p.title for p in pubs] == [
        "Listener Preference for Wave Field Synthesis, Stereophony, and Different Mixes in Popular Music",
        "Comparison of Continuous Measurement Techniques",
        "A One-step-ahead Feedback Control",
        "Klangverfärbung in der Wellenfeldsynthese",
    ]
    assert pubs[0].authors == ("H. Wierstorf", "C. Hold", "A. Raake")


@pytest.mark.parametrize(
    "line",
    [
        "Enero de 2013: videoconferencia de la Red de Funcionarios de Enlace para el Combate a la Trata.",
        "March 2013: Meeting of the Regional Consultation Group on Migration, San José, Costa Rica.",
    ],
)
def test_an_agenda_line_opening_with_its_month_is_no_citation(line):
    """Round 174 (written, dev): a newsletter's agenda, "Enero de 2013: videoconferencia de ...": the month is
    when it happens, no author ("Enero de") of a work dated 2013."""
    assert parse_citation(line) is None
    assert parse_citation("March, James G. 1994. A Primer on Decision Making. New York: Free Press.").authors


def test_citations_in_prose_are_not_a_reference_list():
    blocks = [
        para(
            "Lee (1966) argues that migration follows opportunity, a view Castles (2010) extends.", 0, heading="Intro"
        ),
        para("Smith, John. 2004. A Study of Things. London: Press.", 1, heading="Intro"),
        para("The data come from the World Bank for 2000, 2010 and 2013.", 2, heading="Intro"),
    ]
    pubs, used = find_publications(blocks)
    assert (pubs, used) == ([], set())


# --- listings ---------------------------------------------------------------------------------------


def _card(i: int, year: str, title: str, author: str, label: str, start: int) -> list[Block]:
    card = f"body > main > section > div:nth-of-type({i})"
    return [
        html(year, start, card, heading="Producción intelectual"),
        html(title, start + 1, f"{card} > div > h2", heading="Producción intelectual", kind="heading"),
        html(author, start + 2, f"{card} > div > p", heading=title),
        html(label, start + 3, f"{card} > div", heading=title),
        html("Copiar cita", start + 4, f"{card} > button", heading=title),
    ]


def test_card_listing_in_spanish_reads_year_title_authors_and_type():
    cards = [
        (2024, "El Club Negro de Colombia", "Rosa María Chamorro Cuello", "Libro · Editorial Unimagdalena"),
        (2023, "La orilla de Calibán", "Ana Almanza y Luis Pérez", "Artículo · Revista Encuentros, 15(3)"),
        (2015, "Síndrome de Burnout", "Gisela González Ruiz", "Capítulo de libro · en Salud · Editorial X"),
    ]
    blocks = [b for i, c in enumerate(cards) for b in _card(i + 1, str(c[0]), c[1], c[2], c[3], 10 * i)]
    pubs, used = find_publications(blocks, "es")
    assert [(p.title, p.date.start.year) for p in pubs] == [(c[1], c[0]) for c in cards]
    assert pubs[1].authors == ("Ana Almanza", "Luis Pérez")
    assert [p.publication_type for p in pubs] == [PublicationType.BOOK, PublicationType.ARTICLE, PublicationType.BOOK]
    assert pubs[0].publisher == "Editorial Unimagdalena"
    assert len(used) == 15


def test_think_tank_cards_read_bylines_editors_and_type_labels(nlp):
    """A think tank's publication page: type label, linked title, a month, "By A, B and C" or "Edited by"."""
    from mpdp_pipeline.extractors.html import html_to_document

    cards = [
        ("Policy Brief", "Immigration Enforcement at the Border", "March 2006", "By Doris Meissner and Donald Kerwin"),
        ("Working Paper", "Labor Migration and the Global Economy", "July 2004",
         "By Kevin O'Neil, Kimberly Hamilton and Demetrios Papademetriou"),
        ("Book", "Europe and Its Immigrants", "2006", "Edited by Demetrios G. Papademetriou"),
        ("Fact Sheet", "Refugees and Asylees in the United States", "June 2005", "By Jeanne Batalova"),
    ]  # fmt: skip
    page = (
        "<html lang=en><title>Publications</title><main><h1>Publications</h1><div>"
        + "".join(
            f"<div class=row><div>{t}</div><h3><a href=#>{title}</a></h3><div>{d}</div><div>{by}</div></div>"
            for t, title, d, by in cards
        )
        + "</div></main></html>"
    )
    doc = html_to_document(page.encode())
    ctx = DocumentContext("MPI", "d" * 64, "file:///pubs.html", "en", title=doc.title)
    rows = sorted(blocks_to_activities(doc.blocks, ctx, nlp), key=lambda a: a.title)
    assert [(a.title, a.authors, a.publication_type, a.date_precision) for a in rows] == [
        ("Europe and Its Immigrants", ("Demetrios G. Papademetriou",), "book", "year"),
        ("Immigration Enforcement at the Border", ("Doris Meissner", "Donald Kerwin"), "policy_brief", "month"),
        ("Labor Migration and the Global Economy", ("Kevin O'Neil", "Kimberly Hamilton", "Demetrios Papademetriou"),
         "working_paper", "month"),
        ("Refugees and Asylees in the United States", ("Jeanne Batalova",), "other", "month"),
    ]  # fmt: skip


def test_a_topic_pages_panes_are_sections_and_their_cards_are_the_works(nlp):
    """A CMS topic page of panes: "Featured" over one card, "Recent Research" over several, an events pane. The
    panes repeat too, but a pane holding a listing of cards is a section: its label is no work's title."""
    rows = [
        ("Reports", "Immigrant Parents and Early Childhood Programs", "February 2013", "By Ana Lind and Maya Oko"),
        ("Policy Briefs", "Language Access in Local Government", "January 2013", "By Samuel Okafor"),
        ("Books", "Integration Policy in Federal Systems", "November 2012", "Edited by Jorge Salcedo"),
        ("Reports", "The Second Generation at Work", "October 2012", "By Ana Lind"),
    ]  # fmt: skip
    recent = "".join(
        f"<div class=views-row><div>{t}</div><div><a href=/research/{i}>{title}</a></div>"
        f"<div>{d}</div><div>{by}</div></div>"
        for i, (t, title, d, by) in enumerate(rows)
    )
    page = (
        "<html lang=en><title>Immigrant Integration</title><body><div class=panels><h1>Immigrant Integration</h1>"
        "<div class=pane><p>How immigrants and their children move into the social, economic and civic mainstream "
        "is the central question of our work on integration. Research here covers language, schooling and the role "
        "of state and local governments.</p></div>"
        "<div class=pane><h2>Featured</h2><div class=content><div>Reports</div>"
        "<h3><a href=/research/adult>Investing in the Future: Adult English Instruction</a></h3>"
        "<div>Paula Meriwether</div><div>March 2013</div></div></div>"
        f"<div class=pane><h2>Recent Research</h2><div class=content><div class=view>{recent}</div>"
        "<div><a href=/research>View all research</a></div></div></div>"
        "<div class=pane><h2>Upcoming Events</h2><div class=content><div>May 07</div><div>Webinar</div>"
        "<div>Adult Education Funding after the Sequester</div><div>Tuesday, May 7, 2013 - 2:00pm</div></div></div>"
        "<div class=pane><h2>From the Source</h2><div class=content><div>Feature</div>"
        "<div><a href=/source/canada>Immigrant Integration in Canada</a></div><div>April 10, 2013</div></div></div>"
        "<div class=pane><h2>E Pluribus Unum Prizes</h2><div class=content><p>Nominations for the prizes, which "
        "recognise integration initiatives, are due April 30, 2013.</p></div></div>"
        "</div></body></html>"
    )
    doc = html_to_document(page.encode())
    ctx = DocumentContext("MPI", "d" * 64, "file:///topic.html", "en", title=doc.title)
    works = {a.title for a in blocks_to_activities(doc.blocks, ctx, nlp) if a.kind in ("publication", "report")}
    assert {title for _, title, _, _ in rows} <= works
    assert not works & {"Featured", "Recent Research", "Upcoming Events"}


def test_plone_tiles_whose_byline_is_who_last_edited_the_page(nlp):
    """Round 174 (written, dev): Plone's tiles, each a linked `h2` title over "by igc-webmaster — last modified
    Mar 14, 2013 10:22 AM" and a description "Report, June 2012, 212 pages. Author: IGC Secretariat.". The stamp
    is the page's, neither the work's title nor its date."""
    tiles = [
        (
            "Report on Family Reunification: Overview of Policies and Practices",
            "Jul 02, 2012 03:41 PM",
            "Report, June 2012, 212 pages.",
        ),
        ("Asylum and Migration Statistics 2011", "Apr 23, 2012 02:12 PM", "Statistical report, April 2012, 96 pages."),
        ("Labour Migration Schemes", "Feb 28, 2012 09:05 AM", "Working paper, February 2012, 40 pages."),
        ("Detention and Alternatives to Detention", "Jan 30, 2013 11:17 AM", "Report, 2012, 164 pages."),
    ]
    page = "<html lang=en><title>Reports — IGC</title><body><div id=content><h1>Reports and Working Papers</h1>"
    for title, stamp, description in tiles:
        page += (
            f"<div class=tileItem><h2 class=tileHeadline><a href=/r/{len(page)}>{title}</a></h2>"
            f"<div class=documentByLine><span>by <a href=/author/igc-webmaster>igc-webmaster</a></span> &mdash; "
            f"<span class=documentModified>last modified {stamp}</span></div>"
            f"<p class=tileBody>{description} Author: IGC Secretariat.</p>"
            "<p class=tileFooter><a href=/r>Read More…</a></p></div>"
        )
    doc = html_to_document((page + "</div></body></html>").encode())
    ctx = DocumentContext("IGC", "d" * 64, "file:///reports.html", "en", title=doc.title)
    works = {a.title: a.start_date for a in blocks_to_activities(doc.blocks, ctx, nlp)}
    assert works == {
        "Report on Family Reunification: Overview of Policies and Practices": dt.date(2012, 6, 1),
        "Asylum and Migration Statistics 2011": dt.date(2012, 4, 1),
        "Labour Migration Schemes": dt.date(2012, 2, 1),
        "Detention and Alternatives to Detention": dt.date(2012, 1, 1),  # "Report, 2012, ...": the type, then the year
    }


@pytest.mark.parametrize(
    "fields",
    [
        "<div>November 2012</div><div>By Richard Alvarado, Carla Menéndez and Joseph-Marc Delva</div>",
        "<div>Type: Report</div><div>Date: November 2012</div>"
        "<div>By: Richard Alvarado, Carla Menéndez and Joseph-Marc Delva</div>",
    ],
)
def test_a_works_own_page_dated_over_its_byline_or_typed_by_a_field(nlp, fields):
    """Rounds 142 and 172 (written, dev): a report's page, its `h1` title over its month and then its byline, or
    over "Type: Report", "Date: ..." and "By: ...". The page's work is a report of that month, by those three."""
    label = "" if "Type:" in fields else "<div class=type>Report</div>"
    page = (
        "<html lang=en><title>Mobility Partnerships in the Americas | MPI</title><body><article>"
        f"{label}<h1>Mobility Partnerships in the Americas: Where Do Regional Consultative Processes Fit?</h1>"
        f"{fields}<p>Download the full report (PDF, 1.3 MB)</p><h2>Executive Summary</h2>"
        "<p>Regional consultative processes have become a fixture of migration governance in the hemisphere, "
        "and this report asks what they have delivered for their member governments since 1996.</p>"
        "</article></body></html>"
    )
    doc = html_to_document(page.encode())
    ctx = DocumentContext("MPI", "d" * 64, "file:///report.html", "en", title=doc.title)
    works = [a for a in blocks_to_activities(doc.blocks, ctx, nlp) if a.kind in ("publication", "report")]
    assert [(a.kind, a.start_date, a.date_precision, a.authors) for a in works] == [
        ("report", dt.date(2012, 11, 1), "month", ("Richard Alvarado", "Carla Menéndez", "Joseph-Marc Delva"))
    ]


def _headed_entries(section: str, entries: list[tuple[str, str]], after: str | None = None) -> list[Block]:
    """A PDF's section heading over its entries, each a bold title over its line (and a line `after` it)."""
    blocks = [para(section, 0, heading=None, kind="heading")]
    for title, line in entries:
        blocks += [para(title, len(blocks), heading=None, kind="heading"), para(line, len(blocks) + 1, heading=title)]
        if after:
            blocks.append(para(after, len(blocks), heading=title))
    return blocks


def test_report_entries_whose_byline_runs_into_the_type_and_month():
    """Round 172 (written, dev): an annual report's publications, each a bold title over "By Anneliese Korver" and
    "Policy Brief No. 12, July 2011", the two lines read as one: the month after the type dates the work."""
    entries = [
        ("Visa Policy as a Migration Management Tool", "By Anneliese Korver Policy Brief No. 12, July 2011"),
        ("Diaspora Engagement in Haiti", "By Joseph-Marc Delva and Luis Haddad Policy Brief No. 11, May 2011"),
        ("Occupational Licensing and Immigrant Professionals", "By David R. Ashby Working Paper, March 2012"),
    ]
    pubs, _ = find_publications(_headed_entries("1.3 Policy Briefs", entries, "Downloads: 1,880."))
    assert sorted((p.title, p.date.start, p.authors) for p in pubs) == [
        ("Diaspora Engagement in Haiti", dt.date(2011, 5, 1), ("Joseph-Marc Delva", "Luis Haddad")),
        ("Occupational Licensing and Immigrant Professionals", dt.date(2012, 3, 1), ("David R. Ashby",)),
        ("Visa Policy as a Migration Management Tool", dt.date(2011, 7, 1), ("Anneliese Korver",)),
    ]


def test_report_entries_whose_fact_line_goes_on_after_the_type_and_month():
    """Round 172 (written, dev): "Statistical report, March 2008. IGC Secretariat. Annual series by ...": the type
    and month open a line that goes on; a running header "Quarterly Progress Report, October - December 2006" is the
    period a report covers, no work's month."""
    entries = [
        ("Secondary Movements of Asylum Seekers", "Report, November 2007. IGC Secretariat. 146 pp. Prepared for it."),
        ("Asylum Applications in IGC States, 1992-2007", "Statistical report, March 2008. IGC Secretariat. Series."),
        ("Country of Origin Information: A Handbook", "Handbook, January 2008. IGC Working Group. Sets out rules."),
        ("Measuring Integration", "Quarterly Progress Report, October - December 2006"),
    ]
    pubs, _ = find_publications(_headed_entries("3. Publications", entries))
    assert sorted((p.title, p.date.start, p.publication_type) for p in pubs) == [
        ("Asylum Applications in IGC States, 1992-2007", dt.date(2008, 3, 1), "report"),
        ("Country of Origin Information: A Handbook", dt.date(2008, 1, 1), "book"),
        ("Secondary Movements of Asylum Seekers", dt.date(2007, 11, 1), "report"),
    ]


def test_file_links_whose_title_is_followed_by_a_dash_its_issuer_and_month(nlp):
    """Round 178 (written, dev): "<b>Title</b> – IGC Secretariat, January 2006 (PDF, 1.2 MB)" under "Recent
    reports": the title ends at the dash; the issuer and the month after it say who and when."""
    items = [
        ("readmission", "Report on Readmission Agreements in IGC Participating States", "January 2006"),
        ("courses", "Overview of Integration Courses in IGC States", "December 2006"),
        ("detention", "Detention and Alternatives to Detention in IGC States", "March 2006"),
    ]
    page = "<html lang=en><title>Activities 2006 — IGC</title><body><h1>Activities 2006</h1><h3>Recent reports</h3><ul>"
    page += "".join(
        f"<li><a href='pub/{f}.pdf'><b>{t}</b></a> &ndash; IGC Secretariat, {m} (PDF, 1.2 MB)</li>" for f, t, m in items
    )
    doc = html_to_document((page + "</ul></body></html>").encode())
    ctx = DocumentContext("IGC", "d" * 64, "file:///activities.html", "en", title=doc.title)
    works = {a.title: (a.start_date, a.date_precision) for a in blocks_to_activities(doc.blocks, ctx, nlp)}
    assert works == {
        "Report on Readmission Agreements in IGC Participating States": (dt.date(2006, 1, 1), "month"),
        "Overview of Integration Courses in IGC States": (dt.date(2006, 12, 1), "month"),
        "Detention and Alternatives to Detention in IGC States": (dt.date(2006, 3, 1), "month"),
    }


def test_a_cms_stamp_of_when_an_item_was_posted_titles_no_work():
    """Round 126 (written, dev): a Joomla blog's items, each a title, "Escrito por Administrador" and the stamp
    "martes, 17 de abril de 2007 14:12" set as a heading over the work's imprint: the stamp is when the item was
    posted, no work's title."""
    blocks = [para("Publicaciones", 0, heading=None, kind="heading")]
    for title, stamp, imprint in [
        ("Migración y desarrollo en Mesoamérica", "martes, 17 de abril de 2007 14:12",
         "Luis Barrantes y Carmen Ordóñez (editores). San José: FLACSO y CRM, marzo de 2007. 312 páginas."),
        ("Guía regional para la protección de los migrantes", "jueves, 10 de mayo de 2007 09:30",
         "Elaborada por la Secretaría Técnica de la CRM. San José: CRM, abril de 2007. 40 páginas."),
        ("Remesas y desarrollo local en Centroamérica", "viernes, 08 de junio de 2007 11:05",
         "Ricardo Aguilar Pineda. San José: CRM y CEPAL, mayo de 2007. 58 páginas."),
    ]:  # fmt: skip
        blocks += [
            para(title, len(blocks), heading="Publicaciones"),
            para("Escrito por Administrador", len(blocks) + 1, heading="Publicaciones"),
            para(stamp, len(blocks) + 2, heading="Publicaciones", kind="heading"),
            para(imprint, len(blocks) + 3, heading=stamp),
        ]
    pubs, _ = find_publications(blocks)
    assert not [p.title for p in pubs if p.title.startswith(("martes", "jueves", "viernes"))]


def test_joomla_items_whose_posting_stamp_sits_between_the_title_and_its_fields(nlp):
    """Round 184 (written, dev): a Joomla blog of works, each its linked title, the stamp "Miércoles, 19 de Octubre
    de 2011 09:14" (when it was posted), "Tipo: Guía / Fecha de publicación: octubre de 2011 / Autor: ...", a
    teaser and "Última actualización ...": one work each, of its publication month. (The teasers, left without
    their titles, are still read as undated works of their own: not yet solved.)"""
    items = [
        ("Guía de buenas prácticas en materia de retorno", "Miércoles, 19 de Octubre de 2011 09:14", "octubre de 2011"),
        ("Manual de capacitación en derechos humanos", "Lunes, 13 de Septiembre de 2010 10:02", "septiembre de 2010"),
        ("Estudio regional sobre protección consular", "Martes, 12 de Agosto de 2008 16:40", "agosto de 2008"),
    ]
    page = "<html lang=es><title>Publicaciones</title><body><div class=maincol>"
    for n, (title, stamp, month) in enumerate(items):
        page += (
            f"<table class=contentpaneopen><tr><td class=contentheading><a href='/articulo/{n}'>{title}</a></td></tr>"
            f"</table><table class=contentpaneopen><tr><td class=createdate>{stamp}</td></tr><tr><td>"
            f"<p><strong>Tipo:</strong> Guía<br><strong>Fecha de publicación:</strong> {month}<br>"
            "<strong>Autor:</strong> Secretaría Técnica de la CRM</p><p>Recopila experiencias de los países miembros "
            "en la recepción de personas retornadas y los programas de reintegración laboral.</p></td></tr>"
            f"<tr><td class=modifydate>Última actualización el {stamp}</td></tr></table>"
        )
    doc = html_to_document((page + "</div></body></html>").encode())
    ctx = DocumentContext("RCM", "d" * 64, "file:///publicaciones.html", "es", title=doc.title)
    works = {a.title: a.start_date for a in blocks_to_activities(doc.blocks, ctx, nlp) if a.start_date}
    assert works == {
        "Guía de buenas prácticas en materia de retorno": dt.date(2011, 10, 1),
        "Manual de capacitación en derechos humanos": dt.date(2010, 9, 1),
        "Estudio regional sobre protección consular": dt.date(2008, 8, 1),
    }


def test_french_rows_without_years_and_with_et_al():
    blocks = [html("Publications", 0, "body > div > div:nth-of-type(1) > h2", kind="heading")]
    rows = [("Une enquête sur le monkeypox", "Nakazawa et al., Viruses"), ("Rôle de la faune", "Gryseels et al., EID")]
    rows.append(("Transmission du virus Ebola", "Mbala-Kingebeni et al., NEJM"))
    for i, (title, byline) in enumerate(rows):
        row = f"body > div > div:nth-of-type(2) > div:nth-of-type({i + 1}) > div:nth-of-type(2)"
        blocks.append(html(title, 2 * i + 1, f"{row} > div:nth-of-type(1) > h4", "Publications", kind="heading"))
        blocks.append(html(byline, 2 * i + 2, f"{row} > div:nth-of-type(2) > p", title))
    pubs, _ = find_publications(blocks, "fr")
    assert [(p.title, p.authors, p.date) for p in pubs] == [(t, (b.split(" et al")[0],), None) for t, b in rows]


def test_coded_deliverables_in_one_paragraph():
    text = "D1.1 First Database of Scenarios D1.2 Intermediate database D2.1 Specification of software architecture"
    block = html(text, 0, "body > main > p:nth-of-type(4)", heading="Project deliverables")
    pubs, _ = find_publications([block])
    assert [p.title for p in pubs] == [
        "First Database of Scenarios", "Intermediate database", "Specification of software architecture",
    ]  # fmt: skip
    assert {p.publication_type for p in pubs} == {PublicationType.REPORT}


def test_events_page_yields_no_publications(nlp):
    blocks = [html("Upcoming meetings", 0, "body > main > h1", kind="heading")]
    events = [("Steering Group meeting", "14 March 2006", "Geneva, Switzerland")]
    events += [("Workshop on Labour Migration", "19 October 2004", "Canberra, Australia")]
    events += [("Full Round", "9-11 June 2004", "Helsinki, Finland")]
    for i, (title, day, venue) in enumerate(events):
        card = f"body > main > div:nth-of-type({i + 1})"
        blocks.append(html(title, 3 * i + 1, f"{card} > h3", "Upcoming meetings", kind="heading"))
        blocks.append(html(day, 3 * i + 2, f"{card} > p:nth-of-type(1)", title))
        blocks.append(html(venue, 3 * i + 3, f"{card} > p:nth-of-type(2)", title))
    assert find_publications(blocks) == ([], set())
    ctx = DocumentContext("IGC", "d" * 64, "file:///meetings.html", "en")
    kinds = {a.kind for a in blocks_to_activities(blocks, ctx, nlp)}
    assert kinds and not kinds & {"publication", "report"}


def test_french_capitalised_surnames_open_every_name_and_the_imprint_date_is_no_publisher():
    """Round 37: ISO 690 as French reports write it, "HARTMANN, Anna et LEBLANC, Pierre", is two inverted names;
    "Genève : Secrétariat des CIG, novembre 2006": the publisher ends before the month and year."""
    cite = parse_citation(
        "HARTMANN, Anna et LEBLANC, Pierre. « Le retour assisté en Europe ». Revue européenne des migrations, "
        "vol. 22, n° 2, 2006, p. 45-67."
    )
    assert cite is not None and cite.authors == ("HARTMANN, Anna", "LEBLANC, Pierre")
    cite = parse_citation(
        "DUBOIS, Marc. La migration temporaire dans les États participants. Note de synthèse n° 2. Genève : "
        "Secrétariat des CIG, novembre 2006. 12 p."
    )
    assert cite is not None and cite.publisher == "Secrétariat des CIG"
    assert publication_type_of("Note de synthèse n° 2") == PublicationType.POLICY_BRIEF


def test_publication_type_of_names_types_in_three_languages():
    assert publication_type_of("IGC Policy Brief No. 3") == PublicationType.POLICY_BRIEF
    assert publication_type_of("Documento de trabajo 12") == PublicationType.WORKING_PAPER
    assert publication_type_of("Rapport annuel 2005") == PublicationType.REPORT
    assert publication_type_of("Ouvrage collectif") == PublicationType.BOOK
    assert publication_type_of("Artículo de reflexión") == PublicationType.ARTICLE
    assert publication_type_of("Managing Labor Migration in North America") == PublicationType.OTHER


# --- the real-pubs corpus ---------------------------------------------------------------------------


@pytest.mark.skipif(not REAL_PUBS.is_dir(), reason=f"{REAL_PUBS} is absent: the shared corpus sits beside the clone")
def test_real_pubs_counts_and_samples(nlp):
    from mpdp_pipeline.evaluation import pub_score
    from mpdp_pipeline.extraction import content_type_of
    from mpdp_pipeline.isolation import parse_by_content_type

    with (REAL_PUBS / "gold.csv").open(encoding="utf-8", newline="") as fh:
        gold = list(csv.DictReader(fh))
    within = found = 0
    for row in gold:
        path = REAL_PUBS / row["file"]
        parsed = parse_by_content_type(path.read_bytes(), content_type_of(path) or "")
        ctx = DocumentContext("IGC", "bench", path.name, language=parsed.language, title=parsed.title)
        rows = [vars(a) for a in blocks_to_activities(parsed.blocks, ctx, nlp)]
        score = pub_score(row["file"], rows, int(row["n_publications"]), [row[f"sample_{i}"] for i in (1, 2, 3)])
        within += score.within()
        found += score.samples_found
    assert within >= 6, f"{within}/7 listings within 15 % of their count"
    assert found >= 19, f"{found}/21 sample entries found"


def test_lists_side_by_side_are_lists_of_items_not_cards_of_a_publication_listing(nlp):
    """A report page with three `ul` under one `div` and a "Publicaciones" heading: each `li` is its own
    record (meetings, then publications), never one `ul` read as a publication card."""
    from mpdp_pipeline.extractors.html import html_to_document

    doc = html_to_document(
        "<html lang='es'><body><div id='c'><h2>Reuniones</h2><ul>"
        "<li>Reunión del Grupo Regional de Consulta: 24 y 25 de abril de 2007, San Salvador, El Salvador.</li>"
        "<li>Reunión extraordinaria del GRCM: 30 de noviembre y 1 de diciembre de 2006, Tegucigalpa, Honduras.</li>"
        "</ul><h2>Talleres</h2><ul>"
        "<li>Taller regional sobre niñez migrante — 18 al 20 de septiembre de 2006, "
        "Ciudad de Guatemala, Guatemala.</li>"
        "<li>Taller regional sobre retorno: 13 y 14 de marzo de 2007, Managua, Nicaragua.</li>"
        "</ul><h2>Publicaciones</h2><ul>"
        "<li><em>Lineamientos regionales para la atención de niños migrantes</em>. "
        "San José: OIM, diciembre de 2006.</li>"
        "<li><em>Guía de buenas prácticas consulares</em>. Secretaría Técnica de la CRM, marzo de 2007.</li>"
        "</ul></div></body></html>".encode()
    )
    ctx = DocumentContext("RCM", "d" * 64, "file:///informe.html", "es", title=doc.title)
    found = blocks_to_activities(doc.blocks, ctx, nlp)
    assert sorted(a.kind for a in found) == ["meeting", "meeting", "publication", "publication", "workshop", "workshop"]
    assert {a.publisher for a in found if a.kind == "publication"} == {"OIM", "Secretaría Técnica de la CRM"}


# --- issue 7, round 2: Harvard entries, wrapped lines, French and Spanish lists, publisher lines ------------


def test_harvard_editor_forthcoming_and_corporate_entries():
    """ "Surname, G. (2003) Title. City: Publisher.", "(ed.)"/"(dir.)" before the year, "(forthcoming)" for a
    year, a body with its acronym as author, 'quoted' article titles and a translation in brackets."""
    cases = [
        ("Castles, S. and M. J. Miller (2003) The Age of Migration. Basingstoke: Palgrave Macmillan.",
         ("Castles, S", "M. J. Miller"), "The Age of Migration", 2003, "Palgrave Macmillan"),
        ("Koslowski, R. (ed.) (2008) Global Mobility Regimes. New York: Palgrave Macmillan.",
         ("Koslowski, R",), "Global Mobility Regimes", 2008, "Palgrave Macmillan"),
        ("Wihtol de Wenden, Catherine (dir.). 2008. Atlas des migrations dans le monde. Paris : Éditions Autrement.",
         ("Wihtol de Wenden, Catherine",), "Atlas des migrations dans le monde", 2008, "Éditions Autrement"),
        ("Martin, S. (forthcoming) Climate Change and Migration. Washington, DC: German Marshall Fund.",
         ("Martin, S",), "Climate Change and Migration", None, "German Marshall Fund"),
        ("International Organization for Migration (IOM) (2008) World Migration Report 2008. Geneva: IOM.",
         ("International Organization for Migration (IOM)",), "World Migration Report 2008", 2008, "IOM"),
        ("Boswell, C. (2007) 'Theorizing Migration Policy: Is There a Third Way?', International Migration Review, "
         "41(1), pp. 75-100.", ("Boswell, C",), "Theorizing Migration Policy: Is There a Third Way?", 2007, None),
        ("Organisation internationale pour les migrations (OIM). 2008. État de la migration dans le monde 2008 "
         "[World Migration Report 2008]. Genève : OIM.",
         ("Organisation internationale pour les migrations (OIM)",), "État de la migration dans le monde 2008", 2008,
         "OIM"),
        ("Weil, Patrick. 2005. Qu'est-ce qu'un Français ? Histoire de la nationalité. Paris : Gallimard.",
         ("Weil, Patrick",), "Qu'est-ce qu'un Français ? Histoire de la nationalité", 2005, "Gallimard"),
    ]  # fmt: skip
    for text, authors, title, year, publisher in cases:
        cite = parse_citation(text)
        assert cite is not None, text
        assert (cite.authors, cite.title, cite.year.start.year if cite.year else None, cite.publisher) == (
            authors, title, year, publisher,
        ), text  # fmt: skip


def test_lines_wrapped_at_the_margin_are_one_entry_even_over_a_page_break():
    """A reference list typed as plain paragraphs loses its hanging indent: a line that ran to the right margin
    goes on in the next block, on this page or the next, unless that block opens an entry of its own."""

    def line(text: str, order: int, page: int, top: float, x1: float, kind: str = "paragraph") -> Block:
        box = f"65.0,{top},{x1},{top + 9}"
        return Block(text, kind=kind, order=order, page=page, locator=box, heading="References")

    blocks = [
        line("1. Papademetriou, Demetrios G., and Aaron Terrazas. 2008. Immigrants in the United States and the",
             0, 1, 100, 529),
        line("Current Economic Crisis. Washington, DC: Migration Policy Institute.", 1, 1, 114, 330),
        line("2. Ruhs, Martin. 2006. The Potential of Temporary Migration Programmes in Future International",
             2, 1, 135, 527),
        line("Migration Policy. International Labour Review 145 (1-2): 7-36.", 3, 1, 149, 310),
        line("3. Koslowski, R. (ed.) (2008) Global Mobility Regimes: A Conceptual Framework. New York: Palgrave",
             4, 1, 170, 528),
        line("Macmillan.", 5, 2, 60, 110),
    ]  # fmt: skip
    pubs, used = find_publications(blocks)
    assert [p.title for p in pubs] == [
        "Immigrants in the United States and the Current Economic Crisis",
        "The Potential of Temporary Migration Programmes in Future International Migration Policy",
        "Global Mobility Regimes: A Conceptual Framework",
    ]
    assert pubs[0].publisher == "Migration Policy Institute" and pubs[2].publisher == "Palgrave Macmillan"
    assert used == set(range(6))


def test_bibliography_pdf_with_hanging_indents_reads_every_entry():
    """The written dev document: a numbered Harvard bibliography over two pages (real PDF, real parser)."""

    path = Path(__file__).parent / "fixtures" / "written" / "igc-research-annex-2007-08.pdf"
    pubs, _ = find_publications(pdf_to_document(path.read_bytes()).blocks)
    titles = [p.title for p in pubs]
    assert "Global Mobility Regimes: A Conceptual Framework" in titles
    assert "Climate Change and International Migration" in titles
    assert len(pubs) == 9
    assert next(p for p in pubs if p.title.startswith("Climate")).date is None  # "(forthcoming)"


def test_type_from_the_list_heading_and_typed_french_list_items():
    """Entries under "Reports" or "Journal Articles" take the heading's type; a report's own list items
    ("Note d'orientation n° 3 : Title. Publisher, mars 2009.") are read with their type label."""
    blocks = [
        para("Meissner, Doris, and Donald Kerwin. 2009. DHS and Immigration. Washington, DC: MPI.", 0, None, "Reports"),
        para("Fix, Michael. 2009. Migration and the Global Recession. Washington, DC: MPI.", 1, None, "Reports"),
        para("Smith, Ann. 2008. Skills and Borders. Washington, DC: MPI.", 2, None, "Reports"),
    ]
    pubs, _ = find_publications(blocks)
    assert [p.publication_type for p in pubs] == [PublicationType.REPORT] * 3
    items = [
        para("Rapport annuel 2008 du Secrétariat des CIG. Genève : CIG, juin 2009.", 0, 1, "Publications", "list_item"),
        para("Note d'orientation n° 3 : La migration temporaire de travail. Secrétariat des CIG, mars 2009.", 1, 1,
             "Publications", "list_item"),
        para("Document de travail : Les procédures d'asile en Europe, par Marie Dupont et Jean Lefèvre. Genève, "
             "novembre 2008.", 2, 1, "Publications", "list_item"),
    ]  # fmt: skip
    pubs, _ = find_publications(items, "fr")
    assert [(p.title, p.publication_type, p.date.precision) for p in pubs] == [
        ("Rapport annuel 2008 du Secrétariat des CIG", PublicationType.REPORT, DatePrecision.MONTH),
        ("La migration temporaire de travail", PublicationType.POLICY_BRIEF, DatePrecision.MONTH),
        ("Les procédures d'asile en Europe", PublicationType.WORKING_PAPER, DatePrecision.MONTH),
    ]
    assert pubs[0].publisher == "CIG" and pubs[2].authors == ("Marie Dupont", "Jean Lefèvre")


def test_cards_read_published_by_lines_and_drop_translated_titles():
    cards = [
        ("Informe", "Tráfico ilícito de migrantes en la región", "Publicado por la Organización Internacional "
         "para las Migraciones (OIM)", "Organización Internacional para las Migraciones (OIM)"),
        ("Libro", "Migraciones en Mesoamérica [Migration in Mesoamerica]", "Editorial: FLACSO México", "FLACSO México"),
        ("Ouvrage", "Asile et migration en Europe", "Publié par Bruylant, Bruxelles", "Bruylant"),
    ]  # fmt: skip
    blocks = []
    for i, (label, title, line, _) in enumerate(cards):
        card = f"body > main > section > div:nth-of-type({i + 1})"
        blocks += [
            html(label, 10 * i, f"{card} > span", heading="Publicaciones"),
            html(title, 10 * i + 1, f"{card} > h3", heading="Publicaciones", kind="heading"),
            html("2008", 10 * i + 2, f"{card} > span:nth-of-type(2)", heading=title),
            html(line, 10 * i + 3, f"{card} > p", heading=title),
        ]
    pubs, _ = find_publications(blocks, "es")
    assert [p.publisher for p in pubs] == [c[3] for c in cards]
    assert pubs[1].title == "Migraciones en Mesoamérica"


def test_a_cards_author_and_date_line_does_not_run_into_the_next_cards_type_label():
    """ "RCM Technical Secretariat and IOM, March 2013" closes its card; "Working paper" heads the next one, so the two
    are no citation titled "Working paper" (issue 7, round 222)."""
    cards = [
        ("Guide", "Reference guide for the protection of migrants", "RCM Technical Secretariat and IOM, March 2013"),
        ("Working paper", "Extra-regional migration flows in Central America", "Mario Quesada Vargas, August 2013"),
    ]
    blocks = []
    for i, (label, title, line) in enumerate(cards):
        card = f"body > div > div:nth-of-type({i + 1})"
        blocks += [
            html(label, 10 * i, f"{card} > div:nth-of-type(1)", heading="Publications"),
            html(title, 10 * i + 1, f"{card} > div:nth-of-type(2) > h4", heading="Publications", kind="heading"),
            html(line, 10 * i + 2, f"{card} > div:nth-of-type(2) > p", heading=title),
        ]
    pubs, _ = find_publications(blocks, "en")
    assert [(p.title, p.date.start.isoformat() if p.date else None) for p in pubs] == [
        (cards[0][1], "2013-03-01"),
        (cards[1][1], "2013-08-01"),
    ]


def test_a_meta_line_of_a_type_label_and_a_year_dates_the_card_at_year_precision(nlp):
    """`Informe | 2009`, `Documento de trabajo · 2008`: the year after the label dates the card (issue 7, round 3)."""
    from mpdp_pipeline.extractors.html import html_to_document

    cards = [
        ("Informe | 2009", "Informe anual de la Presidencia Pro Tempore 2008"),
        ("Documento de trabajo · 2008", "Migración laboral temporal en Centroamérica"),
        ("Nota de política | septiembre de 2009", "Retorno y reintegración de migrantes"),
    ]
    page = (
        "<html lang=es><title>Documentos</title><main><h1>Documentos</h1><section>"
        + "".join(f"<article><p>{meta}</p><h3><a href=#>{title}</a></h3></article>" for meta, title in cards)
        + "</section></main></html>"
    )
    doc = html_to_document(page.encode())
    ctx = DocumentContext("RCM", "d" * 64, "file:///documentos.html", "es", title=doc.title)
    rows = sorted(blocks_to_activities(doc.blocks, ctx, nlp), key=lambda a: a.title)
    assert [(a.title, a.kind, a.start_date, a.date_precision) for a in rows] == [
        ("Informe anual de la Presidencia Pro Tempore 2008", "report", dt.date(2009, 1, 1), "year"),
        ("Migración laboral temporal en Centroamérica", "publication", dt.date(2008, 1, 1), "year"),
        ("Retorno y reintegración de migrantes", "publication", dt.date(2009, 9, 1), "month"),
    ]


# --- round 8: French author-date references and book imprint lines -------------------------------------------


def _french_references_pdf(path: Path) -> Path:
    """A French report's references typed as paragraphs a short gap apart: the parser joins them into one block."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 8, "3. Références", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    for entry in (
        "Castles, S. (2004), « Why migration policies fail », Ethnic and Racial Studies, vol. 27, n° 2, p. 205-227.",
        "Wihtol de Wenden, C. (2010), La question migratoire au XXIe siècle, Paris, Presses de Sciences Po.",
        "OCDE (2010), Perspectives des migrations internationales 2010, Paris, Éditions OCDE.",
        "Haut Commissariat des Nations Unies pour les réfugiés (2009), Tendances mondiales 2008, Genève, HCR.",
        "Boswell, C. et Geddes, A. (2011), Migration and Mobility in the European Union, Basingstoke, Palgrave "
        "Macmillan.",
    ):
        pdf.multi_cell(0, 5.2, entry, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.output(str(path))
    return path


def test_french_author_date_references_run_together_are_one_publication_each(tmp_path):
    """Round 8 (d): entries `Nom, I. (année), Titre, Ville, Éditeur.` a paragraph gap apart come out of the PDF
    as one block; each author-date opening after a full stop starts an entry, and the imprint after the title's
    comma names the publisher."""
    from mpdp_pipeline.isolation import parse_by_content_type

    path = _french_references_pdf(tmp_path / "references.pdf")
    blocks = parse_by_content_type(path.read_bytes(), "application/pdf").blocks
    assert sum("(20" in b.text for b in blocks) < 5  # the parser did join entries: the case this test is about
    pubs, _ = find_publications(blocks, "fr")
    got = [(p.authors, p.title, p.date.start.year, p.publisher) for p in pubs]
    assert got == [
        (("Castles, S",), "Why migration policies fail", 2004, None),
        (("Wihtol de Wenden, C",), "La question migratoire au XXIe siècle", 2010, "Presses de Sciences Po"),
        (("OCDE",), "Perspectives des migrations internationales 2010", 2010, "Éditions OCDE"),
        (("Haut Commissariat des Nations Unies pour les réfugiés",), "Tendances mondiales 2008", 2009, "HCR"),
        (("Boswell, C", "Geddes, A"), "Migration and Mobility in the European Union", 2011, "Palgrave Macmillan"),
    ]


def test_initials_before_a_bracketed_year_do_not_split_an_entry():
    """The full stop of an initial ("Brungart, D. S. Chang, P. S. ... (2006)") ends no entry."""
    cite = parse_citation(
        "Brungart, D. S. Chang, P. S., Simpson, B. D., and Wang, D. L. (2006). Isolating the energetic component "
        "of speech-on-speech masking. J. Acoust. Soc. Am. 120, 4007-4018."
    )
    assert cite is not None and cite.title.startswith("Isolating the energetic component")


def test_a_card_imprint_line_names_the_publisher():
    """Round 8 (f): `Publisher · 312 pages · ISBN ...` on a book card is its publisher; a line without the page
    count or ISBN is not read so."""
    from mpdp_pipeline.extraction import content_type_of
    from mpdp_pipeline.isolation import parse_by_content_type

    path = Path(__file__).resolve().parent / "fixtures" / "written" / "mpi-books-2011.html"
    parsed = parse_by_content_type(path.read_bytes(), content_type_of(path) or "")
    pubs, _ = find_publications(parsed.blocks, "en")
    assert {p.title: p.publisher for p in pubs} == {
        "Labor Mobility after the Downturn: Lessons from the Atlantic Economies": "Palgrave Macmillan",
        "Annual Report 2010": "Migration Policy Institute",
        "Borders of Belonging: Citizenship Policy in North America": "Columbia University Press",
        "Temporary Worker Programs and the Return Question": None,
    }


# --- publication tables (round 10) ---------------------------------------------------------------------


def _table_page(header: str, rows: list[str], lang: str = "en") -> str:
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row.split(" | ")) + "</tr>" for row in rows)
    head = "".join(f"<th>{h}</th>" for h in header.split(" | "))
    return (
        f"<html lang={lang}><head><title>Library</title></head><body><main><h1>Library</h1>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{cells}</tbody></table></main></body></html>"
    )


def _read_page(page: str, nlp, language: str = "en"):
    from mpdp_pipeline.extractors.html import html_to_document

    doc = html_to_document(page.encode("utf-8"))
    ctx = DocumentContext("MPI", "d" * 64, "file:///library.html", language, title=doc.title)
    return {a.title: a for a in blocks_to_activities(doc.blocks, ctx, nlp)}


def test_a_table_headed_title_authors_date_type_lists_publications_not_events(nlp):
    rows = _read_page(
        _table_page(
            "Title | Author(s) | Date | Type",
            [
                "Remittances after the Crisis | Ana Ruiz, Tom Keller and Sara Lind | November 2011 | Report",
                "Seasonal Workers in Canada | Hiro Mato et al. | Sept. 2011 | Policy Brief",
                "Diasporas and Development | Kathleen Newland, ed. | 2011 | Book",
                "Asylum Trends | Elizabeth Collett and Will Somerville, eds. | March 15, 2011 | Testimony",
            ],
        ),
        nlp,
    )
    assert set(rows) == {
        "Remittances after the Crisis", "Seasonal Workers in Canada", "Diasporas and Development", "Asylum Trends"
    }  # fmt: skip
    report = rows["Remittances after the Crisis"]
    assert (report.kind, report.publication_type) == ("report", "report")
    assert report.authors == ("Ana Ruiz", "Tom Keller", "Sara Lind")
    assert (report.start_date, report.date_precision) == (dt.date(2011, 11, 1), "month")
    brief = rows["Seasonal Workers in Canada"]
    assert (brief.kind, brief.publication_type, brief.authors) == ("publication", "policy_brief", ("Hiro Mato",))
    book = rows["Diasporas and Development"]
    assert (book.publication_type, book.authors, book.date_precision) == ("book", ("Kathleen Newland",), "year")
    other = rows["Asylum Trends"]
    assert (other.publication_type, other.authors) == ("other", ("Elizabeth Collett", "Will Somerville"))
    assert (other.start_date, other.date_precision) == (dt.date(2011, 3, 15), "day")


@pytest.mark.parametrize(
    ("header", "lang"),
    [("Título | Autor(es) | Fecha | Tipo", "es"), ("Titre | Auteur(s) | Date | Type", "fr")],
)
def test_spanish_and_french_publication_tables(nlp, header, lang):
    rows = _read_page(
        _table_page(
            header,
            [
                "Migración y desarrollo en Centroamérica | Laura Bermúdez | 2009 | Documento de trabajo",
                "Guide de la réinstallation | Marie Dubois et Paul Martin | 2009 | Rapport",
                "Niñez migrante no acompañada | Carlos Pérez | 2009 | Nota de política",
            ],
            lang,
        ),
        nlp,
        lang,
    )
    assert {r.publication_type for r in rows.values()} == {"working_paper", "report", "policy_brief"}
    assert rows["Guide de la réinstallation"].authors == ("Marie Dubois", "Paul Martin")
    assert all(r.kind in ("publication", "report") for r in rows.values())


def test_a_title_column_headed_publicacion_is_not_the_date_column(nlp):
    """Round 172 (written, dev): "Publicación | Tipo | Autor | Fecha". "Publicación" reads as a date header too
    ("publicación" as in "fecha de publicación"), but it is the titles' column: the dates are under "Fecha"."""
    rows = _read_page(
        _table_page(
            "Publicación | Tipo | Autor | Fecha",
            [
                "Manual de Capacitación sobre Derechos Humanos | Manual | Secretaría Técnica de la CRM | mayo de 2011",
                "Informe Final de la Presidencia Pro Tempore | Informe | PPT de Honduras | diciembre de 2010",
                "Boletín Informativo de la CRM No. 5 | Boletín | Secretaría Técnica de la CRM | septiembre de 2010",
            ],
            "es",
        ),
        nlp,
        "es",
    )
    assert sorted((r.start_date, r.date_precision) for r in rows.values()) == [
        (dt.date(2010, 9, 1), "month"), (dt.date(2010, 12, 1), "month"), (dt.date(2011, 5, 1), "month")
    ]  # fmt: skip


def test_a_meetings_table_is_no_publication_table(nlp):
    rows = _read_page(
        _table_page("Date | Meeting | Venue", ["12 May 2011 | Full Round | Geneva, Switzerland"] * 1), nlp
    )
    assert [(r.kind, r.start_date) for r in rows.values()] == [("meeting", dt.date(2011, 5, 12))]


def test_a_title_date_type_table_of_workshops_stays_events(nlp):
    rows = _read_page(
        _table_page(
            "Title | Date | Type | Venue",
            [
                "Regional Workshop on Return | 12 May 2011 | Workshop | Tegucigalpa, Honduras",
                "Seminar on Labour Migration | 3 June 2011 | Seminar | San José, Costa Rica",
            ],
        ),
        nlp,
    )
    assert sorted((r.kind, r.start_date) for r in rows.values()) == [
        ("seminar", dt.date(2011, 6, 3)),
        ("workshop", dt.date(2011, 5, 12)),
    ]


# --- round 12: title-then-byline entries under type headings -------------------------------------------------


def test_titles_over_bylines_under_type_headings_are_publications_of_that_type():
    """Round 12 (6): under "Reports" / "Policy Briefs" / "Books", a title line, the next line its byline ("By A
    and B", or only the names), perhaps a date line: one publication each, of the heading's type."""
    blocks = [
        html("Publications", 0, "body > main > h2", kind="heading"),
        html("Reports", 1, "body > main > h3:nth-of-type(1)", "Publications", kind="heading"),
        html("Labour Mobility in the Americas", 2, "body > main > p:nth-of-type(1)", "Reports"),
        html("By Ana Gómez and Peter Lind", 3, "body > main > p:nth-of-type(2)", "Reports"),
        html("March 2005", 4, "body > main > p:nth-of-type(3)", "Reports"),
        html("Policy Briefs", 5, "body > main > h3:nth-of-type(2)", "Reports", kind="heading"),
        html("Circular Migration: Promise and Pitfalls", 6, "body > main > p:nth-of-type(4)", "Policy Briefs"),
        html("Joanne van Selm, Erin Patrick and Tom Wright", 7, "body > main > p:nth-of-type(5)", "Policy Briefs"),
        html("Books", 8, "body > main > h3:nth-of-type(3)", "Policy Briefs", kind="heading"),
        html("Migration and Development", 9, "body > main > p:nth-of-type(6)", "Books"),
        html("By Kathleen Newland", 10, "body > main > p:nth-of-type(7)", "Books"),
        html("2006", 11, "body > main > p:nth-of-type(8)", "Books"),
        html("All titles can be downloaded free of charge.", 12, "body > main > p:nth-of-type(9)", "Books"),
    ]
    pubs, _ = find_publications(blocks, "en")
    got = [(p.title, p.authors, p.date.text if p.date else None, p.publication_type) for p in pubs]
    assert got == [
        ("Labour Mobility in the Americas", ("Ana Gómez", "Peter Lind"), "March 2005", PublicationType.REPORT),
        (
            "Circular Migration: Promise and Pitfalls",
            ("Joanne van Selm", "Erin Patrick", "Tom Wright"),
            None,
            PublicationType.POLICY_BRIEF,
        ),
        ("Migration and Development", ("Kathleen Newland",), "2006", PublicationType.BOOK),
    ]


def test_a_pdfs_bold_titles_under_a_type_heading_keep_their_byline_and_date(tmp_path):
    """Round 12 (6) in a PDF: the type heading and a bold title a point smaller are two headings (not one wrapped
    heading), and the byline and date lines come out as one paragraph ("By A and B March 2005")."""
    from fpdf import FPDF

    from mpdp_pipeline.isolation import parse_by_content_type

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 8, "4. Publications", new_x="LMARGIN", new_y="NEXT")
    for heading, entries in (
        ("Reports", [("Labour Mobility in the Americas", "By Ana Gómez and Peter Lind", "March 2005")]),
        ("Policy Briefs", [("Circular Migration: Promise and Pitfalls", "Kathleen Newland and Tom Wright", "")]),
    ):
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(0, 7, heading, new_x="LMARGIN", new_y="NEXT")
        for title, byline, date in entries:
            pdf.set_font("Helvetica", "B", 10)
            pdf.cell(0, 5.5, title, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "", 10)
            for line in (byline, date):
                if line:
                    pdf.cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
    path = tmp_path / "annual.pdf"
    pdf.output(str(path))
    blocks = parse_by_content_type(path.read_bytes(), "application/pdf").blocks
    assert any(b.text == "Reports" for b in blocks)  # not "Reports Labour Mobility in the Americas"
    pubs, _ = find_publications(blocks, "en")
    got = [(p.title, p.authors, p.date.text if p.date else None, p.publication_type) for p in pubs]
    assert got == [
        ("Labour Mobility in the Americas", ("Ana Gómez", "Peter Lind"), "March 2005", PublicationType.REPORT),
        (
            "Circular Migration: Promise and Pitfalls",
            ("Kathleen Newland", "Tom Wright"),
            None,
            PublicationType.POLICY_BRIEF,
        ),
    ]


def test_a_title_naming_a_report_over_its_dateline_is_no_type_heading():
    """Round 12 (6), the limit: a cover title that names a report ("... Informe de actividades 2011") is no type
    heading, and a corporate dateline under a line is no byline."""
    blocks = [
        para("Conferencia Regional sobre Migración: Informe de", 0, heading=None, kind="heading"),
        para("actividades 2011", 1, heading="Conferencia Regional sobre Migración: Informe de", kind="heading"),
        para("Presidencia Pro Tempore, Tegucigalpa, diciembre de 2011", 2, heading="actividades 2011"),
    ]
    assert find_publications(blocks, "es")[0] == []


def test_publication_tiles_after_event_cards_with_type_only_as_image(nlp):
    """Issue 7, round 14: event cards come first on the page (not a listing), then `<div>` tiles whose type is
    only an image's alt or a `label-*` class, with a `Month Year` line and an `Authors:` line; a sidebar
    repeating titles is no second listing."""
    from mpdp_pipeline.extractors.html import html_to_document

    events = "".join(
        f"<div><h4>Talk {n}</h4><p>Monday, March {n}, 2010 · 10:00 AM · MPI Conference Room</p></div>"
        for n in (1, 8, 15, 22)
    )
    tiles = (
        "<div><img alt='Report' src=r.png><h5>Circular Migration in Europe</h5><div>December 2010</div>"
        "<div>Authors: Katrin Vogel and Tomás Ruiz</div></div>"
        "<div><span class='label label-policy-brief'></span><h5>Rethinking Temporary Workers</h5>"
        "<div>October 2010</div><div>Author: Priya Menon</div></div>"
        "<div><img alt='Working Paper' src=w.png><h5>Naturalization Trends</h5><div>August 2010</div>"
        "<div>Authors: Daniel Okafor, Lena Brandt and Marc Petit</div></div>"
    )
    page = (
        f"<html lang='en'><body><main><section><h2>Past events</h2>{events}</section>"
        f"<section><h2>New research</h2>{tiles}</section></main>"
        "<aside><h3>Most read</h3><ul><li><a href=x>Circular Migration in Europe</a></li></ul></aside></body></html>"
    )
    doc = html_to_document(page.encode())
    ctx = DocumentContext("MPI", "d" * 64, "file:///p.html", "en", title=doc.title)
    pubs = [a for a in blocks_to_activities(doc.blocks, ctx, nlp) if a.kind in ("report", "publication")]
    got = sorted((a.title, a.publication_type, a.authors, a.start_date) for a in pubs)
    assert got == [
        ("Circular Migration in Europe", "report", ("Katrin Vogel", "Tomás Ruiz"), dt.date(2010, 12, 1)),
        ("Naturalization Trends", "working_paper", ("Daniel Okafor", "Lena Brandt", "Marc Petit"), dt.date(2010, 8, 1)),
        ("Rethinking Temporary Workers", "policy_brief", ("Priya Menon",), dt.date(2010, 10, 1)),
    ]


def test_a_publications_page_vouches_for_its_records_under_year_headings():
    # Round 15: the page says "Publications" once, in its title and first heading; below, year headings and
    # a headerless table of "Title Summary: ..." cells beside a date cell, and cards of title, names, date.
    from mpdp_pipeline.extractors.html import html_to_document

    table = "".join(
        f"<tr><td>{t} Summary: A note on how the Consultations worked in {y}.</td><td>{y}-06-1{i}</td></tr>"
        for i, (t, y) in enumerate(
            [("Guide to labour mobility data", 2008), ("Return and reintegration checklist", 2008),
             ("Review of integration indicators", 2007)]
        )
    )  # fmt: skip
    cards = "".join(
        f"<li><div><div>{t}</div><div>{a}</div><div>{d}</div></div></li>"
        for t, a, d in [
            ("Temporary migration in the Nordic states", "Anna Berg, Jan Olsen, et Marie Dupont", "Jan 2008"),
            ("Asylum procedures compared", "Luc Martin", "May 2008"),
            ("Seasonal work schemes revisited", "Sara Lind and Paul Weber", "May 2007"),
        ]
    )
    page = (
        "<html><head><title>Publications | Secretariat</title></head><body><h1>Publications</h1>"
        f"<h2>2008</h2><table>{table}</table><h2>Working papers</h2><ol>{cards}</ol></body></html>"
    )
    doc = html_to_document(page.encode())
    pubs, _ = find_publications(doc.blocks, "en", title=doc.title)
    titles = {p.title: p for p in pubs}
    assert set(titles) == {
        "Guide to labour mobility data", "Return and reintegration checklist", "Review of integration indicators",
        "Temporary migration in the Nordic states", "Asylum procedures compared", "Seasonal work schemes revisited",
    }  # fmt: skip
    assert titles["Guide to labour mobility data"].date.start == dt.date(2008, 6, 10)
    assert titles["Seasonal work schemes revisited"].authors == ("Sara Lind", "Paul Weber")
    # Without the page's word for it, the same records are not taken for publications.
    bare = page.replace("Publications", "Secretariat").replace("Working papers", "Our work")
    assert find_publications(html_to_document(bare.encode()).blocks, "en", title="Secretariat")[0] == []


def test_a_report_card_with_a_subtitle_and_a_dash_attribution():
    # Round 16: "Title / Subtitle / — Author / abstract / Read More ›": the dash line is the byline, even when
    # the subtitle reads as names ("Case Studies and Policy Options"); "Read More" is no title.
    from mpdp_pipeline.extractors.html import html_to_document

    cards = [
        ("Labour Mobility Agreements", "Case Studies and Policy Options", "Anna Berg"),
        ("Return Programmes Compared", "A primer", "Jan Olsen"),
        ("Data on Asylum Seekers", "Sources, Gaps and Options", "Marie Dupont"),
    ]
    page = (
        "<html><head><title>Research Reports</title></head><body><h1>Research Reports</h1><div>"
        + "".join(
            f"<a href='/r{i}'><h2>{t}</h2><p>{s}</p><p>— {a}</p><p>This report reviews {t.lower()}.</p></a>"
            "<span>Read More ›</span>"
            for i, (t, s, a) in enumerate(cards)
        )
        + "</div><h3>Research Reports</h3><ul><li>Research Reports</li><li>Migration</li></ul></body></html>"
    )
    doc = html_to_document(page.encode())
    pubs, _ = find_publications(doc.blocks, "en", title=doc.title)
    assert sorted((p.title, p.authors) for p in pubs) == sorted((t, (a,)) for t, _, a in cards)


def test_two_dated_cards_on_a_publications_page_are_its_listing_but_two_sections_are_not():
    from mpdp_pipeline.extractors.html import html_to_document

    cards = "".join(
        f"<li><div>{t}<p>{s}</p><div>{d}</div></div></li>"
        for t, s, d in [("Seasonal Work in the Americas", "Temporary schemes compared", "May 10, 2008"),
                        ("Remittances after the Crisis", "Flows to Central America", "March 7, 2009")]
    )  # fmt: skip
    page = (
        f"<html><head><title>Publication - RCM</title></head><body><h1>Publication</h1><ul>{cards}</ul></body></html>"
    )
    doc = html_to_document(page.encode())
    pubs, _ = find_publications(doc.blocks, "en", title=doc.title)
    assert [(p.title, p.date.start) for p in pubs] == [
        ("Seasonal Work in the Americas", dt.date(2008, 5, 10)),
        ("Remittances after the Crisis", dt.date(2009, 3, 7)),
    ]
    sections = (
        "<html><head><title>Publications</title></head><body><div id=main><h1>Publications</h1>"
        "<section><h2>About the Conference</h2><p>The Conference is a regional forum of eleven states.</p></section>"
        "<section><h2>Contact</h2><p>Write to the Technical Secretariat in San José.</p></section></body></html>"
    )
    doc = html_to_document(sections.encode())
    assert find_publications(doc.blocks, "en", title=doc.title)[0] == []


def test_a_listings_year_sections_are_read_however_few_cards_each_holds():
    # Round 15: `<h2>2009</h2><ol><li><div><div>title</div><div>names</div><div>date</div></div></li>...</ol>` per
    # year; the largest year makes the listing, the years with one or two papers are its sections too (not a
    # whole year read as one publication).
    from mpdp_pipeline.extractors.html import html_to_document

    years = {
        2009: [("Circular migration in Europe", "Anna Berg, Jan Olsen", "Mar 2009"),
               ("Visa policy and tourism", "Marie Dupont", "May 2009"),
               ("Integration contracts compared", "Luc Martin, Sara Lind", "Jun 2009"),
               ("Return counselling", "Paul Weber", "Sep 2009")],
        2008: [("Asylum appeals in numbers", "Anna Berg", "Feb 2008")],
        2007: [("Labour shortages and migration", "Jan Olsen, Marie Dupont", "Apr 2007"),
               ("Family reunification rules", "Sara Lind", "Nov 2007")],
    }  # fmt: skip
    sections = "".join(
        f"<h2>{y}</h2><ol>"
        + "".join(f"<li><div><div>{t}</div><div>{a}</div><div>{d}</div></div></li>" for t, a, d in papers)
        + "</ol>"
        for y, papers in years.items()
    )
    page = f"<html><head><title>Publications | Secretariat</title></head><body><div>{sections}</div></body></html>"
    doc = html_to_document(page.encode())
    pubs, _ = find_publications(doc.blocks, "en", title=doc.title)
    assert sorted(p.title for p in pubs) == sorted(t for papers in years.values() for t, _, _ in papers)
    assert {p.title: p.authors for p in pubs}["Integration contracts compared"] == ("Luc Martin", "Sara Lind")


def test_report_headings_over_a_date_line_on_a_reports_page():
    # Round 17: "Reports" page; each report is a heading, then "Date added: 27/10/2014", a description and a
    # download line. A heading over "Updated: ..." is the page's stamp, not a report.
    from mpdp_pipeline.extractors.html import html_to_document

    page = """<html><head><title>Reports - Regional Conference on Migration</title></head><body>
    <p>This section holds our published reports.</p><h2>Downloads</h2>
    <h3>Regional Guidelines on Returns 2008 Data Appendix</h3><p>Date added: 27/10/2008</p>
    <p>A data appendix to the guidelines.</p><p>Regional Guidelines on Returns 2008 Data Appendix, Word document.</p>
    <h3>Summary of the Vice-Ministers' Meeting Conclusions</h3><p>Date added: 13/11/2008</p>
    <p>A summary presented to the member states.</p>
    <h3>About this page</h3><p>Updated: January 24, 2009</p></body></html>"""
    doc = html_to_document(page.encode())
    pubs, _ = find_publications(doc.blocks, "en", title=doc.title)
    assert sorted((p.title, p.date.start) for p in pubs) == [
        ("Regional Guidelines on Returns 2008 Data Appendix", dt.date(2008, 10, 27)),
        ("Summary of the Vice-Ministers' Meeting Conclusions", dt.date(2008, 11, 13)),
    ]


def test_title_first_citations_on_a_publications_page():
    # Round 17: a project's own list, "Title, Author, Author, Venue (ACRO), Year. Long version."
    from mpdp_pipeline.extractors.html import html_to_document

    items = [
        "Return Migration in Central America: A Review, Ana Pérez, Luis Gómez, Journal of Migration Studies, 2008.",
        "Remittances and Households, Luis Gómez, Working Paper Series (WPS), 2007. Long version.",
        "Labour Mobility Agreements Compared, Marta Ruiz, Ana Pérez, Jorge Díaz, Preprint, 2009.",
    ]
    page = "<html><head><title>Publications | Study Group</title></head><body><h1>Publications</h1><ul>"
    page += (
        "".join(f"<li>{i}</li>" for i in items) + "</ul><p>Contact us, Ana Pérez, at the Secretariat.</p></body></html>"
    )
    doc = html_to_document(page.encode())
    pubs, _ = find_publications(doc.blocks, "es", title=doc.title)
    assert [(p.title, p.authors, p.date.start.year) for p in pubs] == [
        ("Return Migration in Central America: A Review", ("Ana Pérez", "Luis Gómez"), 2008),
        ("Remittances and Households", ("Luis Gómez",), 2007),
        ("Labour Mobility Agreements Compared", ("Marta Ruiz", "Ana Pérez", "Jorge Díaz"), 2009),
    ]


def test_reports_named_by_the_year_they_cover_on_a_reports_page():
    # "Annual Report 2005/06 (PDF)" on a page of reports: a report dated by its fiscal year (April to March);
    # a calendar year gives the year; a span of years or an item with a date of its own is left to other rules.
    from mpdp_pipeline.extractors.html import html_to_document

    page = """<html><head><title>Reports | IGC Secretariat</title></head><body><h1>Reports</h1><ul>
    <li>Annual Report 2005/06 (PDF)</li><li>Management Plan 2006-07</li><li>Informe anual 2009</li>
    <li>Meetings 2003–2008 (PDF)</li><li>Annual Report 2004/05 (PDF, posted 12 July 2005)</li></ul></body></html>"""
    doc = html_to_document(page.encode())
    pubs, _ = find_publications(doc.blocks, "en", title=doc.title)
    got = {p.title: (p.date.start, p.date.end, p.publication_type) for p in pubs if p.rule == "publication.listed"}
    assert got == {
        "Annual Report 2005/06": (dt.date(2005, 4, 1), dt.date(2006, 3, 31), PublicationType.REPORT),
        "Management Plan 2006-07": (dt.date(2006, 4, 1), dt.date(2007, 3, 31), PublicationType.REPORT),
        "Informe anual 2009": (dt.date(2009, 1, 1), dt.date(2009, 12, 31), PublicationType.REPORT),
    }


def test_a_publications_sections_and_unfielded_cards_beside_its_listing_are_not_publications(nlp):
    # Round 19: "Research" / "Our research areas" (three cards: a title, "Areas :" and a list) / "Publications",
    # then cards of a title, the authors and "Venue (2009)". The page's sections hold the listing, so they are
    # no cards; the area cards carry no date, byline or type; "Areas :" names no one.
    area = "<article><h3>{}</h3><p>Areas :</p><ul><li>Return</li><li>Integration</li><li>Asylum</li></ul></article>"
    card = "<article><h2>{}</h2><div>{}</div><div>{}</div><div>Paper</div></article>"
    areas = "".join(area.format(t) for t in ("Labour mobility", "Asylum systems", "Data and evidence"))
    cards = "".join(
        card.format(*c)
        for c in (
            ("Regional Migration Trends", "Demetrios Papademetriou, Kathleen Newland", "Migration (2009)"),
            ("Return and Reintegration", "Susan Martin", "Migration Studies Review (2009)"),
            ("Temporary Work Programmes", "Ana Ruiz, Tom Keller", "(2008)"),
        )
    )
    page = f"""<html><head><title>Publications - Migration Centre</title></head><body><article><div>
    <section><div><p>Research and publications</p><h1>Research</h1></div></section>
    <section><div><h2>Our research areas</h2><p>We work on:</p><div>{areas}</div></div></section>
    <section><div><h2>Publications</h2><p>Work by our members.</p><section><h3>2009 (3)</h3><div>{cards}</div>
    </section></div></section></div></article></body></html>"""
    rows = _read_page(page, nlp)
    assert sorted((t, a.start_date.year if a.start_date else None, a.authors[:1]) for t, a in rows.items()) == [
        ("Regional Migration Trends", 2009, ("Demetrios Papademetriou",)),
        ("Return and Reintegration", 2009, ("Susan Martin",)),
        ("Temporary Work Programmes", 2008, ("Ana Ruiz",)),
    ]


def test_initials_only_names_ended_by_a_colon_open_a_citation():
    # Round 18's Copernicus style; a "Body: title" line has no initials and stays no citation.
    cite = parse_citation(
        "Newland, K., Collett, E. M., and Somerville, W.: Circular migration and development, "
        "Migration Studies, 4, 12-30, 2006."
    )
    assert cite is not None
    assert cite.authors == ("Newland, K", "Collett, E. M", "Somerville, W")
    assert cite.title.startswith("Circular migration and development")
    assert cite.year is not None and cite.year.start.year == 2006
    assert parse_citation("Regional Conference on Migration: Plan of action on migrant smuggling, 2006.") is None


def test_a_list_of_yearly_reports_needs_no_page_saying_so(nlp):
    # Round 16 (promoted to dev): year tabs, then each year's annual report and financial statements, on a page
    # titled only by the body's name; a meetings page's "2009 Budget Review" stays no report.
    items = [
        "2006-07 Annual Report", "2006 Audited Financial Statements", "2005-2006 Annual Report",
        "2005 Audited Financial Statements", "2004-2005 Annual Report",
    ]  # fmt: skip
    page = (
        "<html><head><title>Migration Forum</title></head><body><div><ul><li>2006-2007</li><li>2005-2006</li></ul>"
        + "".join(f"<div><ul><li>{item}</li></ul></div>" for item in items)
        + "</div></body></html>"
    )
    rows = _read_page(page, nlp)
    assert {t: (a.kind, a.start_date) for t, a in rows.items()} == {
        "2006-07 Annual Report": ("report", dt.date(2006, 4, 1)),
        "2006 Audited Financial Statements": ("report", dt.date(2006, 1, 1)),
        "2005-2006 Annual Report": ("report", dt.date(2005, 4, 1)),
        "2005 Audited Financial Statements": ("report", dt.date(2005, 1, 1)),
        "2004-2005 Annual Report": ("report", dt.date(2004, 4, 1)),
    }
    meetings = "<html><body><h1>Meetings</h1><ul><li>2009 Budget Review</li><li>2008 Year in Review</li>"
    meetings += "<li>2009 Contract Review</li></ul></body></html>"
    assert _read_page(meetings, nlp) == {}


def test_reports_named_by_the_period_they_cover_from_day_to_day(nlp):
    # Round 17 (promoted to dev): a reports page's bare links, "Report on Academic Year 8/1/2022-7/31/2023".
    lines = ["Report on Fiscal Year 4/1/2005-3/31/2006", "Annual report, 1 April 2006 - 31 March 2007 (PDF)"]
    page = "<html><head><title>Reports</title></head><body><h1>Funding Reports</h1><div>"
    page += "".join(f"<p><a href=#>{line}</a></p>" for line in lines) + "</div></body></html>"
    rows = _read_page(page, nlp)
    assert {t: (a.kind, a.start_date, a.end_date) for t, a in rows.items()} == {
        "Report on Fiscal Year 4/1/2005-3/31/2006": ("report", dt.date(2005, 4, 1), dt.date(2006, 3, 31)),
        "Annual report, 1 April 2006 - 31 March 2007": ("report", dt.date(2006, 4, 1), dt.date(2007, 3, 31)),
    }


def test_numbered_titles_alone_in_their_boxes_on_a_publications_page(nlp):
    # Round 15 (promoted to dev): "1. Report on Survey Experiment", each heading alone in its `div`.
    titles = ["Report on Labour Migration Data", "Policy Brief on Return", "Report on Asylum Procedures"]
    boxes = "".join(f"<div><h3>{i}. {t}</h3></div>" for i, t in enumerate(titles, start=1))
    page = "<html><head><title>Publications | Forum</title></head><body><article><h1>Publications</h1>"
    page += f"<section>{boxes}</section></article></body></html>"
    rows = _read_page(page, nlp)
    assert sorted(rows) == sorted(titles)
    assert {a.kind for a in rows.values()} == {"report", "publication"}
    # unnumbered, or numbered out of order: section headings, not a listing
    assert _read_page(page.replace("2. Policy", "4. Policy"), nlp) == {}


def test_an_abstracts_event_words_do_not_make_a_card_an_event(nlp):
    # Round 17 (promoted to dev): title and abstract cards; abstracts mention "conference proceedings".
    abstract = (
        "We analyse {} using records from {} and compare outcomes across twelve national systems, then discuss what"
        " the differences mean for the design of programmes and for the data that governments collect."
    )
    cards = [
        ("Counting Returns at Scale", "conference proceedings, reports and grants"),
        ("Quantifying Labour Mobility", "a competition between recruitment agencies"),
        ("Remittances and Household Welfare", "household surveys"),
    ]
    boxes = "".join(
        f"<div><div><h3>{t}</h3><p>{abstract.format(what, 'the archive')}</p></div></div>" for t, what in cards
    )
    page = f"<html><head><title>Publications | Data Hub</title></head><body><main><article><div>{boxes}</div>"
    page += "</article></main></body></html>"
    assert sorted(_read_page(page, nlp)) == sorted(t for t, _ in cards)


def test_a_reports_title_its_subtitle_heading_and_an_authors_line(nlp):
    # Round 21: "Reports", then each report's title (h4), its subtitle (h5) and "Authors: A, B, C".
    page = """<html><head><title>Reports | Migration Project</title></head><body><article><h2>Reports</h2>
    <p>Below are selected reports written by members of our team.</p>
    <h4>Circular Migration in the Americas</h4><h5>An Assessment in Support of Regional Cooperation</h5>
    <p>Authors: Ana Ruiz, Tom Keller, Sara Lind</p><p>Full report</p></article></body></html>"""
    rows = _read_page(page, nlp)
    assert {t: (a.kind, a.authors) for t, a in rows.items()} == {
        "Circular Migration in the Americas": ("report", ("Ana Ruiz", "Tom Keller", "Sara Lind"))
    }


def test_titles_with_their_authors_set_as_a_smaller_heading(nlp):
    # Round 22: "Published Papers", then each paper an h2 title, an h3 of its authors (perhaps "| Journal 2009",
    # perhaps a footnote mark), its abstract and "Read more".
    papers = [
        ("Circular Migration in the Americas", "Ana Ruiz and Tom Keller"),
        ("Digital Services for Refugees", "Sara Lind, Hiro Mato, *"),
        ("Remittances and Household Welfare", "Kathleen Newland, Will Somerville | Migration Review 2009"),
    ]
    body = "".join(
        f"<h2>{t}</h2><h3>{a}</h3><p>This paper introduces a framework for the study of migration.</p>"
        "<div>Read more</div>"
        for t, a in papers
    )
    page = f"<html><head><title>Publications - Project</title></head><body><h1>Published Papers</h1>{body}"
    rows = _read_page(page, nlp)
    assert {t: a.authors for t, a in rows.items()} == {
        "Circular Migration in the Americas": ("Ana Ruiz", "Tom Keller"),
        "Digital Services for Refugees": ("Sara Lind", "Hiro Mato"),
        "Remittances and Household Welfare": ("Kathleen Newland", "Will Somerville"),
    }


def test_a_bibliography_tools_keyed_entries_with_initials_first(nlp):
    # Round 22: Sphinx/bibtex "Gar18: S. Gardiner. Title. ..." and "dGouveaMSS20: A. de Gouvêa, I. Martinez-Soler,
    # and M. Sen. Title. Journal, ..., Feb 2020." A lower-case key opens an entry of its own.
    cite = parse_citation("Gar18: S. Gardiner. Nuclear Effects in Migration Statistics. PhD thesis, Davis, 2018.")
    assert cite is not None and cite.authors == ("S. Gardiner",)
    assert cite.title == "Nuclear Effects in Migration Statistics"
    entries = [
        "Gar18: S. Gardiner. Nuclear Effects in Migration Statistics. PhD thesis, University of California, 2018.",
        "CFL+20: W. Castiglioni, W. Foreman, and A. Mastbaum. Benefits of Early Registration. Phys. Rev. D, 2020.",
        "dGouveaMSS20: A. de Gouvêa, I. Martinez-Soler, and M. Sen. Impact of Return Policies. Phys. Rev. D, Feb 2020.",
    ]
    page = "<html><head><title>Bibliography</title></head><body><h1>Bibliography</h1><h2>Publications</h2><dl>"
    page += "".join(f"<dt>{e}</dt>" for e in entries) + "</dl></body></html>"
    rows = _read_page(page, nlp)
    assert {t: a.authors[0] for t, a in rows.items()} == {
        "Nuclear Effects in Migration Statistics": "S. Gardiner",
        "Benefits of Early Registration": "W. Castiglioni",
        "Impact of Return Policies": "A. de Gouvêa",
    }


def test_a_studies_page_of_bylined_cards_lists_publications_not_meetings(nlp):
    """Round 25: a page titled "Estudios" whose boxes hold a title, a summary and "Por Lic. ..., dd/mm/yyyy
    hh:mm": its day dates do not make the cards meetings; the byline's titles of address and time are not
    names, and a Spanish name of four words is one author (a body may be one). The page's own heading, boxed like
    a card, is none."""
    from mpdp_pipeline.extractors.html import html_to_document

    cards = [
        ("Migración laboral en Centroamérica", "Estudio sobre la movilidad laboral en la región.",
         "Por Lic. Ana Luisa Pacheco Meraz, Lic. Iván de Luna Aldape, 12/03/2008 13:20"),
        ("Retorno y reintegración", "Un análisis de los programas de retorno asistido.",
         "Por Dra. Frida García Gutiérrez, 04/12/2007 12:00"),
        ("Protección consular", "Buenas prácticas de los países miembros.", "Por CRM, 25/04/2006 14:00"),
    ]  # fmt: skip
    boxes = "".join(
        f"<div class='media'><div class='media-body'><h3><a href=x>{t}</a></h3><p>{s}</p><p>{b}</p></div></div>"
        for t, s, b in cards
    )
    page = (
        "<html lang='es'><head><title>Estudios - Conferencia Regional sobre Migración</title></head><body>"
        "<div class='container'><div><span><h1>Estudios</h1><p>Conocimientos para la solución de problemas de "
        f"carácter social.</p></span></div>{boxes}</div></body></html>"
    )
    doc = html_to_document(page.encode())
    ctx = DocumentContext("RCM", "d" * 64, "file:///p.html", "es", title=doc.title)
    rows = blocks_to_activities(doc.blocks, ctx, nlp)
    assert all(a.kind in ("report", "publication") for a in rows)
    assert sorted((a.title, a.authors, a.start_date) for a in rows) == [
        (
            "Migración laboral en Centroamérica",
            ("Ana Luisa Pacheco Meraz", "Iván de Luna Aldape"),
            dt.date(2008, 3, 12),
        ),
        ("Protección consular", ("CRM",), dt.date(2006, 4, 25)),  # a corporate author
        ("Retorno y reintegración", ("Frida García Gutiérrez",), dt.date(2007, 12, 4)),
    ]


def test_a_series_card_is_no_publication_and_a_meta_line_names_the_authors(nlp):
    """Round 25: a page shows its series ("Serie 01" cards, each with its own link), then the numbers of each
    series; a number's meta line, "Name Surname Surname · Agosto de 2006 · Versión 1", gives its authors and date."""
    from mpdp_pipeline.extractors.html import html_to_document

    series = "".join(
        f"<article><div><div>Serie {n:02d}</div><h2>{t}</h2><p>Serie de estudios sobre {t.lower()}.</p>"
        "<a href=s>Entrar a la serie →</a></div></article>"
        for n, t in ((1, "Cuadernos de Migración"), (2, "Cuadernos de Protección"))
    )
    issues = "".join(
        f"<article><div><div>Cuadernos de Migración · N.º {n}</div><h3>{t}</h3><p>Resumen del cuaderno.</p>"
        f"<div>{a} · Agosto de 2006 · Versión 1</div><a href=p.pdf>Abrir PDF</a></div></article>"
        for n, t, a in (
            (1, "Migración laboral y remesas", "María Fernanda López Castillo"),
            (2, "Retorno asistido en la región", "Jorge Luis Pérez"),
            (3, "Niñez migrante no acompañada", "Ana Gómez · Pedro Ruiz"),
        )
    )
    page = (
        "<html lang='es'><head><title>Publicaciones</title></head><body><main>"
        f"<section><h2>Series actuales</h2><div>{series}</div></section>"
        f"<section><h2>Números disponibles</h2><div>{issues}</div></section></main></body></html>"
    )
    doc = html_to_document(page.encode())
    ctx = DocumentContext("RCM", "d" * 64, "file:///p.html", "es", title=doc.title)
    rows = blocks_to_activities(doc.blocks, ctx, nlp)
    assert sorted((a.title, a.authors, a.start_date) for a in rows) == [
        ("Migración laboral y remesas", ("María Fernanda López Castillo",), dt.date(2006, 8, 1)),
        ("Niñez migrante no acompañada", ("Ana Gómez", "Pedro Ruiz"), dt.date(2006, 8, 1)),
        ("Retorno asistido en la región", ("Jorge Luis Pérez",), dt.date(2006, 8, 1)),
    ]


def test_a_byline_heading_with_its_venue_and_year_dates_the_paper():
    """Round 25: a title, then "A and B | Journal, 2024" (or "A; B; and C | Conference 2023") set as a smaller
    heading: the authors, in order, and the venue's year. A title with no byline under the section's heading does
    not close the section."""
    from mpdp_pipeline.extractors.html import html_to_document
    from mpdp_pipeline.extractors.listings import find_listings

    papers = [
        ("Labour Migration and Remittances in Central America", "Ana Gómez and Peter Lind | Migration Studies, 2006"),
        ("Return Programmes Compared", "Sara Bailey; Tom Wright; and Lena Brandt | IMISCOE Annual Conference 2005"),
        ("Asylum Procedures in Europe", "Kathleen Newland | International Migration Review 2004"),
        ("On the Way to Impact: A Dissemination Plan", None),  # no byline: the section goes on below it
        ("Temporary Workers in Canada", "Priya Menon and Marc Petit | Canadian Public Policy, 2003"),
    ]
    body = "".join(
        f"<h2>{t}</h2>{f'<h4>{b}</h4>' if b else ''}<p>This paper reviews the evidence.</p>" for t, b in papers
    )
    page = f"<html><head><title>Publications</title></head><body><div><h1>Published Papers</h1>{body}</div></body>"
    doc = html_to_document(page.encode())
    pubs, _ = find_listings(doc.blocks, doc.title)
    assert sorted((p.title, p.authors, p.date.start.year if p.date else None) for p in pubs) == [
        ("Asylum Procedures in Europe", ("Kathleen Newland",), 2004),
        ("Labour Migration and Remittances in Central America", ("Ana Gómez", "Peter Lind"), 2006),
        ("Return Programmes Compared", ("Sara Bailey", "Tom Wright", "Lena Brandt"), 2005),
        ("Temporary Workers in Canada", ("Priya Menon", "Marc Petit"), 2003),
    ]


def test_a_working_paper_series_reads_its_cards_authors_before_their_institute(nlp):
    """A "Working Paper Series" page says publications; the meta line "Name · Institute · Version 1.0 · Month Year"
    names its author, not the institute, and a subtitle of capitalised phrases is no byline (issue 7, round 26)."""
    from mpdp_pipeline.extractors.html import html_to_document

    cards = [
        ("Return Migration and Reintegration", "Policy, Practice and Evidence", "Ana María Torres"),
        ("Labour Mobility in Central America", "Corridors, Wages and Remittances", "Luis Felipe Ortega"),
        ("Asylum Procedures Compared", "Delegated Authority, Capability Portability, and Individual Sovereignty",
         "Claire Dubois"),
    ]  # fmt: skip
    page = (
        "<html lang=en><title>Working Paper Series | Migration Research Initiative</title><main>"
        + "".join(
            f"<article><div>MRI-WP-2026-0{i}</div><h2>{title}</h2><p>{sub}</p>"
            f"<p>{name} · Migration Research Initiative · Version 1.0 · September 2026</p>"
            "<div>Download PDF</div></article>"
            for i, (title, sub, name) in enumerate(cards, 1)
        )
        + "</main></html>"
    )
    doc = html_to_document(page.encode())
    ctx = DocumentContext("MPI", "d" * 64, "file:///wp.html", "en", title=doc.title)
    rows = sorted(blocks_to_activities(doc.blocks, ctx, nlp), key=lambda a: a.title)
    assert [(a.title, a.authors, a.start_date) for a in rows] == [
        ("Asylum Procedures Compared", ("Claire Dubois",), dt.date(2026, 9, 1)),
        ("Labour Mobility in Central America", ("Luis Felipe Ortega",), dt.date(2026, 9, 1)),
        ("Return Migration and Reintegration", ("Ana María Torres",), dt.date(2026, 9, 1)),
    ]


def test_an_events_grid_whose_venue_is_a_school_of_studies_is_no_listing():
    """Event cards (date, title, venue) on an events page: a venue named "School of Advanced Studies" says
    nothing of the page, so the cards are no publications (issue 7, round 26)."""
    grid = "".join(
        f"<div><p>{day}</p><h4>{name}</h4><h5>{venue}</h5><p>READ MORE</p></div>"
        for day, name, venue in [
            ("29th June 2019", "Youth Dialogue on Migration", "School of Advanced Studies, New Delhi"),
            ("4th October 2019", "Launch of the Regional Youth Conclave", "India Habitat Center, New Delhi"),
            ("12th January 2020", "Hackathon on Sustainable Development", "Institute of Studies, Delhi"),
        ]
    )
    assert _listing(f"<main><h2>Recent Events</h2><div class=grid>{grid}</div></main>", title="Events Grid") == []


def _listing(body: str, title: str = "Publications", lang: str = "en") -> list:
    from mpdp_pipeline.extractors.html import html_to_document

    doc = html_to_document(f"<html lang={lang}><title>{title}</title><body>{body}</body></html>".encode())
    pubs, _ = find_publications(doc.blocks, language=doc.language, title=doc.title)
    return sorted((p.title, p.date.start.year if p.date else None) for p in pubs)


def test_links_to_report_files_are_the_publications_of_a_publications_page():
    """An office's publications page: links to PDFs set apart by line breaks, list items of links, a link then its
    month; the title less its language note, the year its title closes with or its heading gives (round 26)."""
    body = (
        '<div class="header"><h1>Publications</h1></div><div class=content><h3>Indicator reports</h3><p>'
        '<a href="/reports/2021.pdf">Indicator report 2021</a><br><br>'
        '<a href="/reports/2018.pdf">Indicator report 2018</a><br><br>'
        '<a href="/reports/2016.pdf">Data on the indicator report 2016</a></p>'
        "<h3>Extract from the journal “Economy and Statistics”, 5/2016</h3>"
        '<p><a href="/wista.pdf">Indicators for the 2030 Agenda (only available in German)</a></p>'
        '<h3>Briefs</h3><ul><li><a href="../uploads/brief-odisha.pdf">An analysis of district malnutrition data'
        '</a></li><li><a href="https://drive.google.com/file/d/1Qa/view">Impact of Taxation on Telecoms</a>,'
        ' septembre 2021</li><li><a href="/files/brief.pdf">Download</a></li></ul></div>'
        '<div class="footer"><h5>Useful links</h5><p>Ministry</p><p>Statistics Office</p></div>'
    )
    assert _listing(body) == [
        ("An analysis of district malnutrition data", None),
        ("Data on the indicator report 2016", 2016),
        ("Impact of Taxation on Telecoms", 2021),
        ("Indicator report 2018", 2018),
        ("Indicator report 2021", 2021),
        ("Indicators for the 2030 Agenda", 2016),
    ]


def test_links_to_files_of_meetings_or_posted_by_day_are_no_publications():
    """An index of files the crawler reads: meetings' files and files given with the day they were posted are no
    publications of the page, as the sample's index pages show."""
    body = (
        "<h1>Publications and reports</h1><h2>Reports</h2><ul>"
        '<li><a href="r/2004.pdf">Annual Report 2003/04</a> (PDF, posted 15 July 2004)</li>'
        '<li><a href="r/2005.pdf">Annual Report 2004/05</a> (PDF, posted 12 July 2005)</li>'
        '<li><a href="r/meetings.pdf">Meetings 2003–2005</a> (PDF)</li>'
        '<li><a href="r/agenda.pdf">Agenda - 12 May 2005</a></li>'
        '<li><a href="r/roundtables.pdf">Policy roundtables 2003–2008</a> (PDF)</li></ul>'
    )
    assert _listing(body, title="Publications and reports") == []


def test_a_cards_labelled_year_field_dates_it():
    """ "Autor: ...", "Año: 2019", "Tipo: ...": a card's fields by their labels (round 26)."""
    cards = [
        ("Principios rectores para la búsqueda de personas", "2019"),
        ("Guía del buen brigadista", "2021"),
        ("¿Qué hacer frente a la desaparición de una persona?", "2021"),
    ]
    body = (
        "<main><h1>Documentos</h1><div>"
        + "".join(
            f'<div class=row><div class=column><img src="c{i}.png"></div><div class=double-column>'
            f'<h4><a href="https://cndh.example/doc{i}">{t}</a></h4><p><strong>Autor:</strong> Comisión Nacional</p>'
            f"<p><strong>Año:</strong> {y}</p><p><strong>Tipo:</strong> Herramientas para la búsqueda</p>"
            f'<p><a href="doc{i}.pdf">Descarga el documento [PDF]</a></p></div></div>'
            for i, (t, y) in enumerate(cards)
        )
        + "</div></main>"
    )
    assert _listing(body, title="No están solas | Documentos", lang="es") == sorted((t, int(y)) for t, y in cards)


def test_a_pages_own_regions_are_not_the_cards_of_a_listing():
    """The body's header, content and footer hold a few blocks each: three "records" that are no cards."""
    body = (
        "<div><h1>Rapports Observatoire</h1></div><div>"
        + "".join(f'<div><a href="r{y}.pdf">Rapport annuel {y}</a></div><div>&nbsp;</div>' for y in (2011, 2012, 2013))
        + "</div><div><h5>Liens utiles</h5><p>Ministère</p><p>Adresse : BP 5808</p></div><div><p>×</p><p>0</p></div>"
    )
    assert _listing(body, title="Autorité de régulation", lang="fr") == [
        ("Rapport annuel 2011", 2011), ("Rapport annuel 2012", 2012), ("Rapport annuel 2013", 2013),
    ]  # fmt: skip


def test_a_year_after_an_article_names_a_thing_not_the_entrys_date():
    """ "Indicators for the 2030 Agenda": no entry of 2030 (round 26); the year that closes the entry dates it."""
    cite = parse_citation("OECD – Indicators for the 2030 Agenda for Sustainable Development, Paris, 2016")
    assert cite is not None and cite.year is not None and cite.year.start.year == 2016
    undated = parse_citation("Development Goals – Indicators for the 2030 Agenda for Sustainable Development")
    assert undated is None or undated.year is None


def test_a_page_laid_out_in_a_table_lists_its_briefs_one_paragraph_each():
    """A page's content in one table cell: paragraphs "Title<br>Date" (sometimes run together), an introduction
    and a label over the list, which are no publications (issue 7, round 25)."""
    briefs = [
        ("Who Are the Newly Insured as of Early March 2014?", "May 22, 2014", "<br>"),
        ("Health Care Costs Are a Barrier to Care for Many Women", "January 7, 2015", "<br>"),
        ("Taking Stock: Health Insurance Coverage as of September 2014", "December 3, 2014", "<br>"),
        ("Most Adults with Medical Debt Had Health Insurance", "May 21, 2015", "<br>"),
        ("A Look at Remaining Uninsured Adults as of March 2015", "August 17, 2015", " "),
    ]
    cell = (
        "<h2>Policy Briefs</h2><p>In addition to survey results, the Health Policy Center is producing a series of"
        " briefs on the coverage, access and affordability of health care under the reform, drawn from the survey.</p>"
        "<p>Current briefs in the series:</p>"
        + "".join(f'<p><a href="b{i}.html">{t}</a>{sep}<em>{d}</em></p>' for i, (t, d, sep) in enumerate(briefs))
    )
    body = f"<div><table><tr><td>{cell}</td></tr></table></div><div><ul><li>Contact</li></ul></div>"
    assert _listing(body, title="Policy Briefs | Survey") == sorted((t, int(d[-4:])) for t, d, _ in briefs)


def test_a_publications_fields_under_its_heading_are_read_with_it():
    """ "## Title #" then a quote of "Type: / Organizations: / Date:" fields and a "Read ... in Spanish" link: the
    heading is the title (its permalink mark dropped), the fields give its type and month (round 25)."""
    items = [
        ("A diverse CRVS system: toward data that include everyone", "Technical report", "July 2024"),
        ("When death tears you apart: trans identities on death certificates", "Policy brief", "March 2026"),
        ("Trans people in vital statistics: a rights issue", "Policy brief", "May 2026"),
    ]
    body = (
        "<main><article><h1>Policy Briefs / Technical Documents</h1><section><div>"
        + "".join(
            f'<h2>{t} <a class=anchor href="#a{i}">#</a></h2><blockquote><p>Type: {k}</p>'
            f"<p>Organizations: Vital Strategies, Liga de Salud Trans</p><p>Date: {d}</p></blockquote>"
            f"<p>This {k.lower()} examines whether the civil registry counts everyone it should count.</p>"
            f'<p><a href="es{i}.pdf">Read the {k.lower()} in Spanish</a></p>'
            for i, (t, k, d) in enumerate(items)
        )
        + "</div></section></article></main>"
    )
    from mpdp_pipeline.extractors.html import html_to_document

    doc = html_to_document(f"<html lang=en><title>Policy Briefs</title><body>{body}</body></html>".encode())
    pubs, _ = find_publications(doc.blocks, language="en", title=doc.title)
    assert sorted((p.title, p.publication_type, p.date.start if p.date else None) for p in pubs) == sorted(
        [
            (items[0][0], PublicationType.REPORT, dt.date(2024, 7, 1)),
            (items[1][0], PublicationType.POLICY_BRIEF, dt.date(2026, 3, 1)),
            (items[2][0], PublicationType.POLICY_BRIEF, dt.date(2026, 5, 1)),
        ]
    )


def test_two_cards_with_a_topic_and_month_kicker_are_a_publications_pages_listing():
    """ "Opinión pública / Febrero 2025" over each card's title: a kicker of topic and date; the page's sections
    (a featured box, the cards' section) are weighed first and are not the listing (round 27)."""
    body = (
        "<main><div><header><h1>Lecturas para comprender el cambio social.</h1></header>"
        "<section><div><p>Demografía / Análisis completo</p><h2>Tendencias demográficas hacia 2030</h2>"
        "<p>Series verificables.</p></div><div><p>América Latina</p></div></section>"
        "<section><p>También en nuestra agenda</p><div>"
        "<article><p>Opinión pública / Febrero 2025</p><h2>Clima de opinión en contextos de inflación</h2>"
        "<p>El aumento sostenido de precios.</p></article>"
        "<article><p>Política social / Septiembre 2026</p><h2>Evaluación de impacto en programas sociales</h2>"
        "<p>La medición de resultados.</p></article></div></section></div></main>"
    )
    assert _listing(body, title="Publicaciones y guías metodológicas · Centro", lang="es") == [
        ("Clima de opinión en contextos de inflación", 2025),
        ("Evaluación de impacto en programas sociales", 2026),
    ]


@pytest.mark.parametrize(
    ("entry", "authors", "title", "year"),
    [
        ("Smith AB, Jones CD, Brown E. Migration and health in Europe. Lancet. 2008;371:1-10.",
         ("Smith AB", "Jones CD", "Brown E"), "Migration and health in Europe", "2008"),
        ("Rechel B, Mladovsky P, Devillé W, et al. Migration and health in a diverse Europe. Lancet. 2013;381:1235-45.",
         ("Rechel B", "Mladovsky P", "Devillé W"), "Migration and health in a diverse Europe", "2013"),
        ("Gushulak BD. Migration and health. Geneva: IOM; 2006.", ("Gushulak BD",), "Migration and health", "2006"),
        ("Boly V., Morel L, Camargo M. Innovation management in a French engineering school. Erasmus. 2017.",
         ("Boly V", "Morel L", "Camargo M"), "Innovation management in a French engineering school", "2017"),
    ],
)  # fmt: skip
def test_vancouver_entries_list_their_authors_before_the_title(entry, authors, title, year):
    """Medicine's and public health's style: "Surname AB, Surname C. Title. Journal. Year" (round 27)."""
    cite = parse_citation(entry)
    assert cite is not None
    assert (cite.authors, cite.title, cite.year.text if cite.year else None) == (authors, title, year)


def test_a_books_list_under_year_headings_reads_citations_beside_their_covers():
    """Books under "2016": a one-row table of a cover image and the citation is the citation, and an entry with no
    year of its own takes its heading's (round 27)."""
    body = (
        "<main><h1>Livres</h1><h2>2016</h2>"
        '<table><tr><td><img src="c1.jpg" alt="cover"></td><td>Boly V., Camargo M., Morel L. <strong>Ingénierie de'
        " l’innovation.</strong> Lavoisier, 2016, 288 p.</td></tr></table>"
        '<table><tr><td><img src="c2.jpg" alt="cover"></td><td>Morel L., Leroux S. <strong>Fab Labs: the innovative'
        " user.</strong> John Wiley &amp; Sons, 2016, 146 pages.</td></tr></table>"
        "<p>Camargo M., Boly V. <strong>Mesurer l’innovation en entreprise.</strong> Presses universitaires, 240p.</p>"
        "</main>"
    )
    assert _listing(body, title="Livres | Laboratoire", lang="fr") == [
        ("Fab Labs: the innovative user", 2016), ("Ingénierie de l’innovation", 2016),
        ("Mesurer l’innovation en entreprise", 2016),
    ]  # fmt: skip


def test_a_bare_pages_cards_straight_under_its_body_are_still_a_listing():
    """The body's regions are no cards, but a bare page whose cards are the body's own children, alike, is one."""
    cards = [("Return migration in Central America", "March 2006"), ("Labour mobility after the downturn", "May 2009"),
             ("Temporary worker programs", "June 2010")]  # fmt: skip
    body = "".join(f"<div><h3>{t}</h3><p>By Ana Torres and Luis Ortega</p><p>{d}</p></div>" for t, d in cards)
    assert _listing(body, title="Publications") == sorted((t, int(d[-4:])) for t, d in cards)


def test_a_byline_stops_at_its_imprint_and_a_bracketed_type_says_report(nlp):
    """Issue 7, round 28: "Title. By A, B and C. Washington, DC: Publisher, June 2010. [Report]": the names end
    where the imprint starts, the publisher is the imprint's, "[Report]" makes it a report; an entry of that shape
    is a publication though its title names a meeting."""
    rows = _read_page(
        "<html lang=en><body><main><h1>Transatlantic Council</h1><h2>Council Reports and Statements</h2><ol>"
        "<li><em>Migration and the Economic Crisis</em>. By Demetrios G. Papademetriou, Madeleine Sumption and Will"
        " Somerville. Washington, DC: Migration Policy Institute, June 2010. [Report]</li>"
        "<li><em>Pathways to Citizenship</em>. By Thomas Huddleston. Gütersloh: Bertelsmann Stiftung, October 2010."
        " [Policy Brief]</li>"
        "<li><em>The Age of Identity: Council Statement from the Sixth Plenary Meeting</em>. By Demetrios G."
        " Papademetriou. July 2011. [Council Statement]</li></ol></main></body></html>",
        nlp,
    )
    crisis = rows["Migration and the Economic Crisis"]
    assert crisis.authors == ("Demetrios G. Papademetriou", "Madeleine Sumption", "Will Somerville")
    assert (crisis.kind, crisis.publisher) == ("report", "Migration Policy Institute")
    pathways = rows["Pathways to Citizenship"]
    assert (pathways.kind, pathways.publisher, pathways.authors) == (
        "publication",
        "Bertelsmann Stiftung",
        ("Thomas Huddleston",),
    )
    statement = next(a for title, a in rows.items() if "Council Statement" in title)
    assert (statement.kind, str(statement.start_date)) == ("publication", "2011-07-01")


def test_a_grid_of_card_rows_with_slashed_meta_lines_is_one_listing(nlp):
    """Issue 7, round 28: a publications grid, three cards per row, a pager below: each card (not each row) is a
    publication; its meta line "A. Author / 2019 / Conference Proceeding / Scopus" gives the author and the year,
    "Conference Proceedings" being a type, not an event; "Seguir leyendo" is a link, not a title; a title's word
    ("the Formation of Teams") does not turn a row of papers into events."""
    titles = [
        ("Wilson Castillo", 2019, "Desarrollo de un software de análisis de RNA"),
        ("Vladimir Riffo", 2019, "Handgun Detection in Multiple X-ray Views"),
        ("Servando Campillay", 2019, "Portfolio of Soft Skills Monitoring"),
        ("Servando Campillay", 2018, "Educational Software as a Support for Teaching"),
        ("John Castro", 2018, "Usability evaluation methods in agile processes"),
        ("John Castro", 2019, "Adapting usability techniques for open source software"),
        ("Héctor Cornide", 2019, "Identification of Skills for the Formation of Agile Teams"),
        ("Wilson Castillo", 2018, "Determinación de zonas climáticas en la frontera norte"),
        ("Ana Pérez", 2017, "Metrics for mobile applications"),
    ]
    card = (
        "<div><div class='blog-content'><div class='top'><p>{} / {} / Conference Proceedings Citation Index / "
        "Scopus</p></div><div class='bottom'><h2><a href='#'>{}</a></h2><a href='#'>Seguir leyendo</a></div></div>"
        "</div>"
    )
    rows = "".join(
        "<div class='row'>" + "".join(card.format(*t) for t in titles[i : i + 3]) + "</div>" for i in (0, 3, 6)
    )
    found = _read_page(
        f"<html lang=es><body><div><h2>Publicaciones</h2></div><div><div>{rows}<div><ul><li>1</li></ul></div>"
        "</div></div></body></html>",
        nlp,
        "es",
    )
    assert {(a.authors[0], a.start_date.year, t) for t, a in found.items()} == {(n, y, t) for n, y, t in titles}


def test_title_authors_and_source_lines_are_one_entry_and_two_card_rows_are_one_grid(nlp):
    """Issue 7, round 28: a lab's list, "Title<br><em>A, B and C</em><br><a>Venue, pp. 1-3 (Oct. 2014)</a>" per
    paragraph, is one publication each (not a citation cut at the names); highlights set two cards a row over
    several rows are one listing; a pager's "Next ›" is none."""
    entries = "".join(
        f"<p>{title} <br /><em>{names}</em><br /><a href='p.pdf'>{venue}</a></p>"
        for title, names, venue in [
            ("High-performance 3D Deconvolution of Micrographs", "S. Kromwijk, S. Lefkimmiatis and M. Unser",
             "In Proc. Int. Conf. Image Processing (ICIP’14), pp. 3029-3032, Paris, France (Oct. 2014)"),
            ("Structure Tensor Total Variation", "S. Lefkimmiatis, A. Roussos, P. Maragos, and M. Unser",
             "SIAM J. Imaging Sci., vol. 8, issue 2, pp. 1090-1122 (May 2015)"),
            ("Non-local Structure Tensor Functionals", "S. Lefkimmiatis and S. Osher",
             "IEEE Trans. Computational Imaging, vol. 1, issue 1, pp. 16-29 (June 2015)"),
        ]
    )  # fmt: skip
    card = (
        "<div class='col'><div class='well'><b class='t'>{}</b><p>An abstract of the paper, three lines long.</p>"
        "<p><em>{}</em></p><p><a href='x.pdf'>IEEE Computer Vision and Pattern Recognition ({})</a></p></div></div>"
    )
    highlights = [
        ("Universal Denoising Networks", "S. Lefkimmiatis", "June 2018"),
        ("Non-Local Color Image Denoising", "S. Lefkimmiatis", "July 2017"),
        ("Hessian-Based Norm Regularization", "A. Bourquard", "March 2012"),
        ("Poisson Image Reconstruction", "M. Unser", "May 2013"),
    ]
    grid = "".join(
        "<div class='row'>" + "".join(card.format(*c) for c in highlights[i : i + 2]) + "</div>" for i in (0, 2)
    )
    found = _read_page(
        "<html lang=en><head><title>Publications | Lab</title></head><body><div><h2>Highlights</h2>"
        f"{grid}<h2>Papers</h2>{entries}"
        "<ul class='pager'><li>1</li><li><a href='?page=2'>2</a></li><li><a href='?page=2'>Next &rsaquo;</a></li>"
        "</ul></div></body></html>",
        nlp,
    )
    assert found["High-performance 3D Deconvolution of Micrographs"].authors[0] == "S. Kromwijk"
    assert str(found["Structure Tensor Total Variation"].start_date) == "2015-05-01"
    assert {t for t, _, _ in highlights} <= set(found)
    assert len(found) == 7


def test_entries_ending_with_their_imprint_are_publications_on_any_page(nlp):
    """Issue 7, round 29: "[Author.] Title. City: Publisher, Year." is a book or report entry wherever three stand
    together (a body's own list often names no author); the names before the title are its authors."""
    entries = [
        "Let Me Tell You. Fairport: The New York State Literary Center, 1994.",
        "Starmeisha Jones. Fear The Rebel. Fairport: The New York State Literary Center, 2004.",
        "J. Smith. I Saw It All: A Book for Children. Fairport: The New York State Literary Center, 2002.",
        "What Are We Supposed to Do, Throw Us Away? Fairport: The New York State Literary Center, 1998.",
        "Annual Report 2006. Geneva: IGC Secretariat, March 2007.",
    ]
    page = "<html lang=en><body><h1>Our Center</h1>" + "".join(f"<p>{e}</p>" for e in entries) + "</body></html>"
    found = _read_page(page, nlp)
    assert set(found) == {
        "Let Me Tell You", "Fear The Rebel", "I Saw It All: A Book for Children",
        "What Are We Supposed to Do, Throw Us Away?", "Annual Report 2006",
    }  # fmt: skip
    assert found["Fear The Rebel"].authors == ("Starmeisha Jones",)
    assert found["Annual Report 2006"].publisher == "IGC Secretariat"
    assert str(found["Annual Report 2006"].start_date) == "2007-03-01"
    two = "<html lang=en><body><h1>Our Center</h1>" + "".join(f"<p>{e}</p>" for e in entries[:2]) + "</body></html>"
    assert _read_page(two, nlp) == {}


def test_a_byline_with_its_publisher_and_date_after_the_names():
    """Issue 7, round 28: under "Books", "Managing Migration in the Americas" over "Edited by Demetrios G.
    Papademetriou and Deborah W. Meyers. Migration Policy Institute, June 2005": the names end at their sentence,
    the publisher follows them."""
    blocks = [
        Block("Books", kind="heading", order=0, page=1),
        Block("Managing Migration in the Americas: Partners and Rivals", order=1, page=1, heading="Books"),
        Block(
            "Edited by Demetrios G. Papademetriou and Deborah W. Meyers. Migration Policy Institute, June 2005",
            order=2,
            page=1,
            heading="Books",
        ),
        Block("Secure Borders, Open Doors: Visa Policy after September 11", order=3, page=1, heading="Books"),
        Block("By Kevin O'Neil. Brookings Institution Press, October 2005", order=4, page=1, heading="Books"),
    ]
    pubs = {p.title: p for p in find_publications(blocks)[0]}
    managing = pubs["Managing Migration in the Americas: Partners and Rivals"]
    assert managing.authors == ("Demetrios G. Papademetriou", "Deborah W. Meyers")
    assert (managing.publisher, str(managing.date.start)) == ("Migration Policy Institute", "2005-06-01")
    secure = pubs["Secure Borders, Open Doors: Visa Policy after September 11"]
    assert (secure.authors, secure.publisher) == (("Kevin O'Neil",), "Brookings Institution Press")


def test_an_author_date_entry_is_dated_at_the_month_its_source_gives():
    """Issue 7, round 28: "Chishti, Muzaffar, ... 2010. "At Its 25th Anniversary, ..." Migration Information
    Source, November." came out in November 2010; an entry whose source names no month keeps its year."""
    blocks = [
        Block("Selected Publications", kind="heading", order=0, page=2),
        Block(
            "Chishti, Muzaffar, Doris Meissner, and Claire Bergeron. 2010. “At Its 25th Anniversary, IRCA’s Legacy "
            "Lives On.” Migration Information Source, November.",
            order=1,
            page=2,
            heading="Selected Publications",
        ),
        Block(
            "Newland, Kathleen, ed. 2010. Diasporas: New Partners in Global Development Policy. Washington, DC: "
            "Migration Policy Institute.",
            order=2,
            page=2,
            heading="Selected Publications",
        ),
    ]
    dates = {p.title[:10]: (str(p.date.start), p.date.precision) for p in find_publications(blocks)[0]}
    assert dates == {"At Its 25t": ("2010-11-01", "month"), "Diasporas:": ("2010-01-01", "year")}


def test_an_imprints_date_on_the_next_line_ends_its_list_item():
    """Issue 7, round 28: a report's list of its own publications, each "Title. Geneva: IGC Secretariat," with the
    date wrapped to the next line: each entry keeps its own date, not the next one's."""
    heading = "5. Publications"
    blocks = [
        Block(heading, kind="heading", order=0, page=1),
        Block(
            "Background Report on Integration Policies in IGC Participating States. Geneva: IGC Secretariat,",
            kind="list_item",
            order=1,
            page=1,
            locator="65.6,634.6,529.2,644.1",
            heading=heading,
        ),
        Block("December 2006.", order=2, page=1, locator="66.0,649.5,138.2,656.9", heading=heading),
        Block(
            "Labour Migration in IGC Participating States: Statistical Overview 2005. Geneva: IGC Secretariat,",
            kind="list_item",
            order=3,
            page=1,
            locator="65.6,669.7,529.2,679.3",
            heading=heading,
        ),
        Block("March 2007.", order=4, page=1, locator="65.9,684.6,119.9,692.0", heading=heading),
    ]
    dates = {p.title[:10]: str(p.date.start) for p in find_publications(blocks)[0]}
    assert dates == {"Background": "2006-12-01", "Labour Mig": "2007-03-01"}


def test_a_year_headed_list_of_title_and_author_lines_gives_dated_publications():
    """Round 31: "<b>Title</b><br>A. Author, B. Author<br><em>Journal</em> 10(4)" paragraphs under year headings:
    each paragraph is one publication, dated by its heading's year, its authors from the second line."""
    from mpdp_pipeline.extractors.html import html_to_document
    from mpdp_pipeline.extractors.listings import find_listings

    entry = "<p><b>{title}</b><br/>{names}<br/><em>{journal}</em> 10(4):649-659<br/><a href='x.pdf'>pdf</a></p>"
    html = (
        "<html><body><h1>Publications</h1><h3>2017</h3>"
        + entry.format(
            title="Population isolation shapes plant genetics",
            names="Laurent Vriendt, Simon Joly",
            journal="Journal of Plant Ecology",
        )
        + entry.format(
            title="Transcriptomic response of willow to arsenic stress",
            names="Aymeric Yanitch, Nicholas J. Brereton and Frederic Pitre",
            journal="Frontiers in Plant Science",
        )
        + "<h3>2016</h3>"
        + entry.format(
            title="Explaining naturalization and invasiveness in catalogues",
            names="Claude Lavoie, Simon Joly, Alexandre Bergeron",
            journal="Ecology and Evolution",
        )
        + "</body></html>"
    )
    doc = html_to_document(html.encode())
    found, _ = find_listings(doc.blocks, doc.title)
    assert [(p.title, p.authors[:2], p.date.start.year if p.date else None) for p in found] == [
        ("Population isolation shapes plant genetics", ("Laurent Vriendt", "Simon Joly"), 2017),
        ("Transcriptomic response of willow to arsenic stress", ("Aymeric Yanitch", "Nicholas J. Brereton"), 2017),
        ("Explaining naturalization and invasiveness in catalogues", ("Claude Lavoie", "Simon Joly"), 2016),
    ]


def test_a_linked_title_over_its_meta_line_gives_the_issuer_and_the_release_month():
    """Round 31: "<a>Title</a><br>IGC Secretariat · Released: 10/2009 · 186 pp.": the link is the title, the meta
    line's organisation the publisher and its release month (numeric after its label) the date."""
    from mpdp_pipeline.extractors.html import html_to_document
    from mpdp_pipeline.extractors.listings import find_listings

    items = [
        ("resettlement.pdf", "Resettlement: Overview of Policies and Practices", "Released: March 2009 · 2nd edition"),
        ("family.pdf", "Family Reunification: Overview of Policies and Practices", "Released: 10/2009 · 186 pp."),
        ("return.pdf", "Assisted Voluntary Return in Participating States", "Released: 06/2009 · 98 pp."),
    ]
    html = (
        "<html><body><h2>Secretariat publications</h2><ul>"
        + "".join(f"<li><a href='/p/{f}'><b>{t}</b></a><br>IGC Secretariat · {m}</li>" for f, t, m in items)
        + "</ul></body></html>"
    )
    doc = html_to_document(html.encode())
    pubs, _ = find_listings(doc.blocks, doc.title)
    assert sorted((p.title, p.publisher, str(p.date.start), p.date.precision) for p in pubs) == [
        ("Assisted Voluntary Return in Participating States", "IGC Secretariat", "2009-06-01", "month"),
        ("Family Reunification: Overview of Policies and Practices", "IGC Secretariat", "2009-10-01", "month"),
        ("Resettlement: Overview of Policies and Practices", "IGC Secretariat", "2009-03-01", "month"),
    ]


def test_a_cards_title_loses_its_label_and_quotes():
    """Round 31: 'Título: "Uroboros"' over a card's data: the title is "Uroboros"."""
    from mpdp_pipeline.extractors.html import html_to_document
    from mpdp_pipeline.extractors.listings import find_listings

    card = (
        '<section class="book"><h2>Título: "{t}"</h2><p>Autor(es): {a}<br>Editorial: RIEV<br>Páginas: 38</p></section>'
    )
    books = [
        ("Uroboros", "Ana Ruiz"),
        ("El Modelo V de evaluación", "Jorge González"),
        ("Evaluar la escuela", "Olivia Yáñez"),
    ]
    html = (
        "<html><head><title>Publicaciones</title></head><body><h1>Publicaciones</h1>"
        + "".join(card.format(t=t, a=a) for t, a in books)
        + "</body></html>"
    )
    doc = html_to_document(html.encode())
    pubs, _ = find_listings(doc.blocks, doc.title)
    assert sorted(p.title for p in pubs) == ["El Modelo V de evaluación", "Evaluar la escuela", "Uroboros"]


def test_a_documents_table_reads_month_figures_title_notes_and_semicolon_authors():
    """Round 32: "Fecha de publicación | Título | Tipo | Autor/Editor" rows: "2014-08" and "03.2010" are months,
    the title cell's "Editorial: OIM" and "También disponible en inglés" lines are no part of the title (the first
    gives the publisher), "Rodríguez, Mariela; Castañeda, José Luis" two authors; a sidebar's "Próximos eventos"
    and a newsletter sign-up box are no publications."""
    from mpdp_pipeline.extractors.html import html_to_document
    from mpdp_pipeline.extractors.listings import find_listings

    rows = [
        (
            "2014-08",
            "Estudio sobre migrantes retornados<br><small>Editorial: OIM. 118 páginas.</small>",
            "Informe",
            "Rodríguez, Mariela; Castañeda, José Luis",
        ),
        (
            "03.2010",
            "Guía de gestión consular<br><small>También disponible en inglés: Consular Guide</small>",
            "Guía",
            "Ana Pérez",
        ),
        ("noviembre de 2013", "Lineamientos regionales de protección", "Lineamientos", "Secretaría Técnica"),
    ]
    table = "".join(
        f"<tr><td>{d}</td><td><strong>{t}</strong></td><td>{k}</td><td>{a}</td></tr>" for d, t, k, a in rows
    )
    html = (
        "<html><head><title>Documentos y publicaciones</title></head><body><h1>Documentos y publicaciones</h1>"
        "<table><thead><tr><th>Fecha de publicación</th><th>Título</th><th>Tipo</th><th>Autor/Editor</th></tr></thead>"
        f"<tbody>{table}</tbody></table><aside><div><h3>Próximos eventos</h3><p><strong>XXI Reunión</strong><br>"
        "Tegucigalpa, 18 de junio de 2016</p></div><div><h3>Boletín electrónico</h3><p>Reciba las novedades de la CRM."
        "</p></div></aside></body></html>"
    )
    doc = html_to_document(html.encode())
    pubs, _ = find_listings(doc.blocks, doc.title)
    found = sorted((p.title, str(p.date.start) if p.date else None, p.authors, p.publisher) for p in pubs)
    assert found == [
        ("Estudio sobre migrantes retornados", "2014-08-01", ("Rodríguez, Mariela", "Castañeda, José Luis"), "OIM"),
        ("Guía de gestión consular", "2010-03-01", ("Ana Pérez",), None),
        ("Lineamientos regionales de protección", "2013-11-01", ("Secretaría Técnica",), None),  # a body as author
    ]


def test_a_cards_month_in_figures_dates_it():
    """Round 32: a card's "2012-06" date line, or "12.2009 · 412 pages · ISBN ..." meta line, is its month."""
    from mpdp_pipeline.extractors.html import html_to_document
    from mpdp_pipeline.extractors.listings import find_listings

    card = (
        '<div class="carte"><p class="type">{k}</p><h2>{t}</h2><p class="meta">{m}</p>'
        '<p><a href="x.pdf">PDF</a></p></div>'
    )
    cards = [
        ("Rapport", "Procédures d'asile dans les États participants", "12.2009 · 412 pages · ISBN 978-92-9068-551-0"),
        ("Fiche d'information", "Statistiques de l'asile 2010", "03.2011"),
        ("Fact Sheet", "The Remittance Corridor in Central America", "2012-06"),
    ]
    html = (
        "<html><head><title>Publications du Secrétariat</title></head><body><h1>Publications</h1>"
        + "".join(card.format(k=k, t=t, m=m) for k, t, m in cards)
        + "</body></html>"
    )
    doc = html_to_document(html.encode())
    pubs, _ = find_listings(doc.blocks, doc.title)
    assert sorted((p.title, str(p.date.start) if p.date else None) for p in pubs) == [
        ("Procédures d'asile dans les États participants", "2009-12-01"),
        ("Statistiques de l'asile 2010", "2011-03-01"),
        ("The Remittance Corridor in Central America", "2012-06-01"),
    ]


def test_a_numbered_bibliography_with_a_body_as_author_reads_each_entry_and_its_type(tmp_path):
    """Round 32: "1. IGC Secretariat. Title. Geneva: IGC, December 2012. 398 pp." under "A. Reports and Studies": a
    body as the author (its name the authors' list), the type the entry names before its heading's ("Research
    Paper" a working paper, "Information Note" a policy brief), and an imprint's month in figures ("Geneva,
    03.2011.")."""
    from fpdf import FPDF

    from mpdp_pipeline.isolation import parse_by_content_type

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 8, "Annex III: Publications of the Secretariat", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 8, "A. Reports and Studies", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    for entry in (
        "1. IGC Secretariat. Asylum Procedures: Report on Policies and Practices. Geneva: IGC, December 2012. 398 pp.",
        "2. Hallstrom, Karin and Pierre Duval. Labour Migration Schemes in IGC States. IGC Working Paper No. 3. "
        "Geneva, 03.2011. 56 pp.",
        "3. IGC Secretariat. Family Reunification in IGC Participating States. Information Note. June 2010.",
        "4. Van der Berg, Sanne. Integration Policies for Newcomers. Research Paper. Geneva: IGC, Mar 2007.",
    ):
        pdf.multi_cell(0, 5.2, entry, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    path = tmp_path / "annex.pdf"
    pdf.output(str(path))
    blocks = parse_by_content_type(path.read_bytes(), "application/pdf").blocks
    pubs, _ = find_publications(blocks, "en")
    got = sorted((p.title, p.authors, str(p.date.start) if p.date else None, p.publication_type) for p in pubs)
    assert got == [
        ("Asylum Procedures: Report on Policies and Practices", ("IGC Secretariat",), "2012-12-01", "report"),
        ("Family Reunification in IGC Participating States", ("IGC Secretariat",), "2010-06-01", "policy_brief"),
        ("Integration Policies for Newcomers", ("Van der Berg, Sanne",), "2007-03-01", "working_paper"),
        ("Labour Migration Schemes in IGC States", ("Hallstrom, Karin", "Pierre Duval"), "2011-03-01", "working_paper"),
    ]


def test_paragraphs_that_open_with_a_linked_title_read_its_byline_and_date(nlp):
    """Real listings of 2005-2009 sites: `<p><b><i><a>Title.</a></i> A and B. (June 2007)</b><br>[MPI/CIC]<br>
    abstract</p>` under year headings. The linked title, the byline (on its line or the next, "Edited, with an
    Introduction, by ..."), the date and a closing series label ("[MPI]") are the entry's fields; the abstract is
    none. "Library Practices and Concerns" after a sentence stop is part of a title, not a name."""
    from mpdp_pipeline.extractors.html import html_to_document

    page = (
        "<html><head><title>Publications</title></head><body><div id=main><h1>Publications</h1>"
        "<h3>2007</h3>"
        "<p><b><i><a href='/p/1.pdf'>Managing Labor Migration: Practices in Three States.</a></i> Demetrios "
        "Papademetriou and Kevin O'Neil. (June 2007)</b><br>[MPI/CIC]<br><br>This report compares the temporary "
        "worker programmes of three states and what they cost the employers who use them.</p>"
        "<p><b><i><a href='/p/2.pdf'>Usage and Assessment. Return Practices and Concerns.</a></i><br>Kathleen "
        "Newland. (March 2007)</b><br>[MPI]</p>"
        "<h3>2006</h3>"
        "<p><b><i><a href='/p/3.pdf'>Archiving Asylum Case Law: Studies from Seven States.</a></i></b><br>"
        "<b>Edited, with an Introduction, by Elizabeth Collett. (December 2006)</b><br>[MPI]</p>"
        "<p><b><a href='/p/4.pdf'>659 Tables on Admissions to the United States.</a> (November 2006)</b><br>"
        "[MPI/CIC]</p></div></body></html>"
    )
    doc = html_to_document(page.encode())
    ctx = DocumentContext("MPI", "d" * 64, "file:///p.html", "en", title=doc.title)
    rows = blocks_to_activities(doc.blocks, ctx, nlp)
    assert sorted((a.title.rstrip("."), a.authors, a.start_date, a.date_precision) for a in rows) == [
        ("659 Tables on Admissions to the United States", (), dt.date(2006, 11, 1), "month"),
        ("Archiving Asylum Case Law: Studies from Seven States", (), dt.date(2006, 12, 1), "month"),
        (
            "Managing Labor Migration: Practices in Three States",
            ("Demetrios Papademetriou", "Kevin O'Neil"),
            dt.date(2007, 6, 1),
            "month",
        ),
        ("Usage and Assessment. Return Practices and Concerns", ("Kathleen Newland",), dt.date(2007, 3, 1), "month"),
    ]


def test_a_cards_reference_line_is_dated_by_the_year_before_its_doi(nlp):
    """Round 31: collapsible cards, a title heading over "A Ruiz, B Chen <i>Journal</i> <b>2019</b> 10.1111/...":
    the year is the one before the DOI, not a figure of the DOI or of the volume."""
    from mpdp_pipeline.extractors.html import html_to_document

    cards = "".join(
        f"<li><article><h3><a href='#'>{title}</a></h3><div>{line}</div><p>{abstract}</p></article></li>"
        for title, line, abstract in (
            ("Return Migration in Central America", "A Ruiz, B Chen <i>Int. Migr.</i> <b>2019</b> 57 (3), "
             "10.1111/imig.12345.", "We follow returnees over two years."),
            ("Remittances and Schooling", "C Diaz and D Moreno, <i>World Dev.</i> 2016 88, 2010-2031, "
             "https://doi.org/10.1016/j.worlddev.2016.07.2015", "Remittances raise enrolment."),
        )
    )  # fmt: skip
    page = f"<html><head><title>Publications</title></head><body><div><ol>{cards}</ol></div></body></html>"
    doc = html_to_document(page.encode())
    ctx = DocumentContext("MPI", "d" * 64, "file:///p.html", "en", title=doc.title)
    rows = blocks_to_activities(doc.blocks, ctx, nlp)
    assert sorted((a.title, a.start_date, a.date_precision) for a in rows) == [
        ("Remittances and Schooling", dt.date(2016, 1, 1), "year"),
        ("Return Migration in Central America", dt.date(2019, 1, 1), "year"),
    ]


def test_french_citations_with_surnames_in_capitals():
    """Round 31: "NOM Prénom, NOM Prénom et NOM Prénom (sous la direction de). Titre. Éditeur, 2008. ISBN: ...": the
    names end at the editors' mark or the period after them; an ISBN is no publisher, "Presses" names one."""
    cite = parse_citation(
        "BÉLAND François, QUESNEL-VALLÉE Amélie et ROBERT Lionel (sous la direction de). Le privé dans la santé: "
        "Les discours et les faits. Les Presses de l'Université de Montréal, 480 pp., 2008. ISBN: 978-2-7606-2124-4."
    )
    assert cite is not None
    assert cite.authors == ("BÉLAND François", "QUESNEL-VALLÉE Amélie", "ROBERT Lionel")
    assert cite.title == "Le privé dans la santé: Les discours et les faits"
    assert cite.year.start == dt.date(2008, 1, 1)
    assert cite.publisher == "Les Presses de l'Université de Montréal"
    cite = parse_citation(
        "GODIN Gaston (Éd.), DE KONINCK Maria, SUÁREZ-HERRERA, José Carlos et McCUSKER Jane. La migration et la "
        "santé. Presses de l'Université Laval, Novembre 2012, 328p."
    )
    assert cite is not None
    assert cite.authors == ("GODIN Gaston", "DE KONINCK Maria", "SUÁREZ-HERRERA, José Carlos", "McCUSKER Jane")
    assert (cite.title, cite.year.start) == ("La migration et la santé", dt.date(2012, 11, 1))
    cite = parse_citation("DUBÉ Laurette, et autres. (sous la direction de). Obesity Prevention. UK: Elsevier, 2010.")
    assert cite is not None and cite.authors == ("DUBÉ Laurette",) and cite.title == "Obesity Prevention"


def test_iso_690_entries_with_a_body_or_surnames_in_capitals():
    """Round 232: a Spanish documentation centre's list in ISO 690 style: a body in capitals ("CONFERENCIA REGIONAL
    SOBRE MIGRACIÓN. Title. San José: ..., 2007.") and surnames in capitals split by semicolons, with "(comps.)"."""
    cite = parse_citation(
        "CONFERENCIA REGIONAL SOBRE MIGRACIÓN. Informe final del Seminario sobre Migración y Desarrollo. San José: "
        "Secretaría Técnica de la CRM, noviembre de 2008. 56 p."
    )
    assert cite is not None
    assert cite.authors == ("Conferencia Regional sobre Migración",)
    assert (cite.title, cite.year.start) == (
        "Informe final del Seminario sobre Migración y Desarrollo",
        dt.date(2008, 11, 1),
    )
    cite = parse_citation(
        "SOLÍS, Guillermo; PÉREZ, Ana Lucía (comps.). Compendio de legislación migratoria de los países miembros de la "
        "CRM. San José: Secretaría Técnica de la CRM, 2008. 302 p."
    )
    assert cite is not None
    assert cite.authors == ("SOLÍS, Guillermo", "PÉREZ, Ana Lucía")
    assert cite.title == "Compendio de legislación migratoria de los países miembros de la CRM"


def test_a_list_of_other_bodies_works_is_not_read_as_the_recipients(nlp):
    """Round 226 and 232: "Part C - Other documents held by the Secretariat library" / "The following are not IGC
    publications:" and "Documentos de referencia de otras organizaciones" over entries: none is the recipient's."""
    intro = [
        html("Publications", 0, "main > h2", kind="heading"),
        html("IGC Secretariat. Asylum Procedures. Geneva: IGC Secretariat, June 2009.", 1, "main > ul > li",
             heading="Publications", kind="list_item"),
        html("Other documents held by the Secretariat library", 2, "main > h2:nth-of-type(2)", kind="heading"),
        html("The following are not IGC publications:", 3, "main > p", heading="Other documents held by the "
             "Secretariat library"),
        html("ICMPD. Comparative Study on Best Practices in Irregular Migration. Vienna: ICMPD, 2009.", 4,
             "main > ul:nth-of-type(2) > li", heading="Other documents held by the Secretariat library",
             kind="list_item"),
        html("Documentos de referencia de otras organizaciones", 5, "main > h2:nth-of-type(3)", kind="heading"),
        html("ORGANIZACIÓN INTERNACIONAL PARA LAS MIGRACIONES. Informe sobre las migraciones en el mundo 2008. "
             "Ginebra: OIM, 2008.", 6, "main > ul:nth-of-type(3) > li",
             heading="Documentos de referencia de otras organizaciones", kind="list_item"),
    ]  # fmt: skip
    ctx = DocumentContext("IGC", "d" * 64, "library.html", "en")
    titles = [a.title for a in blocks_to_activities(intro, ctx, nlp)]
    assert titles == ["Asylum Procedures"]


def test_a_newsletters_box_of_works_each_a_kicker_a_title_and_a_month_then_byline_line(nlp):
    """Round 228: a printed "New Publications" box: "REPORT" over "Immigrant Workers in the Recovery ..." over "March
    2011 By Madeleine Summers Tracks job changes ...": the month first, then the byline, then the blurb; an editor's
    line runs into the imprint ("April 2011 Edited by A and B Washington, DC: Migration Policy Institute")."""
    works = [
        ("REPORT", "Immigrant Workers in the Recovery: Occupational Mobility since 2009",
         "March 2011 By Madeleine Summers Tracks job changes among immigrant and native-born workers."),
        ("POLICY BRIEF", "Secure Communities and Local Policing: Early Outcomes",
         "February 2011 By Marcus Rosen and Lena Whitcombe Examines the first two years of the program."),
        ("BOOK", "Immigration Policy in Hard Times: A Transatlantic Assessment",
         "April 2011 Edited by Demetrios G. Papademetriou and Aaron Terranova Washington, DC: Migration Policy "
         "Institute"),
    ]  # fmt: skip
    blocks = [Block("New Publications", kind="heading", order=0, page=2, locator="54,77,169,88")]
    for i, (kicker, title, line) in enumerate(works):
        top = 100 + 90 * i
        blocks += [
            Block(kicker, kind="heading", order=3 * i + 1, page=2, locator=f"65,{top},96,{top + 6}", heading=title),
            Block(title, kind="heading", order=3 * i + 2, page=2, locator=f"65,{top + 11},227,{top + 33}"),
            Block(line, kind="paragraph", order=3 * i + 3, page=2, locator=f"65,{top + 36},261,{top + 79}",
                  heading=title),
        ]  # fmt: skip
    ctx = DocumentContext("MPI", "d" * 64, "update.pdf", "en")
    rows = {a.title: a for a in blocks_to_activities(blocks, ctx, nlp)}
    assert set(rows) == {w[1] for w in works}
    assert rows[works[0][1]].authors == ("Madeleine Summers",)
    assert rows[works[1][1]].start_date == dt.date(2011, 2, 1)
    assert rows[works[2][1]].authors == ("Demetrios G. Papademetriou", "Aaron Terranova")
    assert rows[works[0][1]].kind == "report"


def test_a_printed_table_of_works_with_titles_in_two_languages(nlp):
    """Round 226: "No. | English title | Titre français | Date | Type" in an English PDF: the English title, or the
    French one where the English cell only points to another entry ("French edition of No. 2, issued separately");
    the rows of one printed table are one table whatever their type labels ("Overview", "Study"). A table of
    meetings and the papers each left ("Meeting | Place | Date | Documents") is no listing of works."""
    header = ("No.", "English title", "Titre français", "Date", "Type")
    rows = [
        ("1", "Asylum Procedures: Report on Policies and Practices", "Procédures d'asile : rapport sur les politiques",
         "June 2009", "Report"),
        ("2", "Integration of Resettled Refugees: Good Practices", "L'intégration des réfugiés réinstallés",
         "2009", "Study"),
        ("3", "French edition of No. 1, issued separately", "Rapport sur le retour : politiques et pratiques",
         "March 2009", "Report (French edition)"),
    ]  # fmt: skip
    blocks = [Block("List of Publications", kind="heading", order=0, page=1, locator="187,67,407,104")]
    for i, cells in enumerate(rows):
        top = 216 + 40 * i
        box = f"56,{top},538,{top + 40}"
        blocks.append(Block(" | ".join(cells), kind="table_row", order=i + 1, page=1, locator=box, cells=cells,
                            header=header, heading="List of Publications"))  # fmt: skip
    meetings = ("Meeting / Réunion", "Place / Lieu", "Date", "Documents")
    for i, cells in enumerate([("Steering Group", "Geneva", "17 November 2008", "Summary of conclusions"),
                               ("Full Round", "Stockholm", "4-5 June 2009", "Agenda; Chair's summary")]):  # fmt: skip
        top = 100 + 20 * i
        box = f"56,{top},539,{top + 14}"
        blocks.append(Block(" | ".join(cells), kind="table_row", order=10 + i, page=2, locator=box, cells=cells,
                            header=meetings, heading="Part B - Meetings"))  # fmt: skip
    ctx = DocumentContext("IGC", "d" * 64, "list.pdf", "en", title="IGC List of Publications 2007-2009")
    found = {(a.kind, a.title) for a in blocks_to_activities(blocks, ctx, nlp)}
    assert {t for k, t in found if k in ("report", "publication")} == {rows[0][1], rows[1][1], rows[2][2]}
    assert {t for k, t in found if k not in ("report", "publication")} == {"Steering Group", "Full Round"}


def test_a_working_paper_series_of_number_title_byline_and_date_lines(nlp):
    """Round 33: a series page whose records are four `div`s, "Doc Nº 5" / title / authors / "Noviembre de 2014",
    under "Serie 2014" headings: the number is no title; a title may close with a period and name years; a byline
    over a date line may hold a name of four plain words, close with a period or be read as names where the title
    reads as names too ("San Martín, Ciudad de la Tradición y Capital de la Industria")."""
    from mpdp_pipeline.extractors.html import html_to_document

    records = (
        ("Doc Nº 5", "Presidencia dominante y oposición fragmentada. Néstor y Cristina Kirchner (2003-2011).",
         "María Matilde Ollier", "Noviembre de 2014"),
        ("Doc Nº 4", "San Martín, Ciudad de la Tradición y Capital de la Industria", "Nerina Visacovsky",
         "Octubre de 2007"),
        ("Doc Nº 3", "Sobredosis de incertidumbre: representación mayoritaria en México.",
         "Juan Manuel Abal Medina y Ernesto Calvo.", "Agosto de 2001"),
        ("Doc Nº 2", "Algunas reflexiones acerca del Estado.", "Guillermo O´Donnell", "Diciembre de 2007"),
    )  # fmt: skip
    body = "".join(
        f"<div style='padding:10px'><div><a href='d{n}.pdf'><strong>{n}</strong></a></div><div>{t}</div>"
        f"<div>{a}</div><div>{d}</div></div>"
        for n, t, a, d in records
    )
    page = (
        "<html lang='es'><head><title>Escuela de Política</title></head><body><div id=contenido>"
        f"<h1>documentos de trabajo</h1><p>Textos producidos por investigadores.</p><h2>Serie 2014</h2>{body}"
        "</div></body></html>"
    )
    doc = html_to_document(page.encode())
    ctx = DocumentContext("RCM", "d" * 64, "file:///p.html", "es", title=doc.title)
    rows = blocks_to_activities(doc.blocks, ctx, nlp)
    assert sorted((a.title.rstrip("."), a.authors, a.start_date) for a in rows) == [
        ("Algunas reflexiones acerca del Estado", ("Guillermo O´Donnell",), dt.date(2007, 12, 1)),
        (
            "Presidencia dominante y oposición fragmentada. Néstor y Cristina Kirchner (2003-2011)",
            ("María Matilde Ollier",),
            dt.date(2014, 11, 1),
        ),
        ("San Martín, Ciudad de la Tradición y Capital de la Industria", ("Nerina Visacovsky",), dt.date(2007, 10, 1)),
        (
            "Sobredosis de incertidumbre: representación mayoritaria en México",
            ("Juan Manuel Abal Medina", "Ernesto Calvo"),
            dt.date(2001, 8, 1),
        ),
    ]


def test_a_bio_pages_citations_open_with_their_type_label(nlp):
    """Round 34: an expert's "Selected Publications", each item opening with a type badge ("Journal Article",
    "Report") before a Chicago citation: the label is no author, and it types the entry; "Testimony before the
    House Judiciary Subcommittee ..., Washington, DC, March 3, 2010" is an event of its own kind (other)."""
    from mpdp_pipeline.extractors.html import html_to_document

    items = (
        "<li><span class='pub-type'>Journal Article</span> Ellison, Catherine, and Daniel Voss. “Circular Migration "
        "and Development: Evidence from Western Mexico.” <em>Journal of Comparative Migration Studies</em> 12, no. 2 "
        "(June 2010): 145-72.</li>"
        "<li><span class='pub-type'>Report</span> Ellison, Catherine, and Marc Brenner. <em>Managing Temporary Labor "
        "Migration: Lessons from Canada and Spain</em>. Washington, DC: Migration Policy Institute, September 2010."
        "</li>"
    )
    page = (
        "<html><head><title>Catherine Ellison | Migration Policy Institute</title></head><body><main>"
        f"<h2>Selected Publications</h2><ul>{items}</ul><h2>Recent Testimony and Events</h2><ul><li>Testimony "
        "before the House Judiciary Subcommittee on Immigration, Washington, DC, March 3, 2010</li><li>Speaker, MPI "
        "webinar on labor migration, June 8, 2010</li></ul></main></body></html>"
    )
    doc = html_to_document(page.encode())
    ctx = DocumentContext("MPI", "d" * 64, "file:///b.html", "en", title=doc.title)
    rows = {a.title: a for a in blocks_to_activities(doc.blocks, ctx, nlp)}
    article = rows["Circular Migration and Development: Evidence from Western Mexico"]
    assert article.authors == ("Catherine Ellison", "Daniel Voss") and article.publication_type == "article"
    report = rows["Managing Temporary Labor Migration: Lessons from Canada and Spain"]
    assert report.publication_type == "report" and report.start_date == dt.date(2010, 9, 1)
    testimony = next(a for t, a in rows.items() if t.startswith("Testimony before the House"))
    assert (testimony.kind, testimony.start_date) == ("other", dt.date(2010, 3, 3))


def test_a_newsletters_one_column_table_of_cards_gives_each_card(nlp):
    """A newsletter's "New from MPI" box: a table of one column, each cell a card in `<br>` lines (a type and
    date line or a bare type label, the linked title, the byline with or without "By", a teaser). Every card is a
    publication, the first row no table header; a series in capitals is no author; "(Publisher, 2006)" closing
    a byline is the book's publisher and year."""
    from mpdp_pipeline.extractors.html import html_to_document

    MPI = "Migration Policy Institute"

    cards = (
        ("REPORT &middot; NOVEMBER 2006", "Measures of Change: Adolescent English Learners", "Ana Ruiz and Tom Fix"),
        ("POLICY BRIEF, NO. 18 &middot; DECEMBER 2006", "Border Enforcement after the Fence Act", "By Deborah Meyers"),
        (
            "BOOK",
            "Europe and Its Immigrants",
            "Edited by Demetrios G. Papademetriou (Migration Policy Institute, 2006)",
        ),
        ("MIGRATION INFORMATION SOURCE &middot; December 1, 2006", "Canada at a Crossroads", "Julia Gelatt"),
    )
    rows = "".join(
        f"<tr><td><span>{meta}</span><br /><a href='/p/{i}.pdf'>{title}</a><br />{byline}<br />"
        "This paper looks at what changed. It closes with options for reform.</td></tr>"
        for i, (meta, title, byline) in enumerate(cards)
    )
    page = f"<html><body><p>NEW FROM MPI</p><table>{rows}</table></body></html>"
    doc = html_to_document(page.encode())
    ctx = DocumentContext("MPI", "d" * 64, "file:///update.html", "en", title=doc.title)
    found = sorted((a.title, a.authors, a.start_date, a.publisher) for a in blocks_to_activities(doc.blocks, ctx, nlp))
    assert found == [
        ("Border Enforcement after the Fence Act", ("Deborah Meyers",), dt.date(2006, 12, 1), MPI),
        ("Canada at a Crossroads", ("Julia Gelatt",), dt.date(2006, 12, 1), MPI),
        ("Europe and Its Immigrants", ("Demetrios G. Papademetriou",), dt.date(2006, 1, 1), MPI),
        ("Measures of Change: Adolescent English Learners", ("Ana Ruiz", "Tom Fix"), dt.date(2006, 11, 1), MPI),
    ]  # the box's works are the house's, which one card names


def test_a_works_title_keeps_its_article_a_bodys_name_does_not(nlp):
    """ "The Adult English Learner Population ..." is the work's title as printed; "the Steering Group" in the
    sentence beside it is a body named with the sentence's article."""
    from mpdp_pipeline.extractors.html import html_to_document

    page = (
        "<html><body><h2>Recent publications</h2><ul>"
        "<li><a href='/r/1'>The Adult English Learner Population and the Workforce Act</a>. By Margie McHugh and "
        "Sarah Hooker. April 2013.</li>"
        "<li><a href='/r/2'>Les procédures d'asile accélérées en Europe</a>. Par Anne Dupont. Mai 2013.</li>"
        "</ul><h2>News</h2><p>The Steering Group met in Geneva on 14 May 2013.</p></body></html>"
    )
    doc = html_to_document(page.encode())
    ctx = DocumentContext("IGC", "d" * 64, "file:///p.html", "en", title=doc.title)
    titles = sorted(a.title for a in blocks_to_activities(doc.blocks, ctx, nlp))
    assert titles == [
        "Les procédures d'asile accélérées en Europe",
        "Steering Group",
        "The Adult English Learner Population and the Workforce Act",
    ]


def test_a_listed_reports_issuing_body_after_a_comma_is_its_publisher(nlp):
    """ "Rapport annuel des IGC 2011-2012, Secrétariat des IGC, septembre 2012." in a report's publications list:
    the title ends at the comma before the body that issued it."""
    from mpdp_pipeline.extractors.html import html_to_document

    page = (
        "<html><body><h2>Publicaciones</h2><ul>"
        "<li>Informe anual de la Presidencia Pro Tempore 2008-2009, Secretaría Técnica, junio de 2009.</li>"
        "</ul></body></html>"
    )
    doc = html_to_document(page.encode())
    ctx = DocumentContext("RCM", "d" * 64, "file:///p.html", "es", title=doc.title)
    [a] = blocks_to_activities(doc.blocks, ctx, nlp)
    assert (a.title, a.publisher, a.start_date) == (
        "Informe anual de la Presidencia Pro Tempore 2008-2009",
        "Secretaría Técnica",
        dt.date(2009, 6, 1),
    )


def test_authors_come_out_in_natural_order(nlp):
    """An author-date citation inverts only its first name ("Carrera, Ana, and Thomas Whitfield"): every author
    comes out as a reader says the name, so one person is one string across documents; initials keep their stop."""
    from mpdp_pipeline.extractors.citations import natural_order

    blocks = [
        Block("Selected Publications 2008", kind=BlockKind.HEADING),
        Block(
            "Carrera, Ana, and Thomas Whitfield. 2008. Beyond the Border: Migration Enforcement in North America. "
            "Washington, DC: Migration Policy Institute.",
            heading="Selected Publications 2008",
        ),
    ]
    [pub] = blocks_to_activities(blocks, DocumentContext("MPI", "d" * 64, "file:///ar.pdf", "en"), nlp)
    assert pub.authors == ("Ana Carrera", "Thomas Whitfield")
    assert natural_order("Papademetriou, Demetrios G") == "Demetrios G. Papademetriou"
    assert natural_order("King, Jr.") == "King, Jr."


def test_list_items_led_by_type_and_date_beside_the_meetings_own_papers(nlp):
    """A meeting's page: "Meeting Documents" (agenda, list of participants) and "Related Publications", whose
    items open with "Report · September 2011" (or "Book · 2011") over the linked title and the byline. The
    publications are read with their type, date and authors; the meeting's papers are none."""
    from mpdp_pipeline.extractors.html import html_to_document

    page = (
        "<html><body><h1>Sixth Plenary Meeting</h1><h2>Meeting Documents</h2><ul>"
        "<li><a href='/a.pdf'>Final agenda</a> (PDF)</li><li><a href='/p.pdf'>List of participants</a> (PDF)</li>"
        "</ul><h2>Related Publications</h2><ul>"
        "<li><span>Report</span> &middot; <span>September 2011</span><br><a href='/r/1'>National Identity in an "
        "Age of Migration</a><br><span>By Hanna Bergmann and Julian Moreau</span></li>"
        "<li><span>Policy Brief</span> &middot; <span>August 2011</span><br><a href='/r/2'>Citizenship Tests in "
        "Europe</a><br><span>By Karen O'Donnell</span></li>"
        "<li><span>Book</span> &middot; <span>2011</span><br><a href='/r/3'>Identity and Belonging</a><br>"
        "<span>Edited by Maria Kovács and Peter Lindahl</span></li></ul></body></html>"
    )
    doc = html_to_document(page.encode())
    ctx = DocumentContext("MPI", "d" * 64, "file:///tcm.html", "en", title=doc.title)
    found = sorted(
        (a.title, a.authors, a.start_date, a.date_precision) for a in blocks_to_activities(doc.blocks, ctx, nlp)
    )
    assert found == [
        ("Citizenship Tests in Europe", ("Karen O'Donnell",), dt.date(2011, 8, 1), "month"),
        ("Identity and Belonging", ("Maria Kovács", "Peter Lindahl"), dt.date(2011, 1, 1), "year"),
        ("National Identity in an Age of Migration", ("Hanna Bergmann", "Julian Moreau"), dt.date(2011, 9, 1), "month"),
    ]


def test_cards_under_a_year_section_with_semicolon_bylines(nlp):
    """Cards titled by `h3` in sections headed "<h2>2025</h2>": each takes its section's year (the heading just
    above a card is the card before's title). A byline "Surname, Given; Surname, Given" is two people; a venue
    line that is a type label ("Working Paper") is no byline."""
    from mpdp_pipeline.extractors.html import html_to_document

    cards = {
        "2025": [
            ("Artículo", "Housing policy in Latin America", "Vergara, Francisco; Hidalgo, Rodrigo", "Housing Studies"),
            ("Documento de trabajo", "New financial frontiers in housing", "Vergara, Francisco; Aguirre, Carlos",
             "Working Paper"),
        ],
        "2024": [("Artículo", "Lefebvre revisitado", "De Mattos, Carlos A.; Link, Felipe", "Revista EURE")],
    }  # fmt: skip
    sections = "".join(
        f"<section><h2>{year}</h2>"
        + "".join(f"<article><span>{k}</span><h3>{t}</h3><p>{a}</p><p>{v}</p></article>" for k, t, a, v in items)
        + "</section>"
        for year, items in cards.items()
    )
    page = f"<html><head><title>Publicaciones</title></head><body><main><h1>Publicaciones</h1>{sections}</main></body>"
    doc = html_to_document(page.encode())
    ctx = DocumentContext("OTHER", "d" * 64, "file:///publicaciones.html", "es", title=doc.title)
    found = sorted((a.title, a.start_date, a.authors) for a in blocks_to_activities(doc.blocks, ctx, nlp))
    assert found == [
        ("Housing policy in Latin America", dt.date(2025, 1, 1), ("Francisco Vergara", "Rodrigo Hidalgo")),
        ("Lefebvre revisitado", dt.date(2024, 1, 1), ("Carlos A. De Mattos", "Felipe Link")),
        ("New financial frontiers in housing", dt.date(2025, 1, 1), ("Francisco Vergara", "Carlos Aguirre")),
    ]


def test_a_cards_label_line_gives_its_day_or_month_and_the_year_heading_its_year(nlp):
    """Round 64 (written, dev): "<span>Report</span> <span>June 14</span>" over a card's title, in a section headed
    "2011": the work is of 14 June 2011; "Fact Sheet May" is of May 2011; a card with no day keeps the year alone."""
    from mpdp_pipeline.extractors.html import html_to_document

    def card(label: str, when: str, title: str) -> str:
        return f"<li><span>{label}</span> <span>{when}</span><h3><a href='/r'>{title}</a></h3><p>By Ana Ruiz</p></li>"

    page = (
        "<html><head><title>Publications</title></head><body><main><h1>Publications</h1><h2>2011</h2><ul>"
        + card("Report", "June 14", "Skilled Selection After the Points Reform")
        + card("Fact Sheet", "May", "Refugee Arrivals by State")
        + "</ul><h2>2010</h2><ul>"
        + card("Policy Brief", "", "Border Metrics That Matter")
        + "</ul></main></body></html>"
    )
    doc = html_to_document(page.encode())
    ctx = DocumentContext("MPI", "d" * 64, "file:///publications.html", "en", title=doc.title)
    found = sorted((a.start_date, a.end_date, a.title) for a in blocks_to_activities(doc.blocks, ctx, nlp))
    assert found == [
        (dt.date(2010, 1, 1), dt.date(2010, 12, 31), "Border Metrics That Matter"),
        (dt.date(2011, 5, 1), dt.date(2011, 5, 31), "Refugee Arrivals by State"),
        (dt.date(2011, 6, 14), dt.date(2011, 6, 14), "Skilled Selection After the Points Reform"),
    ]


def test_a_list_of_works_set_title_first_then_authors_by_initials():
    """Real publication list (round 58, dev): "<b>Title</b> A. Ruiz, T. Beck, and M. L. Okafor, Phys. Rev. B 93,
    235146 (2016)": the title first, the authors by their initials, the year in brackets after the venue; a preprint
    ("arXiv: 1803.06574") has no year."""
    body = (
        "<h1>Publications</h1><div>"
        "<li><b>Many-body localization without disorder</b> A. Ruiz, T. Beck, and M. L. Okafor, Phys. Rev. Lett. "
        "119, 176601 (2017)</li>"
        "<li><b>Quantum simulators with ultracold atoms</b> T. Beck and A. Ruiz, arXiv: 1803.06574</li>"
        "<li><b>Spin liquids</b> M. L. Okafor, J. T. Chalker, and A. Ruiz, Phys. Rev. B 93, 235146 (2016)</li></div>"
    )
    assert _listing(body) == [
        ("Many-body localization without disorder", 2017),
        ("Quantum simulators with ultracold atoms", None),
        ("Spin liquids", 2016),
    ]


def test_a_cards_row_of_pills_dates_it_by_the_pill_that_is_a_year(nlp):
    """ "<span>Ciencia política</span><span>2025</span><span>DT-2025-01</span><span>En revisión</span>" over the
    card's title: one meta line whose year pill dates the card."""
    from mpdp_pipeline.extractors.html import html_to_document

    cards = "".join(
        f"<article><div><span>{area}</span><span>{year}</span><span>DT-{year}-0{i}</span><span>Publicado</span></div>"
        f"<h4>{title}</h4><p>Un análisis con datos administrativos.</p><p><b>Autores:</b> Equipo CIRCPyCS</p></article>"
        for i, (area, year, title) in enumerate(
            [("Ciencia política", 2025, "Votación nominal y desempeño legislativo"),
             ("Instituciones", 2025, "Compras abiertas y eficiencia del gasto"),
             ("Economía", 2024, "Monotributo digital y formalización")], start=1)
    )  # fmt: skip
    page = f"<html><head><title>Documentos de trabajo</title></head><body><main><div>{cards}</div></main></body></html>"
    doc = html_to_document(page.encode())
    ctx = DocumentContext("OTHER", "d" * 64, "file:///dt.html", "es", title=doc.title)
    found = sorted((a.title, a.start_date) for a in blocks_to_activities(doc.blocks, ctx, nlp))
    assert found == [
        ("Compras abiertas y eficiencia del gasto", dt.date(2025, 1, 1)),
        ("Monotributo digital y formalización", dt.date(2024, 1, 1)),
        ("Votación nominal y desempeño legislativo", dt.date(2025, 1, 1)),
    ]


def test_a_publication_lines_date_may_come_first(nlp):
    """A Spanish list under "Publicaciones": "15/03/2018 <a>Title</a> Informe", the date first and the type label
    last; the title is what lies between."""
    page = (
        "<html><body><h1>Publicaciones</h1><ul>"
        '<li><span>15/03/2018</span> <a href="/p/1">Informe sobre las Migraciones en el Mundo 2018</a> Informe</li>'
        '<li><span>02/11/2017</span> <a href="/p/2">Guía para la protección de personas migrantes</a> Guía</li>'
        "</ul></body></html>"
    )
    found = sorted((a.start_date, a.kind, a.title) for a in _read_page(page, nlp, "es").values())
    assert found == [
        (dt.date(2017, 11, 2), "publication", "Guía para la protección de personas migrantes"),
        (dt.date(2018, 3, 15), "report", "Informe sobre las Migraciones en el Mundo 2018"),
    ]


def test_title_authors_and_imprint_lines_under_year_headings(nlp):
    """ "<p><strong>Title</strong><br>Author<br>Genève : Centre d'études, 2016</p>": a single author, and the
    imprint line gives the year and the publisher."""
    page = (
        "<html><body><h1>Publications</h1><h2>2016</h2>"
        "<p><strong>Les migrations de travail en Afrique de l'Ouest</strong><br>Marie Dupont, Jean Martin<br>"
        "Paris : Karthala, 2016</p>"
        "<p><strong>Asile et protection internationale : enjeux actuels</strong><br>Paul Bernard<br>"
        "Genève : Centre d'études, 2016</p></body></html>"
    )
    found = sorted((a.title[:10], a.authors, a.publisher) for a in _read_page(page, nlp, "fr").values())
    assert found == [("Asile et p", ("Paul Bernard",), "Centre d'études"),
                     ("Les migrat", ("Marie Dupont", "Jean Martin"), "Karthala")]  # fmt: skip


def test_a_documents_page_lists_works_by_their_bracketed_year_and_leaves_out_meeting_papers(nlp):
    """Round 39: a body's "Publicaciones" list group: a type label, the title closing with its year in brackets
    ("(2014)"), a labelled byline before a download button ("Autores: A, B y C. Descargar PDF"), an upload stamp
    ("Subido el 12/05/2014") that dates no work. The meeting papers the page lists beside them (a declaration, an
    act, the record of a meeting) are no publications."""
    card = (
        '<div class="list-group-item"><span class="label">{label}</span><h4>{title} <span>({year})</span></h4>'
        '<p>{line} <a href="/f.pdf" class="btn">Descargar PDF</a></p></div>'
    )
    cards = [
        ("Informe", "Informe regional sobre niñez migrante no acompañada", 2014, "Secretaría Técnica. Subido el "
         "12/05/2014."),
        ("Estudio", "Estudio sobre el perfil de las personas migrantes retornadas", 2013, "Autores: José Ortiz, "
         "Silvia Marín y Carlos Ugalde."),
        ("Declaración", "Declaración de la XVIII Reunión Viceministerial de la CRM", 2013, "Adoptada el 27 de junio de "
         "2013."),
        ("Acta", "Acta de la Reunión del Grupo Regional de Consulta sobre Migración", 2012, "Ciudad de Panamá."),
        ("Memoria", "Memoria del Seminario sobre Migración y Salud", 2008, ""),
        ("Manual", "Manual de buenas prácticas en materia de retorno asistido", 2011, "Elaborado por Mariela Fonseca "
         "Quesada."),
    ]  # fmt: skip
    body = "".join(card.format(label=a, title=t, year=y, line=line) for a, t, y, line in cards)
    page = f"<html lang=es><head><title>Publicaciones | CRM</title></head><body><main><h1>Publicaciones</h1>{body}"
    rows = _read_page(page + "</main></body></html>", nlp, "es")
    assert sorted((title, str(a.start_date), a.date_precision, a.authors) for title, a in rows.items()) == [
        ("Estudio sobre el perfil de las personas migrantes retornadas", "2013-01-01", "year",
         ("José Ortiz", "Silvia Marín", "Carlos Ugalde")),
        ("Informe regional sobre niñez migrante no acompañada", "2014-01-01", "year", ()),
        ("Manual de buenas prácticas en materia de retorno asistido", "2011-01-01", "year",
         ("Mariela Fonseca Quesada",)),
    ]  # fmt: skip


def test_an_agency_page_of_year_sections_resources_and_dated_report_lines():
    """Round 39, real listings: a page of year sections, each one APA citation and its summary bullet, is a reference
    list though no run of three stands together; a resources page's sections, a heading over a description that
    closes with its file's button ("... (PDF)"), are its works; a reports page's lines that open with their day and
    close with the report's number ("02-21-2007: Title (A-07-06-03084)") are its reports, dated that day."""
    years = "".join(
        f"<h2>{year}</h2><p>Lee, A., &amp; Park, J. ({year}). {title}. <i>Journal of Policy</i>, 3(2), 1–9.</p>"
        f"<ul><li>This study tested whether letters raise take-up among eligible households.</li></ul>"
        for year, title in (
            (2025, "Communicating program eligibility: a field experiment"),
            (2024, "Interventions to increase enrollment: a meta-analysis"),
            (2023, "Reminders for primary care providers: a cluster trial"),
        )
    )
    assert _listing(years, title="Academic publications") == [
        ("Communicating program eligibility: a field experiment", 2025),
        ("Interventions to increase enrollment: a meta-analysis", 2024),
        ("Reminders for primary care providers: a cluster trial", 2023),
    ]
    guides = "".join(
        f"<h3>{title}</h3><p>This guidance paper explains our preferred methods in some detail for evaluators.<br>"
        f'<a class="button" href="/f.pdf">{title} (PDF)</a></p>'
        for title in (
            "Reporting Statistical Results in Text",
            "Blocking in Randomized Evaluations",
            "Effect Size Guide",
        )
    )
    assert _listing(f"<h2>Statistical Analysis Resources</h2>{guides}", title="Evaluation Resources") == [
        ("Blocking in Randomized Evaluations", None),
        ("Effect Size Guide", None),
        ("Reporting Statistical Results in Text", None),
    ]
    reports = (
        "<h2>2007</h2><dl><dt>02-21-2007</dt><dd><a href='/r1'>Resolution of Audit Recommendations</a> "
        "<cite>(A-07-06-03084)</cite></dd></dl><h2>1998</h2><dl><dt>09-14-1998</dt><dd><a href='/r2'>Safeguarding "
        "Long Term Care Residents</a> <cite>(A-12-97-00003)</cite></dd><dt>05-27-1998</dt><dd><a href='/r3'>Review "
        "of Elder Abuse Procedures</a> (A-05-97-00010)</dd></dl>"
    )
    assert _listing(reports, title="Audit Reports | Reports & Publications") == [
        ("Resolution of Audit Recommendations", 2007),
        ("Review of Elder Abuse Procedures", 1998),
        ("Safeguarding Long Term Care Residents", 1998),
    ]


def test_names_with_their_initials_in_a_comma_list_and_vancouver_initials_with_periods():
    """Round 39: "JP. Micaëlli, E. Bonjour, Title, In ..." lists both names before the title; "Mehrabani Golzar
    M. R., Chery O., Boly V. Title, ..." is a Vancouver list whose initials keep their periods."""
    cite = parse_citation("JP. Micaëlli, E. Bonjour, Design Structure Matrices for Managers, In Trends, 2011.")
    assert cite is not None and cite.authors == ("JP. Micaëlli", "E. Bonjour")
    cite = parse_citation("Mehrabani Golzar M. R., Chery O., Boly V. Evaluation du potentiel urbain. Marché et "
                          "organisations, 2013.")  # fmt: skip
    assert cite is not None and cite.authors == ("Mehrabani Golzar M. R", "Chery O", "Boly V")
    assert cite.title == "Evaluation du potentiel urbain"


def test_a_committees_linked_files_less_the_slides_and_recordings_of_its_workshops():
    """Round 37, real listings: "Recent publications and presentations", a list of links to files: "Title (2019)"
    is the work of 2019, "Title (September 10, 2021)" dated that day; the slides, the recording and the
    presentation of a workshop are no works; a title of capitalised words before its year in brackets ("Data Quality
    Assessment Tool for Administrative Data (2013)") is a title, not a body as author."""
    items = (
        ("ws-slides.pdf", "Leveraging the Framework Workshop Slides (September 10, 2021)"),
        ("ws.m4v", "Leveraging the Framework Workshop Recording (September 10, 2021)"),
        ("framework.pdf", "A Framework for Data Quality"),
        ("framework-talk.pdf", "A Framework for Data Quality (November 2020 presentation)"),
        ("transparent.pdf", "Transparent Reporting for Integrated Data Quality (2019)"),
        ("progress.pdf", "Transparent Quality Reporting: A Progress Report (2018)"),
        ("tool.pdf", "Data Quality Assessment Tool for Administrative Data (2013)"),
    )
    links = "".join(f'<li><a href="/files/{href}">{text}</a></li>' for href, text in items)
    body = (
        f"<h2>Overview</h2><p>This subcommittee recommends practices.</p><h3>Recent publications and "
        f"presentations:</h3><ul>{links}</ul><p>DISCLAIMER: Materials posted on this page are released to inform "
        f"interested parties of research and to encourage discussion.</p>"
    )
    assert _listing(body, title="Data Quality Subcommittee") == [
        ("A Framework for Data Quality", None),
        ("Data Quality Assessment Tool for Administrative Data", 2013),
        ("Transparent Quality Reporting: A Progress Report", 2018),
        ("Transparent Reporting for Integrated Data Quality", 2019),
    ]


def test_a_ministrys_cards_of_yearly_editions_with_file_sizes_and_access_buttons():
    """Round 37, real listings: a ministry's card grid: "Informe de inserción laboral (PDF 3,31 MB)" is titled without
    its file's size, its button "ACCESO A LA INFOGRAFÍA" names no author, and the same title published in 2019 and
    in 2021 is two editions, two publications."""
    card = (
        '<div class="card"><h5 class="card-title">{title}</h5><p class="text">Fecha de publicación: {date}.</p>'
        '<a class="btn" href="/f">ACCESO A LA INFOGRAFÍA</a></div>'
    )
    body = "".join(
        card.format(title=t, date=d)
        for t, d in (
            ("Informe de inserción laboral de los egresados universitarios (PDF 3,31 MB)", "6 de abril de 2021"),
            ("Informe de inserción laboral de los egresados universitarios (3,31 MB)", "4 de julio de 2019"),
            ("Datos y cifras del Sistema Universitario Español", "6 de abril de 2021"),
        )
    )
    from mpdp_pipeline.extractors.html import html_to_document

    doc = html_to_document(f"<html lang=es><title>Publicaciones e informes</title><body>{body}</body></html>".encode())
    pubs, _ = find_publications(doc.blocks, language=doc.language, title=doc.title)
    assert sorted((p.title, p.date.start.year, p.authors) for p in pubs) == [
        ("Datos y cifras del Sistema Universitario Español", 2021, ()),
        ("Informe de inserción laboral de los egresados universitarios", 2019, ()),
        ("Informe de inserción laboral de los egresados universitarios", 2021, ()),
    ]


def test_a_reports_pages_sections_with_result_tallies_and_same_named_reports_of_two_days():
    """Round 39, real listings: an office's reports page, a section per series with its search tally ("2 results",
    "8 results") over links to files: the tally is no field of a work; "Information Quality (Oct 2 2002)" and
    "Information Quality (July 8 2002)" are two reports, each its day in brackets (no posting note)."""
    body = (
        "<h2>Information Quality Reports</h2><p>2 results</p>"
        '<p><a href="/d/iq-oct.pdf">Information Quality (Oct 2 2002)</a></p>'
        '<p><a href="/d/iq-jul.pdf">Information Quality (July 8 2002)</a></p>'
        "<h2>Other Reports</h2><p>8 results</p>"
        '<p><a href="/d/lapse.pdf">OSC Lapse Plan September 2025</a></p>'
        '<p><a href="/d/adr.docx">ADR Mediation Survey Follow-Up</a></p>'
    )
    assert _listing(body, title="Reports") == [
        ("ADR Mediation Survey Follow-Up", None),
        ("Information Quality (July 8 2002)", 2002),
        ("Information Quality (Oct 2 2002)", 2002),
        ("OSC Lapse Plan September 2025", 2025),
    ]


def test_a_journals_grid_of_issue_covers_over_their_download_buttons():
    """Round 37, real listings: a journal's issues as a table grid, a row of covers' captions ("Issue 25, April 2023
    Prioritising Purpose in the Public Service" | "Digital Edition Issue 10, Mar 2023") over a row of buttons
    ("Download PDF"): each caption an issue of that month; a row whose cells are no dated captions is none."""
    grid = (
        "<h3>2023</h3><table><tr><td><img src='c25.jpg'></td><td><img src='d10.jpg'></td></tr>"
        "<tr><td><a href='/e25'>Issue 25, April 2023<br>Prioritising Purpose</a></td>"
        "<td><a href='/d10'>Digital Edition Issue 10, <br>Mar 2023</a></td></tr><tr><td><a href='/p'>Download PDF</a>"
        "</td><td><a href='/p'>Download PDF</a></td></tr></table><h3>2022</h3><table>"
        "<tr><td><img src='c24.jpg'></td></tr><tr><td><a href='/e24'>Issue 24, "
        "Aug 2022, <br>Urban Sustainability</a></td></tr><tr><td><a href='/p'>Download PDF</a></td></tr><tr>"
        "<td>Our editors</td></tr><tr><td><a href='/p'>Download PDF</a></td></tr></table>"
    )
    assert _listing(grid, title="All Issues") == [
        ("Digital Edition Issue 10, Mar 2023", 2023),
        ("Issue 24, Aug 2022, Urban Sustainability", 2022),
        ("Issue 25, April 2023 Prioritising Purpose", 2023),
    ]


def test_a_works_title_loses_the_tags_a_listing_adds_about_its_file_and_language(nlp):
    """A listing's "Title (en) - Subtitle (en)", "Title [PDF, 2 MB]", "Title (PDF)": the work's title without the
    tags its file and its language add."""
    rows = _read_page(
        _table_page(
            "Title | Author(s) | Date | Type",
            [
                "Financing SMEs and Entrepreneurs 2018 (en) - An OECD Scoreboard (en) | Ana Ruiz | February 2018 | "
                "Report",
                "Remittances after the Crisis [PDF, 2 MB] | Tom Keller | November 2011 | Policy Brief",
                "Return Migration in Mexico (PDF) | Sara Lind | March 2010 | Report",
            ],
        ),
        nlp,
    )
    assert sorted(rows) == [
        "Financing SMEs and Entrepreneurs 2018 - An OECD Scoreboard",
        "Remittances after the Crisis",
        "Return Migration in Mexico",
    ]


def test_a_catalogues_entries_are_headings_linked_to_their_dois():
    """Round 37, real listings: a generated catalogue, each entry a heading linked to its work's DOI over a table of
    its embargo date and blocks of status: one publication per heading, dated by the first date under it; the
    status lines ("Exported to iLibrary ...") date nothing of their own."""
    entries = "".join(
        f"<h2><a href='https://doi.org/10.1787/{n}-en'>{title}</a></h2><table><tr><th>Embargo date</th>"
        f"<th>Launch date</th></tr><tr><td>{day} February 2018 at 10:00</td><td>no launch event</td></tr></table>"
        f"<h3>Status Information</h3><ul><li>Exported to iLibrary Tuesday 13 February 2018 at 0:27</li></ul>"
        for n, title, day in (
            (1, "Driving Performance at Ireland's Regulator (en)", "Wednesday 21"),
            (2, "OECD Economic Surveys: Chile 2018 (en)", "Friday 23"),
            (3, "Getting Skills Right: Spain (en)", "Monday 26"),
        )
    )
    assert _listing(entries, title="OECD publication embargoes") == [
        ("Driving Performance at Ireland's Regulator (en)", 2018),
        ("Getting Skills Right: Spain (en)", 2018),
        ("OECD Economic Surveys: Chile 2018 (en)", 2018),
    ]


def test_a_reports_list_item_with_its_byline_as_a_sentence_and_its_type_after(nlp):
    blocks = [
        Block("Selected publications", kind=BlockKind.HEADING, page=1),
        Block(
            "Mexico-US Migration: Trends and Policy Options. By Luis Ortega Vidal, Sarah N. Cole and Ellen Marsh."
            " Report, December 2010.",
            kind=BlockKind.LIST_ITEM,
            page=1,
            heading="Selected publications",
        ),
    ]
    ctx = DocumentContext("MPI", "d" * 64, "file:///ar.pdf", "en")
    [a] = blocks_to_activities(blocks, ctx, nlp)
    assert (a.title, a.authors, a.kind, a.publisher) == (
        "Mexico-US Migration: Trends and Policy Options",
        ("Luis Ortega Vidal", "Sarah N. Cole", "Ellen Marsh"),
        "report",
        None,
    )


def test_a_posts_type_label_before_its_title_is_the_works_type(nlp):
    from mpdp_pipeline.extractors.html import html_to_document

    post = (
        "<article class='post'><h2><a href='/p'>{title}</a></h2><div class='entry-meta'>{date} by"
        " <a href='/author/x'>Jane Doe</a></div><p>This {noun} examines the question.</p></article>"
    )
    page = "<html><head><title>Recent Publications</title></head><body><h1>Recent Publications</h1>{}</body></html>"
    doc = html_to_document(
        page.format(
            post.format(title="Policy Brief: Due Process in Expedited Removal", date="February 21, 2019", noun="brief")
            + post.format(title="Fact Sheet: Asylum Backlog by the Numbers", date="December 3, 2018", noun="sheet")
        ).encode()
    )
    ctx = DocumentContext("MPI", "d" * 64, "file:///p.html", "en", title=doc.title)
    rows = blocks_to_activities(doc.blocks, ctx, nlp)
    assert sorted((r.title, r.publication_type) for r in rows) == [
        ("Asylum Backlog by the Numbers", "other"),
        ("Due Process in Expedited Removal", "policy_brief"),
    ]


def test_a_citations_bracketed_series_and_number_is_its_type_not_its_title(nlp):
    blocks = [
        Block("Publications 2014", kind=BlockKind.HEADING),
        Block(
            "Baker, T. (2014). Seasonal agricultural workers in Canada (Working Paper No. 14-03). Toronto: Centre for"
            " Migration Research.",
            kind=BlockKind.LIST_ITEM,
            heading="Publications 2014",
        ),
    ]
    [a] = blocks_to_activities(blocks, DocumentContext("MPI", "d" * 64, "file:///p.html", "en"), nlp)
    assert (a.title, a.publication_type, a.publisher) == (
        "Seasonal agricultural workers in Canada",
        "working_paper",
        "Centre for Migration Research",
    )


def test_a_meta_line_of_type_date_and_names_and_a_working_papers_number(nlp):
    from mpdp_pipeline.extractors.html import html_to_document

    page = (
        "<html><head><title>Publications</title></head><body><main><h1>Publications</h1><ul>"
        "<li><h3><a href='/a'>Integration Outcomes of Resettled Refugees</a></h3>"
        "<p class='meta'>Report | March 2019 | Jane Doe, Ali Hassan</p><p>A five-year study.</p></li>"
        "<li><h3><a href='/b'>Family Reunification Delays</a></h3>"
        "<p class='meta'>Policy Brief | January 2019 | Ali Hassan</p><p>This brief reviews delays.</p></li>"
        "</ul><h2>Working Papers</h2><dl><dt>WP 2019-03</dt><dd><a href='/wp3.pdf'>Internal migration and wage"
        " convergence in Mexico</a>, by Luis Herrera and Ana Gil. May 2019.</dd>"
        "<dt>WP 2019-02</dt><dd><a href='/wp2.pdf'>Seasonal workers and rural labour markets</a>, by Tomás Vidal."
        " March 2019.</dd></dl></main></body></html>"
    )
    doc = html_to_document(page.encode())
    rows = blocks_to_activities(doc.blocks, DocumentContext("MPI", "d" * 64, "file:///p.html", "en"), nlp)
    assert sorted((r.title, r.authors) for r in rows) == [
        ("Family Reunification Delays", ("Ali Hassan",)),
        ("Integration Outcomes of Resettled Refugees", ("Jane Doe", "Ali Hassan")),
        ("Internal migration and wage convergence in Mexico", ("Luis Herrera", "Ana Gil")),
        ("Seasonal workers and rural labour markets", ("Tomás Vidal",)),
    ]


def test_a_layout_tables_cells_of_a_title_over_its_inverted_byline_are_papers(nlp):
    from mpdp_pipeline.extractors.html import html_to_document

    row = "<tr><td><a href='{href}'>{title}</a><br>\n{names} 2020, {venue}</td></tr>"
    page = "<html><head><title>Papers</title></head><body><h1>Science papers</h1><h3>algorithm</h3><table>{}</table>"
    doc = html_to_document(
        page.format(
            row.format(
                href="/1", title="Preparing Nuclear Astrophysics for Exascale", venue="arXiv e-prints",
                names="Katz, Max P., Almgren, Ann, &amp; Zingale, Michael",
            )
            + row.format(
                href="/2", title="CASTRO: A Massively Parallel Compressible Astrophysics Simulation Code",
                names="Almgren, Ann, Bell, John, &amp; Zingale, Michael", venue="Journal of Open Source Software, 5",
            )
            + row.format(
                href="/3", title="The Castro AMR Simulation Code: Current and Future Developments",
                names="Zingale, M., Almgren, A. S., &amp; Bell, J. B.", venue="Journal of Physics: Conference Series",
            )
        ).encode()
    )  # fmt: skip
    rows = blocks_to_activities(doc.blocks, DocumentContext("MPI", "d" * 64, "file:///p.html", "en"), nlp)
    assert sorted((r.title, r.start_date.year, r.authors) for r in rows) == [
        ("CASTRO: A Massively Parallel Compressible Astrophysics Simulation Code", 2020,
         ("Ann Almgren", "John Bell", "Michael Zingale")),
        ("Preparing Nuclear Astrophysics for Exascale", 2020, ("Max P. Katz", "Ann Almgren", "Michael Zingale")),
        ("The Castro AMR Simulation Code: Current and Future Developments", 2020,
         ("M. Zingale", "A. S. Almgren", "J. B. Bell")),
    ]  # fmt: skip


def test_a_theme_listing_of_title_author_and_venue_lines_under_year_headings(nlp):
    """The academic-site layout (al-folio): a year heading, then per paper a title line, a line of inverted names
    and a venue line that may name a conference; a year of one paper is a section of the same listing."""
    paper = (
        "<li><div class='row'><div class='abbr'>{abbr}</div><div class='col'><div class='title'>{title}</div>"
        "<div class='author'>{names}</div><div class='periodical'><em>{venue}</em> {year}</div>"
        "<div class='links'><a class='btn'>Abs</a><a href='/p.pdf' class='btn'>PDF</a></div></div></div></li>"
    )
    papers = [
        ("ICML", "Learning Sparse Migration Flows", "<em>Roe, Jane</em>, Smith, Alan, and Kumar, Priya",
         "In Proceedings of the International Conference on Machine Learning", 2021),
        ("", "Visa Policy and Student Mobility", "<em>Roe, Jane</em>, and Lee, Min", "Journal of Migration Studies",
         2021),
        ("", "Counting Asylum Seekers", "Patel, R., <em>Roe, J.</em>, and Ochoa, M.", "arXiv preprint", 2021),
        ("", "Remittances and Household Resilience", "Garcia, Luis, <em>Roe, Jane</em>, and Chen, Wei",
         "World Development", 2019),
    ]  # fmt: skip
    items = ["".join(paper.format(abbr=a, title=t, names=n, venue=v, year=y) for a, t, n, v, y in papers[:3])]
    items.append(paper.format(abbr="", title=papers[3][1], names=papers[3][2], venue=papers[3][3], year=2019))
    rows = _read_page(
        "<html><head><title>publications | Jane Roe</title></head><body><div class='post'><h1>publications</h1>"
        f"<article><div class='publications'><h2>2021</h2><ol class='bibliography'>{items[0]}</ol>"
        f"<h2>2019</h2><ol class='bibliography'>{items[1]}</ol></div></article></div></body></html>",
        nlp,
    )
    assert {t: (r.start_date.year, r.authors) for t, r in rows.items()} == {
        "Learning Sparse Migration Flows": (2021, ("Jane Roe", "Alan Smith", "Priya Kumar")),
        "Visa Policy and Student Mobility": (2021, ("Jane Roe", "Min Lee")),
        "Counting Asylum Seekers": (2021, ("R. Patel", "J. Roe", "M. Ochoa")),
        "Remittances and Household Resilience": (2019, ("Luis Garcia", "Jane Roe", "Wei Chen")),
    }


def test_a_list_of_names_opened_inverted_keeps_the_order_to_its_end():
    from mpdp_pipeline.extractors.citations import names_in

    assert names_in("Roe, Jane, Smith, Alan, and Kumar, Priya") == ("Roe, Jane", "Smith, Alan", "Kumar, Priya")
    assert names_in("Smith, John, Kevin O'Neil") == ("Smith, John", "Kevin O'Neil")
    assert names_in("Adams, John, Lee and Kim") == ("Adams, John", "Lee", "Kim")


def test_entries_of_title_then_inverted_names_then_venue_read_the_names_after_the_titles_stop(nlp):
    """A generated list's style (bibbase): "Title. Surname, I.; and Surname, I. Venue, 2018." on a publications
    page; the venue's capitalised words ("World Development") are no author."""
    entries = [
        "Return Migration and Entrepreneurship in Mexico. Gil, A.; and Herrera, L. World Development, 105. 2018.",
        "Seasonal Workers in Canadian Agriculture. Herrera, L.; Gil, A.; and Vidal, T. Technical Report, Ottawa, 2018.",
        "Remittance Costs and Financial Inclusion. Vidal, T. Ph.D. Thesis, University of Toronto, 2016.",
    ]
    items = "".join(f"<p>{e}</p>" for e in entries)
    rows = _read_page(
        f"<html><head><title>Publications</title></head><body><h1>Publications</h1>{items}</body></html>", nlp
    )
    assert {t: (r.start_date.year, r.authors) for t, r in rows.items()} == {
        "Return Migration and Entrepreneurship in Mexico": (2018, ("A. Gil", "L. Herrera")),
        "Seasonal Workers in Canadian Agriculture": (2018, ("L. Herrera", "A. Gil", "T. Vidal")),
        "Remittance Costs and Financial Inclusion": (2016, ("T. Vidal",)),
    }


def test_a_cards_meta_line_of_a_type_label_and_a_day_gives_the_type_and_the_day(nlp):
    card = (
        "<article><div class='entry-meta'><span>{label}</span> <time>{day}</time></div><h2><a href='/p'>{title}</a>"
        "</h2><div class='summary'><p>{summary}</p></div><div>Authors: <a href='/a'>{names}</a></div></article>"
    )
    cards = [
        ("Policy Brief", "March 12, 2019", "The Asylum Backlog: Causes and Remedies", "Donald Kerwin"),
        ("Report", "November 2, 2018", "Undocumented Population Continued to Fall", "Robert Warren"),
        ("Journal Article", "June 20, 2018", "Democracy, Migration and Refugee Protection", "Joan Chen"),
    ]
    body = "".join(
        card.format(label=label, day=day, title=title, summary="A study of the question since 2012.", names=names)
        for label, day, title, names in cards
    )
    rows = _read_page(f"<html><head><title>Research &amp; Publications</title></head><body><main>{body}</main>", nlp)
    assert {t: (str(r.start_date), r.publication_type) for t, r in rows.items()} == {
        "The Asylum Backlog: Causes and Remedies": ("2019-03-12", "policy_brief"),
        "Undocumented Population Continued to Fall": ("2018-11-02", "report"),
        "Democracy, Migration and Refugee Protection": ("2018-06-20", "article"),
    }


@pytest.mark.parametrize("boxed", [False, True])
def test_a_date_line_of_one_name_and_the_month_names_the_author(nlp, boxed):
    """ "Leah Wong | November 2011" under a report's heading reads as a date line; it is its byline too, whether the
    page boxes each report or sets them one after another."""
    reports = [
        ("Resettlement in Rural Communities", "Susan Clark and Omar Haddad | May 2012"),
        ("Private Sponsorship After Thirty Years", "Leah Wong | November 2011"),
        ("Housing Pathways of Newcomers", "Peter Brandt | August 2010"),
    ]
    open_, close = ("<div class='report'>", "</div>") if boxed else ("", "")
    body = "".join(
        f"{open_}<h3><a href='/r.pdf'>{title}</a></h3><p><em>{line}</em></p><p>A study of 40 towns.</p>{close}"
        for title, line in reports
    )
    rows = _read_page(f"<html><head><title>Reports</title></head><body><h1>Reports</h1>{body}</body></html>", nlp)
    assert {t: r.authors for t, r in rows.items()} == {
        "Resettlement in Rural Communities": ("Susan Clark", "Omar Haddad"),
        "Private Sponsorship After Thirty Years": ("Leah Wong",),
        "Housing Pathways of Newcomers": ("Peter Brandt",),
    }


def test_a_book_catalogues_imprint_line_gives_publisher_year_and_the_isbn_a_book(nlp):
    book = "<div class='book'><h3>{title}</h3><p>{byline}</p><p>{imprint}</p><p><a href='/o'>Order now</a></p></div>"
    books = [
        ("Delivering Citizenship", "Edited by Demetrios G. Papademetriou",
         "Verlag Bertelsmann Stiftung, 2008 · 316 pages · ISBN 978-3-86793-007-8 · $30.00"),
        ("Immigrants and the Labor Market", "By Madeleine Sumption",
         "Migration Policy Institute, March 2011 · 120 pages · Paperback · ISBN 978-0-9831591-0-2 · $24.95"),
        ("Talent, Competitiveness and Migration", "Edited by Aaron Terrazas",
         "Verlag Bertelsmann Stiftung, 2009 · 348 pages · ISBN 978-3-86793-070-2"),
    ]  # fmt: skip
    body = "".join(book.format(title=t, byline=b, imprint=i) for t, b, i in books)
    rows = _read_page(f"<html><head><title>Books</title></head><body><main><h1>Books</h1>{body}</main></body>", nlp)
    assert {t: (r.publisher, str(r.start_date), r.date_precision, r.publication_type) for t, r in rows.items()} == {
        "Delivering Citizenship": ("Verlag Bertelsmann Stiftung", "2008-01-01", "year", "book"),
        "Immigrants and the Labor Market": ("Migration Policy Institute", "2011-03-01", "month", "book"),
        "Talent, Competitiveness and Migration": ("Verlag Bertelsmann Stiftung", "2009-01-01", "year", "book"),
    }


def test_a_cards_venue_line_and_its_own_recommended_citation_give_year_and_authors(nlp):
    """The academic-site layout (academicpages): a title, "Published in Journal, 2015", an excerpt, and a
    "Recommended citation:" of the card's own work, which names its authors."""
    card = (
        "<article class='archive__item'><h2><a href='/p'>{title}</a></h2><p>Published in <i>{venue}</i>, {year}</p>"
        "<p class='excerpt'>A study of {year} data.</p><p>Recommended citation: {names} ({year}). &quot;{title}.&quot;"
        " <i>{venue}</i>. 1(1).</p></article>"
    )
    papers = [
        ("Temporary Protected Status and Labor Outcomes", "Journal of Labor Economics", 2015, "Lee, M."),
        ("Visa Lotteries and Selection", "Journal of Development Economics", 2010, "Lee, M. and Park, J."),
        ("Remittances and Schooling in El Salvador", "World Bank Economic Review", 2009, "Lee, M."),
    ]
    body = "".join(card.format(title=t, venue=v, year=y, names=n) for t, v, y, n in papers)
    rows = _read_page(f"<html><head><title>Publications</title></head><body><h1>Publications</h1>{body}</body>", nlp)
    assert {t: (r.start_date.year, r.authors) for t, r in rows.items()} == {
        "Temporary Protected Status and Labor Outcomes": (2015, ("M. Lee",)),
        "Visa Lotteries and Selection": (2010, ("M. Lee", "J. Park")),
        "Remittances and Schooling in El Salvador": (2009, ("M. Lee",)),
    }


def test_a_research_portals_line_of_names_then_the_date_gives_both(nlp):
    """A university research portal (Pure): under each title, one line of the names, the date and the venue."""
    item = "<li><div class='r'><h3><a href='/o'><span>{title}</span></a></h3>{line}<p>Research output</p></div></li>"
    items = [
        ("Return migration and the labour market",
         "<a href='/p'><span>Gil, A.</span></a>, <a href='/q'><span>Herrera, L.</span></a> &amp; Vidal, T., "
         "<span class='date'>Mar 2019</span>, <span>In: International Migration Review. 53, 1, p. 45-67</span>"),
        ("Migration governance in the Americas", "<a href='/q'><span>Herrera, L.</span></a> (ed.), 2018, Routledge."),
        ("Seasonal work and remittances", "Vidal, T., <span class='date'>5 Nov 2017</span>, Toronto: CMS."),
    ]  # fmt: skip
    body = "".join(item.format(title=t, line=line) for t, line in items)
    rows = _read_page(f"<html><head><title>Research output</title></head><body><ul>{body}</ul></body></html>", nlp)
    assert {t: (str(r.start_date), r.date_precision, r.authors) for t, r in rows.items()} == {
        "Return migration and the labour market": ("2019-03-01", "month", ("A. Gil", "L. Herrera", "T. Vidal")),
        "Migration governance in the Americas": ("2018-01-01", "year", ("L. Herrera",)),
        "Seasonal work and remittances": ("2017-11-05", "day", ("T. Vidal",)),
    }


def test_a_labelled_byline_among_a_meta_lines_fields_names_the_authors(nlp):
    card = "<article><p>{kicker}</p><h2>{title}</h2><p>Parution : {month} — Auteur(s) : {names}</p></article>"
    cards = [
        ("Note de politique", "Les migrations climatiques en Afrique de l'Ouest", "mars 2019", "Awa Diop, Jean Martin"),
        ("Rapport", "Intégration des réfugiés au Québec", "novembre 2018", "Claire Dubois"),
        ("Document de travail", "Diasporas et développement", "juin 2018", "Jean Martin"),
    ]
    body = "".join(card.format(kicker=k, title=t, month=m, names=n) for k, t, m, n in cards)
    rows = _read_page(
        f"<html lang='fr'><head><title>Nos publications</title></head><body><main>{body}</main></body></html>",
        nlp,
        "fr",
    )
    assert {t: (str(r.start_date), r.authors) for t, r in rows.items()} == {
        "Les migrations climatiques en Afrique de l'Ouest": ("2019-03-01", ("Awa Diop", "Jean Martin")),
        "Intégration des réfugiés au Québec": ("2018-11-01", ("Claire Dubois",)),
        "Diasporas et développement": ("2018-06-01", ("Jean Martin",)),
    }


def test_a_question_closing_a_title_before_its_series_ends_the_title():
    cited = parse_citation(
        "Vertovec, S. (2007). Circular migration: the way forward in global policy? Working Paper 4. Oxford: IMI."
    )
    assert (cited.title, cited.authors) == ("Circular migration: the way forward in global policy?", ("Vertovec, S",))
    assert publication_type_of(cited.venue) == "working_paper"


def test_an_annex_of_publications_in_direct_order_with_a_type_in_brackets(nlp):
    """Round 33: a grant report's "Annex B: Publications" lists "1. Laura Mendel, Aaron Whitfield. Title. Washington,
    DC: Migration Policy Institute, June 2010. [Report]": the names in direct order, closed by a period, are the
    authors (a middle initial's period closes nothing), the bracket the type; the signature's place and day under
    the list is no work."""
    entries = [
        "1. Laura Mendel, Aaron Whitfield. Points and Offers: Hybrid Selection Systems for Economic Immigrants. "
        "Washington, DC: Migration Policy Institute, June 2010. [Report]",
        "2. Demetrios G. Alexandrou. Temporary Foreign Workers in Canada: Lessons for US Policy. Washington, DC: "
        "Migration Policy Institute, September 2010. [Policy Brief]",
        "3. Marisol Estrada, Peter Lindqvist, eds. Migration and the Great Recession: The Transatlantic Experience. "
        "Washington, DC: Migration Policy Institute, January 2011. [Book]",
        "Washington, DC, May 16, 2011",
    ]
    blocks = [Block("Annex B: Publications", kind=BlockKind.HEADING, order=0, page=3)] + [
        para(text, i + 1, page=3, heading="Annex B: Publications") for i, text in enumerate(entries)
    ]
    ctx = DocumentContext("MPI", "d" * 64, "file:///r.pdf", "en", title="Report to CIC")
    got = sorted((a.title, a.authors, a.kind, a.publication_type) for a in blocks_to_activities(blocks, ctx, nlp))
    assert got == [
        ("Migration and the Great Recession: The Transatlantic Experience", ("Marisol Estrada", "Peter Lindqvist"),
         "publication", "book"),
        ("Points and Offers: Hybrid Selection Systems for Economic Immigrants", ("Laura Mendel", "Aaron Whitfield"),
         "report", "report"),
        ("Temporary Foreign Workers in Canada: Lessons for US Policy", ("Demetrios G. Alexandrou",), "publication",
         "policy_brief"),
    ]  # fmt: skip


def test_a_note_style_citation_gives_its_bracketed_imprint_and_a_month_is_no_publisher():
    """A Chicago note: "A and B, Title (City: Publisher, 2011)." The imprint in brackets is no part of the title and
    names the publisher. "Migration Information Source, February": the month is the issue's, not a press."""
    note = parse_citation(
        "Demetrios G. Papademetriou and Madeleine Sumption, The Role of Immigration in Fostering Competitiveness in "
        "the United States (Washington, DC: Migration Policy Institute, 2011)."
    )
    assert (note.authors, note.title, note.publisher, note.year.start.year) == (
        ("Demetrios G. Papademetriou", "Madeleine Sumption"),
        "The Role of Immigration in Fostering Competitiveness in the United States",
        "Migration Policy Institute",
        2011,
    )
    article = parse_citation(
        "Terrazas, Aaron (2010). Mexican Immigrants in the United States. Migration Information Source, February."
    )
    assert (article.title, article.publisher) == ("Mexican Immigrants in the United States", None)


def test_numbered_paragraph_entries_of_title_author_and_venue_lines(nlp):
    """A personal page's list: "<p>[2] Title,<br><strong>A. Genthon</strong>,<br>Journal 45, 49-105 (2020) <a>PDF</a>
    </p>": the number and the comma are no part of the title; one author with an initial is the byline; the year in
    brackets closing the venue line dates the work."""
    entry = "<p>[{n}] {title},<br /><strong>{names}</strong>,<br />{venue} <a href='/p.pdf'>PDF</a></p>"
    entries = [
        (2, "The concept of velocity in the history of Brownian motion", "A. Genthon",
         "European Physical Journal H 45, 49-105 (2020)"),
        (1, "Linking lineage and population observables in biological branching processes",
         "R. Garcia-Garcia, A. Genthon, D. Lacoste", "Physical Review E 99, 042413 (2019)"),
        (0, "Fluctuation relations and fitness landscapes of growing cell populations", "A. Genthon, D. Lacoste",
         "Scientific Reports 10, 11889 (2018)"),
    ]  # fmt: skip
    body = "".join(entry.format(n=n, title=t, names=a, venue=v) for n, t, a, v in entries)
    rows = _read_page(
        f"<html><head><title>Publications</title></head><body><h1>Publications</h1>{body}</body></html>", nlp
    )
    assert sorted((t, a.authors, str(a.start_date)) for t, a in rows.items()) == [
        ("Fluctuation relations and fitness landscapes of growing cell populations", ("A. Genthon", "D. Lacoste"),
         "2018-01-01"),
        ("Linking lineage and population observables in biological branching processes",
         ("R. Garcia-Garcia", "A. Genthon", "D. Lacoste"), "2019-01-01"),
        ("The concept of velocity in the history of Brownian motion", ("A. Genthon",), "2020-01-01"),
    ]  # fmt: skip


def test_an_author_date_entry_closing_with_its_month_is_dated_to_the_month():
    """Round 45: "Capps, Randy, and Michael Fix. 2010. Still an Hourglass? ... Washington, DC: Migration Policy
    Institute. September 2010.": the closing month of the entry's own year dates it to the month; another year's
    month (a reprint's) does not."""
    cite = parse_citation(
        "Capps, Randy, Michael Fix, and Serena Yi-Ying Lin. 2010. Still an Hourglass? Immigrant Workers in "
        "Middle-Skilled Jobs. Washington, DC: Migration Policy Institute. September 2010."
    )
    assert (cite.year.start, cite.year.end, cite.year.precision) == (
        dt.date(2010, 9, 1),
        dt.date(2010, 9, 30),
        DatePrecision.MONTH,
    )
    reprint = parse_citation(
        "Capps, Randy, and Michael Fix. 2010. Still an Hourglass? Washington, DC: Migration Policy Institute. "
        "Reprinted March 2012."
    )
    assert reprint.year.precision == DatePrecision.YEAR


def test_an_apa_entry_dated_to_the_month_or_day_after_its_year():
    """Round 47: APA dates reports and briefs "(2009, September)" or "(2010, March 15)"; the title starts after the
    date, and a bracketed type outside the five ("[Fact sheet]") makes the entry `other`, not a book."""
    cite = parse_citation(
        "Fix, M., Papademetriou, D. G., & Batalova, J. (2009, September). Migration and the global recession "
        "[Report]. Washington, DC: Migration Policy Institute."
    )
    assert cite.title == "Migration and the global recession"
    assert len(cite.authors) == 3 and cite.authors[0].startswith("Fix")
    assert (cite.year.start, cite.year.end, cite.year.precision) == (
        dt.date(2009, 9, 1),
        dt.date(2009, 9, 30),
        DatePrecision.MONTH,
    )
    day = parse_citation("Batalova, J. (2010, March 15). Title of a brief. Washington, DC: Migration Policy Institute.")
    assert (day.title, day.year.start, day.year.precision) == (
        "Title of a brief",
        dt.date(2010, 3, 15),
        DatePrecision.DAY,
    )
    blocks = [
        para(
            "Batalova, J., & McHugh, M. (2008, June). Number and growth of students in US schools [Fact sheet]. "
            "Washington, DC: Migration Policy Institute.",
            1,
        ),
        para("Batalova, J. (2007, March). Measures of change [Report]. Washington, DC: Migration Policy Institute.", 2),
        para("Papademetriou, D. G. (2006). Europe and its immigrants. Washington, DC: Migration Policy Institute.", 3),
    ]
    types = {p.title: p.publication_type for p in find_publications(blocks)[0]}
    assert types == {
        "Number and growth of students in US schools": PublicationType.OTHER,
        "Measures of change": PublicationType.REPORT,
        "Europe and its immigrants": PublicationType.BOOK,
    }


def test_contributors_after_with_are_authors_and_a_jump_line_ends_the_entry():
    """Round 45: "A, B, and C, with D, E, and F. 2010. Title." lists six authors in the printed order; a newsletter's
    "(continued on page 2) ... Mailed November 2010" under an entry is no part of it (its month is not the entry's)."""
    cite = parse_citation(
        "Papademetriou, Demetrios G., Madeleine Sumption, and Aaron Terrazas, with Carola Burkert, Stephen Loyal, and "
        "Ruth Ferrero-Turrión. 2010. Migration and Immigrants Two Years after the Financial Collapse: Where Do We "
        "Stand? Washington, DC: Migration Policy Institute. October 2010."
    )
    assert len(cite.authors) == 6 and cite.authors[3] == "Carola Burkert"
    assert cite.year.start == dt.date(2010, 10, 1)
    blocks = [
        para("Rosenblum, Marc R. 2010. Immigrant Legalization. Washington, DC: MPI. November 2010.", 1),
        para("Terrazas, Aaron. 2010. Diaspora Investment. Washington, DC: MPI. August 2010.", 2),
        para("(continued on page 2) News from the Migration Policy Institute Fall 2010 - Mailed November 2010", 3),
        para("Sumption, Madeleine. 2010. Foreign Workers. Washington, DC: MPI. September 2010.", 4),
    ]
    dates = {p.title: p.date.start for p in find_publications(blocks)[0]}
    assert dates["Diaspora Investment"] == dt.date(2010, 8, 1)


def test_a_publications_pages_second_section_of_like_cards_is_read_in_its_own_container(nlp):
    """Round 45 (real, dev): "Trend reports" cards (`article` > `h4` title, `h6` "topic ▪ date") and, in another
    container, two "Memos" cards of the same fields: on a page that says publications, both sections are works; the
    memo cards are no meetings."""
    card = "<article class='{c}'><header><h4><a href='/p/{i}'>{t}</a></h4><h6>{s} ▪ {d}</h6></header></article>"
    reports = "".join(
        f"<div class='wrap'>{card.format(c='publication', i=i, t=t, s='Privacy', d=d)}</div>"
        for i, (t, d) in enumerate(
            [("Data sovereignty across the Atlantic", "April 13, 2026"), ("Trends in AI data collection", "January 16, "
             "2026"), ("Political Advertising After the TTPA", "November 25, 2025")]
        )
    )  # fmt: skip
    memos = "".join(
        card.format(c="memo", i=10 + i, t=t, s="Instagram ▪ Community Guidelines", d=d)
        for i, (t, d) in enumerate(
            [("LinkedIn removes hate speech protections", "July 29, 2025"),
             ("Meta removes many hate speech protections", "January 7, 2025")]
        )
    )  # fmt: skip
    page = (
        "<html><head><title>Publications</title></head><body><h1>Publications</h1><div><h2>Trend reports</h2>"
        f"<div>{reports}</div></div><div><div><h2>Memos</h2><div>{memos}</div></div></div></body></html>"
    )
    from mpdp_pipeline.extractors.html import html_to_document

    doc = html_to_document(page.encode("utf-8"))
    ctx = DocumentContext("MPI", "d" * 64, "file:///p.html", "en", title=doc.title)
    rows = blocks_to_activities(doc.blocks, ctx, nlp)
    assert sorted(r.kind.value for r in rows) == ["publication"] * 5
    assert "Meta removes many hate speech protections" in {r.title for r in rows}


def test_a_definition_list_of_linked_titles_reads_each_definition_as_the_cards_fields(nlp):
    """Round 48 (written, dev): an expert's page lists works as `<dt><a>Title</a></dt><dd>Type · Month Year<br>By A
    and B</dd>`: the title stops at the link (no ": Report" tail), the byline gives the authors, the label the type."""
    works = [
        ("Workers in Limbo: Temporary Protected Status", "Report", "January 2012", "Clara V. Dunmore and A. Osei"),
        ("Secure Communities and Local Jails", "Policy Brief", "November 2011", "Clara V. Dunmore"),
        ("Detention Reform at a Crossroads", "Migration Information Source article", "May 18, 2011", "C. Dunmore"),
    ]  # fmt: skip
    items = "".join(
        f"<dt><a href='/pubs/{i}.pdf'>{t}</a></dt><dd><span>{k} &middot; {d}</span><br>By {a}</dd>"
        for i, (t, k, d, a) in enumerate(works)
    )
    page = f"<html><body><h1>Clara V. Dunmore</h1><h2>Publications</h2><dl>{items}</dl></body></html>"
    by_title = _read_page(page, nlp)
    assert set(by_title) == {t for t, *_ in works}
    assert by_title["Workers in Limbo: Temporary Protected Status"].authors == ("Clara V. Dunmore", "A. Osei")
    assert by_title["Secure Communities and Local Jails"].publication_type.value == "policy_brief"
    assert by_title["Detention Reform at a Crossroads"].start_date == dt.date(2011, 5, 18)


def test_an_email_newsletters_cards_in_table_cells_read_title_type_date_and_byline(nlp):
    """Round 48 (written, dev): a "New from MPI" email lays out its cards in table cells: a cover image beside
    "<a>Title</a><br>Report · September 2010<br>By A and B<br>Teaser" (the first row of the table is a card, not
    its header), and a lone cell "<a>Title</a><br>Edited by A and B<br>Washington, DC: MPI, September 2010"."""
    card = (
        "<tr><td><img src='c{i}.jpg'></td><td><a href='/pubs/{i}.pdf'>{t}</a><br><span>{k} &middot; {d}</span><br>"
        "By {a}<br>This report reviews how programs in Canada, Australia and the United Kingdom admit.</td></tr>"
        "<tr><td colspan='2' height='14'></td></tr>"
    )
    cards = "".join(
        card.format(i=i, t=t, k=k, d=d, a=a)
        for i, (t, k, d, a) in enumerate(
            [("Making Room for Temporary Workers: Lessons from Seasonal Labor Programs", "Report", "September 2010",
              "Demetrios G. Papademetriou and Madeleine Sumption"),
             ("Adult English Learners and the Workforce: A State-by-State Profile", "Report", "August 2010",
              "Margie McHugh, Julia Gelatt and Michael Fix")]
        )
    )  # fmt: skip
    page = (
        "<html><body><table width='600'><tr><td>New from MPI</td><td>September 16, 2010</td></tr>"
        f"<tr><td colspan='2'><b>Reports</b></td></tr><tr><td colspan='2'><table>{cards}</table></td></tr>"
        "<tr><td colspan='2'><b>New Book</b></td></tr><tr><td colspan='2'><a href='/book.php'>Managing Migration in "
        "Hard Times: Transatlantic Perspectives</a><br>Edited by Demetrios G. Papademetriou and Will Somerville<br>"
        "Washington, DC: Migration Policy Institute, September 2010. 284 pages.<br>"
        "<i>Order before October 15, 2010 and receive a discount.</i></td></tr></table></body></html>"
    )
    rows = _read_page(page, nlp)
    assert set(rows) == {
        "Making Room for Temporary Workers: Lessons from Seasonal Labor Programs",
        "Adult English Learners and the Workforce: A State-by-State Profile",
        "Managing Migration in Hard Times: Transatlantic Perspectives",
    }
    assert rows["Adult English Learners and the Workforce: A State-by-State Profile"].authors == (
        "Margie McHugh", "Julia Gelatt", "Michael Fix"
    )  # fmt: skip
    book = rows["Managing Migration in Hard Times: Transatlantic Perspectives"]
    assert book.authors == ("Demetrios G. Papademetriou", "Will Somerville")
    assert book.start_date == dt.date(2010, 9, 1)


def test_a_type_label_set_after_a_title_on_its_line_is_no_part_of_it():
    from mpdp_pipeline.extractors.activities import tidy_title

    assert tidy_title("Mexican Immigrants in the United States, 2009 · Fact Sheet", work=True) == (
        "Mexican Immigrants in the United States, 2009"
    )
    assert tidy_title("Detention Reform at a Crossroads | Migration Information Source article", work=True) == (
        "Detention Reform at a Crossroads"
    )
    assert tidy_title("Voices · Stories of Return", work=True) == "Voices · Stories of Return"  # no type: a title's


def test_a_series_index_pdf_dates_each_brief_by_the_numbered_line_over_its_title(nlp):
    """Round 50 (written, dev): a policy brief series index sets each brief as "No. 1 | June 2005" (small bold), the
    title (bold), then "By A and B · Teaser ..." under the series' heading and its subtitle "Index of Nos. 1-3".
    Each is a policy brief of its number's month, by the byline's names; a teaser's "data as of July 2006" is not
    its date."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 10, "Policy Brief Series", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 12)
    pdf.cell(0, 8, "Index of Nos. 1-3 (2005-2006)", new_x="LMARGIN", new_y="NEXT")
    briefs = [
        ("No. 1 | June 2005", "Rethinking Border Enforcement", "By Deborah W. Meyers · Argues for outcome measures."),
        ("No. 2 | August 2006", "Backlogs in Family-Based Immigration",
         "By Muzaffar Chishti and Stephen Yale-Loehr · Explains waiting times; data as of July 2006."),
        ("No. 3 | November 2006", "Refugee Protection and the Material Support Bar",
         "By Kathleen Newland · Discusses the terrorism bars."),
    ]  # fmt: skip
    for number, title, byline in briefs:
        pdf.ln(6)
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(0, 6, number, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 9.5)
        pdf.cell(0, 6, byline.replace("·", "\xb7"), new_x="LMARGIN", new_y="NEXT")
    doc = pdf_to_document(bytes(pdf.output()))
    ctx = DocumentContext("MPI", "d" * 64, "file:///briefs.pdf", "en", title=doc.title)
    rows = {a.title: a for a in blocks_to_activities(doc.blocks, ctx, nlp)}
    assert set(rows) == {t for _, t, _ in briefs}
    backlogs = rows["Backlogs in Family-Based Immigration"]
    assert (backlogs.start_date, backlogs.publication_type) == (dt.date(2006, 8, 1), "policy_brief")
    assert backlogs.authors == ("Muzaffar Chishti", "Stephen Yale-Loehr")


def test_a_work_named_in_quotes_after_its_noun_that_came_out(nlp):
    """Round 50 (written, dev): a French news page tells its publications in prose, the title in guillemets after
    its noun and a verb that says it came out: "a publié le 30 mai 2011 son rapport « Procédures d'asile : ... »",
    "La fiche statistique annuelle « Demandes d'asile ..., 2010 » est parue en janvier 2011"."""
    blocks = [
        Block("Le Secrétariat a publié le 30 mai 2011 son rapport « Procédures d'asile : rapport sur les politiques "
              "et pratiques » (édition 2011).", kind="paragraph", order=1, page=None, locator="p", heading="Nouvelles"),
        Block("La fiche statistique annuelle « Demandes d'asile dans les États participants, 2010 » est parue en "
              "janvier 2011.", kind="paragraph", order=2, page=None, locator="p", heading="Nouvelles"),
    ]  # fmt: skip
    rows = blocks_to_activities(blocks, DocumentContext("IGC", "d" * 64, "file:///n.html", "fr"), nlp)
    assert sorted((r.kind.value, r.start_date.isoformat(), r.title) for r in rows) == [
        ("publication", "2011-01-01", "Demandes d'asile dans les États participants, 2010"),
        ("report", "2011-05-30", "Procédures d'asile : rapport sur les politiques et pratiques"),
    ]


def test_a_book_catalogues_title_over_its_subtitle_byline_and_imprint(nlp):
    """Round 41's held-out half, retired to dev: a books catalogue PDF sets "Borders Without Walls:" (bold) over its
    subtitle, then "Edited by A and B" and "Washington, DC: Migration Policy Institute, 2012 ISBN ... | 312 pages":
    one book, titled with its subtitle, dated and published by its imprint."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 24)
    pdf.cell(0, 12, "MPI Books 2012-2013", new_x="LMARGIN", new_y="NEXT")
    for title, subtitle, byline, imprint in [
        ("Borders Without Walls:", "Managing Mobility in North America", "Edited by Andrea Kessler and Tom Villa",
         "Washington, DC: Migration Policy Institute, 2012"),
        ("Second Chances:", "Legalization Programs in Comparative Perspective", "By Catherine L. Moreau",
         "Toronto: University of Toronto Press, 2010"),
    ]:  # fmt: skip
        pdf.ln(6)
        pdf.set_font("Helvetica", "B", 13)
        pdf.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 11.5)
        pdf.cell(0, 6, subtitle, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 9.5)
        pdf.cell(0, 5, byline, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 8.5)
        pdf.set_text_color(70, 70, 70)
        pdf.multi_cell(0, 4.3, f"{imprint}\nISBN 978-0-9831591-4-2 | 312 pages", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1)
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5, "Fifteen contributors examine how the three countries manage the movement of people.")
        pdf.ln(5)
    doc = pdf_to_document(bytes(pdf.output()))
    ctx = DocumentContext("MPI", "d" * 64, "file:///books.pdf", "en", title=doc.title)
    rows = {a.title: a for a in blocks_to_activities(doc.blocks, ctx, nlp)}
    assert set(rows) == {
        "Borders Without Walls: Managing Mobility in North America",
        "Second Chances: Legalization Programs in Comparative Perspective",
    }
    second = rows["Second Chances: Legalization Programs in Comparative Perspective"]
    assert (second.start_date, second.publisher, second.authors) == (
        dt.date(2010, 1, 1), "University of Toronto Press", ("Catherine L. Moreau",)
    )  # fmt: skip


def test_a_catalogues_imprint_line_under_its_title_is_no_work(nlp):
    """Round 48 (written, dev): "Catalogue des publications 2011" over "Secrétariat des IGC - Genève, novembre 2011":
    the line is the catalogue's own imprint, not a publication titled by the Secretariat's name."""
    blocks = [
        Block("CONSULTATIONS INTERGOUVERNEMENTALES SUR LES POLITIQUES D'ASILE", kind="heading", order=0, page=1,
              locator="1,1,1,1", font_size=9),
        Block("Catalogue des publications 2011", kind="heading", order=1, page=1, locator="1,2,1,2", font_size=22),
        Block("Secrétariat des IGC - Genève, novembre 2011", kind="paragraph", order=2, page=1, locator="1,3,1,3",
              heading="Catalogue des publications 2011", font_size=11),
        Block("Avant-propos", kind="heading", order=3, page=1, locator="1,4,1,4", font_size=12),
        Block("Le présent catalogue recense les publications du Secrétariat des IGC disponibles à la vente.",
              kind="paragraph", order=4, page=1, locator="1,5,1,5", heading="Avant-propos", font_size=10),
    ]  # fmt: skip
    rows = blocks_to_activities(blocks, DocumentContext("IGC", "d" * 64, "file:///c.pdf", "fr"), nlp)
    assert not any(r.title.startswith("Secrétariat") for r in rows)


def test_an_articles_related_box_names_a_work_in_prose(nlp):
    """Round 49 (written, dev): an event recap's `<aside><strong>Related:</strong> MPI's fact sheet <em>Title</em>
    (February 2011), by A, provides ...</aside>` is the article's own box, not a sidebar: the fact sheet is read
    once, as the typed work the sentence names."""
    page = (
        "<html><body><article><h1>Event Recap: Training Immigrant Adults</h1><p>More than 80 practitioners packed "
        "MPI's conference room.</p><aside><strong>Related:</strong> MPI's fact sheet <em>Limited English Proficient "
        "Workers by State</em> (February 2011), by Jeanne Batalova, provides state-by-state figures.</aside>"
        "</article><aside><h3>Most read</h3><p>Top 10 migration issues of 2010 (December 2010)</p></aside>"
        "</body></html>"
    )
    rows = _read_page(page, nlp)
    assert list(rows) == ["Limited English Proficient Workers by State"]
    assert rows["Limited English Proficient Workers by State"].authors == ("Jeanne Batalova",)


def test_cards_that_declare_themselves_works_in_microdata(nlp):
    """Round 52 (written, dev): a Migration Information Source issue sets its articles as `itemscope
    itemtype=".../Article"` cards (headline, authors, `<time itemprop="datePublished">`, a teaser that names other
    days). Each is a work of its published day, by its authors, not a meeting on that day; a shown "Report" label
    types the work."""
    card = (
        "<div class='card' itemscope itemtype='http://schema.org/{t}'><span class='section-label'>{label}</span>"
        "<h2 itemprop='headline'><a href='/f/{i}'>{title}</a></h2><p class='byline'>By <span itemprop='author'>{a}"
        "</span></p><p><time itemprop='datePublished' datetime='{d}'>{shown}</time></p><p itemprop='description'>"
        "Designations run through July 5, 2010; the profile covers data through December 2007.</p></div>"
    )
    cards = "".join(
        card.format(i=i, t=t, label=label, title=title, a=a, d=d, shown=shown)
        for i, (t, label, title, a, d, shown) in enumerate(
            [("Article", "Feature", "Remittance Flows in a Slowing Economy", "Ana Ferrer", "2008-11-03",
              "November 3, 2008"),
             ("Article", "Country Profile", "Ecuador's Shifting Migration Patterns", "Martín Ochoa", "2008-11-10",
              "November 10, 2008"),
             ("Report", "Report", "Labor Markets and Temporary Workers", "Sarah Kim", "2008-11-20",
              "November 20, 2008")]
        )
    )  # fmt: skip
    rows = _read_page(f"<html><body><h1>Migration Information Source</h1>{cards}</body></html>", nlp)
    assert {t: (r.kind, r.start_date.isoformat(), r.authors) for t, r in rows.items()} == {
        "Remittance Flows in a Slowing Economy": ("publication", "2008-11-03", ("Ana Ferrer",)),
        "Ecuador's Shifting Migration Patterns": ("publication", "2008-11-10", ("Martín Ochoa",)),
        "Labor Markets and Temporary Workers": ("report", "2008-11-20", ("Sarah Kim",)),
    }


def test_a_documentos_page_lists_its_file_links_as_works(nlp):
    """Round 52 (written, dev): an RCM page headed "Documentos" sets its files in `<details>` by type ("Informes",
    "Memorias"), each a PDF link with its size and a date (25/06/2010, "julio 2009", "2008"). Each is a work of that
    date, titled by its link; a seminar's "Memoria" is its proceedings, a work, not the seminar."""
    items = [
        ("Informes", "Informe de la Presidencia Pro Tempore de Guatemala 2009-2010", "1,2 MB", "25/06/2010"),
        ("Informes", "Informe sobre la gestión de la Secretaría Técnica", "340 KB", "2008"),
        ("Memorias", "Memoria del Seminario Regional sobre Trata de Personas", "980 KB", "12/04/2010"),
    ]
    body = "".join(
        f"<details open><summary>{kind}</summary><ul><li><a href='/docs/{i}.pdf'>{title}</a> <span>(PDF, {size})</span>"
        f" &ndash; {day}</li></ul></details>"
        for i, (kind, title, size, day) in enumerate(items)
    )
    rows = _read_page(f"<html><body><h1>Documentos</h1>{body}</body></html>", nlp, "es")
    assert {t: (r.kind, r.start_date.isoformat()) for t, r in rows.items()} == {
        "Informe de la Presidencia Pro Tempore de Guatemala 2009-2010": ("report", "2010-06-25"),
        "Informe sobre la gestión de la Secretaría Técnica": ("report", "2008-01-01"),
        "Memoria del Seminario Regional sobre Trata de Personas": ("publication", "2010-04-12"),
    }


def test_a_microdata_cards_machine_date_is_read_at_its_precision(nlp):
    """A work's card gives its date as `<time itemprop="datePublished" datetime="2010-05">Published: 05/2010</time>`:
    the machine value is read, at its precision (May 2010), with the card's authors and type."""
    page = (
        "<html><body><h1>Reports</h1><div itemscope itemtype='http://schema.org/Report'><h2 itemprop='name'>"
        "Labor Migration Pathways in Practice</h2><p>By <span itemprop='author'>Ana Ruiz</span> and <span "
        "itemprop='author'>Tom Keller</span></p><p><time itemprop='datePublished' datetime='2010-05'>Published: "
        "05/2010</time></p><p itemprop='description'>Covers programmes running through December 2012.</p></div>"
        "</body></html>"
    )
    report = _read_page(page, nlp)["Labor Migration Pathways in Practice"]
    assert (report.kind, report.start_date, report.date_precision, report.authors) == (
        "report", dt.date(2010, 5, 1), "month", ("Ana Ruiz", "Tom Keller")
    )  # fmt: skip


def test_a_documents_tree_dates_its_files_by_their_posting_or_by_the_year_item_over_them(nlp):
    """Round 56 (written, dev): a "Documentos" page as a tree by year ("<li>2011<ul><li>Documentos oficiales<ul><li>
    <a>Title</a> (PDF, 640 KB) publicado el 28/02/2011"): the title stops at the file's note, the posting day dates
    it (day first, as the page's Spanish writes it), a file without one takes the year of the item it sits in; a
    sidebar's call for tenders, dated by its deadline, is no work."""
    page = (
        "<html lang='es'><head><title>Documentos - CRM</title></head><body><h1>Documentos</h1><ul>"
        "<li>2011<ul><li>Documentos oficiales<ul>"
        "<li><a href='/d/informe.pdf'>Informe de la Secretaría Técnica sobre el Fondo de Reserva</a> (PDF, 640 KB) "
        "publicado el 05/10/2011</li>"
        "<li><a href='/d/compendio.pdf'>Compendio de legislación migratoria</a> (PDF, 4.8 MB)</li></ul></li></ul></li>"
        "<li>2010<ul><li>Estudios<ul><li><a href='/d/manual.pdf'>Manual de procedimientos para el retorno</a> "
        "(PDF, 2 MB)</li></ul></li></ul></li></ul>"
        "<div><strong>Aviso</strong><br>Convocatoria para consultoría: sistematización de buenas prácticas. Fecha "
        "límite para la recepción de ofertas: 30/04/2011.</div></body></html>"
    )
    rows = _read_page(page, nlp, "es")
    assert sorted((t, str(a.start_date), a.date_precision.value) for t, a in rows.items()) == [
        ("Compendio de legislación migratoria", "2011-01-01", "year"),
        ("Informe de la Secretaría Técnica sobre el Fondo de Reserva", "2011-10-05", "day"),
        ("Manual de procedimientos para el retorno", "2010-01-01", "year"),
    ]


def test_microdata_cards_of_a_library_dated_by_their_year_and_named_whatever_their_title_says(nlp):
    """Round 56 (written, dev): a "Biblioteca virtual" of `itemscope` cards ("Autor:", "Año: 2012", "Tipo:"). A
    bare year dates the card; a "Memoria del Taller ..." or a "Manual de capacitación ..." is the work, not a
    workshop or a training; a "por" inside the title is no byline; a body's name keeps its closing bracket."""
    card = (
        "<div class='card' itemscope itemtype='http://schema.org/{t}'><h3 itemprop='name'><a href='/b/{i}'>{title}"
        "</a></h3><p><strong>Autor:</strong> <span itemprop='author'>{a}</span></p><p><strong>Año:</strong> "
        "<span itemprop='datePublished'>{y}</span></p><p><strong>Tipo:</strong> {label}</p></div>"
    )
    cards = [
        (
            "Report",
            "Informe de la Presidencia Pro Tempore 2011-2012",
            "Presidencia Pro Tempore (Panamá)",
            2012,
            "Informe",
        ),
        ("CreativeWork", "Memoria del Taller Regional sobre Trata de Personas", "Secretaría Técnica", 2009, "Memoria"),
        ("Book", "Migración extrarregional en tránsito por Centroamérica", "Rafael Quesada", 2010, "Estudio"),
    ]
    body = "".join(card.format(i=i, t=t, title=n, a=a, y=y, label=lb) for i, (t, n, a, y, lb) in enumerate(cards))
    page = "<html lang='es'><head><title>Biblioteca virtual</title></head><body><main><h1>Biblioteca virtual</h1>"
    rows = _read_page(page + f"<div class='grid'>{body}</div></main></body></html>", nlp, "es")
    assert {t: (r.kind, r.start_date.isoformat(), r.authors) for t, r in rows.items()} == {
        "Informe de la Presidencia Pro Tempore 2011-2012": (
            "report",
            "2012-01-01",
            ("Presidencia Pro Tempore (Panamá)",),
        ),
        "Memoria del Taller Regional sobre Trata de Personas": ("publication", "2009-01-01", ("Secretaría Técnica",)),
        "Migración extrarregional en tránsito por Centroamérica": ("publication", "2010-01-01", ("Rafael Quesada",)),
    }


def test_a_catalogues_titles_over_their_labelled_year_are_works_even_at_the_top_of_each_page(nlp):
    """Round 56 (written, dev): a PDF catalogue sets each title in bold over "Year: 2007 | 96 pages | Languages: ...
    Author: X" and an abstract. Each is a work of that year by its authors. An entry opening each page is content,
    not a running header: its numbers are not the page's. The catalogue's own name and edition are no work."""
    from fpdf import FPDF

    entries = [
        ("Compendium of Resettlement Programmes", 2007, "IGC Secretariat"),
        ("Handbook on Country of Origin Information", 2006, "Ingrid Sorensen and Mark Devereux"),
        ("Statistical Yearbook on Asylum Applications", 2005, "IGC Secretariat"),
    ]
    pdf = FPDF()
    pdf.set_auto_page_break(False)
    for page, (title, year, authors) in enumerate(entries):
        pdf.add_page()
        if page == 0:
            pdf.set_font("Helvetica", "B", 16)
            pdf.set_xy(20, 40)
            pdf.cell(0, 8, "Publications Catalogue", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "", 10)
            pdf.cell(0, 6, "September 2008 edition", new_x="LMARGIN", new_y="NEXT")
        pdf.set_xy(20, 20 if page else 70)
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(
            0, 5, f"Year: {year} | {60 + 10 * page} pages | Languages: English | public", new_x="LMARGIN", new_y="NEXT"
        )
        pdf.cell(0, 5, f"Author: {authors}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(
            0, 5, "A practical overview of the policies and programmes of the participating States, with " * 3
        )
    doc = pdf_to_document(bytes(pdf.output()))
    ctx = DocumentContext("IGC", "d" * 64, "file:///catalogue.pdf", "en", title=doc.title)
    rows = blocks_to_activities(doc.blocks, ctx, nlp)
    assert sorted((r.title, r.start_date.year, r.authors) for r in rows) == [
        ("Compendium of Resettlement Programmes", 2007, ("IGC Secretariat",)),
        ("Handbook on Country of Origin Information", 2006, ("Ingrid Sorensen", "Mark Devereux")),
        ("Statistical Yearbook on Asylum Applications", 2005, ("IGC Secretariat",)),
    ]


def test_a_book_page_is_its_book_its_related_works_and_its_launches_not_its_chapters(nlp):
    """Round 56 (written, dev): a book's page: "Book" over its `h1`, "Edited by A and B", and a `dl` with
    "Publisher: Washington, DC: Migration Policy Institute" and "Publication date: March 2011" (the book); a table
    of contents whose chapters name their authors (no works); launch events; and a "You may also like" list of
    "<span class=type>Report</span> <a>Title</a> <span class=meta>November 2010 · By A and B</span>" (works)."""
    page = (
        "<html><head><title>Managing Borders | MPI</title></head><body><main><article><div><span class='label'>Book"
        "</span><h1>Managing Borders in an Age of Mobility</h1><p>Edited by Annika Lindqvist and Robert Thierry</p>"
        "<dl><dt>Publisher:</dt><dd>Washington, DC: Migration Policy Institute</dd><dt>Publication date:</dt>"
        "<dd>March 2011</dd><dt>Pages:</dt><dd>312</dd></dl></div>"
        "<section><h2>Table of Contents</h2><ol><li>Introduction: Borders after a Decade Annika Lindqvist</li>"
        "<li>The Smart Border Accords Revisited Douglas M. Ferrante</li><li>Labor Mobility under NAFTA Graciela "
        "Montoya</li></ol></section>"
        "<section><h2>Book launch events</h2><div><h3>Book Launch: Managing Borders in an Age of Mobility</h3><p>"
        "Tuesday, March 22, 2011 · 10:00 a.m. – 11:30 a.m.</p><p>Migration Policy Institute, Washington, DC</p></div>"
        "</section><section><h2>You may also like</h2><ul>"
        "<li><span class='type'>Report</span> <a href='/r/1'>Measuring Border Enforcement</a> <span class='meta'>"
        "November 2010 · By Douglas M. Ferrante and Eleanor Whitcombe</span></li>"
        "<li><span class='type'>Policy Brief</span> <a href='/r/2'>Labor Mobility in North America</a> <span "
        "class='meta'>September 2010 · By Graciela Montoya</span></li></ul></section></article></main></body></html>"
    )
    rows = _read_page(page, nlp)
    assert {t: (r.kind, r.start_date.isoformat(), r.authors, r.publisher) for t, r in rows.items()} == {
        "Managing Borders in an Age of Mobility": (
            "publication", "2011-03-01", ("Annika Lindqvist", "Robert Thierry"), "Migration Policy Institute"
        ),
        "Book Launch: Managing Borders in an Age of Mobility": ("other", "2011-03-22", (), None),
        "Measuring Border Enforcement": ("report", "2010-11-01", ("Douglas M. Ferrante", "Eleanor Whitcombe"),
                                         "Migration Policy Institute"),
        "Labor Mobility in North America": ("publication", "2010-09-01", ("Graciela Montoya",),
                                            "Migration Policy Institute"),
    }  # fmt: skip


def test_a_cards_title_link_type_and_date_set_side_by_side_are_its_fields(nlp):
    """Round 57 (written, dev): a topic's list item holds "<a>Title</a> <span class=pub-type>Policy Brief</span>
    <span class=pub-date>June 2009</span>" over "<p class=byline>By A</p>": the title, the type and the month are
    three fields, not one title; a work listed under two topics is one work."""
    item = (
        "<li class='pub'><a class='pub-title' href='/p/{i}'>{title}</a> <span class='pub-type'>{kind}</span> "
        "<span class='pub-date'>{date}</span><p class='byline'>By {by}</p></li>"
    )
    works = [
        ("Detention Capacity and Alternatives to Detention", "Policy Brief", "June 2009", "Daniel Hargrove"),
        ("Workplace Raids and Their Effects on Children", "Report", "February 2008", "Ana Cortez and Michael Brandt"),
        ("Adult English Learners in Metropolitan Areas", "Fact Sheet", "October 2008", "Elena Kowalski"),
        ("Temporary Worker Programs after the Recession", "Working Paper", "September 2009", "Robert Lind"),
    ]
    lists = ["".join(item.format(i=i, title=t, kind=k, date=d, by=b) for i, (t, k, d, b) in enumerate(ws)) for ws in (
        works[:3], works[1:])]  # fmt: skip
    page = (
        "<html><head><title>Publications by Topic</title></head><body><h1>Publications by Topic</h1>"
        f"<details open><summary><h2>Enforcement</h2></summary><ul>{lists[0]}</ul></details>"
        f"<details><summary><h2>Integration</h2></summary><ul>{lists[1]}</ul></details></body></html>"
    )
    rows = _read_page(page, nlp)
    assert {t: (r.kind, r.start_date.isoformat(), r.authors) for t, r in rows.items()} == {
        "Detention Capacity and Alternatives to Detention": ("publication", "2009-06-01", ("Daniel Hargrove",)),
        "Workplace Raids and Their Effects on Children": ("report", "2008-02-01", ("Ana Cortez", "Michael Brandt")),
        "Adult English Learners in Metropolitan Areas": ("publication", "2008-10-01", ("Elena Kowalski",)),
        "Temporary Worker Programs after the Recession": ("publication", "2009-09-01", ("Robert Lind",)),
    }


def test_a_linked_reports_release_after_its_covered_period_dates_it_and_a_forthcoming_work_is_none(nlp):
    """Round 57 (written, dev): "<a>Rapport annuel 2010</a> (période couverte : janvier – décembre 2010) – publié en
    mai 2011" is the report of May 2011, titled by its link."""
    page = (
        "<html lang='fr'><head><title>Publications</title></head><body><h1>Publications</h1><table><thead><tr>"
        "<th>Titre</th><th>Type</th><th>Date (mm/aaaa)</th></tr></thead><tbody>"
        "<tr><td>Statistiques d'asile 1990-2010</td><td>Fiche d'information</td><td>02/2011</td></tr>"
        "<tr><td>Regroupement familial : aperçu des pratiques</td><td>Note d'orientation</td><td>03/2010</td></tr>"
        "</tbody></table>"
        "<h2>Rapports annuels</h2><ul>"
        "<li><a href='/d/ra-2010.pdf'>Rapport annuel 2010</a> (période couverte : janvier – décembre 2010) – "
        "publié en mai 2011</li><li><a href='/d/ra-2009.pdf'>Rapport annuel 2009</a> – publié en juin 2010</li>"
        "</ul></body></html>"
    )
    rows = _read_page(page, nlp, "fr")
    assert {t: r.start_date.isoformat() for t, r in rows.items()} == {
        "Statistiques d'asile 1990-2010": "2011-02-01",
        "Regroupement familial : aperçu des pratiques": "2010-03-01",
        "Rapport annuel 2010": "2011-05-01",
        "Rapport annuel 2009": "2010-06-01",
    }


def test_a_work_quoted_straight_after_its_release_verb_or_after_booklet(nlp):
    """Round 57 (written, dev): a chair's letter tells "In March 2008 it published "Asylum Procedures: Report on
    ..."" and "the Secretariat released the booklet "The IGC Network: ..."": two works, of those months."""
    text = (
        'The Secretariat also continued its publication work. In March 2008 it published "Asylum Procedures: Report '
        'on Policies and Practices", the fourth edition of this overview. In November 2008 the Secretariat released '
        'the booklet "The IGC Network: A Short History of Informal Cooperation", which has been distributed.'
    )
    ctx = DocumentContext("IGC", "d" * 64, "file:///letter.pdf", "en")
    rows = blocks_to_activities([Block(text, kind=BlockKind.PARAGRAPH, order=0, page=1)], ctx, nlp)
    assert sorted((r.kind, str(r.start_date), r.date_precision.value) for r in rows) == [
        ("publication", "2008-11-01", "month"),
        ("report", "2008-03-01", "month"),
    ]


def test_a_faqs_answer_keeps_its_meeting_beside_a_deadline_and_lists_works_with_bracketed_imprints(nlp):
    """Round 55 (written, dev): an FAQ answer "The 2011 Full Round will be hosted ... in Canberra on 24-25 May 2011.
    Registration for delegations closes on 29 April 2011." is the Full Round (the deadline's sentence goes, not the
    answer); under "Does the IGC publish its work?", "Title, policy brief (Geneva: IGC Secretariat, April 2011)."
    is a work of that month, by that publisher, of that type."""
    page = (
        "<html><body><h1>Frequently Asked Questions</h1><h3>When is the Full Round?</h3><p>The 2011 Full Round will "
        "be hosted by the Australian Chair in Canberra on 24-25 May 2011. Registration for delegations closes on 29 "
        "April 2011.</p><h3>Does the IGC publish its work?</h3><p>Two publications are available on request:</p><ul>"
        "<li>Asylum Procedures: Report on Policies and Practices (Geneva: IGC Secretariat, September 2009);</li>"
        "<li>Labour Migration Trends in IGC Participating States, policy brief (Geneva: IGC Secretariat, April "
        "2011).</li></ul></body></html>"
    )
    rows = _read_page(page, nlp)
    assert {t: (r.kind, str(r.start_date), r.publisher) for t, r in rows.items()} == {
        "2011 Full Round": ("meeting", "2011-05-24", None),
        "Asylum Procedures: Report on Policies and Practices": ("report", "2009-09-01", "IGC Secretariat"),
        "Labour Migration Trends in IGC Participating States": ("publication", "2011-04-01", "IGC Secretariat"),
    }


def test_a_press_release_names_its_works_and_events_after_their_type(nlp):
    """Round 57 (written, dev): under "WASHINGTON — March 9, 2011", "The report, Uneven Recovery: ..., by A and B,
    analyzes data from December 2007" is a report out that day (not in December 2007); "A companion fact sheet,
    Immigrant Employment by State, 2007-2010, also released today" a fact sheet; "at a public briefing, Title, today
    at 10:00 a.m." an event that day; "a webinar for state officials, Title, on March 23" one in that year; "the
    policy brief Who Gets Hired? Immigrants and Job Recovery (June 2010)" a brief of that month."""
    page = (
        "<html><body><h1>New MPI Report</h1><p><strong>WASHINGTON — March 9, 2011</strong> — Immigrant workers are "
        "regaining jobs, according to a report released today.</p><p>The report, Uneven Recovery: Immigrant Workers "
        "and the Labor Market, by Nadia Ferreira and Paul Becker, analyzes data from December 2007 through December "
        "2010.</p><p>A companion fact sheet, Immigrant Employment by State, 2007-2010, also released today, gives "
        "estimates.</p><p>The authors will present their findings at a public briefing, Immigrant Workers After the "
        "Great Recession, today at 10:00 a.m. at MPI.</p><p>MPI will follow up with a webinar for state officials, "
        "What the Recovery Means for Workforce Agencies, on March 23 at 2:00 p.m. EDT.</p><p>The new report builds on "
        "the policy brief Who Gets Hired? Immigrants and Job Recovery (June 2010).</p></body></html>"
    )
    rows = _read_page(page, nlp)
    # the webinar's sentence is read by the prose rules too, whose longer title may be the one kept
    names = {t.split(", ")[-1] if t.startswith("MPI will") else t: r for t, r in rows.items()}
    assert sorted((str(r.start_date), r.kind, t) for t, r in names.items()) == [
        ("2010-06-01", "publication", "Who Gets Hired? Immigrants and Job Recovery"),
        ("2011-03-09", "other", "Immigrant Workers After the Great Recession"),
        ("2011-03-09", "publication", "Immigrant Employment by State, 2007-2010"),
        ("2011-03-09", "report", "Uneven Recovery: Immigrant Workers and the Labor Market"),
        ("2011-03-23", "other", "What the Recovery Means for Workforce Agencies"),
    ]


def test_fact_sheet_cards_are_works_and_data_tools_are_not(nlp):
    """Round 62 (written, dev): on "Fact Sheets & Data Tools", a card of "<span>Fact Sheet</span> <span>November
    2010</span>" over its linked heading is a fact sheet of that month; a "Data Tool" card ("Interactive Map: ...")
    is no publication, whatever month it was updated."""
    card = (
        "<div class='grid-item'><span class='label'>{label}</span> <span class='date'>{date}</span>"
        "<h3><a href='/x'>{title}</a></h3></div>"
    )
    cards = [
        ("Fact Sheet", "November 2010", "Unauthorized Immigrant Youth and the DREAM Act: State-by-State Estimates"),
        ("Data Tool", "October 2010", "Interactive Map: Immigrant Population by State, 1990-2009"),
        ("Fact Sheet", "August 2010", "Foreign-Born Health Care Workers in Canada and the United States"),
        ("Fact Sheet", "June 2010", "Refugee Resettlement in the United States, FY 2009"),
    ]
    page = (
        "<html><head><title>Fact Sheets</title></head><body><main><h1>Fact Sheets &amp; Data Tools</h1>"
        + "".join(card.format(label=la, date=d, title=t) for la, d, t in cards)
        + "</main></body></html>"
    )
    rows = _read_page(page, nlp).values()
    assert sorted((str(r.start_date), r.title) for r in rows) == [
        ("2010-06-01", "Refugee Resettlement in the United States, FY 2009"),
        ("2010-08-01", "Foreign-Born Health Care Workers in Canada and the United States"),
        ("2010-11-01", "Unauthorized Immigrant Youth and the DREAM Act: State-by-State Estimates"),
    ]


def test_book_cards_are_dated_by_their_imprint_not_their_teaser(nlp):
    """Round 62 (written, dev): a books page's card gives its year in its imprint ("Washington, DC: Migration Policy
    Institute, 2011"), not in its description ("Drawing on data from December 2007 ..."); a card in microdata keeps
    its byline ("Title · Book · 2010 · By A")."""
    page = """<html><head><title>Books</title></head><body><main><h1>MPI Books</h1>
    <div class="book"><h2>Immigrants and the Labor Market in Hard Times</h2>
      <p class="byline">Edited by Laura Bennett and Tomás Alvarez</p>
      <p class="publisher">Washington, DC: Migration Policy Institute, 2011</p>
      <p class="description">How did immigrant workers fare? Drawing on data from December 2007 through June 2010,
      contributors examine job losses, wages and mobility across sectors and regions.</p></div>
    <div class="book" itemscope itemtype="http://schema.org/Book"><h2 itemprop="name">Managing Borders</h2>
      <p class="byline">By <span itemprop="author">Richard Holloway</span></p>
      <p><span itemprop="publisher">Brookings Institution Press</span>, <span itemprop="datePublished">2010</span></p>
    </div>
    <div class="book"><h2>Talent in Motion: Skilled Migration and Global Competition</h2>
      <p class="byline">By Claire Dumont</p>
      <p class="publisher">Washington, DC: Migration Policy Institute, 2009</p>
      <p class="description">Leading scholars assess how Canada and Australia compete for the skilled after 2001.</p>
    </div></main></body></html>"""
    rows = _read_page(page, nlp).values()
    assert sorted((str(r.start_date), r.title, r.authors) for r in rows) == [
        ("2009-01-01", "Talent in Motion: Skilled Migration and Global Competition", ("Claire Dumont",)),
        ("2010-01-01", "Managing Borders", ("Richard Holloway",)),
        ("2011-01-01", "Immigrants and the Labor Market in Hard Times", ("Laura Bennett", "Tomás Alvarez")),
    ]


def test_a_deliverables_page_lists_one_coded_entry_per_line(nlp):
    """Real deliverables pages (r56pa dev: an FP7 project's WordPress page, an H2020 project's Hugo page): "D.1.1.1
    Title (PDF, 514 kB)" over its abstract, or "<h2><a>D1.4 - Title</a></h2>" one after another under "Project public
    deliverables", is a deliverable each; its code and its file's note are no part of its title."""
    entry = "<p><strong>D.{n} {title} </strong>(<a href='/d{n}.pdf'>PDF</a>, 514 kB)</p><p>This deliverable {what}.</p>"
    titles = ["Project Collaboration Infrastructure", "Quality Assurance Plan v1.0", "Dissemination report Year 3"]
    page = (
        "<html><head><title>Deliverables</title></head><body><main><h1>Deliverables</h1>"
        + "".join(entry.format(n=f"1.1.{i}", title=t, what="presents the plan") for i, t in enumerate(titles, 1))
        + "</main></body></html>"
    )
    assert sorted(_read_page(page, nlp)) == sorted(titles)
    heads = ["Public website", "Data Management Plan", "Report on error forecasts"]
    page = (
        "<html><head><title>Deliverables</title></head><body><main><h1>Project public deliverables</h1>"
        + "".join(f"<div><h2><a href='/d{i}/'>D1.{i} - {t}</a></h2></div>" for i, t in enumerate(heads, 1))
        + "</main></body></html>"
    )
    assert sorted(_read_page(page, nlp)) == sorted(heads)


def test_a_box_of_bare_links_to_works_is_a_list_of_them(nlp):
    """A real observatory's page (r56pa dev): "<div class=list-links><a>Title (2025)</a> <a>Title</a> ...</div>",
    links a style sets one per line, to a DOI, a PDF or a catalogue's page, are works each; "Deliverable D1.3: Title
    DOI: 10.5281/..." is titled without its code and its identifier. Links that are cards (a heading inside) stay
    cards."""
    page = """<html><head><title>Publicaciones</title></head><body><main><h2>Selección de referencias</h2>
    <div class="list-links">
      <a href="http://www.doi.org/10.57952/TSE5-HM95">Oficina C: Desarrollo territorial (2025)</a>
      <a href="https://x.es/informe_final_vivacidad.pdf">Informe Vivacidad de los territorios rurales</a>
      <a href="https://www.oecd.org/en/publications/shrinking-smartly-and-sustainably_f91693e3-en/full.html">OECD:
      Shrinking Smartly and Sustainably</a>
    </div>
    <ul><li><a href="https://doi.org/10.5281/zenodo.17368885">Deliverable D1.3: Data Management Plan (DMP) DOI:
    10.5281/zenodo.17368885</a></li></ul></main></body></html>"""
    assert sorted(_read_page(page, nlp, language="es")) == [
        "Data Management Plan (DMP)",
        "Informe Vivacidad de los territorios rurales",
        "OECD: Shrinking Smartly and Sustainably",
        "Oficina C: Desarrollo territorial",
    ]


def test_a_briefs_meta_line_opens_with_its_number_before_its_author(nlp):
    """A real policy-brief archive (r57pa dev): "<div class=category>Investment &amp; Industrial Policy</div>" over the
    title, then "ARS-PB-2026-002 | Reza Khan | 30 August 2026": the brief's number, its author, its day; the category
    is no one."""
    card = (
        "<article class='brief-card'><div class='category'>{c}</div><h2>{t}</h2>"
        "<div class='meta'>{n} &nbsp;|&nbsp; Reza Khan &nbsp;|&nbsp; {d}</div><p>A test.</p></article>"
    )
    page = (
        "<html><head><title>Policy Briefs</title></head><body><main><h1>Policy Briefs</h1>"
        + card.format(c="Investment &amp; Industrial Policy", t="China+1: Can Pakistan Become a Base?",
                      n="ARS-PB-2026-002", d="30 August 2026")
        + card.format(c="Policy Analysis", t="Beyond the Car Factory", n="ARS-PB-2026-001", d="29 August 2026")
        + "</main></body></html>"
    )  # fmt: skip
    rows = _read_page(page, nlp)
    assert {t: (str(r.start_date), r.authors) for t, r in rows.items()} == {
        "China+1: Can Pakistan Become a Base?": ("2026-08-30", ("Reza Khan",)),
        "Beyond the Car Factory": ("2026-08-29", ("Reza Khan",)),
    }


# --- publishers ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("read", "publisher"),
    [
        ("Washington, DC: Migration Policy Institute", "Migration Policy Institute"),
        ("Migration Policy Institute, Washington, DC", "Migration Policy Institute"),
        ("OIM, San José", "OIM"),
        ("ST-CRM, octubre de 2013", "ST-CRM"),
        ("Georgetown University Press, in association with MPI", "Georgetown University Press"),
        ("Secretaría Técnica de la CRM, San José, Costa Rica", "Secretaría Técnica de la CRM"),
        ("Book", None),
        ("Labor Force, 2008 · Fact Sheet ·", None),
        ("Mexico: El Colegio de México", "El Colegio de México"),
    ],
)
def test_a_publisher_is_kept_without_its_imprints_place_date_or_partner(read, publisher):
    from mpdp_pipeline.extractors.publishers import tidy_publisher

    assert tidy_publisher(read) == publisher


def test_the_house_name_is_the_form_the_document_uses_most():
    from mpdp_pipeline.extractors.publishers import house_publisher

    text = "Secrétariat des IGC · Rapport annuel, publié par le Secrétariat des IGC, Genève. Contact: IGC Secretariat"
    assert house_publisher(text, "IGC") == "Secrétariat des IGC"
    assert house_publisher("A lab's page of papers", "MPI") is None
    assert house_publisher("Migration Policy Institute", "ICMPD") is None


def test_works_a_recipients_listing_gives_without_a_publisher_are_its_own(nlp):
    """Issue 7 (field quality): publisher was right on 8 of 33 held-out works, most of them cards on a recipient's
    own page that never repeat its name. Such a work is published under the name the page gives its house; one whose
    card names another house ("Published by Brookings Institution Press") is that house's, and a cited work, which
    may be a journal article, is given no publisher it does not name."""
    card = "<div class='card'><span class='type'>{label}</span><h3><a href='/r/{i}'>{title}</a></h3><p>{meta}</p></div>"
    cards = "".join(
        card.format(i=i, label=label, title=title, meta=meta)
        for i, (label, title, meta) in enumerate(
            [("Policy Brief", "Rethinking Border Enforcement in Hard Times", "June 2010 · By Ana Ruiz"),
             ("Report", "Remittances in a Slowing Economy", "May 2010 · By Tom Keller and Sara Lind"),
             ("Book", "The Politics of Immigration Reform", "2010 · Published by Brookings Institution Press")]
        )
    )  # fmt: skip
    references = "".join(
        f"<p>{c}</p>"
        for c in [
            "Castles, Stephen. 2004. Why Migration Policies Fail. Ethnic and Racial Studies 27 (2): 205-227.",
            "Martin, Philip. 2009. Importing Poverty? New Haven: Yale University Press.",
            "Portes, Alejandro. 2006. Immigrant America. Berkeley: University of California Press.",
        ]
    )
    page = (
        "<html><head><title>Research | Migration Policy Institute</title></head><body><h1>Research</h1>"
        f"{cards}<h2>References</h2>"
        f"{references}<footer>© 2010 Migration Policy Institute</footer></body></html>"
    )
    rows = _read_page(page, nlp)
    assert {t: r.publisher for t, r in rows.items()} == {
        "Rethinking Border Enforcement in Hard Times": "Migration Policy Institute",
        "Remittances in a Slowing Economy": "Migration Policy Institute",
        "The Politics of Immigration Reform": "Brookings Institution Press",
        "Why Migration Policies Fail": None,
        "Importing Poverty?": "Yale University Press",
        "Immigrant America": "University of California Press",
    }


def test_a_microdata_cards_publisher_is_read(nlp):
    page = (
        "<html><body><h1>Books</h1><div itemscope itemtype='http://schema.org/Book'><h2 itemprop='name'>"
        "Managing Borders in an Age of Mobility</h2><p>By <span itemprop='author'>Richard Holloway</span></p>"
        "<p><time itemprop='datePublished' datetime='2010'>2010</time> · <span itemprop='publisher'>Brookings "
        "Institution Press</span></p></div></body></html>"
    )
    book = _read_page(page, nlp)["Managing Borders in an Age of Mobility"]
    assert (book.publisher, book.authors) == ("Brookings Institution Press", ("Richard Holloway",))


def test_a_catalogues_records_title_first_take_their_year_from_the_year_heading(nlp):
    """Round 67 (written, dev): a French publications page in year sections sets each work as a library record,
    title first (ISBD order): "<cite>Title</cite><br>Responsibility. Place : Publisher, month. [Type, pages]", or
    as a term and its definition with the parts set off by dashes. The month leaves out its year, which the
    section's heading gives; a record without a date is of that year; editors and a partner are no authors."""
    page = (
        "<html lang='fr'><head><title>Publications - CIG</title></head><body><h1>Publications</h1>"
        "<h3>2011</h3><ul><li><cite>Regroupement familial : législations et pratiques</cite><br>Marianne Leclerc et "
        "Johan Vestergaard. Genève : Secrétariat des CIG, février. [Rapport de synthèse, 118 p.]</li>"
        "<li><cite>La réinstallation des réfugiés après 2010</cite><br>Secrétariat des CIG. Genève : CIG, 17 janvier."
        " [Note d'orientation, 8 p.]</li></ul>"
        "<h3>2010</h3><dl><dt>Le retour volontaire assisté : bonnes pratiques</dt><dd>Secrétariat des CIG, en "
        "coopération avec l'OIM — Genève : Secrétariat des CIG — 30 novembre — Brochure, 12 p.</dd></dl>"
        "<h3>2009</h3><ol><li><cite>Rapport annuel 2008</cite>. Secrétariat des CIG. Genève : CIG. Rapport, 52 p.</li>"
        "<li><cite>Migrations et asile : vingt ans de consultations</cite>. Sous la direction de Hélène Maurin et Kees "
        "de Wit. Bruxelles : Bruylant, septembre. Ouvrage, 384 p.</li></ol></body></html>"
    )
    rows = _read_page(page, nlp, "fr")
    assert {t: (str(r.start_date), r.date_precision, r.authors, r.publisher) for t, r in rows.items()} == {
        "Regroupement familial : législations et pratiques": (
            "2011-02-01", "month", ("Marianne Leclerc", "Johan Vestergaard"), "Secrétariat des CIG"),
        "La réinstallation des réfugiés après 2010": ("2011-01-17", "day", ("Secrétariat des CIG",), "CIG"),
        "Le retour volontaire assisté : bonnes pratiques": (
            "2010-11-30", "day", ("Secrétariat des CIG",), "Secrétariat des CIG"),
        "Rapport annuel 2008": ("2009-01-01", "year", ("Secrétariat des CIG",), "CIG"),
        "Migrations et asile : vingt ans de consultations": (
            "2009-09-01", "month", ("Hélène Maurin", "Kees de Wit"), "Bruylant"),
    }  # fmt: skip


def test_a_documentation_centres_records_of_labelled_fields_are_its_works(nlp):
    """Round 67 (written, dev): an acquisitions list gives each work as labelled fields ("Título:", "Autor(es):",
    "Pie de imprenta: City: Publisher, month year", "Tipo de documento:"). Each record is a work of its imprint's
    date and publisher, by its authors (editors' note dropped); the day the centre took it in is no date of it."""

    def record(title: str, authors: str, imprint: str, kind: str, received: str) -> str:
        fields = {"Título": title, "Autor(es)": authors, "Pie de imprenta": imprint, "Tipo de documento": kind}
        fields["Fecha de ingreso"] = received
        return "".join(f"<p>{label}: {value}</p>" for label, value in fields.items())

    page = (
        "<html lang='es'><body><h1>Nuevas adquisiciones 2011</h1><h2>Registro 0142</h2>"
        + record("Informe de la Presidencia Pro Tempore, 2010", "Conferencia Regional sobre Migración",
                 "San José, Costa Rica: Secretaría Técnica de la CRM, febrero de 2011", "Informe", "03/05/2011")
        + "<h2>Registro 0144</h2>"
        + record("Migración y desarrollo en Centroamérica", "Carmen Villeda y Héctor Ramírez (editores)",
                 "San José, Costa Rica: FLACSO Costa Rica, 2010", "Libro", "22/03/2011")
        + "</body></html>"
    )  # fmt: skip
    rows = _read_page(page, nlp, "es")
    assert {t: (str(r.start_date), r.date_precision, r.authors, r.publisher, r.kind) for t, r in rows.items()} == {
        "Informe de la Presidencia Pro Tempore, 2010": (
            "2011-02-01", "month", ("Conferencia Regional sobre Migración",), "Secretaría Técnica de la CRM", "report"),
        "Migración y desarrollo en Centroamérica": (
            "2010-01-01", "year", ("Carmen Villeda", "Héctor Ramírez"), "FLACSO Costa Rica", "publication"),
    }  # fmt: skip


def test_a_terms_labelled_definitions_are_one_works_record(nlp):
    """Round 69 (written, dev): a publications accordion by year sets each work as `<dl>`: the title as the term,
    then its type, "Auteur(s) : ...", the imprint "Genève : CIG" and "Parution : juin" as definitions. One work
    each, of the year its section's heading gives; a work still to appear ("À paraître") is none."""

    def work(title: str, *fields: str) -> str:
        return f"<dl><dt>{title}</dt>" + "".join(f"<dd>{f}</dd>" for f in fields) + "</dl>"

    page = (
        "<html lang='fr'><body><h1>Publications</h1><h3>2012</h3>"
        + work("La réinstallation dans les États participants", "Fiche thématique",
               "Auteurs : Ingrid Haugland, Paul Mercier", "Genève : CIG", "Parution : 15 mars")
        + work("L'apatridie : étude comparative", "Étude", "Auteur : Secrétariat des CIG",
               "À paraître – date à confirmer")
        + "<h3>2010</h3>"
        + work("Les technologies biométriques aux frontières", "Ouvrage collectif",
               "Sous la direction de Anne-Sophie Renaud et Peter Kohl", "Berne : Office fédéral des migrations",
               "Parution : décembre")
        + "</body></html>"
    )  # fmt: skip
    rows = _read_page(page, nlp, "fr")
    assert {t: (str(r.start_date), r.authors, r.publisher) for t, r in rows.items()} == {
        "La réinstallation dans les États participants": ("2012-03-15", ("Ingrid Haugland", "Paul Mercier"), "CIG"),
        "Les technologies biométriques aux frontières": (
            "2010-12-01", ("Anne-Sophie Renaud", "Peter Kohl"), "Office fédéral des migrations"),
    }  # fmt: skip


def test_a_print_catalogues_entries_are_title_headings_over_a_byline_and_a_fact_line(nlp):
    """Round 70 (written, dev): a think tank's print catalogue sets each title as a heading, then its byline run
    into the blurb ("By Richard Tolland A comprehensive account ..."), then a line of facts opening with the month
    or year ("March 2006 | 296 pp. | ISBN ... | $27.95"), under section headings naming the type ("BOOKS",
    "WORKING PAPERS"). A work each, by the names before the blurb; the prices' validity is no date of a work."""
    lines = [
        ("Publications 2006", "heading"),
        ("Prices are valid through December 31, 2006 and include shipping.", "paragraph"),
        ("BOOKS", "heading"),
        ("Transatlantic Perspectives on Integration", "heading"),
        ("Edited by Helen Marsh and Tomás Ibarra Leading scholars compare how societies incorporate newcomers.",
         "paragraph"),
        ("March 2006 | 296 pp. | ISBN 0-9742819-4-3 | $27.95 paperback", "paragraph"),
        ("Border Security and the New Immigration Enforcement", "heading"),
        ("By Richard Tolland A comprehensive account of the changes in enforcement since 2001.", "paragraph"),
        ("October 2005 | 184 pp. | $22.00 paperback", "paragraph"),
        ("WORKING PAPERS", "heading"),
        ("Measuring Integration Outcomes: Indicators and Data Gaps", "heading"),
        ("By Carla Benítez and Pieter de Wolf Working Paper No. 4. Reviews national indicators.", "paragraph"),
        ("2005 | 38 pp. | $8.00", "paragraph"),
        # a catalogue whose lines run together: the names, then the type and the facts, then the blurb
        ("Measuring Immigrant Integration: Indicators for Local Policymakers", "heading"),
        ("Karen Osei and David Lindgren Report | October 2007 | 48 pp. | $15.00 A practical toolkit for cities.",
         "paragraph"),
        ("Talent Flows: Skilled Migration and the Global Competition for Workers", "heading"),
        ("Marc Delacroix Washington, DC: Brookings Institution Press, 2006. 248 pp. Cloth, $34.95 How systems compete.",
         "paragraph"),
    ]  # fmt: skip
    blocks = [Block(t, kind=k, order=i, page=1 + i // 7, locator="1,2,3,4") for i, (t, k) in enumerate(lines)]
    ctx = DocumentContext("MPI", "d" * 64, "catalogue.pdf", "en")
    rows = {a.title: a for a in blocks_to_activities(blocks, ctx, nlp)}
    assert {t: (str(a.start_date), a.authors, a.publication_type) for t, a in rows.items()} == {
        "Transatlantic Perspectives on Integration": ("2006-03-01", ("Helen Marsh", "Tomás Ibarra"), "book"),
        "Border Security and the New Immigration Enforcement": ("2005-10-01", ("Richard Tolland",), "book"),
        "Measuring Integration Outcomes: Indicators and Data Gaps": (
            "2005-01-01", ("Carla Benítez", "Pieter de Wolf"), "working_paper"),
        "Measuring Immigrant Integration: Indicators for Local Policymakers": (
            "2007-10-01", ("Karen Osei", "David Lindgren"), "report"),
        "Talent Flows: Skilled Migration and the Global Competition for Workers": (
            "2006-01-01", ("Marc Delacroix",), "working_paper"),
    }  # fmt: skip


def test_a_document_managers_items_are_titled_by_their_heading_over_a_table_of_fields(nlp):
    """Round 70 (written, dev): a Joomla DOCman category lists each file as a heading, its summary, then a table of
    labelled fields ("Fecha: | 22/06/2010", "Autor: | ...", "Tamaño: | 1.24 MB", "Última actualización: | ...").
    The first row is a field, not the table's header; each item is a work of its "Fecha", by its "Autor"; the
    pager's tally ("Mostrando 1 - 2 de 2 documentos") is none, nor is an item still "en preparación"."""

    def item(title: str, summary: str, fields: dict[str, str]) -> str:
        rows = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in fields.items())
        return f"<div class='dm_row'><h3>{title}</h3><div><p>{summary}</p></div><table>{rows}</table></div>"

    page = (
        "<html lang='es'><body><h1>Documentos y Publicaciones</h1><p>Mostrando 1 - 2 de 2 documentos</p>"
        + item("Informe de la Presidencia Pro Tempore de Guatemala 2010", "Informe presentado ante la XV Reunión.",
               {"Fecha:": "22/06/2010", "Autor:": "Presidencia Pro Tempore de Guatemala", "Tamaño:": "1.24 MB",
                "Última actualización:": "14/09/2010"})
        + item("Guía de referencia para la protección de personas migrantes", "Guía práctica para funcionarios.",
               {"Fecha:": "03/10/2011", "Tamaño:": "2.10 MB", "Descargas:": "744",
                "Última actualización:": "17/01/2012"})
        + "<div class='dm_row'><h3>Informe 2012 (en preparación)</h3><p>Fecha de publicación por definir.</p></div>"
        + "</body></html>"
    )  # fmt: skip
    rows = _read_page(page, nlp, "es")
    assert {t: (str(r.start_date), r.authors) for t, r in rows.items()} == {
        "Informe de la Presidencia Pro Tempore de Guatemala 2010": (
            "2010-06-22", ("Presidencia Pro Tempore de Guatemala",)),
        "Guía de referencia para la protección de personas migrantes": ("2011-10-03", ()),
    }  # fmt: skip


def test_a_releases_list_of_works_keeps_each_bracketed_note_out_of_its_byline(nlp):
    """Round 71 (written, dev): a press release lists what it releases as "Title, by A and B (Report, 52 pp., June
    2013)": the names stop at the bracket, whose first field types the work; the month in it dates it."""
    page = (
        "<html><body><h1>MPI Releases New Research on Young Children of Immigrants</h1><p>The publications released "
        "in the series are:</p><ul><li>Children of Immigrants in Early Childhood Programs: Access and Participation,"
        " by Maki Harada and Lorena Castañeda (Report, 52 pp., June 2013)</li><li>Dual Language Learners in Head "
        "Start: Enrollment and Outcomes, by Tamara Bell (Policy Brief No. 9, May 2013)</li></ul></body></html>"
    )
    rows = _read_page(page, nlp)
    assert {t: (str(r.start_date), r.authors, r.kind) for t, r in rows.items()} == {
        "Children of Immigrants in Early Childhood Programs: Access and Participation": (
            "2013-06-01", ("Maki Harada", "Lorena Castañeda"), "report"),
        "Dual Language Learners in Head Start: Enrollment and Outcomes": (
            "2013-05-01", ("Tamara Bell",), "publication"),
    }  # fmt: skip


def test_an_annex_tables_month_column_takes_the_year_its_heading_names(nlp):
    """Round 71 (written, dev): an annual report's annex "Publications and information products issued in 2010" is
    a table whose "Month of issue" column gives the month alone ("March", "Sept."): each work is of that month of
    2010. A work programme that "will be submitted to the Steering Group in spring 2011" is no meeting."""
    header = ("No.", "Title", "Author(s)", "Type", "Publisher", "Month of issue")
    cells = [
        ("1", "Asylum Procedures: Report on Policies and Practices", "IGC Secretariat", "Report", "IGC Secretariat",
         "March"),
        ("2", "Labour Migration Programmes in IGC States", "J. Holmberg, R. Ferreira", "Working paper",
         "IGC Secretariat", "Sept."),
    ]  # fmt: skip
    heading = "Annex III - Publications and information products issued in 2010"
    blocks = [
        Block("The work programme for 2011 will be submitted to the Steering Group in spring 2011.", order=0, page=1,
              locator="1,2,3,4"),
        Block(heading, kind="heading", order=1, page=2, locator="1,2,3,4"),
        *(Block(" | ".join(c), kind="table_row", order=2 + i, page=2, locator="1,2,3,4", cells=c, header=header,
                heading=heading) for i, c in enumerate(cells)),
    ]  # fmt: skip
    ctx = DocumentContext("IGC", "d" * 64, "annual-report.pdf", "en")
    found = {(a.title, str(a.start_date)) for a in blocks_to_activities(blocks, ctx, nlp)}
    assert found == {
        ("Asylum Procedures: Report on Policies and Practices", "2010-03-01"),
        ("Labour Migration Programmes in IGC States", "2010-09-01"),
    }


def test_a_title_line_over_a_list_of_labelled_fields_is_a_work(nlp):
    """Round 71 (written, dev): a documentation centre's accordion sets each document as a title line over a `<dl>`
    of its fields ("Autor:", "Edita:", "Fecha:", "Tipo:"). Each is a work of its "Fecha", published by the body that
    "Edita" it; one whose date is "En preparación" is none."""

    def work(title: str, **fields: str) -> str:
        terms = "".join(f"<dt>{k}:</dt><dd>{v}</dd>" for k, v in fields.items())
        return f"<p><strong>{title}</strong></p><dl>{terms}</dl>"

    page = (
        "<html lang='es'><body><h1>Centro de Documentación</h1><h3>Informes</h3>"
        + work("Informe de Gestión de la Secretaría Técnica 2012", Autor="Secretaría Técnica de la CRM",
               Edita="Conferencia Regional sobre Migración", Fecha="15/02/2013", Tipo="Informe")
        + work("Movilidad laboral en Centroamérica y México: tendencias 2000-2010",
               Autores="Ricardo Campos Arce, Elena Villalobos y Marta Ugalde", Edita="FLACSO Guatemala", Fecha="2012",
               Tipo="Libro")
        + work("Plan de Acción de la CRM 2013-2014: documento base", Autor="Grupo Regional de Consulta",
               Fecha="En preparación - disponible próximamente")
        + "</body></html>"
    )  # fmt: skip
    rows = _read_page(page, nlp, "es")
    assert {t: (str(r.start_date), r.publisher, r.publication_type) for t, r in rows.items()} == {
        "Informe de Gestión de la Secretaría Técnica 2012": (
            "2013-02-15", "Conferencia Regional sobre Migración", "report"),
        "Movilidad laboral en Centroamérica y México: tendencias 2000-2010": ("2012-01-01", "FLACSO Guatemala", "book"),
    }  # fmt: skip


def test_a_pages_copyright_line_is_no_work_of_its_years(nlp):
    """Rounds 67 and 70 (written, dev): "© 2001-2009 Migration Policy Institute. All rights reserved. | Privacy
    Policy" under a publications listing is the page's footer, no work dated 2009."""
    page = (
        "<html><body><h1>Publications</h1><ul><li><a href='/r/1'>Remittances in Hard Times</a> · Report · "
        "March 2009 · By Ana Ruiz</li><li><a href='/r/2'>Border Enforcement Revisited</a> · Policy Brief · May 2009 "
        "· By Tom Keller</li></ul><div id='footer'><p>Migration Policy Institute · 1400 16th St NW · Washington, DC "
        "20036</p><p>&copy; 2001-2009 Migration Policy Institute. All rights reserved. | <a href='/privacy'>Privacy "
        "Policy</a> | Page last modified 12/03/2009</p></div></body></html>"
    )
    assert sorted(_read_page(page, nlp)) == ["Border Enforcement Revisited", "Remittances in Hard Times"]


def test_a_title_over_a_line_of_run_together_fields_is_a_work(nlp):
    """Round 71 (written, dev): a bulletin's "Publicaciones recientes" sets each work as a bold title over one line
    of its fields run together ("Autor: X Publica: Y Tipo: Informe | Agosto de 2011"): a work of that month, by X,
    published by Y, of the type its field names."""
    lines = [
        ("Publicaciones recientes", "heading"),
        ("Informe de la Presidencia Pro Tempore 2010", "heading"),
        ("Autor: Presidencia Pro Tempore de Guatemala Publica: Conferencia Regional sobre Migración Tipo: Informe | "
         "Agosto de 2011", "paragraph"),
        ("Flujos migratorios extrarregionales en Centroamérica", "heading"),
        ("Autores: Ana María Castillo y Rodrigo Peña Vásquez Publica: FLACSO Costa Rica Tipo: Documento de trabajo | "
         "Junio de 2011", "paragraph"),
    ]  # fmt: skip
    blocks = [Block(t, kind=k, order=i, page=2, locator="1,2,3,4") for i, (t, k) in enumerate(lines)]
    ctx = DocumentContext("RCM", "d" * 64, "boletin.pdf", "es")
    rows = {a.title: a for a in blocks_to_activities(blocks, ctx, nlp)}
    assert {t: (str(a.start_date), a.authors, a.publisher, a.publication_type) for t, a in rows.items()} == {
        "Informe de la Presidencia Pro Tempore 2010": (
            "2011-08-01", ("Presidencia Pro Tempore de Guatemala",), "Conferencia Regional sobre Migración", "report"),
        "Flujos migratorios extrarregionales en Centroamérica": (
            "2011-06-01", ("Ana María Castillo", "Rodrigo Peña Vásquez"), "FLACSO Costa Rica", "working_paper"),
    }  # fmt: skip


def test_a_citations_bold_title_between_its_authors_and_its_venue_is_its_title(nlp):
    """Real page (round 59, dev): a project's publications, each a paragraph "A. Redondi, M. Cesana, <strong>Title
    </strong>, <em>Venue, September 2016</em>": the bold run is the title, the venue after it no part of it; a
    sentence naming a briefing in bold ("at a public briefing, <strong>Name</strong>, today") is no citation."""
    entries = [
        ("A. Redondi, M. Cesana, D. M. Weibel", "Understanding the WiFi usage of university students",
         "7th IEEE Workshop on Traffic Analysis (TRAC), September 2016"),
        ("C. Tatino, I. Malanchini, D. Yuan", "Beam Based Stochastic Model of the Coverage Probability",
         "IEEE Workshop on Spatial Stochastic Models (SpaSWiN), 2017"),
        ("L. Cano, G. Carello, A. Capone", "Cooperative Infrastructure and Spectrum Sharing in Mobile Networks",
         "IEEE JSAC, October 2016, vol. 34, no. 10"),
    ]  # fmt: skip
    body = "".join(f"<p>{a}, <strong>{t}</strong>, <em>{v}</em></p>" for a, t, v in entries)
    rows = _read_page(
        f"<html><body><h1>Publications</h1><h2>Journal and conference papers</h2>{body}</body></html>", nlp
    )
    assert sorted(rows) == sorted(t for _, t, _ in entries)
    assert rows["Understanding the WiFi usage of university students"].authors == (
        "A. Redondi", "M. Cesana", "D. M. Weibel")  # fmt: skip


def test_a_publications_tables_year_rows_group_and_date_the_rows_below(nlp):
    """Real page (round 59, dev): a standards body's "Open Access Publications" table (Title | Author(s) |
    Conference or Journal | Publisher) groups its rows under bold year rows ("2022 | | |"). A year row is no work;
    it dates the rows below it, which give no date of their own."""
    rows = [
        "<tr><td><b>2022</b></td><td></td><td></td><td></td></tr>",
        "<tr><td>Equivalence Checking of System-Level and SPICE-Level Models</td><td>Kemal Coşkun; Rolf Drechsler"
        "</td><td>Chips</td><td>MDPI</td></tr>",
        "<tr><td><b>2020</b></td><td></td><td></td><td></td></tr>",
        "<tr><td>Cosimulation of Power and Temperature Models for a Soft-Core Processor</td><td>Abdelhakim Alali; "
        "Mohamed Sadik</td><td>Journal of Electrical and Computer Engineering</td><td>Hindawi</td></tr>",
    ]
    page = (
        "<html><body><h1>Open Access Publications</h1><table><tr><th>Title</th><th>Author(s)</th><th>Conference or "
        f"Journal</th><th>Publisher</th></tr>{''.join(rows)}</table></body></html>"
    )
    found = {t: (str(r.start_date), r.date_precision, r.publisher) for t, r in _read_page(page, nlp).items()}
    assert found == {
        "Equivalence Checking of System-Level and SPICE-Level Models": ("2022-01-01", "year", "MDPI"),
        "Cosimulation of Power and Temperature Models for a Soft-Core Processor": ("2020-01-01", "year", "Hindawi"),
    }


def test_a_reports_list_of_works_in_note_style_with_type_labels_reads_names_titles_and_imprints():
    """Round 92 (written, dev): a report to the funder lists its works in Chicago's note style, each led by its type
    ("Report. A, B and C, Title (Place: Publisher, Month Year)."), one closed by its series and number."""
    report = parse_citation(
        "Report. Laura Mendes, Tomás Ruiz and Kevin Hale, Labour Mobility in North America: Lessons and Options "
        "(Washington, DC: Migration Policy Institute, March 2013)."
    )
    assert (report.authors, report.title, report.year.text, report.publisher) == (
        ("Laura Mendes", "Tomás Ruiz", "Kevin Hale"),
        "Labour Mobility in North America: Lessons and Options",
        "March 2013",
        "Migration Policy Institute",
    )
    brief = parse_citation("Fact sheet. Joanne Park and Luis Medina, Temporary Workers in Canada, 2000-2011 "
                           "(Migration Policy Institute, June 2012).")  # fmt: skip
    assert (brief.authors, brief.title, brief.year.text) == (
        ("Joanne Park", "Luis Medina"),
        "Temporary Workers in Canada, 2000-2011",
        "June 2012",
    )
    paper = parse_citation("Working paper. Ana Gómez-Ibarra, Measuring Return Migration: Data and Gaps, MPI Working "
                           "Paper No. 4, January 2013.")  # fmt: skip
    assert (paper.title, paper.year.text) == ("Measuring Return Migration: Data and Gaps", "January 2013")


def test_a_list_items_reference_fields_set_one_per_line_read_as_one_reference(nlp):
    """Round 89 (real listings, dev): a project's publications, each item its authors, its title in bold and where
    it appeared, one per line without stops ("A. Ruiz, K. Lund<br><b>Title</b><br><i>Journal</i>, 12(3), 1-9
    (2019)"), or its title first ("<b>Title</b> [pdf]<br>A, B, and C<br>Venue, May 2018."). The lines are the fields
    of one reference: the title is the bold line alone, the names the authors."""
    body = (
        "<h1>Publications</h1><ul>"
        "<li>A. Ruiz, K. Lund, T. Berg<br><b>Optimal path planning for steerable needles</b><br>"
        "<i>Automatica</i>, 12(3), 101-119 (2019)</li>"
        "<li>K. Lund, A. Ruiz<br><b>Learning surgical trajectories from demonstrations</b><br>"
        "<i>Robotics Letters</i>, 4(2), 55-62 (2020)</li></ul>"
    )
    from mpdp_pipeline.extractors.html import html_to_document

    page = f"<html><head><title>Publications</title></head><body>{body}</body></html>"
    doc = html_to_document(page.encode())
    ctx = DocumentContext("IGC", "d" * 64, "file:///p.html", "en", title=doc.title)
    found = {(a.title, str(a.start_date), a.authors) for a in blocks_to_activities(doc.blocks, ctx, nlp)}
    assert found == {
        ("Optimal path planning for steerable needles", "2019-01-01", ("A. Ruiz", "K. Lund", "T. Berg")),
        ("Learning surgical trajectories from demonstrations", "2020-01-01", ("K. Lund", "A. Ruiz")),
    }


def test_a_spanish_annex_of_works_in_apa_with_bodies_and_double_surnames_in_capitals():
    """Round 91 (written, dev): an annex "Documentos publicados en 2011" lists works in APA as Spanish writes it:
    a body in capitals as author ("PRESIDENCIA PRO TEMPORE DE LA CRM (2011)."), two surnames in capitals before the
    given names ("MORALES VEGA, Ana Lucía y CASTRO ROJAS, Jorge"), a day after the year ("(2011, 24 de junio)")."""
    body = parse_citation("PRESIDENCIA PRO TEMPORE DE LA CRM (2011). Informe de la Presidencia Pro Tempore 2011. "
                          "Santo Domingo: Dirección General de Migración.")  # fmt: skip
    assert (body.authors, body.title, body.year.start.year) == (
        ("PRESIDENCIA PRO TEMPORE DE LA CRM",),
        "Informe de la Presidencia Pro Tempore 2011",
        2011,
    )
    pair = parse_citation("MORALES VEGA, Ana Lucía y CASTRO ROJAS, Jorge (2011). Diagnóstico sobre la protección "
                          "consular. San José: Secretaría Técnica de la CRM.")  # fmt: skip
    assert pair.authors == ("MORALES VEGA, Ana Lucía", "CASTRO ROJAS, Jorge")
    dated = parse_citation("CONFERENCIA REGIONAL SOBRE MIGRACIÓN (2011, 24 de junio). Declaración de la XVI Reunión "
                           "Viceministerial. Santo Domingo: CRM.")  # fmt: skip
    assert (dated.title, str(dated.year.start), dated.year.precision) == (
        "Declaración de la XVI Reunión Viceministerial",
        "2011-06-24",
        DatePrecision.DAY,
    )


def test_a_series_page_and_a_statistics_office_page_list_their_works_by_linked_title_and_day(nlp):
    """Round 91 (real listings, dev): a think tank's page of a series ("Current QuickTakes in the series:"), each work
    a linked title over its day; a statistics office's page, each work a bold linked "Title, 19 March 2018" over its
    summary. The lead-in says the page lists works; a plea to write in with an address is none."""
    from mpdp_pipeline.extractors.html import html_to_document

    def rows(page: str) -> set:
        doc = html_to_document(page.encode())
        ctx = DocumentContext("MPI", "d" * 64, "file:///p.html", "en", title=doc.title)
        return {(a.title, str(a.start_date)) for a in blocks_to_activities(doc.blocks, ctx, nlp)}

    series = (
        "<html><head><title>Briefs | Survey</title></head><body><h2>QuickNotes</h2><p>This series highlights timely "
        "data from the survey.</p><p><strong>Current QuickNotes in the series:</strong></p>"
        "<p><a href='a.html'>Fewer Adults Report Problems Paying Medical Bills</a><br />January 6, 2016</p>"
        "<p><a href='b.html'>More Adults Have Stable Coverage as Reform Proceeds</a><br />December 2, 2015</p>"
        "<p><a href='c.html'>Few Adults Have Difficulty Finding a Doctor</a><br />September 24, 2015</p></body></html>"
    )
    assert rows(series) == {
        ("Fewer Adults Report Problems Paying Medical Bills", "2016-01-06"),
        ("More Adults Have Stable Coverage as Reform Proceeds", "2015-12-02"),
        ("Few Adults Have Difficulty Finding a Doctor", "2015-09-24"),
    }
    office = (
        "<html><head><title>Publications</title></head><body><h2>Publications</h2><p>If you have any feedback on our "
        "publications please contact us at sdg@example.org</p><h3>All goals</h3>"
        "<p><strong><a href='x'>Data gaps: an inclusive data action plan, 19 March 2018</a></strong><br />This is our "
        "first report on data gaps.</p><p><strong><a href='y'>Progress and possibilities, 9 November 2017</a>"
        "</strong><br />This looks at the work we have been doing.</p><h3>Goal 7</h3><p><strong><a href='z'>Renewable "
        "energy in the country, 22 November 2017</a></strong><br />This deck looks at energy use.</p></body></html>"
    )
    assert rows(office) == {
        ("Data gaps: an inclusive data action plan", "2018-03-19"),
        ("Progress and possibilities", "2017-11-09"),
        ("Renewable energy in the country", "2017-11-22"),
    }


def test_a_library_catalogues_records_take_their_date_from_the_published_imprint(nlp):
    # Round 99: a documentation centre's search results, each record a table of labelled rows under "Record 1 of 3";
    # the "Published:" row is the imprint (place : publisher, month), and "Record created:" dates no work.
    from mpdp_pipeline.extractors.html import html_to_document

    records = [
        ("Return Counselling in Practice : a survey", "Corporate author:", "IGC Secretariat", "Geneva : IGC, May 2008"),
        ("Family Reunification Rules Compared", "Author:", "Lund, Kari", "Geneva : IGC Secretariat, 2007"),
        ("Country of Origin Information : a handbook", "Corporate author:", "IGC Secretariat",
         "Geneva : IGC Secretariat, Feb. 2006"),
    ]  # fmt: skip
    tables = "".join(
        f'<table><tr><td colspan="2"><b>Record {i} of 3</b></td></tr><tr><td><b>Title:</b></td><td><a href="#">'
        f"{title}</a></td></tr><tr><td><b>{label}</b></td><td>{who}</td></tr><tr><td><b>Published:</b></td>"
        f"<td>{imprint}</td></tr><tr><td><b>Description:</b></td><td>88 p.</td></tr><tr><td><b>Record created:</b>"
        f"</td><td>2009-0{i}-12</td></tr></table>"
        for i, (title, label, who, imprint) in enumerate(records, 1)
    )
    page = f"<html><head><title>Catalogue</title></head><body><h1>Catalogue Search Results</h1>{tables}</body></html>"
    doc = html_to_document(page.encode())
    ctx = DocumentContext("IGC", "d" * 64, "file:///catalogue.html", "en", title=doc.title)
    rows = sorted(blocks_to_activities(doc.blocks, ctx, nlp), key=lambda a: a.title)
    assert [(a.title, a.start_date, a.date_precision, a.authors) for a in rows] == [
        ("Country of Origin Information : a handbook", dt.date(2006, 2, 1), "month", ("IGC Secretariat",)),
        ("Family Reunification Rules Compared", dt.date(2007, 1, 1), "year", ("Kari Lund",)),
        ("Return Counselling in Practice : a survey", dt.date(2008, 5, 1), "month", ("IGC Secretariat",)),
    ]


def test_drupal_nodes_of_labelled_fields_under_their_titles_and_submitted_stamps(nlp):
    # Round 103: a Drupal 6 view of publication nodes in French; each node a linked title, the CMS's "Soumis par ..."
    # stamp, CCK fields (a label box beside a box of values, two authors in two items), a teaser and its links.
    nodes = [
        ("Réinstallation : pratiques comparées", ["Secrétariat des IGC"], "mars 2012", "Rapport"),
        ("La détention des demandeurs d'asile", ["Lucie Favre", "Tomas Berg"], "octobre 2010", "Document de travail"),
        ("Statistiques annuelles 2008", ["Unité de la statistique"], "2009", "Statistiques"),
    ]

    def field(label: str, values: list[str]) -> str:
        items = "".join(f'<div class="field-item">{v}</div>' for v in values)
        label_box = f'<div class="field-label">{label}&nbsp;</div>'
        return f'<div class="field">{label_box}<div class="field-items">{items}</div></div>'

    page = "".join(
        f'<div class="views-row"><div class="node"><h3 class="title"><a href="/fr/pub/{i}">{title}</a></h3>'
        f'<span class="submitted">Soumis par secretariat le lun, 0{i + 1}/05/2013 - 10:1{i}</span>'
        f'<div class="content">{field("Auteur(s) :", authors)}{field("Date de publication :", [when])}'
        f"{field('Type :', [kind])}<p>Synthèse des politiques des États participants.</p></div>"
        f'<div class="links"><ul><li><a href="/f/{i}.pdf">Télécharger (PDF, 1,2 Mo)</a></li>'
        f'<li><a href="/print/{i}">Version imprimable</a></li></ul></div></div></div>'
        for i, (title, authors, when, kind) in enumerate(nodes)
    )
    from mpdp_pipeline.extractors.html import html_to_document

    html_page = f"<html lang=fr><head><title>Publications</title></head><body><h1>Publications</h1>{page}</body></html>"
    doc = html_to_document(html_page.encode())
    ctx = DocumentContext("IGC", "d" * 64, "file:///publications.html", "fr", title=doc.title)
    rows = sorted(blocks_to_activities(doc.blocks, ctx, nlp), key=lambda a: a.title)
    assert [(a.title, a.authors, str(a.start_date)) for a in rows] == [
        ("La détention des demandeurs d'asile", ("Lucie Favre", "Tomas Berg"), "2010-10-01"),
        ("Réinstallation : pratiques comparées", ("Secrétariat des IGC",), "2012-03-01"),
        ("Statistiques annuelles 2008", ("Unité de la statistique",), "2009-01-01"),
    ]


def test_a_plone_folder_of_reports_with_descriptions_a_portlet_of_repeats_and_partners_works(nlp):
    # Round 107: a "Title | Type | Author | Date" table whose title cells hold a linked title over its description; a
    # "Recent Publications" portlet repeats three of them with their months; partner organisations' works and the
    # page's "Send this" action are no works of the body's.
    from mpdp_pipeline.extractors.html import html_to_document

    works = [
        ("Resettlement Quotas in IGC Participating States", "Report", "IGC Secretariat", "October 2012"),
        ("Outcome Report of the Workshop on Labour Shortages", "Report", "IGC Secretariat", "June 2012"),
        ("Annual Report 2011 of the Consultations", "Report", "IGC Secretariat", "March 2012"),
    ]
    rows = "".join(
        f'<tr><td><a href="/pub/{i}">{t}</a><br /><span class="discreet">Summary of the findings and the '
        f"discussions that followed.</span></td><td>{k}</td><td>{a}</td><td>{d}</td></tr>"
        for i, (t, k, a, d) in enumerate(works)
    )
    portlet = "".join(
        f'<dd class="portletItem"><a href="/pub/{i}">{t}</a> <span class="portletItemDetails">{d}</span></dd>'
        for i, (t, _, _, d) in enumerate(works)
    )
    page = (
        "<html><head><title>Publications — IGC</title></head><body><table><tr><td>"
        "<h1>Publications</h1><table><thead><tr><th>Title</th><th>Type</th><th>Author</th><th>Date</th></tr>"
        f"</thead><tbody>{rows}</tbody></table><h2>Related publications from partner organisations</h2><ul>"
        "<li>UNHCR, Global Trends 2011 (June 2012)</li><li>OECD, International Migration Outlook 2012 (June 2012)"
        "</li></ul><h5>Document Actions</h5><ul><li><a href='/sendto'>Send this</a></li></ul></td><td>"
        f'<dl class="portlet"><dt><a href="/pubs">Recent Publications</a></dt>{portlet}</dl></td></tr></table>'
        "</body></html>"
    )
    doc = html_to_document(page.encode())
    ctx = DocumentContext("IGC", "d" * 64, "file:///publications.html", "en", title=doc.title)
    found = sorted((a.title, str(a.start_date)) for a in blocks_to_activities(doc.blocks, ctx, nlp))
    assert found == sorted((t, str(dt.datetime.strptime(d, "%B %Y").date())) for t, _, _, d in works)


def test_a_government_collection_pages_sections_of_document_cards_are_documents_not_meetings(nlp):
    # Real round 93 (dev): a GOV.UK collection page, sections under h2 headings, each an ordered list of cards: a
    # linked h3 title over a list of its attributes, the day it was published and its type ("Guidance", "Form").
    # Cards dated to the day with a document's type are documents, not an events page's meetings.
    from mpdp_pipeline.extractors.html import html_to_document

    sections = [
        ("Data returns", [("Learner data specification 2013 to 2014", "25 July 2013", "Guidance"),
                          ("Data collection calendar 2013 to 2014", "2 May 2013", "Guidance")]),
        ("Funding claims", [("Funding claim template", "9 July 2013", "Form"),
                            ("Year-end funding claims: how to submit", "16 July 2013", "Guidance"),
                            ("Payments and data: an overview", "3 June 2013", "Guidance")]),
        ("Portals", [("Provider portal: the Hub", "25 February 2013", "Guidance")]),
    ]  # fmt: skip
    body = "".join(
        f"<div class='group'><h2>{name}</h2><p>Documents for providers.</p><ol class='document-list'>"
        + "".join(
            f"<li><h3><a href='/doc/{i}'>{title}</a></h3><ul class='attributes'><li class='date'>{day}</li>"
            f"<li class='display-type'>{kind}</li></ul></li>"
            for i, (title, day, kind) in enumerate(cards)
        )
        + "</ol></div>"
        for name, cards in sections
    )
    page = f"<html><head><title>Learner data - GOV.UK</title></head><body><main><h1>Learner data</h1>{body}</main>"
    doc = html_to_document((page + "</body></html>").encode())
    ctx = DocumentContext("IGC", "d" * 64, "file:///collection.html", "en", title=doc.title)
    rows = blocks_to_activities(doc.blocks, ctx, nlp)
    assert {r.kind for r in rows} == {"publication"}
    assert sorted((r.title, str(r.start_date)) for r in rows) == sorted(
        (title, str(dt.datetime.strptime(day, "%d %B %Y").date())) for _, cards in sections for title, day, _ in cards
    )


def test_a_print_catalogues_rows_of_a_type_and_a_title_over_their_bylines_and_a_staff_article(nlp):
    # Round 99: a catalogue's last page sets each short work as a row, its type in the left column and its title in
    # the right ("FACT SHEET | Remittances to Central America, 2007"), the authors and month on the line below in the
    # right column; then one article under "Journal Articles by MPI Staff", cited in Chicago style.
    def row(order: int, label: str, title: str) -> Block:
        text = f"{label} | {title}"
        return Block(text, kind=BlockKind.TABLE_ROW, order=order, page=3, cells=(label, title), heading="SHORT WORKS")

    def line(order: int, text: str, heading: str = "SHORT WORKS") -> Block:
        return Block(text, kind=BlockKind.PARAGRAPH, order=order, page=3, heading=heading)

    blocks = [
        Block("SHORT WORKS", kind=BlockKind.HEADING, order=0, page=3),
        row(1, "INSIGHT No. 21", "Workplace Enforcement After 2006"),
        line(2, "Maria Ellison. June 2008."),
        row(3, "POLICY BRIEF", "Transit Migration Through Mexico: Routes and Risks"),
        line(4, "Tomás A. Ruiz and Nadia Berg. April 2008."),
        row(5, "FACT SHEET", "Remittances to Central America, 2007"),
        line(6, "Sarah J. Moon. January 2008."),
        Block("Journal Articles by MPI Staff", kind=BlockKind.HEADING, order=7, page=3),
        line(8, 'Castell, Jeremy. "State Immigration Laws in 2007." Journal of Migration Policy 34, no. 3 (April '
             "2008): 411-432.", "Journal Articles by MPI Staff"),
    ]  # fmt: skip
    ctx = DocumentContext("MPI", "d" * 64, "file:///catalogue.pdf", "en")
    found = sorted((a.title, str(a.start_date), a.authors) for a in blocks_to_activities(blocks, ctx, nlp))
    assert found == [
        ("Remittances to Central America, 2007", "2008-01-01", ("Sarah J. Moon",)),
        ("State Immigration Laws in 2007", "2008-04-01", ("Jeremy Castell",)),
        ("Transit Migration Through Mexico: Routes and Risks", "2008-04-01", ("Tomás A. Ruiz", "Nadia Berg")),
        ("Workplace Enforcement After 2006", "2008-06-01", ("Maria Ellison",)),
    ]


def test_a_reports_table_of_documents_produced_with_a_prepared_by_column_lists_works_not_events(nlp):
    # Round 100: a final report's "Documents produced" table, "Title | Prepared by | Date | Language"; its titles name
    # workshops and forums, but the rows are their reports, not the events.
    header = ("Title", "Prepared by", "Date", "Language")
    rows = [
        ("Report of the Workshop on Seasonal Worker Programs", "Technical Secretariat", "May 2012", "EN / ES"),
        ("Informe del Foro sobre Migración y Salud", "ST-CRM", "March 2013", "ES only"),
    ]
    blocks = [Block("4. Documents produced", kind=BlockKind.HEADING, order=0, page=2)] + [
        Block(" | ".join(r), kind=BlockKind.TABLE_ROW, order=i, page=2, cells=r, header=header,
              heading="4. Documents produced", locator=f"50,{200 + 30 * i},540,{225 + 30 * i}")
        for i, r in enumerate(rows, 1)
    ]  # fmt: skip
    ctx = DocumentContext("RCM", "d" * 64, "file:///final-report.pdf", "en")
    found = sorted((a.kind, a.title, str(a.start_date)) for a in blocks_to_activities(blocks, ctx, nlp))
    assert found == [
        ("report", "Informe del Foro sobre Migración y Salud", "2013-03-01"),
        ("report", "Report of the Workshop on Seasonal Worker Programs", "2012-05-01"),
    ]


def test_a_bulletins_section_heading_over_its_entries_is_no_work(nlp):
    # Round 97 (written, dev): a bulletin's "Publicaciones" heading over its entries, each a title with its place,
    # month and pages ("Informe de Gestión ... 2011. Santo Domingo, diciembre de 2011. 48 p."); the section's name is
    # no work's title.

    path = Path(__file__).parent / "fixtures" / "written" / "w97-rcm-boletin-2011.pdf"
    doc = pdf_to_document(path.read_bytes())
    ctx = DocumentContext("RCM", "d" * 64, path.name, "es", title=doc.title)
    works = {a.title for a in blocks_to_activities(doc.blocks, ctx, nlp) if a.kind in ("report", "publication")}
    assert "Publicaciones" not in works
    assert "Informe de Gestión de la Presidencia Pro Tempore de la República Dominicana 2011" in works


def test_a_bulletins_titles_over_their_imprints_are_the_works_not_the_imprints(nlp):
    # Round 79 (written, dev): a bulletin's works, each a bold title over its imprint ("Secretaría Técnica de la CRM.
    # San José, agosto de 2009. 24 p."; "Presidencia Pro Tempore de Guatemala, julio de 2009. 36 p. Resume ...").
    # Read alone, an imprint parses as a citation whose title is a town and a month, or a page count; such a
    # "title" names no work, and the heading above is the work.

    path = Path(__file__).parent / "fixtures" / "written" / "w79-rcm-boletin-2009.pdf"
    doc = pdf_to_document(path.read_bytes())
    ctx = DocumentContext("RCM", "d" * 64, path.name, "es", title=doc.title)
    works = {a.title: a for a in blocks_to_activities(doc.blocks, ctx, nlp) if a.kind in ("report", "publication")}
    assert set(works) == {
        "Lineamientos regionales para la protección especial en casos de repatriación de niños, niñas y adolescentes "
        "víctimas de trata de personas",
        "Informe de la Presidencia Pro Tempore de Guatemala",
        "Legislación migratoria comparada en los países miembros de la CRM",
        "Memoria del Seminario sobre Trata de Personas y Tráfico Ilícito de Migrantes",
    }
    assert str(works["Informe de la Presidencia Pro Tempore de Guatemala"].start_date) == "2009-07-01"


def test_works_a_newsletters_prose_names_by_their_italic_titles(nlp):
    # Round 108 (written, dev): a newsletter announces its works in sentences, each title set in italics: "announce
    # the release, in March 2012, of <em>Title</em>, by A and the IGC Secretariat", "Published in February 2012,
    # <em>Title</em>, by A, reviews ...". The italics are the title; the date is the one before it, not the data
    # range the sentence goes on to ("analyzes data from December 2007 through December 2010").
    from mpdp_pipeline.extractors.html import html_to_document

    page = (
        "<html><body><h2>New publications</h2>"
        "<p>The Secretariat is pleased to announce the release, in March 2012, of <a href='/p/1'><em>Integration "
        "Policies in IGC States: Trends and Challenges</em></a>, by Sofia Marchetti and the IGC Secretariat. The report"
        " draws on the replies of 16 participating States.</p>"
        "<p>Published in February 2012, <em>Biometrics in Migration Management: A Status Report</em>, by Henrik Vos,"
        " reviews the use of fingerprints in visa and asylum processes.</p>"
        "<p>The report, <em>Uneven Recovery: Immigrant Workers and the Labor Market</em>, by Nadia Ferreira, analyzes "
        "survey data from December 2007 through December 2010.</p>"
        "</body></html>"
    )
    doc = html_to_document(page.encode())
    ctx = DocumentContext("IGC", "d" * 64, "file:///news.html", "en")
    works = {(a.title, str(a.start_date), a.authors) for a in blocks_to_activities(doc.blocks, ctx, nlp)}
    assert (
        "Integration Policies in IGC States: Trends and Challenges",
        "2012-03-01",
        ("Sofia Marchetti", "IGC Secretariat"),
    ) in works
    assert ("Biometrics in Migration Management: A Status Report", "2012-02-01", ("Henrik Vos",)) in works
    assert not any(t.startswith("Uneven Recovery") and d == "2007-12-01" for t, d, _ in works)


def test_the_igcs_untyped_studies_of_its_participating_states_are_its_reports(nlp):
    # Held-out rounds 88 to 117 label the IGC's studies of its Participating States as its reports when the work
    # names no other form ("Family Reunification: Overview of Policies and Practices in IGC Participating States");
    # a fact sheet, a work another house published and another recipient's work keep their kind.
    def kinds(recipient: str, line: str) -> list[str]:
        block = Block(line, kind=BlockKind.LIST_ITEM, order=0, heading="Publications")
        return [
            a.kind.value for a in blocks_to_activities([block], DocumentContext(recipient, "d" * 64, "x", "en"), nlp)
        ]

    study = "Family Reunification: Overview of Policies and Practices in IGC Participating States (November 2011)"
    assert kinds("IGC", study) == ["report"]
    assert kinds("MPI", study) == ["publication"]
    assert kinds("IGC", "Fact sheet: Asylum Applications in IGC Participating States, 2010 (March 2011)") == [
        "publication"
    ]


def test_a_surname_that_is_also_a_town_and_a_year_in_press_still_make_citations():
    # Real round 97 (dev): a fellows' publication list of Harvard entries, most by "Preston, C" (Preston is also a
    # town, which made a lone author read as an event's place) and some "(2011 in press)" or "(2011in press)".
    blocks = [
        Block(text, kind=BlockKind.PARAGRAPH, order=i, heading="Innovative ICT CPD programmes")
        for i, text in enumerate(
            [
                "Preston, C (2006) The power of practice based research: teachers informing policy. Torquay",
                "Preston, C. (2011 in press). ICT industry and education partnership: a driver for change. Becta",
                "Preston, C. and J. Cuthell (2011in press) MirandaMods: from practice to praxis. Springer",
                "Preston, C. (2004). Learning to use ICT in Classrooms: an evaluation. London, Training Agency.",
            ]
        )
    ]
    pubs, _ = find_publications(blocks)
    assert [(p.title, p.date.start.year) for p in pubs] == [
        ("The power of practice based research: teachers informing policy", 2006),
        ("ICT industry and education partnership: a driver for change", 2011),
        ("MirandaMods: from practice to praxis", 2011),
        ("Learning to use ICT in Classrooms: an evaluation", 2004),
    ]
    assert pubs[0].authors == ("Preston, C",)


def test_a_joomla_document_listing_reads_each_linked_title_over_its_date_field(nlp):
    # Dev round 114: a Joomla 1.0 listing, each work a `contentheading` table of its linked title over a table of
    # its "Fecha:" field and description, under the page's `componentheading`. A title that reads "Kind: name" is
    # still a title, and one that names an event ("Informe final: Seminario ...") is a work about it.
    def item(title: str, when: str, about: str) -> str:
        return (
            '<table class="contentpaneopen"><tr><td class="contentheading">'
            f'<a href="/index.php?option=com_docman&amp;task=doc_download&amp;gid=1">{title}</a></td></tr></table>'
            f'<table class="contentpaneopen"><tr><td class="createdate">Fecha: {when}</td></tr>'
            f'<tr><td valign="top"><p>{about} (PDF, 640 KB)</p></td></tr></table>'
        )

    page = (
        "<html><body><div class='moduletable'><h3>Avisos</h3><p>Convocatoria para consultorías: plazo hasta el 30 de "
        "septiembre de 2009.</p></div><div class='componentheading'>Publicaciones</div><table><tr><td>"
        + item(
            "Informe final: Seminario sobre Migración Laboral y Desarrollo", "15/07/2009", "Relatoría del seminario."
        )
        + item("Boletín Informativo CRM No. 12", "marzo 2009", "Boletín trimestral de la Secretaría Técnica.")
        + item("Migración y remesas en Centroamérica", "marzo de 2009", "Documento de trabajo No. 2.")
        + "</td></tr></table></body></html>"
    )
    doc = html_to_document(page.encode())
    assert ("heading", "Publicaciones") in {(BlockKind(b.kind).value, b.text) for b in doc.blocks}
    assert not any(b.kind == BlockKind.HEADING and b.text.startswith("Fecha") for b in doc.blocks)
    ctx = DocumentContext("RCM", "d" * 64, "file:///publicaciones.html", "es")
    rows = {(a.kind.value, a.title, str(a.start_date)) for a in blocks_to_activities(doc.blocks, ctx, nlp)}
    assert rows == {
        ("report", "Informe final: Seminario sobre Migración Laboral y Desarrollo", "2009-07-15"),
        ("publication", "Boletín Informativo CRM No. 12", "2009-03-01"),
        ("publication", "Migración y remesas en Centroamérica", "2009-03-01"),
    }


def test_a_news_posts_stamp_a_newsletters_tagline_and_an_order_form_are_no_works(nlp):
    # Round 118 (dev): a Joomla news page stamps each post "Written by Administrator Monday, 25 June 2012 10:15";
    # a PDF newsletter's tagline under its name and its order form's heading were read as works.
    blocks = [
        Block("News", kind=BlockKind.HEADING, order=0),
        Block("Report of the Pro Tempore Presidency now available", kind=BlockKind.HEADING, order=1, heading="News"),
        Block(
            "Written by Administrator Friday, 22 June 2012 16:40",
            kind=BlockKind.PARAGRAPH,
            order=2,
            heading="Report of the Pro Tempore Presidency now available",
        ),
        Block("MPI Research Update", kind=BlockKind.HEADING, order=3, page=1),
        Block(
            "Fall 2010 - News from the Migration Policy Institute for partners and funders",
            kind=BlockKind.PARAGRAPH,
            order=4,
            page=1,
            heading="MPI Research Update",
        ),
        Block("PUBLICATIONS ORDER FORM", kind=BlockKind.HEADING, order=5, page=3),
        Block(
            "Printed copies of the titles below may be ordered by mail or fax.",
            kind=BlockKind.PARAGRAPH,
            order=6,
            page=3,
            heading="PUBLICATIONS ORDER FORM",
        ),
        Block(
            "Fences and Footholds: Immigration Enforcement in a Federal System | $24.95",
            kind=BlockKind.TABLE_ROW,
            order=7,
            page=3,
            heading="PUBLICATIONS ORDER FORM",
            cells=("Fences and Footholds", "$24.95"),
            header=("Delivering Citizenship (2008)", "$10.00"),
        ),
    ]
    ctx = DocumentContext("MPI", "d" * 64, "x", "en")
    titles = [a.title for a in blocks_to_activities(blocks, ctx, nlp)]
    assert not [t for t in titles if t.startswith(("Written", "News from", "PUBLICATIONS ORDER"))], titles


def test_a_plone_listing_of_linked_titles_over_their_imprint_lines_and_no_external_link(nlp):
    # Round 119 (dev): "<li><a><strong>Title</strong></a><br>Edited by A and B. Geneva: IGC, 2010. (PDF)</li>" under
    # a year's heading; a meta line that only closes with its year ("IGC Secretariat, 2009."); and another house's
    # work marked "(external link)" under "See also".
    page = (
        "<html><head><title>Publications - IGC</title></head><body><h1>Publications</h1><h2>2010</h2>"
        "<ul class='publication-list'>"
        "<li><a href='a.pdf'><strong>Integration Policies: Country Profiles</strong></a><br/>"
        "Edited by Anja Brenninkmeijer and Olivier Sauvageot. Geneva: IGC, 2010. <span>(PDF, 4.7 MB)</span></li>"
        "<li><a href='b.pdf'><strong>Labour Migration Trends 2000-2010: Information Sheet</strong></a><br/>"
        "Compiled by Lukas Pfister and Anneke de Wit, 21 March 2011. <span>(PDF, 185 KB)</span></li>"
        "<li><a href='c.pdf'><strong>Irregular Migration and Smuggling: Report of the Full Round</strong></a><br/>"
        "IGC Secretariat, 2009. <span>(PDF, 870 KB)</span></li></ul>"
        "<h3>See also</h3><ul><li><a href='http://unhcr.example/gt.pdf'>UNHCR: 2009 Global Trends: Refugees and "
        "Asylum-seekers</a> (external link)</li></ul></body></html>"
    )
    doc = html_to_document(page.encode())
    rows = blocks_to_activities(doc.blocks, DocumentContext("IGC", "d" * 64, "file:///p.html", "en"), nlp)
    assert {(a.title, str(a.start_date), a.authors) for a in rows} == {
        ("Integration Policies: Country Profiles", "2010-01-01", ("Anja Brenninkmeijer", "Olivier Sauvageot")),
        ("Labour Migration Trends 2000-2010: Information Sheet", "2011-03-21", ("Lukas Pfister", "Anneke de Wit")),
        ("Irregular Migration and Smuggling: Report of the Full Round", "2009-01-01", ()),
    }


def test_a_catalogues_title_headings_over_their_byline_and_month_lines_under_type_kickers():
    # Round 119 (dev): a two-column print catalogue by topic; each work a kicker naming its type, a bold title and
    # a line "Names · Month Year blurb ... 44 pp."; a body as author, a year alone; a card's type line is no byline.
    def heading(text: str, order: int, size: float = 9.5) -> Block:
        return Block(text, kind=BlockKind.HEADING, order=order, page=2, font_size=size, is_bold=True)

    blocks = [
        heading("LABOR MIGRATION", 0, 11.0),
        Block("WORKING PAPER NO. 21", kind=BlockKind.PARAGRAPH, order=1, page=2, font_size=7.5),
        heading("Point Systems Reconsidered: Evidence from Five Countries", 2),
        para("Guido Bernasconi and Akiko Tanabe · March 2012 Compares selection outcomes in five countries. 44 pp.", 3),
        Block("BOOK", kind=BlockKind.PARAGRAPH, order=4, page=2, font_size=7.5),
        heading("Diaspora Bonds and Development Finance", 5),
        para("Edited by Kwame Asante-Boateng and Lisa Harrow · 2012 Washington, DC: Migration Policy Institute.", 6),
        heading("Rethinking Labor Migration After the Recession", 7),
        para("Atlantic Migration Council · January 2012 Council statement adopted at its sixth plenary. 12 pp.", 8),
        heading("Understanding the DREAM Act Population", 9),
        para("Webinar · May 18, 2010 MPI analysts walked participants through new estimates.", 10),
    ]
    pubs, _ = find_publications(blocks)
    assert [(p.title, str(p.date.start), p.authors, p.publication_type.value) for p in pubs] == [
        (
            "Point Systems Reconsidered: Evidence from Five Countries",
            "2012-03-01",
            ("Guido Bernasconi", "Akiko Tanabe"),
            "working_paper",
        ),
        ("Diaspora Bonds and Development Finance", "2012-01-01", ("Kwame Asante-Boateng", "Lisa Harrow"), "book"),
        ("Rethinking Labor Migration After the Recession", "2012-01-01", ("Atlantic Migration Council",), "other"),
    ]


def test_cards_of_a_year_a_title_and_a_download_button_to_the_file_are_a_listing(nlp):
    # Real round 101 (dev): an NGO's "Media Toolkit" page, each card a year, a title and a "Download" button to the
    # work's PDF; the page says nothing of publications, the buttons do.
    def card(year: str, title: str, href: str) -> str:
        return (
            f"<div class='main-toolkit-sec'><div class='toolkit-left'><img src='c.jpg' alt=''></div>"
            f"<div class='research-box'><span>{year}</span><h3>{title}</h3>"
            f"<a href='{href}' download><i class='fa fa-download'></i>Download</a></div></div>"
        )

    page = (
        "<html><head><title>UKS</title></head><body><section><h3>Media Toolkit</h3><div>"
        + card("2013", "A Toolkit for a More Gender Responsive Media", "https://files.example/toolkit.pdf")
        + card("2012", "Covering Disasters Through the Lens of Gender", "https://files.example/disasters.pdf")
        + card("2009", "Understanding Disability: A Media Guide", "https://files.example/disability.pdf")
        + "</div></section></body></html>"
    )
    doc = html_to_document(page.encode())
    rows = blocks_to_activities(doc.blocks, DocumentContext("MPI", "d" * 64, "file:///toolkit.html", "en"), nlp)
    assert sorted((a.title, a.start_date.year) for a in rows) == [
        ("A Toolkit for a More Gender Responsive Media", 2013),
        ("Covering Disasters Through the Lens of Gender", 2012),
        ("Understanding Disability: A Media Guide", 2009),
    ]


def test_a_citations_italic_title_ends_where_its_month_runs_on():
    # Round 121 (dev): "Secrétariat des IGC, *Rapport sur la réinstallation des réfugiés 2006*, février 2007." The
    # year inside the italic title is no date; the month after it is.
    block = Block(
        "Secrétariat des IGC, Rapport sur la réinstallation des réfugiés 2006, février 2007.",
        kind=BlockKind.LIST_ITEM,
        order=1,
        page=2,
        heading="4. Publications",
        emphasis=("Rapport sur la réinstallation des réfugiés 2006",),
    )
    other = Block(
        "Secrétariat des IGC, Procédures d'asile : rapport sur les politiques et pratiques, septembre 2006.",
        kind=BlockKind.LIST_ITEM,
        order=0,
        page=2,
        heading="4. Publications",
        emphasis=("Procédures d'asile : rapport sur les politiques et pratiques",),
    )
    pubs, _ = find_publications([other, block])
    assert ("Rapport sur la réinstallation des réfugiés 2006", "2007-02-01") in {
        (p.title, str(p.date.start)) for p in pubs
    }


def test_a_report_still_to_be_released_is_no_work(nlp):
    # Round 123 (dev): a funder report's outlook: "... with a final report to be released in autumn 2013."
    block = Block(
        "The resettlement study will conclude in FY 2013–14 with a final report to be released in September 2013.",
        kind=BlockKind.PARAGRAPH,
        order=1,
        page=2,
        heading="Section C. Outlook",
    )
    assert blocks_to_activities([block], DocumentContext("MPI", "d" * 64, "x", "en"), nlp) == []


def test_a_works_own_page_its_byline_and_month_lines_and_its_related_events_not_its_sidebar(nlp):
    # Round 119 (dev): a report's page: its title heading, "By A, B, and C", "October 2011"; a box of related events,
    # a heading then a typed title in a paragraph, each over its day; a sidebar of boxes ("ABOUT THE STUDY GROUP",
    # "ORDER A PRINTED COPY") that are no listing of works.
    page = (
        "<html><head><title>MPI: Talent Mobility in North America</title></head><body><table><tr><td>"
        "<p>PUBLICATIONS</p><ul><li><a href='/r'>Recent Publications</a></li><li><a href='/t'>By Topic</a></li></ul>"
        "</td><td><p>REPORT</p><h2>Talent Mobility in North America: Rethinking Visa Policy for Skilled Workers</h2>"
        "<p>By Jonathan Pereira-Hollis, Sabine Ekwueme, and Daniel F. Moreau</p><p>October 2011</p>"
        "<h3>Abstract</h3><p>Canada, Mexico, and the United States have each reworked their skilled-worker "
        "admissions since NAFTA entered into force, but largely in isolation from one another.</p>"
        "<div><h3>Related Events</h3><h4>Report Launch: Talent Mobility in North America</h4>"
        "<p>October 18, 2011, 10:00 a.m. - 11:30 a.m.</p><p>Migration Policy Institute, Washington, DC</p>"
        "<p>Webinar: Skilled Visa Reform in Canada and the United States</p>"
        "<p>November 3, 2011, 1:00 p.m. - 2:00 p.m. EDT</p><p>Online webinar.</p></div>"
        "</td><td><div><p>ABOUT THE STUDY GROUP</p><p>The Regional Migration Study Group brings together former "
        "senior officials and researchers.</p></div><div><p>ORDER A PRINTED COPY</p><p>Printed copies are $15.00 "
        "plus shipping. Orders received by December 9 will ship before the holidays.</p></div></td></tr></table>"
        "</body></html>"
    )
    doc = html_to_document(page.encode(), content_type="text/html")
    ctx = DocumentContext("MPI", "d" * 64, "file:///talent.html", "en", title=doc.title)
    rows = {(a.kind.value, a.title, str(a.start_date)) for a in blocks_to_activities(doc.blocks, ctx, nlp)}
    assert rows == {
        ("report", "Talent Mobility in North America: Rethinking Visa Policy for Skilled Workers", "2011-10-01"),
        ("other", "Report Launch: Talent Mobility in North America", "2011-10-18"),
        ("other", "Webinar: Skilled Visa Reform in Canada and the United States", "2011-11-03"),
    }


def test_a_site_searchs_press_releases_staff_pages_and_jobs_are_no_works(nlp):
    # Round 119 (dev): an ASP.NET search results grid, each result its title, a meta line "Type | date | byline" and
    # a teaser; results typed "Press Release", "Staff" or "Job Opening" are no publications.
    path = Path(__file__).parent / "fixtures" / "written" / "w119-mpi-search-refugee.html"
    doc = html_to_document(path.read_bytes())
    ctx = DocumentContext("MPI", "d" * 64, path.as_uri(), "en", title=doc.title)
    works = [a.title for a in blocks_to_activities(doc.blocks, ctx, nlp) if a.kind.value in ("publication", "report")]
    assert "Protracted Refugee Situations and Durable Solutions" in works
    assert not [t for t in works if "research assistant" in t or "Welcomes" in t or "her work" in t]


def test_a_printed_reviews_work_gives_its_month_then_its_byline(written):
    """Round 394 (written, dev): a printed year in review, each work a type label ("REPORT") over its title over
    "January 2009 | By Laura Henning and Marcus Oyelaran", among events set the same way ("January 14, 2009 |
    Washington, DC"). The byline makes it a work of that month, by those authors, not an event there."""
    rows = written("w394-mpi-year-in-review-2009.pdf", "MPI")
    works = {a.title: a for a in rows if a.kind.value in ("publication", "report")}
    rethinking = works["Rethinking Temporary Worker Programs: Lessons from Three Decades"]
    assert (str(rethinking.start_date), rethinking.authors) == ("2009-01-01", ("Laura Henning", "Marcus Oyelaran"))
    events = {a.title for a in rows if a.kind.value not in ("publication", "report")}
    assert "Rethinking Temporary Worker Programs: Lessons from Three Decades" not in events
    assert "Labor Market Integration of Refugees" in events


def test_a_fact_sheets_card_among_a_years_cards_is_the_work(written):
    """Round 394 (written, dev): a year's cards by month, one a "Fact Sheet" over its title over "June 2015 • By
    Jiayi Tan": the work of that month, not a meeting."""
    rows = written("w394-mpi-events-publications-2015.html", "MPI")
    refugees = next(a for a in rows if a.title == "Refugees and Asylees in the United States, 2014")
    assert refugees.kind.value == "publication"


def test_an_all_content_listings_type_labels_part_its_works_from_its_events_and_posts(written):
    """Round 382 (written, dev): a site's "All Content" view, each card its type label over its title ("Policy
    Brief", "Report", "Event · Council Meeting", "Press Release", "Podcast"), then its byline, day and teaser. The
    works are read with their dates and authors; the events are events, of their own days; the release and the
    recording are neither."""
    rows = written("w382-mpi-all-content-2015.html", "MPI")
    works = {a.title: a for a in rows if a.kind.value in ("publication", "report")}
    events = {a.title for a in rows if a.kind.value not in ("publication", "report")}
    assert works["Rebuilding Trust in the Asylum System"].authors == ("Marco Bellini",)
    assert str(works["Refugees and Asylees in the United States: A 2015 Profile"].start_date) == "2015-10-21"
    assert "Europe's Migration Crisis: The Way Forward" in events
    assert "Rebuilding Trust in the Asylum System" not in events
    assert not any(t.startswith("MPI Names") or "Episode" in t for t in works.keys() | events)


def test_a_plone_listing_table_of_title_type_and_published_columns_lists_works(nlp):
    # Round 126 (dev): Plone's "Title | Type | Published" listing, each title cell its link over a note; a type
    # "Workshop Report" names a work, not an event, and the "Published" column dates works, not news posts.
    def row(title: str, note: str, kind: str, day: str) -> str:
        return (
            f"<tr><td><a href='/p' class='contenttype-file'>{title}</a><br/><span class='discreet'>{note}</span></td>"
            f"<td><span>{kind}</span></td><td><span>{day}</span></td></tr>"
        )

    page = (
        "<html><head><title>Publications — IGC</title></head><body><h1>Publications</h1>"
        "<table class='listing'><thead><tr><th>Title</th><th>Type</th><th>Published</th></tr></thead><tbody>"
        + row("Unaccompanied Minors: Overview of Policies", "Restricted. 214 pages.", "Report", "Jun 20, 2012")
        + row("IGC Participating States at a Glance", "Key figures, two pages.", "Fact Sheet", "Jan 16, 2012")
        + row(
            "Summary Report of the Workshop on Labour Migration Statistics",
            "PDF, 1 MB.",
            "Workshop Report",
            "Dec 02, 2011",
        )
        + "</tbody></table></body></html>"
    )
    doc = html_to_document(page.encode())
    ctx = DocumentContext("IGC", "d" * 64, "file:///pubs.html", "en", title=doc.title)
    rows = {(a.title, str(a.start_date)) for a in blocks_to_activities(doc.blocks, ctx, nlp)}
    assert rows == {
        ("Unaccompanied Minors: Overview of Policies", "2012-06-20"),
        ("IGC Participating States at a Glance", "2012-01-16"),
        ("Summary Report of the Workshop on Labour Migration Statistics", "2011-12-02"),
    }


def test_direct_order_names_with_a_middle_initial_open_a_citation():
    """Round 126 (written, dev): "Catherine Osei and Daniel R. Whitfield. Title. Washington, DC: Publisher, February
    2011.": names in direct order closed by their "and" name and a stop; the middle initial's stop is no end of them,
    and the first comma may come late (inside the imprint)."""
    cite = parse_citation(
        "Catherine Osei and Daniel R. Whitfield. Skilled Immigrants at Work: Underemployment Among College-Educated "
        "Newcomers. Washington, DC: Migration Policy Institute, February 2011. 36 pp."
    )
    assert cite is not None
    assert cite.authors == ("Catherine Osei", "Daniel R. Whitfield")
    assert cite.title == "Skilled Immigrants at Work: Underemployment Among College-Educated Newcomers"
    assert cite.publisher == "Migration Policy Institute"


def _written_rows(name: str, recipient: str, nlp) -> list:

    path = Path(__file__).parent / "fixtures" / "written" / name
    doc = pdf_to_document(path.read_bytes())
    ctx = DocumentContext(recipient, "d" * 64, path.name, "en", title=doc.title)
    return blocks_to_activities(doc.blocks, ctx, nlp)


def test_a_newsletters_new_publications_under_type_subheadings_are_read_entry_by_entry(nlp):
    """Round 126 (written, dev): a newsletter's "New Publications" page lists its works under type subheadings
    ("Reports", "Policy Briefs", "Working Papers", "Books"), one or two entries each, in the styles of citations:
    the subheading's section vouches for them. A series number is the type label's ("Policy Brief No. 9. Title"), and
    a work "Coming Soon" ("(expected May 2011)") is not out yet. The events above, each a bold title over a "Webinar |
    March 8, 2011 | Online" line, are named by their titles, not by that line."""
    rows = _written_rows("w126-mpi-update-spring-2011.pdf", "MPI", nlp)
    works = {a.title: a for a in rows if a.kind in ("report", "publication")}
    assert works["Skilled Immigrants at Work: Underemployment Among College-Educated Newcomers"].authors == (
        "Catherine Osei",
        "Daniel R. Whitfield",
    )
    assert "Recognizing Foreign Credentials in Regulated Professions: A Transatlantic Comparison" in works
    assert "Circular Migration in the Mediterranean: Promise and Practice" in works
    assert not any("Suburban" in t for t in works)
    events = {a.title for a in rows if a.kind not in ("report", "publication")}
    assert {"Serving Immigrant Families in Rural School Districts", "Roundtable on the Labor Market Integration of "
            "Refugees"} <= events  # fmt: skip
    assert not any("|" in t for t in events)


def test_bold_run_in_titles_in_a_two_column_review_are_entries_not_headings(nlp):
    """Round 126 (written, dev): a year in review lists its works in two columns, each entry opening with its title
    in bold that wraps and stops inside a line ("**Education Pathways for Immigrant Youth:**" / "**Mapping State
    Policies.** By A and" / "B. Report, 48 pp. November 2012. ..."). The bold run is the entry's title, not a
    heading; the entry is read whole, and its type is the first of the facts after the byline."""
    rows = _written_rows("w126-mpi-year-in-review-2012.pdf", "MPI", nlp)
    works = {a.title: a for a in rows if a.kind in ("report", "publication")}
    pathways = works["Education Pathways for Immigrant Youth: Mapping State Policies"]
    assert (pathways.kind, pathways.authors, str(pathways.start_date)) == (
        "report", ("Lidia Marchetti", "Sophie Adair"), "2012-11-01",
    )  # fmt: skip
    assert works["Adult English Instruction and the Workforce Investment Act"].kind == "report"
    assert works["Competing for Talent in the Asia-Pacific"].authors == ("Kenji Morimoto", "Ana Lucia Ferreira")


def test_a_bulletins_sidebar_of_recent_publications_reads_title_over_body_dash_month(nlp):
    """Round 130 (written, dev): a bulletin's "RECENT PUBLICATIONS" box sets each work as a bold title over
    "IGC Secretariat - October 2012 Report prepared for ...": the body, a dash, the month, then the blurb."""
    rows = _written_rows("w130-igc-bulletin-2012.pdf", "IGC", nlp)
    works = {a.title: (a.authors, str(a.start_date)) for a in rows if a.kind in ("report", "publication")}
    assert works["Labour Migration in IGC States: Selection, Admission and Labour Market Tests"] == (
        ("IGC Secretariat",), "2012-10-01",
    )  # fmt: skip
    assert works["Asylum and Refugee Policies in IGC States: Country Profiles (2012 update)"][1] == "2012-07-01"


def test_an_annual_reports_list_of_its_works_in_italics_and_the_houses_own_studies(nlp):
    """Round 132 (written, dev): "IGC Secretariat, *Integration Policies in IGC Participating States: Country
    Profiles*, Geneva, October 2011.": the italic title ends where the imprint runs on, and the imprint's month dates
    it (not "2001-2010" inside another title). A citation the house wrote or issued is its own study, a report."""
    rows = _written_rows("w132-igc-annual-report-2011.pdf", "IGC", nlp)
    works = {a.title: a for a in rows if a.kind in ("report", "publication")}
    profiles = works["Integration Policies in IGC Participating States: Country Profiles"]
    assert (profiles.kind, str(profiles.start_date)) == ("report", "2011-10-01")
    overview = works["Asylum Applications in IGC Participating States, 2001-2010: A Statistical Overview"]
    assert (overview.kind, str(overview.start_date), overview.publisher) == ("report", "2011-06-01", "IGC Secretariat")


def test_a_reports_box_of_works_over_body_pipe_month_lines_and_a_workshop_report_is_no_workshop(nlp):
    """Round 130 (written, dev): an annual report's "4. PUBLICATIONS 2009" box sets each work as a bold title over
    "IGC Secretariat | September 2009 | 412 pp.". "Integrating Resettled Refugees: Workshop Report" over its imprint
    is a work, not a workshop; "5. Secretariat and Administration" over "On 1 July 2009 the Secretariat moved ..." is a
    section, no meeting."""
    rows = _written_rows("w130-igc-annual-report-2009.pdf", "IGC", nlp)
    works = {a.title: str(a.start_date) for a in rows if a.kind in ("report", "publication")}
    assert works["Asylum Procedures: Report on Policies and Practices in IGC Participating States (2009 edition)"] == (
        "2009-09-01"
    )
    events = {a.title for a in rows if a.kind not in ("report", "publication")}
    assert "Integrating Resettled Refugees: Workshop Report" not in events
    assert "Secretariat and Administration" not in events


def test_a_bold_linked_title_over_its_facts_line_is_kept_apart(nlp):
    """Round 130 (written, dev): "<li><strong><a href=report.pdf>Title</a></strong><br>RCM Working Document No. 5. By
    A and B. March 2007.</li>": the bold link is the title, its line of facts apart from it."""
    from mpdp_pipeline.extractors.html import html_to_document

    path = Path(__file__).parent / "fixtures" / "written" / "w130-rcm-documents-en.html"
    doc = html_to_document(path.read_bytes())
    ctx = DocumentContext("RCM", "d" * 64, path.name, doc.language, title=doc.title)
    works = {a.title: str(a.start_date) for a in blocks_to_activities(doc.blocks, ctx, nlp) if a.kind in (
        "report", "publication")}  # fmt: skip
    assert works["Migration and Health in Central America and Mexico: A Situation Analysis"] == "2007-03-01"


def test_a_bulletins_new_works_with_labelled_bylines_or_a_type_field_over_their_month(nlp):
    """Round 137 (written, dev): a Spanish bulletin's "NUEVAS PUBLICACIONES" sets each work as a bold title over
    "Elaborado por: Secretaría Técnica de la CRM Julio de 2009 - 24 págs." or "Autores: A y B Publicada en agosto de
    2009, ..."; another's "Publicaciones recientes" over "Informe · junio de 2012" or "Documento de trabajo n.º 3 · A
    y B · abril de 2012": the labelled byline, or the type field, then the month."""
    works = {
        a.title: (str(a.start_date), a.authors)
        for a in _written_rows("w137-rcm-boletin-2009.pdf", "RCM", nlp)
        if a.kind in ("report", "publication")
    }
    assert works["Guía de buenas prácticas en materia de retorno digno, seguro y ordenado"] == (
        "2009-08-01", ("María Eugenia Solís Brenes", "Rodrigo Alvarado Pineda"),
    )  # fmt: skip
    assert works["Informe de la Presidencia Pro Tempore de Guatemala: primer semestre de 2009"][0] == "2009-09-01"
    later = {
        a.title: str(a.start_date)
        for a in _written_rows("w137-rcm-boletin-2012.pdf", "RCM", nlp)
        if a.kind in ("report", "publication")
    }
    assert later["Informe de la Presidencia Pro Tempore de Costa Rica, enero-junio 2012"] == "2012-06-01"


def test_an_imprint_line_of_names_only_gives_the_facts_of_the_title_above_it(nlp):
    """Round 64 (written, dev): "Labour Migration Channels in IGC States: An Overview (IGC Working Paper No. 3)" over
    "Marc Roulet and Ingrid Solberg. Geneva: IGC Secretariat, November 2010.": the line's lead is its authors, so
    the work is the heading's, not one titled by the names."""

    path = Path(__file__).parent / "fixtures" / "written" / "w64-igc-fact-sheet-2011.pdf"
    doc = pdf_to_document(path.read_bytes())
    ctx = DocumentContext("IGC", "d" * 64, path.name, "en", title=doc.title)
    works = {a.title: a for a in blocks_to_activities(doc.blocks, ctx, nlp) if a.kind in ("report", "publication")}
    assert "Marc Roulet and Ingrid Solberg" not in works
    paper = works["Labour Migration Channels in IGC States: An Overview (IGC Working Paper No. 3)"]
    assert (str(paper.start_date), paper.authors) == ("2010-11-01", ("Marc Roulet", "Ingrid Solberg"))


def test_a_listings_introduction_and_a_sidebars_notices_are_no_works():
    """Round 192 (written, dev): a Joomla document library opens with its introduction ("En esta sección se
    encuentran disponibles para descarga los informes ... en formato PDF."), boxed like a card, and its sidebar's
    "Avisos" box holds a call for proposals due "hasta el 30 de abril de 2012": neither is a work; the table's
    works are."""
    path = Path(__file__).parent / "fixtures" / "written" / "w192-rcm-publicaciones.html"
    doc = html_to_document(path.read_bytes())
    pubs, _ = find_publications(doc.blocks, language=doc.language, title=doc.title)
    titles = [p.title for p in pubs]
    assert "Avisos" not in titles and not any(t.startswith("En esta sección") for t in titles)
    assert "Guía de buenas prácticas en retorno asistido" in titles


def test_a_works_table_dated_by_its_completed_column_and_a_posts_filing_is_no_work():
    """Round 198 (written, dev): a report's table "Title | Author | Completed" dates each work by the month it was
    completed; a post's "Filed under: meetings, 2006" and a "Navigation" box are the site's, no works."""
    from mpdp_pipeline.extractors.exclusions import site_label

    rows = [
        Block("Family Reunification in IGC Participating States: Workshop Report | IGC Secretariat | January 2012",
              kind=BlockKind.TABLE_ROW, order=1, page=2,
              cells=("Family Reunification in IGC Participating States: Workshop Report", "IGC Secretariat",
                     "January 2012"),
              header=("Title", "Author", "Completed"), heading="Output 1.2: Comparative knowledge products"),
        Block("Asylum Procedures: Report on Policies and Practices (2012 edition) | IGC Secretariat | March 2012",
              kind=BlockKind.TABLE_ROW, order=2, page=2,
              cells=("Asylum Procedures: Report on Policies and Practices (2012 edition)", "IGC Secretariat",
                     "March 2012"),
              header=("Title", "Author", "Completed"), heading="Output 1.2: Comparative knowledge products"),
    ]  # fmt: skip
    pubs, _ = find_publications(rows, language="en")
    assert sorted(p.date.start for p in pubs if p.date) == [dt.date(2012, 1, 1), dt.date(2012, 3, 1)]
    assert site_label("Filed under: meetings, 2006") and site_label("Navigation")
    assert not site_label("Navigation Policy in the Arctic")


def test_a_works_tables_type_column_makes_each_row_a_work_and_a_bold_title_stands_over_its_notes(nlp):
    """Round 200 (written, dev): a Joomla library's table "Título | Fecha | Tipo | Descarga" types each row
    ("Manual", "Lineamientos (traducción)", "Memoria"): a "Manual de capacitación ..." is a work, not a training,
    and an English edition is a work too. A cell's bold title over its notes ("<strong>Memoria del Seminario ...
    </strong><br>Coedición CRM - Organización Panamericana de la Salud (OPS).") is titled by the bold line."""
    path = Path(__file__).parent / "fixtures" / "written" / "w200-rcm-publicaciones.html"
    doc = html_to_document(path.read_bytes())
    ctx = DocumentContext("RCM", "d" * 64, path.name, "es", title=doc.title)
    kinds = {a.title: a.kind for a in blocks_to_activities(doc.blocks, ctx, nlp)}
    manual = next(t for t in kinds if t.startswith("Manual de capacitación"))
    english = next(t for t in kinds if t.startswith("Regional Guidelines for the Comprehensive Protection"))
    assert (kinds[manual], kinds[english]) == ("publication", "publication")
    assert "Memoria del Seminario Regional sobre Migración y Salud" in kinds


def test_a_bulleted_works_bold_title_wrapped_under_its_text_is_one_entry_over_its_imprint(nlp):
    """Round 200 (written, dev): a report's bulleted works and meetings set a regular bullet before a bold title
    that wraps onto the item's hanging indent ("• **Regional Guidelines for the Preliminary Identification of
    Profiles and Referral**" / "**Mechanisms for Vulnerable Migrant Populations**"), over a regular line of imprint
    or of days and place. The wrapped line is the title's, not a heading: one item, dated by the line below, even
    where its edition in another language follows the date ("(Spanish: Lineamientos regionales ...)")."""
    rows = _written_rows("w200-rcm-ppt-report-2012.pdf", "RCM", nlp)
    found = {(a.title, str(a.start_date), a.kind) for a in rows}
    assert (
        "Regional Workshop on the Identification of Protection Needs in Mixed Migration Flows",
        "2012-04-24",
        "workshop",
    ) in found
    assert (
        "Training Course on the Investigation of Migrant Smuggling for Border Officials",
        "2012-10-15",
        "training",
    ) in found
    works = {a.title: str(a.start_date) for a in rows if a.kind in ("report", "publication")}
    guidelines = next(t for t in works if t.startswith("Regional Guidelines for the Preliminary Identification"))
    assert "Referral Mechanisms for Vulnerable Migrant Populations" in guidelines and works[guidelines] == "2012-05-01"
    assert "Officials" not in {a.title for a in rows}


def test_a_section_of_other_bodies_works_of_interest_holds_none_of_the_pages_own(nlp):
    """Round 204 (written, dev): a publications page closes with "Other publications of interest" ("The following
    are not IGC publications ..."), a progress report with "Documents of other organizations referred to in IGC
    discussions (not IGC publications)": UNHCR's, IOM's and a journal's works, none of them the recipient's."""
    path = Path(__file__).parent / "fixtures" / "written" / "w204-igc-publications.html"
    doc = html_to_document(path.read_bytes())
    ctx = DocumentContext("IGC", "d" * 64, path.name, "en", title=doc.title)
    titles = {a.title for a in blocks_to_activities(doc.blocks, ctx, nlp)}
    assert "Return Policies and Programmes in IGC Participating States" in titles
    assert not any(t.startswith(("The State of the World's Refugees", "Seeking asylum in Europe")) for t in titles)
    report = {a.title for a in _written_rows("w204-igc-progress-report-2008-09.pdf", "IGC", nlp)}
    assert not any(t.startswith(("World Migration Report 2008", "2007 Global Trends")) for t in report)


def test_a_section_of_reports_issued_lists_works_even_where_they_name_a_workshop(nlp):
    """Round 208 (written, dev): an annual report's "Annex III - Reports issued in 2009" lists the Secretariat's
    reports ("*Summary Report: Workshop on Age Assessment of Unaccompanied Minors*. IGC Secretariat, Geneva, April
    2009."). Each is a report of the month it came out, not the workshop it reports on nor a meeting."""
    rows = _written_rows("w208-igc-annual-report-2009.pdf", "IGC", nlp)
    works = {a.title: (a.kind, str(a.start_date)) for a in rows if a.page == 4 and "Report" in a.title}
    assert works["Summary Report: Workshop on Age Assessment of Unaccompanied Minors"] == ("report", "2009-04-01")
    assert works["Labour Migration in Times of Economic Crisis: Background Report for the Full Round"] == (
        "report",
        "2009-05-01",
    )


def test_a_works_type_set_over_its_title_is_its_kicker_not_a_title(nlp):
    """Round 224 (written, dev): a newsletter's "New Research" sets each work's type small over its bold title and
    byline ("POLICY BRIEF" / "Temporary Worker Programs After the Recession" / "By Laura Bennett. Washington, DC:
    Migration Policy Institute, November 2008."): the work is the title, of the kicker's type."""
    rows = _written_rows("w224-mpi-update-fall-2008.pdf", "MPI", nlp)
    works = {a.title: a.publication_type for a in rows if a.kind in ("report", "publication")}
    assert works["Temporary Worker Programs After the Recession"] == "policy_brief"
    assert works["Migration and Development: Rethinking the Linkages"] == "book"
    assert "POLICY BRIEF" not in works


def test_a_note_on_other_works_cited_and_a_reports_period_line_are_no_works(nlp):
    """Round 220 (written, dev): an annex closes its list of works with "Otras publicaciones citadas en el informe
    narrativo (no financiadas por el MPDP): OIM, Informe sobre las Migraciones en el Mundo 2011 (Ginebra: OIM,
    2011)."; a French annex opens with "Période couverte : 1er avril 2012 – 31 mars 2014 · Rapport soumis le 30 avril
    2014". Neither lists a work of the recipient."""
    rows = _written_rows("w220-rcm-informe-anexos-2010-2012.pdf", "RCM", nlp)
    assert not any("Migraciones en el Mundo" in a.title or a.title.startswith("Otras") for a in rows)
    path = Path(__file__).parent / "fixtures" / "written" / "w220-igc-annexe-reunions-2012-2014.html"
    doc = html_to_document(path.read_bytes())
    ctx = DocumentContext("IGC", "d" * 64, path.name, "fr", title=doc.title)
    assert not any(a.title.startswith("Période") for a in blocks_to_activities(doc.blocks, ctx, nlp))


def test_a_long_citation_under_a_works_heading_is_read_whole_to_its_imprint(nlp):
    """Round 218 (written, dev): "Conferencia Regional sobre Migración. Lineamientos Regionales para la Protección
    Especial en Casos de Repatriación de Niños, Niñas y Adolescentes Víctimas de Trata de Personas. San José:
    Secretaría Técnica de la CRM, julio de 2008." under "2. Publicaciones": one entry, titled by its second
    sentence; the imprint is no title."""
    rows = _written_rows("w218-rcm-informe-actividades-2008.pdf", "RCM", nlp)
    titles = {a.title for a in rows if a.kind in ("report", "publication")}
    assert any(t.startswith("Lineamientos Regionales para la Protección Especial") for t in titles)
    assert not any(t.startswith("San José") for t in titles)


def test_a_newsrooms_items_are_news_and_the_works_their_headlines_announce_are_read(nlp):
    """Round 252: a press room's items, "Posted: November 18, 2009 Report" over "MPI Releases New Report on ..." or
    "Publicado: 12/04/2010" over "Taller sobre retorno en Guatemala": news, no works; a headline that names its work
    ("New Book: Managing Borders in an Age of Mobility") gives that work, dated when the item was posted."""
    page = """<html><head><title>News Releases: 2009 Archive | Migration Policy Institute</title></head><body><main>
    <h1>News Releases: 2009 Archive</h1>
    <article class="news-item"><p class="posted">Posted: June 11, 2009 <span class="tag">Book</span></p>
      <h2><a href="/press/book">New Book: Managing Borders in an Age of Mobility</a></h2>
      <p>WASHINGTON, DC — A new MPI book, <em>Managing Borders in an Age of Mobility</em>, edited by Ana Ruiz, examines
      how governments manage their borders.</p></article>
    <article class="news-item"><p class="posted">Posted: May 20, 2009 <span class="tag">Staff</span></p>
      <h2><a href="/press/staff">MPI Welcomes New Senior Policy Analyst</a></h2>
      <p>WASHINGTON, DC — The Migration Policy Institute today announced that Jane Roe has joined its
      staff.</p></article>
    <article class="news-item"><p class="posted">Posted: April 2, 2009 <span class="tag">Statement</span></p>
      <h2><a href="/press/statement">MPI Statement on the Introduction of the Immigration Bill</a></h2>
      <p>WASHINGTON, DC — MPI President Jane Doe issued the following statement on the bill introduced today.</p>
    </article></main></body></html>"""
    doc = html_to_document(page.encode())
    ctx = DocumentContext("MPI", "d" * 64, "news.html", "en", title=doc.title)
    works = [
        (a.title, str(a.start_date)) for a in blocks_to_activities(doc.blocks, ctx, nlp) if a.kind == "publication"
    ]
    assert works == [("Managing Borders in an Age of Mobility", "2009-06-11")]


def test_a_series_index_dates_each_number_by_its_month_not_by_its_number(nlp):
    """Round 258: "No. | Date | Title | Prepared by" with "2 | October 2006 | Return Counselling Practices": the
    number is no day; "No. / Date" with "No. 1 - February 2007" dates the brief by the month after its number."""
    page = """<html><body><h1>Publications</h1><h2>IGC Working Paper Series</h2><table>
    <thead><tr><th>No.</th><th>Date</th><th>Title</th><th>Prepared by</th></tr></thead><tbody>
    <tr><td>2</td><td>October 2006</td><td>Return Counselling Practices</td><td>IGC Secretariat</td></tr>
    <tr><td>3</td><td>May 2007</td><td>Carrier Sanctions and Immigration Liaison Officer Networks</td>
    <td>IGC Secretariat</td></tr></tbody></table>
    <h2>Policy Brief Series</h2><table><thead><tr><th>No. / Date</th><th>Title</th><th>Author(s)</th></tr></thead>
    <tbody><tr><td>No. 1 - February 2007</td><td>Temporary Worker Programs: Rethinking the Design Choices</td>
    <td>Daniel R. Ostrander</td></tr><tr><td>No. 2 - May 2007</td><td>Immigrant Children and Early Education Access</td>
    <td>Ana Ruiz</td></tr></tbody></table></body></html>"""
    doc = html_to_document(page.encode())
    ctx = DocumentContext("IGC", "d" * 64, "publications.html", "en", title=doc.title)
    found = {a.title: (str(a.start_date), a.date_precision) for a in blocks_to_activities(doc.blocks, ctx, nlp)}
    assert found["Return Counselling Practices"] == ("2006-10-01", "month")
    assert found["Temporary Worker Programs: Rethinking the Design Choices"] == ("2007-02-01", "month")


def test_author_date_entries_with_the_month_before_the_year_and_a_forthcoming_line():
    """Round 258: "IGC Secretariat (June 2006). Title. Geneva: IGC Secretariat." gives the month; "Forthcoming
    (2008): Report on ..." names no author and is no entry."""
    cite = parse_citation(
        "IGC Secretariat (June 2006). Report on Family Reunion Policies in IGC Participating States. Geneva: IGC "
        "Secretariat."
    )
    assert cite is not None and cite.authors == ("IGC Secretariat",)
    assert (cite.title, cite.year.start, cite.year.precision) == (
        "Report on Family Reunion Policies in IGC Participating States",
        dt.date(2006, 6, 1),
        DatePrecision.MONTH,
    )
    assert parse_citation("Forthcoming (2008): Report on Integration Requirements for Newcomers.") is None


def test_a_series_index_of_numbered_items_each_with_its_month_title_and_authors(nlp, written):
    """Round 246: "<li><span>No. 5 · noviembre de 2011</span> <a>Title</a> <span>Jorge Villalobos</span></li>": the
    work, its month and its author, not "No. 5"; "No. 6 · en preparación" is to come. In print, "No. 1 · February
    2007" heads the title and its "By ..." line."""
    page = """<html><body><main><h1>Publicaciones</h1><h2>Serie Documentos de Trabajo</h2><ol>
    <li><span>No. 6 · en preparación</span> <a href="/dt6">Movilidad laboral intrarregional: un diagnóstico</a></li>
    <li><span>No. 5 · noviembre de 2011</span> <a href="/dt5">Migrantes extrarregionales en tránsito por
    Centroamérica</a> <span>Jorge Villalobos</span></li>
    <li><span>No. 4 · junio de 2011</span> <a href="/dt4">Mecanismos de retorno asistido en la región</a>
    <span>Ana Beatriz Cordero</span></li></ol></main></body></html>"""
    doc = html_to_document(page.encode())
    ctx = DocumentContext("RCM", "d" * 64, "serie.html", "es", title=doc.title)
    works = {a.title: (str(a.start_date), a.authors) for a in blocks_to_activities(doc.blocks, ctx, nlp)}
    assert works == {
        "Migrantes extrarregionales en tránsito por Centroamérica": ("2011-11-01", ("Jorge Villalobos",)),
        "Mecanismos de retorno asistido en la región": ("2011-06-01", ("Ana Beatriz Cordero",)),
    }
    works = {a.title: a for a in written("w246-mpi-brief-series-2010.pdf", "MPI", "en") if a.kind == "publication"}
    assert str(works["Credential Recognition for Immigrant Professionals"].start_date) == "2007-02-01"
    assert works["Adult English Instruction: Supply and Demand"].authors == ("Maria Holloway", "Daniel Kessler")
    assert len(works) == 10


@pytest.mark.parametrize(
    ("title", "label"),
    [
        ("FACT SHEET", True), ("SELECTED PUBLICATIONS 2014", True), ("Report", True), ("À paraître", True),
        ("POLICY BRIEF - FORTHCOMING", True), ("2005", True), ("Documento de trabajo", True),
        ("Edited", True), ("IGC Annual Report 2008", False), ("MIGRATION OUTLOOK 2010", False),
        ("Annual Report", False),
    ],
)  # fmt: skip
def test_a_label_the_page_sets_around_works_is_no_works_title(title, label):
    """Rounds 254 and 228: a catalogue's type lines, year bars and box names read as titles are no works."""
    from mpdp_pipeline.extractors.activities import _label_as_title

    assert _label_as_title(title) is label


def test_a_news_digests_work_items_are_works_named_by_their_body_not_events(written):
    """Round 252: "October 6, 2011 | REPORT" over "MPI Releases New Report on Underemployment ..." over "Skilled
    Immigrants in the Recovery: ..., by Helen Marchetti and Daniel Okafor (Washington, DC: ...), finds ...": the report,
    dated by its item, by its byline's names; no event on that day."""
    rows = written("w252-mpi-news-digest-2011.pdf", "MPI", "en")
    works = {a.title: a for a in rows if a.kind in ("report", "publication")}
    report = works["Skilled Immigrants in the Recovery: Underemployment and Credential Recognition"]
    assert (str(report.start_date), report.kind, report.authors) == (
        "2011-10-06",
        "report",
        ("Helen Marchetti", "Daniel Okafor"),
    )
    assert not any(a.start_date == dt.date(2011, 10, 6) for a in rows if a.kind not in ("report", "publication"))


def test_items_of_a_type_a_title_and_a_byline_are_dated_by_their_month_heading(nlp, written):
    """Round 216: an archive page's `li`s run a type label, a title and a byline together ("Fact Sheet Immigrants in
    the Southern Border States: A Profile By Jie Zong and Jeanne Batalova") under month headings ("December"), the
    year in the page's heading ("Publications Archive: 2015"); an imprint may close the byline."""
    page = (
        "<h1>Reports Archive: 2009</h1><h2>March</h2><ul>"
        "<li><span>Working Paper</span> <a href='/a'>Seasonal Workers and Rural Labour Markets</a>"
        " <span>By Ana Ruiz and Tom Keller</span></li>"
        "<li><span>Book</span> <a href='/b'>Borders Without Walls</a> <span>Edited by Lena Park</span>"
        " <span>New York: Columbia University Press</span></li></ul>"
        "<h2>January</h2><ul><li><span>Policy Brief</span> <a href='/c'>Visa Backlogs in Context</a>"
        " <span>By Mark Ellis</span></li></ul>"
    )
    doc = html_to_document(f"<html><body><main>{page}</main></body></html>".encode())
    ctx = DocumentContext("MPI", "d" * 64, "archive.html", "en", title=doc.title)
    works = {a.title: a for a in blocks_to_activities(doc.blocks, ctx, nlp)}
    assert {t: (str(a.start_date), a.date_precision, a.authors) for t, a in works.items()} == {
        "Seasonal Workers and Rural Labour Markets": ("2009-03-01", "month", ("Ana Ruiz", "Tom Keller")),
        "Borders Without Walls": ("2009-03-01", "month", ("Lena Park",)),
        "Visa Backlogs in Context": ("2009-01-01", "month", ("Mark Ellis",)),
    }
    assert works["Borders Without Walls"].publisher == "Columbia University Press"
    assert works["Visa Backlogs in Context"].publication_type == "policy_brief"
    archive = {a.title for a in written("w216-mpi-fact-sheets-2015.html", "MPI", "en") if a.kind != "other"}
    assert len(archive) == 8 and "Migration and the Great Convergence" in archive


def test_a_cards_year_badge_gives_way_to_its_meta_lines_month_and_a_publication_date_column_dates_rows(nlp, written):
    """Rounds 276 and 278: a card's cover badge "2009" over "Documento de trabajo N.º 2 · Noviembre 2009" is dated by
    the month; a document library's "Publication Date" column ("09/2009") dates its rows, not its "Modified" one; a
    section headed "Related research from other organizations" or "Selected literature on IGC" lists others' works."""
    cards = "".join(
        f"<article><div class='badge'>2009</div><div><p>{meta}</p><h2>{title}</h2><p>Secretaría Técnica de la CRM</p>"
        "<p>Descargar PDF (1,2 MB)</p></div></article>"
        for meta, title in [
            ("Documento de trabajo N.º 2 · Noviembre 2009", "Trabajadores migrantes temporales en la región"),
            ("Lineamientos · Septiembre 2009", "Lineamientos regionales para la protección de la niñez"),
            ("Boletín · Marzo 2009", "Boletín Informativo CRM, Número 5"),
        ]
    )
    page = (
        f"<html><head><title>Publicaciones</title></head><body><main><h1>Publicaciones</h1>{cards}"
        "<h3>Related research from other organizations</h3><ul><li>OECD. 2009. International Migration Outlook"
        " 2009. Paris: OECD Publishing.</li><li>Martin, Philip. 2009. Importing Poverty? New Haven: Yale University"
        " Press.</li></ul></main></body></html>"
    )
    doc = html_to_document(page.encode())
    ctx = DocumentContext("RCM", "d" * 64, "p.html", "es", title=doc.title)
    found = {a.title: str(a.start_date) for a in blocks_to_activities(doc.blocks, ctx, nlp)}
    assert found == {
        "Trabajadores migrantes temporales en la región": "2009-11-01",
        "Lineamientos regionales para la protección de la niñez": "2009-09-01",
        "Boletín Informativo CRM, Número 5": "2009-03-01",
    }
    library = {a.title: str(a.start_date) for a in written("w276-igc-documents-library.html", "IGC", "en")}
    assert library["IGC Annual Report 2006"] == "2007-05-01"
    assert library["Technology in Border Management: Biometrics Survey Results"] == "2008-01-01"


def test_a_definition_lists_title_run_into_its_type_authors_and_month_is_a_work(nlp, written):
    """Round 290: a bibliography's `<dl>`s, each "Title: Type. Authors. [Town: Publisher,] Month Year. N p." once its
    term and description are joined, give the title before the colon, typed and dated by the facts; a title whose colon
    is the work's own ("...: Lessons from Six Countries") or a dated line ("17-18.06.2008: Geneva ...") is none."""
    entries = "".join(
        f"<h2>{year}</h2><dl><dt>{title}</dt><dd>{facts}</dd></dl>"
        for year, title, facts in [
            (
                "2006",
                "Politiques d'intégration : aperçu comparatif",
                "Étude. Claire Fontaine et Stefan Meier. Mars 2006.",
            ),
            (
                "2008",
                "La protection subsidiaire",
                "Document de travail n° 3. Secrétariat des CIG. Septembre 2008. 46 p.",
            ),
            ("2011", "Guide pratique", "Guide. Secrétariat des CIG. Genève: Secrétariat des CIG, 2011. 96 p."),
        ]
    )
    page = f"<html><body><main><h1>Bibliographie des publications</h1>{entries}</main></body></html>"
    doc = html_to_document(page.encode())
    ctx = DocumentContext("IGC", "d" * 64, "p.html", "fr", title=doc.title)
    found = {a.title: (str(a.start_date), a.date_precision) for a in blocks_to_activities(doc.blocks, ctx, nlp)}
    assert found == {
        "Politiques d'intégration : aperçu comparatif": ("2006-03-01", "month"),
        "La protection subsidiaire": ("2008-09-01", "month"),
        "Guide pratique": ("2011-01-01", "year"),
    }
    council = [a.title for a in written("w210-mpi-transatlantic-council.html", "MPI", "en")]
    assert any(t.endswith("National Identity and Immigrant Integration: Lessons from Six Countries") for t in council)


def test_a_publications_tables_finest_date_column_dates_it_and_others_distributed_works_are_not_its(nlp, written):
    """Round 290: an annex's table "Año | Título | Autor / editor | Tipo | Fecha" dates each work by its month
    ("mayo de 2004"), not its year column; the works under "Publicaciones de otros organismos distribuidas en
    reuniones de la CRM" are others'."""
    rows = written("w290-rcm-informe-ppt-2010.pdf", "RCM", "es")
    works = {a.title: str(a.start_date) for a in rows if a.kind in ("publication", "report")}
    assert works["Memoria del Seminario sobre Migración y Salud"] == "2005-09-01"
    assert works["Informe de la XIV Reunión Viceministerial de la Conferencia Regional sobre Migración"] == "2009-08-01"
    assert not any("Migraciones en el Mundo" in t for t in works)


def test_works_a_newsletter_issue_lists_without_a_date_of_their_own_are_dated_by_its_issue(nlp):
    """Round 396 (written, dev): an e-mail newsletter's issue ("MPI Update | Vol. 4, No. 5 | May 2007") lists its new
    works by title, byline and imprint only; they came out undated. A listing that is no issue leaves them so."""
    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities
    from mpdp_pipeline.extractors.html import html_to_document

    works = "".join(
        f"<div class='pub'><h3><a href='/pubs/{n}.pdf'>{title}</a></h3><p class='byline'>By {author}</p>"
        "<p class='imprint'>Washington, DC: Migration Policy Institute</p></div>"
        for n, (title, author) in enumerate(
            [
                ("Point Systems and Employment-Based Immigration", "David Ashworth"),
                ("Foreign-Born Nurses in the United States", "Jia-Wen Liu"),
            ]
        )
    )

    def dates(title: str) -> list:
        page = f"<html><head><title>{title}</title></head><body><h2>New publications</h2>{works}</body></html>"
        doc = html_to_document(page.encode())
        ctx = DocumentContext("MPI", "d" * 64, "file:///update.html", "en", title=doc.title)
        return sorted((a.title, a.date_text) for a in blocks_to_activities(doc.blocks, ctx, nlp))

    assert dates("MPI Update | Vol. 4, No. 5 | May 2007 - Migration Policy Institute") == [
        ("Foreign-Born Nurses in the United States", "May 2007"),
        ("Point Systems and Employment-Based Immigration", "May 2007"),
    ]
    assert dates("Publications - Migration Policy Institute") == [
        ("Foreign-Born Nurses in the United States", None),
        ("Point Systems and Employment-Based Immigration", None),
    ]


def test_a_catalogues_title_headings_over_names_month_type_and_download_lines_are_its_works(nlp):
    """Round 404 (written, dev): a French catalogue sets each work as a bold title over a line of its authors, its
    month or year, its type and its file ("Marie Dubois et Peter Jansen, mars 2005. Rapport. Télécharger le PDF (1,2
    Mo)"); the type and file after the date hid the byline, and no work was read."""
    from mpdp_pipeline.extractors.activities import DocumentContext, blocks_to_activities
    from mpdp_pipeline.extractors.html import html_to_document

    entries = [
        ("Rapport sur les procédures d'asile et la protection temporaire", "Marie Dubois et Peter Jansen, mars 2005. "
         "Rapport. Télécharger le PDF (1,2 Mo)"),
        ("La migration de travail temporaire : options politiques", "Lars Eriksson, novembre 2005. Document de "
         "travail. Télécharger le PDF (280 Ko)"),
        ("Les technologies biométriques aux frontières", "Anne Keller, 2004. Ouvrage."),
    ]  # fmt: skip
    body = "".join(f"<h3>{title}</h3><p>{line}</p>" for title, line in entries)
    page = f"<html><head><title>Liste des publications</title></head><body><h1>Publications</h1>{body}</body></html>"
    doc = html_to_document(page.encode())
    ctx = DocumentContext("IGC", "d" * 64, "file:///publications.html", "fr", title=doc.title)
    found = sorted(blocks_to_activities(doc.blocks, ctx, nlp), key=lambda a: a.start_date)
    assert [(a.start_date.isoformat(), a.date_precision, a.authors, a.publication_type) for a in found] == [
        ("2004-01-01", "year", ("Anne Keller",), "book"),
        ("2005-03-01", "month", ("Marie Dubois", "Peter Jansen"), "report"),
        ("2005-11-01", "month", ("Lars Eriksson",), "working_paper"),
    ]
    assert found[1].title == "Rapport sur les procédures d'asile et la protection temporaire"


def test_a_years_month_sections_date_the_cards_and_the_prose_releases_under_them(written):
    """Round 398 (written, dev): "2012 at MPI" goes month by month, each month a heading ("January") over a card (a
    bare type label, "Report", over the title's heading, its byline and "Publisher: ...") or over prose ("MPI released
    *Legal Immigration Reform: Options for Congress* by A and B in October"). The cards and the releases take their
    section's month in the page's year; "A week after the June 15 announcement ..., MPI held a webinar, ..., on June
    22" is held on June 22."""
    rows = written("w398-mpi-news-2012.html", "MPI")
    works = {(a.title, a.start_date.isoformat(), a.date_precision) for a in rows if a.kind in ("report", "publication")}
    assert ("Border Security at a Crossroads: Measuring Enforcement Outcomes", "2012-01-01", "month") in works
    assert ("Rethinking National Identity in the Age of Migration", "2012-05-01", "month") in works
    assert ("Legal Immigration Reform: Options for Congress", "2012-10-01", "month") in works
    by_title = {a.title: a for a in rows}
    assert by_title["Rethinking National Identity in the Age of Migration"].publisher == "Verlag Bertelsmann Stiftung"
    limited = next(a for a in rows if a.title.startswith("Limited English Proficient Individuals"))
    assert (limited.start_date.isoformat(), limited.authors) == (
        "2012-03-01",
        ("Chhandasi Pandya", "Jeanne Batalova", "Margie McHugh"),
    )
    webinar = next(a for a in rows if a.title.startswith("Deferred Action for Childhood Arrivals"))
    assert webinar.start_date.isoformat() == "2012-06-22"


def test_a_year_in_reviews_prose_names_works_by_noun_title_and_byline_in_any_order(written):
    """Round 398 (written, dev): a year in review tells its works in prose, month by month: "MPI released the policy
    brief Title by A and B in March", "A new fact sheet by A, Title, appeared the same month", "released a report by A,
    B and C, Title, based on ...", "Working paper: Title by A appeared as ...", and under "Also published in 2009",
    "Title, a fact sheet by A.". Its months are those of the period it covers (2009), not of the line saying when it
    was prepared ("March 2010")."""
    rows = written("w398-mpi-year-in-review-2009.pdf", "MPI")
    works = {a.title: (a.start_date.isoformat(), a.authors) for a in rows if a.kind in ("report", "publication")}
    assert works["Delivering Citizenship: The Naturalization Process and Its Backlog"] == (
        "2009-03-01",
        ("Muzaffar Chishti", "Claire Bergeron"),
    )
    assert works["Immigrant Health Insurance Coverage in 2008: A Profile"] == ("2009-02-01", ("Jeanne Batalova",))
    assert works["Local Enforcement in Practice: A Study of 287(g) Agreements"][0] == "2009-09-01"
    assert works["Migration and Development in Central America"] == ("2009-09-01", ("Aaron Terrazas",))
    assert works["Immigrants in the U.S. Labor Market: A Data Primer"][0] == "2009-01-01"
    assert (
        works["Immigrants and the Current Economic Crisis: Research Evidence, Policy Challenges, and Implications"][0]
        == "2009-01-01"
    )
    assert not any(title.startswith("Report by") for title in works)


def test_a_catalogue_that_writes_its_dates_month_first_reads_its_dotted_dates_so(written):
    """Round 442 (written, dev): a catalogue says "All dates are given as month.day.year" and writes "REPORT |
    01.21.2010" under each title, then "Doris Meissner and Donald Kerwin · 62 pp. | ISBN ...": the figures above 12
    show the month first, so "06.08.2010" is June 8 (dots alone would put the day first, as in Europe); the facts line
    opens with the names, and the title is the heading above the kicker."""
    rows = written("w442-mpi-catalogue-2011.pdf", "MPI")
    works = {a.title: a for a in rows if a.kind in ("report", "publication")}
    remittances = works["Remittances and the Recession's Aftermath"]
    assert (remittances.start_date.isoformat(), remittances.authors) == ("2010-06-08", ("Aaron Terrazas",))
    assert works["Delivering on the Promise: Improving Immigration Benefits Adjudication"].authors == (
        "Doris Meissner",
        "Donald Kerwin",
    )
    assert not any(" pp." in title for title in works)


def test_a_newsletters_recalled_history_does_not_date_its_news(written):
    """Round 436 (written, dev): an issue of June 2006 recalls "the 1986 Immigration Reform and Control Act, which
    took effect on November 6, 1986", then tells "On June 6, more than 150 people attended our panel discussion ...":
    June 6, 2006. "MPI released Title, a policy brief by Kevin O'Neil, on June 7" is a work of that day."""
    rows = written("w436-mpi-update-newsletter-2006.html", "MPI")
    assert all(a.start_date.year == 2006 for a in rows)
    brief = next(a for a in rows if a.title.startswith("Bringing the Unauthorized Out of the Shadows"))
    assert (brief.start_date.isoformat(), brief.authors, brief.publication_type) == (
        "2006-06-07",
        ("Kevin O'Neil",),
        "policy_brief",
    )


def test_a_listings_event_cards_are_left_to_the_event_rules_and_a_layout_columns_issues_date_their_articles(
    written,
):
    """Round 442 (written, dev): a research listing mixes event cards ("Upcoming Event · July 9, 2008", "Meeting ·
    June 5–6, 2008 · Berlin", "Policy Briefing · April 17, 2008") among its works: events, not works. Round 438: an
    archive laid out in an old table (one row of a sidebar, the content column and another sidebar) sets each issue
    as a line "December 2006" over its articles: the column is the page's content, and the line dates what follows."""
    listing = written("w442-mpi-publications-listing-2008.html", "MPI")
    works = {a.title for a in listing if a.kind in ("report", "publication")}
    assert "Immigrant Children and School Reform: A Policy Seminar" not in works
    assert any(
        a.title == "Immigrant Children and School Reform: A Policy Seminar" and a.kind == "seminar" for a in listing
    )
    archive = written("w438-mpi-source-archive-2006.html", "MPI")
    dated = {a.title: a.start_date.isoformat() for a in archive if a.kind in ("report", "publication")}
    assert dated["Top 10 Migration Issues of 2006"] == "2006-12-01"
    assert dated["The Mid-term Elections and the Future of Immigration Reform"] == "2006-11-01"


def test_a_newsletters_work_dated_in_brackets_keeps_its_date_over_the_issues(written):
    """Round 202 (written, dev): an issue of November 2007 lists "Policy Brief: Title, by A and B (September 2007)"
    and "Book: Title, edited by A and B (Washington, DC: Migration Policy Institute, 2007)": each work's own month or
    year, not the issue's."""
    rows = written("w202-mpi-update-2007.html", "MPI")
    dated = {a.title: (a.start_date.isoformat(), a.date_precision) for a in rows if a.kind in ("report", "publication")}
    assert dated["Measuring Immigrant Integration at the State Level"] == ("2007-09-01", "month")
    assert dated["Managing Borders in an Age of Mobility"] == ("2007-01-01", "year")


def test_a_journal_archives_lines_of_day_department_title_and_byline(written):
    """Round 464 (written, dev): a journal's archive of a year lists each piece on one line under its month, "Jan. 1 ·
    Feature: Remittances After the Tsunami: Recovery in Aceh and Sri Lanka By Laura Chen": the day (its year the
    page's heading names, "Articles Published in 2006"), the department, the title and the byline; a department's
    piece is an article."""
    works = {a.title: a for a in written("w464-mpi-source-archive-2006.html", "MPI") if a.kind == "publication"}
    piece = works["Remittances After the Tsunami: Recovery in Aceh and Sri Lanka"]
    assert (str(piece.start_date), piece.authors, piece.publication_type) == ("2006-01-01", ("Laura Chen",), "article")
    assert str(works["Poland: Migration after EU Accession"].start_date) == "2006-05-01"
