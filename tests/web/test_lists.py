"""List pages: filters, search, ordering, pagination, and their query counts."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.models import Verdict
from claims.services import quote_approve, quote_take
from tests.factories import DocumentFactory, SpeakerFactory, make_quote
from tests.web.helpers import give_verdict


def _rows(response) -> list[int]:  # the quotes on the page, in order
    return [q.pk for q in response.context["page"].object_list]


def test_filters(as_reviewer, editor, editor2):
    speaker = SpeakerFactory()
    dated = make_quote(speaker=speaker, cable_date="2010-02")
    old = make_quote(cable_date="2008")
    done = give_verdict(make_quote(speaker=speaker), editor, Verdict.UNVERIFIABLE)
    quote_approve(quote_id=done.pk, expected_version=done.version, actor=editor2)
    url = reverse("quote-list")
    assert _rows(as_reviewer.get(url)) == [done.pk, old.pk, dated.pk]
    assert _rows(as_reviewer.get(url, {"status": "unverifiable"})) == [done.pk]
    assert _rows(as_reviewer.get(url, {"speaker": speaker.pk})) == [done.pk, dated.pk]
    assert _rows(as_reviewer.get(url, {"document": old.document_id})) == [old.pk]
    assert _rows(as_reviewer.get(url, {"date_from": "2009-01-01"})) == [dated.pk]
    assert _rows(as_reviewer.get(url, {"date_to": "2009-01-01"})) == [old.pk]
    assert _rows(as_reviewer.get(url, {"approved": "yes"})) == [done.pk]
    assert _rows(as_reviewer.get(url, {"approved": "no"})) == [old.pk, dated.pk]


def test_a_reversed_date_range_is_explained(as_reviewer):
    response = as_reviewer.get(
        reverse("quote-list"), {"date_from": "2010-01-01", "date_to": "2009-01-01"}
    )
    assert "The end of the range is before its start." in response.content.decode()


def test_search_finds_arabic_spelling_variants(as_reviewer):
    document = DocumentFactory(body='قال المتحدث إن "تنظيم القاعدة في بلاد المغرب" خطر.')
    quote = make_quote(document=document, phrase="تنظيم القاعدة في بلاد المغرب")
    make_quote()
    # ه for ة, and a hamza-less alif: the stored text is found all the same.
    response = as_reviewer.get(reverse("quote-list"), {"q": "القاعده"})
    assert _rows(response) == [quote.pk]
    speaker = SpeakerFactory(name="أحمد")
    by_name = make_quote(speaker=speaker)
    assert _rows(as_reviewer.get(reverse("quote-list"), {"q": "احمد"})) == [by_name.pk]


def test_ordering(as_reviewer):
    late = make_quote(cable_date="2010-05-01")
    undated = make_quote()
    early = make_quote(cable_date="2009")
    url = reverse("quote-list")
    assert _rows(as_reviewer.get(url, {"ordering": "id"})) == [late.pk, undated.pk, early.pk]
    assert _rows(as_reviewer.get(url, {"ordering": "cable_date"})) == [
        early.pk,
        late.pk,
        undated.pk,
    ]
    assert _rows(as_reviewer.get(url, {"ordering": "-cable_date"})) == [
        late.pk,
        early.pk,
        undated.pk,
    ]


def test_pagination_keeps_the_filters(as_reviewer, monkeypatch):
    monkeypatch.setattr("claims.views.PAGE_SIZE", 2)
    quotes = [make_quote(cable_date="2010") for _ in range(3)]
    response = as_reviewer.get(reverse("quote-list"), {"status": "unverified"})
    html = response.content.decode()
    assert "?status=unverified&amp;page=2" in html
    response = as_reviewer.get(reverse("quote-list"), {"status": "unverified", "page": 2})
    assert _rows(response) == [quotes[0].pk]


def test_each_row_shows_quote_speaker_role_date_verdict(as_reviewer):
    quote = make_quote(role="السفير", cable_date="2010-02-14")
    html = as_reviewer.get(reverse("quote-list")).content.decode()
    for text in (quote.text, quote.speaker.name, "السفير", "Feb. 14, 2010", "Unverified"):
        assert text in html


# --- Query counts ---------------------------------------------------------------
# Each page is fetched with one row, then with many: the count must not grow.


def _count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def _grow_quotes(n: int, **kwargs) -> list:
    return [make_quote(**kwargs) for _ in range(n)]


@pytest.fixture
def cast_activity(reviewer, editor, editor2):
    """A quote in the reviewer's queue and one awaiting the editor's approval."""

    def make() -> None:
        quote = make_quote()
        quote_take(quote_id=quote.pk, expected_version=quote.version, actor=reviewer)
        give_verdict(make_quote(), editor2, Verdict.UNVERIFIABLE)

    return make


def test_dashboard_query_count(as_editor, cast_activity):
    cast_activity()
    url = reverse("dashboard")
    one = _count(as_editor, url)
    for _ in range(5):
        cast_activity()
    # session, user, permissions (2: user and group), verdict counts,
    # my queue, awaiting approval, recent activity
    assert _count(as_editor, url) == one == 8


def test_quote_list_query_count(as_reviewer):
    speaker = SpeakerFactory()
    make_quote(speaker=speaker, role="r", cable_date="2010")
    url = reverse("quote-list") + f"?q=التعاون&speaker={speaker.pk}&ordering=speaker"
    one = _count(as_reviewer, url)
    _grow_quotes(9, speaker=speaker, role="r", cable_date="2010")
    # session, user, permissions (2), speaker choice lookup, count, page,
    # then the speaker and document choices of the filter form
    assert _count(as_reviewer, url) == one == 9


def test_document_list_query_count(as_reviewer):
    make_quote()
    url = reverse("document-list")
    one = _count(as_reviewer, url)
    _grow_quotes(9)
    # session, user, permissions (2), count, page with quote counts
    assert _count(as_reviewer, url) == one == 6


def test_document_page_query_count(as_reviewer):
    document = DocumentFactory(body="\n".join(f'قال "الجملة رقم {i} هنا"' for i in range(10)))
    make_quote(document=document, phrase="الجملة رقم 0 هنا")
    url = reverse("document-detail", args=[document.pk])
    one = _count(as_reviewer, url)
    for i in range(1, 10):
        make_quote(document=document, phrase=f"الجملة رقم {i} هنا")
    # session, user, permissions (2), document, quotes with speakers
    assert _count(as_reviewer, url) == one == 6


def test_speaker_page_query_count(as_reviewer):
    speaker = SpeakerFactory()
    make_quote(speaker=speaker, role="وزير")
    url = reverse("speaker-detail", args=[speaker.pk])
    one = _count(as_reviewer, url)
    _grow_quotes(9, speaker=speaker, role="سفير")
    # session, user, permissions (2), speaker, aliases, roles, count, page
    assert _count(as_reviewer, url) == one == 9


def test_quote_page_query_count(as_editor, reviewer):
    from claims.services import evidence_add
    from tests.factories import SourceFactory

    quote = make_quote()
    url = reverse("quote-detail", args=[quote.pk])

    def add_evidence() -> None:
        quote.refresh_from_db()
        evidence_add(
            quote_id=quote.pk,
            expected_version=quote.version,
            source_id=SourceFactory().pk,
            relation="context",
            actor=reviewer,
        )

    add_evidence()
    one = _count(as_editor, url)
    for _ in range(5):
        add_evidence()
    # session, user, permissions (2), quote with its relations, evidence
    # with sources, events with actors, offered sources
    assert _count(as_editor, url) == one == 8


def test_review_page_query_count(as_reviewer, monkeypatch):
    from tests.web.test_documents import fake_extract

    monkeypatch.setattr("claims.extraction.extract", fake_extract)
    document = DocumentFactory(body='قال "التعاون مع واشنطن يتقدم" و"الوضع في الساحل مقلق"')
    url = reverse("document-review", args=[document.pk])
    # session, user, permissions (2), document, filed spans
    assert _count(as_reviewer, url) == 6
