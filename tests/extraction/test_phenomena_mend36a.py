"""Review findings L1-L3 (lead review A) mended by mend36a. Every sentence
here is invented.

L1 (phrases.scan_np, the one a verb of calling on takes after its subject,
words._CALLED_ON_ALWAYS): after an unnamed title and any definite genitive
("رئيس الوزراء", a broken plural; "رئيس الجمهورية", a feminine), a body's
head in the singular ("الحكومة", "البرلمان") or a plural of people that is
never an adjective ("المواطنين", "السكان", "النواب") is the verb's object,
no word of the post. Before, only a plural after a feminine, a nisba, a
title or a body's head in the singular ended the phrase ("رئيس الحزب
السلطات"), and "رئيس الوزراء المواطنين" was the speaker and his role.

L2 (phrases.phrase_entity, the post's place glued to بـ at the phrase's
end): a known town or country glued to بـ right after a definite title or
its adjective, no word after it, is where the post is held: the post and
its place speak, unnamed. Before, the town was the speaker's name
("ببنغازي").

L3 (phrases.phrase_entity, words._IN_ITS_NAME): "in her (his, their)
name" with its pronoun after a spokesman's definite title is the post's
last word, and a name of one word after it is the speaker. Before, the
name had to be two words; with one, "باسمها سامي" was the name and the
role lost "باسمها".
"""

from __future__ import annotations

import pytest

from tests.extraction.helpers import one


def _check(text: str, fragment: str, speaker: str, role: str | None) -> None:
    q = one(text, fragment)
    assert (q.speaker, q.role) == (speaker, role)


class TestOneCalledOnAfterAnyDefiniteGenitive:
    @pytest.mark.parametrize(
        "text, fragment, speaker",
        [
            pytest.param(
                "ودعا رئيس الوزراء المواطنين إلى الهدوء قائلا: «الأزمة عابرة».",
                "الأزمة عابرة",
                "رئيس الوزراء",
                id="citizens-after-ministers",
            ),
            pytest.param(
                "ودعا رئيس الجمهورية الحكومة إلى الإسراع، وقال: «لا وقت نضيعه».",
                "لا وقت",
                "رئيس الجمهورية",
                id="the-government",
            ),
            pytest.param(
                "وناشد رئيس الوزراء السكان «البقاء في منازلهم حتى انتهاء العاصفة».",
                "البقاء في",
                "رئيس الوزراء",
                id="the-inhabitants",
            ),
            pytest.param(
                "وطالب رئيس الجمهورية البرلمان بـ«إقرار الموازنة دون تأخير».",
                "إقرار الموازنة",
                "رئيس الجمهورية",
                id="the-parliament",
            ),
            pytest.param(
                "ودعا رئيس الوزراء النواب إلى «إقرار الموازنة دون تأخير».",
                "إقرار الموازنة",
                "رئيس الوزراء",
                id="the-deputies",
            ),
            pytest.param(
                "وناشد الأمين العام الحكومة «التدخل العاجل لإنقاذ الموسم».",
                "التدخل العاجل",
                "الأمين العام",
                id="after-an-adjective",
            ),
        ],
    )
    def test_object(self, text: str, fragment: str, speaker: str) -> None:
        _check(text, fragment, speaker, speaker)

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                # named: the one called on after the name, as before
                "ودعا رئيس السلطة الفلسطينية محمود عباس المجتمع الدولي إلى التدخل، "
                "وقال: «لا وقت نضيعه».",
                "لا وقت",
                "محمود عباس",
                "رئيس السلطة الفلسطينية",
                id="named",
            ),
            pytest.param(
                "وقال رئيس سلطة المياه مازن غنيم: «لا وقت نضيعه».",
                "لا وقت",
                "مازن غنيم",
                "رئيس سلطة المياه",
                id="a-body-in-construct",
            ),
            pytest.param(
                # a body's head shaped as a nisba is an adjective
                "ودعا وزير الشؤون الخارجية إلى «حل سلمي للأزمة».",
                "حل سلمي",
                "وزير الشؤون الخارجية",
                "وزير الشؤون الخارجية",
                id="a-nisba",
            ),
            pytest.param(
                "ودعا رئيس الحكومة الاتحادية إلى «حل سلمي للأزمة».",
                "حل سلمي",
                "رئيس الحكومة الاتحادية",
                "رئيس الحكومة الاتحادية",
                id="federal",
            ),
            pytest.param(
                # a participle in the plural describes the plural before it
                "ودعا رئيس رابطة الطلاب المحتجين إلى «حل سلمي للأزمة».",
                "حل سلمي",
                "رئيس رابطة الطلاب المحتجين",
                "رئيس رابطة الطلاب المحتجين",
                id="a-participle",
            ),
            pytest.param(
                "ودعا رئيس رابطة الأطباء الشباب إلى «حل سلمي للأزمة».",
                "حل سلمي",
                "رئيس رابطة الأطباء الشباب",
                "رئيس رابطة الأطباء الشباب",
                id="young",
            ),
        ],
    )
    def test_near_miss(self, text: str, fragment: str, speaker: str, role: str) -> None:
        _check(text, fragment, speaker, role)


class TestATownInBaEndsAnUnnamedPost:
    @pytest.mark.parametrize(
        "text, fragment, speaker",
        [
            pytest.param(
                "وقال القنصل الأمريكي ببنغازي: «الوضع الأمني متدهور».",
                "الوضع الأمني",
                "القنصل الأمريكي ببنغازي",
                id="a-consul",
            ),
            pytest.param(
                "وقال القنصل العام بحلب إن «الوضع صعب».",
                "الوضع صعب",
                "القنصل العام بحلب",
                id="a-consul-general",
            ),
            pytest.param(
                "وقال المبعوث الأممي بعدن: «المفاوضات متعثرة».",
                "المفاوضات متعثرة",
                "المبعوث الأممي بعدن",
                id="an-envoy",
            ),
        ],
    )
    def test_unnamed(self, text: str, fragment: str, speaker: str) -> None:
        _check(text, fragment, speaker, speaker)

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "وقال السفير ببغداد جيمس جيفري إن «الوضع الأمني متدهور».",
                "الوضع الأمني",
                "جيمس جيفري",
                "السفير ببغداد",
                id="a-name-after-the-town",
            ),
            pytest.param(
                "وقال المطران بولس مطر: «الوضع الأمني متدهور».",
                "الوضع الأمني",
                "بولس مطر",
                "المطران",
                id="a-given-name-in-ba",
            ),
            pytest.param(
                "وقال البطريرك الماروني بشارة بطرس الراعي: «الوضع الأمني متدهور».",
                "الوضع الأمني",
                "بشارة بطرس الراعي",
                "البطريرك الماروني",
                id="after-an-adjective",
            ),
            pytest.param(
                # a given name of one word in ب, no town
                "وقال القنصل الأمريكي بسام: «الوضع الأمني متدهور».",
                "الوضع الأمني",
                "بسام",
                "القنصل الأمريكي",
                id="a-one-word-name",
            ),
        ],
    )
    def test_near_miss(self, text: str, fragment: str, speaker: str, role: str) -> None:
        _check(text, fragment, speaker, role)


class TestASpokesmanInItsNameThenOneName:
    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "وقال المتحدث باسمها سامي: «الحركة لن تتراجع».",
                "الحركة لن",
                "سامي",
                "المتحدث باسمها",
                id="her-name",
            ),
            pytest.param(
                "وقال الناطق الرسمي باسمه خالد: «الحزب لن يتراجع».",
                "الحزب لن",
                "خالد",
                "الناطق الرسمي باسمه",
                id="his-name",
            ),
            pytest.param(
                "وأكد المتحدث باسمهم سامي أن «الحركة لن تتراجع».",
                "الحركة لن",
                "سامي",
                "المتحدث باسمهم",
                id="their-name",
            ),
        ],
    )
    def test_name(self, text: str, fragment: str, speaker: str, role: str) -> None:
        _check(text, fragment, speaker, role)

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "وقالت المتحدثة باسمها سلمى الحداد: «الحركة لن تتراجع».",
                "الحركة لن",
                "سلمى الحداد",
                "المتحدثة باسمها",
                id="two-words",
            ),
            pytest.param(
                "وقال المتحدث باسم الحركة سامي الحداد: «الحركة لن تتراجع».",
                "الحركة لن",
                "سامي الحداد",
                "المتحدث باسم الحركة",
                id="the-body-named",
            ),
            pytest.param(
                "وقال المتحدث الرسمي سامي: «الحركة لن تتراجع».",
                "الحركة لن",
                "سامي",
                "المتحدث الرسمي",
                id="no-basim",
            ),
            pytest.param(
                # "باسمة", a woman's given name, folds as "باسمه" does
                "وقالت الناطقة باسمة: «اللقاء كان مثمرا».",
                "اللقاء كان",
                "باسمة",
                "الناطقة",
                id="a-womans-name",
            ),
        ],
    )
    def test_near_miss(self, text: str, fragment: str, speaker: str, role: str) -> None:
        _check(text, fragment, speaker, role)
