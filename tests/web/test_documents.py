"""New document: paste or upload, review the extracted candidates, file the accepted."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from claims.extraction import ExtractedQuote
from claims.models import Document, Origin, Quote, Speaker
from tests.factories import make_quote

ARTICLE = (
    'قال وزير الخارجية الفرنسي برنار كوشنير إن "التعاون مع واشنطن يتقدم". '
    'وأضاف المتحدث باسم الوزارة أن "الاجتماع المقبل سيعقد في باريس". '
    'وقال مسؤول أمريكي إن "الوضع في الساحل مقلق".'
)


def _find(text: str) -> tuple[int, int]:
    start = ARTICLE.index(text)
    return start, start + len(text)


def fake_extract(text: str, *, language: str = "ar") -> list[ExtractedQuote]:
    """Three candidates, the way the engine reports them."""
    found = []
    for words, speaker, role, date in [
        ("التعاون مع واشنطن يتقدم", "برنار كوشنير", "وزير الخارجية الفرنسي", "2010-02"),
        ("الاجتماع المقبل سيعقد في باريس", "المتحدث", "المتحدث باسم الوزارة", None),
        ("الوضع في الساحل مقلق", "مسؤول أمريكي", None, None),
    ]:
        if words not in text:
            continue
        start = text.index(words)
        found.append(
            ExtractedQuote(
                text=words,
                start=start,
                end=start + len(words),
                speaker=speaker,
                speaker_kind="person",
                role=role,
                date=date,
                date_precision="month" if date else None,
                confidence=0.9,
            )
        )
    return found


@pytest.fixture(autouse=True)
def _engine(monkeypatch):
    monkeypatch.setattr("claims.extraction.extract", fake_extract)


def _new_document(client, **extra) -> Document:
    data = {
        "title": "كوشنير وواشنطن",
        "body": ARTICLE,
        "language": "ar",
        "kind": "article",
        "publisher": "AFP",
        "url": "https://example.org/a",
        "published_on": "2010-12-06",
        **extra,
    }
    response = client.post(reverse("document-new"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    document = Document.objects.get(title=data["title"])
    assert response["Location"] == reverse("document-review", args=[document.pk])
    return document


def _review_data(document: Document, client) -> dict[str, str]:
    """The review form as the browser would send it, untouched."""
    response = client.get(reverse("document-review", args=[document.pk]))
    assert response.status_code == 200
    formset = response.context["formset"]
    data = {
        "form-TOTAL_FORMS": str(formset.total_form_count()),
        "form-INITIAL_FORMS": "0",
    }
    for i, form in enumerate(formset.forms):
        for name, value in form.initial.items():
            data[f"form-{i}-{name}"] = "" if value is None else str(value)
    return data


def test_paste_an_article_files_nothing_before_review(as_reviewer, reviewer):
    document = _new_document(as_reviewer)
    assert document.body == ARTICLE
    assert document.created_by == reviewer
    assert not Quote.objects.exists()
    html = as_reviewer.get(reverse("document-review", args=[document.pk])).content.decode()
    assert html.count('class="card candidate') == 3
    assert "<mark>التعاون مع واشنطن يتقدم</mark>" in html


def test_upload_a_text_file(as_reviewer):
    upload = SimpleUploadedFile("a.txt", ARTICLE.encode("utf-8"), content_type="text/plain")
    document = _new_document(as_reviewer, body="", upload=upload)
    assert document.body == ARTICLE


def test_the_same_text_twice_is_the_same_document(as_reviewer):
    first = _new_document(as_reviewer)
    response = as_reviewer.post(
        reverse("document-new"),
        {"title": "another title", "body": ARTICLE, "language": "ar", "kind": "article"},
        follow=True,
    )
    assert response.redirect_chain[0][0] == reverse("document-review", args=[first.pk])
    assert "already stored" in response.content.decode()
    assert Document.objects.count() == 1


def test_a_document_needs_text(as_reviewer):
    response = as_reviewer.post(
        reverse("document-new"),
        {"title": "t", "body": "  ", "language": "ar", "kind": "article", "cable_ref": "x"},
    )
    assert response.status_code == 400
    assert "Paste the article text" in response.content.decode()


def test_a_bad_cable_reference_is_shown_on_its_field(as_reviewer):
    response = as_reviewer.post(
        reverse("document-new"),
        {"title": "t", "body": ARTICLE, "language": "ar", "kind": "article", "cable_ref": "nope"},
    )
    assert response.status_code == 400
    assert "is not a cable reference" in response.content.decode()
    assert not Document.objects.exists()


def test_accept_correct_and_reject(as_reviewer):
    document = _new_document(as_reviewer)
    data = _review_data(document, as_reviewer)
    data["form-0-decision"] = "accept"
    data["form-1-decision"] = "accept"
    data["form-1-speaker"] = "إريك شوفالييه"  # corrected speaker
    data["form-1-text"] = "الاجتماع المقبل"  # shortened span
    data["form-2-decision"] = "reject"
    response = as_reviewer.post(reverse("document-review", args=[document.pk]), data)
    assert response.status_code == 302
    assert response["Location"] == reverse("document-detail", args=[document.pk])
    first, second = Quote.objects.order_by("start")
    assert (first.text, first.speaker.name, first.role) == (
        "التعاون مع واشنطن يتقدم",
        "برنار كوشنير",
        "وزير الخارجية الفرنسي",
    )
    assert (first.cable_date_iso, first.origin, first.confidence) == (
        "2010-02",
        Origin.EXTRACTED,
        0.9,
    )
    assert (second.text, second.speaker.name) == ("الاجتماع المقبل", "إريك شوفالييه")
    assert (second.start, second.end) == _find("الاجتماع المقبل")
    # Filed quotes are not offered again; the rejected one is.
    html = as_reviewer.get(reverse("document-review", args=[document.pk])).content.decode()
    assert html.count('class="card candidate') == 1
    assert "2 quotes of this article are filed already" in html


def test_a_known_speaker_spelled_differently_is_reused(as_reviewer):
    known = Speaker.objects.create(name="برنار كوشنير")
    document = _new_document(as_reviewer)
    data = _review_data(document, as_reviewer)
    data.update({"form-0-decision": "accept", "form-0-speaker": "برنار كوشنیر"})
    data.update({"form-1-decision": "reject", "form-2-decision": "reject"})
    as_reviewer.post(reverse("document-review", args=[document.pk]), data)
    assert Quote.objects.get().speaker == known


def test_words_not_in_the_article_are_refused_and_nothing_is_filed(as_reviewer):
    document = _new_document(as_reviewer)
    data = _review_data(document, as_reviewer)
    data.update({"form-0-decision": "accept", "form-1-decision": "accept"})
    data["form-1-text"] = "كلمات غير موجودة"
    data["form-1-role"] = "دور مصحح"
    data["form-2-decision"] = "reject"
    response = as_reviewer.post(reverse("document-review", args=[document.pk]), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "These words are not in the article" in html
    assert "كلمات غير موجودة</textarea>" in html
    assert 'value="دور مصحح"' in html
    assert not Quote.objects.exists()


def test_every_candidate_needs_a_decision(as_reviewer):
    document = _new_document(as_reviewer)
    data = _review_data(document, as_reviewer)
    data["form-0-decision"] = "accept"
    response = as_reviewer.post(reverse("document-review", args=[document.pk]), data)
    assert response.status_code == 400
    assert response.content.decode().count("Choose accept or reject.") == 2
    assert not Quote.objects.exists()


def test_a_bad_date_is_refused_on_its_field(as_reviewer):
    document = _new_document(as_reviewer)
    data = _review_data(document, as_reviewer)
    data.update({f"form-{i}-decision": "reject" for i in range(3)})
    data.update({"form-0-decision": "accept", "form-0-cable_date": "Feb 2010"})
    response = as_reviewer.post(reverse("document-review", args=[document.pk]), data)
    assert response.status_code == 400
    assert "YYYY, YYYY-MM or YYYY-MM-DD" in response.content.decode()


def test_sending_the_review_twice_files_once(as_reviewer):
    document = _new_document(as_reviewer)
    data = _review_data(document, as_reviewer)
    data.update({f"form-{i}-decision": "accept" for i in range(3)})
    as_reviewer.post(reverse("document-review", args=[document.pk]), data)
    as_reviewer.post(reverse("document-review", args=[document.pk]), data)
    assert Quote.objects.count() == 3


def test_the_document_page_highlights_and_links_every_quote(as_viewer):
    quote = make_quote()
    other = make_quote(document=quote.document, phrase="الاجتماع المقبل سيعقد في الربيع")
    html = as_viewer.get(reverse("document-detail", args=[quote.document_id])).content.decode()
    for q in (quote, other):
        assert f'href="{reverse("quote-detail", args=[q.pk])}" id="q{q.pk}">{q.text}</a>' in html


def test_a_viewer_cannot_open_the_new_document_pages(as_viewer, quote):
    assert as_viewer.get(reverse("document-new")).status_code == 403
    assert as_viewer.get(reverse("document-review", args=[quote.document_id])).status_code == 403


def test_a_rejected_candidate_is_not_checked(as_reviewer):
    document = _new_document(as_reviewer)
    data = _review_data(document, as_reviewer)
    data.update({f"form-{i}-decision": "reject" for i in range(3)})
    data.update({"form-0-decision": "accept"})
    data.update({"form-1-text": "", "form-1-cable_date": "not a date"})
    response = as_reviewer.post(reverse("document-review", args=[document.pk]), data)
    assert response.status_code == 302
    assert Quote.objects.count() == 1


def test_an_accepted_candidate_needs_its_words(as_reviewer):
    document = _new_document(as_reviewer)
    data = _review_data(document, as_reviewer)
    data.update({f"form-{i}-decision": "reject" for i in range(3)})
    data.update({"form-0-decision": "accept", "form-0-text": "  "})
    response = as_reviewer.post(reverse("document-review", args=[document.pk]), data)
    assert response.status_code == 400
    assert "Give the quoted words, or reject the candidate." in response.content.decode()
