"""Invented articles in the styles the engine was weakest on (rev39,
2026-12-07; the articles and their gold in articles_rev39.py, committed
before the engine was run on them), scored quote by quote with the gold
scorer's rules, and the phenomena their misses showed. Every sentence,
name and cable reference here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.articles_rev39 import ART, GOLD
from tests.extraction.helpers import article_quote_cases, assert_article_quote, one


class TestAlAminInTheMiddleOfAName:
    """ "وزير الخارجية حسين الأمين الفاضل": after a given name, الأمين and a
    definite word ending the phrase that no post of الأمين takes after it
    (a family name, not العام, الأول, a nisba or a title) is the name's
    middle, the father's name, as "عثمان الطيب الفكي" is; it was read as a
    post after "حسين" (الأمين العام …), the speaker "حسين" and the words
    after "وأضاف الفاضل" left with no post."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                'قال وزير الخارجية حسين الأمين الفاضل إن "الحكومة لن تشارك".',
                "حسين الأمين الفاضل",
                id="after-a-post",
            ),
            pytest.param(
                'قال وزير الخارجية حسين الأمين الفاضل، اليوم، إن "الحكومة لن تشارك".',
                "حسين الأمين الفاضل",
                id="before-a-comma",
            ),
            pytest.param(
                'أكد والي الولاية عثمان الأمين الطاهر أن "الولاية آمنة".',
                "عثمان الأمين الطاهر",
                id="another-family-name",
            ),
            pytest.param(
                'قال حسين الأمين الفاضل، في مؤتمر صحفي، إن "الحكومة لن تشارك".',
                "حسين الأمين الفاضل",
                id="no-post",
            ),
        ],
    )
    def test_the_whole_name(self, text, speaker) -> None:
        assert one(text, "").speaker == speaker, text

    def test_the_family_name_again(self) -> None:
        text = (
            'قال وزير الخارجية حسين الأمين الفاضل، اليوم، إن "الحكومة لن تشارك". '
            'وأضاف الفاضل أن "الوساطات أطالت الحرب".'
        )
        quote = one(text, "الوساطات")
        assert (quote.speaker, quote.role) == ("حسين الأمين الفاضل", "وزير الخارجية")

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                'قال حسين الأمين العام، إن "الحكومة لن تشارك".',
                "حسين",
                "الأمين العام",
                id="general",
            ),
            pytest.param(
                'قال حسين الأمين الأول، إن "الحكومة لن تشارك".',
                "حسين",
                "الأمين الأول",
                id="first-secretary",
            ),
            pytest.param(
                'قال حسين الأمين القطري للحزب إن "الحكومة لن تشارك".',
                "حسين",
                "الأمين القطري للحزب",
                id="a-nisba",
            ),
            pytest.param(
                'قال محمد الأمين إن "الحكومة لن تشارك".',
                "محمد الأمين",
                None,
                id="compound-first-name",
            ),
        ],
    )
    def test_near_miss(self, text, speaker, role) -> None:
        quote = one(text, "")
        assert (quote.speaker, quote.role) == (speaker, role), text


KNOWN_WRONG: dict[tuple[str, str], str] = {
    ("qna_forum", "الوكالة استقطبت"): "a post after the name cut before its لـ complement",
    ("qna_forum", "معظم هذه المشاريع"): "a post after the name cut before its لـ complement",
    ("masry_privatization_cables", "العمال لن يقبلوا"): "the relayed post named, not the holder",
    ("tribune_mediation", "الخرطوم لن تقبل"): "a post with آنذاك and a title read as the name",
    ("tribune_mediation", "الخطاب الرسمي"): "the dateline's day lost after a cable",
}


@pytest.mark.parametrize("name, start", list(article_quote_cases(ART, GOLD, KNOWN_WRONG)))
def test_article_quote(name, start) -> None:
    """The quote is found (span IoU >= 0.5), with the right speaker (or an
    alias), role (token F1 >= 0.6) and date (at the gold's precision)."""
    assert_article_quote(ART[name], GOLD[name], start)
