"""speed34: speed on real-styled text (no answer of the engine changes).

- words.token_kinds_of: the kinds of the words an article meets for the
  first time (token_kinds_twinned) are worked out a test at a time over all
  of them in C; only the words of _TOKEN_KIND_LISTED or of _TOKEN_KIND_SHAPE
  go through _token_kind, every other word is a plain word (4) or, not
  alphanumeric, 0.  The kinds must be _token_kind's, word for word, in the
  set's order.
"""

from __future__ import annotations

import random
from pathlib import Path

from claims.extraction import dates as d
from claims.extraction import words as w
from claims.extraction.normalize import fold_with_offsets

DATA = Path(__file__).parent / "data"

# each of opens_date's shapes, the lists' words and the soft openers' and
# nisbas' shapes, with near misses of each (a word that only looks so)
EDGES = [
    *("2009", "١٢", "۱۲", "٣مارس", "ب", "ل", "ب١", "ل5", "بالمغرب", "لبنان"),
    *("ال17", "بال17", "وال3", "الساحل", "والسادس", "today01", "Today", "x", "_", "a_b"),
    *("مارس2010", "مارسمن", "مارسعام", "مارسيليا", "عام2009", "عامين", "للعام2010"),
    *("جانفي", "لمارس", "فاتح", "غره", "الاول", "في", "وفي", "بعد", "وبعد", "نفسه"),
    *("فالمبعوث", "فالح", "فالان", "الفرنسيون", "والمصريين", "يونيو", "الامريكيين"),
    *("وقال", "فاكد", "واضاف", "جهته", "المقابل", "السفير", "ان", "«", "»", "،", ".", "\n"),
    *("²", "٫", "-", "%", "1st", "X1", "ولد"),
]


def _article_words():
    words = set()
    for f in sorted(DATA.glob("*.txt")):
        folded, _ = fold_with_offsets(f.read_text(encoding="utf-8"))
        words.update(w._TOKEN.findall(folded))
    return words


def _direct(words):
    return {t: w._token_kind(t) for t in words}


def test_kinds_of_every_word_of_the_articles():
    words = frozenset(_article_words())
    kinds = w.token_kinds_of(words)
    assert kinds == _direct(words)
    assert list(kinds) == list(words)  # (the order in which _ONCE keeps them)
    # (many words take a bit other than 4, of each kind of test)
    assert sum(k & ~4 > 0 for k in kinds.values()) > 1000
    assert sum(k & 128 > 0 for k in kinds.values()) > 100
    assert sum(k & 2 > 0 for k in kinds.values()) > 50


def test_kinds_of_the_edges():
    words = frozenset(EDGES)
    assert w.token_kinds_of(words) == _direct(words)
    # (the edges reach every bit but 64's list)
    bits = 0
    for k in _direct(words).values():
        bits |= k
    assert bits | 64 == 255


def test_kinds_of_random_tokens():
    # tokens made of the letters and digits the shapes test, Latin and
    # Arabic, heads of months and triggers: every word the shapes leave
    # out must be a plain word
    rng = random.Random(34)
    parts = [*"بلوافي0١۲xA_", "ال", "فال", "يون", "يين", "مارس", "عام", "سنه", "جانفي", "بعد"]
    words = frozenset("".join(rng.choices(parts, k=rng.randint(1, 4))) for _ in range(20000))
    assert w.token_kinds_of(words) == _direct(words)


def test_words_no_shape_nor_list_lets_in_are_plain():
    words = _article_words() | set(EDGES)
    for t in words:
        if t not in w._TOKEN_KIND_LISTED and w._TOKEN_KIND_SHAPE(t) is None:
            assert w._token_kind(t) == 4 * t.isalnum(), t


def test_opens_date_only_of_its_shapes():
    import re

    shape = re.compile(d.OPENS_DATE_SHAPE, re.S).match
    rng = random.Random(7)
    parts = [*"بلوا0١x", "ال", "مارس", "عام", "سنه", "جانفي", "ماي", "لعام", "من"]
    words = {"".join(rng.choices(parts, k=rng.randint(1, 3))) for _ in range(20000)}
    words |= _article_words() | set(EDGES)
    opening = [t for t in words if d.opens_date(t)]
    assert len(opening) > 500
    assert all(t in d.START_WORDS or shape(t) for t in opening)


def test_the_engine_reads_them_for_new_words(monkeypatch):
    monkeypatch.setattr(w, "_TOKEN_KIND", {})
    monkeypatch.setattr(w, "_ONCE", [(None, {})])
    toks = ["وقال", "الفرنسيون", "2009", "سمبرودي", "ان", "«", "مارس2010", "»"]
    kinds, _ = w.token_kinds_twinned(toks, frozenset(toks), lazy=True)
    assert kinds == bytearray(w._token_kind(t) for t in toks)
    assert w._ONCE[0][1] == _direct(toks)
    # (without lazy: into the table)
    monkeypatch.setattr(w, "_TOKEN_KIND", {})
    monkeypatch.setattr(w, "_ONCE", [(None, {})])
    assert w.token_kinds(toks, frozenset(toks)) == bytearray(w._token_kind(t) for t in toks)
    assert _direct(toks) == w._TOKEN_KIND
