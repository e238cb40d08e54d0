"""Every real-world document in shared/corpus/real goes through `parse_isolated`: none crashes, each gets its code.

The corpus sits beside the clone (see STYLE.md) and is read in place; without it these tests skip.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from mpdp_pipeline.errors import ParseError
from mpdp_pipeline.isolation import parse_isolated

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "real"
EXPECTED_ERRORS = {"encrypted-password-test.pdf": "pdf.encrypted", "empty-zero-bytes.pdf": "pdf.empty"}
EXPECTED_WARNINGS = {"wsd-2015-qatar-mdps-plan-ar-scanned.pdf": "pdf.no_text_layer"}
# Below the 0.9 word overlap, with the reason: pdfium's plain text is not a fair reference there.
LOWER_OVERLAP: dict[str, float] = {}
# Word pairs of pdfium's lines found in ours: word overlap cannot see order, and a right-to-left line
# read by x alone keeps its words but loses almost every pair (0.09 on the Arabic agenda). pdfium
# joins a table row's cells on one line, so pairs across cells are missing even from good output.
MIN_PAIR_OVERLAP = 0.85
# Fewer reference pairs than this say nothing about order (a page of a few scattered numbers).
MIN_PAIRS = 50
_WORD_RE = re.compile(r"\w+")


def _files() -> list[str]:
    if not CORPUS.is_dir():
        return []
    with (CORPUS / "MANIFEST.csv").open(newline="", encoding="utf-8") as handle:
        return sorted(row["file"] for row in csv.DictReader(handle))


pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"real corpus not found at {CORPUS}")


def _content_type(name: str) -> str:
    return "application/pdf" if name.endswith(".pdf") else "text/html"


def _words(text: str) -> Counter[str]:
    return Counter(_WORD_RE.findall(text.replace("\ufffe", "-").lower()))


def _pairs(lines: list[str]) -> Counter[tuple[str, str]]:
    pairs: Counter[tuple[str, str]] = Counter()
    for line in lines:
        words = _WORD_RE.findall(line.replace("\ufffe", "-").lower())
        pairs.update(zip(words, words[1:], strict=False))
    return pairs


def _pdfium_text(data: bytes) -> str:
    """pdfium's plain text, less lines found on several pages: running headers are rightly dropped."""
    doc = pdfium.PdfDocument(data)
    try:
        pages = [doc[i].get_textpage().get_text_range().splitlines() for i in range(len(doc))]
    finally:
        doc.close()
    on_pages = Counter(line.strip() for lines in pages for line in set(lines))
    return "\n".join(line for lines in pages for line in lines if len(pages) < 2 or on_pages[line.strip()] < 2)


@pytest.mark.parametrize("name", _files() or ["(corpus missing)"])
def test_document_gets_ok_warning_or_its_error(name):
    data = (CORPUS / name).read_bytes()
    try:
        doc = parse_isolated(data, _content_type(name), timeout_s=60, memory_mb=2048)
    except ParseError as exc:
        assert EXPECTED_ERRORS.get(name) == exc.code, f"{name}: unexpected {exc.code}: {exc.message}"
        return
    assert name not in EXPECTED_ERRORS, f"{name} should have raised {EXPECTED_ERRORS.get(name)}"
    codes = {code for code, _ in doc.warnings}
    if name in EXPECTED_WARNINGS:
        assert EXPECTED_WARNINGS[name] in codes
        return
    assert "pdf.no_text_layer" not in codes or name == "wsd-2015-mali-journee-mondiale-fr.pdf"
    assert doc.blocks, f"{name}: no blocks"
    assert [b.order for b in doc.blocks] == list(range(len(doc.blocks)))
    if name.endswith(".pdf"):
        pdfium_text = _pdfium_text(data)
        reference = _words(pdfium_text)
        ours = _words(" ".join(b.text for b in doc.blocks))
        overlap = sum((reference & ours).values()) / max(sum(reference.values()), 1)
        assert overlap >= LOWER_OVERLAP.get(name, 0.9), f"{name}: word overlap {overlap:.3f}"
        reference_pairs = _pairs(pdfium_text.splitlines())
        if sum(reference_pairs.values()) >= MIN_PAIRS:
            found = reference_pairs & _pairs([b.text for b in doc.blocks])
            pair_overlap = sum(found.values()) / sum(reference_pairs.values())
            assert pair_overlap >= MIN_PAIR_OVERLAP, f"{name}: word pair overlap {pair_overlap:.3f}"
        assert all(b.page is not None and 1 <= b.page <= doc.pages for b in doc.blocks)
