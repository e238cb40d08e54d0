"""The list of blocks a parser builds: each block numbered in reading order, under the last heading.

Both parsers (`html.py` walking the DOM, `layout.py` walking a PDF's pages) hand their blocks to a
`BlockSink`, so order and heading are kept one way whatever the source.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mpdp_pipeline.schemas import Block, BlockKind


@dataclass(kw_only=True)
class BlockSink:
    blocks: list[Block] = field(default_factory=list)
    heading: str | None = None  # the last heading emitted: the context of every block after it

    def append_block(self, kind: str, text: str, *, page: int | None, locator: str, **extra: Any) -> Block:
        """Add a block after the others; a heading becomes the heading of the blocks that follow."""
        block = Block(
            text=text, kind=kind, order=len(self.blocks), page=page, locator=locator, heading=self.heading, **extra
        )
        self.blocks.append(block)
        if kind == BlockKind.HEADING:
            self.heading = text
        return block
