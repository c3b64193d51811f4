"""Phenomena of the date of a quote found in the probe sets and the date
misses of the real development sets (date5 session).

Every article here is written for the test, in sentences that are not in
those sets; each positive test fails without the rule it names.
"""

from tests.extraction.helpers import one

# --- a wire dateline whose agency stands in slashes or brackets ---------------


def test_wire_dateline_with_agency_in_slashes_dates_the_lead():
    # "أبوظبي في 21 نوفمبر 2023 / وام /": a wire dispatch, the day's news,
    # like "أريحا 5-3-2024 وفا -", though the lead names no day
    text = (
        "أبوظبي في 14 مارس 2022 / وام / أكدت وزيرة البيئة مريم الحمادي أن "
        "«خطة التشجير تسير وفق الجدول»."
    )
    assert one(text, "خطة التشجير").date == "2022-03-14"


def test_wire_dateline_with_agency_in_brackets_on_its_own_line():
    text = (
        "طرابلس 3 يونيو 2021 (أ ف ب) -\n"
        "قال المتحدث باسم الحكومة كمال الزاوي إن «الانتخابات ستجرى في موعدها»."
    )
    assert one(text, "الانتخابات ستجرى").date == "2021-06-03"


def test_a_bare_date_heading_the_text_still_dates_nothing():
    # (negative) no agency after the date: the convention stands, a bare
    # date heading the text dates none of its undated statements
    text = "14 مارس 2022\nأكدت وزيرة البيئة مريم الحمادي أن «خطة التشجير تسير وفق الجدول»."
    assert one(text, "خطة التشجير").date is None


def test_a_date_with_digits_in_brackets_is_no_agency():
    # (negative) "(الموافق 12 شعبان)": brackets with digits, no agency
    text = (
        "الرياض 14 مارس 2022 (الموافق 11 شعبان 1443)\n"
        "أكدت وزيرة البيئة مريم الحمادي أن «خطة التشجير تسير وفق الجدول»."
    )
    assert one(text, "خطة التشجير").date is None


# --- the occasion told in the next sentence: "وجاءت تصريحات X خلال …" ---------


def test_came_statements_of_the_speaker_at_a_dated_gathering():
    text = (
        'قال وزير النقل هشام البدري إن "الخط الجديد يفتتح قريبا". وجاءت تصريحات '
        "البدري خلال مؤتمر صحفي عقده الخميس 7 سبتمبر 2023 في مقر الوزارة."
    )
    assert one(text, "الخط الجديد").date == "2023-09-07"


def test_came_statements_two_sentences_on_past_one_without_quote_or_date():
    # "قالت X إن «…». وتشغل X منصب … . وجاءت تصريحات الوزيرة خلال …": the
    # title names the speaker, whose post the text gave in passing
    text = (
        "قالت سهى المصري إن «الصادرات ارتفعت بنسبة 9 بالمئة». وتشغل المصري منصب "
        "وزيرة التجارة منذ 2021. وجاءت تصريحات الوزيرة خلال ندوة نظمتها الغرفة "
        "التجارية الاثنين 4 مارس 2024."
    )
    assert one(text, "الصادرات ارتفعت").date == "2024-03-04"


def test_came_statements_of_someone_else_date_nothing():
    # (negative) the woman minister's statements, not the man quoted last
    text = (
        "قالت الوزيرة سهى المصري إن «الصادرات ارتفعت». وقال الوزير سامي الحداد "
        "إن «العجز تراجع». وجاءت تصريحات الوزيرة خلال ندوة نظمتها الغرفة "
        "التجارية الاثنين 4 مارس 2024."
    )
    assert one(text, "العجز تراجع").date is None


def test_came_statements_named_for_another_person_date_nothing():
    # (negative) "تصريحات الشافعي" after a quote of الحداد
    text = (
        "قال سامي الحداد إن «العجز تراجع». وجاءت تصريحات الشافعي خلال مؤتمر "
        "صحفي عقدته الأحد 20 أغسطس 2023."
    )
    assert one(text, "العجز تراجع").date is None


def test_came_statements_after_another_event_date_nothing():
    # (negative) "بعد يومين من اجتماع …", "عقب قرار … في …": the date is of
    # another event than the statement
    for tail in (
        "بعد يومين من اجتماع عقدته الحكومة الأحد 20 أغسطس 2023.",
        "عقب قرار البنك المركزي رفع الفائدة في اجتماع 20 أغسطس 2023.",
        "ردا على تقرير البنك الدولي الصادر في 20 أغسطس 2023.",
    ):
        text = (
            'قالت وزيرة التخطيط رانيا الشافعي إن "النمو بلغ 4 بالمئة". '
            "وجاءت تصريحات الشافعي " + tail
        )
        assert one(text, "النمو بلغ").date is None, tail


def test_a_relative_clause_dates_the_gathering_the_speaker_addressed():
    # "في كلمته أمام المؤتمر، الذي انطلقت أعماله الثلاثاء 9 يناير 2024، أن"
    text = (
        "وأوضح وزير الطاقة فهد السالم، في كلمته أمام المنتدى، الذي انطلقت أعماله "
        'الثلاثاء 16 أبريل 2024، أن "الإنتاج سيرتفع".'
    )
    assert one(text, "الإنتاج سيرتفع").date == "2024-04-16"


def test_a_relative_clause_of_a_gathering_to_come_or_of_the_speaker_dates_nothing():
    # (negative) "الذي سيعقد …": a gathering to come; "الذي تولى منصبه
    # في …": the speaker's own past; "الذي تأسس عام …": a year, no day
    for clause in (
        "في كلمته أمام المنتدى، الذي سيعقد الثلاثاء 16 أبريل 2024،",
        "الذي تولى منصبه في 16 أبريل 2024،",
        "في كلمته أمام المنتدى، الذي تأسس عام 2005،",
    ):
        text = "وأوضح وزير الطاقة فهد السالم، " + clause + ' أن "الإنتاج سيرتفع".'
        assert one(text, "الإنتاج سيرتفع").date is None, clause


# --- "the same day" in the cue's clause ------------------------------------------


def test_the_same_day_after_the_cue_is_the_day_told_before():
    text = (
        "قال رئيس الوزراء عادل الكبير يوم الأربعاء 6 نوفمبر 2024 إن «الحوار "
        "مستمر». وكان وزير الخارجية الفرنسي بيار لوران قد صرح في وقت سابق من "
        "اليوم ذاته بأن «باريس تدعم الحوار»."
    )
    assert one(text, "باريس تدعم").date == "2024-11-06"
    text2 = text.replace("وكان وزير", "وقال وزير").replace(
        "قد صرح في وقت سابق من اليوم ذاته بأن", "في اليوم نفسه إن"
    )
    assert one(text2, "باريس تدعم").date == "2024-11-06"


def test_the_same_day_after_that_is_of_what_is_told():
    # (negative) "إن الهجوم وقع في اليوم نفسه": the day of the event told
    text = (
        "قال رئيس الوزراء عادل الكبير يوم الأربعاء 6 نوفمبر 2024 إن «الحوار "
        "مستمر». وقال وزير الخارجية بيار لوران إن الهجوم وقع في اليوم نفسه وإن "
        "«باريس تدعم الحوار»."
    )
    assert one(text, "باريس تدعم").date is None


def test_the_same_day_with_no_day_told_before_dates_nothing():
    # (negative)
    text = (
        "قال رئيس الوزراء عادل الكبير إن «الحوار مستمر». وقال وزير الخارجية "
        "بيار لوران في اليوم نفسه إن «باريس تدعم الحوار»."
    )
    assert one(text, "باريس تدعم").date is None


# --- "DAY MONTH الماضي" counted from the dateline ----------------------------------


def test_a_day_of_the_dateline_month_with_past_is_this_month():
    # "في جلسة 2 أكتوبر الماضي" under a dateline of 15 October 2023: the
    # 2nd of this October, the day kept
    text = (
        "الجزائر - قضت المحكمة اليوم الأحد 15 أكتوبر 2023 بسجن المتهم. وكان "
        "ممثل الادعاء سليم بوزيد قد قال في جلسة 2 أكتوبر الماضي: «المتهم "
        "اختلس الأموال»."
    )
    assert one(text, "المتهم اختلس").date == "2023-10-02"


def test_a_day_after_the_dateline_day_with_past_is_last_year():
    text = (
        "الجزائر - قضت المحكمة اليوم الأحد 15 أكتوبر 2023 بسجن المتهم. وكان "
        "ممثل الادعاء سليم بوزيد قد قال في جلسة 20 نوفمبر الماضي: «المتهم "
        "اختلس الأموال»."
    )
    assert one(text, "المتهم اختلس").date == "2022-11-20"


def test_a_month_with_past_and_no_day_stays_a_month():
    # (negative) "في أكتوبر الماضي" in October: last year's October, as before
    text = (
        "الجزائر - قضت المحكمة اليوم الأحد 15 أكتوبر 2023 بسجن المتهم. وكان "
        "ممثل الادعاء سليم بوزيد قد قال في أكتوبر الماضي: «المتهم اختلس الأموال»."
    )
    assert one(text, "المتهم اختلس").date == "2022-10"


# --- the occasion dated in the next sentence of the same speaker -----------------


def test_the_lead_quote_takes_the_occasion_the_next_sentence_dates():
    # "قال النائب X إنه «…»" then "وطالب X، خلال جلسة مجلس النواب يوم أمس
    # الثلثاء (24 مايو 2016)، …، معتبرا أن «…»"
    text = (
        "قالت النائبة منى العلي إن «الموازنة لا تلبي الحاجات»، مشيرة إلى أن "
        "«العجز سيتفاقم».\n"
        "ودعت العلي، خلال جلسة مجلس الشورى يوم الاثنين (3 يونيو/ حزيران 2019)، "
        "إلى مراجعة الأرقام، معتبرة أن الحكومة «تتجاهل الواقع الصعب الذي يعيشه المواطن»."
    )
    assert one(text, "الموازنة لا تلبي").date == "2019-06-03"
    assert one(text, "العجز سيتفاقم").date == "2019-06-03"


def test_the_lead_quote_before_a_pluperfect_or_another_occasion_stays_undated():
    # (negative) "وكانت X قد دعت …", "في جلسة أخرى": another time
    for opening in (
        "وكانت العلي قد دعت، خلال جلسة مجلس الشورى يوم الاثنين (3 يونيو 2019)،",
        "ودعت العلي، في جلسة أخرى يوم الاثنين (3 يونيو 2019)،",
        "ودعت العلي، بعد جلسة مجلس الشورى يوم الاثنين (3 يونيو 2019)،",
    ):
        text = (
            "قالت النائبة منى العلي إن «الموازنة لا تلبي الحاجات».\n"
            + opening
            + " إلى مراجعة الأرقام، معتبرة أن الحكومة «تتجاهل الواقع الصعب الذي يعيشه المواطن»."
        )
        assert one(text, "الموازنة لا تلبي").date is None, opening


def test_the_lead_quote_of_someone_else_stays_undated():
    # (negative) the next sentence dates another speaker's occasion
    text = (
        "قالت النائبة منى العلي إن «الموازنة لا تلبي الحاجات».\n"
        "ودعا النائب سعيد الراشد، خلال جلسة مجلس الشورى يوم الاثنين (3 يونيو "
        "2019)، إلى مراجعة الأرقام، معتبرا أن الحكومة «تتجاهل الواقع الصعب الذي يعيشه المواطن»."
    )
    assert one(text, "الموازنة لا تلبي").date is None


# --- a statement dated by its signature, a newspaper's issue line ----------------


def test_a_statement_signed_and_dated_at_its_end_dates_its_words():
    text = (
        "بيان\n\n"
        "أدانت وزيرة الخارجية ليلى حداد الهجوم على القافلة.\n\n"
        "وقالت الوزيرة: ندعو جميع الأطراف إلى ضبط النفس.\n\n"
        "المكتب الإعلامي\n"
        "لوزارة الخارجية\n"
        "12 شباط 2020\n"
    )
    assert one(text, "ندعو جميع الأطراف").date == "2020-02-12"


def test_a_news_text_with_a_closing_date_and_no_signature_stays_undated():
    # (negative) a closing date under an ordinary news text: the day it was
    # put up, with no day told in its lead
    text = (
        "الوزيرة تدين الهجوم\n\n"
        "أدانت وزيرة الخارجية ليلى حداد الهجوم على القافلة.\n\n"
        "وقالت الوزيرة: ندعو جميع الأطراف إلى ضبط النفس.\n\n"
        "12 شباط 2020\n"
    )
    assert one(text, "ندعو جميع الأطراف").date is None


def test_a_newspaper_issue_line_dates_the_story():
    text = (
        "جريدة الوطن الأحد 12 مارس 2017\n"
        "كشف وزير الصحة سالم العبري عن خطة جديدة.\n"
        "وقال العبري إن «الخطة تبدأ قريبا»."
    )
    assert one(text, "الخطة تبدأ").date == "2017-03-12"


def test_a_first_line_telling_of_a_newspaper_is_no_issue_line():
    # (negative) "نشرت جريدة الوطن في 12 مارس 2017 تقريرا": a sentence
    text = (
        "نشرت جريدة الوطن في 12 مارس 2017 تقريرا عن الخطة.\n"
        "وقال وزير الصحة سالم العبري إن «الخطة تبدأ قريبا»."
    )
    assert one(text, "الخطة تبدأ").date is None


# --- a cable's account of a meeting it dates apart from its own date --------------


def test_the_words_of_the_one_met_take_the_meeting_date_the_cable_tells():
    # "كشفت برقية مؤرخة في 28 فبراير 2009 أن السفير X التقى في 24 فبراير
    # Y" then "ونقلت البرقية عن Y قوله": the words of the one met are of the
    # meeting (a speaker's words the meeting's, the document's its own)
    text = (
        "أظهرت برقية مؤرخة في 17 مارس 2008 أن السفير روبرت هيل التقى في 12 مارس "
        "الوزير كمال النجار. ونقلت البرقية عن النجار قوله إن «الحدود تحت "
        "السيطرة الكاملة». وكتب السفير في ختام البرقية: «الوزير بدا واثقا على "
        "غير العادة»."
    )
    assert one(text, "الحدود تحت السيطرة").date == "2008-03-12"
    assert one(text, "الوزير بدا واثقا").date == "2008-03-17"


def test_the_cable_date_stays_for_its_writer_and_an_undated_meeting():
    # (negative) the writer who met him, a meeting with no date of its own,
    # a date of something else the one met did
    for meeting, speaker in (
        ("التقى في 12 مارس الوزير كمال النجار", "هيل"),
        ("التقى الوزير كمال النجار", "النجار"),
        ("التقى الوزير كمال النجار الذي زار واشنطن في 12 مارس", "النجار"),
    ):
        text = (
            "أظهرت برقية مؤرخة في 17 مارس 2008 أن السفير روبرت هيل "
            + meeting
            + ". ونقلت البرقية عن "
            + speaker
            + " قوله إن «الحدود تحت السيطرة الكاملة»."
        )
        assert one(text, "الحدود تحت السيطرة").date == "2008-03-17", meeting


def test_a_relative_clause_dates_the_gathering_named_with_its_adjectives():
    # "في المؤتمر الصحفي الذي عقده الخميس 18 مايو 2023", "أمام مؤتمر
    # التعدين الدولي، الذي انطلقت أعماله …": the gathering, up to two words
    # of its phrase before the relative
    text = (
        "قال المدرب كارلوس دياز، في المؤتمر الصحفي الذي عقده الأربعاء 7 يونيو "
        "2023 قبل المباراة، إن «الفريق جاهز للمواجهة»."
    )
    assert one(text, "الفريق جاهز").date == "2023-06-07"
    text = (
        "وأوضح الوزير في كلمته أمام منتدى الطاقة العربي، الذي انطلقت أعماله في "
        "الكويت الاثنين 4 ديسمبر 2023، أن «الإنتاج سيرتفع العام المقبل»."
    )
    assert one(text, "الإنتاج سيرتفع").date == "2023-12-04"


def test_a_relative_clause_after_a_preposition_past_the_gathering_dates_nothing():
    # (negative) "خلال لقاء مع الوفد الذي وصل …": the delegation's arrival
    for phrase in (
        "خلال لقاء مع الوفد الذي وصل الاثنين 4 ديسمبر 2023",
        "في الاجتماع مع النواب الذين انتخبوا في 4 ديسمبر 2023",
    ):
        text = "وقال الوزير " + phrase + " إن «الإنتاج سيرتفع العام المقبل»."
        assert one(text, "الإنتاج سيرتفع").date is None, phrase


# --- one the text placed at a dated gathering speaks at it ------------------------


_MEETING = (
    "وقال مدير الميناء كريم الساعدي خلال اجتماع عقده مع ممثلي الشركات برئاسة "
    "نبيل الموسوي يوم الأحد 10 مارس 2024 إن «التوسعة تبدأ الشهر المقبل». "
)


def test_a_participant_named_in_the_dated_gathering_speaks_at_it():
    text = _MEETING + "وأوضح الموسوي، رئيس غرفة الملاحة، أن «الشركات تطالب بتخفيض الرسوم»."
    assert one(text, "الشركات تطالب").date == "2024-03-10"


def test_someone_not_named_at_the_gathering_or_speaking_apart_stays_undated():
    # (negative) not placed at the gathering; told to an outlet; had said
    for follow in (
        "وأوضح حسن العبيدي، رئيس غرفة الملاحة، أن «الشركات تطالب بتخفيض الرسوم».",
        "وقال الموسوي لـ«الصباح» إن «الشركات تطالب بتخفيض الرسوم».",
        "وكان الموسوي قد أكد أن «الشركات تطالب بتخفيض الرسوم».",
    ):
        assert one(_MEETING + follow, "الشركات تطالب").date is None, follow


# --- a publication label with its weekday; a day told in a relative clause -------


def test_a_publication_label_with_its_weekday_is_the_page_stamp():
    # "• تاريخ النشر: الإثنين، 05 سبتمبر 2022": six words before the date
    text = (
        "نواب يردون على الوزير\n\n"
        "  • تاريخ النشر: الخميس، 08 يونيو 2023\n\n"
        "رد عدد من النواب أمس على الخطاب الذي ألقاه وزير المالية في البرلمان.\n\n"
        "وقال النائب سليم حداد إن «الخطاب خال من الأرقام الحقيقية»."
    )
    assert one(text, "الخطاب خال").date == "2023-06-07"


def test_a_day_told_in_a_relative_clause_of_the_lead_is_not_the_lead_day():
    # "رد نواب على الخطاب الذي ألقاه الوزير أمس": the speech's day; the
    # reactions are of the page's day (a publication label)
    text = (
        "نواب يردون على الوزير\n\n"
        "  • تاريخ النشر: الخميس، 08 يونيو 2023\n\n"
        "رد عدد من النواب على الخطاب الذي ألقاه وزير المالية أمس في البرلمان.\n\n"
        "وقال النائب سليم حداد إن «الخطاب خال من الأرقام الحقيقية»."
    )
    assert one(text, "الخطاب خال").date == "2023-06-08"


def test_a_day_told_in_a_relative_clause_under_a_bare_date_dates_nothing():
    # (negative) under a bare date line the reactions' day is not told: not
    # the speech's day either
    text = (
        "نواب يردون على الوزير\n\n"
        "الخميس، 08 يونيو 2023\n\n"
        "رد عدد من النواب على الخطاب الذي ألقاه وزير المالية أمس في البرلمان.\n\n"
        "وقال النائب سليم حداد إن «الخطاب خال من الأرقام الحقيقية»."
    )
    assert one(text, "الخطاب خال").date is None


def test_came_statements_dated_by_their_own_relative_clause():
    # "وجاءت تصريحاته، التي أدلى بها لـ«…» في 19 تشرين الثاني 2023، بعد …"
    text = (
        "قال رامي الحلبي إن «أي حل لا يستند إلى القرار محكوم بالفشل». ويشغل "
        "الحلبي منصب رئيس الهيئة منذ تموز 2022. وجاءت تصريحاته، التي أدلى بها "
        "لـ«الموقع» في 19 تشرين الثاني 2023، بعد لقائه المبعوث الأممي في جنيف."
    )
    assert one(text, "أي حل لا يستند").date == "2023-11-19"


def test_came_statements_after_a_relative_of_another_event_date_nothing():
    # (negative) "بعد القرار الذي صدر في …", "التي أدلى بها بعد لقاء …"
    for tail in (
        "وجاءت تصريحاته بعد القرار الذي صدر في 19 تشرين الثاني 2023.",
        "وجاءت تصريحاته، التي أدلى بها بعد لقاء 19 تشرين الثاني 2023، في جنيف.",
    ):
        text = "قال رامي الحلبي إن «أي حل لا يستند إلى القرار محكوم بالفشل». " + tail
        assert one(text, "أي حل لا يستند").date is None, tail


# --- had said earlier in the session just dated -----------------------------------


_SESSION = (
    "الكويت (كونا) -- أكد رئيس المجلس سالم الرشيدي، في جلسة اليوم الثلاثاء 4 "
    "يونيو 2024، أن «المجلس لن يتهاون في دوره الرقابي». "
)


def test_had_said_at_the_start_of_the_session_just_dated_is_of_its_day():
    text = _SESSION + "وكان النائب حمد العنزي قد تساءل في مستهل الجلسة: «أين خطة الحكومة؟»."
    assert one(text, "أين خطة الحكومة").date == "2024-06-04"


def test_had_said_at_another_sitting_or_gathering_stays_undated():
    # (negative) an earlier sitting, another gathering, no session dated
    for tail in (
        "وكان النائب حمد العنزي قد تساءل في الجلسة السابقة: «أين خطة الحكومة؟».",
        "وكان النائب حمد العنزي قد تساءل في اجتماع اللجنة: «أين خطة الحكومة؟».",
    ):
        assert one(_SESSION + tail, "أين خطة الحكومة").date is None, tail
    text = (
        "أكد رئيس المجلس سالم الرشيدي أن «المجلس لن يتهاون في دوره الرقابي». وكان "
        "النائب حمد العنزي قد تساءل في مستهل الجلسة: «أين خطة الحكومة؟»."
    )
    assert one(text, "أين خطة الحكومة").date is None
