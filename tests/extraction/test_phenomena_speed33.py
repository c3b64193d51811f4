"""speed33: speed on real-styled text (no answer of the engine changes).

- words.token_kinds_twinned(..., lazy=True), the engine's call: a word met
  for the first time is not twinned; its kind waits in _ONCE, and an
  article with such a word reads the twins' tables themselves, which work a
  word out on its first lookup.  The words waiting are twinned by the first
  article that has no new word.  Real text brings ~60 new words an
  article, and the rules read one of the six twins of about one in five.
- Without ``lazy`` (token_kinds, the tests of the twins) every new word is
  twinned at once, as before.
"""

from __future__ import annotations

from pathlib import Path

from claims.extraction import engine as e
from claims.extraction import extract
from claims.extraction import words as w

DATA = Path(__file__).parent / "data"


def _said(texts):
    return [[(q.speaker, q.role, q.cue, q.date, q.start, q.end) for q in extract(t)] for t in texts]


def _direct(toks):
    return bytearray(w._token_kind(t) for t in toks)


FIRST = ["وقال", "المتحدث", "باسم", "الهيئة", "سمير", "الحداد", "ان", "«", "الخطه", "»"]
SECOND = ["واضافت", "الوزيره", "ليلى", "العمري", "ان", "«", "الموعد", "ثابت", "»"]


def _fresh(monkeypatch):
    monkeypatch.setattr(w, "_TOKEN_KIND", {})
    monkeypatch.setattr(w, "_ONCE", [(None, {})])


class TestLazy:
    def test_new_words_wait_untwinned_with_their_kinds(self, monkeypatch):
        _fresh(monkeypatch)
        kinds, _ = w.token_kinds_twinned(FIRST, frozenset(FIRST), lazy=True)
        assert kinds == _direct(FIRST)
        assert w._TOKEN_KIND == {}
        table, once = w._ONCE[0]
        assert table is w._TOKEN_KIND and once == {t: w._token_kind(t) for t in FIRST}
        for twin in w._GEN[0][1].values():
            assert twin == {}

    def test_an_article_with_a_new_word_reads_the_tables(self, monkeypatch):
        _fresh(monkeypatch)
        _, twins = w.token_kinds_twinned(FIRST, frozenset(FIRST), lazy=True)
        assert twins.keys() == w._TWIN_SOURCES.keys()
        for name, source in w._TWIN_SOURCES.items():
            assert {t: twins[name][t] for t in FIRST} == {t: source.fn(t) for t in FIRST}

    def test_words_met_before_wait_while_an_article_brings_new_ones(self, monkeypatch):
        _fresh(monkeypatch)
        w.token_kinds_twinned(FIRST, frozenset(FIRST), lazy=True)
        more = [*FIRST[:4], *SECOND]
        kinds, _ = w.token_kinds_twinned(more, frozenset(more), lazy=True)
        assert kinds == _direct(more)
        assert w._TOKEN_KIND == {} and set(more) <= w._ONCE[0][1].keys()

    def test_an_article_of_known_words_twins_them(self, monkeypatch):
        _fresh(monkeypatch)
        w.token_kinds_twinned(FIRST, frozenset(FIRST), lazy=True)
        kinds, twins = w.token_kinds_twinned(FIRST[:6], frozenset(FIRST[:6]), lazy=True)
        assert kinds == _direct(FIRST[:6])
        assert w._TOKEN_KIND.keys() == set(FIRST[:6])
        assert w._ONCE[0][1].keys() == set(FIRST[6:])
        for name, source in w._TWIN_SOURCES.items():
            assert twins[name] == {t: source.fn(t) for t in FIRST[:6]}
        # (then read without the lock: the same twins, the same kinds)
        again = w.token_kinds_twinned(FIRST[:6], frozenset(FIRST[:6]), lazy=True)
        assert again[0] == kinds and again[1] is twins

    def test_words_waiting_count_towards_the_limit(self, monkeypatch):
        _fresh(monkeypatch)
        monkeypatch.setattr(w, "_TOKEN_KIND_LIMIT", 12)
        w.token_kinds_twinned(FIRST, frozenset(FIRST), lazy=True)
        old = w._TOKEN_KIND
        kinds, _ = w.token_kinds_twinned(SECOND, frozenset(SECOND), lazy=True)
        assert kinds == _direct(SECOND)
        assert w._TOKEN_KIND is not old and w._TOKEN_KIND == {}
        assert w._ONCE[0][1].keys() == set(SECOND)


class TestNearMisses:
    def test_without_lazy_every_new_word_is_twinned(self, monkeypatch):
        _fresh(monkeypatch)
        kinds, twins = w.token_kinds_twinned(FIRST, frozenset(FIRST))
        assert kinds == _direct(FIRST)
        assert w._TOKEN_KIND.keys() == set(FIRST)
        for name, source in w._TWIN_SOURCES.items():
            assert twins[name] == {t: source.fn(t) for t in FIRST}

    def test_without_lazy_words_waiting_are_twinned(self, monkeypatch):
        _fresh(monkeypatch)
        w.token_kinds_twinned(FIRST, frozenset(FIRST), lazy=True)
        more = [*FIRST, *SECOND]
        assert w.token_kinds(more, frozenset(more)) == _direct(more)
        assert w._TOKEN_KIND.keys() == set(more) and w._ONCE[0][1] == {}
        for twin in w._GEN[0][1].values():
            assert twin.keys() == set(more)


def test_articles_say_the_same_lazy_or_not(monkeypatch):
    texts = [f.read_text(encoding="utf-8") for f in sorted(DATA.glob("*.txt"))[:40]]
    _fresh(monkeypatch)
    lazy = _said(texts)
    eager = w.token_kinds_twinned

    def twinned_at_once(toks, vocab, lazy=False):
        return eager(toks, vocab)

    monkeypatch.setattr(e, "token_kinds_twinned", twinned_at_once)
    _fresh(monkeypatch)
    assert _said(texts) == lazy
    assert sum(map(len, lazy)) > 100
