"""Admin data entry: pages load, Arabic-aware search, and every change through the services."""

from __future__ import annotations

import pytest
from django.urls import reverse

from claims.models import Document, EventKind, Quote, QuoteEvent, Speaker, Verdict
from claims.services import evidence_add, quote_set_verdict
from tests.factories import DocumentFactory, SourceFactory, SpeakerFactory, UserFactory, make_quote

pytestmark = pytest.mark.django_db

MODELS = ["document", "speaker", "speakeralias", "quote", "source", "evidence", "quoteevent"]


@pytest.fixture
def staff_editor(db):
    user = UserFactory(username="staff-editor", role="Editor")
    user.is_staff = True
    user.save()
    return user


@pytest.fixture
def staff_reviewer(db):
    user = UserFactory(username="staff-reviewer", role="Reviewer")
    user.is_staff = True
    user.save()
    return user


@pytest.fixture
def populated(reviewer):
    quote = make_quote()
    evidence_add(
        quote_id=quote.pk,
        expected_version=1,
        source_id=SourceFactory().pk,
        relation="context",
        actor=reviewer,
    )
    return Quote.objects.get(pk=quote.pk)


def change_form_data(quote: Quote, **overrides) -> dict:
    data = {
        "start": quote.start,
        "end": quote.end,
        "speaker": quote.speaker_id or "",
        "role": quote.role,
        "cable_date_text": quote.cable_date_iso or "",
        "cable_ref": quote.cable_ref,
        "status": quote.status,
        "verdict_note": quote.verdict_note,
        "expected_version": quote.version,
        "evidence-TOTAL_FORMS": "0",
        "evidence-INITIAL_FORMS": "0",
        "evidence-MIN_NUM_FORMS": "0",
        "evidence-MAX_NUM_FORMS": "1000",
        "events-TOTAL_FORMS": "0",
        "events-INITIAL_FORMS": "0",
        "events-MIN_NUM_FORMS": "0",
        "events-MAX_NUM_FORMS": "0",
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize("model", MODELS)
def test_every_admin_page_loads(client, staff_editor, populated, model):
    client.force_login(staff_editor)
    assert client.get(reverse(f"admin:claims_{model}_changelist")).status_code == 200
    obj = {
        "document": populated.document,
        "speaker": populated.speaker,
        "speakeralias": populated.speaker.aliases.first()
        or populated.speaker.aliases.create(name="x"),
        "quote": populated,
        "source": populated.evidence.first().source,
        "evidence": populated.evidence.first(),
        "quoteevent": QuoteEvent.objects.filter(quote_id=populated.pk).first(),
    }[model]
    assert client.get(reverse(f"admin:claims_{model}_change", args=[obj.pk])).status_code == 200
    add = client.get(reverse(f"admin:claims_{model}_add"))
    assert add.status_code == (403 if model in ("evidence", "quoteevent") else 200)


@pytest.mark.parametrize("who", ["anonymous", "viewer"])
def test_people_outside_the_staff_are_refused(client, who, request):
    if who != "anonymous":
        client.force_login(request.getfixturevalue(who))
    response = client.get(reverse("admin:claims_quote_changelist"))
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


def test_search_finds_a_spelling_variant(client, staff_reviewer):
    document = DocumentFactory(body='قال المسؤول إن "تنظيم القاعدة يتوسع في الساحل" بحسب البرقية.')
    make_quote(document=document, phrase="تنظيم القاعدة يتوسع في الساحل")
    make_quote()  # another quote that must not match
    client.force_login(staff_reviewer)
    # Hamza-less alef, ha for ta marbuta, alef maqsura: all spellings of the same words.
    response = client.get(reverse("admin:claims_quote_changelist"), {"q": "القاعده يتوسع"})
    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == list(Quote.objects.filter(document=document))


def test_speaker_search_finds_an_alias_in_another_spelling(client, staff_reviewer):
    speaker = SpeakerFactory(name="Stéphane Gompertz")
    speaker.aliases.create(name="ستيفان غومبرتز")
    client.force_login(staff_reviewer)
    response = client.get(reverse("admin:claims_speaker_changelist"), {"q": "غومبِرتز"})
    assert list(response.context["cl"].result_list) == [speaker]


def test_a_verdict_set_in_the_admin_goes_through_the_service(client, staff_reviewer, quote):
    client.force_login(staff_reviewer)
    url = reverse("admin:claims_quote_change", args=[quote.pk])
    response = client.post(
        url, change_form_data(quote, status=Verdict.DISPUTED, verdict_note="two accounts differ")
    )
    assert response.status_code == 302, response.content[:2000]
    quote.refresh_from_db()
    assert quote.status == Verdict.DISPUTED
    assert quote.verdict_by == staff_reviewer
    event = QuoteEvent.objects.filter(quote_id=quote.pk).latest("id")
    assert (event.kind, event.to_status, event.note) == (
        EventKind.VERDICT_CHANGED,
        "disputed",
        "two accounts differ",
    )


def test_a_verdict_breaking_a_rule_in_the_admin_is_refused_and_nothing_saved(
    client, staff_reviewer, quote
):
    client.force_login(staff_reviewer)
    url = reverse("admin:claims_quote_change", args=[quote.pk])
    response = client.post(
        url,
        change_form_data(quote, role="سفير", status=Verdict.CORROBORATED, verdict_note="n"),
        follow=True,
    )
    messages = [str(m) for m in response.context["messages"]]
    assert any("Nothing was saved" in m and "evidence" in m for m in messages), messages
    quote.refresh_from_db()
    assert (quote.status, quote.role, quote.version) == (Verdict.UNVERIFIED, "", 1)


def test_a_stale_admin_form_is_a_conflict(client, staff_reviewer, reviewer, quote):
    stale = change_form_data(quote, role="سفير")
    quote_set_verdict(
        quote_id=quote.pk, expected_version=1, status="in_review", note="", actor=reviewer
    )
    client.force_login(staff_reviewer)
    response = client.post(
        reverse("admin:claims_quote_change", args=[quote.pk]), stale, follow=True
    )
    assert any("changed by someone else" in str(m) for m in response.context["messages"])
    quote.refresh_from_db()
    assert quote.role == ""


def test_approval_in_the_admin_is_four_eyes(client, staff_editor, reviewer, quote):
    quote = quote_set_verdict(
        quote_id=quote.pk, expected_version=1, status="disputed", note="n", actor=staff_editor
    )
    client.force_login(staff_editor)
    url = reverse("admin:claims_quote_change", args=[quote.pk])
    response = client.post(url, change_form_data(quote, approve="on"), follow=True)
    assert any("another editor" in str(m) for m in response.context["messages"])
    assert Quote.objects.get(pk=quote.pk).approved_by is None

    other = UserFactory(username="other-editor", role="Editor")
    other.is_staff = True
    other.save()
    client.force_login(other)
    assert client.post(url, change_form_data(quote, approve="on")).status_code == 302
    assert Quote.objects.get(pk=quote.pk).approved_by == other


def test_evidence_added_inline_goes_through_the_service(client, staff_reviewer, quote):
    source = SourceFactory()
    client.force_login(staff_reviewer)
    data = change_form_data(
        quote,
        **{
            "evidence-TOTAL_FORMS": "1",
            "evidence-0-source": source.pk,
            "evidence-0-relation": "corroborates",
            "evidence-0-excerpt": "the cable text",
            "evidence-0-location": "para 4",
        },
    )
    response = client.post(reverse("admin:claims_quote_change", args=[quote.pk]), data)
    assert response.status_code == 302
    evidence = quote.evidence.get()
    assert (evidence.source, evidence.added_by, evidence.location) == (
        source,
        staff_reviewer,
        "para 4",
    )
    assert QuoteEvent.objects.filter(quote_id=quote.pk, kind=EventKind.EVIDENCE_ADDED).count() == 1


def test_the_history_inline_is_read_only(client, staff_editor, quote):
    client.force_login(staff_editor)
    event = QuoteEvent.objects.get(quote_id=quote.pk)
    url = reverse("admin:claims_quoteevent_change", args=[event.pk])
    assert client.post(url, {"note": "rewritten"}).status_code == 403
    assert (
        client.post(
            reverse("admin:claims_quoteevent_delete", args=[event.pk]), {"post": "yes"}
        ).status_code
        == 403
    )


def test_document_added_in_the_admin_is_ingested_with_a_checksum(client, staff_reviewer):
    client.force_login(staff_reviewer)
    response = client.post(
        reverse("admin:claims_document_add"),
        {"title": "بيان", "body": "نص البيان", "language": "ar", "kind": "statement"},
    )
    assert response.status_code == 302
    document = Document.objects.get(title="بيان")
    assert len(document.checksum) == 64


def test_merge_action_moves_quotes_and_records_it(client, staff_editor):
    keep, dup = (
        SpeakerFactory(name="غيليان ميلوفانوفيتش"),
        SpeakerFactory(name="جيليان ميلوفانوفيتش"),
    )
    quote = make_quote(speaker=dup)
    client.force_login(staff_editor)
    url = reverse("admin:claims_speaker_changelist")
    ids = [keep.pk, dup.pk]
    page = client.post(url, {"action": "merge_speakers", "_selected_action": ids})
    assert page.status_code == 200 and b"Keep this speaker" in page.content
    client.post(
        url, {"action": "merge_speakers", "_selected_action": ids, "apply": "1", "target": keep.pk}
    )
    assert not Speaker.objects.filter(pk=dup.pk).exists()
    assert Quote.objects.get(pk=quote.pk).speaker == keep
    assert QuoteEvent.objects.filter(quote_id=quote.pk, kind=EventKind.SPEAKER_MERGED).exists()


def test_a_reviewer_cannot_merge_speakers(client, staff_reviewer):
    a, b = SpeakerFactory(), SpeakerFactory()
    client.force_login(staff_reviewer)
    url = reverse("admin:claims_speaker_changelist")
    client.post(
        url,
        {
            "action": "merge_speakers",
            "_selected_action": [a.pk, b.pk],
            "apply": "1",
            "target": a.pk,
        },
    )
    assert Speaker.objects.filter(pk=b.pk).exists()
