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


class TestAPersonDrivesAnotherToSay:
    """Review B R10 (second bullet): kw36 class 6 read دفع's subject only as
    a thing ("الاحتجاجات"); when a person, a bare definite title, drives
    another, a post in construct after it opens the one driven, who
    speaks."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"ودفعت الوزيرة رئيس الحكومة إلى القول بأن «{_HARD}».",
                "رئيس الحكومة",
                id="the-minister-drove-the-premier",
            ),
            pytest.param(
                f"ودفع الرئيس وزير الخارجية إلى القول إن «{_HARD}».",
                "وزير الخارجية",
                id="the-president-drove-the-foreign-minister",
            ),
            pytest.param(
                f"ودفع المدير رئيس القسم إلى القول إن «{_HARD}».",
                "رئيس القسم",
                id="the-director-drove-the-head-of-department",
            ),
        ],
    )
    def test_the_one_driven_speaks(self, text: str, speaker: str) -> None:
        quote = quote_exactly(text, _HARD)
        assert (quote.speaker, quote.role) == (speaker, speaker), text

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                f"ودفعت الأزمة الاقتصادية الوزير إلى القول إن «{_HARD}».",
                "الوزير",
                "الوزير",
                id="a-thing-and-its-adjective-drove-a-bare-title",
            ),
            pytest.param(
                f"ودفع الغضب الشعبي وزير الداخلية أحمد سالم إلى القول: «{_HARD}».",
                "أحمد سالم",
                "وزير الداخلية",
                id="a-thing-drove-a-titled-name",
            ),
            pytest.param(
                f"ودفع المحامي خالد سالم بأن «{_HARD}».",
                "خالد سالم",
                "المحامي",
                id="pleaded",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str, role: str) -> None:
        quote = quote_exactly(text, _HARD)
        assert (quote.speaker, quote.role) == (speaker, role), text


class TestTheAttacheMetAfterTheSubjectsPost:
    """Review B R10 (first bullet): kw36 class 7 opened the one met at a
    definite title and a nationality, not at a definite title, its nisba
    and a nationality ("الملحق العسكري الفرنسي"), so the subject's role ran
    on into the attaché's (and kw36's near miss pinned that role)."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                f"وزار سامي نور وزير الدفاع الملحق العسكري الفرنسي، وقال: «{_SOON}».",
                "سامي نور",
                "وزير الدفاع",
                id="visited-the-attache",
            ),
            pytest.param(
                f"والتقى خالد سالم وزير الدفاع الملحق العسكري الأمريكي جون سميث، وقال: «{_SOON}».",
                "خالد سالم",
                "وزير الدفاع",
                id="met-the-named-attache",
            ),
            pytest.param(
                f"واستقبل أحمد سالم وزير الداخلية الملحق الأمني البريطاني، وقال: «{_SOON}».",
                "أحمد سالم",
                "وزير الداخلية",
                id="received-the-security-attache",
            ),
        ],
    )
    def test_the_subjects_post_ends(self, text: str, speaker: str, role: str) -> None:
        quote = quote_exactly(text, _SOON)
        assert (quote.speaker, quote.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                f"وقال سامي نور الملحق العسكري الفرنسي: «{_SOON}».",
                "سامي نور",
                "الملحق العسكري الفرنسي",
                id="no-verb-of-meeting",
            ),
            pytest.param(
                f"وزار سامي نور الملحق العسكري الفرنسي، وقال: «{_SOON}».",
                "سامي نور",
                "الملحق العسكري الفرنسي",
                id="the-subjects-own-post",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str, role: str) -> None:
        quote = quote_exactly(text, _SOON)
        assert (quote.speaker, quote.role) == (speaker, role), text
