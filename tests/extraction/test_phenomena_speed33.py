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


# --- _token_kind reads no per-word tables of its own (speed33, second change):
# its three tests (a candidate, a soft opener, a soft start) were _WordTables
# filled with every new word, which _token_kind's own table (or _ONCE) keeps
# the answer of anyway


def _old_token_bits(t):
    """The candidate and soft-start bits as the tables before gave them."""
    candidate = t in w._CANDIDATE_KEYS or t.endswith(tuple(w._NISBA_ENDINGS))
    opener = t in w._SOFT_OPENERS or (
        t[:3] == "فال" and len(t) >= 6 and t not in w._FRONTING_OR_CONJ
    )
    cue = w._cue_of(t)
    soft = (
        opener
        or t in w._TURN_NEXT
        or (
            t[0] in "وف"
            and candidate
            and (
                t[:3] == "فال" or (cue is not None and cue.kind == w.lx.VERB and t not in w.lx.CUES)
            )
        )
    )
    return int(bool(candidate)) | int(bool(soft)) << 1


def test_token_kind_bits_as_the_tables_gave_them():
    from claims.extraction.normalize import normalize

    words = {
        t for f in sorted(DATA.glob("*.txt"))[:80] for t in normalize(f.read_text("utf-8")).split()
    }
    words |= {"الفرنسيون", "والمصريين", "فالمبعوث", "فالح", "وقال", "فاكد", "ومن", "جهته"}
    assert all(w._token_kind(t) & 3 == _old_token_bits(t) for t in words)
    assert sum(w._token_kind(t) & 2 > 0 for t in words) > 20


def test_a_word_met_first_is_looked_up_in_no_table(monkeypatch):
    _fresh(monkeypatch)
    toks = ["وقال", "الفرنسيون", "فالمبعوث", "سمبرودي", "ان", "«", "الخطه", "»"]
    tables = [v for m in (w, e) for v in vars(m).values() if type(v) is w._WordTable]
    for table in tables:
        for t in toks:
            table.pop(t, None)
    kinds, _ = w.token_kinds_twinned(toks, frozenset(toks), lazy=True)
    assert kinds == _direct(toks)
    assert all(t not in table for table in tables for t in toks)


def test_no_prefilled_table_only_token_kind_reads():
    assert w._NP_KIND in w._PREFILLED
    assert not hasattr(w, "_IS_CANDIDATE") and not hasattr(w, "_IS_SOFT_START")
