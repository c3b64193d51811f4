"""Phrases found by their rare inner words (claims.selectors.phrase_plan),
planned with PostgreSQL's word statistics (claims.search_stats)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.models import F
from django.test.utils import CaptureQueriesContext

from claims import search_stats, selectors
from claims.extraction.normalize import normalize
from claims.models import Quote
from claims.selectors import inner_words, phrase_plan, quote_search
from tests.factories import DocumentFactory, make_quote

postgres_only = pytest.mark.skipif("connection.vendor != 'postgresql'")

COMMON = "الاجتماع"  # in every quote below
RARE = "البرتقالية"  # in one

# Phrases as a fact-checker pastes them: the first word may be the end of a
# longer word (a clitic form), the last the start of one.
FILLER = "وقال ان الاجتماع كان مفيدا للطرفين في الملف الامني"
PHRASES = [
    "ان الثورة البرتقالية انتهت فعلا",
    "وان الثورة البرتقالية انتهت فعلا",
    "بالثورة البرتقالية انتهت فعلا تماما",
    "قالت الثورة البرتقالية، انتهت",
    # Markup: PostgreSQL's parser leaves the words inside out of the vector.
    "<!-- ثم الثورة البرتقالية انتهت فعلا -->",
]


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("a b c d", ["b", "c"]),
        ("a b", []),
        ("word", []),
        ("a b، c d", ["c"]),  # "b،" is not letters only: the parser might split it
        ("a 2010 b", ["2010"]),
        ("a b b c", ["b", "b"]),
    ],
)
def test_inner_words_are_the_whole_words_of_any_match(key: str, expected: list[str]) -> None:
    assert inner_words(key) == expected


def test_sqlite_has_no_statistics_and_no_phrase_plan(db) -> None:
    if connection.vendor == "postgresql":
        pytest.skip("SQLite only")
    assert search_stats.word_stats() == search_stats.WordStats()
    assert phrase_plan(normalize("ان الثورة البرتقالية انتهت")) is None


@pytest.fixture
def analysed(db):
    """60 quotes holding COMMON, one holding RARE, and PostgreSQL's statistics."""
    filler = DocumentFactory(body=" ".join(f"{FILLER} {n}." for n in range(60)))
    for _ in range(60):
        make_quote(document=filler, phrase=FILLER)
    rare = {}
    for phrase in PHRASES:
        rare[phrase] = make_quote(
            document=DocumentFactory(body=f"{FILLER}، {phrase}، والبقية."), phrase=phrase
        ).pk
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE claims_quote")
    search_stats.forget()
    return rare


@postgres_only
def test_statistics_know_common_from_rare_words(analysed) -> None:
    stats = search_stats.word_stats()
    assert stats.words_indexed
    assert stats.share(normalize(COMMON)) > 0.9
    assert stats.share(normalize(RARE)) < 0.1
    assert stats.share("كلمة-لم-ترد") == stats.floor


@postgres_only
def test_statistics_are_read_once(analysed) -> None:
    with CaptureQueriesContext(connection) as first:
        search_stats.word_stats()
    with CaptureQueriesContext(connection) as again:
        search_stats.word_stats()
    assert len(first) == 1
    assert len(again) == 0


@postgres_only
def test_a_phrase_with_a_rare_inner_word_is_planned_by_it(analysed, monkeypatch) -> None:
    # Rare in a table of 64 quotes: 4 of them (~6 %) hold each inner word.
    monkeypatch.setattr(selectors, "NARROW_MAX_SHARE", 0.01)
    plan = phrase_plan(normalize("ان الثورة البرتقالية انتهت"))
    assert plan is not None
    assert plan.words == ("الثوره", "البرتقاليه")
    # Only common inner words: the trigram index serves it.
    assert phrase_plan(normalize("وقال ان الاجتماع كان مفيدا")) is None


@postgres_only
@pytest.mark.parametrize(
    "q",
    [
        "ان الثورة البرتقالية انتهت",  # found in "وان ..." and "بالثورة ..." too
        "الثورة البرتقالية انتهت فعلا",
        "ثورة البرتقالية انتهت فع",  # first and last words cut
        "الثورة البرتقالية، انتهت",  # punctuation: not an inner word
        "البرتقاليه انتهت فعلا تماما",
        "ان الثورة الخضراء انتهت",  # nowhere
        "انتهت الثورة البرتقالية فعلا",  # its inner words are there, not in this order
        "ثم الثورة البرتقالية انتهت",  # only inside the markup
    ],
)
def test_narrowed_and_plain_searches_find_the_same_quotes(analysed, monkeypatch, q: str) -> None:
    def found(narrow_max_share: float) -> set[int]:
        monkeypatch.setattr(selectors, "NARROW_MAX_SHARE", narrow_max_share)
        return set(quote_search(Quote.objects.all(), q).values_list("pk", flat=True))

    narrowed, plain = found(1.0), found(-1.0)
    assert narrowed == plain
    substring = Quote.objects.filter(text_normalized__contains=normalize(q))
    assert set(substring.values_list("pk", flat=True)) <= narrowed


@postgres_only
def test_the_narrowed_phrase_reads_the_word_index_not_the_trigram_one(
    analysed, monkeypatch
) -> None:
    monkeypatch.setattr(selectors, "NARROW_MAX_SHARE", 0.01)
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
    found = quote_search(Quote.objects.all(), "ان الثورة البرتقالية انتهت")
    plan = found.order_by((F("id") + 0).desc()).explain()
    assert "quote_search_simple" in plan, plan
    assert "quote_textnorm_trgm" not in plan, plan
    assert "strpos" in plan


@postgres_only
def test_a_rare_phrase_skips_the_walk(analysed, viewer_api, monkeypatch) -> None:
    # Scaled down to this table: ~0.4 % of 64 quotes, a window of 100 ids.
    monkeypatch.setattr(selectors, "NARROW_MAX_SHARE", 0.01)
    monkeypatch.setattr(selectors, "SEARCH_WINDOW", 100)
    search_stats.word_stats()  # read once per process, not per request
    with CaptureQueriesContext(connection) as queries:
        response = viewer_api.get("/api/v1/quotes/", {"q": "ان الثورة البرتقالية انتهت"})
    assert response.status_code == 200
    assert {row["id"] for row in response.json()["results"]} == {analysed[p] for p in PHRASES[:2]}
    # Authentication, then the page straight from the indexes.
    assert len(queries) == 2, [q["sql"][:120] for q in queries]
    assert "strpos" in queries[1]["sql"]


@postgres_only
def test_a_phrase_inside_markup_is_found_through_the_markup_index(analysed, monkeypatch) -> None:
    monkeypatch.setattr(selectors, "NARROW_MAX_SHARE", 0.01)
    key = "ثم الثورة البرتقالية انتهت"
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_tsvector('simple', %s)::text", [PHRASES[-1]])
        assert "الثوره" not in cursor.fetchone()[0]  # what the guard is for
    found = quote_search(Quote.objects.all(), key)
    assert set(found.values_list("pk", flat=True)) == {analysed[PHRASES[-1]]}
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
    assert "quote_textnorm_markup" in found.order_by((F("id") + 0).desc()).explain()
