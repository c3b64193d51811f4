"""Speed changes with the same output (sixth session of 2026-12-05,
speed18). The texts are invented, or the stored test articles read whole.

token_kinds: the constructor's per-token table (_TOKEN_KIND) is a plain
dict, not a _WordTable (a subclass of dict is looked up through its type's
generic __getitem__ slot, ~170 instructions more a lookup; this table is
read once per token). Its fast path looks every token up at once and
skips the new-word step (a set difference over the article's words); an
article with a word the table lacks raises KeyError there and takes the
slow path, which adds its new words, then looks up again. Both paths, and
the table's emptying at its limit, must give each token's _token_kind."""

from pathlib import Path

import pytest

from claims.extraction import words as w
from claims.extraction.engine import _Extractor

DATA = Path(__file__).parent / "data"

TEXTS = [
    "قال وزير الداخلية سليم العبيدي إن «الوضع مستقر» في 12 مارس 2024.",
    "وأكدت المتحدثة باسم البلدية، في بيان صدر أمس، أن الأشغال تنتهي في العام نفسه",
    "x",
    "",
    "«لن نتراجع» — هكذا ختم النائب كلمته يوم الخميس 3 أكتوبر.",
]


def _direct(toks):
    return bytearray(w._token_kind(t) for t in toks)


def _tokens(text):
    parts = w._TOKEN_SPLIT.split(text)
    return parts[1::2]


@pytest.fixture
def table(monkeypatch):
    """A private table, emptied, so that each test sees both paths."""
    fresh: dict[str, int] = {}
    monkeypatch.setattr(w, "_TOKEN_KIND", fresh)
    return fresh


@pytest.mark.parametrize("text", TEXTS)
def test_slow_path_then_fast_path_agree_with_each_token(table, text):
    toks = _tokens(text)
    slow = w.token_kinds(toks, frozenset(toks))  # (every word new: KeyError, then filled)
    assert set(toks) <= table.keys()
    fast = w.token_kinds(toks, frozenset(toks))  # (every word known)
    assert slow == fast == _direct(toks)


def test_one_new_word_among_known_ones(table):
    toks = _tokens(TEXTS[0])
    w.token_kinds(toks, frozenset(toks))
    more = [*toks, "بالأمس", *toks[:3]]
    assert w.token_kinds(more, frozenset(more)) == _direct(more)
    assert "بالأمس" in table


@pytest.mark.parametrize("toks", [[], ["قال"], ["في"], ["2024"]])
def test_no_token_and_one_token(table, toks):
    # (with one key itemgetter returns no tuple: the table's own lookup)
    assert w.token_kinds(toks, frozenset(toks)) == _direct(toks)
    assert w.token_kinds(toks, frozenset(toks)) == _direct(toks)


def test_table_emptied_at_its_limit(table, monkeypatch):
    monkeypatch.setattr(w, "_TOKEN_KIND_LIMIT", 6)
    first = _tokens("قال الوزير إن الوضع مستقر")
    w.token_kinds(first, frozenset(first))
    second = _tokens("وأضاف المحافظ أن الطريق مفتوح")
    # (five known words and five new ones would pass six: a new table, with
    # the second text's words alone; the old one is left as it was, for a
    # thread still reading it: mend27e)
    assert w.token_kinds(second, frozenset(second)) == _direct(second)
    assert w._TOKEN_KIND.keys() == set(second)
    assert table.keys() == set(first)


def test_stored_articles_both_paths_as_the_constructor_reads_them(table):
    texts = [f.read_text(encoding="utf-8") for f in sorted(DATA.glob("*.txt"))]
    assert len(texts) > 100
    for text in texts:
        ex = _Extractor(text)  # (the tokens as the constructor rewrote them)
        toks = ex.doc.toks
        expected = _direct(toks)
        assert ex.kinds == expected
        table.clear()
        assert w.token_kinds(toks, frozenset(toks)) == expected  # slow path
        assert w.token_kinds(toks, frozenset(toks)) == expected  # fast path
