"""mend27e: fixes from reviewer E's report.

- Threads: words.token_kinds_twinned never empties _TOKEN_KIND or its plain
  twins in place; at the limit a new table and new twins replace them, and
  each article reads the twins it was given, which hold its words.  Before,
  one thread emptied them under another, which raised KeyError mid-article
  (as under a threaded web server).
"""

from __future__ import annotations

import threading
from pathlib import Path

from claims.extraction import extract
from claims.extraction import words as w

DATA = Path(__file__).parent / "data"


def _said(texts):
    return [[(q.speaker, q.role, q.cue, q.start, q.end) for q in extract(t)] for t in texts]


class TestThreadsPastTheTableLimit:
    def test_threads_raise_nothing_and_say_what_one_thread_says(self, monkeypatch):
        texts = [f.read_text(encoding="utf-8") for f in sorted(DATA.glob("*.txt"))[:48]]
        monkeypatch.setattr(w, "_TOKEN_KIND", {})
        monkeypatch.setattr(w, "_TOKEN_KIND_LIMIT", 300)
        want = _said(texts)
        got: dict[int, list] = {}
        errors: list[BaseException] = []

        def work(k: int) -> None:
            try:
                # (each thread reads every text, starting at its own place,
                # so that the threads pass the limit under one another)
                for r in range(3):
                    for j in range(len(texts)):
                        i = (j + 7 * k + r) % len(texts)
                        said = _said([texts[i]])[0]
                        if got.setdefault(i, said) != said:
                            errors.append(AssertionError(i))
            except BaseException as e:  # (KeyError before mend27e)
                errors.append(e)

        threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        assert [got[i] for i in range(len(texts))] == want

    def test_an_article_keeps_its_twins_when_a_new_table_starts(self, monkeypatch):
        monkeypatch.setattr(w, "_TOKEN_KIND", {})
        monkeypatch.setattr(w, "_TOKEN_KIND_LIMIT", 8)
        first = ["قال", "الوزير", "ان", "الوضع", "مستقر"]
        _kinds, twins = w.token_kinds_twinned(first, frozenset(first))
        second = ["واضاف", "المحافظ", "ان", "الطريق", "مفتوح"]
        w.token_kinds_twinned(second, frozenset(second))  # (past 8: a new table)
        assert w._TOKEN_KIND.keys() == set(second)
        for twin in twins.values():
            assert set(first) <= twin.keys()
