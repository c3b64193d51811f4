"""Review B's findings on kw36's cfd6d5fe, mended (mend34c). Every sentence
here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import quote_exactly

_HARD = "الوضع صعب"
_SOON = "سنبدأ غدا"


class TestAnIndefiniteBodyWithACommonAdjectiveSpeaks:
    """Review B R1: kw36's rule that an indefinite feminine noun and a
    common adjective ("خطة جديدة") is a verb's object held on any speaker
    phrase, so "وقالت دراسة جديدة إن" lost its speaker. The rule now holds
    only where the pair is read as the name after a title, not after a verb
    of saying."""

    @pytest.mark.parametrize(
        "text, speaker, role, said",
        [
            pytest.param(
                f"وقالت دراسة جديدة إن «{_HARD}».", "دراسة جديدة", None, _HARD, id="a-study-said"
            ),
            pytest.param(
                f"وكشفت دراسة جديدة أن «{_HARD}».",
                "دراسة جديدة",
                None,
                _HARD,
                id="a-study-revealed",
            ),
            pytest.param(
                f"وقالت لجنة جديدة شكلتها الحكومة إن «{_HARD}».",
                "لجنة جديدة",
                None,
                _HARD,
                id="a-committee",
            ),
            pytest.param(
                f"وقالت منظمة جديدة في بيان: «{_HARD}».",
                "منظمة جديدة",
                None,
                _HARD,
                id="an-organization",
            ),
            pytest.param(
                f"وقالت شركة جديدة في بيان: «{_SOON}».", "شركة جديدة", None, _SOON, id="a-company"
            ),
            pytest.param(
                f"وقال الوزير طلحة جديدة: «{_HARD}».",
                "طلحة جديدة",
                "الوزير",
                _HARD,
                id="a-name-off-the-list-after-a-verb-of-saying",
            ),
        ],
    )
    def test_the_body_or_name_speaks(
        self, text: str, speaker: str, role: str | None, said: str
    ) -> None:
        quote = quote_exactly(text, said)
        assert (quote.speaker, quote.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                f"وعرض مدير الشركة خطة جديدة للتوسع، وقال: «{_SOON}».",
                "مدير الشركة",
                "مدير الشركة",
                id="after-a-title-still-the-object",
            ),
            pytest.param(
                f"وأعدت الوزيرة خطة شاملة، وقالت: «{_SOON}».",
                "الوزيرة",
                "الوزيرة",
                id="after-a-bare-title-still-the-object",
            ),
            pytest.param(
                f"وقالت الوزيرة فاطمة جديدة: «{_SOON}».",
                "فاطمة جديدة",
                "الوزيرة",
                id="a-given-name-first",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str, role: str) -> None:
        quote = quote_exactly(text, _SOON)
        assert (quote.speaker, quote.role) == (speaker, role), text
