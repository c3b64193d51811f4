"""Review A's findings 1 and 2 (mend33b). Every sentence here is invented;
one class per rule."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import quote_exactly

_WORDS = "ندعو إلى التهدئة وضبط النفس"


class TestDualOrFeminineOfAPostIsNoParticiple:
    """ "وقال ممثلا الاتحاد الأوروبي في بيان مشترك: «…»": a person's post
    in the dual in construct (its ن dropped) or in the feminine is written
    like an accusative participle of manner; with its noun after it, it is
    the verb's subject, never a حال (dev33s's rule took it for one and lost
    the speaker)."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"وقال ممثلا الاتحاد الأوروبي في بيان مشترك: «{_WORDS}».",
                "ممثلا الاتحاد",
                id="the-reviewers-sentence",
            ),
            pytest.param(
                f"وقال مسؤولا الوزارة: «{_WORDS}».",
                "مسؤولا الوزارة",
                id="two-officials",
            ),
            pytest.param(
                f"وقال مديرا الشركتين في مؤتمر صحفي: «{_WORDS}».",
                "مديرا الشركتين",
                id="two-directors",
            ),
            pytest.param(
                f"وقال مبعوثا الأمم المتحدة: «{_WORDS}».",
                "مبعوثا الأمم المتحدة",
                id="two-envoys",
            ),
            pytest.param(
                f"وقالت مستشارة الرئيس: «{_WORDS}».",
                "مستشارة الرئيس",
                id="the-feminine",
            ),
            pytest.param(
                f"وقالت متحدثة الوزارة: «{_WORDS}».",
                "متحدثة الوزارة",
                id="the-feminine-spokeswoman",
            ),
        ],
    )
    def test_the_post_speaks(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _WORDS).speaker == speaker, text

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(f"وقال مسديا النصح للشباب: «{_WORDS}».", id="advising"),
            pytest.param(f"وأضاف مهاجما الحكومة: «{_WORDS}».", id="attacking"),
            pytest.param(f"وأضاف مراقبا الوضع عن كثب: «{_WORDS}».", id="watching"),
            pytest.param(f"وقال متحدثا إلى الصحفيين: «{_WORDS}».", id="speaking-to"),
            pytest.param(f"وأضاف موجها الحديث للحكومة: «{_WORDS}».", id="turning"),
        ],
    )
    def test_near_misses_a_hal(self, text: str) -> None:
        assert quote_exactly(text, _WORDS).speaker is None, text


_SAID = "الحوثيين رفضوا الهدنة"


class TestAgencyShortNameAfterAPost:
    """ "وقال المتحدث باسم الحكومة اليمنية لسبأ إن …": a news agency by its
    short name glued to لـ (لسبأ، لوام، لقنا، لبنا، لواس) after a post with
    no name, or after a bare title, is the one told, never the speaker's
    name (rev36 read it so only after a name)."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f'وقال المتحدث باسم الحكومة اليمنية لسبأ إن "{_SAID}".',
                "المتحدث باسم الحكومة اليمنية",
                id="the-reviewers-sentence",
            ),
            pytest.param(
                f'وقال وزير الداخلية القطري لقنا إن "{_SAID}".',
                "وزير الداخلية القطري",
                id="after-a-nisba",
            ),
            pytest.param(
                f'وقال مدير مكتب الرئاسة لوام إن "{_SAID}".',
                "مدير مكتب الرئاسة",
                id="after-a-body",
            ),
            pytest.param(
                f'وقال الناطق باسم الحكومة لبنا إن "{_SAID}".',
                "الناطق باسم الحكومة",
                id="bna",
            ),
            pytest.param(
                f'وقال الوزير لسبأ إن "{_SAID}".',
                "الوزير",
                id="after-a-bare-title",
            ),
            pytest.param(
                f'وقال المسؤول اليمني لسبأ إن "{_SAID}".',
                "المسؤول اليمني",
                id="after-an-official",
            ),
        ],
    )
    def test_the_post_speaks(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _SAID).speaker == speaker, text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f'وقال وزير الإعلام أحمد سالم لسبأ إن "{_SAID}".',
                "أحمد سالم",
                id="after-a-name",
            ),
            pytest.param(
                f'وقال مسؤول في وزارة الإعلام لواس إن "{_SAID}".',
                "مسؤول في وزارة الإعلام",
                id="an-unnamed-source",
            ),
            pytest.param(
                f'وقال رئيس مجلس إدارة وكالة سبأ إن "{_SAID}".',
                "رئيس مجلس إدارة وكالة سبأ",
                id="the-agency-in-the-post",
            ),
            pytest.param(
                f'وقالت الوزيرة لبنى الأحمد إن "{_SAID}".',
                "لبنى الأحمد",
                id="a-given-name-in-lam",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _SAID).speaker == speaker, text


class TestDualOfAPostInMustaOrMutaIsAName:
    """ "وأضاف مستشارا الرئيس: «…»", "وقال متحدثا الوزارة إن": a person's
    post of the forms استفعل/تفعّل in the dual in construct with a definite
    noun is the subject (the two advisers, the two spokesmen), not the
    accusative participle of manner of that shape ("ورد مستنكرا")."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(f"وأضاف مستشارا الرئيس: «{_WORDS}».", "مستشارا الرئيس", id="two-advisers"),
            pytest.param(
                f"وقال مستشارا الملك: «{_WORDS}».", "مستشارا الملك", id="the-kings-advisers"
            ),
            pytest.param(f"وقال مستشارا الرئيس إن «{_WORDS}».", "مستشارا الرئيس", id="then-inna"),
            pytest.param(f"وقال متحدثا الجيش: «{_WORDS}».", "متحدثا الجيش", id="two-spokesmen"),
        ],
    )
    def test_the_post_speaks(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _WORDS).speaker == speaker, text

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(f"وقال مستنكرا الهجوم: «{_WORDS}».", id="condemning"),
            pytest.param(f"وقال مستغربا الموقف: «{_WORDS}».", id="wondering"),
            pytest.param(f"وقال متحدثا للصحفيين: «{_WORDS}».", id="speaking-to-lam"),
        ],
    )
    def test_near_misses_a_hal(self, text: str) -> None:
        assert quote_exactly(text, _WORDS).speaker is None, text
