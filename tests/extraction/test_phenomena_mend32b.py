"""Findings 3 and 5 of review A, mended (mend32b). Every sentence here is
invented; one class per rule."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import quote_exactly

_DEMAND = "لن نتراجع عن مطالبنا"


class TestNameBeforeTheComplementOfAVerbTakingMin:
    """ "حذر وزير الخارجية، X Y من تدهور الأوضاع …، وقال: «…»": after a
    verb whose complement من introduces (حذر، اشتكى، سخر …), the name set
    off after the post's comma ends before من, read from the sentence
    alone. Before, the name was kept only when its last word came again
    later in the text, as a substring of any word ("الشامية")."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                "حذر وزير الخارجية، نبيل الشامي من تدهور الأوضاع في المنطقة، "
                f"وقال: «{_DEMAND}».\nوأضاف الوزير أن الحل سياسي.",
                "نبيل الشامي",
                id="the-post-named-again-not-the-name",
            ),
            pytest.param(
                "اشتكى عضو المجلس البلدي، كريم العلوي من تراكم النفايات في الأحياء "
                f"الشعبية منذ أسابيع، قائلاً: «{_DEMAND}».",
                "كريم العلوي",
                id="a-member-not-named-again",
            ),
            pytest.param(
                f"وحذر رئيس النقابة، نبيل الشامي من تدهور الأوضاع في المنطقة، قائلا: «{_DEMAND}».",
                "نبيل الشامي",
                id="with-wa-and-qailan",
            ),
            pytest.param(
                f"حذرت وزيرة الصحة، سلمى الخطيب من انتشار الوباء، وقالت: «{_DEMAND}».",
                "سلمى الخطيب",
                id="feminine-short-complement",
            ),
            pytest.param(
                f"سخر عضو مجلس النواب، كريم العلوي من الأوضاع، قائلاً: «{_DEMAND}».",
                "كريم العلوي",
                id="a-member-short-complement",
            ),
        ],
    )
    def test_the_name_speaks(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _DEMAND).speaker == speaker, text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                "حذر وزير الخارجية، نبيل الشامي من تدهور الأوضاع في المنطقة، "
                f"وقال: «{_DEMAND}».\nوأضاف أن المدن الشامية تعاني.",
                "نبيل الشامي",
                id="a-later-word-holding-the-surname",
            ),
            pytest.param(
                f"وقال رئيس الحزب، سامي ناصر من مدينة حمص إن «{_DEMAND}».",
                "سامي ناصر من مدينة حمص",
                id="a-verb-of-saying-then-min",
            ),
            pytest.param(
                f"التقى وزير الخارجية، نبيل الشامي من وفد الشركة. وقال: «{_DEMAND}».",
                "وزير الخارجية",
                id="a-verb-taking-no-min",
            ),
            pytest.param(
                f"حذر مستثمر مغربي، رفض الكشف عن هويته، من تراجع الأسواق، قائلا: «{_DEMAND}».",
                "مستثمر مغربي",
                id="an-unnamed-source-and-his-clause",
            ),
            pytest.param(
                f"حذر وزير الخارجية، نبيل الشامي، من تدهور الأوضاع، قائلا: «{_DEMAND}».",
                "نبيل الشامي",
                id="the-name-closed-by-a-comma",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _DEMAND).speaker == speaker, text


_CHANT = "نريد العدالة والحرية لكل المعتقلين"
_CRY = "أخلوا المبنى فورا قبل فوات الأوان"


class TestPluralSubjectOfAThatClauseBeforeAChant:
    """ "قال X إن النساء في مدينة عمان خرجن هاتفات «…»": the clause's verb is
    the word the subject's phrase ends at, or after where the subject is
    (في، من …), not the first word with a plural's ending ("عمان" read as
    the feminine's ن); and a plural head in construct with a definite
    genitive ("رجال الإطفاء", "أفراد الأسرة") is the group that chants."""

    @pytest.mark.parametrize(
        "text, words, speaker",
        [
            pytest.param(
                f"وقالت الناشطة سلمى حداد إن النساء في مدينة عمان خرجن هاتفات «{_CHANT}».",
                _CHANT,
                "النساء",
                id="a-place-ending-in-an",
            ),
            pytest.param(
                f"وقال المتحدث إن رجال الإطفاء وصلوا صارخين «{_CRY}».",
                _CRY,
                "رجال الإطفاء",
                id="men-of-in-construct",
            ),
            pytest.param(
                f"وقال المتحدث إن أفراد الأسرة خرجوا هاتفين «{_CHANT}».",
                _CHANT,
                "أفراد الأسرة",
                id="members-of-in-construct",
            ),
            pytest.param(
                f"وقال المتحدث إن عناصر الشرطة وصلوا صارخين «{_CRY}».",
                _CRY,
                "عناصر الشرطة",
                id="elements-of-in-construct",
            ),
            pytest.param(
                f"وقال المتحدث إن المتظاهرين في ساحة الحرية خرجوا هاتفين «{_CHANT}».",
                _CHANT,
                "المتظاهرين",
                id="a-sound-plural-and-where",
            ),
        ],
    )
    def test_the_group_chants(self, text: str, words: str, speaker: str) -> None:
        assert quote_exactly(text, words).speaker == speaker, text

    @pytest.mark.parametrize(
        "text, words, speaker",
        [
            pytest.param(
                f"وقالت الناشطة سلمى حداد إن النساء خرجن هاتفات «{_CHANT}».",
                _CHANT,
                "النساء",
                id="no-place",
            ),
            pytest.param(
                f"وقال المتحدث إن المبنى كان خاليا حين وصلنا «{_CRY}».",
                _CRY,
                "المتحدث",
                id="no-participle-of-chanting",
            ),
            pytest.param(
                f"وقال المتحدث إن المتظاهرين خرجوا هاتفين «{_CHANT}».",
                _CHANT,
                "المتظاهرين",
                id="a-sound-plural-no-place",
            ),
        ],
    )
    def test_near_misses(self, text: str, words: str, speaker: str) -> None:
        assert quote_exactly(text, words).speaker == speaker, text
