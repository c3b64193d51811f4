"""The issue's scenario, end to end in a real browser."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claims.models import Evidence, Quote, Verdict

pytestmark = pytest.mark.browser

ARTICLE = (
    "باريس (أ ف ب) - قال وزير الخارجية الفرنسي برنار كوشنير في باريس إن "
    '"التعاون مع واشنطن في منطقة الساحل يتقدم بخطى ثابتة".\n'
    'وأضاف المتحدث باسم الوزارة برنار فاليرو أن "الاجتماع المقبل سيعقد في الربيع".\n'
    "وقالت السفيرة الأمريكية في باريس «إن فرنسا شريك لا غنى عنه في مكافحة الإرهاب».\n"
)
CORRECTED_SPEAKER = "كريستين نيلسون"


def shoot(session, folder: Path, name: str) -> None:
    """Save the current page in Arabic and in English, then go back to Arabic."""
    for language in ("ar", "en"):
        session.set_language(language)
        session.page.reload()
        session.page.screenshot(path=str(folder / f"{name}-{language}.png"), full_page=True)
    session.set_language("ar")
    session.page.reload()


def test_reviewer_files_checks_and_an_editor_approves(open_session, reviewer, editor, screenshots):
    page_of = open_session
    desk = page_of()
    desk.set_language("ar")
    desk.sign_in("reviewer")
    page = desk.page
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ar"

    # Paste an Arabic article and run extraction.
    page.get_by_role("link", name="وثيقة جديدة").first.click()
    page.get_by_label("العنوان").fill("كوشنير: التعاون مع واشنطن يتقدم")
    page.get_by_label("نص المقال").fill(ARTICLE)
    page.get_by_label("الناشر").fill("AFP")
    page.get_by_label("الرابط").fill("https://example.org/afp/kouchner")
    page.get_by_role("button", name="استخرج الاقتباسات").click()
    page.wait_for_url("**/review/")

    # Review the candidates before anything is filed.
    candidates = page.locator("fieldset.candidate")
    count = candidates.count()
    assert count >= 3  # the article has three quotes after قال / أضاف / قالت
    assert not Quote.objects.exists()
    shoot(desk, screenshots, "new-document-review")
    # Accept the first as proposed, the last with its speaker corrected,
    # reject the rest.
    proposed = page.locator("#id_form-0-speaker").input_value()
    first_words = page.locator("#id_form-0-text").input_value()
    last = count - 1
    for i in range(count):
        decision = "accept" if i in (0, last) else "reject"
        page.locator(f'input[name="form-{i}-decision"][value="{decision}"]').check()
    page.locator(f"#id_form-{last}-speaker").fill(CORRECTED_SPEAKER)
    page.get_by_role("button", name="احفظ الاقتباسات المقبولة").click()
    page.wait_for_url("**/documents/*/")
    filed = list(Quote.objects.order_by("start").select_related("speaker"))
    assert [q.speaker.name for q in filed] == [proposed, CORRECTED_SPEAKER]
    assert proposed == "برنار كوشنير"
    assert filed[0].text == first_words.strip()
    assert page.locator(".article a.mark").count() == 2

    # Open the first quote, take it, add evidence from a new source.
    quote = filed[0]
    page.locator(f"#q{quote.pk}").click()
    page.wait_for_url(f"**/quotes/{quote.pk}/")
    assert page.locator("mark").inner_text() == quote.text
    page.get_by_role("button", name="خذه للمراجعة").click()
    page.wait_for_url(f"**/quotes/{quote.pk}/#take")
    page.locator("details.new-source summary").click()
    page.get_by_label("مصدر جديد: العنوان").fill("Le Monde, 6 décembre 2010")
    page.get_by_label("مصدر جديد: النوع").select_option("news_report")
    page.get_by_label("مصدر جديد: الرابط").fill("https://example.org/lemonde/2010-12-06")
    page.get_by_label("العلاقة").select_option("corroborates")
    page.get_by_label("المقتطف").fill("Paris and Washington are working more closely in the Sahel.")
    page.get_by_role("button", name="أضف دليلًا").last.click()
    page.wait_for_url(f"**/quotes/{quote.pk}/#evidence")
    assert Evidence.objects.filter(quote=quote, relation="corroborates").count() == 1

    # Set "corroborated" with a note.
    page.locator("#verdict").get_by_label("الحكم").select_option("corroborated")
    page.get_by_label("ملاحظة").fill("تؤكده برقية السفارة وتقرير لوموند.")
    page.get_by_role("button", name="سجّل الحكم").click()
    page.wait_for_url(f"**/quotes/{quote.pk}/#verdict")
    assert page.locator("h1 .verdict").inner_text() == "مؤكَّد"
    assert page.locator('script[type="application/ld+json"]').count() == 0
    desk.sign_out()

    # An editor approves.
    desk.sign_in("editor")
    assert page.locator(f'#await-h ~ ul a[href="/quotes/{quote.pk}/"]').count() == 1
    shoot(desk, screenshots, "dashboard")
    page.goto(f"{desk.base_url}/quotes/{quote.pk}/")
    page.get_by_role("button", name="اعتمد الحكم").click()
    page.wait_for_url(f"**/quotes/{quote.pk}/#approve")
    quote.refresh_from_db()
    assert (quote.status, quote.approved_by) == (Verdict.CORROBORATED, editor)

    # The published fact-check is in the page as ClaimReview JSON-LD.
    data = json.loads(page.locator('script[type="application/ld+json"]').text_content())
    assert data["@type"] == "ClaimReview"
    assert data["claimReviewed"] == quote.text
    assert page.locator("html").get_attribute("dir") == "rtl"
    shoot(desk, screenshots, "quote")
    assert desk.problems == []  # no script error, no CSP violation
