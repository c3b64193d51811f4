"""Misreadings review A found (mend34a) in the name Ali rev37 reads in the
source a relay's عن introduces ("نقلت الوكالة عن رئيس الوزراء علي X
قوله"). علي, على written with its ya as scraped text often has it, was read
as the name before the noun of an idiom of على ("علي حد قوله", "علي
عجل"), after a participle that takes على ("المصدر المطلع علي تفاصيل
الاتفاق") and before a broken plural with its genitive ("علي أسعار
الوقود"); and a source could end in علي when no word of the name went on
after it. Every sentence here is invented; one class per rule."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import quote_exactly

_TENSE = "العلاقات متوترة"


class TestAliBeforeAnIdiomOfAla:
    """ "ونقلت الصحيفة عن الدبلوماسي علي حد قوله إن «…»": علي before the
    noun of an idiom of على (حد، عجل، الفور، لسان، خلفية، اطلاع، صلة،
    علم …) is the preposition, no name Ali; the source before it speaks."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                f"ونقلت صحيفة الأخبار عن الدبلوماسي علي حد قوله إن «{_TENSE}».",
                "الدبلوماسي",
                "الدبلوماسي",
                id="reviewer-ala-hadd-qawlihi",
            ),
            pytest.param(
                f"ونقلت المصادر عن المسؤول علي عجل قوله: «{_TENSE}».",
                "المسؤول",
                "المسؤول",
                id="reviewer-ala-ajal-colon",
            ),
            pytest.param(
                f"ونقل الموقع عن المحلل السياسي علي عجل قوله إن «{_TENSE}».",
                "المحلل السياسي",
                "المحلل السياسي",
                id="a-title-and-its-nisba",
            ),
            pytest.param(
                f"ونقلت الإذاعة عن الناطقة علي حد قولها إن «{_TENSE}».",
                "الناطقة",
                "الناطقة",
                id="feminine-qawliha",
            ),
        ],
    )
    def test_the_source_speaks(self, text: str, speaker: str, role: str) -> None:
        quote = quote_exactly(text, _TENSE)
        assert (quote.speaker, quote.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                f"نقلت الوكالة عن وزير الخارجية علي كرتي قوله إن «{_TENSE}».",
                "علي كرتي",
                "وزير الخارجية",
                id="reviewer-a-bare-family-name",
            ),
            pytest.param(
                f"نقلت الوكالة عن الأمين العام علي الشامي قوله: «{_TENSE}».",
                "علي الشامي",
                "الأمين العام",
                id="reviewer-a-nisba-and-colon",
            ),
            pytest.param(
                f"ونقلت قناة الجزيرة عن وزير الخارجية علي الصادق قوله: «{_TENSE}».",
                "علي الصادق",
                "وزير الخارجية",
                id="one-definite-word-then-the-saying",
            ),
            pytest.param(
                f"ونقلت الإذاعة عن الناطق الرسمي علي الفاضل قوله: «{_TENSE}».",
                "علي الفاضل",
                "الناطق الرسمي",
                id="after-a-nisba",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str, role: str) -> None:
        quote = quote_exactly(text, _TENSE)
        assert (quote.speaker, quote.role) == (speaker, role), text


_SOON = "التوقيع قريب"


class TestAliAfterAParticipleThatTakesAla:
    """ "عن المصدر المطلع علي تفاصيل الاتفاق قوله", "عن مصدر مطلع علي سير
    المفاوضات": after a participle whose verb takes على (مطلع، المشرف،
    القائم، الحريص …), علي is that preposition; the source and its
    participle speak. After a post's participle a nisba with the article or
    a patron still names Ali ("النائب المحسوب علي بن سالم")."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                f"ونقلت الوكالة عن المصدر المطلع علي تفاصيل الاتفاق قوله إن «{_SOON}».",
                "المصدر المطلع",
                "المصدر المطلع",
                id="reviewer-the-informed-source",
            ),
            pytest.param(
                f"ونقلت الصحيفة عن مصدر مطلع علي سير المفاوضات قوله إن «{_SOON}».",
                "مصدر مطلع",
                "مصدر مطلع",
                id="an-indefinite-informed-source",
            ),
            pytest.param(
                f"ونقلت الوكالة عن المسؤول المطلع علي الملف قوله: «{_SOON}».",
                "المسؤول المطلع",
                "المسؤول المطلع",
                id="one-definite-word-then-the-colon",
            ),
            pytest.param(
                f"ونقلت الوكالة عن مصادر مطلعة علي سير التحقيق قولها إن «{_SOON}».",
                "مصادر مطلعة",
                "مصادر مطلعة",
                id="plural-sources",
            ),
            pytest.param(
                f"ونقلت الوكالة عن المصدر المطلع علي المفاوضات قوله إن «{_SOON}».",
                "المصدر المطلع",
                "المصدر المطلع",
                id="the-role-kept",
            ),
        ],
    )
    def test_the_source_speaks(self, text: str, speaker: str, role: str) -> None:
        quote = quote_exactly(text, _SOON)
        assert (quote.speaker, quote.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                f"ونقلت الصحيفة عن النائب المحسوب علي بن سالم قوله إن «{_SOON}».",
                "علي بن سالم",
                "النائب المحسوب",
                id="a-patron-after-a-posts-participle",
            ),
            pytest.param(
                f"ونقلت الصحيفة عن المشرف العام علي الهاشمي قوله إن «{_SOON}».",
                "علي الهاشمي",
                "المشرف العام",
                id="the-participle-a-post",
            ),
            pytest.param(
                f"ونقلت الصحيفة عن المسؤول علي الشامي قوله إن «{_SOON}».",
                "علي الشامي",
                "المسؤول",
                id="a-nisba-after-the-official",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str, role: str) -> None:
        quote = quote_exactly(text, _SOON)
        assert (quote.speaker, quote.role) == (speaker, role), text


_LATER = "التنفيذ يبدأ الشهر المقبل"


class TestNoRelayedSourceEndsInAli:
    """ "عن المصدر الرسمي علي تفاصيل الاتفاق قوله": when no word of the name
    goes on after علي read as Ali, the source ends before it, never in it;
    and a broken plural أفعال with its definite genitive after علي ("علي
    أسعار الوقود", "علي أوضاع اللاجئين") is what على takes, no name."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                f"ونقلت الوكالة عن المصدر الرسمي علي تفاصيل الاتفاق قوله إن «{_LATER}».",
                "المصدر الرسمي",
                "المصدر الرسمي",
                id="a-nisba-then-ali-and-a-plural",
            ),
            pytest.param(
                f"ونقلت الصحيفة عن المصدر الحكومي علي تفاصيل الخطة قوله إن «{_LATER}».",
                "المصدر الحكومي",
                "المصدر الحكومي",
                id="another-source",
            ),
            pytest.param(
                f"ونقلت القناة عن الخبير الاقتصادي علي أسعار الوقود قوله إن «{_LATER}».",
                "الخبير الاقتصادي",
                "الخبير الاقتصادي",
                id="a-broken-plural-afaal",
            ),
            pytest.param(
                f"ونقلت الوكالة عن المسؤولة الأممية علي أوضاع اللاجئين قولها إن «{_LATER}».",
                "المسؤولة الأممية",
                "المسؤولة الأممية",
                id="a-broken-plural-after-a-woman",
            ),
        ],
    )
    def test_the_source_speaks(self, text: str, speaker: str, role: str) -> None:
        quote = quote_exactly(text, _LATER)
        assert (quote.speaker, quote.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                f"ونقلت الصحيفة عن المدير العام علي إحسان الطيب قوله إن «{_LATER}».",
                "علي إحسان الطيب",
                "المدير العام",
                id="a-given-name-of-the-plurals-shape",
            ),
            pytest.param(
                f"ونقلت الصحيفة عن الرئيس الأسبق علي عبدالله صالح قوله: «{_LATER}».",
                "علي عبدالله صالح",
                "الرئيس الأسبق",
                id="a-name-in-abd",
            ),
            pytest.param(
                f"نقلت الوكالة عن رئيس الوزراء علي المقبلي قوله إن «{_LATER}».",
                "علي المقبلي",
                "رئيس الوزراء",
                id="a-nisba",
            ),
            pytest.param(
                f"ونقلت القناة عن المتحدث علي حسن قوله إن «{_LATER}».",
                "علي حسن",
                "المتحدث",
                id="a-bare-name",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str, role: str) -> None:
        quote = quote_exactly(text, _LATER)
        assert (quote.speaker, quote.role) == (speaker, role), text
