"""Build the bundled sample corpus (three small static sites) and its gold file.

Run from the project root::

    .venv/bin/python raw/sample/build_sample.py           # (re)generate everything
    .venv/bin/python raw/sample/build_sample.py --check   # regenerate, then verify with pdfplumber

What it writes
--------------
``raw/sample/igc/``, ``raw/sample/rcm/`` and ``raw/sample/mpi/``: one static site per recipient, each
with an ``index.html`` linking its report PDFs and HTML pages by relative links. Every file is
generated from the single list ``ACTIVITIES`` below plus fixed boilerplate text (intros, headers,
footers, dates that are NOT activities, to test precision). ``tests/gold/sample_activities.csv`` is
written from the same list: one row per activity a careful reader would list.

The output is deterministic: PDFs get a fixed creation date (``FIXED_DATE``), there is no randomness
and no timestamp of the build anywhere, so running the script twice gives byte-identical files.

PDFs use the core font Helvetica (latin-1 only): write ASCII hyphens in PDF text (no en dash, no
bullet character); accents such as é, ó, ñ are fine. HTML pages are UTF-8 and may use en dashes.

How to extend
-------------
* Add an activity: append ``rec(recipient, source, title, date_text, location, ...)`` to
  ``ACTIVITIES``. ``source`` is the path relative to ``raw/sample`` of an existing document (see
  ``DOCUMENTS``); the activity is rendered into that document automatically (table row, list item or
  prose sentence, depending on the document's layout) and gets a gold row. Start/end dates, precision
  and fiscal year are parsed from ``date_text`` (``parse_date`` knows the English and Spanish formats
  used here; add a pattern there for a new format). The country code comes from the last part of
  ``location`` through ``COUNTRIES``. ``kind`` follows ``kind_for_title`` (documents pass
  ``doc_kind``). Prose documents need a ``sentence`` template using ``{title}``, ``{location}`` and
  ``{date}``, and a ``section`` naming the paragraph it goes in (see the document's ``sections``).
* Add a document: add an entry to ``DOCUMENTS`` with one of the layouts handled in ``build()``
  (``pdf_annual``, ``pdf_prose``, ``pdf_fy_tables``, ``pdf_roundtables``, ``html_table``,
  ``html_list_es``, ``html_publications``) and link it from the site's index in ``build_indexes``.
* Keep table cells short: table cells never wrap (the script raises if a table is too wide) and
  prose lines never break inside a date, a title or a venue, so each gold title and date appears
  literally on one line of its page. ``--check`` re-reads every PDF with pdfplumber and every HTML
  page, and verifies that each gold title and date is on one line of its source file and page and
  that every extracted table starts with a ``Date`` header. ``write_gold`` refuses duplicate
  (recipient, kind, start_date) keys, so give every new activity a distinct one.
* A table row can carry ``footnote="..."``: the title gets a ¹ marker and the note is printed under
  the table (the gold title stays without the marker).
"""
from __future__ import annotations

import calendar
import csv
import datetime as dt
import html
import re
import sys
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent  # raw/sample
ROOT = HERE.parents[1]  # project root
GOLD = ROOT / "tests" / "gold" / "sample_activities.csv"
FIXED_DATE = dt.datetime(2008, 1, 31, 12, 0, 0, tzinfo=dt.UTC)

GOLD_COLUMNS = [
    "recipient", "kind", "title", "date_text", "start_date", "end_date", "date_precision",
    "fiscal_year", "location", "country", "source_file", "page", "language",
]

COUNTRIES = {
    # English
    "Australia": "AU", "Belgium": "BE", "Canada": "CA", "Costa Rica": "CR", "Denmark": "DK",
    "El Salvador": "SV", "Finland": "FI", "Germany": "DE", "Greece": "GR", "Guatemala": "GT",
    "Honduras": "HN", "Ireland": "IE", "Mexico": "MX", "Netherlands": "NL", "New Zealand": "NZ",
    "Nicaragua": "NI", "Norway": "NO", "Panama": "PA", "Spain": "ES", "Sweden": "SE",
    "Switzerland": "CH", "United Kingdom": "GB", "United States": "US",
    # Spanish
    "Canadá": "CA", "Estados Unidos": "US", "México": "MX", "Panamá": "PA",
    "República Dominicana": "DO",
}

# --------------------------------------------------------------------------------------------
# The activities (the ONE data structure everything is generated from)
# --------------------------------------------------------------------------------------------

IGC_AR = "igc/reports/igc-annual-report-{}.pdf"
IGC_PROSE = "igc/reports/igc-activity-report-2006-07.pdf"
IGC_HTML = "igc/meetings-2007-08.html"
RCM_TABLES = "rcm/reports/rcm-meetings-2003-2005.pdf"
RCM_PROSE = "rcm/reports/rcm-report-2005-06.pdf"
RCM_ES = "rcm/es/reuniones-2006-2008.html"
MPI_PUBS = "mpi/publications.html"
MPI_RT = "mpi/reports/mpi-roundtables-2003-2008.pdf"


def rec(recipient, source, title, date_text, location="", *, section="meetings", sentence=None,
        doc_kind=None, authors=None, footnote=None):
    """One activity. ``doc_kind`` (report/publication) marks documents rather than events."""
    return {
        "recipient": recipient, "source": source, "title": title, "date_text": date_text,
        "location": location, "section": section, "sentence": sentence, "doc_kind": doc_kind,
        "authors": authors, "footnote": footnote,
    }


S_MET = "The {title} met in {location} on {date}."
S_SG1 = "A {title} was held in {location} on {date}."
S_SG2 = "A second {title} was held in {location} on {date}."

ACTIVITIES = [
    # ---- IGC 2003/04: annual report, Annex table -------------------------------------------
    rec("IGC", IGC_AR.format("2003-04"), "Full Round", "21-23 May 2003", "Oslo, Norway",
        footnote="Hosted by the Government of Norway as IGC Chair."),
    rec("IGC", IGC_AR.format("2003-04"), "Steering Group meeting", "8 July 2003", "Geneva, Switzerland"),
    rec("IGC", IGC_AR.format("2003-04"), "Working Group on Asylum", "16-17 September 2003", "Copenhagen, Denmark"),
    rec("IGC", IGC_AR.format("2003-04"), "Technology Working Group", "7-8 October 2003", "Canberra, Australia"),
    rec("IGC", IGC_AR.format("2003-04"), "Mini-Full Round", "26-27 November 2003", "Geneva, Switzerland"),
    rec("IGC", IGC_AR.format("2003-04"), "Working Group on Admission, Control and Enforcement",
        "3-4 February 2004", "Dublin, Ireland"),
    rec("IGC", IGC_AR.format("2003-04"), "Steering Group meeting", "10 March 2004", "Geneva, Switzerland"),
    rec("IGC", IGC_AR.format("2003-04"), "IGC Terms of Reference", "November 2003", section="documents",
        doc_kind="report"),
    # ---- IGC 2004/05 --------------------------------------------------------------------------
    rec("IGC", IGC_AR.format("2004-05"), "Steering Group meeting", "3 May 2004", "Geneva, Switzerland"),
    rec("IGC", IGC_AR.format("2004-05"), "Full Round", "9-11 June 2004", "Helsinki, Finland"),
    rec("IGC", IGC_AR.format("2004-05"), "Working Group on Asylum", "21-22 September 2004", "Brussels, Belgium"),
    rec("IGC", IGC_AR.format("2004-05"), "Workshop on Labour Migration", "19 October 2004", "Canberra, Australia"),
    rec("IGC", IGC_AR.format("2004-05"), "Mini-Full Round", "17-18 November 2004", "Geneva, Switzerland"),
    rec("IGC", IGC_AR.format("2004-05"), "Technology Working Group", "1-2 December 2004", "Ottawa, Canada"),
    rec("IGC", IGC_AR.format("2004-05"), "Steering Group meeting", "25 January 2005", "Geneva, Switzerland"),
    rec("IGC", IGC_AR.format("2004-05"), "Working Group on Admission, Control and Enforcement",
        "14-15 March 2005", "Berlin, Germany"),
    rec("IGC", IGC_AR.format("2004-05"), "IGC Management Plan 2005", "June 2004", section="documents",
        doc_kind="report"),
    rec("IGC", IGC_AR.format("2004-05"), "Strategic Review: An Outlook", "October 2004", section="documents",
        doc_kind="report"),
    # ---- IGC 2005/06 --------------------------------------------------------------------------
    rec("IGC", IGC_AR.format("2005-06"), "Steering Group meeting", "12 April 2005", "Geneva, Switzerland"),
    rec("IGC", IGC_AR.format("2005-06"), "Full Round", "1-3 June 2005", "Athens, Greece"),
    rec("IGC", IGC_AR.format("2005-06"), "Working Group on Integration", "28 September - 1 October 2005",
        "The Hague, Netherlands"),
    rec("IGC", IGC_AR.format("2005-06"), "Mini-Full Round", "15-16 November 2005", "Geneva, Switzerland"),
    rec("IGC", IGC_AR.format("2005-06"), "Workshop on Irregular Migration Data", "6 December 2005",
        "London, United Kingdom"),
    rec("IGC", IGC_AR.format("2005-06"), "Steering Group meeting", "24 January 2006", "Geneva, Switzerland"),
    rec("IGC", IGC_AR.format("2005-06"), "Working Group on Asylum", "14-15 March 2006", "Stockholm, Sweden"),
    rec("IGC", IGC_AR.format("2005-06"), "IGC Management Plan 2006", "June 2005", section="documents",
        doc_kind="report"),
    rec("IGC", IGC_AR.format("2005-06"), "An Assessment of Twenty Years", "September 2005",
        section="documents", doc_kind="report"),
    # ---- IGC 2006/07: activity report written in prose -----------------------------------------
    rec("IGC", IGC_PROSE, "Steering Group meeting", "20 April 2006", "Geneva, Switzerland",
        section="senior", sentence=S_SG1),
    rec("IGC", IGC_PROSE, "Full Round", "31 May - 2 June 2006", "Ottawa, Canada", section="senior",
        sentence="The {title} was hosted by the Chair in {location} on {date}."),
    rec("IGC", IGC_PROSE, "Mini-Full Round", "7-8 November 2006", "Geneva, Switzerland", section="senior",
        sentence="The {title} took place in {location} on {date}."),
    rec("IGC", IGC_PROSE, "Steering Group meeting", "30 January 2007", "Geneva, Switzerland",
        section="senior", sentence=S_SG2),
    rec("IGC", IGC_PROSE, "Working Group on Admission, Control and Enforcement", "12-13 September 2006",
        "Copenhagen, Denmark", section="expert", sentence=S_MET),
    rec("IGC", IGC_PROSE, "Working Group on Integration", "17-18 October 2006", "Oslo, Norway",
        section="expert", sentence=S_MET),
    rec("IGC", IGC_PROSE, "Workshop on Return and Readmission", "5-6 December 2006", "The Hague, Netherlands",
        section="expert", sentence="The {title} was held in {location} on {date}."),
    rec("IGC", IGC_PROSE, "Working Group on Asylum/Refugees", "14-15 March 2007", "Stockholm, Sweden",
        section="expert", sentence=S_MET),
    rec("IGC", IGC_PROSE, "IGC Management Plan 2007", "June 2006", section="documents", doc_kind="report",
        sentence="The {title} was issued in {date}."),
    # ---- IGC 2007/08 (to January 2008): HTML page ----------------------------------------------
    rec("IGC", IGC_HTML, "Full Round", "23–25 May 2007", "Canberra, Australia"),
    rec("IGC", IGC_HTML, "Steering Group meeting", "19 June 2007", "Geneva, Switzerland"),
    rec("IGC", IGC_HTML, "Working Group on Asylum/Refugees", "11–12 September 2007", "Dublin, Ireland"),
    rec("IGC", IGC_HTML, "Workshop on Family Reunification", "2 October 2007", "Brussels, Belgium"),
    rec("IGC", IGC_HTML, "Mini-Full Round", "14–15 November 2007", "Geneva, Switzerland"),
    rec("IGC", IGC_HTML, "Technology Working Group", "22–23 January 2008", "Wellington, New Zealand"),
    rec("IGC", IGC_HTML, "IGC Management Plan 2008", "June 2007", section="documents", doc_kind="report"),

    # ---- RCM 2003/04 and 2004/05: tables, one per fiscal year ------------------------------------
    rec("RCM", RCM_TABLES, "Regional Consultation Group on Migration (RCGM) meeting", "20-21 May 2003",
        "Cancún, Mexico"),
    rec("RCM", RCM_TABLES, "VIII Regional Conference on Migration: Vice-Ministerial Meeting",
        "22-23 May 2003", "Cancún, Mexico"),
    rec("RCM", RCM_TABLES, "Seminar on Migrant Smuggling", "7-8 October 2003", "Tegucigalpa, Honduras"),
    rec("RCM", RCM_TABLES, "Regional Consultation Group on Migration (RCGM) meeting", "2-3 December 2003",
        "Guatemala City, Guatemala"),
    rec("RCM", RCM_TABLES, "Workshop on Return of Extra-Regional Migrants", "17-18 February 2004",
        "San José, Costa Rica"),
    rec("RCM", RCM_TABLES, "Regional Consultation Group on Migration (RCGM) meeting", "4-5 May 2004",
        "Panama City, Panama"),
    rec("RCM", RCM_TABLES, "IX Regional Conference on Migration: Vice-Ministerial Meeting", "6-7 May 2004",
        "Panama City, Panama"),
    rec("RCM", RCM_TABLES, "Workshop on Unaccompanied Migrant Children", "23-24 August 2004",
        "Managua, Nicaragua"),
    rec("RCM", RCM_TABLES, "Regional Consultation Group on Migration (RCGM) meeting",
        "29 November - 1 December 2004", "San Salvador, El Salvador"),
    # ---- RCM 2005/06: report in prose (English) -------------------------------------------------
    rec("RCM", RCM_PROSE, "Regional Consultation Group on Migration (RCGM)", "25-26 April 2005",
        "Vancouver, Canada", section="senior", sentence=S_MET),
    rec("RCM", RCM_PROSE, "Tenth Regional Conference on Migration (Vice-Ministerial Meeting)",
        "27-28 April 2005", "Vancouver, Canada", section="senior",
        sentence="The {title} took place in {location} on {date}."),
    rec("RCM", RCM_PROSE, "Regional Consultation Group on Migration (RCGM)", "15-16 November 2005",
        "Tegucigalpa, Honduras", section="senior",
        sentence="A second meeting of the {title} was held in {location} on {date}."),
    rec("RCM", RCM_PROSE, "Seminar on Migration and Health", "20-21 September 2005", "San José, Costa Rica",
        section="expert", sentence="A {title} was held in {location} on {date}."),
    rec("RCM", RCM_PROSE, "Workshop on Consular Protection", "7-9 February 2006", "Mexico City, Mexico",
        section="expert", sentence="The {title} was held in {location} on {date}."),
    # ---- RCM 2006/07 and 2007/08: Spanish HTML list ----------------------------------------------
    rec("RCM", RCM_ES, "Reunión del Grupo Regional de Consulta sobre Migración (GRCM)", "2 y 3 de mayo de 2006",
        "San Salvador, El Salvador"),
    rec("RCM", RCM_ES, "XI Conferencia Regional sobre Migración: Reunión Viceministerial",
        "4 y 5 de mayo de 2006", "San Salvador, El Salvador"),
    rec("RCM", RCM_ES, "Reunión del Grupo Regional de Consulta sobre Migración (GRCM)",
        "14 y 15 de noviembre de 2006", "San Salvador, El Salvador"),
    rec("RCM", RCM_ES, "Taller sobre protección de víctimas de trata",
        "del 30 de noviembre al 1 de diciembre de 2006", "Santo Domingo, República Dominicana"),
    rec("RCM", RCM_ES, "Seminario sobre migración y desarrollo", "21 de febrero de 2007",
        "Ciudad de Panamá, Panamá"),
    rec("RCM", RCM_ES, "Reunión del Grupo Regional de Consulta sobre Migración (GRCM)",
        "26 y 27 de abril de 2007", "Nueva Orleans, Estados Unidos"),
    rec("RCM", RCM_ES, "XII Conferencia Regional sobre Migración: Reunión Viceministerial",
        "28 de abril de 2007", "Nueva Orleans, Estados Unidos"),
    rec("RCM", RCM_ES, "Seminario sobre trata de personas", "del 3 al 5 de septiembre de 2007",
        "Ciudad de Guatemala, Guatemala"),
    rec("RCM", RCM_ES, "Reunión del Grupo Regional de Consulta sobre Migración (GRCM)",
        "27 y 28 de noviembre de 2007", "Ciudad de México, México"),
    rec("RCM", RCM_ES, "Taller sobre retorno de migrantes extrarregionales", "17 de enero de 2008",
        "Tegucigalpa, Honduras"),

    # ---- MPI roundtables (ISO dates in the table) -----------------------------------------------
    rec("MPI", MPI_RT, "Roundtable on Managed Migration and Security", "2003-10-16", "Washington, United States"),
    rec("MPI", MPI_RT, "Roundtable on Labour Market Integration", "2005-11-08", "Ottawa, Canada"),
    rec("MPI", MPI_RT, "Roundtable on Temporary Worker Programmes", "2006-02-21", "Mexico City, Mexico"),
    rec("MPI", MPI_RT, "Roundtable on Regional Migration Cooperation", "2007-06-12", "Washington, United States"),
    rec("MPI", MPI_RT, "Roundtable on Refugee Protection in the Americas", "2007-12-04", "Toronto, Canada"),
    # ---- MPI publications (month precision) -----------------------------------------------------
    rec("MPI", MPI_PUBS, "Managing Labor Migration in North America", "September 2003", doc_kind="publication",
        authors=["Helen Tremblay", "Carlos Mendoza"]),
    rec("MPI", MPI_PUBS, "Refugee Resettlement: Comparative Practice in Six Countries", "February 2004",
        doc_kind="publication", authors=["Maria Lindqvist"]),
    rec("MPI", MPI_PUBS, "Border Management after 2001: A Transatlantic View", "June 2004",
        doc_kind="publication", authors=["James Okafor", "Anna Kowalski"]),
    rec("MPI", MPI_PUBS, "Temporary Foreign Worker Programs in Canada and the United States", "November 2004",
        doc_kind="publication", authors=["Helen Tremblay"]),
    rec("MPI", MPI_PUBS, "Remittances and Development in Central America", "March 2005",
        doc_kind="publication", authors=["Sofía Ramírez", "Peter Nguyen"]),
    rec("MPI", MPI_PUBS, "Integration Outcomes of Second-Generation Immigrants", "May 2005",
        doc_kind="publication", authors=["Anna Kowalski"]),
    rec("MPI", MPI_PUBS, "Biometrics and Border Control: Policy Choices", "October 2005",
        doc_kind="publication", authors=["Peter Nguyen", "James Okafor"]),
    rec("MPI", MPI_PUBS, "Circular Migration: Promise and Pitfalls", "January 2006",
        doc_kind="publication", authors=["Maria Lindqvist", "Carlos Mendoza"]),
    rec("MPI", MPI_PUBS, "Irregular Migration Flows in the Americas", "July 2006",
        doc_kind="publication", authors=["Sofía Ramírez"]),
    rec("MPI", MPI_PUBS, "Family Reunification Policies in OECD Countries", "December 2006",
        doc_kind="publication", authors=["Helen Tremblay", "Anna Kowalski"]),
    rec("MPI", MPI_PUBS, "Asylum Systems under Pressure: Lessons from Europe", "May 2007",
        doc_kind="publication", authors=["Maria Lindqvist"]),
    rec("MPI", MPI_PUBS, "Measuring Immigrant Integration", "September 2007",
        doc_kind="publication", authors=["Peter Nguyen", "Sofía Ramírez"]),
    rec("MPI", MPI_PUBS, "Climate Change and Human Mobility", "December 2007",
        doc_kind="publication", authors=["James Okafor"]),
]

# --------------------------------------------------------------------------------------------
# Derived fields: kind, dates, fiscal year, country
# --------------------------------------------------------------------------------------------

KIND_RULES = [
    ("roundtable", ("roundtable", "round table", "mesa redonda")),
    ("workshop", ("workshop", "taller")),
    ("seminar", ("seminar", "seminario")),
    ("training", ("training", "capacitación", "curso")),
    ("forum", ("forum", "foro")),
    ("working_group", ("working group", "grupo de trabajo")),
    ("conference", ("conference", "conferencia")),
]


def kind_for_title(title: str) -> str:
    low = title.lower()
    for kind, words in KIND_RULES:
        if any(w in low for w in words):
            return kind
    return "meeting"


EN_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
ES_MONTHS = {m: i + 1 for i, m in enumerate([
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
    "noviembre", "diciembre"])}
_EN = "(" + "|".join(m.capitalize() for m in EN_MONTHS) + ")"
_ES = "(" + "|".join(ES_MONTHS) + ")"


def parse_date(text: str):
    """Return (start, end, precision) for the date formats used in this corpus."""
    t = text.replace("–", "-").strip()
    d = dt.date
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t):
        s = d(*map(int, m.groups()))
        return s, s, "day"
    if m := re.fullmatch(rf"(\d{{1,2}}) {_EN} (\d{{4}})", t):
        s = d(int(m[3]), EN_MONTHS[m[2].lower()], int(m[1]))
        return s, s, "day"
    if m := re.fullmatch(rf"(\d{{1,2}})-(\d{{1,2}}) {_EN} (\d{{4}})", t):
        y, mo = int(m[4]), EN_MONTHS[m[3].lower()]
        return d(y, mo, int(m[1])), d(y, mo, int(m[2])), "day"
    if m := re.fullmatch(rf"(\d{{1,2}}) {_EN} - (\d{{1,2}}) {_EN} (\d{{4}})", t):
        y = int(m[5])
        return d(y, EN_MONTHS[m[2].lower()], int(m[1])), d(y, EN_MONTHS[m[4].lower()], int(m[3])), "day"
    if m := re.fullmatch(rf"{_EN} (\d{{4}})", t):
        y, mo = int(m[2]), EN_MONTHS[m[1].lower()]
        return d(y, mo, 1), d(y, mo, calendar.monthrange(y, mo)[1]), "month"
    if m := re.fullmatch(rf"(\d{{1,2}}) de {_ES} de (\d{{4}})", t):
        s = d(int(m[3]), ES_MONTHS[m[2]], int(m[1]))
        return s, s, "day"
    if m := re.fullmatch(rf"(?:del )?(\d{{1,2}}) (?:y|al) (\d{{1,2}}) de {_ES} de (\d{{4}})", t):
        y, mo = int(m[4]), ES_MONTHS[m[3]]
        return d(y, mo, int(m[1])), d(y, mo, int(m[2])), "day"
    if m := re.fullmatch(rf"del (\d{{1,2}}) de {_ES} al (\d{{1,2}}) de {_ES} de (\d{{4}})", t):
        y = int(m[5])
        return d(y, ES_MONTHS[m[2]], int(m[1])), d(y, ES_MONTHS[m[4]], int(m[3])), "day"
    raise ValueError(f"unknown date format: {text!r}")


def fiscal_year(day: dt.date) -> str:
    y = day.year if day.month >= 4 else day.year - 1
    return f"{y}/{(y + 1) % 100:02d}"


def complete(r: dict) -> dict:
    r["kind"] = r["doc_kind"] or kind_for_title(r["title"])
    r["start"], r["end"], r["precision"] = parse_date(r["date_text"])
    assert r["end"] >= r["start"], r
    r["fiscal_year"] = fiscal_year(r["start"])
    r["country"] = COUNTRIES[r["location"].rsplit(", ", 1)[-1]] if r["location"] else ""
    r["language"] = "es" if r["source"] == RCM_ES else "en"
    r["page"] = ""  # set by the PDF renderers
    return r


for _r in ACTIVITIES:
    complete(_r)


def of(source: str, section: str | None = None) -> list[dict]:
    rows = [r for r in ACTIVITIES if r["source"] == source and (section is None or r["section"] == section)]
    return sorted(rows, key=lambda r: (r["start"], r["end"]))


# --------------------------------------------------------------------------------------------
# PDF helpers
# --------------------------------------------------------------------------------------------

_MARK = "\x1f"  # stands in for a space that must not break a line
DATE_RE = re.compile(
    rf"\b\d{{1,2}}(?:-\d{{1,2}})? {_EN}(?: - \d{{1,2}} {_EN})?(?: \d{{4}})?|\b{_EN} \d{{4}}")


class Report(FPDF):
    def __init__(self, running_header: str, title: str, author: str):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.running_header = running_header
        self.set_margins(15, 22, 15)
        self.set_auto_page_break(True, margin=22)
        self.set_creation_date(FIXED_DATE)
        self.set_title(title)
        self.set_author(author)
        self.set_creator("mpdp-pipeline raw/sample/build_sample.py")
        self.set_lang("en")
        self.footnotes: list[str] = []

    def header(self):
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(15, 9)
        self.cell(0, 5, self.running_header, align="L")
        self.set_draw_color(120, 120, 120)
        self.line(15, 15, 195, 15)
        self.set_draw_color(0, 0, 0)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    # -- text blocks --------------------------------------------------------------------------
    def title_block(self, lines: list[str]):
        self.set_font("Helvetica", "B", 16)
        for i, line in enumerate(lines):
            if i == 1:
                self.set_font("Helvetica", "B", 13)
            self.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def heading(self, text: str, size: int = 12):
        if self.get_y() + 20 > self.page_break_trigger:
            self.add_page()
        self.set_font("Helvetica", "B", size)
        self.ln(2)
        self.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def wrap(self, text: str, width: float, protect=()) -> list[str]:
        spans = set(protect) | {m.group(0) for m in DATE_RE.finditer(text)}
        for span in sorted(spans, key=len, reverse=True):
            text = text.replace(span, span.replace(" ", _MARK))
        lines, cur = [], ""
        for word in text.split(" "):
            cand = f"{cur} {word}" if cur else word
            if cur and self.get_string_width(cand.replace(_MARK, " ")) > width:
                lines.append(cur)
                cur = word
            else:
                cur = cand
        lines.append(cur)
        return [line.replace(_MARK, " ") for line in lines]

    def para(self, text: str, recs=(), size: float = 10, indent: float = 0, bullet: str = ""):
        """Left-aligned paragraph; never breaks inside dates, titles or venues of ``recs``."""
        self.set_font("Helvetica", "", size)
        protect = [p for r in recs for p in (r["title"], r["location"], r["date_text"]) if p]
        width = self.epw - indent - (self.get_string_width(bullet) if bullet else 0)
        lh = size * 0.5
        pending = list(recs)
        for i, line in enumerate(self.wrap(text, width, protect)):
            self.set_x(self.l_margin + indent)
            if bullet:
                self.cell(self.get_string_width(bullet), lh, bullet if i == 0 else "")
            self.cell(width, lh, line, new_x="LMARGIN", new_y="NEXT")
            for r in list(pending):
                if r["date_text"] in line:
                    r["page"] = self.page_no()
                    pending.remove(r)
        assert not pending, [r["title"] for r in pending]
        self.ln(size * 0.25)

    def sentence_para(self, lead: str, recs: list[dict], tail: str = ""):
        sentences = [lead] if lead else []
        for r in recs:
            sentences.append(r["sentence"].format(title=r["title"], location=r["location"], date=r["date_text"]))
        if tail:
            sentences.append(tail)
        self.para(" ".join(sentences), recs)

    def table(self, header: list[str], recs: list[dict], size: float = 8.5):
        """Ruled table Date | <title column> | Venue; cells never wrap."""
        rows = [[r["date_text"], r["title"] + ("¹" if r["footnote"] else ""), r["location"]] for r in recs]
        self.set_font("Helvetica", "B", size)
        natural = [self.get_string_width(h) + 4 for h in header]
        self.set_font("Helvetica", "", size)
        for row in rows:
            natural = [max(n, self.get_string_width(c) + 4) for n, c in zip(natural, row, strict=True)]
        if sum(natural) > self.epw:
            raise ValueError(f"table too wide ({sum(natural):.1f} mm): shorten a cell: {rows}")
        extra = (self.epw - sum(natural)) / len(natural)
        widths = [n + extra for n in natural]
        h = 7

        def head():
            self.set_font("Helvetica", "B", size)
            self.set_fill_color(225, 225, 225)
            for w, c in zip(widths, header, strict=True):
                self.cell(w, h, c, border=1, fill=True)
            self.ln(h)
            self.set_font("Helvetica", "", size)

        if self.get_y() + 2 * h > self.page_break_trigger:
            self.add_page()
        head()
        for row, r in zip(rows, recs, strict=True):
            if self.get_y() + h > self.page_break_trigger:
                self.add_page()
                head()
            for w, c in zip(widths, row, strict=True):
                self.cell(w, h, c, border=1)
            self.ln(h)
            r["page"] = self.page_no()
            if r["footnote"]:
                self.footnotes.append(r["footnote"])
        self.ln(2)

    def bullets(self, recs: list[dict], fmt="{title} ({date})"):
        for r in recs:
            self.para(fmt.format(title=r["title"], date=r["date_text"]), [r], indent=4, bullet="- ")

    def flush_footnotes(self):
        if not self.footnotes:
            return
        self.set_font("Helvetica", "", 8)
        self.ln(2)
        for i, note in enumerate(self.footnotes, 1):
            mark = {1: "¹", 2: "²", 3: "³"}[i]
            self.cell(0, 4.5, f"{mark} {note}", new_x="LMARGIN", new_y="NEXT")
        self.footnotes = []

    def save(self, rel: str):
        path = HERE / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        self.output(str(path))


# --------------------------------------------------------------------------------------------
# Documents
# --------------------------------------------------------------------------------------------

IGC_NAME = "Intergovernmental Consultations on Migration, Asylum and Refugees"
IGC_INTRO = (
    "The Intergovernmental Consultations on Migration, Asylum and Refugees (IGC) is an informal, "
    "non-decision making forum for intergovernmental information exchange and policy debate on issues of "
    "relevance to the management of international migratory flows. It brings together Participating States "
    "from Europe, North America and Australia, together with the UNHCR, the IOM and the European "
    "Commission. The IGC was established in 1985."
)
IGC_ANNUAL = {
    "2003-04": dict(fy="2003/04", period="1 April 2003 to 31 March 2004", published="Published June 2004",
                    docs_new_page=False, chair="Norway held the IGC Chair for most of the period."),
    "2004-05": dict(fy="2004/05", period="1 April 2004 to 31 March 2005", published="Published June 2005",
                    docs_new_page=True, chair="Finland held the IGC Chair for most of the period."),
    "2005-06": dict(fy="2005/06", period="1 April 2005 to 31 March 2006", published="Published July 2006",
                    docs_new_page=True, chair="Greece held the IGC Chair for most of the period."),
}


def build_igc_annual(key: str):
    cfg = IGC_ANNUAL[key]
    src = IGC_AR.format(key)
    pdf = Report(f"IGC Annual Report {cfg['fy']}", f"IGC Annual Report {cfg['fy']}", "IGC Secretariat")
    pdf.add_page()
    pdf.title_block(["Intergovernmental Consultations on", "Migration, Asylum and Refugees (IGC)",
                     f"Annual Report {cfg['fy']}"])
    pdf.para(f"This report covers the period {cfg['period']}.")
    pdf.heading("1. Introduction")
    pdf.para(IGC_INTRO)
    pdf.para(
        "The work of the IGC is organised around senior official meetings, expert working groups and "
        "workshops, supported by a small Secretariat in Geneva. The Secretariat maintains statistical "
        "databases on asylum applications and migration flows in Participating States, and prepares "
        "background papers for the Chair. " + cfg["chair"])
    pdf.heading("2. Financial overview")
    pdf.para(
        "The IGC is funded by contributions from Participating States. Contributions received during the "
        "year were in line with the budget adopted by the Participating States. The accounts were closed on "
        f"31 March {cfg['period'][-4:]} and audited in May {cfg['period'][-4:]}.")
    pdf.set_font("Helvetica", "", 9)
    pdf.ln(4)
    pdf.cell(0, 5, cfg["published"], new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Contact: secretariat@igc.ch", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.heading("Annex: Meetings held")
    pdf.para("The following meetings were held during the reporting period.", size=9)
    pdf.table(["Date", "Meeting", "Venue"], of(src, "meetings"))
    pdf.flush_footnotes()
    if cfg["docs_new_page"]:
        pdf.add_page()
    pdf.heading("Documents produced")
    pdf.bullets(of(src, "documents"))
    if cfg["docs_new_page"]:
        pdf.heading("Secretariat")
        pdf.para(
            "The Secretariat comprised a Coordinator, two policy officers, a data analyst and administrative "
            "staff. Documents are distributed to Participating States only; public summaries are available "
            "on request from the Secretariat.")
    pdf.save(src)


def build_igc_prose():
    src = IGC_PROSE
    pdf = Report("IGC Activity Report 2006/07", "IGC Activity Report 2006/07", "IGC Secretariat")
    pdf.add_page()
    pdf.title_block(["Intergovernmental Consultations on", "Migration, Asylum and Refugees (IGC)",
                     "Activity Report 2006/07"])
    pdf.para("This report covers the period 1 April 2006 to 31 March 2007.")
    pdf.heading("1. Introduction")
    pdf.para(IGC_INTRO)
    pdf.para(
        "Canada held the IGC Chair from 1 May 2006 to 30 April 2007. The Chair's theme for the year was "
        "the integration of newcomers, which was reflected in the agenda of the senior official meetings.")
    pdf.heading("2. Senior official meetings")
    pdf.sentence_para("", of(src, "senior"),
                      "Participating States were represented at the level of senior officials throughout.")
    pdf.add_page()
    pdf.heading("3. Working groups and workshops")
    pdf.para(
        "The working groups remain the core of the IGC's expert level exchange. In 2006 the Working Group "
        "on Asylum was renamed the Working Group on Asylum/Refugees to reflect its broader mandate.")
    pdf.sentence_para("", of(src, "expert"),
                      "Summaries of the discussions were circulated to Participating States.")
    pdf.heading("4. Documents")
    pdf.sentence_para("", of(src, "documents"),
                      "The Secretariat also updated its statistical tables every quarter.")
    pdf.set_font("Helvetica", "", 9)
    pdf.ln(4)
    pdf.cell(0, 5, "Published May 2007. Contact: secretariat@igc.ch", new_x="LMARGIN", new_y="NEXT")
    pdf.save(src)


RCM_INTRO = (
    "The Regional Conference on Migration (RCM), also known as the Puebla Process, is a regional forum "
    "on migration established in 1996. Its Member Countries are Belize, Canada, Costa Rica, "
    "the Dominican Republic, El Salvador, Guatemala, Honduras, Mexico, Nicaragua, Panama and the "
    "United States. The Technical Secretariat is located in San José, Costa Rica."
)


def build_rcm_tables():
    src = RCM_TABLES
    pdf = Report("Regional Conference on Migration - Meetings 2003-2005",
                 "Regional Conference on Migration: Meetings 2003-2005", "RCM Technical Secretariat")
    pdf.add_page()
    pdf.title_block(["Regional Conference on Migration", "Meetings held, April 2003 - March 2005"])
    pdf.para(RCM_INTRO)
    pdf.para(
        "This document lists the meetings held by the RCM in the fiscal years 2003/04 and 2004/05 "
        "(1 April 2003 to 31 March 2005), prepared for Citizenship and Immigration Canada.")
    recs = of(src)
    by_fy: dict[str, list[dict]] = {}
    for r in recs:
        by_fy.setdefault(r["fiscal_year"], []).append(r)
    for i, (fy, rows) in enumerate(sorted(by_fy.items())):
        if i:
            pdf.add_page()
        pdf.heading(f"Fiscal year {fy}")
        pdf.table(["Date", "Meeting", "Venue"], rows)
    pdf.heading("Notes")
    pdf.para("Prepared by the RCM Technical Secretariat, May 2005. Contact: info@rcmvs.org", size=9)
    pdf.save(src)


def build_rcm_prose():
    src = RCM_PROSE
    pdf = Report("RCM Report 2005/06", "Regional Conference on Migration: Report 2005/06",
                 "RCM Technical Secretariat")
    pdf.add_page()
    pdf.title_block(["Regional Conference on Migration", "Report on activities 2005/06"])
    pdf.para("This report covers the period 1 April 2005 to 31 March 2006.")
    pdf.heading("1. Background")
    pdf.para(RCM_INTRO)
    pdf.para("Canada held the Presidency Pro Tempore of the RCM until May 2005, when it passed to Honduras.")
    pdf.heading("2. Senior official meetings")
    pdf.sentence_para("", of(src, "senior"),
                      "The Member Countries adopted a declaration on the protection of migrants' rights.")
    pdf.add_page()
    pdf.heading("3. Seminars and workshops")
    pdf.para(
        "Seminars and workshops bring together government officials and civil society organisations "
        "on specific themes chosen by the Member Countries.")
    pdf.sentence_para("", of(src, "expert"), "Reports of both events are available from the Technical Secretariat.")
    pdf.heading("4. Technical Secretariat")
    pdf.para(
        "The Technical Secretariat maintained the RCM website and the virtual secretariat throughout the "
        "year. Submitted in June 2006. Contact: info@rcmvs.org", size=9)
    pdf.save(src)


def build_mpi_roundtables():
    src = MPI_RT
    pdf = Report("MPI - Roundtables 2003-2008", "Migration Policy Institute: Roundtables 2003-2008",
                 "Migration Policy Institute")
    pdf.add_page()
    pdf.title_block(["Migration Policy Institute", "Policy roundtables, 2003-2008"])
    pdf.para(
        "Reporting period: 1 April 2003 to 31 January 2008. Prepared for Citizenship and Immigration "
        "Canada, January 2008.")
    pdf.para(
        "The Migration Policy Institute (MPI) is an independent, non-partisan think tank in Washington "
        "dedicated to the study of the movement of people worldwide. Under its agreement with Canada, MPI "
        "organises policy roundtables that bring together senior officials, researchers and practitioners.")
    pdf.heading("Roundtables held")
    pdf.table(["Date", "Roundtable", "Venue"], of(src))
    pdf.para(
        "The roundtables planned for 2004/05 and 2006/07 were postponed because of scheduling difficulties "
        "and held later.")
    pdf.add_page()
    pdf.heading("About the roundtable series")
    pdf.para(
        "Each roundtable is held under the Chatham House rule. Participants receive a background paper "
        "in advance and a short summary afterwards; summaries are not published. MPI was founded in 2001.")
    pdf.para("Contact: info@migrationpolicy.org", size=9)
    pdf.save(src)


# --------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------

def page(title: str, body: str, lang: str = "en", nav: str = "", footer: str = "") -> str:
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n<title>{html.escape(title)}</title>\n'
        "</head>\n<body>\n"
        f'<header>\n<nav>{nav}</nav>\n</header>\n<main>\n{body}</main>\n<footer>\n{footer}\n</footer>\n'
        "</body>\n</html>\n"
    )


def write(rel: str, text: str):
    path = HERE / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")


E = html.escape
IGC_NAV = ('<a href="index.html">Home</a> | <a href="index.html#about">About the IGC</a> | '
           '<a href="index.html#publications">Publications</a> | <a href="mailto:secretariat@igc.ch">Contact</a>')
IGC_FOOTER = ('<p>© 2008 IGC Secretariat, Geneva, Switzerland. Contact: '
              '<a href="mailto:secretariat@igc.ch">secretariat@igc.ch</a></p>\n'
              '<p>Last updated 25 January 2008</p>')


def build_igc_html():
    src = IGC_HTML
    rows = "".join(
        f'<tr><td>{E(r["date_text"])}</td><td>{E(r["title"])}</td><td>{E(r["location"])}</td></tr>\n'
        for r in of(src, "meetings"))
    docs = "".join(f'<li>{E(r["title"])} ({E(r["date_text"])})</li>\n' for r in of(src, "documents"))
    body = (
        "<h1>IGC meetings 2007/08</h1>\n"
        "<p>Meetings held from 1 April 2007. This page is updated after each meeting.</p>\n"
        '<table class="meetings">\n<thead><tr><th>Date</th><th>Meeting</th><th>Venue</th></tr></thead>\n'
        f"<tbody>\n{rows}</tbody>\n</table>\n"
        "<h2>Documents</h2>\n"
        f"<ul class=\"documents\">\n{docs}</ul>\n"
        "<p>Documents are available to Participating States on the IGC extranet.</p>\n"
    )
    write(src, page("IGC – Meetings 2007/08", body, nav=IGC_NAV, footer=IGC_FOOTER))


def build_rcm_es():
    src = RCM_ES
    recs = of(src)
    sections = ""
    for fy, label in (("2006/07", "Abril de 2006 a marzo de 2007"), ("2007/08", "Abril de 2007 a enero de 2008")):
        items = "".join(
            f'<li>{E(r["title"])}, {E(r["location"])}, {E(r["date_text"])}</li>\n'
            for r in recs if r["fiscal_year"] == fy)
        sections += f"<h2>{label}</h2>\n<ul>\n{items}</ul>\n"
    nav = ('<a href="../index.html">English</a> | <a href="reuniones-2006-2008.html">Reuniones</a> | '
           '<a href="mailto:info@rcmvs.org">Contacto</a>')
    body = (
        "<h1>Reuniones de la Conferencia Regional sobre Migración, 2006-2008</h1>\n"
        "<p>La Conferencia Regional sobre Migración (CRM), también conocida como Proceso Puebla, es un foro "
        "regional creado en 1996. La Secretaría Técnica tiene su sede en San José, Costa Rica.</p>\n"
        f"{sections}"
        "<p>Las actas de las reuniones están disponibles en la Secretaría Técnica.</p>\n"
    )
    footer = ("<p>Secretaría Técnica de la CRM, San José, Costa Rica. Contacto: "
              '<a href="mailto:info@rcmvs.org">info@rcmvs.org</a></p>\n'
              "<p>Última actualización: 21 de enero de 2008</p>")
    write(src, page("CRM – Reuniones 2006-2008", body, lang="es", nav=nav, footer=footer))


def build_mpi_publications():
    src = MPI_PUBS
    items = ""
    for r in of(src):
        authors = " and ".join(r["authors"])
        items += (f'<li><a href="#">{E(r["title"])}</a> <span class="authors">By {E(authors)}</span> '
                  f'<span class="date">{E(r["date_text"])}</span></li>\n')
    nav = ('<a href="index.html">Home</a> | <a href="publications.html">Research</a> | '
           '<a href="mailto:info@migrationpolicy.org">Contact</a>')
    body = (
        "<h1>Research publications</h1>\n"
        "<p>Reports and policy briefs by MPI researchers, newest last. Publications since September 2003 "
        "are listed.</p>\n"
        f'<ul class="publications">\n{items}</ul>\n'
    )
    footer = ("<p>© 2008 Migration Policy Institute, Washington, DC. "
              '<a href="mailto:info@migrationpolicy.org">info@migrationpolicy.org</a></p>\n'
              "<p>Page last reviewed 10 January 2008</p>")
    write(src, page("MPI – Research publications", body, nav=nav, footer=footer))


def build_indexes():
    igc_body = (
        "<h1>IGC – Publications and reports</h1>\n"
        f'<section id="about">\n<h2>About the IGC</h2>\n<p>{E(IGC_INTRO)}</p>\n</section>\n'
        '<section id="publications">\n<h2>Annual and activity reports</h2>\n<ul>\n'
        + "".join(
            f'<li><a href="reports/{name}.pdf">{label}</a> (PDF, posted {posted})</li>\n'
            for name, label, posted in (
                ("igc-annual-report-2003-04", "Annual Report 2003/04", "15 July 2004"),
                ("igc-annual-report-2004-05", "Annual Report 2004/05", "12 July 2005"),
                ("igc-annual-report-2005-06", "Annual Report 2005/06", "20 July 2006"),
                ("igc-activity-report-2006-07", "Activity Report 2006/07", "30 May 2007"),
            ))
        + '<li><a href="meetings-2007-08.html">Meetings 2007/08</a> (updated regularly)</li>\n'
        "</ul>\n</section>\n"
    )
    write("igc/index.html", page("IGC – Publications and reports", igc_body, nav=IGC_NAV, footer=IGC_FOOTER))

    rcm_nav = ('<a href="index.html">Home</a> | <a href="es/reuniones-2006-2008.html">Español</a> | '
               '<a href="mailto:info@rcmvs.org">Contact</a>')
    rcm_body = (
        "<h1>Regional Conference on Migration – Documents</h1>\n"
        f"<p>{E(RCM_INTRO)}</p>\n"
        "<h2>Reports</h2>\n<ul>\n"
        '<li><a href="reports/rcm-meetings-2003-2005.pdf">Meetings 2003–2005</a> (PDF)</li>\n'
        '<li><a href="reports/rcm-report-2005-06.pdf">Report on activities 2005/06</a> (PDF)</li>\n'
        '<li><a href="es/reuniones-2006-2008.html">Reuniones 2006–2008</a> (en español)</li>\n'
        "</ul>\n"
    )
    rcm_footer = ("<p>RCM Technical Secretariat, San José, Costa Rica. Contact: "
                  '<a href="mailto:info@rcmvs.org">info@rcmvs.org</a></p>\n<p>Last updated 21 January 2008</p>')
    write("rcm/index.html", page("Regional Conference on Migration", rcm_body, nav=rcm_nav, footer=rcm_footer))

    mpi_nav = ('<a href="index.html">Home</a> | <a href="publications.html">Research</a> | '
               '<a href="mailto:info@migrationpolicy.org">Contact</a>')
    mpi_body = (
        "<h1>Migration Policy Institute</h1>\n"
        "<p>The Migration Policy Institute (MPI) is an independent, non-partisan think tank in Washington, "
        "DC, founded in 2001.</p>\n<ul>\n"
        '<li><a href="publications.html">Research publications</a></li>\n'
        '<li><a href="reports/mpi-roundtables-2003-2008.pdf">Policy roundtables 2003–2008</a> '
        "(PDF, January 2008)</li>\n"
        "</ul>\n"
        '<p>Supported in part by <a href="https://www.cic.gc.ca/">Citizenship and Immigration Canada</a>.</p>\n'
    )
    mpi_footer = ("<p>© 2008 Migration Policy Institute, Washington, DC. "
                  '<a href="mailto:info@migrationpolicy.org">info@migrationpolicy.org</a></p>')
    write("mpi/index.html", page("Migration Policy Institute", mpi_body, nav=mpi_nav, footer=mpi_footer))


# --------------------------------------------------------------------------------------------
# Gold file
# --------------------------------------------------------------------------------------------

def gold_rows() -> list[dict]:
    order = {"IGC": 0, "RCM": 1, "MPI": 2}
    rows = []
    for r in sorted(ACTIVITIES, key=lambda r: (order[r["recipient"]], r["start"], r["kind"])):
        rows.append({
            "recipient": r["recipient"], "kind": r["kind"], "title": r["title"], "date_text": r["date_text"],
            "start_date": r["start"].isoformat(), "end_date": r["end"].isoformat(),
            "date_precision": r["precision"], "fiscal_year": r["fiscal_year"], "location": r["location"],
            "country": r["country"], "source_file": r["source"], "page": r["page"], "language": r["language"],
        })
    return rows


def write_gold():
    keys = [(r["recipient"], r["kind"], r["start"]) for r in ACTIVITIES]
    dupes = {k for k in keys if keys.count(k) > 1}
    assert not dupes, f"(recipient, kind, start_date) not unique: {dupes}"
    GOLD.parent.mkdir(parents=True, exist_ok=True)
    with GOLD.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=GOLD_COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(gold_rows())


def build():
    for key in IGC_ANNUAL:
        build_igc_annual(key)
    build_igc_prose()
    build_igc_html()
    build_rcm_tables()
    build_rcm_prose()
    build_rcm_es()
    build_mpi_roundtables()
    build_mpi_publications()
    build_indexes()
    missing = [r["title"] for r in ACTIVITIES if r["source"].endswith(".pdf") and not r["page"]]
    assert not missing, f"activities not rendered: {missing}"
    write_gold()


# --------------------------------------------------------------------------------------------
# Self-check (needs pdfplumber, installed with the project)
# --------------------------------------------------------------------------------------------

def check() -> int:
    import pdfplumber

    problems = []
    texts: dict[tuple[str, int | str], str] = {}
    for pdf_path in sorted(HERE.rglob("*.pdf")):
        rel = pdf_path.relative_to(HERE).as_posix()
        with pdfplumber.open(pdf_path) as pdf:
            for i, pg in enumerate(pdf.pages, 1):
                texts[(rel, i)] = pg.extract_text() or ""
                for tbl in pg.extract_tables():
                    if tbl and tbl[0][0] != "Date":
                        problems.append(f"{rel} p{i}: table header {tbl[0]}")
    for html_path in sorted(HERE.rglob("*.html")):
        rel = html_path.relative_to(HERE).as_posix()
        texts[(rel, "")] = html.unescape(re.sub(r"<[^>]+>", " ", html_path.read_text(encoding="utf-8")))
    with GOLD.open(encoding="utf-8") as fh:
        gold = list(csv.DictReader(fh))
    for g in gold:
        page_key = int(g["page"]) if g["page"] else ""
        text = texts.get((g["source_file"], page_key))
        if text is None:
            problems.append(f"no such source/page: {g['source_file']} {g['page']}")
            continue
        lines = text.splitlines()
        if not any(g["date_text"] in ln for ln in lines):
            problems.append(f"date not on one line: {g['date_text']!r} in {g['source_file']} p{g['page']}")
        if not any(g["title"] in ln for ln in lines):
            problems.append(f"title not on one line: {g['title']!r} in {g['source_file']} p{g['page']}")
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(gold)} gold rows checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    build()
    print(f"wrote {len(ACTIVITIES)} activities to {GOLD.relative_to(ROOT)} and the sites under "
          f"{HERE.relative_to(ROOT)}")
    if "--check" in sys.argv[1:]:
        sys.exit(check())
