"""List pages: filters, search, ordering, pagination, and their query counts."""

from __future__ import annotations

import re

import pytest
from django import forms
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from pytest_django.asserts import assertHTMLEqual

from claims.forms import LongSelect, QuoteFilterForm
from claims.models import Verdict
from claims.services import quote_approve, quote_take
from claims.views import CappedPaginator
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


# --- At newsroom scale -------------------------------------------------------------
# A desk's archive holds tens of thousands of documents and a million quotes:
# no page may render a menu of every document, count every row or walk the
# whole id index (docs/ui.md, "At scale").


def _document_menu(response) -> str:
    return re.search(r'<select name="document".*?</select>', response.content.decode()).group()


def test_the_document_menu_offers_the_newest_and_the_chosen(as_reviewer, monkeypatch):
    monkeypatch.setattr(QuoteFilterForm, "RECENT_DOCUMENTS", 2)
    oldest, old, newer, newest = (make_quote().document for _ in range(4))
    menu = _document_menu(as_reviewer.get(reverse("quote-list")))
    assert f'value="{newest.pk}"' in menu and f'value="{newer.pk}"' in menu
    assert f'value="{oldest.pk}"' not in menu and f'value="{old.pk}"' not in menu
    # A document chosen from its own page stays chosen, and filters.
    response = as_reviewer.get(reverse("quote-list"), {"document": oldest.pk})
    menu = _document_menu(response)
    assert f'<option value="{oldest.pk}" selected>' in menu
    assert f'value="{old.pk}"' not in menu
    assert [q.document_id for q in response.context["page"].object_list] == [oldest.pk]


@pytest.mark.parametrize("value", ["999999", "99999999999999999999999", "١٢", "x"])
def test_an_unknown_document_is_a_form_error(as_reviewer, value):
    make_quote()
    response = as_reviewer.get(reverse("quote-list"), {"document": value})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()


def test_long_select_writes_what_django_select_writes():
    choices = [("", "Any"), (1, "أحمد"), (2, '<b>"x" & y</b>'), (3, "ثالث")]
    attrs = {"id": "id_speaker", "required": True, "aria-describedby": "h"}
    for value in (None, "2", 3):
        fast = LongSelect(choices=choices).render("speaker", value, attrs)
        plain = forms.Select(choices=choices).render("speaker", value, attrs)
        assertHTMLEqual(fast, plain)
    assert "&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;" in fast


def test_a_list_longer_than_the_cap_is_not_counted(as_reviewer, monkeypatch):
    monkeypatch.setattr(CappedPaginator, "CAP", 3)
    monkeypatch.setattr("claims.views.PAGE_SIZE", 2)
    quotes = [make_quote() for _ in range(5)]
    response = as_reviewer.get(reverse("quote-list"))
    html = response.content.decode()
    assert "More than 3 quotes" in html
    assert "Page 1" in html and "Page 1 of" not in html
    # The first CAP rows and one more stay reachable page by page.
    second = as_reviewer.get(reverse("quote-list"), {"page": 2})
    assert _rows(second) == [quotes[2].pk, quotes[1].pk]
    few = as_reviewer.get(reverse("quote-list"), {"status": "corroborated"})
    assert "0 quotes" in few.content.decode()


@pytest.mark.parametrize("window", [1, 3, 10_000])
def test_search_pages_are_the_newest_matches_whatever_the_window(as_reviewer, monkeypatch, window):
    monkeypatch.setattr("claims.selectors.SEARCH_WINDOW", window)
    monkeypatch.setattr("claims.views.PAGE_SIZE", 2)
    body = 'قال "التعاون في الساحل" ثم "لا شيء آخر" و"والتعاون مستمر"'
    document = DocumentFactory(body=body)
    found = []
    for index in range(9):
        phrase = ["التعاون في الساحل", "لا شيء آخر", "والتعاون مستمر"][index % 3]
        quote = make_quote(document=document, phrase=phrase)
        if "التعاون" in phrase:
            found.append(quote.pk)
    pages = [
        _rows(as_reviewer.get(reverse("quote-list"), {"q": "التعاون", "page": number}))
        for number in (1, 2, 3, 4)
    ]
    assert pages[0] + pages[1] + pages[2] == found[::-1]
    assert pages[3] == pages[2]  # past the end: the last page, as Django's paginator does


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
    # session, user, permissions (2), count, page, the page's quote counts
    assert _count(as_reviewer, url) == one == 7


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
