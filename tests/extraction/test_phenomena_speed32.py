"""speed32: speed on real-styled text (no answer of the engine changes).

- words.token_kinds_twinned fills the plain twins of the per-word tables
  with an article's new words through _fill_twin: the table's function is
  called as its __missing__ would call it (the same limit test before each
  word), without the dispatch of a miss on a dict subclass.  Real text
  brings ~50 new words an article to each twin.
"""

from __future__ import annotations

from pathlib import Path

from claims.extraction import dating, extract
from claims.extraction import words as w
from claims.extraction.engine import _Extractor
from claims.extraction.normalize import normalize

DATA = Path(__file__).parent / "data"


def _said(texts):
    return [[(q.speaker, q.role, q.cue, q.start, q.end) for q in extract(t)] for t in texts]


class _Counted:
    def __init__(self):
        self.calls = []

    def __call__(self, word):
        self.calls.append(word)
        return len(word) if word != "لا" else None


class TestFillTwin:
    def test_fills_as_lookups_would(self):
        fn = _Counted()
        table = w._WordTable(fn)
        table["قال"]  # (known before: its function is not called again)
        fn.calls.clear()
        twin: dict = {}
        w._fill_twin(table, twin, ["قال", "الوزير", "لا", "سمير"])
        want = {"قال": 3, "الوزير": 6, "لا": None, "سمير": 4}
        assert twin == want
        assert dict(table) == want
        assert fn.calls == ["الوزير", "لا", "سمير"]

    def test_a_value_of_none_is_kept_not_recomputed(self):
        fn = _Counted()
        table = w._WordTable(fn)
        assert table["لا"] is None
        fn.calls.clear()
        twin: dict = {}
        w._fill_twin(table, twin, ["لا"])
        assert twin == {"لا": None} and fn.calls == []

    def test_empties_at_its_limit_as_missing_does(self):
        words = [f"كلمة{k}" for k in range(7)]
        by_lookup = w._WordTable(len, limit=3)
        for t in words:
            by_lookup[t]
        by_fill = w._WordTable(len, limit=3)
        twin: dict = {}
        w._fill_twin(by_fill, twin, words)
        assert dict(by_fill) == dict(by_lookup)
        assert twin == {t: len(t) for t in words}

    def test_other_sources_are_looked_up(self, monkeypatch):
        class _Keyed(dict):
            def __missing__(self, word):
                return "x"

        monkeypatch.setitem(w._TWIN_SOURCES, "speed32_probe", _Keyed())
        monkeypatch.setattr(w, "_TOKEN_KIND", {})
        _, twins = w.token_kinds_twinned(["قال", "الوزير"], frozenset({"قال", "الوزير"}))
        assert twins["speed32_probe"] == {"قال": "x", "الوزير": "x"}


def test_twins_hold_what_their_tables_say(monkeypatch):
    monkeypatch.setattr(w, "_TOKEN_KIND", {})
    toks = ["وقال", "وزير", "الخارجية", "سمير", "الحداد", "إن", "«", "المحادثات", "مثمرة", "»", "."]
    _, twins = w.token_kinds_twinned(toks, frozenset(toks))
    for name, source in w._TWIN_SOURCES.items():
        assert twins[name] == {t: source.fn(t) for t in set(toks)}, name


def test_articles_say_the_same_with_fresh_tables(monkeypatch):
    texts = [f.read_text(encoding="utf-8") for f in sorted(DATA.glob("*.txt"))[:40]]
    want = _said(texts)
    monkeypatch.setattr(w, "_TOKEN_KIND", {})
    for name, source in w._TWIN_SOURCES.items():
        monkeypatch.setitem(w._TWIN_SOURCES, name, w._WordTable(source.fn))
    assert _said(texts) == want


def test_prefilled_tables_hold_the_new_words(monkeypatch):
    monkeypatch.setattr(w, "_TOKEN_KIND", {})
    toks = ["وقال", "المتحدثه", "باسم", "الهييه", "رانيا", "القطامي", "ان", "«", "الخطه", "»"]
    for table in w._PREFILLED:
        for t in toks:
            table.pop(t, None)
    w.token_kinds_twinned(toks, frozenset(toks))
    for table in w._PREFILLED:
        assert {t: table[t] for t in toks} == {t: table.fn(t) for t in toks}


def test_prefilled_tables_are_looked_up_for_every_new_word(monkeypatch):
    """token_prefill's promise: a new word is looked up in each prefilled
    table anyway (by the twins' functions or _token_kind), so filling them
    first works out nothing more."""
    from claims.extraction import engine as e
    from claims.extraction import phrases as p

    seen: dict[int, set] = {id(table): set() for table in w._PREFILLED}

    class _Watched(w._WordTable):
        __slots__ = ()

        def __missing__(self, word):
            if id(self) in seen:
                seen[id(self)].add(word)
            return super().__missing__(word)

    toks = ["فاكد", "المستشارون", "كتابهم", "جديده", "لسمير", "ووزير", "،", "2025", "يقول"]
    tables = {id(v): v for m in (w, p, e) for v in vars(m).values() if type(v) is w._WordTable}
    for table in tables.values():  # (every word new to every table)
        for t in toks:
            table.pop(t, None)
        monkeypatch.setattr(table, "__class__", _Watched)
    monkeypatch.setattr(w, "_TOKEN_KIND", {})
    monkeypatch.setattr(w, "_PREFILLED", [])  # (filled by the lookups alone)
    w.token_kinds_twinned(toks, frozenset(toks))
    assert all(words == set(toks) for words in seen.values())


def _read_as_day(t: str) -> bool:
    """days_named's test of a token before speed32 (و glued read off)."""
    if t[:1] == "و" and len(t) > 4:
        t = t[1:]
    return t in dating._DAY_NAMED


def test_day_named_tokens_are_what_days_named_read():
    words = {t for f in sorted(DATA.glob("*.txt")) for t in normalize(f.read_text("utf-8")).split()}
    for d in dating._DAY_NAMED:
        words |= {d, "و" + d, "ف" + d, d[1:], "و" + d[1:], "وو" + d}
    words |= {"واليوم", "اليوم", "ويوم", "والاحد", "وال", "و"}
    assert {t for t in words if _read_as_day(t)} == {
        t for t in words if t in dating._DAY_NAMED_TOKENS
    }
    assert any(t in dating._DAY_NAMED_TOKENS for t in words)


def _days_named_by_walk(ex):
    """days_named before speed32: a walk over every token."""
    toks, n, named = ex.doc.toks, ex.n, []
    for k, t in enumerate(toks):
        if t[:1] == "و" and len(t) > 4:
            t = t[1:]
        if t not in dating._DAY_NAMED:
            continue
        if t == "اليوم":
            if (toks[k + 1] if k + 1 < n else "") in dating._NEXT:
                named.append(k)
        elif not ex.no_day_told(k):
            named.append(k)
    return named


def test_days_named_same_as_a_walk_over_every_token():
    texts = [f.read_text(encoding="utf-8") for f in sorted(DATA.glob("*.txt"))]
    texts += [
        "وقال الوزير يوم الاحد إن «الخطة جاهزة»، وأضاف اليوم التالي أن «العمل بدأ».",
        "وفي اليوم الموالي قالت النائبة سلوى الدباغ إن «الجلسة أرجئت» والخميس المقبل موعدها.",
        "وقال المدير «لا تعليق» واليوم",
    ]
    named = 0
    for text in texts:
        ex = _Extractor(text)
        ex.run()
        want = _days_named_by_walk(ex)
        assert ex.days_named() == want
        named += bool(want)
    assert named > 10
