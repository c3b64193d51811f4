"""Speed changes with the same output (eighth session of 2026-12-05,
speed20). The texts are the stored test articles, read whole, and strings
made up for the edges.

The runs of digits of an article (``dates._digit_runs``, the start of the
date and cable reference search) are read off its tokens
(``dates.token_digit_runs``), not by a regex over every character. What
that relies on: every character that is not a space is in a token (a run
of word characters, or one other character), so a run of ``\\d`` lies in
the tokens that hold a digit and spans two of them only where they touch;
and the tokens the constructor rewrites ("إمام", "ربه", "آن") hold no
digit, so the tokens hold the digits the folded text holds; and a token
that opens with a digit opens a date (dates.opens_date, bit 128 of the
constructor's per-token kinds), so the tokens to read are found among
those, a few an article (an article with a word that holds a digit further
in, "ال17", is read by the regex). Each test compares the runs with those
of ``\\d+`` over the folded text."""

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extraction import dates
from claims.extraction.engine import _Extractor
from claims.extraction.words import _DATE_START_BIT, _token_kind

DATA = Path(__file__).parent / "data"
_DIGITS = re.compile(r"\d+")


def _runs(text: str):
    """(the runs read off the tokens, the runs of \\d+) of ``text`` as the
    engine folds and splits it."""
    x = _Extractor(text)
    doc = x.doc
    opening = x.kinds.translate(_DATE_START_BIT)
    got = dates.token_digit_runs(doc.folded, doc.toks, doc.starts, doc.ends, x.vocab, opening)
    return got, [m.span() for m in _DIGITS.finditer(doc.folded)]


EDGES = [
    "",
    "لا أرقام هنا",
    "في 12 مارس 2010 قال إن 3",
    "١٢ مارس ٢٠١٠ و۳٤ و۲۰۱۹م",  # Arabic-Indic and Persian digits, folded to 0-9
    "في ال17 من الشهر وبال18 وفي 2019م",  # digits glued to letters in one token
    "العدد 12३४ و३ ४ و１２ ６",  # a run across tokens: 12 then Devanagari digits
    "𝟏𝟐 2010𝟑 x 😀 7",  # mathematical digits beyond the BMP, an astral non-digit
    "12،13-14/15 (16) «17» 1.5 ٣,٥",
    "a1b22c333 x9 9x",  # runs inside Latin tokens
    "قال الإمام 12 وعبد ربه 3 وآن 4",  # tokens the constructor rewrites
    "12\n13\t14  15",
]


@pytest.mark.parametrize("text", EDGES)
def test_token_digit_runs_at_the_edges(text):
    got, want = _runs(text)
    assert got == want


def test_token_digit_runs_on_every_stored_article():
    paths = sorted(DATA.glob("*.txt"))
    assert len(paths) > 100
    n = 0
    for path in paths:
        got, want = _runs(path.read_text(encoding="utf-8"))
        assert got == want, path.name
        n += len(want)
    assert n > 1000


def test_token_digit_runs_when_the_table_is_emptied(monkeypatch):
    # (the words read are forgotten at the limit, then read again)
    monkeypatch.setattr(dates, "_DIGITS_READ_LIMIT", 8)
    monkeypatch.setattr(dates, "_DIGITS_READ", set())
    monkeypatch.setattr(dates, "_DIGIT_WORDS", set())
    monkeypatch.setattr(dates, "_INNER_DIGIT_WORDS", set())
    for text in EDGES * 2:
        got, want = _runs(text)
        assert got == want
        assert len(dates._DIGITS_READ) <= max(8, len(_Extractor(text).vocab))
        assert dates._DIGIT_WORDS | dates._INNER_DIGIT_WORDS <= dates._DIGITS_READ


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.one_of(
            st.characters(whitelist_categories=("Nd",)),  # digits of every script
            st.sampled_from("ال١٢٣۴ 12 ،«»:\n-"),
            st.characters(blacklist_categories=("Cs",)),
        ),
        max_size=60,
    )
)
def test_token_digit_runs_on_any_text(text):
    got, want = _runs(text)
    assert got == want


def test_a_word_that_opens_with_a_digit_opens_a_date():
    # (token_digit_runs looks for the words that open with a digit among
    # the tokens the kinds mark as opening a date)
    digits = [chr(c) for c in range(0x110000) if chr(c).isdecimal()]
    assert len(digits) > 600
    for d in digits:
        for word in (d, d + "12", d + "م", d + "abc"):
            assert _token_kind(word) & 128, repr(word)
