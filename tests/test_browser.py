"""The reviewers' page in a real headless browser, at 1280 px wide (issues 9 and 12).

test_report.py reads the markup; these tests read the page as Chromium lays it out: what a reviewer sees
is positions, scroll containers, loaded images and resolved links, which no parse of the HTML can show.
Two reports of the bundled sample: the review's own (observed until January 2008, four fiscal years) and
the same tables checked until January 2026, whose 23 fiscal years make the check matrix wider than the window.

Needs Debian's `chromium` and `chromium-driver` (`apt-get install chromium chromium-driver`, as `.ci/run`
does) and selenium; without them the tests skip and say so. Selenium Manager is kept offline: the driver and
the browser are the ones found on PATH, nothing is downloaded.
"""

from __future__ import annotations

import io
import shutil
import struct
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import published_copy, sample_config

from mpdp_pipeline.cli import main
from mpdp_pipeline.schemas import ResultCheck, table_to_records
from mpdp_pipeline.tables import read_table

CHROMIUM = shutil.which("chromium")
CHROMEDRIVER = shutil.which("chromedriver")
if not (CHROMIUM and CHROMEDRIVER):
    pytest.skip(
        "chromium or chromedriver not found on PATH: `apt-get install chromium chromium-driver` (Debian) "
        "to run the report in a headless browser",
        allow_module_level=True,
    )
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium not installed: pip install selenium")
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

WIDTH = 1280  # the width issue 12 asks the page to be read at
# A busy 2-core machine: waits are generous, and nothing asserts how long anything took.
TIMEOUT_S = 120
REVIEW_CONCLUSION = (
    "Every required output of IGC, MPI and RCM was delivered in every fiscal year from 2003/04 to 2006/07, "
    "except the MPI roundtables organised through MPI, delayed in 2004/05 and 2006/07."
)

# Page geometry, measured in the browser. Scroll containers are found from the computed style, so a table
# made to scroll by any rule (a class, a wrapper div) counts, and one that merely looks narrow does not.
TABLES_OUTSIDE_THE_WINDOW = """
const width = window.innerWidth;
const within = (r) => r.left >= 0 && r.right <= width + 0.5;
const scroller = (el) => {
  for (let e = el; e && e !== document.body; e = e.parentElement) {
    if (["auto", "scroll"].includes(getComputedStyle(e).overflowX)) return e;
  }
  return null;
};
return [...document.querySelectorAll("table")].flatMap((t, i) => {
  if (within(t.getBoundingClientRect())) return [];
  const box = scroller(t);
  if (box && within(box.getBoundingClientRect())) return [];
  return [`table ${i} (${t.id || t.className || t.rows[0].innerText.slice(0, 40)}) spans `
          + `${Math.round(t.getBoundingClientRect().left)}..${Math.round(t.getBoundingClientRect().right)} px`];
});
"""
MISSING_LINK_TARGETS = """
return [...document.querySelectorAll('a[href^="#"]')]
  .map((a) => a.getAttribute("href"))
  .filter((href) => !document.getElementById(decodeURIComponent(href.slice(1))));
"""
CELL_BOX = """
const r = arguments[0].getBoundingClientRect();
return {left: r.left, right: r.right, top: r.top, bottom: r.bottom};
"""
# What the reviewer sees at the middle of an element: itself (or its content), not a cell scrolled over it.
IS_ON_TOP = """
const el = arguments[0], r = el.getBoundingClientRect();
const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
return hit !== null && (hit === el || el.contains(hit));
"""
IMAGE_LOADED = "return arguments[0].complete && arguments[0].naturalWidth > 0;"
# Words (runs of letters, digits and punctuation between spaces and hyphens) that a table shows broken over
# two lines: a column squeezed narrower than its words, "2003/04" read as "200" / "3/0" / "4".
WORDS_BROKEN_IN_TABLES = r"""
const broken = [];
for (const table of document.querySelectorAll("table")) {
  const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const m of node.data.matchAll(/[^\s-]+/g)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) broken.push(m[0]);
    }
  }
}
return broken;
"""
# A sticky cell must be opaque, or the cells scrolled under it show through its text.
IS_OPAQUE = "return !getComputedStyle(arguments[0]).backgroundColor.match(/^(transparent|rgba\\(.*, 0\\))$/);"


# --- the reports ----------------------------------------------------------------------------------------


def checked_report(extracted: Path, folder: Path, observed_until: str) -> Path:
    """`mpdp checks` then `mpdp report` on a copy of `extracted`, with the sample config observed until
    `observed_until`; the path of the page."""
    out = published_copy(extracted, folder / "out")
    config = sample_config(folder)
    text = config.read_text(encoding="utf-8")
    assert "observed_until = 2008-01-31" in text
    config.write_text(text.replace("observed_until = 2008-01-31", f"observed_until = {observed_until}"), "utf-8")
    assert main(["checks", "--config", str(config), "--out", str(out)]) == 0
    assert main(["report", "--config", str(config), "--out", str(out)]) == 0
    return out / "report" / "index.html"


@pytest.fixture(scope="module")
def review_report(sample_extracted, tmp_path_factory) -> Path:
    return checked_report(sample_extracted, tmp_path_factory.mktemp("review"), "2008-01-31")


@pytest.fixture(scope="module")
def wide_report(sample_extracted, tmp_path_factory) -> Path:
    return checked_report(sample_extracted, tmp_path_factory.mktemp("wide"), "2026-01-31")


# --- the browser ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator:
    """Headless Chromium at 1280 x 900, its console kept, driven through the system's chromedriver."""
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(flag)
    options.add_argument(f"--window-size={WIDTH},900")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    with pytest.MonkeyPatch.context() as env:
        env.setenv("SE_OFFLINE", "true")  # Selenium Manager never fetches a driver or a browser
        driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
        driver.set_page_load_timeout(TIMEOUT_S)
        driver.set_script_timeout(TIMEOUT_S)
        try:
            yield driver
        finally:
            driver.quit()


def opened(browser, page: Path):
    """The browser showing `page`, fully loaded, scrolled to its top, at the width the tests are about."""
    browser.get(page.as_uri())
    WebDriverWait(browser, TIMEOUT_S).until(lambda d: d.execute_script("return document.readyState") == "complete")
    assert browser.execute_script("return window.innerWidth") == WIDTH, "the window is not 1280 px wide"
    browser.get_log("browser")  # drop what earlier pages logged: each test reads its own page's console
    return browser


def matrix(browser):
    return browser.find_element("css selector", "h2#checks ~ table")


# --- readable at 1280 px ------------------------------------------------------------------------------


@pytest.mark.parametrize("report", ["review_report", "wide_report"])
def test_the_page_never_scrolls_sideways_and_wide_tables_scroll_inside_it(report, request, browser):
    page = opened(browser, request.getfixturevalue(report))
    assert page.execute_script("return document.documentElement.scrollWidth") <= WIDTH
    assert page.execute_script(TABLES_OUTSIDE_THE_WINDOW) == []
    assert page.execute_script(WORDS_BROKEN_IN_TABLES) == []


def test_the_wide_matrix_scrolls_and_keeps_recipient_and_output_in_view(wide_report, browser):
    page = opened(browser, wide_report)
    table = matrix(page)
    page.execute_script("arguments[0].scrollIntoView()", table)
    # 2 + 23 columns cannot fit: the matrix itself must be what scrolls (else this test proves nothing)
    assert page.execute_script("return arguments[0].scrollWidth > arguments[0].clientWidth + 100", table)
    cells = table.find_elements("css selector", "tr")[1].find_elements("css selector", "td")
    recipient, output, first_year, last_year = cells[0], cells[1], cells[2], cells[-1]
    before = [page.execute_script(CELL_BOX, cell) for cell in (recipient, output, first_year)]

    page.execute_script("arguments[0].scrollLeft = arguments[0].scrollWidth", table)
    scrolled = page.execute_script("return arguments[0].scrollLeft", table)
    assert scrolled > 100
    r, o, y = (page.execute_script(CELL_BOX, cell) for cell in (recipient, output, first_year))

    assert r["left"] == pytest.approx(before[0]["left"], abs=1)  # sticky: did not move
    assert o["left"] == pytest.approx(before[1]["left"], abs=1)
    assert o["left"] >= r["right"] - 1  # side by side, not stacked on each other
    assert y["left"] == pytest.approx(before[2]["left"] - scrolled, abs=1)  # the years did scroll
    assert page.execute_script(IS_ON_TOP, recipient) and page.execute_script(IS_ON_TOP, output)
    assert page.execute_script(IS_OPAQUE, recipient) and page.execute_script(IS_OPAQUE, output)
    assert page.execute_script(IS_ON_TOP, last_year)  # the last year is reachable, not hidden under them
    assert o["right"] <= page.execute_script(CELL_BOX, last_year)["left"] + 1


def test_the_sticky_columns_look_the_same_scrolled_or_not(wide_report, browser):
    """Pixel for pixel: no seam through which the scrolled years show, no border lost on the way."""
    page = opened(browser, wide_report)
    table = matrix(page)
    page.execute_script("arguments[0].scrollIntoView()", table)
    first = table.find_elements("css selector", "tr")[1].find_elements("css selector", "td")[0]
    output = table.find_elements("css selector", "tr")[1].find_elements("css selector", "td")[1]
    left, right = page.execute_script(CELL_BOX, first)["left"], page.execute_script(CELL_BOX, output)["right"]
    top, bottom = page.execute_script(CELL_BOX, table)["top"], page.execute_script("return window.innerHeight")
    ratio = page.execute_script("return window.devicePixelRatio")
    # from just left of the table to just short of the output column's shadow, which falls on the next column
    strip = tuple(round(v * ratio) for v in (left - 1, max(top, 0), right - 2, bottom))

    before = sticky_strip(page.get_screenshot_as_png(), strip)
    page.execute_script("arguments[0].scrollLeft = arguments[0].scrollWidth", table)
    assert page.execute_script("return arguments[0].scrollLeft", table) > 100
    after = sticky_strip(page.get_screenshot_as_png(), strip)
    assert before == after


def sticky_strip(png: bytes, box: tuple[int, int, int, int]) -> bytes:
    """The pixels of `box` (left, top, right, bottom) of a screenshot, as RGB bytes."""
    from PIL import Image

    return Image.open(io.BytesIO(png)).convert("RGB").crop(box).tobytes()


def test_the_conclusion_is_the_first_thing_read(review_report, browser):
    page = opened(browser, review_report)
    first = page.find_element("css selector", "h2")
    assert first.get_attribute("id") == "findings"
    conclusion = page.find_element("css selector", "h2#findings + p")
    assert conclusion.text == REVIEW_CONCLUSION
    # in the first screen, no scrolling
    assert page.execute_script(CELL_BOX, conclusion)["bottom"] <= page.execute_script("return window.innerHeight")


def test_the_page_loads_without_console_errors_and_every_in_page_link_lands(review_report, browser):
    page = opened(browser, review_report)
    page.refresh()
    WebDriverWait(page, TIMEOUT_S).until(lambda d: d.execute_script("return document.readyState") == "complete")
    assert [e for e in page.get_log("browser") if e["level"] == "SEVERE"] == []
    assert page.execute_script("return document.querySelectorAll('a[href^=\"#a-\"]').length") > 0
    assert page.execute_script(MISSING_LINK_TARGETS) == []


def test_the_matrix_has_a_cell_for_every_check(review_report, browser):
    page = opened(browser, review_report)
    checks = table_to_records(read_table(review_report.parents[1], "result_checks"), ResultCheck)
    rows = matrix(page).find_elements("css selector", "tr")
    years = [th.text for th in rows[0].find_elements("css selector", "th")][2:]
    assert years == sorted({c.fiscal_year for c in checks})
    shown = {
        (cells[0].text, cells[1].text.split("\n")[0], year)
        for cells in (row.find_elements("css selector", "td") for row in rows[1:])
        for year, cell in zip(years, cells[2:], strict=True)
        if cell.text.strip()
    }
    assert shown == {(c.recipient, c.requirement_id, c.fiscal_year) for c in checks}


def test_an_evidence_link_leads_to_its_snippet_and_its_page_crop(review_report, browser):
    page = opened(browser, review_report)
    link = next(
        a
        for a in matrix(page).find_elements("css selector", "a")
        if page.execute_script(
            "return !!document.getElementById(arguments[0].getAttribute('href').slice(1)).querySelector('img')", a
        )
    )
    target = link.get_attribute("href").split("#", 1)[1]
    page.execute_script("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", link)
    link.click()
    WebDriverWait(page, TIMEOUT_S).until(lambda d: d.execute_script("return location.hash") == f"#{target}")
    row = page.find_element("id", target)
    box = page.execute_script(CELL_BOX, row)
    # on screen: scrolled to its top, to a subpixel
    assert -1 <= box["top"] < page.execute_script("return window.innerHeight")
    assert row.find_element("css selector", ".snip").text.strip()
    crop = row.find_element("css selector", "img.crop")
    WebDriverWait(page, TIMEOUT_S).until(lambda d: d.execute_script(IMAGE_LOADED, crop))


def test_every_page_crop_loads(review_report, browser):
    page = opened(browser, review_report)
    crops = page.find_elements("css selector", "h2#evidence + table img")
    sources = {Path(crop.get_attribute("src")).name for crop in crops}  # activities read at one place share one
    assert sources == {png.name for png in (review_report.parent / "crops").glob("*.png")} != set()
    for crop in crops:  # lazy images load once near the screen: bring each one there
        page.execute_script("arguments[0].scrollIntoView({block: 'center'})", crop)
        WebDriverWait(page, TIMEOUT_S).until(lambda d, crop=crop: d.execute_script(IMAGE_LOADED, crop))


@pytest.mark.parametrize("report", ["review_report", "wide_report"])
def test_a_screenshot_of_the_page_at_1280_px(report, request, browser, tmp_path):
    page = opened(browser, request.getfixturevalue(report))
    shot = tmp_path / f"{report}.png"
    assert page.save_screenshot(str(shot))
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    ratio = page.execute_script("return window.devicePixelRatio")
    assert (width, height) == (round(WIDTH * ratio), round(page.execute_script("return window.innerHeight") * ratio))
