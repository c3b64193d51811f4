"""speed37b: the token split's parts (its commit 079a08a7, words.token_parts,
was reverted: +3.6 % instructions on real-styled text, whose pieces between
spaces are mostly new to a per-word table).

``_TOKEN_SPLIT.split`` gives separators and tokens alternating, and their
lengths add up to the text's (the engine's offsets are their running sum):
on the stored articles, on pieces that open or end with a space of another
kind, on empty pieces (two spaces, a space at either end) and on random
strings of letters, spaces of every kind and marks; and a quote read across
spaces of every kind keeps its offsets.  A faster split must keep these.
"""

from __future__ import annotations

import random
from pathlib import Path

from claims.extraction import words as w
from claims.extraction.engine import extract
from claims.extraction.normalize import fold_with_offsets

DATA = Path(__file__).parent / "data"

# the shapes of a piece between two spaces: a word, a word with its marks,
# spaces of other kinds inside or at its ends, none at all
EDGES = [
    *("", " ", "  ", "\n", " \n ", "الوزير", " الوزير", "الوزير ", "  الوزير  "),
    *("قال الوزير", "قال  الوزير", "قال\nالوزير", "قال \nالوزير", "قال\n الوزير"),
    *("الصيف، اقرت", "«الوضع» ان", '"يخسرون المعركه"', "2009، خلص", "(وات) .", "«»"),
    *("الامن.\n", "\nوقال", "\n\nوقال الوزير:\n\n«نعم»\n", "a\tb", "a\u00a0b", "x\u2003 y"),
    *("ـ", "الوزيـر", "Ali", "é", "_x_", "😀الوزير", "١٢ مارس", "۱۲", "٫", "²"),
    *("ال\u200dوزير", " «", "» ", ". .", "،،", "\r\n", "a b\r", " \t "),
]
ALPHABET = (
    list("اليوزرمنه")
    + list(" \n\t\r\u00a0\u2003\u3000")
    + list("،.«»\"':-/()؛؟")
    + list("aZé9٣۳_ـ😀\u200d\u064b²")
    + [" "] * 8
)


def _same(text: str) -> None:
    parts = w._TOKEN_SPLIT.split(text)
    assert "".join(parts) == text, repr(text)
    assert parts[1::2] == w._TOKEN.findall(text), repr(text)
    assert all(not s or s.isspace() for s in parts[0::2]), repr(text)


def test_the_articles_split_into_parts():
    for f in sorted(DATA.glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        _same(text)
        _same(fold_with_offsets(text)[0])


def test_the_edges_split_into_parts():
    for text in EDGES:
        _same(text)
        _same(text + " " + text)
        _same(" ".join(EDGES))


def test_random_strings_split_into_parts():
    rnd = random.Random(37)
    for _ in range(20000):
        _same("".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, 16))))


def test_a_quote_read_with_its_speaker_across_spaces_of_every_kind():
    # (the offsets from the parts: the quote and the speaker's span as written)
    text = "وقال  وزير الخارجية\u00a0أحمد علي،\nفي مؤتمر صحفي: «الوضع  مستقر».\n"
    quotes = extract(text)
    assert [q.text for q in quotes] == ["الوضع  مستقر"]
    assert text[quotes[0].start : quotes[0].end] == "الوضع  مستقر"
    assert (quotes[0].speaker, quotes[0].role) == ("أحمد علي", "وزير الخارجية")
