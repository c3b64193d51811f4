"""reviewB's R7, R8, R10 (and R9's gaps of the same rules) mended by
mend36d. Every sentence here is invented."""

from __future__ import annotations

import pytest

from claims.extraction.speakers import _post_of_another
from tests.extraction.helpers import quote_exactly

_HARD = "الوضع صعب"
_FIRST = "الوضع جيد"


class TestTheSamePersonReDescribedGoesOn:
    """R8 (kw38's 2186fef4): "…، وقال" after an unnamed post that re-describes
    the person just quoted (another head, other words of the same post or
    body) is still he; only a post surely another's (a deputy's post's
    superior, or one sharing no word) speaks over him."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                f"قال الرئيس الفرنسي جان دوبون إن «{_FIRST}». "
                f"وانتقد رئيس الجمهورية الفرنسية القرار، وقال إن «{_HARD}».",
                "جان دوبون",
                "الرئيس الفرنسي",
                id="the-republic-for-the-president",
            ),
            pytest.param(
                f"قال الأمين العام للأمم المتحدة سامي الخوري إن «{_FIRST}». "
                f"وحث المسؤول الأممي الدول على التحرك، وقال إن «{_HARD}».",
                "سامي الخوري",
                "الأمين العام للأمم المتحدة",
                id="the-un-official",
            ),
            pytest.param(
                f"قالت المفوضة الأوروبية سلمى حداد إن «{_FIRST}». "
                f"وانتقدت رئيسة المفوضية القرار، وقالت إن «{_HARD}».",
                "سلمى حداد",
                "المفوضة الأوروبية",
                id="the-commissions-head",
            ),
            pytest.param(
                f"قال الرئيس المصري كريم عادل إن «{_FIRST}». "
                f"وانتقد رئيس الجمهورية المصرية القرار، وقال إن «{_HARD}».",
                "كريم عادل",
                "الرئيس المصري",
                id="the-republic-again",
            ),
        ],
    )
    def test_he_goes_on(self, text: str, speaker: str, role: str) -> None:
        quote = quote_exactly(text, _HARD)
        assert (quote.speaker, quote.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"قال وزير الخارجية سامي الخوري إن «{_FIRST}». "
                f"وانتقد وزير الداخلية القرار، وقال: «{_HARD}».",
                "وزير الداخلية",
                id="another-ministry",
            ),
            pytest.param(
                f"قال نائب رئيس الوزراء سامي الخوري إن «{_FIRST}». "
                f"وانتقد رئيس الوزراء القرار، وقال: «{_HARD}».",
                "رئيس الوزراء",
                id="the-deputys-superior",
            ),
            pytest.param(
                f"قال قائد الجيش سامي الخوري إن «{_FIRST}». "
                f"وانتقد وزير الصحة القرار، وقال: «{_HARD}».",
                "وزير الصحة",
                id="no-word-shared",
            ),
        ],
    )
    def test_another_post_still_speaks(self, text: str, speaker: str) -> None:
        quote = quote_exactly(text, _HARD)
        assert (quote.speaker, quote.role) == (speaker, speaker), text


class TestPostOfAnother:
    """R9: the conditions of the override's brake, one by one."""

    @pytest.mark.parametrize(
        "said, held",
        [
            ("أمير المنطقة", "نائب أمير المنطقة"),
            ("وزير الخارجية", "مساعد وزير الخارجية"),
            ("وزير الخارجية", "السفير"),
            ("وزير الداخلية", "وزير الخارجية"),
        ],
    )
    def test_another(self, said: str, held: str) -> None:
        assert _post_of_another(said, held)

    @pytest.mark.parametrize(
        "said, held",
        [
            # _post_held: the post said again, or shortened
            ("وزير الخارجية", "وزير الخارجية"),
            ("وزير الخارجية", "وزير الخارجية والتعاون الدولي"),
            # the bare title
            ("الوزير", "وزير الخارجية"),
            # the head and a common word only
            ("المدير العام", "مدير الشركة"),
            # a shared stem: nisba and its ة, the body and its nisba
            ("رئيس الجمهورية الفرنسية", "الرئيس الفرنسي"),
            ("المسؤول الأممي", "الأمين العام للأمم المتحدة"),
            ("رئيسة المفوضية", "المفوضة الأوروبية"),
            # a name in the held post's parentheses
            ("المسؤول في الأونروا", "مدير وكالة الإغاثة (الأونروا)"),
        ],
    )
    def test_his(self, said: str, held: str) -> None:
        assert not _post_of_another(said, held)

    def test_a_common_word_shares_nothing(self) -> None:
        # "العام" in both: still two posts
        assert _post_of_another("المدير العام للشركة", "الأمين العام للحزب")


class TestADirectorOfTheBodyNamedAgain:
    """R10 (kw38's 458435be): "وقال مدير الأونروا" after "مدير وكالة …
    (الأونروا) X", or "مدير الوكالة" after "مدير الأونروا X", is X: the body
    named again by the name in the earlier post's parentheses or by its
    common noun alone."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                f"قال مدير وكالة إغاثة اللاجئين (الأونروا) سامي الخوري إن «{_FIRST}». "
                f"وقال مدير الأونروا إن «{_HARD}».",
                "سامي الخوري",
                "مدير وكالة إغاثة اللاجئين (الأونروا)",
                id="acronym-in-parentheses",
            ),
            pytest.param(
                f"قال مدير وكالة إغاثة اللاجئين (أونروا) سامي الخوري إن «{_FIRST}». "
                f"وقال مدير الأونروا إن «{_HARD}».",
                "سامي الخوري",
                "مدير وكالة إغاثة اللاجئين (أونروا)",
                id="acronym-without-article",
            ),
            pytest.param(
                f"قالت مديرة منظمة رعاية الطفولة (يونيسف) سلمى حداد إن «{_FIRST}». "
                f"وقالت مديرة اليونيسف إن «{_HARD}».",
                "سلمى حداد",
                "مديرة منظمة رعاية الطفولة (يونيسف)",
                id="a-woman-director",
            ),
            pytest.param(
                f"قال مدير الأونروا سامي الخوري إن «{_FIRST}». وقال مدير الوكالة إن «{_HARD}».",
                "سامي الخوري",
                "مدير الأونروا",
                id="the-agency",
            ),
        ],
    )
    def test_the_same_director(self, text: str, speaker: str, role: str) -> None:
        quote = quote_exactly(text, _HARD)
        assert (quote.speaker, quote.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"قال مدير الأونروا سامي الخوري إن «{_FIRST}». وقال مدير الجمارك إن «{_HARD}».",
                "مدير الجمارك",
                id="another-body",
            ),
            pytest.param(
                f"قال مدير وكالة إغاثة اللاجئين (الأونروا) سامي الخوري إن «{_FIRST}». "
                f"وقال مدير الشرطة إن «{_HARD}».",
                "مدير الشرطة",
                id="parentheses-another-body",
            ),
            pytest.param(
                f"قال مدير المدرسة سامي الخوري إن «{_FIRST}». وقال مدير المستشفى إن «{_HARD}».",
                "مدير المستشفى",
                id="no-common-noun-of-a-named-body",
            ),
        ],
    )
    def test_another_director(self, text: str, speaker: str) -> None:
        quote = quote_exactly(text, _HARD)
        assert (quote.speaker, quote.role) == (speaker, speaker), text


class TestThenAndAHeadOfStatesRank:
    """R7 (rev39's a8cc3a7d): after "مستشار الرئيس … آنذاك" a rank a head of
    state bears himself (المشير, الفريق) opens the president's name, not the
    adviser's: the phrase is one unnamed adviser, as before the rule."""

    @pytest.mark.parametrize(
        "phrase",
        [
            pytest.param("مستشار الرئيس السوداني آنذاك المشير كريم عادل", id="marshal"),
            pytest.param("مستشار الرئيس المصري آنذاك المشير سامي عبد الكريم", id="marshal-egypt"),
            pytest.param("مستشار الرئيس السوداني وقتها الفريق كريم عادل", id="general"),
        ],
    )
    def test_the_presidents_name(self, phrase: str) -> None:
        text = f"نقل الدبلوماسي عن {phrase} قوله إن «{_HARD}»."
        quote = quote_exactly(text, _HARD)
        assert quote.speaker != "كريم عادل" and quote.speaker != "سامي عبد الكريم", (
            text,
            quote.speaker,
        )
        assert quote.speaker is None or phrase.split()[0] in quote.speaker, quote.speaker

    @pytest.mark.parametrize(
        "phrase, speaker, role",
        [
            pytest.param(
                "مستشار الرئيس السوداني آنذاك العميد كريم عادل",
                "كريم عادل",
                "مستشار الرئيس السوداني آنذاك",
                id="another-rank",
            ),
            pytest.param(
                "مستشار الرئيس آنذاك الدكتور كريم عادل",
                "كريم عادل",
                "مستشار الرئيس آنذاك",
                id="an-honorific",
            ),
        ],
    )
    def test_the_advisers_name(self, phrase: str, speaker: str, role: str) -> None:
        text = f"نقل الدبلوماسي عن {phrase} قوله إن «{_HARD}»."
        quote = quote_exactly(text, _HARD)
        assert (quote.speaker, quote.role) == (speaker, role), text

    def test_then_is_what_opens_it(self) -> None:
        # R9: without "then" the honorific opens the president's name
        text = f"نقل الدبلوماسي عن مستشار الرئيس السوداني الدكتور كريم عادل قوله إن «{_HARD}»."
        quote = quote_exactly(text, _HARD)
        assert quote.speaker != "كريم عادل", quote.speaker
