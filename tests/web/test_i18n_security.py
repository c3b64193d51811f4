"""Language and direction, the language switch, CSP, CSRF and escaping."""

from __future__ import annotations

import gettext
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from claims.models import Verdict
from tests.factories import DocumentFactory, make_quote

ARABIC = {"HTTP_ACCEPT_LANGUAGE": "ar"}


def test_html_lang_and_dir_follow_the_language(as_reviewer, quote):
    url = reverse("quote-detail", args=[quote.pk])
    english = as_reviewer.get(url).content.decode()
    assert '<html lang="en" dir="ltr">' in english
    arabic = as_reviewer.get(url, **ARABIC).content.decode()
    assert '<html lang="ar" dir="rtl">' in arabic
    assert "لوحة المتابعة" in arabic  # "Dashboard"
    assert "غير متحقق منه" in arabic  # the verdict's name
    # The quote and its article read in their own direction on either page.
    for html in (english, arabic):
        assert '<blockquote class="quote-text" dir="auto">' in html
        assert '<div class="article" dir="auto" lang="ar">' in html


def test_the_language_switch(as_reviewer):
    response = as_reviewer.post(reverse("set_language"), {"language": "ar", "next": "/quotes/"})
    assert response.status_code == 302
    assert response["Location"] == "/quotes/"
    assert '<html lang="ar" dir="rtl">' in as_reviewer.get("/quotes/").content.decode()
    as_reviewer.post(reverse("set_language"), {"language": "en", "next": "/"})
    assert '<html lang="en" dir="ltr">' in as_reviewer.get("/quotes/").content.decode()


def test_dates_in_the_users_language(as_reviewer):
    quote = make_quote(cable_date="2010-02")
    html = as_reviewer.get(reverse("quote-detail", args=[quote.pk]), **ARABIC).content.decode()
    assert "فبراير 2010" in html
    assert "الشهر فقط معروف" in html


def test_service_refusals_are_shown_in_arabic(as_reviewer):
    quote = make_quote()
    response = as_reviewer.post(
        reverse("quote-verdict", args=[quote.pk]),
        {"version": quote.version, "status": Verdict.CORROBORATED, "note": ""},
        **ARABIC,
    )
    html = response.content.decode()
    assert "كل حكم يحتاج إلى ملاحظة" in html
    assert "الحكم «مؤكَّد» يحتاج إلى دليل واحد على الأقل" in html


def test_every_message_is_translated_and_compiled():
    """No Arabic string is missing, and the committed .mo files hold every message."""
    locale = Path(settings.BASE_DIR) / "locale"
    for language in ("ar", "en"):
        folder = locale / language / "LC_MESSAGES"
        text = (folder / "django.po").read_text(encoding="utf-8")
        if language == "ar":
            entries = text.split("\n\n")[1:]
            assert [e for e in entries if re.search(r'^msgstr(\[\d\])? ""$', e, re.M)] == []
        assert "#, fuzzy" not in text
        with (folder / "django.mo").open("rb") as mo:
            catalog = gettext.GNUTranslations(mo)._catalog
        compiled = {key[0] if isinstance(key, tuple) else key for key in catalog} - {""}
        assert len(compiled) == len(re.findall(r"^msgid ", text, re.M)) - 1, language
    with (locale / "ar" / "LC_MESSAGES" / "django.mo").open("rb") as mo:
        assert gettext.GNUTranslations(mo).gettext("Dashboard") == "لوحة المتابعة"


def test_strict_content_security_policy(as_reviewer, quote):
    response = as_reviewer.get(reverse("quote-detail", args=[quote.pk]))
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "style-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "default-src 'none'" in policy


@pytest.mark.parametrize(
    "name", ["dashboard", "quote-list", "document-list", "document-new", "login"]
)
def test_no_inline_script_or_style(as_editor, name):
    html = as_editor.get(reverse(name)).content.decode()
    _assert_no_inline_code(html)


class _CodeFinder(HTMLParser):
    """Collects every inline script, style attribute and event handler."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = dict(attrs)
        if tag == "script" and "src" not in names and names.get("type") != "application/ld+json":
            self.found.append("inline <script>")
        if tag == "img":
            self.found.append(f"<img src={names.get('src')}>")
        for name in names:
            if name == "style" or name.startswith("on"):
                self.found.append(f"<{tag} {name}=...>")


def _assert_no_inline_code(html: str) -> None:
    finder = _CodeFinder()
    finder.feed(html)
    assert finder.found == []


def test_every_form_posts_with_a_csrf_token(editor, quote):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    for url in (
        reverse("quote-detail", args=[quote.pk]),
        reverse("document-new"),
        reverse("dashboard"),
    ):
        html = client.get(url).content.decode()
        forms = re.findall(r"<form\b[^>]*>.*?</form>", html, re.S)
        posting = [f for f in forms if 'method="post"' in f]
        assert posting, url
        for form in posting:
            assert 'name="csrfmiddlewaretoken"' in form, form[:200]
    response = client.post(reverse("quote-take", args=[quote.pk]), {"version": quote.version})
    assert response.status_code == 403  # no token, no change


PAYLOAD = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def test_a_script_payload_in_a_quote_stays_text(as_reviewer):
    document = DocumentFactory(
        title=f"title {PAYLOAD}", body=f'قال "{PAYLOAD}" أمس.', publisher=PAYLOAD
    )
    quote = make_quote(document=document, phrase=PAYLOAD, role=PAYLOAD)
    quote.speaker.name = PAYLOAD
    quote.speaker.save()
    escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
    for url in (
        reverse("quote-detail", args=[quote.pk]),
        reverse("quote-list"),
        reverse("document-detail", args=[document.pk]),
        reverse("speaker-detail", args=[quote.speaker_id]),
        reverse("dashboard"),
        reverse("document-list"),
    ):
        html = as_reviewer.get(url).content.decode()
        assert PAYLOAD not in html, url
        assert "<img src=x" not in html, url
        assert escaped in html or "&lt;script&gt;" in html, url
        _assert_no_inline_code(html)


def test_json_ld_cannot_close_its_script_element():
    from claims.templatetags.claims_web import jsonld

    rendered = str(jsonld({"claimReviewed": "</script><script>alert(1)</script>"}))
    assert "</script>" not in rendered
    assert "\\u003C/script\\u003E" in rendered


def test_the_pages_need_no_network(as_editor):
    """No CDN: every script and style is served from our own static files."""
    html = as_editor.get(reverse("dashboard")).content.decode()
    for url in re.findall(r'(?:src|href)="([^"]+)"', html):
        assert not url.startswith(("http:", "https:", "//")), url


def test_messages_are_compiled_with_gettext_when_available():
    if subprocess.run(["which", "msgfmt"], capture_output=True).returncode:  # noqa: S607
        pytest.skip("msgfmt is not installed")
    for language in ("ar", "en"):
        po = Path(settings.BASE_DIR) / "locale" / language / "LC_MESSAGES" / "django.po"
        result = subprocess.run(
            ["msgfmt", "--check-format", "-o", "/dev/null", str(po)],  # noqa: S607
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr


def test_success_messages_in_the_users_language(as_reviewer):
    quote = make_quote()
    response = as_reviewer.post(
        reverse("quote-take", args=[quote.pk]), {"version": quote.version}, follow=True, **ARABIC
    )
    assert "أصبح الاقتباس في قائمة مراجعتك." in response.content.decode()


def test_a_csrf_failure_page_without_inline_code(editor, quote):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    response = client.post(reverse("quote-take", args=[quote.pk]), {"version": quote.version})
    assert response.status_code == 403
    html = response.content.decode()
    assert "Form expired" in html
    _assert_no_inline_code(html)
