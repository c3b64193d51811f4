"""The seeds load through the extractor, and loading twice changes nothing."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from claims.extraction import extract
from claims.models import Document, Quote, QuoteEvent, Speaker, SpeakerAlias

pytestmark = pytest.mark.django_db
SEED = Path(settings.BASE_DIR) / "seeds" / "wikileaks-aqim-cables.ar.txt"


def snapshot() -> dict[str, list]:
    return {
        "documents": list(Document.objects.values_list("id", "checksum", "title").order_by("id")),
        "quotes": list(
            Quote.objects.values_list("id", "start", "end", "speaker_id", "version").order_by("id")
        ),
        "speakers": list(Speaker.objects.values_list("id", "name").order_by("id")),
        "aliases": list(SpeakerAlias.objects.values_list("id", "name").order_by("id")),
        "events": list(QuoteEvent.objects.values_list("id").order_by("id")),
    }


def test_load_seeds_files_the_extracted_quotes_and_is_idempotent():
    out = io.StringIO()
    call_command("load_seeds", stdout=out)
    first = snapshot()
    body = SEED.read_text(encoding="utf-8")
    expected = extract(body)
    assert len(expected) >= 10, "the extractor should find the seed's quotations"
    assert len(first["documents"]) == 1
    quotes = Quote.objects.order_by("start")
    assert [(q.start, q.end) for q in quotes] == sorted((e.start, e.end) for e in expected)
    for quote in quotes:
        assert quote.text == body[quote.start : quote.end]
        assert quote.origin == "extracted" and quote.status == "unverified"
    assert "stored" in out.getvalue()

    again = io.StringIO()
    call_command("load_seeds", stdout=again)
    assert snapshot() == first
    assert "already stored" in again.getvalue()


def test_create_demo_users_is_idempotent_and_prints_credentials(settings):
    settings.DEBUG = True  # the test runner turns it off; `make run` has it on
    out = io.StringIO()
    call_command("create_demo_users", stdout=out)
    call_command("create_demo_users", stdout=io.StringIO())
    from django.contrib.auth import get_user_model

    users = get_user_model().objects.order_by("username")
    assert [(u.username, [g.name for g in u.groups.all()]) for u in users] == [
        ("editor", ["Editor"]),
        ("reviewer", ["Reviewer"]),
        ("viewer", ["Viewer"]),
    ]
    assert "reviewer / reviewer-demo-pass" in out.getvalue()


def test_demo_users_are_refused_without_debug(settings):
    from django.core.management.base import CommandError

    settings.DEBUG = False
    with pytest.raises(CommandError, match="DJANGO_DEBUG"):
        call_command("create_demo_users", stdout=io.StringIO())
