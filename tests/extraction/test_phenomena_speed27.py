"""speed27: changes for speed only, the output the same.

- classify's readings before phrase_entity, phrase_entity's name walk and
  title walk: their tests of a word of a kind sit behind one per-word table
  each (_CLASSIFY_SPECIAL, _NAME_BREAKS, _TITLE_WALK_SKIPS,
  _TITLE_WALK_BREAKS), the union of the word lists the tests read; a word of
  any of those lists must pass its gate.
- The hottest lookups by a token of the article (scan_np's three tables,
  cue_at's two, register_mentions' _MENTION_KIND) read plain-dict twins of
  the per-word tables (words.token_twin), which hold every word
  _TOKEN_KIND holds: filled with it by token_kinds; at its limit, or when
  another _TOKEN_KIND table is read (a test's), a new table and new twins
  replace them (mend27e: never emptied in place, for threads).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.extraction import extract
from claims.extraction import lexicon as lx
from claims.extraction import phrases as p
from claims.extraction import words as w

DATA = Path(__file__).parent / "data"

TEXTS = [
    "وقال وزير الخارجية سامي الحداد إن «الحوار هو الحل الوحيد».",
    "وأكدت المتحدثة باسم الوزارة ليلى العمري أن «الموعد لم يتغير».",
    "قال مصدر دبلوماسي إن «المحادثات ستستأنف الأسبوع المقبل».",
    "وذكرت برقية أرسلها السفير جون كارتر في 3 مارس 2009 أن «الوضع هادئ».",
]


def _said(texts):
    return [[(q.speaker, q.role, q.date, q.start, q.end) for q in extract(t)] for t in texts]


# --- the gates: every word of the lists each gated test reads passes


@pytest.mark.parametrize(
    "words",
    [
        p._OUTLET_HEADS,
        p._ALL_OF,
        p._AUTHORED_POSTS,
        p._STAR,
        lx.DOCUMENT_SERIES,
        p._GROUNDS,
        p._SPEECH_NOUN_HEADS,
        p._SPEECH_NAME_HEADS,
        p._AUTHORED_DOCUMENTS,
    ],
)
def test_classify_gate_lets_in_every_listed_first_word(words):
    assert all(p._CLASSIFY_SPECIAL[word] for word in words)


def test_classify_gate_lets_in_title_heads_and_relatives():
    for word in ("الوزير", "رييس", "السفيره", "الذي", "والتي"):
        assert p._CLASSIFY_SPECIAL[word], word


def test_classify_gate_keeps_out_plain_name_words():
    for word in ("سامي", "الحداد", "ليلى"):
        assert not p._CLASSIFY_SPECIAL[word], word


@pytest.mark.parametrize(
    "words",
    [
        p._ONE_OF,
        p._STAR,
        p._KIN_HEADS,
        p._NEWS_VERBS,
        p._OUTLET_HEADS,
        p._SHORT_BROKEN_PLURALS,
        p._POST_NOUNS,
    ],
)
def test_name_walk_gate_lets_in_every_listed_word(words):
    assert all(p._NAME_BREAKS[word] for word in words)


def test_name_walk_gate_lets_in_ba_masdars():
    for word in ("بفتح", "بسحب", "بوجود", "بضروره", "لمنصب"):
        assert p._NAME_BREAKS[word], word
    for word in ("بشير", "بطرس", "سامي", "الحداد"):
        assert not p._NAME_BREAKS[word], word


@pytest.mark.parametrize(
    "gate, lists",
    [
        (
            "_TITLE_WALK_SKIPS",
            ("_NOT_WORDS", "_SPECIFIED_ELATIVES", "_RANK_QUALIFIERS", "_RETIRED", "_LATELY"),
        ),
        (
            "_TITLE_WALK_BREAKS",
            (
                "_PLACE_FIRST_WORDS",
                "_GENITIVE_PERSON_HONORIFICS",
                "_TITLES_BEFORE_NAME",
                "_PARTICIPLE_COMPLEMENTS",
            ),
        ),
    ],
)
def test_title_walk_gates_let_in_every_listed_word(gate, lists):
    table = getattr(p, gate)
    for name in lists:
        assert all(table[word] for word in getattr(p, name)), name


def test_title_walk_gates_institutions_honorifics_and_wa():
    assert all(p._TITLE_WALK_SKIPS[word] for word in p._NAMED_INSTITUTIONS)
    assert all(p._TITLE_WALK_BREAKS[word] for word in lx.HONORIFICS)
    assert p._TITLE_WALK_SKIPS["والاعلام"]
    assert not p._TITLE_WALK_SKIPS["الخارجيه"]


# --- the twins


def _twins():
    table, twins = w._GEN[0]
    assert table is w._TOKEN_KIND
    return [
        (twins["np_pre_tests"], p._NP_PRE_TESTS),
        (twins["np_read"], p._NP_READ),
        (twins["np_next"], p._NP_NEXT),
        (twins["cue_info"], w._CUE_INFO),
        (twins["cue_quick"], p._CUE_QUICK),
        (twins["mention_kind"], w._MENTION_KIND),
    ]


def test_twins_hold_every_word_token_kinds_holds_with_its_value():
    _said(TEXTS)
    for twin, source in _twins():
        assert twin.keys() == w._TOKEN_KIND.keys()
        assert all(twin[t] == source[t] for t in twin)


def test_twins_follow_a_table_emptied_at_its_limit(monkeypatch):
    want = _said(TEXTS)
    monkeypatch.setattr(w, "_TOKEN_KIND", {})
    monkeypatch.setattr(w, "_TOKEN_KIND_LIMIT", 40)
    # (each text passes the limit with the one before: emptied, then its own)
    assert _said(TEXTS) == want
    for twin, _source in _twins():
        assert twin.keys() == w._TOKEN_KIND.keys()


def test_twins_filled_anew_when_the_table_read_changes(monkeypatch):
    want = _said(TEXTS)
    with monkeypatch.context() as m:
        m.setattr(w, "_TOKEN_KIND", {})
        m.setattr(w, "_TOKEN_KIND_LIMIT", 10)
        _said(TEXTS[:1])
    # (the module's own table again, with words the twins lost meanwhile)
    assert _said(TEXTS) == want
    for twin, _source in _twins():
        assert twin.keys() == w._TOKEN_KIND.keys()


def test_stored_articles_same_after_the_twins_emptied(monkeypatch):
    texts = [f.read_text(encoding="utf-8") for f in sorted(DATA.glob("*.txt"))[:40]]
    want = _said(texts)
    monkeypatch.setattr(w, "_TOKEN_KIND", {})
    monkeypatch.setattr(w, "_TOKEN_KIND_LIMIT", 500)
    assert _said(texts) == want
