"""Quote spans and dates read from real news constructions (dev11d, 2026-12-04).

A verb of saying and its colon, then the occasion of the words told by the
narrator ("وأضاف X: خلال المؤتمر الصحفي الذي عقده …، "…"", "وقال: في كلمته
أمام المجلس «…»", "على هامش الندوة", "عقب لقائه"), then the words in marks
that close the sentence: the occasion was filed as unmarked speech of its
own, beside the marked words. The marks hold the words said; the occasion
is no quote.

Every sentence here is invented. The positive tests fail before the rule
they test; the negative ones hold the near misses where it must not fire.
"""

import pytest

from tests.extraction.helpers import one, quotes_of


@pytest.mark.parametrize(
    "text, said, speaker",
    [
        (
            # a press conference, a relative clause, a post in commas
            "وأضاف الوزير سامي الحداد: خلال المؤتمر الصحفي الذي عقده اليوم مع نظيره "
            'التونسي، رئيس الوفد "لقد اتفقنا على تعزيز التعاون في مجالات الطاقة والنقل".',
            "لقد اتفقنا على تعزيز التعاون في مجالات الطاقة والنقل",
            "سامي الحداد",
        ),
        (
            # his speech, with its pronoun, no comma before the marks
            "وقال رئيس البلدية كمال يوسف: في كلمته أمام أعضاء المجلس البلدي مساء الأحد "
            '"إن المدينة تحتاج إلى خطة جديدة للنقل العام".',
            "إن المدينة تحتاج إلى خطة جديدة للنقل العام",
            "كمال يوسف",
        ),
        (
            # on the sidelines of a seminar, the marks ending the text
            "وتابعت الوزيرة ليلى منصور: على هامش الندوة التي نظمتها الجامعة "
            '"نحن نعمل على إصلاح شامل للمناهج الدراسية"',
            "نحن نعمل على إصلاح شامل للمناهج الدراسية",
            "ليلى منصور",
        ),
        (
            # during a meeting, with a place, then guillemets
            "وأوضحت الناطقة باسم الشركة هدى عزام: خلال لقائها بممثلي العمال في مقر الشركة "
            "«اتفقنا على زيادة الأجور بنسبة عشرة في المائة».",
            "اتفقنا على زيادة الأجور بنسبة عشرة في المائة",
            "هدى عزام",
        ),
    ],
)
def test_occasion_after_colon_is_no_quote(text, said, speaker):
    found = quotes_of(text)
    assert [q.text for q in found] == [said]
    assert found[0].speaker == speaker


@pytest.mark.parametrize(
    "text, said",
    [
        # near miss: the occasion opens the words said, a name in marks
        # within them and the sentence going on after the marks
        (
            "وقال المدير: خلال الاجتماع المقبل سنناقش مع النقابات خطة "
            '"الإصلاح الإداري الشامل للقطاع العام" بالتفصيل.',
            "خلال الاجتماع المقبل سنناقش مع النقابات خطة",
        ),
        # near miss: a time, no occasion of speaking, opens the words said
        (
            "وقال المدير: خلال السنوات الماضية حققنا نتائج مهمة في ملف "
            '"الإصلاح الإداري الشامل للقطاع العام" دون تأخير.',
            "خلال السنوات الماضية حققنا نتائج مهمة في",
        ),
    ],
)
def test_words_opening_with_an_occasion_stay_speech(text, said):
    q = one(text, said)
    assert q.text.startswith(said)
