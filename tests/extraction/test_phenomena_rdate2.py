"""Phenomena found reading the date and quote-finding misses of the real
development sets (rdate2).

Every article here is written for the test, in sentences that are not in
those sets; each test fails without the rule it names.
"""

from claims.extraction.dates import parse_date
from tests.extraction.helpers import one


def test_english_dates_in_arabic_text_are_dates():
    # a page's stamp or an embedded post's day printed in English: day
    # first with its ordinal and a comma, or month first
    assert parse_date("تاريخ النشر: 3rd, March 2023 GMT") == ("2023-03-03", "day")
    assert parse_date("— وكالة الأنباء (@agency) October 9, 2021") == ("2021-10-09", "day")
    assert parse_date("نشر في 21 June 2019") == ("2019-06-21", "day")
    assert parse_date("September 2nd 2018") == ("2018-09-02", "day")


def test_a_publication_stamp_in_english_dates_the_today_of_the_lead():
    # "تاريخ النشر: 3rd, March 2023 GMT": the page's day, the "اليوم" of
    # its account
    text = (
        "انفجار في مخزن للوقود جنوب المدينة - عاجل\n"
        "تاريخ النشر: 3rd, March 2023 GMT\n"
        "المدينة اليوم - متابعة\n"
        "أعلن مدير الدفاع المدني، اليوم الجمعة، عن السيطرة على حريق اندلع في "
        "مخزن للوقود.\n"
        'وقال المدير في بيان، إن "فرق الإطفاء تمكنت من إخماد النيران خلال ساعتين".\n'
    )
    q = one(text, "فرق الإطفاء")
    assert q.date == "2023-03-03", q


def test_a_year_first_numeric_date_after_a_trigger_is_a_day():
    # "نشر في 2024/10/01 الساعة 02:05": the stamp's day, not the year 2024
    # after في
    assert parse_date("نشر في 2023/05/07 الساعة 11:40") == ("2023-05-07", "day")
    assert parse_date("في 2019-11-23") == ("2019-11-23", "day")
    # (a span of years stays a year)
    assert parse_date("في العام 2021/2022") == ("2021", "year")


def test_a_stamp_after_in_dates_the_account_of_its_day():
    text = (
        "الجيش يعلن بدء عملية في الجنوب\n"
        "الموقع ـ نشر في 2023/05/07 الساعة 11:40\n"
        "أعلن الناطق باسم الجيش سامر الحلبي اليوم الأحد، بدء عملية محددة "
        "قرب الحدود.\n"
        'وقال الحلبي في بيان: "بدأت القوات قبل ساعات عملية محددة ضد مواقع '
        'المسلحين".\n'
    )
    q = one(text, "بدأت القوات")
    assert q.date == "2023-05-07", q


def test_words_had_said_take_no_date_carried_over():
    # "وكان X قد قال في كلمة له خلال …": the pluperfect tells of a time
    # before the story's; the speaker's date today is not theirs
    text = (
        "الأحد 12 مارس 2023\n"
        "قال وزير الخارجية كمال النوري في مؤتمر صحافي اليوم الأحد إن "
        '"المفاوضات ستستأنف الأسبوع المقبل".\n'
        "وكان كمال النوري، قد قال في كلمة له خلال اجتماع وزراء الخارجية العرب، "
        '"لا حل للأزمة إلا بالحوار بين الأطراف كافة".\n'
    )
    assert one(text, "المفاوضات ستستأنف").date == "2023-03-12"
    q = one(text, "لا حل للأزمة")
    assert q.date is None, q


def test_words_after_words_had_said_stay_in_the_earlier_time():
    # "وكان X، قد قال …" then "وتابع إن «…»", "وأوضح X أن «…»": his account
    # went back in time; his next words with no day of their own take
    # neither today's date of his words before nor the page's
    text = (
        "date 2023-03-12\n"
        "قال وزير الخارجية كمال النوري في مؤتمر صحافي اليوم الأحد إن "
        '"المفاوضات ستستأنف الأسبوع المقبل".\n'
        "وكان كمال النوري، قد قال في كلمة له خلال اجتماع وزراء الخارجية العرب، "
        '"لا حل للأزمة إلا بالحوار بين الأطراف كافة". وتابع إن "تأجيل الحل يزيد '
        'معاناة المدنيين في كل المدن".\n'
        'وأوضح النوري أن "الوساطة تحتاج إلى ضمانات دولية واضحة".\n'
    )
    assert one(text, "المفاوضات ستستأنف").date == "2023-03-12"
    for words in ("لا حل للأزمة", "تأجيل الحل", "الوساطة تحتاج"):
        q = one(text, words)
        assert q.date is None, q


def test_a_statement_right_after_a_pluperfect_sentence_is_of_its_day():
    # "وكان البرلمان، قد أعلن أمس الثلاثاء، تأجيل جلسته." then "وذكرت
    # الدائرة الإعلامية …، في بيان، أن «…»": the account went back to the
    # day the pluperfect names; the statement after it is of that day, not
    # the page's
    text = (
        "date 2024-06-12\n"
        "انتقد النائب سامي الربيعي، الأربعاء، تعطيل جلسات البرلمان، وقال في "
        'تصريح صحفي إن "الخلافات السياسية عطلت إقرار القوانين المهمة".\n'
        "وكان البرلمان، قد أعلن أمس الثلاثاء، تأجيل جلسته لعدم اكتمال النصاب. "
        'وذكرت الدائرة الإعلامية للبرلمان، في بيان، أن "البرلمان أجل جلسته إلى '
        'إشعار آخر لعدم اكتمال النصاب".\n'
    )
    assert one(text, "الخلافات السياسية").date == "2024-06-12"
    q = one(text, "البرلمان أجل جلسته")
    assert q.date == "2024-06-11", q


def test_words_added_right_after_an_earlier_occasion_are_of_it():
    # "أكد X، في وقت سابق، أن …" then "وأضاف: «…»": the words he added are
    # of that earlier occasion, not of the page's day
    text = (
        "date 2024-02-04 واشنطن\n"
        "كشف مسؤول أميركي، يوم الأحد، عن رسائل نقلها وسطاء إلى الطرفين.\n"
        "بدوره، أكد وزير الخارجية سعيد الكرمي، في وقت سابق، أن الوسطاء يعملون "
        "على تقريب المواقف بين الجانبين.\n"
        'وأضاف: "أرى فرصة حقيقية لجولة جديدة إذا التزم الطرف الآخر بما تعهد به '
        'أمام الوسطاء".\n'
    )
    q = one(text, "أرى فرصة حقيقية")
    assert q.date is None, q


def test_a_date_after_that_in_the_cue_clause_is_of_what_the_words_tell():
    # "وأكد المصدر أن المصنع منذ افتتاحه في منتصف مارس 2019 «…»": the date
    # is of what the words tell, not of the telling
    text = (
        "أكد مصدر مسؤول في الشركة أن المصنع باق في موقعه.\n"
        "وأكد المصدر أن المصنع منذ افتتاحه في الضاحية في منتصف مارس 2019 "
        '"واجه صعوبات كثيرة في التمويل، واستطاعت إدارته تجاوزها بفضل خبرة '
        'عماله".\n'
    )
    q = one(text, "واجه صعوبات كثيرة")
    assert q.date is None, q


def test_a_provision_in_force_is_of_no_day():
    # "استشهد الوزير بالفصل 12 من الدستور الذي ينص على أن «…»": a standing
    # provision, not the minister's words of the day he cites it
    text = (
        "الاثنين 8 مايو 2023\n"
        "أعلن وزير الداخلية كريم السالمي أمام البرلمان يوم الاثنين أن "
        '"الأمن مسؤولية الجميع دون استثناء".\n'
        "واستشهد الوزير بالفصل 12 من الدستور الذي ينص على أن "
        '"الدولة تضمن حق المواطنين في الأمن والسلامة في كل الظروف".\n'
    )
    assert one(text, "الأمن مسؤولية").date == "2023-05-08"
    q = one(text, "الدولة تضمن حق")
    assert q.date is None, q


def test_a_word_in_turn_is_of_the_time_just_told():
    # "أكد مسؤول أمس الخميس (…) أن «…». من جانبه، قال X «…»": the other
    # side's word in turn, in the same account, of the day just told
    text = (
        "صرح مسؤول في الميناء للصحافيين أمس الأربعاء (9 أغسطس/ آب 2017) أن "
        "«السفن لم ترس بعد في الرصيف الجديد».\n"
        "من جانبه، قال نبيل الكعبي، مستشار الوزير «إن الاستعدادات مازالت "
        "جارية لاستقبال السفن».\n"
    )
    assert one(text, "السفن لم ترس").date == "2017-08-09"
    q = one(text, "الاستعدادات مازالت")
    assert q.date == "2017-08-09", q


def test_a_few_words_in_marks_opening_with_we_or_i_are_speech():
    # "ومن لم يقتنع "فنحن نحترم رأيه"": three words in marks deep in an
    # أنّ clause, no cue right before them; opening with "we" they are
    # someone's words, no name or label
    text = (
        "وفي كلمته خلال التجمع، أكد الوزير سالم ولد أحمد أن الحوار سينظم بمن "
        'حضر، مضيفا أن من يريد المشاركة فليشارك، ومن رفض "فنحن نقدر موقفه".\n'
    )
    q = one(text, "فنحن نقدر موقفه")
    assert q.speaker == "سالم ولد أحمد", q


def test_an_embedded_posts_date_is_the_day_of_today_with_no_dateline():
    # "— وكالة الأنباء (@agency) October 9, 2021": a text with no dateline
    # whose first full date is an embedded post's, posted the day its
    # "اليوم" tells of
    text = (
        "أكد وزير الزراعة ناصر الحداد أن الموسم سيكون جيدا.\n"
        "وقال الحداد، في مؤتمر صحافي في العاصمة، اليوم، إن "
        "“الإنتاج سيتجاوز حاجة السوق المحلية هذا العام بفضل الأمطار”.\n"
        "مشاهد من المؤتمر الصحافي لوزير الزراعة pic.twitter.com/AbC123xyz\n"
        "— وكالة الأنباء الوطنية (@agency_news) October 9, 2021\n"
    )
    q = one(text, "الإنتاج سيتجاوز")
    assert q.date == "2021-10-09", q


def test_an_embedded_posts_date_is_no_time_the_account_moves_to():
    # the post's signature between two statements of the same speaker is
    # no date the account tells: his words after it keep his day
    text = (
        "أكد وزير الزراعة ناصر الحداد أن الموسم سيكون جيدا.\n"
        "وقال الحداد، في مؤتمر صحافي في العاصمة، اليوم، إن "
        "“الإنتاج سيتجاوز حاجة السوق المحلية هذا العام بفضل الأمطار”.\n"
        "مشاهد من المؤتمر الصحافي لوزير الزراعة pic.twitter.com/AbC123xyz\n"
        "— وكالة الأنباء الوطنية (@agency_news) October 9, 2021\n"
        "ورأى الوزير أن الجفاف أضر بالمزارعين، لافتا إلى أن “هناك مناطق "
        "لم تصلها الأمطار منذ سنوات”.\n"
    )
    assert one(text, "الإنتاج سيتجاوز").date == "2021-10-09"
    q = one(text, "هناك مناطق لم تصلها")
    assert q.date == "2021-10-09", q
