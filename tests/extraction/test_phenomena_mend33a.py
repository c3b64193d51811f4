"""Misreadings review A found (mend33a). Every sentence here is invented;
one class per rule."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import quote_exactly

_SOON = "سنبدأ غدا"


class TestPossessedFeminineObjectAfterTheSubject:
    """ "عرض الوزير خطته للإصلاح، وقال «…»": a feminine noun with a
    possessive pronoun, its ة written ت before it, right after a title or
    a titled name, is the object of the verb before, no word of the name;
    the title (and the name before it) speaks."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                f"عرض الوزير خطته للإصلاح، وقال: «{_SOON}».",
                "الوزير",
                "الوزير",
                id="reviewer-bare-title",
            ),
            pytest.param(
                f"وخلال هذا اللقاء عرض الوزير أحمد سالم خطته للإصلاح، وقال: «{_SOON}».",
                "أحمد سالم",
                "الوزير",
                id="reviewer-titled-name",
            ),
            pytest.param(
                f"شرح المدير رؤيته للمشروع، وقال: «{_SOON}».",
                "المدير",
                "المدير",
                id="his-vision",
            ),
            pytest.param(
                f"استعرض رئيس الوزراء خطته الجديدة، وقال: «{_SOON}».",
                "رئيس الوزراء",
                "رئيس الوزراء",
                id="a-post-and-an-adjective-after",
            ),
            pytest.param(
                f"وشرح رئيس البلدية سامي نور رؤيته للمدينة، ثم قال: «{_SOON}».",
                "سامي نور",
                "رئيس البلدية",
                id="a-post-a-name-then-thumma",
            ),
        ],
    )
    def test_the_subject_speaks(self, text: str, speaker: str, role: str) -> None:
        quote = quote_exactly(text, _SOON)
        assert (quote.speaker, quote.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"وقال الفنان محمد شحاته: «{_SOON}».",
                "محمد شحاته",
                id="a-family-name-in-ta-after-a-verb-of-saying",
            ),
            pytest.param(
                f"وقال الشيخ عطية شحاته في خطبته: «{_SOON}».",
                "عطية شحاته",
                id="a-family-name-then-his-sermon",
            ),
            pytest.param(
                f"قدم الوزير أحمد سالم اقتراحه للمجلس، وقال: «{_SOON}».",
                "أحمد سالم",
                id="a-masculine-object",
            ),
            pytest.param(
                f"وكانت الوزيرة جانيته هوفمان قالت إن «{_SOON}».",
                "جانيته هوفمان",
                id="a-foreign-name-in-te-after-kana",
            ),
            pytest.param(
                f"وأضافت مديرته سلمى حسن: «{_SOON}».",
                "سلمى حسن",
                id="a-title-with-its-possessive",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _SOON).speaker == speaker, text
