"""A headline's present verb after the name is no word of it (fifth session
of 2026-12-05, hv17).

"TITLE GIVEN FAMILY VERB …" as a headline line, then a body where the family
name speaks: a present verb in ي of a verb's shape (يفعل "يشرف", يفتعل,
يستفعل; the doubled or hollow يفعّ "يرد", "يعد", "يحث") after two words of a
name and before its complement ends the name, even when it is not one of the
news verbs.  A name in ي ("يوسف", "يحيى", "يزن", "يعقوب") stays a name word,
and so does the family name right after a given name. Every sentence here is
invented for the test.
"""

from tests.extraction.helpers import quotes_of


def _speakers(headline: str, surname: str) -> list[str]:
    text = (
        f"{headline}\n\n"
        "شهدت المدينة صباح اليوم حركة عادية في أسواقها وشوارعها الرئيسية.\n\n"
        f'وقال {surname} في كلمته: "إن المرحلة المقبلة تتطلب عملا جادا من الجميع".\n\n'
        f'وأضاف {surname} أن "الأبواب ستبقى مفتوحة أمام كل المبادرات".\n'
    )
    return [q.speaker for q in quotes_of(text)]


def _check(cases):
    for headline, surname, speaker in cases:
        got = _speakers(headline, surname)
        assert got == [speaker, speaker], (headline, got)


def test_a_sound_present_verb_ends_the_name():
    _check(
        (
            ("رئيس الجمهورية سليم بورقعة يشرف على حفل تخرج الضباط", "بورقعة", "سليم بورقعة"),
            ("وزير الداخلية كريم منصوري يكرم أعوان الحماية المدنية", "منصوري", "كريم منصوري"),
            ("والي الولاية نبيل قسنطيني يفتح ملف السكن الريفي", "قسنطيني", "نبيل قسنطيني"),
            ("رئيس الحكومة هشام سعيد يشرف على افتتاح المعرض", "سعيد", "هشام سعيد"),
        )
    )


def test_a_doubled_present_verb_ends_the_name():
    _check(
        (
            ("وزير الخارجية رشيد بلقاسمي يرد على منتقدي الاتفاق", "بلقاسمي", "رشيد بلقاسمي"),
            (
                "المتحدث باسم الوزارة الأولى فؤاد زروقي يرد على المعارضة",
                "زروقي",
                "فؤاد زروقي",
            ),
            ("وزير المالية عادل حمروني يعد بإصلاح المنظومة الجبائية", "حمروني", "عادل حمروني"),
            ("رئيس البرلمان منير سعيد يحث النواب على الحضور", "سعيد", "منير سعيد"),
            ("وزير النقل طارق بوزيان يمد يد التعاون إلى النقابات", "بوزيان", "طارق بوزيان"),
            ("وزير الرياضة أنور قديري يشد على أيدي اللاعبين", "قديري", "أنور قديري"),
        )
    )


def test_names_in_ya_stay_names():
    # near misses: a name word in ي, the family name after a given name
    _check(
        (
            ("وزير الخارجية يوسف بلقاسمي يرد على منتقدي الاتفاق", "بلقاسمي", "يوسف بلقاسمي"),
            ("رئيس الحكومة كمال يحيى يشرف على افتتاح المعرض", "يحيى", "كمال يحيى"),
            ("وزير المالية خالد يزن يعد بإصلاح المنظومة", "يزن", "خالد يزن"),
            ("وزير النقل ناصر يعقوب يحث النقابات على الحوار", "يعقوب", "ناصر يعقوب"),
            ("وزير الداخلية فريد يخلف يشرف على حفل تخرج الضباط", "يخلف", "فريد يخلف"),
        )
    )


def test_news_verbs_still_end_the_name():
    # negative: the listed verbs of news keep working
    _check(
        (
            ("وزير الخارجية رشيد بلقاسمي يستقبل نظيره التونسي", "بلقاسمي", "رشيد بلقاسمي"),
            ("رئيس الحكومة هشام سعيد يبحث ملف الطاقة", "سعيد", "هشام سعيد"),
        )
    )
