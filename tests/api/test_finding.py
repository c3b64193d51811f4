"""Search, filters, ordering and keyset pagination of the quote list."""

from __future__ import annotations

import itertools

import pytest
from django.db import connection
from django.db.models import F, Q
from django.test.utils import CaptureQueriesContext

from claims import selectors
from claims.models import Quote
from claims.selectors import TextSearchMatch, quote_search, quotes_visible_to
from claims.services import evidence_add, quote_approve, quote_set_verdict
from tests.factories import DocumentFactory, SourceFactory, SpeakerFactory, make_quote

BODY = (
    'وقال المسؤول ان "تنظيم القاعدة في بلاد المغرب الإسلامي ينمو" واضاف ان '
    '"الارهاب بات نظريا على بابنا" وتابع ان "والقاعدة تجمع مقاتلين" وختم ان '
    '"بالقاعده علاقات في الساحل".'
)


def ids(response) -> list[int]:
    assert response.status_code == 200, response.content[:300]
    return [row["id"] for row in response.json()["results"]]


@pytest.fixture
def corpus(reviewer, editor2):
    document = DocumentFactory(body=BODY)
    gompertz = SpeakerFactory(name="ستيفان غومبرتز")
    gompertz.aliases.create(name="Stéphane Gompertz")
    douglas = SpeakerFactory(name="جانيت دوغلاس")
    quotes = {
        "grows": make_quote(
            document=document,
            speaker=gompertz,
            phrase="تنظيم القاعدة في بلاد المغرب الإسلامي ينمو",
            cable_date="2010-02",
            cable_ref="10PARIS191",
        ),
        "door": make_quote(
            document=document,
            speaker=douglas,
            phrase="الارهاب بات نظريا على بابنا",
            cable_date="2009",
        ),
        "fighters": make_quote(
            document=document,
            speaker=douglas,
            phrase="والقاعدة تجمع مقاتلين",
            cable_date="2010-02-14",
        ),
        "sahel": make_quote(document=document, speaker=None, phrase="بالقاعده علاقات في الساحل"),
    }
    grows = quotes["grows"]
    evidence_add(
        quote_id=grows.pk,
        expected_version=1,
        source_id=SourceFactory().pk,
        relation="corroborates",
        actor=reviewer,
    )
    quote_set_verdict(
        quote_id=grows.pk, expected_version=2, status="corroborated", note="n", actor=reviewer
    )
    quote_approve(quote_id=grows.pk, expected_version=3, actor=editor2)
    return {name: quote.pk for name, quote in quotes.items()}


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("القاعدة", {"grows", "fighters", "sahel"}),  # clitics و and بـ, and ة/ه
        ("القاعده", {"grows", "fighters", "sahel"}),  # spelled with ه
        ("الاسلامي", {"grows"}),  # hamza on alef folded
        ("الإسلامي", {"grows"}),
        ("نظريا على", {"door"}),  # a phrase, a substring
        ("Gompertz", {"grows"}),  # a Latin alias of the speaker
        ("غومبرتز", {"grows"}),
        ("دوغلاس", {"door", "fighters"}),
        ("لا شيء هنا", set()),
    ],
)
def test_search_finds_spelling_variants(viewer_api, corpus, q: str, expected: set[str]) -> None:
    found = set(ids(viewer_api.get("/api/v1/quotes/", {"q": q})))
    assert found == {corpus[name] for name in expected}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"status": "corroborated"}, {"grows"}),
        ({"status": ["corroborated", "unverified"]}, {"grows", "door", "fighters", "sahel"}),
        ({"approved": "true"}, {"grows"}),
        ({"approved": "false"}, {"door", "fighters", "sahel"}),
        ({"has_evidence": "true"}, {"grows"}),
        ({"has_evidence": "false"}, {"door", "fighters", "sahel"}),
        ({"cable_date_from": "2010"}, {"grows", "fighters"}),
        ({"cable_date_to": "2009"}, {"door"}),
        ({"cable_date_from": "2010-02-10", "cable_date_to": "2010-02"}, {"fighters"}),
        ({"cable_ref": "10paris191"}, {"grows"}),
        ({"language": "ar"}, {"grows", "door", "fighters", "sahel"}),
        ({"language": "en"}, set()),
        ({"origin": "entered"}, set()),
    ],
)
def test_filters(viewer_api, corpus, params: dict, expected: set[str]) -> None:
    assert set(ids(viewer_api.get("/api/v1/quotes/", params))) == {corpus[n] for n in expected}


def test_speaker_and_document_filters(viewer_api, corpus) -> None:
    grows = Quote.objects.get(pk=corpus["grows"])
    assert ids(viewer_api.get("/api/v1/quotes/", {"speaker": grows.speaker_id})) == [grows.pk]
    assert len(ids(viewer_api.get("/api/v1/quotes/", {"document": grows.document_id}))) == 4
    assert ids(viewer_api.get("/api/v1/quotes/", {"document": 424242})) == []


def test_filters_and_search_combine(viewer_api, corpus) -> None:
    response = viewer_api.get("/api/v1/quotes/", {"q": "القاعدة", "cable_date_from": "2010"})
    assert set(ids(response)) == {corpus["grows"], corpus["fighters"]}


def _walk(client, params: dict) -> tuple[list[int], list[int]]:
    """All ids page by page forwards, then backwards from the last page."""
    forward: list[int] = []
    pages = []
    url = "/api/v1/quotes/"
    response = client.get(url, params)
    while True:
        page = response.json()
        pages.append(page)
        forward.extend(row["id"] for row in page["results"])
        if not page["next"]:
            break
        response = client.get(page["next"])
    backward: list[int] = [row["id"] for row in pages[-1]["results"]]
    page = pages[-1]
    while page["previous"]:
        page = client.get(page["previous"]).json()
        backward = [row["id"] for row in page["results"]] + backward
    return forward, backward


@pytest.mark.parametrize("ordering", ["-id", "id", "cable_date", "-cable_date", "-updated_at"])
def test_keyset_pages_cover_every_row_once(viewer_api, ordering: str) -> None:
    document = DocumentFactory()
    dates = itertools.cycle(["2010", "2010-02", None, "2009-12-31", None, "2010"])
    for _ in range(13):
        make_quote(document=DocumentFactory(), cable_date=next(dates))
    make_quote(document=document)
    expected = list(Quote.objects.order_by(*_order(ordering)).values_list("id", flat=True))
    forward, backward = _walk(viewer_api, {"ordering": ordering, "page_size": 3})
    assert forward == expected
    assert backward == expected


def _order(ordering: str) -> list:
    name = ordering.lstrip("-")
    if name == "id":
        return [ordering]
    if ordering.startswith("-"):
        return [F(name).desc(nulls_first=True), "-id"]
    return [F(name).asc(nulls_last=True), "id"]


def test_page_size_is_capped_and_default_is_50(viewer_api, db) -> None:
    assert viewer_api.get("/api/v1/quotes/?page_size=200").status_code == 200
    assert viewer_api.get("/api/v1/quotes/?page_size=201").status_code == 400


def test_no_count_query_on_the_list(viewer_api, corpus) -> None:
    with CaptureQueriesContext(connection) as queries:
        viewer_api.get("/api/v1/quotes/", {"q": "القاعدة", "status": "corroborated"})
    # (The page's per-row evidence count is a correlated subquery, not a table count.)
    assert not any(q["sql"].upper().startswith("SELECT COUNT(") for q in queries)


@pytest.mark.skipif("connection.vendor != 'postgresql'")
def test_pg_trgm_sees_arabic_letters_in_the_test_database(db) -> None:
    """A database with LC_CTYPE "C" would give no trigrams for Arabic text."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT show_trgm('القاعدة')")
        trigrams = cursor.fetchone()[0]
    assert len(trigrams) >= 5


@pytest.mark.skipif("connection.vendor != 'postgresql'")
@pytest.mark.parametrize(
    ("condition", "index"),
    [
        (lambda: TextSearchMatch("القاعدة", config="arabic"), "quote_search_arabic"),
        (lambda: TextSearchMatch("القاعده", config="simple"), "quote_search_simple"),
        (lambda: Q(text_normalized__contains="القاعده"), "quote_textnorm_trgm"),
    ],
    ids=["arabic", "simple", "trigram"],
)
def test_each_search_condition_can_use_its_index(db, condition, index: str) -> None:
    """The expressions the selector writes are the ones migration 0004 indexed."""
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
    plan = Quote.objects.filter(condition()).order_by().explain()
    assert index in plan, plan


@pytest.mark.parametrize("q", ["القاعدة", "Gompertz", "دوغلاس", "نظريا على", "لا شيء"])
def test_both_ways_of_matching_speakers_agree(viewer, corpus, q: str) -> None:
    visible = quotes_visible_to(viewer)
    in_one_query = set(quote_search(visible, q).values_list("pk", flat=True))
    resolved_first = set(
        quote_search(visible, q, resolve_speakers=True).values_list("pk", flat=True)
    )
    assert in_one_query == resolved_first


@pytest.mark.parametrize("window", [1, 3, 7, 10_000])
def test_search_pages_are_the_newest_matches_whatever_the_window(
    viewer_api, monkeypatch, window: int
) -> None:
    """selectors.newest_first reads a search's pages by a bounded walk, then
    the indexes: with any window, the pages hold exactly the matches, newest
    first, each once, forwards and backwards."""
    monkeypatch.setattr(selectors, "SEARCH_WINDOW", window)
    document = DocumentFactory(body=BODY)
    phrases = ["والقاعدة تجمع مقاتلين", "الارهاب بات نظريا على بابنا", "بالقاعده علاقات في الساحل"]
    for index in range(17):
        make_quote(document=document, phrase=phrases[index % 3 if index < 9 else 1])
    expected = list(
        quote_search(Quote.objects.all(), "القاعدة").order_by("-id").values_list("id", flat=True)
    )
    assert len(expected) == 6
    forward, backward = _walk(viewer_api, {"q": "القاعدة", "page_size": 2})
    assert forward == expected
    assert backward == expected
    assert viewer_api.get("/api/v1/quotes/", {"q": "nowhere-at-all"}).json()["results"] == []


@pytest.mark.skipif("connection.vendor != 'postgresql'")
def test_search_pages_are_never_prepared_statements(viewer_api, corpus) -> None:
    """A prepared statement may get a generic plan after five runs; a
    search's plan depends on its words (selectors.planned_each_time)."""
    for _ in range(8):
        assert viewer_api.get("/api/v1/quotes/", {"q": "القاعدة"}).status_code == 200
        assert viewer_api.get("/api/v1/quotes/").status_code == 200
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        prepared = [row[0] for row in cursor.fetchall()]
    if connection.settings_dict["OPTIONS"].get("prepare_threshold") is not None:
        assert prepared  # the plain list is
    assert not [sql for sql in prepared if "websearch_to_tsquery" in sql]
