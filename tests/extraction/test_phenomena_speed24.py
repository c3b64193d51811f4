"""Speed changes with the same output (fourth session of 2026-12-06,
speed24). Invented sentences through the paths each change touches, with
what they gave before the change; bench/same_output.py checks the stored
articles and the bench byte for byte."""

import pytest

from claims.extraction import extract


def _speakers(text):
    return [(q.speaker, q.role) for q in extract(text)]


class TestAppositionTailOneSetTest:
    """scan_np returns before its apposition block unless the word after
    the phrase is in words._AFTER_PHRASE (an opener, وهو/وهي, a dash)."""

    @pytest.mark.parametrize(
        "text, expected",
        [
            (
                "ويقول كريم ناصر وهو عامل في الميناء: «العمل متوقف منذ أسبوع».",
                [("كريم ناصر", "عامل في الميناء")],
            ),
            (
                "وقال هادي منصور - المدير الفني للنادي - إن «الفريق جاهز للمباراة».",
                [("هادي منصور", "المدير الفني للنادي")],
            ),
            (
                "وقال الوزير سامي عادل، المكلف بالنقل، إن «الطريق سيفتح قريبا».",
                [("سامي عادل", "الوزير")],
            ),
            # (near misses: no apposition after the phrase)
            ("وقال الوزير إن «الخطة جاهزة».", [("الوزير", "الوزير")]),
            (
                "وقال المتحدث باسم الوزارة سليم فارس: «لا تعليق».",
                [("سليم فارس", "المتحدث باسم الوزارة")],
            ),
        ],
    )
    def test_same_speakers(self, text, expected):
        assert _speakers(text) == expected


class TestAliBeforeAlaInlineTests:
    """scan_np calls ali_before_ala only for a phrase that opens with علي
    and has three words before its limit (the method's first tests)."""

    @pytest.mark.parametrize(
        "text, expected",
        [
            ("وعلق علي الخطيب على القرار قائلا: «هذا قرار صائب».", [("علي الخطيب", None)]),
            ("وقال علي حسن: «سنواصل العمل».", [("علي حسن", None)]),
            ("وعلق الوزير علي القرار على الفور: «لا تراجع».", [("الوزير", "الوزير")]),
        ],
    )
    def test_same_speakers(self, text, expected):
        assert _speakers(text) == expected


class TestClassifyTitledTestsOneGuard:
    """classify's six tests of a name read after a title (a verbal noun, a
    verb, whom the words were for) share one test of cut, role and kind."""

    @pytest.mark.parametrize(
        "text, expected",
        [
            ("وانتقد النائب أداء الحكومة، قائلا: «لا بد من التغيير».", [("النائب", "النائب")]),
            (
                "وقال وزير الصحة لمديري المستشفيات: «الجاهزية واجبة».",
                [("وزير الصحة", "وزير الصحة")],
            ),
        ],
    )
    def test_same_speakers(self, text, expected):
        assert _speakers(text) == expected
