"""Service inputs: clear refusals naming the field, speaker resolution, re-extraction."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group

from claims import roles
from claims.extraction import ExtractedQuote
from claims.models import Origin, Quote, Speaker
from claims.services import (
    NotAllowed,
    RuleViolation,
    document_extract,
    document_ingest,
    quote_create,
    quote_update,
    speaker_resolve,
)
from tests.factories import DocumentFactory, SpeakerFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"cable_date": "2010-02-30"}, "cable_date"),
        ({"cable_date": "February 2010"}, "cable_date"),
        ({"cable_ref": "PARIS-191"}, "cable_ref"),
        ({"start": 5, "end": 5}, "end"),
        ({"end": 10_000}, "end"),
        ({"start": -1}, "start"),
        ({"speaker_id": 999_999}, "speaker"),
        ({"status": "corroborated"}, "status"),
        ({"version": 7}, "version"),
    ],
)
def test_bad_edits_are_refused_naming_the_field(quote, reviewer, changes, field):
    with pytest.raises(RuleViolation) as err:
        quote_update(
            quote_id=quote.pk, expected_version=quote.version, actor=reviewer, changes=changes
        )
    assert err.value.field == field
    assert Quote.objects.get(pk=quote.pk).version == quote.version


def test_editing_the_span_takes_the_document_text(quote, reviewer):
    body = quote.document.body
    updated = quote_update(
        quote_id=quote.pk,
        expected_version=quote.version,
        actor=reviewer,
        changes={
            "start": quote.start,
            "end": quote.end - 6,
            "cable_date": "2010-02",
            "cable_ref": "10 paris 191",
        },
    )
    assert updated.text == body[quote.start : quote.end - 6]
    assert updated.cable_date_iso == "2010-02"
    assert updated.cable_date_precision == "month"
    assert updated.cable_ref == "10PARIS191"


def test_entering_a_quote_needs_a_role_that_may(viewer):
    document = DocumentFactory()
    with pytest.raises(NotAllowed):
        quote_create(document_id=document.pk, start=0, end=3, actor=viewer)


def test_speaker_resolution_reuses_a_speaker_found_by_any_spelling():
    speaker = SpeakerFactory(name="Stéphane Gompertz")
    speaker.aliases.create(name="ستيفان غومبرتز")
    assert speaker_resolve(name="ستيفان  غومبِرتز") == speaker  # tashkeel and a double space
    assert speaker_resolve(name="Stéphane GOMPERTZ") == speaker
    new = speaker_resolve(name="جانيت دوغلاس", kind="person")
    assert new != speaker
    assert list(new.aliases.values_list("name", flat=True)) == ["جانيت دوغلاس"]
    assert speaker_resolve(name="جانيت دوغلاس") == new


def test_re_extraction_adds_only_what_is_new_and_leaves_edited_quotes_alone(monkeypatch, reviewer):
    body = 'قال الوزير إن "الوضع مستقر" وأضاف أن "الحوار مستمر" ثم قال السفير "لا تعليق لدينا".'
    found = []
    for phrase, speaker in (("الوضع مستقر", "الوزير"), ("الحوار مستمر", "الوزير")):
        start = body.index(phrase)
        found.append(
            ExtractedQuote(
                text=phrase,
                start=start,
                end=start + len(phrase),
                speaker=speaker,
                speaker_kind="person",
                date="2010",
                date_precision="year",
            )
        )
    monkeypatch.setattr("claims.extraction.extract", lambda text, language="ar": list(found))
    result = document_ingest(title="t", body=body, language="ar", actor=reviewer)
    assert len(result.quotes) == 2
    assert Speaker.objects.filter(name="الوزير").count() == 1
    first = Quote.objects.get(start=body.index("الوضع مستقر"))
    assert (first.origin, first.status, first.cable_date_iso) == (
        Origin.EXTRACTED,
        "unverified",
        "2010",
    )
    edited = quote_update(
        quote_id=first.pk, expected_version=1, actor=reviewer, changes={"role": "وزير الخارجية"}
    )

    start = body.index("لا تعليق لدينا")
    found.append(
        ExtractedQuote(text="لا تعليق لدينا", start=start, end=start + 14, speaker="السفير")
    )
    # A re-run that would now give a different span for an edited quote must not touch it.
    found[0] = ExtractedQuote(
        text="الوضع", start=found[0].start, end=found[0].start + 5, speaker="غيره"
    )
    added = document_extract(document_id=result.document.pk, actor=reviewer)
    assert [q.text for q in added] == ["لا تعليق لدينا"]
    assert Quote.objects.filter(document=result.document).count() == 3
    again = Quote.objects.get(pk=first.pk)
    assert (again.text, again.role, again.version) == (
        "الوضع مستقر",
        "وزير الخارجية",
        edited.version,
    )
    assert document_extract(document_id=result.document.pk, actor=reviewer) == []


def test_extraction_needs_a_role_that_may_add_quotes(viewer):
    document = DocumentFactory()
    with pytest.raises(NotAllowed):
        document_extract(document_id=document.pk, actor=viewer)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"title": " "}, "title"),
        ({"body": "  "}, "body"),
        ({"language": "xx"}, "language"),
        ({"cable_ref": "cable 191"}, "cable_ref"),
    ],
)
def test_bad_documents_are_refused_naming_the_field(reviewer, kwargs, field):
    args = {
        "title": "t",
        "body": "نص",
        "language": "ar",
        "actor": reviewer,
        "run_extraction": False,
        **kwargs,
    }
    with pytest.raises(RuleViolation) as err:
        document_ingest(**args)
    assert err.value.field == field


def test_roles_are_groups_with_their_permissions():
    perms = {
        g.name: set(g.permissions.values_list("codename", flat=True))
        for g in Group.objects.filter(name__in=[roles.VIEWER, roles.REVIEWER, roles.EDITOR])
    }
    assert "view_quote" in perms["Viewer"] and "change_quote" not in perms["Viewer"]
    assert {"set_verdict", "add_evidence"} <= perms["Reviewer"]
    assert "approve_verdict" not in perms["Reviewer"]
    assert {"approve_verdict", "merge_speaker", "delete_quote"} <= perms["Editor"]
    assert perms["Viewer"] < perms["Reviewer"] < perms["Editor"]
