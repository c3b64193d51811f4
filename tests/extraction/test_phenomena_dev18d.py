"""Quote spans and dates (dev18d, sixth session of 2026-12-05).

A day story about WikiLeaks as an actor (the site or its people speaking on
the day the lead tells: "قالت منظمة ويكيليكس، اليوم الثلاثاء، إن …") takes
the page's day for the statements nothing else dates, as any day story
does: the site's name alone tells of no leaked papers.  Not when the text
also names the papers (برقيات, وثائق) or leaked material ("رسائل مسربة",
"التسريبات"): their words are of their own time, undated as before.

A person's name of two or three words in marks right after أنّ/إنّ, with
the rest of the that-clause after the marks ("وأوضح البيان أن «سامي العلي»
سيغيب عن …"), is the clause's subject, set in marks as some outlets set
names (Tunisian and Egyptian pages above all), not words said: as a name of
one word there already was, and a body's name with the article (dev17d).
A name is a given name first (or عبد and its second word), or words the
article gave before; up to six words with a lineage (بن, ولد, آل: "«حمد
بن خالد آل ثاني»"); his post may follow after a comma ("أن «سامي العلي»،
وزير المالية، سيغادر").  Not two or three words in marks that are a clause
(a noun and its verb, a negation inside: «الحكومة فشلت», «سامي لن
يستقيل»), nor words led by no name.

Every sentence here is invented for the test.
"""

from tests.extraction.helpers import one, quotes_of

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


# -- a person's name in marks as the subject of أنّ: no quote -----------------


def test_name_in_marks_subject_of_that_is_no_quote():
    cases = (
        (
            "وأوضح البيان أن «محمد صلاح» سيغيب عن المباراة المقبلة بسبب الإصابة.",
            "محمد صلاح",
        ),
        (
            "وأكدت الوزارة أن « عبد الرحمن الحسني » لم يعد يشغل منصبه منذ أشهر.",
            "عبد الرحمن الحسني",
        ),
        ("وبينت الناشطة أن « نزار الشعري » كاذب ولا يمثل أحدا.", "نزار الشعري"),
        (
            # his post after a comma, then the clause's verb
            "وأوضح البيان أن «سامي العلي»، وزير المالية، سيغادر الحكومة الشهر المقبل.",
            "سامي العلي",
        ),
        (
            # a given name and its lineage, up to six words
            "وذكرت المصادر أن «حمد بن خالد آل ثاني» وصل إلى الدوحة مساء أمس.",
            "حمد بن خالد آل ثاني",
        ),
        (
            # a name that is no given name of the word list, named before
            "النائبة تتهم مجد العطار بالتضليل\n"
            "وقالت النائبة في تدوينة إن «مجد العطار» ضلل الرأي العام منذ سنوات.",
            "مجد العطار",
        ),
    )
    for text, name in cases:
        assert all(q.text.strip() != name for q in quotes_of(text)), text


def test_clause_in_marks_after_that_stays_a_quote():
    cases = (
        ("وأكد المتحدث أن «الوضع خطير» في كل المحافظات.", "الوضع خطير"),
        ("وقال الوزير إن «الحكومة فشلت» في إدارة الأزمة.", "الحكومة فشلت"),
        ("وأضاف المدرب أن «سامي لن يستقيل» مهما حدث.", "سامي لن يستقيل"),
        # (a name and a verb, no lineage: a clause)
        ("وأكد الناطق أن «محمد بن سلمان زار باريس» في الربيع.", "محمد بن سلمان زار باريس"),
    )
    for text, words in cases:
        assert one(text, words).text == words, text
