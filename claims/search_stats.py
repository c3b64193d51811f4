"""How common each word is among the quotes: PostgreSQL's own statistics.

ANALYZE (autovacuum runs it as the table grows) keeps, for the
``search_simple`` column (``to_tsvector('simple', text_normalized)``), its
most common words with the share of quotes holding each
(``pg_stats.most_common_elems`` and ``most_common_elem_freqs``; the last two
frequencies are the lowest and the highest of those). A word missing from
that list is rarer than the lowest; PostgreSQL's planner then assumes half
of the lowest (``ts_selfuncs.c``), and so does ``WordStats.share``.

The search uses these shares to choose its plan (``claims.selectors``): a
phrase whose inner words are rare is found through the word index rather
than the trigram index, and without first walking the newest rows.

They are read once per worker process, and again after ``STATS_MAX_AGE``
seconds: one statement, in the request that needs them. Only PostgreSQL
has them.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

from django.db import connection

from claims.models import Quote

STATS_MAX_AGE = 600.0  # seconds

# PostgreSQL's DEFAULT_TS_MATCH_SEL: the share it assumes for any word of a
# table that was never analysed.
UNKNOWN_SHARE = 0.005

_SQL = """
SELECT s.most_common_elems::text::text[], s.most_common_elem_freqs,
       numnode(plainto_tsquery('simple'::regconfig, %s)) = 1
FROM (SELECT 1) AS one
LEFT JOIN pg_stats AS s
  ON s.schemaname = current_schema() AND s.tablename = %s AND s.attname = 'search_simple'
"""
# An Arabic word must be one word to the text-search parser; the phrase plan
# relies on it (a database whose LC_CTYPE saw no letters would give none).
_PROBE = "قال"


@dataclass(frozen=True)
class WordStats:
    shares: dict[str, float] = field(default_factory=dict)
    floor: float = UNKNOWN_SHARE  # the share of a word not in ``shares``
    words_indexed: bool = False  # the parser reads an Arabic word as one word

    def share(self, word: str) -> float:
        """The share of quotes whose normalised text holds ``word`` whole."""
        return self.shares.get(word, self.floor)


_lock = threading.Lock()
_cached: tuple[float, WordStats] | None = None


def word_stats() -> WordStats:
    """The statistics, read at most once per ``STATS_MAX_AGE`` seconds."""
    global _cached
    now = time.monotonic()
    cached = _cached
    if cached is not None and now - cached[0] < STATS_MAX_AGE:
        return cached[1]
    with _lock:
        if _cached is not None and now - _cached[0] < STATS_MAX_AGE:
            return _cached[1]
        stats = _read()
        _cached = (now, stats)
        return stats


def forget() -> None:
    """Read the statistics again on the next call (tests; after a bulk load)."""
    global _cached
    _cached = None


def _read() -> WordStats:
    if connection.vendor != "postgresql":
        return WordStats()
    with connection.cursor() as cursor:
        cursor.execute(_SQL, [_PROBE, Quote._meta.db_table])
        words, shares, words_indexed = cursor.fetchone()
    if not words or not shares or len(shares) < len(words) + 2:
        return WordStats(words_indexed=bool(words_indexed))
    lowest = shares[len(words)]
    return WordStats(
        shares=dict(zip(words, shares[: len(words)], strict=True)),
        floor=min(UNKNOWN_SHARE, lowest / 2),
        words_indexed=bool(words_indexed),
    )
