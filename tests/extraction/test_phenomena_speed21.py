"""Speed changes with the same output (first session of 2026-12-06,
speed21). The texts are the stored test articles, read whole, and masks
made up for the edges.

The passes over the constructor's per-token bits (``words.set_indices``)
read the indices off a list of ints made once instead of a ``range``: what
they must give is ``compress(range(len(mask)), mask)``, for a mask longer
than that list too."""

import random
from itertools import compress
from pathlib import Path

import pytest

from claims.extraction import words
from claims.extraction.engine import _Extractor
from claims.extraction.words import set_indices

DATA = Path(__file__).parent / "data"
_BITS = [
    words._CANDIDATE_BIT,
    words._SOFT_START_BIT,
    words._WORD_BIT,
    words._TIME_WORD_BIT,
    words._SAME_BIT,
    words._OCCASION_BIT,
    words._ANCHOR_BIT,
    words._DATE_START_BIT,
]


def _plain(mask):
    return list(compress(range(len(mask)), mask))


LIMIT = len(words._INDICES)


@pytest.mark.parametrize(
    "mask",
    [
        b"",
        b"\x00",
        b"\x01",
        bytes(300),
        b"\x01" * 300,
        bytearray(b"\x00\x02\x00\xff"),
        b"\x01" * LIMIT,
        b"\x00" * (LIMIT - 1) + b"\x01",  # the last index the list holds
        b"\x01" * (LIMIT + 1),  # longer than the list: counted
        b"\x00" * (3 * LIMIT) + b"\x01\x00\x01",
    ],
)
def test_set_indices_at_the_edges(mask):
    assert list(set_indices(mask)) == _plain(mask)


def test_set_indices_on_random_masks():
    rnd = random.Random(21)
    for _ in range(300):
        n = rnd.choice([rnd.randrange(20), rnd.randrange(600), rnd.randrange(2 * LIMIT)])
        mask = bytearray(rnd.random() < 0.2 for _ in range(n))
        assert list(set_indices(mask)) == _plain(mask)


def test_set_indices_on_every_stored_article():
    paths = sorted(DATA.glob("*.txt"))
    assert len(paths) > 100
    hits = 0
    for path in paths:
        x = _Extractor(path.read_text(encoding="utf-8"))
        assert len(x.kinds) == x.n
        for bit in _BITS:
            mask = x.kinds.translate(bit)
            got = list(set_indices(mask))
            assert got == _plain(mask), path.name
            hits += len(got)
        assert x.candidates == _plain(x.kinds.translate(words._CANDIDATE_BIT))
    assert hits > 10000
