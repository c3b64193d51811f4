"""Review findings on kw37's unnamed source and the body glued to بـ, mended
by mend35a. Every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import quote_exactly

_HARD = "الوضع صعب"


def _speaks(text: str, speaker: str) -> None:
    quote = quote_exactly(text, _HARD)
    assert (quote.speaker, quote.role) == (speaker, speaker), text


class TestTheBodysNameIsTakenWhole:
    """Review A L1: after an unnamed source, a body glued to بال whose name
    goes on in a definite word (البيت الأبيض, الأمم المتحدة) was cut after its
    head, the definite word read as a name and dropped."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"وقال مسؤول كبير بالبيت الأبيض: «{_HARD}».",
                "مسؤول كبير بالبيت الأبيض",
                id="the-white-house",
            ),
            pytest.param(
                f"وقال دبلوماسي غربي بالأمم المتحدة إن «{_HARD}».",
                "دبلوماسي غربي بالأمم المتحدة",
                id="the-united-nations",
            ),
            pytest.param(
                f"وقال مسؤول أمني بالبيت الأبيض الأمريكي إن «{_HARD}».",
                "مسؤول أمني بالبيت الأبيض الأمريكي",
                id="two-definite-words",
            ),
        ],
    )
    def test_the_body_is_whole(self, text: str, speaker: str) -> None:
        _speaks(text, speaker)

    def test_a_name_after_the_body_is_still_a_name(self) -> None:
        quote = quote_exactly(f"وقال مسؤول بالخارجية الأمريكية جون كيربي إن «{_HARD}».", _HARD)
        assert (quote.speaker, quote.role) == ("جون كيربي", "مسؤول بالخارجية الأمريكية")

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"وقال مصدر مسؤول بالخارجية الأمريكية إن «{_HARD}».",
                "مصدر مسؤول بالخارجية الأمريكية",
                id="a-nisba-as-before",
            ),
            pytest.param(
                f"وقال مصدر مسؤول بالوزارة الأربعاء إن «{_HARD}».",
                "مصدر مسؤول بالوزارة",
                id="a-day-after-the-body",
            ),
        ],
    )
    def test_near_misses_keep_their_answer(self, text: str, speaker: str) -> None:
        _speaks(text, speaker)


class TestForHisPartIsNoDescription:
    """Review B R1: after the body glued to بـ the phrase ran on into "من
    جهته" (for his part) and into the complement of حذر; "من جهته" is no
    description after any source."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"وحذر مصدر أمني بالشرطة من التصعيد، وقال إن «{_HARD}».",
                "مصدر أمني بالشرطة",
                id="what-he-warns-of-then-said",
            ),
            pytest.param(
                f"وحذر مصدر أمني بالوزارة من التصعيد قائلا: «{_HARD}».",
                "مصدر أمني بالوزارة",
                id="what-he-warns-of-saying",
            ),
            pytest.param(
                f"وقال مصدر أمني بالشرطة من ناحيته إن «{_HARD}».",
                "مصدر أمني بالشرطة",
                id="for-his-part-nahiya",
            ),
            pytest.param(
                f"وقال مصدر أمني بمديرية الشرطة من جهته إن «{_HARD}».",
                "مصدر أمني بمديرية الشرطة",
                id="for-his-part-after-a-directorate",
            ),
            pytest.param(
                f"وقال مصدر أمني من جهته إن «{_HARD}».",
                "مصدر أمني",
                id="for-his-part-no-body",
            ),
            pytest.param(
                f"وقال مصدر عسكري بالجيش من دون أن يكشف هويته إن «{_HARD}».",
                "مصدر عسكري بالجيش",
                id="without-naming-himself",
            ),
        ],
    )
    def test_the_phrase_ends_before_min(self, text: str, speaker: str) -> None:
        _speaks(text, speaker)

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"وقال مسؤول من وزارة الصحة إن «{_HARD}».",
                "مسؤول من وزارة الصحة",
                id="where-he-is-from",
            ),
            pytest.param(
                f"وحذر مسؤول من وزارة الصحة من انتشار الحمى، وقال إن «{_HARD}».",
                "مسؤول من وزارة الصحة",
                id="where-he-is-from-then-what-he-warns-of",
            ),
            pytest.param(
                f"وقال وزير الخارجية من جهته إن «{_HARD}».",
                "وزير الخارجية",
                id="a-post-for-his-part",
            ),
        ],
    )
    def test_near_misses_keep_their_answer(self, text: str, speaker: str) -> None:
        _speaks(text, speaker)


class TestTheUnnamedSourcesCommonShapes:
    """Review B R7: an official with his nisba or adjective (مسؤول أمني,
    مسؤول كبير, مسؤول أمريكي), a three-letter nisba (طبي) and the feminine
    and plural adjectives (مصادر مطلعة) lost the body glued to بـ that the
    same shape with مصدر kept."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"وقال مصدر طبي بمستشفى الشفاء إن «{_HARD}».",
                "مصدر طبي بمستشفى الشفاء",
                id="a-medical-source",
            ),
            pytest.param(
                f"وقالت مصادر مطلعة بالوزارة إن «{_HARD}».",
                "مصادر مطلعة بالوزارة",
                id="informed-sources",
            ),
            pytest.param(
                f"وقال مسؤول أمني بالوزارة إن «{_HARD}».",
                "مسؤول أمني بالوزارة",
                id="an-official-and-his-nisba",
            ),
            pytest.param(
                f"وقال مسؤول أمني بمديرية أمن القاهرة إن «{_HARD}».",
                "مسؤول أمني بمديرية أمن القاهرة",
                id="a-directorate",
            ),
            pytest.param(
                f"وقال مسؤول كبير بالوزارة إن «{_HARD}».",
                "مسؤول كبير بالوزارة",
                id="a-senior-official",
            ),
            pytest.param(
                f"وقال مسؤول أمريكي بوزارة الخارجية إن «{_HARD}».",
                "مسؤول أمريكي بوزارة الخارجية",
                id="a-body-in-construct",
            ),
            pytest.param(
                f"وقال مسؤولون أمنيون بالوزارة إن «{_HARD}».",
                "مسؤولون أمنيون بالوزارة",
                id="officials-and-a-plural-nisba",
            ),
        ],
    )
    def test_the_body_is_the_sources(self, text: str, speaker: str) -> None:
        _speaks(text, speaker)

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"ورحب مسؤول كبير بالقرار، وقال إن «{_HARD}».",
                "مسؤول كبير",
                id="what-he-welcomed",
            ),
            pytest.param(
                f"والتقى مسؤول أمريكي بالسفارة، وقال إن «{_HARD}».",
                "مسؤول أمريكي",
                id="where-he-met",
            ),
            pytest.param(
                f"وأشاد مسؤول أمني بالشرطة قائلا: «{_HARD}».",
                "مسؤول أمني",
                id="whom-he-praised",
            ),
        ],
    )
    def test_near_misses_keep_their_answer(self, text: str, speaker: str) -> None:
        _speaks(text, speaker)


class TestTheThingPraisedIsNoDescription:
    """Review B R3: the praise guards of kw37 reached by no test, and the
    thing welcomed or praised, with its adjective before ", وقال", read as
    the source's body (the name in commas was looked for after it)."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"ورحب مصدر مسؤول بالوزارة الجديدة، وقال إن «{_HARD}».",
                "مصدر مسؤول",
                id="welcomed-then-said",
            ),
            pytest.param(
                f"وأشاد مصدر مسؤول بالحكومة الجديدة، وقال إن «{_HARD}».",
                "مصدر مسؤول",
                id="praised-then-said",
            ),
            pytest.param(
                f"وأشاد مصدر مسؤول بالحكومة الجديدة قائلا إن «{_HARD}».",
                "مصدر مسؤول",
                id="praised-saying",
            ),
            pytest.param(
                f"وأشاد مصدر أمني بالشرطة قائلا: «{_HARD}».",
                "مصدر أمني",
                id="praised-a-body",
            ),
            pytest.param(
                f"ونوه مصدر أمني بالشرطة، قائلا: «{_HARD}».",
                "مصدر أمني",
                id="commended-a-body",
            ),
            pytest.param(
                f"وأشاد مصدر أمني بمحافظة البصرة بجهود الشرطة قائلا: «{_HARD}».",
                "مصدر أمني",
                id="praised-a-province",
            ),
        ],
    )
    def test_the_source_alone_speaks(self, text: str, speaker: str) -> None:
        _speaks(text, speaker)

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                f"وقال أستاذ العلوم السياسية بالجامعة التونسية، أحمد الهادي، إن «{_HARD}».",
                "أحمد الهادي",
                "أستاذ العلوم السياسية بالجامعة التونسية",
                id="the-name-in-commas",
            ),
            pytest.param(
                f"وقال العضو بالمجلس الشعبي الوطني، أحمد الهادي، إن «{_HARD}».",
                "أحمد الهادي",
                "العضو بالمجلس الشعبي الوطني",
                id="the-name-in-commas-after-two-adjectives",
            ),
            pytest.param(
                f"وقال رئيس لجنة مشروع الدستور خالد حسن إن «{_HARD}».",
                "خالد حسن",
                "رئيس لجنة مشروع الدستور",
                id="a-project-in-the-posts-genitive",
            ),
            pytest.param(
                f"وقال مدير عام مشروع تطوير المدارس خالد حسن إن «{_HARD}».",
                "خالد حسن",
                "مدير عام مشروع تطوير المدارس",
                id="a-project-after-a-bare-adjective",
            ),
        ],
    )
    def test_near_misses_keep_their_answer(self, text: str, speaker: str, role: str) -> None:
        quote = quote_exactly(text, _HARD)
        assert (quote.speaker, quote.role) == (speaker, role), text
