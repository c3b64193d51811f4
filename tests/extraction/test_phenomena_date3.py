"""Phenomena of the date of a quote found on real news (development sets kept
outside the repository, third round): page stamps and datelines, a cable's
or a meeting's date, a year-less date, and dates given where none is due.

Every article here is written for the test, in invented sentences; each test
fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_a_stamp_with_its_clock_time_dates_a_statement_whose_lead_names_no_day():
    # "2-10-2018 | 23:29", "الثلاثاء، 20 ديسمبر 2016 11:47 ص": a page stamped
    # with its time of publication reports what was said the day it went up,
    # also when its lead names no day ("عقب المباراة")
    text = (
        "الفريق يتأهل إلى الدور النهائي\n"
        "14-5-2019 | 22:41\n"
        "أبدى مدرب الفريق سعادته بالفوز على ضيفه بهدفين دون رد.\n"
        'وقال المدرب في تصريحات تلفزيونية عقب المباراة: "اللاعبون قدموا '
        'مباراة كبيرة أمام جمهورهم".\n'
    )
    assert one(text, "اللاعبون قدموا").date == "2019-05-14"
    text = (
        "وزير الخارجية يدين الهجوم على السفارة\n"
        "الخميس، 9 مارس 2017 10:15 ص\n"
        "أدان وزير الخارجية الهجوم الذي استهدف سفارة بلاده.\n"
        'وقال الوزير في بيان: "لا شيء يبرر استهداف البعثات الدبلوماسية".\n'
    )
    assert one(text, "لا شيء يبرر").date == "2017-03-09"


def test_a_labelled_publication_date_dates_a_statement_whose_lead_names_no_day():
    # "تاريخ النشر: 4th, November 2023": the label tells the page's day
    text = (
        "وزير المالية: العجز سينخفض العام المقبل\n"
        "تاريخ النشر: 12/06/2022\n"
        "توقع وزير المالية تراجع عجز الموازنة.\n"
        'وقال الوزير خلال مؤتمر صحفي: "سنخفض العجز إلى النصف خلال عامين".\n'
    )
    assert one(text, "سنخفض العجز").date == "2022-06-12"


def test_a_bare_date_heading_the_text_still_dates_no_statement():
    # (negative) a date alone on its line, with no clock time and no label:
    # the day the page was read or a date of no known role
    text = (
        "وزير المالية: العجز سينخفض العام المقبل\n"
        "12/06/2022\n"
        "توقع وزير المالية تراجع عجز الموازنة.\n"
        'وقال الوزير خلال مؤتمر صحفي: "سنخفض العجز إلى النصف خلال عامين".\n'
    )
    assert one(text, "سنخفض العجز").date is None
    # nor a stamped page that tells of leaked cables: their words are of
    # their own time
    text = (
        "وثائق مسربة عن لقاءات الوزير\n"
        "14-5-2019 | 22:41\n"
        "كشفت برقية أمريكية مسربة عن لقاء الوزير بالسفير.\n"
        'ونقلت البرقية عن الوزير قوله: "لن نقبل بأي تدخل في شؤوننا".\n'
    )
    assert one(text, "لن نقبل").date is None


def test_ghurra_before_a_month_is_its_first_day():
    # "غرة جويلية 2021", "بغرة شهر مارس": the first of the month, as فاتح
    text = 'وقال وزير التجارة يوم غرة جوان 2022 إن "الأسعار ستنخفض قبل الصيف".\n'
    q = one(text, "الأسعار ستنخفض")
    assert (q.date, q.date_precision) == ("2022-06-01", "day")
    text = 'وأكد الوزير بغرة شهر مارس 2020 أن "المخزون يكفي ستة أشهر".\n'
    assert one(text, "المخزون يكفي").date == "2020-03-01"
    # (negative) no month after it: no date
    text = 'وقال الوزير في غرة الاجتماع إن "المخزون يكفي ستة أشهر".\n'
    assert one(text, "المخزون يكفي").date is None


def test_the_leads_today_with_its_weekday_replaces_a_stamp_it_contradicts():
    # "تاريخ النشر : 00:08 - 2021/07/02" then "مساء اليوم الخميس 1 جويلية
    # 2021": the page went up after midnight; the lead's today, whose
    # weekday agrees with its date, is the story's day, and the statements
    # after it are of that day
    text = (
        "الرئيس يعلق على أحداث البرلمان\n"
        "تاريخ النشر : 00:08 - 2021/07/02\n"
        "علق مساء اليوم الخميس 1 جويلية 2021 رئيس الجمهورية على أحداث البرلمان.\n"
        "وفي كلمة ألقاها خلال زيارته لأحد المستشفيات، أكد الرئيس أن ما حدث "
        'مدبر، قائلا "لن نقبل بأن تتحول المؤسسات إلى ساحة للعنف".\n'
    )
    assert one(text, "لن نقبل بأن").date == "2021-07-01"


def test_a_lead_date_whose_weekday_disagrees_is_no_dateline():
    # (negative) "اليوم الخميس 2 جويلية 2021": 2 July 2021 was a Friday;
    # the lead's day is not trusted, and the statement stays undated
    text = (
        "الرئيس يعلق على أحداث البرلمان\n"
        "تاريخ النشر : 00:08 - 2021/07/03\n"
        "علق مساء اليوم الخميس 2 جويلية 2021 رئيس الجمهورية على أحداث البرلمان.\n"
        "وفي كلمة ألقاها خلال زيارته لأحد المستشفيات، أكد الرئيس أن ما حدث "
        'مدبر، قائلا "لن نقبل بأن تتحول المؤسسات إلى ساحة للعنف".\n'
    )
    assert one(text, "لن نقبل بأن").date is None


def test_an_english_abbreviated_month_and_sa3a_clock_make_a_page_stamp():
    # "28 Aug 2017 ساعة 21:18": the stamp of Iranian and Iraqi Arabic
    # outlets, an English month abbreviated and "ساعة" before the clock
    text = (
        "وزير الخارجية يؤكد دعم الحوار\n"
        "14 Mar 2018 ساعة 19:05\n"
        "أكد وزير الخارجية دعم بلاده للحوار بين الأطراف.\n"
        'وقال الوزير في تصريحات للصحفيين إن "الحل السياسي هو الطريق الوحيد".\n'
    )
    assert one(text, "الحل السياسي").date == "2018-03-14"
    text = 'وقال الوزير في مقابلة نشرت Sep 3, 2019 إن "الحل السياسي هو الطريق الوحيد".\n'
    assert one(text, "الحل السياسي").date == "2019-09-03"
    # (negative) an abbreviation with neither day nor year is no date
    text = 'وقال مدير مجموعة Mar للاستثمار إن "الحل السياسي هو الطريق الوحيد".\n'
    assert one(text, "الحل السياسي").date is None


def test_a_month_name_between_slashes_is_a_full_date():
    # "الجمعة 20/أكتوبر/2023 - 09:40 م": the stamp of Egyptian pages, the
    # month's name between slashes; the lead's "اليوم" counts from it
    text = (
        "متحدث الوزارة: لا صحة لما يتردد عن غلق المعبر\n"
        "الأحد 12/مارس/2023 - 08:15 م\n"
        'وقال المتحدث باسم الوزارة اليوم الأحد إن "المعبر مفتوح أمام الحالات '
        'الإنسانية".\n'
    )
    assert one(text, "المعبر مفتوح").date == "2023-03-12"
    text = 'وقال المتحدث في بيان صدر يوم 5-مارس-2019 إن "المعبر مفتوح أمام الحالات".\n'
    assert one(text, "المعبر مفتوح").date == "2019-03-05"
    # (negative) slashes that do not match, or no year: no date
    text = 'وقال المتحدث في بيان صدر يوم 5/مارس-2019 إن "المعبر مفتوح أمام الحالات".\n'
    assert one(text, "المعبر مفتوح").date is None


def test_french_month_names_make_a_date():
    # "mercredi 21 novembre 2012": a blog or a Maghrebi page stamped in a
    # French locale; the lead's "اليوم" counts from it
    text = (
        "jeudi 7 février 2019\n"
        "الوزير يرد على منتقديه\n"
        'وقال وزير الصحة اليوم الخميس إن "الإصلاحات ستتواصل رغم كل الصعوبات".\n'
    )
    assert one(text, "الإصلاحات ستتواصل").date == "2019-02-07"
    text = 'وقال الوزير في رسالة مؤرخة في 1er mai 2020 إن "الإصلاحات ستتواصل".\n'
    assert one(text, "الإصلاحات ستتواصل").date == "2020-05-01"
    # (negative) a French word that is no month, or a month with neither day
    # nor year, dates nothing
    text = 'وقال مدير مهرجان mars للسينما إن "الإصلاحات ستتواصل رغم كل الصعوبات".\n'
    assert one(text, "الإصلاحات ستتواصل").date is None


def test_a_date_that_names_a_past_event_is_not_the_statements():
    # "عن نتائج الانتخابات النيابية في 7 حزيران 2009، مؤكدا أن «…»",
    # "أحداث 7 أيار 2008": the day of the elections or of the events, not of
    # the words said about them
    text = (
        "وعبر الوزير خلال لقائه بالسفير عن ارتياحه لنتائج الانتخابات البلدية "
        'في 12 آذار 2011، مؤكدا أن "الناخبين اختاروا الاستقرار".\n'
    )
    assert one(text, "الناخبين اختاروا").date is None
    text = (
        "نشرت الصحيفة برقيات السفارة عن أحداث 3 تموز 2013 وما بعدها. "
        'وقال السفير في برقيته إن "الجيش يسيطر على الوضع".\n'
    )
    assert one(text, "الجيش يسيطر").date is None


def test_a_date_after_a_gathering_or_a_plain_noun_still_dates_the_statement():
    # (negative) "خلال الاجتماع في 12 آذار 2011": the gathering the words
    # were said at
    text = (
        "وعبر الوزير خلال الاجتماع في 12 آذار 2011 عن ارتياحه، مؤكدا أن "
        '"الناخبين اختاروا الاستقرار".\n'
    )
    assert one(text, "الناخبين اختاروا").date == "2011-03-12"
    text = 'وقال الوزير في كلمته في 12 آذار 2011 إن "الناخبين اختاروا الاستقرار".\n'
    assert one(text, "الناخبين اختاروا").date == "2011-03-12"


def test_the_leads_yesterday_with_its_weekday_and_date_tells_the_story_day():
    # "استنكر X مساء يوم أمس الجمعة 27 أوت 2021 …" then "وشدد X مساء يوم
    # أمس على أن …" and "وقال X: «…»": the page is of the day after the
    # date its "أمس" names; the statements go on on that day
    text = (
        "الشارع: ندد رئيس الحكومة مساء يوم أمس الجمعة 3 سبتمبر 2021 بالحملة على بلاده.\n"
        "وشدد رئيس الحكومة في كلمة بثها التلفزيون مساء يوم أمس على أن الشعب لن يقبل الإهانة.\n"
        'وقال رئيس الحكومة" لن نسمح لأحد بأن يتهمنا بما ليس فينا".\n'
    )
    assert one(text, "لن نسمح لأحد").date == "2021-09-03"
    # (negative) the weekday disagrees with the date (3 September 2021 was a
    # Friday): the lead's day is not trusted
    text = text.replace("أمس الجمعة", "أمس الخميس", 1)
    assert one(text, "لن نسمح لأحد").date is None


def test_a_meeting_dated_in_a_cables_lead_dates_what_its_participants_said():
    # "البرقية … من إعداد السفيرة بعد الاجتماع في 30 حزيران 2009 بين X وY"
    # then "يعرب X لـY عن …، مؤكدا له أن «…»": the date the gathering carries
    # in the lead, though the lead tells of the cable
    text = (
        "البرقية التي نشرها الموقع كانت من إعداد السفير بعد الاجتماع في 12 "
        "آذار 2008 بين وزير الدفاع سمير الخوري والجنرال الأمريكي.\n"
        "يعبر الخوري للجنرال عن قلقه من الوضع على الحدود، مؤكدا له أن "
        '"الجيش قادر على ضبط الحدود إذا حصل على الدعم".\n'
    )
    assert one(text, "الجيش قادر").date == "2008-03-12"


def test_a_cables_own_date_in_its_lead_is_no_gathering_date():
    # (negative) "البرقية المؤرخة في 12 آذار 2008 عن الاجتماع بين X وY":
    # the date the dating word gives the cable, not the meeting's; the
    # minister's words are not dated by it as a gathering's
    text = (
        "البرقية المؤرخة في 12 آذار 2008 تروي تفاصيل الاجتماع بين وزير الدفاع "
        "سمير الخوري والجنرال الأمريكي.\n"
        "وفي لقاء لاحق مع صحافيين، قال الخوري إن "
        '"الجيش قادر على ضبط الحدود إذا حصل على الدعم".\n'
    )
    assert one(text, "الجيش قادر").date is None


def test_that_was_during_an_occasion_ends_speech_without_marks():
    # "وأضاف: انهيار الوزارة يعني انهيار البلاد، وذلك خلال مؤتمر صحفي …،
    # مساء الأربعاء": the narrator's "وذلك" and the occasion end the words;
    # its weekday, counted from the page's date, dates them
    text = (
        "jeudi 8 mars 2018\n"
        "أكد وزير النقل تأجيل المشروع، وأضاف: التأجيل لن يطول أكثر من شهرين، "
        "وذلك خلال مؤتمر صحفي عقده في مقر الوزارة، مساء الخميس.\n"
    )
    q = one(text, "التأجيل لن يطول")
    assert q.text == "التأجيل لن يطول أكثر من شهرين", q.text
    assert q.date == "2018-03-08"
    # (negative) "وذلك في إطار": the speaker's own words go on
    text = (
        "أكد وزير النقل تأجيل المشروع، وأضاف: التأجيل لن يطول أكثر من شهرين، "
        "وذلك في إطار خطة الوزارة لإصلاح الطرق.\n"
    )
    assert one(text, "التأجيل لن يطول").text.endswith("لإصلاح الطرق")


def test_the_day_an_event_is_set_for_is_not_the_statements():
    # "أكد الوزير التزام إجراء الانتخابات في موعدها في أيار 2026 … حين
    # أعلن أنه «…»", "الانتخابات المقررة في 12 مايو 2024": a scheduled day
    text = (
        "أكد وزير الداخلية التزام الوزارة إجراء الانتخابات البلدية في موعدها في "
        "أيار 2026 وهو ما أكده رئيس الحكومة حين أعلن أنه "
        '"لا نية لتأجيل الاستحقاق تحت أي ظرف".\n'
    )
    assert one(text, "لا نية لتأجيل").date is None
    text = (
        "وقال رئيس الهيئة عن الانتخابات المقررة في 12 مايو 2024 إن "
        '"كل المكاتب ستكون جاهزة قبل الموعد".\n'
    )
    assert one(text, "كل المكاتب ستكون").date is None


def test_a_day_counted_from_an_event_still_dates_the_statement():
    # (negative) "غداة الانتخابات في 14 أيار 2022": the day after the
    # elections, counted from their date, is the statement's
    text = 'قال رئيس الهيئة، غداة الانتخابات في 14 أيار 2022، إن "النتائج تعكس إرادة الناخبين".\n'
    assert one(text, "النتائج تعكس").date == "2022-05-15"


def test_a_yearless_date_with_its_weekday_takes_the_year_told_after_it():
    # "الندوة الصحفية التي انعقدت اليوم الثلاثاء 11 نوفمبر … المسيرة يوم
    # 22 نوفمبر 2025": no year before it; the year told next (or the one
    # before it) whose 11 November is a Tuesday; the story's today
    text = (
        "أعلن رئيس الجمعية خلال الندوة التي انعقدت اليوم الخميس 9 أكتوبر بمقر "
        "الجمعية عن المشاركة في الإضراب المقرر يوم 20 أكتوبر 2025.\n"
        'وقال رئيس الجمعية اليوم إن "الحكومة أغلقت كل أبواب الحوار".\n'
    )
    assert one(text, "الحكومة أغلقت").date == "2025-10-09"
    # (negative) 9 October is a Thursday in neither 2025 nor 2024 when the
    # weekday named is a Monday: the date keeps no year
    text = text.replace("اليوم الخميس 9", "اليوم الاثنين 9")
    assert one(text, "الحكومة أغلقت").date is None


def test_a_quote_with_no_cue_takes_the_date_its_sentence_tells_before_it():
    # "أذنت النيابة العمومية، الاثنين 3 أفريل 2023، بإجراء تتبعات "ضد …"":
    # the narrator's sentence quotes the words with no verb of saying; the
    # date it tells before them is theirs
    text = (
        "قررت وزارة التربية، الخميس 6 أكتوبر 2022، فتح تحقيق إداري "
        '"في كل التجاوزات التي شهدتها امتحانات الباكالوريا الأخيرة".\n'
    )
    assert one(text, "في كل التجاوزات").date == "2022-10-06"
    # (negative) a date a relative word introduces ("منذ") tells of another
    # moment
    text = (
        "قررت وزارة التربية، بعد احتجاجات متواصلة منذ 6 أكتوبر 2022، فتح تحقيق "
        'إداري "في كل التجاوزات التي شهدتها امتحانات الباكالوريا الأخيرة".\n'
    )
    assert one(text, "في كل التجاوزات").date is None


def test_a_pages_stamp_does_not_date_the_articles_under_read_also():
    # "إقرأ أيضاً:" then another article's text: the page's day is not its
    story = (
        "وزير المالية: العجز سينخفض العام المقبل\n"
        "تاريخ النشر: 12/06/2022\n"
        'وقال وزير المالية خلال مؤتمر صحفي: "سنخفض العجز إلى النصف خلال عامين".\n'
    )
    other = (
        "وزير الخارجية ينفي وجود أي اتفاق\n"
        'نفى وزير الخارجية وجود أي اتفاق سري. وأضاف: "لم نوقع أي اتفاق من هذا النوع".\n'
    )
    text = story + "إقرأ أيضاً:\n" + other
    assert one(text, "سنخفض العجز").date == "2022-06-12"
    assert one(text, "لم نوقع أي اتفاق").date is None
    # (negative) with no such label, the page's stamp dates them both
    assert one(story + other, "لم نوقع أي اتفاق").date == "2022-06-12"


def test_a_participle_after_the_quote_tells_the_day_of_the_same_statement():
    # "قال X إن «…»، مضيفا في تصريحات للصحفيين، الأربعاء، أن «…»": the
    # participle goes on with the same statement; the day its clause names,
    # counted from the page's stamp, dates the first words too
    text = (
        "الأربعاء 14-06-2017 11:20 | كتب: محرر\n"
        'قال وزير النقل، إن "المشروع سيكتمل قبل نهاية العام"، مضيفا في تصريحات '
        'للصحفيين، الاثنين، أن "التمويل متوفر بالكامل".\n'
    )
    assert one(text, "المشروع سيكتمل").date == "2017-06-12"
    assert one(text, "التمويل متوفر").date == "2017-06-12"
    # (negative) the day after the participle's أنّ is of what it reports,
    # not of the words
    text = (
        "الأربعاء 14-06-2017 11:20 | كتب: محرر\n"
        'قال وزير النقل، إن "المشروع سيكتمل قبل نهاية العام"، مضيفا أن اللجنة '
        "اجتمعت الاثنين لمتابعة الأشغال.\n"
    )
    assert one(text, "المشروع سيكتمل").date != "2017-06-12"
