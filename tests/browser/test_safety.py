"""Escaping, refusals and layout, seen from the browser."""

from __future__ import annotations

import pytest

from tests.factories import DocumentFactory, make_quote

pytestmark = pytest.mark.browser

PAYLOAD = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'


def test_a_script_payload_in_a_quote_stays_text(open_session, reviewer):
    document = DocumentFactory(body=f'قال المتحدث "{PAYLOAD}" أمس.', title=PAYLOAD)
    quote = make_quote(document=document, phrase=PAYLOAD)
    session = open_session()
    session.sign_in("reviewer")
    for path in (f"/quotes/{quote.pk}/", f"/documents/{document.pk}/", "/quotes/", "/"):
        session.go(path)
        assert session.page.evaluate("window.__pwned") is None, path
    session.go(f"/quotes/{quote.pk}/")
    assert session.page.locator("blockquote.quote-text").inner_text() == PAYLOAD
    assert session.page.locator("main img").count() == 0
    assert session.problems == []


def test_a_viewer_sees_no_controls_and_cannot_post(open_session, viewer):
    quote = make_quote()
    session = open_session()
    session.set_language("en")
    session.sign_in("viewer")
    session.go(f"/quotes/{quote.pk}/")
    page = session.page
    assert page.locator("main form").count() == 0
    assert page.get_by_role("button", name="Set verdict").count() == 0
    # A forged post, with a valid CSRF token, is refused by the server.
    token = next(c["value"] for c in session.context.cookies() if c["name"] == "csrftoken")
    response = page.request.post(
        f"{session.base_url}/quotes/{quote.pk}/verdict/",
        form={
            "csrfmiddlewaretoken": token,
            "version": str(quote.version),
            "status": "in_review",
        },
        headers={"Referer": page.url, "Origin": session.base_url},
    )
    assert response.status == 403
    assert "Your role does not allow this" in response.text()
    quote.refresh_from_db()
    assert quote.status == "unverified"


def test_readable_at_phone_width(open_session, reviewer):
    quote = make_quote(role="وزير الخارجية")
    session = open_session(viewport={"width": 390, "height": 800})
    session.sign_in("reviewer")
    for path in ("/", f"/quotes/{quote.pk}/", "/documents/new/"):
        session.go(path)
        width = session.page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, (path, width)
