"""speed35: the per-word tables' limit is tested once an article
(words.trim_tables, from the engine's constructor), not on each miss: every
table is registered, one at its limit is emptied when an article starts,
and extraction reads the same with tables emptied or full."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import claims.extraction as package
from claims.extraction import extract
from claims.extraction import words as w


def _module_tables() -> list:
    modules = [
        importlib.import_module(f"{package.__name__}.{m.name}")
        for m in pkgutil.iter_modules(package.__path__)
    ]
    found = {id(v): v for m in modules for v in vars(m).values() if isinstance(v, w._WordTable)}
    return list(found.values())


def test_every_module_table_is_registered():
    registered = {id(t) for t in w._TABLES}
    tables = _module_tables()
    assert tables
    assert all(id(t) in registered for t in tables)


def test_trim_empties_only_the_tables_at_their_limit():
    full = w._WordTable(len, limit=3)
    under = w._WordTable(len, limit=3)
    try:
        for t in ("كلمة", "ثانية", "ثالثة", "رابعة"):
            full[t]
        under["كلمة"]
        assert len(full) == 4  # (no test on a miss)
        w.trim_tables()
        assert len(full) == 0
        assert dict(under) == {"كلمة": 4}
        assert full["خامسة"] == 5
    finally:
        w._TABLES.remove(full)
        w._TABLES.remove(under)


def test_an_article_starts_with_the_tables_trimmed():
    text = (Path(__file__).parent / "data" / "afp_wire.txt").read_text(encoding="utf-8")
    first = extract(text)
    assert first
    tables = _module_tables()
    limits = [t.limit for t in tables]
    try:
        for t in tables:
            t.limit = 1
        # (the tables each hold a word or more: the next article empties
        # them before it is read, and reads the same)
        assert extract(text) == first
        assert extract(text) == first
    finally:
        for t, limit in zip(tables, limits, strict=True):
            t.limit = limit
    assert extract(text) == first


def test_a_table_at_its_limit_is_emptied_by_the_next_article():
    text = (Path(__file__).parent / "data" / "afp_wire.txt").read_text(encoding="utf-8")
    probe = w._WordTable(len, limit=2)
    try:
        probe["كلمة"], probe["ثانية"]
        extract(text)
        assert len(probe) == 0
    finally:
        w._TABLES.remove(probe)
