"""The quote page: its forms go through the services and keep the reviewer's input."""

from __future__ import annotations

import json
import re

from django.urls import reverse

from claims.models import Evidence, Quote, Source, Verdict
from claims.services import quote_take
from tests.factories import SourceFactory, make_quote
from tests.web.helpers import give_verdict


def _page(client, quote: Quote) -> str:
    response = client.get(reverse("quote-detail", args=[quote.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_the_quote_is_highlighted_in_its_article_with_its_attribution(as_reviewer):
    quote = make_quote(role="وزير الخارجية", cable_date="2010-02", cable_ref="10PARIS191")
    html = _page(as_reviewer, quote)
    assert f'<mark id="q{quote.pk}">{quote.text}</mark>' in html
    assert '<div class="article" dir="auto" lang="ar">' in html
    assert reverse("speaker-detail", args=[quote.speaker_id]) in html
    assert "وزير الخارجية" in html
    assert "February 2010" in html
    assert "known to the month" in html
    assert "10PARIS191" in html


def test_take_into_review(as_reviewer, reviewer):
    quote = make_quote()
    response = as_reviewer.post(reverse("quote-take", args=[quote.pk]), {"version": quote.version})
    assert response.status_code == 302
    quote.refresh_from_db()
    assert quote.status == Verdict.IN_REVIEW
    assert quote.assignee == reviewer
    html = as_reviewer.get(reverse("dashboard")).content.decode()
    assert reverse("quote-detail", args=[quote.pk]) in html  # in "my queue"


def test_verdict_rules_are_shown_beside_the_form_with_the_input_kept(as_reviewer):
    quote = make_quote()
    response = as_reviewer.post(
        reverse("quote-verdict", args=[quote.pk]),
        {"version": quote.version, "status": "corroborated", "note": ""},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Every verdict needs a note" in html
    assert "needs at least one piece of evidence" in html
    assert '<option value="corroborated" selected>' in html
    quote.refresh_from_db()
    assert quote.status == Verdict.UNVERIFIED


def test_set_a_verdict_with_a_note(as_reviewer, reviewer):
    quote = make_quote()
    response = as_reviewer.post(
        reverse("quote-verdict", args=[quote.pk]),
        {"version": quote.version, "status": "unverifiable", "note": "لا مصدر مستقل"},
    )
    assert response.status_code == 302
    quote.refresh_from_db()
    assert (quote.status, quote.verdict_note, quote.verdict_by) == (
        Verdict.UNVERIFIABLE,
        "لا مصدر مستقل",
        reviewer,
    )
    html = _page(as_reviewer, quote)
    assert "لا مصدر مستقل" in html  # in the attribution and the timeline
    assert "Verdict changed" in html


def test_a_conflict_keeps_the_input_and_offers_the_current_version(as_reviewer, reviewer2):
    quote = make_quote()
    seen = quote.version
    quote_take(quote_id=quote.pk, expected_version=seen, actor=reviewer2)
    response = as_reviewer.post(
        reverse("quote-verdict", args=[quote.pk]),
        {"version": seen, "status": "unverifiable", "note": "ملاحظتي الطويلة"},
    )
    assert response.status_code == 409
    html = response.content.decode()
    assert "Someone else changed this quote" in html
    assert "ملاحظتي الطويلة</textarea>" in html
    assert f'name="version" value="{seen + 1}"' in html
    quote.refresh_from_db()
    assert quote.status == Verdict.IN_REVIEW  # the other reviewer's change stands
    # Submitting again, on the version now shown, applies it.
    response = as_reviewer.post(
        reverse("quote-verdict", args=[quote.pk]),
        {"version": seen + 1, "status": "unverifiable", "note": "ملاحظتي الطويلة"},
    )
    assert response.status_code == 302


def test_search_sources_keeps_what_was_typed(as_reviewer):
    quote = make_quote()
    SourceFactory(title="Cable from Paris")
    SourceFactory(title="Reuters report")
    response = as_reviewer.post(
        reverse("quote-evidence", args=[quote.pk]),
        {
            "version": quote.version,
            "search": "1",
            "source_q": "paris",
            "excerpt": "نص المقتطف",
            "relation": "contradicts",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Cable from Paris" in html
    assert "Reuters report" not in html
    assert "نص المقتطف</textarea>" in html
    assert '<option value="contradicts" selected>' in html
    assert 'class="error"' not in html
    assert not Evidence.objects.exists()


def test_add_evidence_from_an_existing_source(as_reviewer, reviewer):
    quote = make_quote()
    source = SourceFactory()
    response = as_reviewer.post(
        reverse("quote-evidence", args=[quote.pk]),
        {
            "version": quote.version,
            "source": source.pk,
            "relation": "corroborates",
            "excerpt": "the same words",
            "location": "para 4",
        },
    )
    assert response.status_code == 302
    evidence = Evidence.objects.get()
    assert (evidence.quote, evidence.source, evidence.added_by) == (quote, source, reviewer)
    html = _page(as_reviewer, quote)
    assert source.url in html and "the same words" in html and "para 4" in html


def test_add_evidence_with_a_new_source_created_inline(as_reviewer, reviewer):
    quote = make_quote()
    response = as_reviewer.post(
        reverse("quote-evidence", args=[quote.pk]),
        {
            "version": quote.version,
            "new_title": "Le Monde, 6 December 2010",
            "new_kind": "news_report",
            "new_url": "https://example.org/lemonde",
            "relation": "corroborates",
        },
    )
    assert response.status_code == 302
    source = Source.objects.get()
    assert (source.title, source.created_by) == ("Le Monde, 6 December 2010", reviewer)
    assert Evidence.objects.get().source == source


def test_a_refused_evidence_leaves_no_new_source_behind(as_reviewer):
    quote = make_quote()
    stale = quote.version
    as_reviewer.post(reverse("quote-take", args=[quote.pk]), {"version": stale})
    response = as_reviewer.post(
        reverse("quote-evidence", args=[quote.pk]),
        {"version": stale, "new_title": "Orphan", "new_kind": "other", "relation": "context"},
    )
    assert response.status_code == 409
    assert 'value="Orphan"' in response.content.decode()
    assert not Source.objects.exists()


def test_evidence_form_needs_one_source(as_reviewer):
    quote = make_quote()
    response = as_reviewer.post(
        reverse("quote-evidence", args=[quote.pk]),
        {"version": quote.version, "relation": "corroborates"},
    )
    assert response.status_code == 400
    assert "Pick an existing source" in response.content.decode()


def test_remove_evidence(as_reviewer):
    quote = make_quote()
    source = SourceFactory()
    as_reviewer.post(
        reverse("quote-evidence", args=[quote.pk]),
        {"version": quote.version, "source": source.pk, "relation": "context"},
    )
    quote.refresh_from_db()
    evidence = Evidence.objects.get()
    response = as_reviewer.post(
        reverse("evidence-remove", args=[evidence.pk]), {"version": quote.version}
    )
    assert response.status_code == 302
    assert not Evidence.objects.exists()


def test_an_editor_approves_another_persons_verdict(as_editor2, editor, editor2):
    quote = give_verdict(make_quote(), editor)
    # The author sees why they cannot approve, and no button.
    from django.test import Client

    author = Client()
    author.force_login(editor)
    html = _page(author, quote)
    assert "another editor must approve it" in html
    assert reverse("quote-approve", args=[quote.pk]) not in html

    html = _page(as_editor2, quote)
    assert reverse("quote-approve", args=[quote.pk]) in html
    response = as_editor2.post(
        reverse("quote-approve", args=[quote.pk]), {"version": quote.version}
    )
    assert response.status_code == 302
    quote.refresh_from_db()
    assert quote.approved_by == editor2


def test_the_author_cannot_approve_by_posting(editor):
    from django.test import Client

    quote = give_verdict(make_quote(), editor)
    client = Client()
    client.force_login(editor)
    response = client.post(reverse("quote-approve", args=[quote.pk]), {"version": quote.version})
    assert response.status_code == 400
    assert "another editor must approve it" in response.content.decode()
    quote.refresh_from_db()
    assert quote.approved_by is None


def _jsonld(html: str) -> list[dict]:
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


def test_claimreview_json_ld_only_once_approved(as_reviewer, editor, editor2):
    quote = give_verdict(make_quote(), editor)
    assert _jsonld(_page(as_reviewer, quote)) == []
    quote.refresh_from_db()
    from claims.services import quote_approve

    quote_approve(quote_id=quote.pk, expected_version=quote.version, actor=editor2)
    [data] = _jsonld(_page(as_reviewer, quote))
    assert data["@type"] == "ClaimReview"
    assert data["claimReviewed"] == quote.text


def test_correct_the_span_and_attribution(as_reviewer, reviewer):
    quote = make_quote()
    response = as_reviewer.post(
        reverse("quote-edit", args=[quote.pk]),
        {
            "version": quote.version,
            "text": "التعاون بين البلدين",
            "speaker": "برنار كوشنير",
            "speaker_kind": "person",
            "role": "وزير الخارجية",
            "cable_date": "2010-02-14",
            "cable_ref": "10paris191",
        },
    )
    assert response.status_code == 302
    quote.refresh_from_db()
    assert quote.text == "التعاون بين البلدين"
    assert quote.document.body[quote.start : quote.end] == quote.text
    assert (quote.speaker.name, quote.role, quote.cable_date_iso, quote.cable_ref) == (
        "برنار كوشنير",
        "وزير الخارجية",
        "2010-02-14",
        "10PARIS191",
    )
    assert quote.events.filter(kind="edited", actor=reviewer).exists()


def test_a_correction_with_words_not_in_the_article_keeps_the_input(as_reviewer):
    quote = make_quote()
    response = as_reviewer.post(
        reverse("quote-edit", args=[quote.pk]),
        {
            "version": quote.version,
            "text": "كلمات أخرى",
            "speaker": "اسم جديد",
            "speaker_kind": "person",
            "role": "دور",
        },
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "These words are not in the article" in html
    assert "كلمات أخرى</textarea>" in html and 'value="اسم جديد"' in html
    assert '<details class="edit" open id="edit">' in html


def test_a_refused_correction_leaves_no_new_speaker(as_reviewer):
    from claims.models import Speaker

    quote = make_quote()
    speakers = Speaker.objects.count()
    response = as_reviewer.post(
        reverse("quote-edit", args=[quote.pk]),
        {
            "version": quote.version,
            "text": quote.text,
            "speaker": "متحدث لم يسجل",
            "speaker_kind": "person",
            "cable_ref": "not-a-cable",
        },
    )
    assert response.status_code == 400
    assert "is not a cable reference" in response.content.decode()
    assert Speaker.objects.count() == speakers
