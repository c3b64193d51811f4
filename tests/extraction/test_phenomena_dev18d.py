"""Quote spans and dates (dev18d, sixth session of 2026-12-05).

A day story about WikiLeaks as an actor (the site or its people speaking on
the day the lead tells: "قالت منظمة ويكيليكس، اليوم الثلاثاء، إن …") takes
the page's day for the statements nothing else dates, as any day story
does: the site's name alone tells of no leaked papers.  Not when the text
also names the papers (برقيات, وثائق) or leaked material ("رسائل مسربة",
"التسريبات"): their words are of their own time, undated as before.

Every sentence here is invented for the test.
"""

from tests.extraction.helpers import one

# -- WikiLeaks speaking on the day: the day story's date -----------------------


def test_wikileaks_speaking_on_the_day_takes_the_story_day():
    cases = (
        (
            # a bare date line under the headline, "اليوم" and its weekday
            "ويكيليكس تطالب لندن بالإفراج عن مؤسسها\n3 مايو 2022\n"
            "قالت منظمة ويكيليكس، اليوم الثلاثاء، إن صحة مؤسسها تتدهور في السجن.\n"
            "وقالت المتحدثة باسم المنظمة سارة هاريسون: "
            '"نطالب الحكومة البريطانية بالإفراج الفوري عنه".',
            "نطالب الحكومة البريطانية",
            "2022-05-03",
        ),
        (
            # a publication stamp with its clock time, "أمس" and its weekday
            "محامي أسانج: سنستأنف الحكم\nنشر في 14/06/2023 الساعة 10:20\n"
            "أعلن فريق الدفاع عن مؤسس ويكيليكس، أمس الثلاثاء، "
            "نيته استئناف قرار المحكمة.\n"
            "وقال المحامي باري بولارد للصحفيين: «سنذهب إلى المحكمة العليا ولن نتوقف».",
            "سنذهب إلى المحكمة العليا",
            "2023-06-13",
        ),
        (
            # the site's name in marks in the lead
            "ويكيليكس: واشنطن تتجسس على حلفائها\n8 يوليو 2015\n"
            "اتهم موقع «ويكيليكس»، اليوم الأربعاء، الاستخبارات الأمريكية بالتنصت "
            "على وزراء أوروبيين.\n"
            "وقال المتحدث باسم الموقع كريستوفر وارد في مؤتمر صحفي: "
            "«ما كشفناه اليوم هو جزء صغير فقط».",
            "ما كشفناه اليوم",
            "2015-07-08",
        ),
    )
    for text, words, day in cases:
        assert one(text, words).date == day, text


def test_wikileaks_dateline_story_keeps_its_date():
    # (a wire dateline: dated before the rule too)
    text = (
        "لندن 20 فبراير 2024 (وكالات) - قال رئيس تحرير موقع ويكيليكس، اليوم "
        "الثلاثاء، إن جلسة الاستئناف ستكون حاسمة.\n"
        "وأضاف رئيس التحرير ماتس نيلسون أمام المحكمة: "
        '"هذه القضية تمس حرية الصحافة في العالم كله".'
    )
    assert one(text, "هذه القضية تمس").date == "2024-02-20"


def test_wikileaks_papers_stay_undated():
    cases = (
        (
            # cables the site published: their words are of their own time
            "ويكيليكس تنشر برقيات جديدة\n3 مايو 2022\n"
            "نشر موقع ويكيليكس، اليوم الثلاثاء، برقيات دبلوماسية عن المنطقة.\n"
            'وقال السفير في إحدى البرقيات: "الوضع الأمني يتدهور بسرعة".',
            "الوضع الأمني يتدهور",
        ),
        (
            # leaked messages, no cable or document named
            "ويكيليكس تنشر رسائل الحملة\n3 مايو 2022\n"
            "نشر موقع ويكيليكس، اليوم الثلاثاء، رسائل مسربة من حملة المرشح.\n"
            "وكتب مدير الحملة سامي العلي في إحداها: "
            '"علينا أن نؤجل الإعلان حتى الخريف".',
            "علينا أن نؤجل",
        ),
        (
            "ويكيليكس تنشر مراسلات الوزارة\nنشر في 10/09/2019 الساعة 08:15\n"
            "كشف موقع ويكيليكس، أمس الاثنين، عن التسريبات الجديدة من وزارة الدفاع.\n"
            "وكتب مساعد الوزير خالد المنصور لرئيسه: "
            "«لا نستطيع تمويل الصفقة هذا العام».",
            "لا نستطيع تمويل",
        ),
    )
    for text, words in cases:
        assert one(text, words).date is None, text
