"""No module binds one top-level name twice: a function reads a module's name when it runs, so a second pattern
of the same name, defined further down for another rule, silently replaces the first one's everywhere (a
`_QUOTED_NAME` with another group once made a release's quoted title raise `IndexError`). A rebinding that
wraps the first value (`X = Gated(X, ...)`) is deliberate and allowed."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from conftest import ROOT

MODULES = sorted(p for folder in ("mpdp_pipeline", "extractors", "flows") for p in (ROOT / folder).rglob("*.py"))


def rebound_names(source: str) -> list[str]:
    """The top-level names a module assigns a second time without reading the first value."""
    seen: set[str] = set()
    rebound = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            targets, value = [t for t in node.targets if isinstance(t, ast.Name)], node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            targets, value = [node.target], node.value
        else:
            continue
        read = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)}
        for target in targets:
            if target.id in seen and target.id not in read:
                rebound.append(target.id)
            seen.add(target.id)
    return rebound


def test_the_check_finds_a_name_bound_twice():
    assert rebound_names("A = 1\nB = 2\nA = 3\n") == ["A"]
    assert rebound_names("A = 1\nA = wrap(A)\n") == []


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_binds_a_top_level_name_twice(path: Path):
    assert rebound_names(path.read_text(encoding="utf-8")) == []
