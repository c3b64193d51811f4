"""Speed changes with the same output (third session of 2026-12-06,
speed23).

The methods run for every phrase, cue or mention (a few dozen calls an
article each) hold no cell variable: a comprehension, generator or lambda in
a function's body that reads one of its locals makes that local a cell,
allocated and freed on every call of the function, whether the
comprehension runs or not (and every read of it goes through the cell).
Their rare scans read the tokens through an iterable made outside
(``map(toks.__getitem__, range(i, j))``), or are module functions
(``engine._named_holding``, ``_named_ending``, ``_named_since`` for
``resolve``), which the tests below check against the comprehensions they
replace."""

import random

import pytest

from claims.extraction import engine
from claims.extraction.engine import _Extractor
from claims.extraction.types import PERSON
from claims.extraction.words import _Entity

_HOT_METHODS = [
    "scan_np",
    "phrase_entity",
    "classify",
    "cue_at",
    "subject_of",
    "attribute",
    "date_for",
    "is_quotation",
    # (a few calls an article each)
    "person_word_met",
    "known_name_word",
    "after_that",
    "earlier_cue_date",
    "event_lead",
    "known_that_subject",
]
_HOT_CLOSURES = ["resolve", "canonical", "register_mentions"]


@pytest.mark.parametrize("name", _HOT_METHODS)
def test_hot_methods_have_no_cells(name):
    code = getattr(_Extractor, name).__code__
    assert code.co_cellvars == (), (name, code.co_cellvars)


def test_helpers_have_no_cells():
    from claims.extraction import dating, speakers

    for f in (dating._dates_but, speakers._cue_before):
        assert f.__code__.co_cellvars == (), f.__name__


@pytest.mark.parametrize("name", _HOT_CLOSURES)
def test_hot_closures_of_run_have_no_cells(name):
    codes = {c.co_name: c for c in _Extractor.run.__code__.co_consts if hasattr(c, "co_name")}
    assert codes[name].co_cellvars == (), (name, codes[name].co_cellvars)


def _person(key: str, sentence: int) -> _Entity:
    return _Entity(key, PERSON, None, "m", "sg", 0, sentence, key)


_KEYS = ["", "title:وزير", "title:السفير", "سالم ولد احمد", "احمد ولد سالم", "ولد احمد"]
_KEYS += ["محمد علي", "علي", "جمال ولد عباس", "سيدي محمد ولد الشيخ", "الشيخ"]


def test_person_scans_as_the_comprehensions():
    rng = random.Random(23)
    for _ in range(3000):
        persons = [_person(rng.choice(_KEYS), rng.randint(0, 5)) for _ in range(rng.randint(0, 6))]
        rest = " " + rng.choice(["ولد احمد", "ولد عباس", "علي", "احمد", ""]) + " "
        assert engine._named_holding(persons, rest) == [
            p
            for p in persons
            if p.key and not p.key.startswith("title:") and rest in " " + p.key + " "
        ]
        tail = " " + rng.choice(["احمد", "ولد احمد", "عباس", "الشيخ", "علي"])
        spaces = rng.randint(0, 3)
        assert engine._named_ending(persons, tail, spaces) == [
            p
            for p in persons
            if p.key
            and not p.key.startswith("title:")
            and p.key.count(" ") >= spaces
            and (" " + p.key).endswith(tail)
        ]
        s = rng.randint(0, 6)
        assert engine._named_since(persons, s) == any(
            p.sentence >= s and not p.key.startswith("title:") for p in persons
        )
