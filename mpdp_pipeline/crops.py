"""Page crops: the part of a PDF page an activity was read from, as a PNG beside the report (issue 9).

A PDF activity keeps where it was read: its `page` (1-based) and, in `locator`, the bounding box
`x0,top,x1,bottom` of the block, in PDF points from the page's top left (pdfplumber's coordinates). pypdfium2
renders that band of the page, the page's full width and a margin above and below, so that a reviewer sees
the line in its context without opening the document.

A crop's file name is derived from what it shows (document, page, box, rendering settings), so a rerun
renders only crops it has not made yet, and crops no activity uses any more are removed. At most
`MAX_CROPS` are made per report: a large corpus gets a bounded folder, not one image per activity.
A PDF or a box that cannot be rendered is skipped with a logged warning; the report goes on without its crop.
"""

from __future__ import annotations

import hashlib
import io
import logging
import math
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium

from mpdp_pipeline.location import Remote, location
from mpdp_pipeline.schemas import Activity
from mpdp_pipeline.storage import atomic_write_bytes

log = logging.getLogger(__name__)

MAX_CROPS = 500  # per report
SCALE = 1.5  # pixels per PDF point: legible, and small files
MAX_WIDTH_PX = 1400  # a poster-sized page is rendered smaller, never wider than this
MARGIN_PT = 18  # above and below the box: the lines around it
MAX_HEIGHT_PT = 320  # a box as tall as a page (a whole table) is shown from its top, not whole
RENDERING = "v1"  # part of every file name: change it when the rendering changes, and crops are redone
_NAME = re.compile(r"[0-9a-f]{24}\.png")


@dataclass(frozen=True)
class Place:
    """Where in a PDF an activity was read: its document, 1-based page and box (x0, top, x1, bottom) in points."""

    doc_id: str
    page: int
    box: tuple[float, float, float, float]

    @property
    def file_name(self) -> str:
        key = f"{self.doc_id}|{self.page}|{','.join(f'{v:.1f}' for v in self.box)}|{SCALE}|{MARGIN_PT}|{RENDERING}"
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24] + ".png"


class CropError(ValueError):
    """A box that is not on its page, or a page that is not in its PDF."""


def parse_box(locator: str | None) -> tuple[float, float, float, float] | None:
    """`"72.0,100.5,540.0,130.2"` -> its four numbers; None for anything else (an HTML locator, a typo)."""
    parts = (locator or "").split(",")
    if len(parts) != 4:
        return None
    try:
        x0, top, x1, bottom = (float(p) for p in parts)
    except ValueError:
        return None
    if not all(math.isfinite(v) for v in (x0, top, x1, bottom)) or x0 > x1 or top > bottom:
        return None
    return x0, top, x1, bottom


def place_of(activity: Activity) -> Place | None:
    """The PDF place to show for an activity: where it was best read, else the first other place with a box."""
    candidates = [(activity.doc_id, activity.page, activity.locator)]
    candidates += [(s.doc_id, s.page, s.locator) for s in activity.sources]
    for doc_id, page, locator in candidates:
        box = parse_box(locator)
        if page and page >= 1 and box is not None:
            return Place(doc_id, page, box)
    return None


def crop_band(box: tuple[float, float, float, float], page_height: float) -> tuple[float, float]:
    """The (top, bottom) of the band to render, in points from the page's top: the box, its margins, the page."""
    _, top, _, bottom = box
    if top >= page_height or bottom <= 0:
        raise CropError(f"box {box} is outside the page (height {page_height:.0f} pt)")
    start = max(0.0, top - MARGIN_PT)
    end = min(page_height, bottom + MARGIN_PT, start + MAX_HEIGHT_PT)
    return start, end


def render_place(pdf: pdfium.PdfDocument, place: Place) -> bytes:
    """The PNG of `place`'s band of its page, the page's full width."""
    if not 1 <= place.page <= len(pdf):
        raise CropError(f"page {place.page} is not in the document ({len(pdf)} pages)")
    page = pdf[place.page - 1]
    try:
        # pdfplumber's boxes are in the page as displayed (rotation applied, from the top left of the media box);
        # pdfium crops the displayed page too, from its crop box: shift by the media box's margin above it.
        width, height = page.get_size()
        x0, top, x1, bottom = place.box
        offset = _media_margin_above(page) if page.get_rotation() == 0 else 0.0
        if x0 >= width or x1 <= 0:
            raise CropError(f"box {place.box} is outside the page (width {width:.0f} pt)")
        start, end = crop_band((x0, top - offset, x1, bottom - offset), height)
        scale = min(SCALE, MAX_WIDTH_PX / max(1.0, width))
        bitmap = page.render(scale=scale, crop=(0, height - end, 0, start))
        try:
            buffer = io.BytesIO()
            bitmap.to_pil().save(buffer, format="PNG")
        finally:
            bitmap.close()
        return buffer.getvalue()
    finally:
        page.close()


def _media_margin_above(page: pdfium.PdfPage) -> float:
    """How far the media box's top is above the crop box's: 0 unless the page declares both, apart."""
    media = page.get_mediabox(fallback_ok=False)  # None when inherited: then the boxes are not told apart
    if media is None:
        return 0.0
    return max(0.0, max(media[1], media[3]) - page.get_bbox()[3])


def _write(path: Path, data: bytes) -> None:
    atomic_write_bytes(path, data, mode=0o644)  # served beside the report, to the web server and colleagues


def _render_document(pdf_path: Path | Remote, places: Iterable[Place], folder: Path) -> set[Place]:
    """Render the crops of one PDF that are not in `folder` yet; the places that have a crop."""
    done = set()
    pdf: pdfium.PdfDocument | None = None
    try:
        for place in places:
            target = folder / place.file_name
            if target.exists():
                done.add(place)
                continue
            try:
                # A document in an object store is read whole; a local one is opened in place.
                pdf = pdf or pdfium.PdfDocument(pdf_path.read_bytes() if isinstance(pdf_path, Remote) else pdf_path)
                _write(target, render_place(pdf, place))
                done.add(place)
            except (CropError, pdfium.PdfiumError, OSError, ValueError, RuntimeError) as exc:
                log.warning("no crop of %s page %d %s: %s", pdf_path.name, place.page, place.box, exc)
    finally:
        if pdf is not None:
            pdf.close()
    return done


def _prune(folder: Path, keep: set[str]) -> None:
    """Remove the crops no activity uses any more: the folder holds at most one report's crops."""
    for path in folder.glob("*.png"):
        if _NAME.fullmatch(path.name) and path.name not in keep:
            path.unlink(missing_ok=True)


def page_crops(
    activities: Sequence[Activity],
    pdfs: Mapping[str, Path | str | None],
    folder: Path,
    *,
    base: Path | None = None,
    limit: int = MAX_CROPS,
    storage_options: Mapping[str, Any] | None = None,
) -> dict[str, str]:
    """Render the crop of each PDF activity into `folder`: activity id -> the PNG's path relative to `base`
    (default: `folder`'s parent, where the report is), as `render_report(crops=...)` takes it.

    `pdfs` maps a doc_id to its stored copy (`documents.raw_path`: a path, or a URL read with
    `storage_options`). The first `limit` activities with a PDF
    place, in the order given, get a crop; activities read at one place share it.
    """
    base = folder.parent if base is None else base
    chosen: dict[str, Place] = {}
    for a in activities:
        if len(chosen) >= limit:
            break
        place = place_of(a)
        if place is not None and pdfs.get(place.doc_id):
            chosen[a.activity_id] = place
    by_document: dict[str, list[Place]] = defaultdict(list)
    for place in dict.fromkeys(chosen.values()):
        by_document[place.doc_id].append(place)
    folder.mkdir(parents=True, exist_ok=True)
    made: set[Place] = set()
    for doc_id, places in by_document.items():
        made |= _render_document(location(str(pdfs[doc_id]), storage_options), places, folder)
    _prune(folder, {p.file_name for p in made})
    relative = Path(os.path.relpath(folder, base))
    return {activity_id: (relative / p.file_name).as_posix() for activity_id, p in chosen.items() if p in made}
