from django.urls import reverse

from tests.factories import make_quote


def test_pages_render(as_editor, editor):
    quote = make_quote()
    for url in [
        reverse("dashboard"),
        reverse("quote-list"),
        reverse("quote-detail", args=[quote.pk]),
        reverse("document-list"),
        reverse("document-new"),
        reverse("document-detail", args=[quote.document_id]),
        reverse("document-review", args=[quote.document_id]),
        reverse("speaker-detail", args=[quote.speaker_id]),
    ]:
        response = as_editor.get(url)
        assert response.status_code == 200, url
