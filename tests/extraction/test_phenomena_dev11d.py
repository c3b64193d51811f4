"""Quote spans and dates read from real news constructions (dev11d, 2026-12-04).

A verb of saying and its colon, then the occasion of the words told by the
narrator ("وأضاف X: خلال المؤتمر الذي جمعه بنظيره …، "…"", "وقال: في كلمته
أمام المجلس «…»", "على هامش الندوة", "عقب لقائه"), then the words in marks
that close the sentence: the occasion was filed as unmarked speech of its
own, beside the marked words. The marks hold the words said; the occasion
is no quote.

A title in marks after "بعنوان"/"تحت عنوان"/"عنوانها" was no one's words
only when it closed its sentence or an aside, or held ten words at most; a
longer one with the sentence going on after it ("مجلة … تحت عنوان «…» في
إطار متابعتها") was read as the words of the sentence's verb of saying. A
title is a name whatever its length (not before أنّ, whose clause a cue
before the title hands over).

A lead that tells its day by "أمس" and a weekday with the full date in
brackets after them ("أكد X أن مصنعه انطلق أمس الخميس (5 ديسمبر 2019)
في …") dated the statements after it only when the date stood bare
("أمس الخميس 5 ديسمبر 2019"); in brackets the weekday was not seen before
it, so the story had no day. The brackets are passed over, as for "اليوم
الأحد (14 نيسان 2024)".

"وبين" after a بين earlier in its clause ("مسافة بينه وبين المواقف", "بين
الحزب وبين الحكومة") is the preposition before the second party; it was
read as the verb "وبيّن" (and he explained), the narrator resuming, so
words said without marks or in marks never closed were cut before it (and
"الفرق بيننا وبين المعارضة …" after a colon gave no quote). It is no cue
there; after a comma, or before أنّ or a colon, it is still the verb.

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
            "وأضاف الوزير سامي الحداد: خلال المؤتمر الذي جمعه صباح اليوم بنظيره "
            'الليبي، وزير الطاقة "لقد اتفقنا على تعزيز التعاون في مجالات الطاقة والنقل".',
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


@pytest.mark.parametrize(
    "text",
    [
        # a magazine's earlier issue, a title of eleven words with a colon,
        # then a preposition
        'نشرت مجلة "الأفق" الشهرية في عددها الصادر يوم 3 مايو 2015 تحت عنوان '
        '"التقرير: سامي الحداد رجل الظل في الوزارة والمرشح الأقوى لرئاسة الهيئة" في '
        "ملف خاص عن الانتخابات البلدية.",
        # an article the minister wrote, a verb after the title
        'وكتب الوزير مقالا بعنوان "لماذا يجب أن نعيد النظر في سياستنا الزراعية قبل '
        'فوات الأوان يا سادة" نشرته صحيفة الغد.',
        # a lecture "whose title", in guillemets
        "وألقى رئيس الجامعة محاضرة عنوانها «الجامعة والمجتمع: شراكة لا غنى عنها في "
        "زمن التحولات الكبرى والسريعة» أمام الطلبة.",
    ],
)
def test_long_title_is_no_quote(text):
    assert quotes_of(text) == []


def test_long_words_after_a_verb_of_saying_stay_a_quote():
    # near miss: the same length in marks after a verb of saying and where he
    # wrote, no title noun before them
    q = one(
        'وقال الوزير في مقاله الأسبوعي "لا يمكن أن نعيد النظر في سياستنا الزراعية '
        'قبل أن نسمع صوت الفلاحين" في رد على منتقديه.',
        "صوت الفلاحين",
    )
    assert q.text.startswith("لا يمكن")


@pytest.mark.parametrize(
    "text, fragment, date",
    [
        (
            # the lead's that-clause, a Monday in brackets
            "أعلن رئيس الشركة سامي الحداد أن شركته بدأت أمس الإثنين (15 أبريل 2013) بيع "
            "أكثر من مليون جهاز في كل البلدان.\nوقالت الوزيرة ليلى منصور لوكالة الأنباء "
            "المحلية إن الأجهزة «تغطي حاجات واسعة من السوق في جميع أنحاء العالم».",
            "تغطي حاجات واسعة",
            "2013-04-15",
        ),
        (
            # another verb, a Thursday, guillemets after أنّ
            "كشفت النقابة أن العمال نفذوا أمس الخميس (5 ديسمبر 2019) إضرابا شاملا في كل "
            "المصانع.\nوأوضح الأمين العام للنقابة كمال يوسف أن «الإضراب نجح بنسبة تفوق "
            "تسعين بالمائة».",
            "الإضراب نجح",
            "2019-12-05",
        ),
        (
            # "صباح أمس", a Saturday, the lead's verb of saying
            "قال رئيس الجامعة إن الطلبة عادوا صباح أمس السبت (12 أكتوبر 2024) إلى قاعات "
            "الدرس.\nوأضاف مدير الشؤون الطلابية هشام بركات أن «العودة تمت في ظروف جيدة "
            "رغم الأمطار».",
            "العودة تمت",
            "2024-10-12",
        ),
    ],
)
def test_yesterday_and_weekday_before_a_bracketed_date_tell_the_day(text, fragment, date):
    assert one(text, fragment).date == date


def test_bracketed_date_the_weekday_contradicts_tells_no_day():
    # near miss: 14 March 2023 was a Tuesday, not a Wednesday
    q = one(
        "أعلنت الوزارة أمس الأربعاء (14 مارس 2023) عن خطة جديدة للنقل.\nوقال الوزير "
        "سامي الحداد إن «الخطة ستطبق على مراحل خلال السنوات المقبلة».",
        "الخطة ستطبق",
    )
    assert q.date is None


@pytest.mark.parametrize(
    "text, said",
    [
        (
            # words after the colon, "بين X وبين Y"
            "وقال الوزير: ليست هناك مسافة بين الحزب وبين الحكومة في هذه القضية الكبرى.",
            "ليست هناك مسافة بين الحزب وبين الحكومة في هذه القضية الكبرى",
        ),
        (
            # a mark never closed, "بينه وبين"
            'وتقول الرسالة: "في لقاء مع الصحيفة الجهوية سعى الوزير سامي إلى وضع مسافة '
            "بينه وبين قرارات الحزب حول الميزانية. وفي تعليق على التأخير قال إن الوضع مقلق.",
            "في لقاء مع الصحيفة الجهوية سعى الوزير سامي إلى وضع مسافة بينه وبين قرارات "
            "الحزب حول الميزانية",
        ),
        (
            # "بيننا وبين", the words short of three before it
            "وقالت الوزيرة: الفرق بيننا وبين المعارضة أننا نعمل ولا نتكلم فقط.",
            "الفرق بيننا وبين المعارضة أننا نعمل ولا نتكلم فقط",
        ),
    ],
)
def test_second_party_after_between_goes_on(text, said):
    q = one(text, said[:12])
    assert q.text == said


@pytest.mark.parametrize(
    "text",
    [
        # near miss: after a comma and before أنّ, the verb "and he explained"
        "وتوسط الوزير بين الطرفين طوال شهور، وبين أن «الاتفاق أصبح قريبا جدا».",
        # near miss: opening its sentence
        "وبين الوزير أن «الاتفاق أصبح قريبا جدا».",
    ],
)
def test_and_explained_is_still_a_cue(text):
    q = one(text, "الاتفاق أصبح")
    assert q.cue == "وبين"
    assert q.speaker == "الوزير"
