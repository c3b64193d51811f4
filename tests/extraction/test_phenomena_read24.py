"""Mends of the final read's findings (read24, reports A, B and C). Every
sentence here is invented. Each engineer writes in a class block of their
own, prefixed with their tag.
"""

from __future__ import annotations

import pytest

from claims.extraction import extract


def _quotes(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.role) for q in extract(text)]


# mend24a: report A finding 1. "ما جاء/ورد على لسان X" after "according to"
# (بحسب، حسب، وفق، وفقا، طبقا، تبعا, with or without و) is X's account, a
# source; dev24s's skip (the object of a verb: "وأكد Y ما جاء على لسان X")
# had taken it too, and X was lost.
class TestMend24aAccordingToWhatCameOnTongue:
    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            (
                "وبحسب ما جاء على لسان المتحدث باسم الدفاع المدني كريم ناصر، فإن «الحريق أخمد».",
                "الحريق أخمد",
                "كريم ناصر",
                "المتحدث باسم الدفاع المدني",
            ),
            (
                "ووفق ما ورد على لسان الوزيرة هالة يوسف فإن «المدارس ستفتح في الموعد».",
                "المدارس ستفتح في الموعد",
                "هالة يوسف",
                "الوزيرة",
            ),
            (
                "وحسب ما جاء على لسان مدير الميناء، فإن «السفن ستدخل غدا».",
                "السفن ستدخل غدا",
                "مدير الميناء",
                "مدير الميناء",
            ),
            (
                "ووفقا لما جاء على لسان الناطق باسم البلدية عادل حمدي، فإن «الطريق سيفتح».",
                "الطريق سيفتح",
                "عادل حمدي",
                "الناطق باسم البلدية",
            ),
            (
                "وطبقا لما ورد على لسان رئيس اللجنة نبيل عيسى، فإن «التقرير سينشر قريبا».",
                "التقرير سينشر قريبا",
                "نبيل عيسى",
                "رئيس اللجنة",
            ),
        ],
        ids=["bihasab-ma-jaa", "wifq-ma-warad", "hasab-title-alone", "wifqan-lima", "tibqan-lima"],
    )
    def test_the_one_on_whose_tongue_speaks(self, text, words, speaker, role):
        assert [q for q in _quotes(text) if q[0] == words] == [(words, speaker, role)]

    @pytest.mark.parametrize(
        "text, words, speaker",
        [
            (
                "وأكد النائب سليم داود ما جاء على لسان رئيس الكتلة، "
                "وأضاف: «لن نصوت على الميزانية».",
                "لن نصوت على الميزانية",
                "سليم داود",
            ),
            (
                "ورد الوزير فادي منصور على ما ورد على لسان المعارض، مؤكدا أن «الأرقام صحيحة».",
                "الأرقام صحيحة",
                "فادي منصور",
            ),
        ],
        ids=["confirmed-object", "answered-object"],
    )
    def test_the_object_of_a_verb_is_no_source(self, text, words, speaker):
        assert [q[0] for q in _quotes(text) if q[0] == words] == [words]
        assert speaker in [q[1] for q in _quotes(text) if q[0] == words]


# mend24a: report A finding 2. على, an idiom's noun that is a family name too
# (خلاف، حساب، غرار), then أنّ, a colon, a comma or "في تصريح": nothing goes on
# with the idiom, the name Ali and his family name speak; the idiom with its
# complement ("على صعيد آخر", "على خلاف ذلك") is still no name (dev24s).
class TestMend24aAliBeforeAnIdiomNounThatEnds:
    @pytest.mark.parametrize(
        "text, words, speaker",
        [
            ("وقال على خلاف إن «الميزانية لا تكفي».", "الميزانية لا تكفي", "على خلاف"),
            (
                "وأضاف على خلاف في تصريح صحفي أن «المفاوضات متعثرة».",
                "المفاوضات متعثرة",
                "على خلاف",
            ),
            ("وقال على خلاف: «سنواصل الإضراب».", "سنواصل الإضراب", "على خلاف"),
            ("وقال على حساب إن «الفريق جاهز للمباراة».", "الفريق جاهز للمباراة", "على حساب"),
        ],
        ids=["khilaf-that", "khilaf-in-a-statement", "khilaf-colon", "hisab-that"],
    )
    def test_ali_and_his_family_name_speak(self, text, words, speaker):
        assert [q[1] for q in _quotes(text) if q[0] == words] == [speaker]

    @pytest.mark.parametrize(
        "text, words",
        [
            ("وأوضح على صعيد آخر أن «الأسعار ستنخفض».", "الأسعار ستنخفض"),
            ("وقال على خلاف ذلك إن «الخطة ناجحة».", "الخطة ناجحة"),
            ("وذكر على حساب الوزارة أن «الرحلة مجانية».", "الرحلة مجانية"),
        ],
        ids=["on-another-level", "contrary-to-that", "on-the-account"],
    )
    def test_the_idiom_going_on_is_no_name(self, text, words):
        assert [q[1] for q in _quotes(text) if q[0] == words] == [None]
