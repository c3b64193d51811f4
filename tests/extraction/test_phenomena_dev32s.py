"""Wrong speakers found on the twelfth session's development set (dev32s).
Every sentence here is invented; one class per rule."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import quote_exactly

_WORDS = "لن نقبل بأي مساس بحصتنا من المياه"
_BEFORE = "وقال متحدث باسم وزارة الري إن المفاوضات متعثرة.\n"


class TestPluperfectSubjectSetOffByAComma:
    """ "وكان الرئيس X، شدد على أن «…»": كان opens the clause, its subject
    (a titled person, a post, a bare name) is set off from the verb by a
    comma with no قد between; the subject speaks. Before, the verb read as
    having no subject and its pronoun went back to the speaker before."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"{_BEFORE}وكان الرئيس كمال الدباغ، شدد على أن “{_WORDS}”.",
                "كمال الدباغ",
                id="a-titled-name",
            ),
            pytest.param(
                f"{_BEFORE}وكان رئيس الوزراء نبيل الشامي، شدد في كلمته على أن “{_WORDS}”.",
                "نبيل الشامي",
                id="a-post-and-name-then-where",
            ),
            pytest.param(
                f"{_BEFORE}وكان وزير الخارجية، أكد أن “{_WORDS}”.",
                "وزير الخارجية",
                id="a-post-with-no-name",
            ),
            pytest.param(
                f"{_BEFORE}وكان المتحدث باسم الحزب، شدد على أن “{_WORDS}”.",
                "المتحدث باسم الحزب",
                id="a-spokesman",
            ),
            pytest.param(
                f"{_BEFORE}وكان كمال الدباغ، شدد على أن “{_WORDS}”.",
                "كمال الدباغ",
                id="a-bare-name",
            ),
        ],
    )
    def test_the_subject_speaks(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _WORDS).speaker == speaker, text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"{_BEFORE}وكان الرئيس كمال الدباغ قد شدد على أن “{_WORDS}”.",
                "كمال الدباغ",
                id="with-qad-no-comma",
            ),
            pytest.param(
                f"{_BEFORE}وكان الاجتماع هادئا، قال: “{_WORDS}”.",
                "متحدث باسم وزارة الري",
                id="kana-and-its-predicate",
            ),
            pytest.param(
                f"{_BEFORE}وكان الرئيس كمال الدباغ، رئيس الحزب، قال: “{_WORDS}”.",
                "كمال الدباغ",
                id="an-apposition-in-commas",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _WORDS).speaker == speaker, text


_DEMAND = "لن نتراجع عن مطالبنا"


class TestNameAfterAPostsCommaThenMin:
    """ "حذر وزير الخارجية، X Y من تدهور الأوضاع …، قائلا: «…»" with the
    surname named again later: the name set off after the post's comma has
    no closing comma and runs on into the verb's complement من, which is no
    word of it; the name ends before من (also after a member of a body in
    construct, "عضو مجلس النواب، X Y من", which the test of an anonymous
    head had kept from its name)."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                "اشتكى عضو المجلس البلدي، كريم العلوي من تراكم النفايات في الأحياء "
                f"الشعبية منذ أسابيع، قائلاً: «{_DEMAND}».\nوطالب العلوي بتدخل عاجل.",
                "كريم العلوي",
                id="a-member-of-a-body-long-complement",
            ),
            pytest.param(
                "حذر وزير الخارجية، نبيل الشامي من تدهور الأوضاع في المنطقة، "
                f"وقال: «{_DEMAND}».\nوأضاف الشامي أن الحل سياسي.",
                "نبيل الشامي",
                id="a-minister-then-and-said",
            ),
            pytest.param(
                f"سخر عضو مجلس النواب، كريم العلوي من الأوضاع، قائلاً: «{_DEMAND}».\n"
                "وأضاف العلوي أن الوضع صعب.",
                "كريم العلوي",
                id="a-short-complement-not-in-the-name",
            ),
        ],
    )
    def test_the_name_speaks(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _DEMAND).speaker == speaker, text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"قال مدير المكتب، نبيل الشامي، من بيروت إن «{_DEMAND}».\n"
                "وأضاف الشامي أن الحل سياسي.",
                "نبيل الشامي",
                id="the-name-closed-by-a-comma",
            ),
            pytest.param(
                f"سخر عضو مجلس النواب، كريم العلوي، من الأوضاع، قائلاً: «{_DEMAND}».\n"
                "وأضاف العلوي أن الوضع صعب.",
                "كريم العلوي",
                id="a-member-named-in-commas",
            ),
            pytest.param(
                f"حذر مستثمر مغربي، رفض الكشف عن هويته، من تراجع الأسواق، قائلا: «{_DEMAND}».",
                "مستثمر مغربي",
                id="an-unnamed-source-and-his-clause",
            ),
            pytest.param(
                "اشتكى عضو المجلس البلدي كريم العلوي من تراكم النفايات في الأحياء "
                f"الشعبية، قائلاً: «{_DEMAND}».\nوطالب العلوي بتدخل عاجل.",
                "كريم العلوي",
                id="no-comma-after-the-post",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _DEMAND).speaker == speaker, text


_PLEDGE = "سنبقى على العهد مهما طال الزمن"


class TestLongBodyNameInMarksAfterThePostsPreposition:
    """ "القيادي البارز في “هيئة … وحلفائها”، X، …": the body's name in marks
    after the post's preposition, headed by a body's noun, runs to seven
    words or more (up to ten); it is part of the post and the name after
    its comma the holder's. Before, past six words the post ended at its
    preposition and the name was lost."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                "وقال القيادي البارز في “حركة أبناء الوطن الأحرار للتغيير والبناء "
                f"والتنمية”، كريم العلوي، إن “{_PLEDGE}”.",
                "كريم العلوي",
                id="seven-words-then-inna",
            ),
            pytest.param(
                "من جانبه شدد القيادي في “جبهة الإنقاذ – تحالف القوى الوطنية وحلفائها”، "
                f"نبيل الشامي، أمس، على أن المنطقة آمنة.\nوقال في تدوينة له: “{_PLEDGE}”.",
                "نبيل الشامي",
                id="a-dashed-name-then-his-pronoun",
            ),
            pytest.param(
                "وقال العضو في “الهيئة العليا لحقوق الإنسان والحريات العامة في "
                f"الجمهورية”، كريم العلوي، إن “{_PLEDGE}”.",
                "كريم العلوي",
                id="a-body-with-the-article",
            ),
        ],
    )
    def test_the_holder_speaks(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _PLEDGE).speaker == speaker, text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"وكتب القيادي في “تدوينة نشرها على حسابه الرسمي في موقع فيسبوك”: “{_PLEDGE}”.",
                "القيادي",
                id="an-occasion-in-marks-no-body",
            ),
            pytest.param(
                f"وقال القيادي في “جبهة الخلاص”، كريم العلوي، إن “{_PLEDGE}”.",
                "كريم العلوي",
                id="a-short-body-name",
            ),
            pytest.param(
                f"قال مدير المكتب الإعلامي في “الدفاع المدني” كريم العلوي إن “{_PLEDGE}”.",
                "كريم العلوي",
                id="a-short-body-no-comma",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _PLEDGE).speaker == speaker, text


class TestLongBodyNameInMarksAfterBism:
    """ "المتحدث باسم “تحالف … (seven to ten words)”، X، إن": as after a
    titled post's preposition (above), a body's long name in marks after
    باسم, headed by a body's noun, is the post's; the holder named after
    it speaks. Before, past six words the post ended at باسم."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                "وقال المتحدث باسم “تحالف القوى الوطنية الديمقراطية للتغيير والبناء "
                f"والتنمية”، كريم العلوي، إن “{_PLEDGE}”.",
                "كريم العلوي",
                id="seven-words-in-commas",
            ),
            pytest.param(
                "وقال الناطق باسم “جبهة الإنقاذ – تحالف القوى الوطنية وحلفائها” "
                f"نبيل الشامي إن “{_PLEDGE}”.",
                "نبيل الشامي",
                id="a-dashed-name-no-comma",
            ),
            pytest.param(
                "وأكد المتحدث باسم “الهيئة العليا لحقوق الإنسان والحريات العامة في "
                f"الجمهورية”، كريم العلوي، أن “{_PLEDGE}”.",
                "كريم العلوي",
                id="a-body-with-the-article",
            ),
        ],
    )
    def test_the_holder_speaks(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _PLEDGE).speaker == speaker, text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"وقال المتحدث باسم “كتائب الشهداء”، كريم العلوي، إن “{_PLEDGE}”.",
                "كريم العلوي",
                id="a-short-body-name",
            ),
            pytest.param(
                "وقال متحدث باسم “المتظاهرين الذين خرجوا إلى الشوارع منذ أسابيع "
                f"للمطالبة بالإصلاح” إن “{_PLEDGE}”.",
                "متحدث",
                id="people-in-marks-no-body",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _PLEDGE).speaker == speaker, text
