"""Speed changes with the same output (seventh session of 2026-12-05,
speed19). The texts are the stored test articles, read whole, and words
made up for the edges.

A word's first letters, tested without slicing it: ``t[:2] == "ال"`` is
written ``"ال" <= t < "ام"`` at the engine's busiest tests (the words from
ال up to, not with, ام: the bound is the prefix with its last letter
moved on by one code point). A slice of an Arabic word makes a new string
(a one-letter one too: only Latin-1 letters are cached), ~600 instructions
with its comparison and its freeing; two comparisons of strings make none
(~240). About 450 such tests an article on the bench.

Each bound in the engine must be its prefix's successor, or the test is no
prefix test: the source is read for every such comparison, and each pair
is checked against the slice on every token of the stored articles and on
the words at its edges."""

import ast
from functools import cache
from pathlib import Path

import pytest

from claims.extraction import words as w

ENGINE = Path(w.__file__).parent
DATA = Path(__file__).parent / "data"


def _ranges():
    """Every ``"lo" <= X < "hi"`` of string literals in the engine's source,
    with where it is."""
    out = []
    for path in sorted(ENGINE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Compare)
                and len(node.ops) == 2
                and isinstance(node.ops[0], ast.LtE)
                and isinstance(node.ops[1], ast.Lt)
                and isinstance(node.left, ast.Constant)
                and isinstance(node.left.value, str)
                and isinstance(node.comparators[1], ast.Constant)
                and isinstance(node.comparators[1].value, str)
            ):
                out.append(
                    (node.left.value, node.comparators[1].value, f"{path.name}:{node.lineno}")
                )
    return out


RANGES = _ranges()
PAIRS = sorted({(lo, hi) for lo, hi, _ in RANGES})


@cache
def _tokens():
    toks = set()
    for path in sorted(DATA.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        toks.update(w._TOKEN_SPLIT.split(text)[1::2])
    return frozenset(toks)


def test_the_busy_prefix_tests_are_written_as_ranges():
    # (the rewrite is there: the pairs the bench reads most)
    assert {("ال", "ام"), ("ل", "م"), ("و", "ى"), ("ب", "ة"), ("title:", "title;")} <= set(PAIRS)
    assert len(RANGES) >= 50


@pytest.mark.parametrize(("lo", "hi", "where"), RANGES)
def test_each_bound_is_its_prefix_moved_on_by_one(lo, hi, where):
    assert hi == lo[:-1] + chr(ord(lo[-1]) + 1), where


@pytest.mark.parametrize(("lo", "hi"), PAIRS)
def test_each_range_is_the_slice_on_every_stored_token(lo, hi):
    n = len(lo)
    toks = _tokens()
    assert len(toks) > 1000
    for t in toks:
        assert (lo <= t < hi) == (t[:n] == lo), t


@pytest.mark.parametrize(("lo", "hi"), PAIRS)
def test_each_range_at_its_edges(lo, hi):
    n = len(lo)
    # near misses: the prefix less its last letter, the letter before and
    # the letter after, the bound itself and words from it, the empty word
    edges = [
        "",
        lo,
        lo[:-1],
        hi,
        hi + "ا",
        lo + "ي",
        lo + "\uffff",
        lo[:-1] + chr(ord(lo[-1]) - 1) + "ي",
        lo[:-1] + chr(ord(lo[-1]) - 1),
        hi[:-1] + chr(ord(hi[-1]) + 1),
        "ا" + lo,
        lo[0] + " " + lo[1:] if n > 1 else " " + lo,
    ]
    for t in edges:
        assert (lo <= t < hi) == (t[:n] == lo), repr(t)
