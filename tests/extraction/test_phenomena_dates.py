"""Dating phenomena found on real news excerpts (the local sets r1–r5).

Every article here is written for the test, with invented names and
sentences of its own; each test fails without the rule it names.
"""

from claims.extraction import parse_date
from tests.extraction.helpers import one


def test_a_web_stamp_with_its_clock_time_dates_yesterday():
    # "آخر تحديث: 2019/03/14 الساعة 09:12": a page's time stamp at the head
    # of its line, a clock time after the date, is the day "أمس" counts from
    text = (
        "مهرجان المسرح يفتتح دورته الجديدة\n"
        "آخر تحديث: 2019/03/14 الساعة 09:12 (بتوقيت مكة)\n\n"
        "افتتح وزير الثقافة حمدي الساعدي أمس مهرجان المسرح في العاصمة، وقال في كلمته إن "
        "«المسرح يبقى مدرسة الشعب الأولى».\n"
    )
    q = one(text, "المسرح يبقى مدرسة")
    assert q.date == "2019-03-13", q


def test_a_byline_with_its_clock_time_dates_a_sitting_held_yesterday():
    # "كتب: X الأربعاء 06-11-2019 18:40": the byline's stamp is the day of
    # the article; the sitting held "أمس" is the day before
    text = (
        "كتب: سامي العربي الأربعاء 06-11-2019 18:40\n\n"
        "شهدت الجلسة العامة لمجلس الشيوخ، أمس، نقاشا حادا حول قانون الإيجارات.\n\n"
        "وقال النائب فريد منصور، خلال كلمته بالجلسة: «القانون يظلم المستأجرين».\n"
    )
    q = one(text, "القانون يظلم المستأجرين")
    assert q.date == "2019-11-05", q


def test_a_clock_stamp_wins_over_the_site_header_date_before_it():
    # the site's header shows the day the page was read ("السبت 4 مايو
    # 2024"); the article's own stamp, with its clock time, comes after the
    # headline and fixes its weekday
    text = (
        "موقع الأفق الإخباري\n"
        "السبت 4 مايو 2024\n\n"
        "النقابة ترفض مشروع قانون التقاعد\n\n"
        "17-02-2015 11:20 AM\n\n"
        "رفضت نقابة المعلمين، الثلاثاء، مشروع قانون التقاعد، وقالت إن "
        "«المشروع يمس بحقوق المتقاعدين».\n"
    )
    q = one(text, "المشروع يمس بحقوق")
    assert q.date == "2015-02-17", q


def test_a_clock_stamp_with_a_colon_after_the_hour_word():
    # "آخر تحديث: 17/02/2015 الساعة: 11:20": the hour word with its colon
    text = (
        "موقع الأفق الإخباري\n"
        "السبت 4 مايو 2024\n\n"
        "النقابة ترفض مشروع قانون التقاعد\n"
        "آخر تحديث: 17/02/2015 الساعة: 11:20\n\n"
        "رفضت نقابة المعلمين، الثلاثاء، مشروع قانون التقاعد، وقالت إن "
        "«المشروع يمس بحقوق المتقاعدين».\n"
    )
    q = one(text, "المشروع يمس بحقوق")
    assert q.date == "2015-02-17", q


def test_a_date_that_opens_the_text_is_its_stamp():
    # "date 2021-06-08 …": a full date at the very start of the page, a
    # label at most before it, is the day its weekdays count from
    text = (
        "date 2021-06-08 نائب: الحكومة عاجزة عن حل أزمة الكهرباء\n\n"
        "قال النائب عادل الربيعي، الثلاثاء، إن «الحكومة عاجزة عن حل أزمة الكهرباء».\n"
    )
    q = one(text, "الحكومة عاجزة عن حل")
    assert q.date == "2021-06-08", q


def test_a_dated_statement_in_reported_speech_dates_the_quote_that_goes_on():
    # "نفت الحركة الثلاثاء …" then "وأضافت أن «…»": the statement reported
    # first, its day told in its cue clause, goes on in the speaker's words
    text = (
        "تونس 10 مارس 2021 (وات) - نفت حركة الأمل، الثلاثاء، ما نشرته بعض الصحف عن "
        "انسحابها من الحكومة.\n"
        "وأضافت الحركة أن «مكانها الطبيعي هو صف الإصلاح ولن تتخلى عنه».\n"
    )
    q = one(text, "مكانها الطبيعي")
    assert q.date == "2021-03-09", q


def test_a_full_date_in_a_reported_statement_dates_the_same_speakers_next_quote():
    # "أكد الوزير لدى استقباله يوم الاثنين 3 مايو 2021 … أن …" then "الوزير
    # قال بالمناسبة: «…»"
    text = (
        "أكد وزير الفلاحة منير الحامدي لدى استقباله يوم الاثنين 3 مايو 2021 وفدا من "
        "المزارعين أن الدولة ستدعم أسعار الأعلاف.\n"
        "الوزير قال بالمناسبة: «لن نترك الفلاح وحده أمام الغلاء».\n"
    )
    q = one(text, "لن نترك الفلاح")
    assert q.date == "2021-05-03", q


def test_a_document_dated_earlier_in_the_sentence_dates_its_quotes():
    # "وتتناول إحدى المراسلات المؤرخة في 4 آذار 2007 …، إذ يرى أن … «…»":
    # the date a dating word gives the document holds the words quoted from it
    text = (
        "وتتناول إحدى المراسلات المؤرخة في 4 آذار 2007 مخاوف السفير من تدهور الوضع، "
        "إذ يرى أن الأزمة ستكون لها «عواقب وخيمة على الاقتصاد المحلي».\n"
    )
    q = one(text, "عواقب وخيمة")
    assert q.date == "2007-03-04", q


def test_a_letter_dated_far_after_its_noun_dates_what_it_contains():
    # "رسالة وجهها الوزير إلى … (a long list of addressees) بتاريخ 12/3/1430
    # هـ تضمنت أن «…»": the dating word, however far from the noun, dates it
    text = (
        "نشرت صحيفة محلية رسالة سرية وجهها وزير الداخلية في الحكومة السابقة إلى أمير "
        "المنطقة الشرقية ونائبه ومدير الشرطة فيها وعدد من كبار الضباط في المنطقة "
        "الحدودية مع الجارة الشمالية بتاريخ 12/3/1430 هـ تضمنت أن «الأوضاع الأمنية "
        "مستقرة ولا داعي للقلق».\n"
    )
    q = one(text, "الأوضاع الأمنية مستقرة")
    assert q.date and q.date.startswith("2009-03"), q


def test_her_cable_is_the_cable_dated_before():
    # "تعود البرقية إلى 3 نيسان 2008 …" then "وقالت السفيرة في برقيتها «…»"
    text = (
        "تعود البرقية الأولى إلى 3 نيسان 2008، وفيها روى السفير كريم ناصيف تفاصيل "
        "زيارة قام بها إلى الجنوب.\n"
        'وقالت القائمة بالأعمال الأمريكية جين بارتون في برقيتها "الوضع في الجنوب '
        'هادئ لكنه هش".\n'
    )
    q = one(text, "الوضع في الجنوب")
    assert q.date == "2008-04-03", q


def test_a_stamp_whose_weekday_the_lead_contradicts_is_no_dateline():
    # the page's stamp is a Wednesday, the lead says "today, Tuesday": the
    # stamp is the day the page was read, "اليوم" cannot be counted from it
    text = (
        "الأربعاء 6 نوفمبر 2024\n"
        "حمّل النائب حسن الجبوري، اليوم الثلاثاء، الحكومة مسؤولية أزمة المياه.\n\n"
        'وقال الجبوري في بيان اليوم إن "الحكومة تأخرت كثيرا في معالجة الأزمة".\n'
    )
    q = one(text, "الحكومة تأخرت كثيرا")
    assert q.date is None, q


def test_a_date_in_a_relative_clause_of_the_speaker_dates_no_statement():
    # "قال X، الذي زار الجنوب يوم الأحد 3 مارس 2024، إن …": the visit is
    # the speaker's own past, not the day of the statement his quote goes on
    text = (
        "قال وزير الصحة سمير العلوي، الذي زار الجنوب يوم الأحد 3 مارس 2024، إن الحكومة "
        "ستفتح مستشفيات جديدة هناك.\n"
        "وأضاف العلوي: «سنبدأ العمل في الصيف المقبل ولن نتأخر».\n"
    )
    q = one(text, "سنبدأ العمل")
    assert q.date is None, q


def test_a_web_stamp_with_its_clock_time_before_the_date():
    # "تاريخ النشر : 09:40 - 2021/05/11": the clock time may come first on
    # the stamp's line; the stamp is still the day a weekday counts from
    text = (
        "الهيئة تنفي إغلاق مكاتبها\n\n"
        "تاريخ النشر : 09:40 - 2021/05/11\n\n"
        "وكانت هيئة المحامين قالت، في بيان يوم الأحد، إن الإدارة «أغلقت مكاتبها دون سابق إنذار».\n"
    )
    q = one(text, "أغلقت مكاتبها")
    assert q.date == "2021-05-09", q


def test_a_span_of_days_after_an_event_moves_its_date():
    # "بعد يومين على …، في 3 أيار 1982": the day told is the event's; the
    # words said two days after it are of the day the span reaches
    text = (
        "وفق وثيقة دبلوماسية، قال وزير الداخلية الأسبق سليم حداد للسفير البريطاني "
        "بعد يومين على اندلاع المواجهات في المرفأ في 3 أيار 1982: "
        '"الحكومة لا تملك القدرة على ضبط الأمن وحدها".\n'
    )
    q = one(text, "الحكومة لا تملك القدرة")
    assert q.date == "1982-05-05", q


def test_a_day_before_an_event_moves_its_date_back():
    # "قبل يوم من الاقتراع المقرر في 9 حزيران 2019": the eve of the vote
    text = (
        "قال رئيس اللجنة الانتخابية منير عبد الله قبل يوم من الاقتراع المقرر في 9 حزيران "
        '2019 إن "كل المكاتب جاهزة لاستقبال الناخبين".\n'
    )
    q = one(text, "كل المكاتب جاهزة")
    assert q.date == "2019-06-08", q


def test_the_day_after_an_event_moves_its_date_on():
    # "غداة الفيضانات في 14 تشرين الأول 2021": the day after the floods
    text = (
        "قال محافظ المدينة رامي سعادة، غداة الفيضانات في الأحياء الشرقية في 14 تشرين الأول "
        '2021، إن "الأضرار أكبر من كل التقديرات".\n'
    )
    q = one(text, "الأضرار أكبر من")
    assert q.date == "2021-10-15", q


def test_fatih_before_a_month_is_its_first_day():
    # "فاتح أكتوبر 2020", "لفاتح": the first of the month, as Maghrebi
    # outlets write it
    text = (
        "قال رئيس المجلس البلدي أحمد الزياني، في دورة يوم الخميس الموافق لفاتح أكتوبر "
        "2020، إن «الميزانية الجديدة تعطي الأولوية للطرق».\n"
    )
    q = one(text, "الميزانية الجديدة")
    assert q.date == "2020-10-01", q
    assert parse_date("في فاتح ماي 2019") == ("2019-05-01", "day")


def test_a_day_story_dates_its_undated_statements_by_the_stamp():
    # a stamp, a lead that tells its day by it ("اليوم الأحد"), then words
    # quoted with no time of their own: the day's news, of the stamp's day
    text = (
        "date 2023-05-14 الحكومة تعلن خطة جديدة للنقل\n\n"
        "أعلنت وزارة النقل، اليوم الأحد، عن خطة جديدة لتحديث أسطول الحافلات في العاصمة.\n\n"
        "وقال الخبير في شؤون النقل كريم بوزيد إن «الخطة تأتي في وقتها لكنها تحتاج إلى "
        "تمويل كبير».\n"
    )
    q = one(text, "الخطة تأتي في وقتها")
    assert q.date == "2023-05-14", q


def test_a_stamp_does_not_date_a_story_of_leaked_papers_or_without_its_day():
    # the same statement in a story of leaked cables, or after a lead that
    # tells no day: its time is not the page's
    leak = (
        "date 2023-05-14 وثائق مسربة تكشف خلافات داخل الحكومة\n\n"
        "كشفت برقيات مسربة نشرت اليوم الأحد عن خلافات داخل الحكومة حول خطة النقل.\n\n"
        "وقال الوزير السابق كريم بوزيد إن «الخطة ولدت ميتة منذ البداية».\n"
    )
    assert one(leak, "الخطة ولدت ميتة").date is None
    # (a bare date heading the text: "date 2023-05-14", the page's labelled
    # date line, is its stamp of publication, test_phenomena_datex.py)
    no_day = (
        "2023-05-14 الحكومة تعلن خطة جديدة للنقل\n\n"
        "أعلنت وزارة النقل عن خطة جديدة لتحديث أسطول الحافلات في العاصمة.\n\n"
        "وقال الخبير في شؤون النقل كريم بوزيد إن «الخطة تأتي في وقتها».\n"
    )
    assert one(no_day, "الخطة تأتي في وقتها").date is None


def test_yesterday_glossed_with_a_weekday_takes_the_weekday():
    # "أمس (الخميس)" in an issue dated Thursday: the weekday the paper glosses
    # "yesterday" with tells the day, the last of its name up to the stamp
    text = (
        "العدد 1200 - الخميس 14 مارس 2013م\n\n"
        "كشف وزير الإسكان فيصل العامري أمس (الخميس) عن مشروع سكني جديد في المنطقة الشمالية.\n\n"
        "وقال العامري: «سنسلم الوحدات الأولى في الصيف».\n"
    )
    q = one(text, "سنسلم الوحدات")
    assert q.date == "2013-03-14", q


def test_a_weekday_that_contradicts_the_year_taken_from_the_text_tells_the_year():
    # a sidebar's date (the day the page was read) gives "9 جوان" its year,
    # but "الخميس 9 جوان" is no Thursday that year: the last year before it
    # in which it is
    text = (
        "الأكثر قراءة\n"
        "افتتاح معرض الكتاب اليوم الإثنين 26 جانفي 2026\n\n"
        "قال وزير التربية سامي الجلاصي، اليوم الخميس 9 جوان، إن «الامتحانات ستجري في "
        "موعدها».\n"
    )
    q = one(text, "الامتحانات ستجري")
    assert q.date == "2022-06-09", q


def test_a_day_before_that_dates_the_telling_not_the_speech_told_in_it():
    # "كشفت الوثائق، الثلاثاء، عن أن الوزير قال …": the day is when the
    # papers told it; the minister's words inside the أنّ clause are of
    # another, untold time
    text = (
        "الثلاثاء 12-03-2019 18:20 | كتب: سمير حداد\n\n"
        "كشفت مذكرات سفير سابق نشرت الثلاثاء عن أن الوزير الأسبق عادل منصور قال "
        "لنظيره الفرنسي «لن نقبل بأي وساطة في هذا الملف».\n"
    )
    q = one(text, "لن نقبل بأي وساطة")
    assert q.date is None, q


def test_a_day_glued_to_the_article_is_the_day_of_the_date():
    # "في الـ17 من يناير 2007", "بالـ3 من مارس": the day written with the
    # article (its tatweel folded away) is the day, not a month-only date
    assert parse_date("صدرت البرقية في الـ17 من يناير 2007") == ("2007-01-17", "day")
    assert parse_date("وذلك بالـ3 من مارس 2010") == ("2010-03-03", "day")
    assert parse_date("جرى اللقاء يوم ال22 نونبر 2011") == ("2011-11-22", "day")
    text = "قال وزير الخارجية سمير الدباغ في الـ14 من أيلول 2009 إن «المفاوضات لم تنته بعد».\n"
    q = one(text, "المفاوضات لم تنته")
    assert q.date == "2009-09-14", q
    # (an ordinal count glued to the article is no day: "الـ20 عاما")
    assert parse_date("احتفل بمرور الـ20 عاما على تأسيس الحزب في 2008") == ("2008", "year")
    assert parse_date("في الـ17 من عمره") == (None, None)


def test_words_said_at_a_meeting_the_sentence_dates_take_its_date():
    # "أن الرئيس اجتمع شهر أيار 2009 مع …، وقال له «…»": the verb of
    # meeting dates the meeting; the words said at it, joined to it by و/ف,
    # take that date, not the year told of the speaker before
    text = (
        "قال الرئيس سامي الخطيب للأمريكيين سنة 2009 إن «المياه خط أحمر لا نقبل المساس به». "
        "وجاء في وثيقة أخرى أن الرئيس الخطيب اجتمع شهر أيار 2009 ولمدة ساعتين مع مبعوث "
        "الأمم المتحدة، خلال زيارته للعاصمة، وقال له «لن نتنازل عن حقوقنا في المياه».\n"
    )
    assert one(text, "المياه خط أحمر").date == "2009", text
    assert one(text, "لن نتنازل عن حقوقنا").date == "2009-05", text
    text = (
        "أكد الوزير سمير الدباغ سنة 2010 أن «الحوار هو الطريق الوحيد للحل». والتقى الدباغ "
        "بتاريخ 12 آذار 2010 بالسفير الأمريكي في مكتبه، فقال له «لن نقبل بأي وساطة في هذا "
        "الملف».\n"
    )
    assert one(text, "لن نقبل بأي وساطة").date == "2010-03-12", text
    text = (
        "وتحادثت وزيرة الخارجية ليلى منصور يوم الأحد 4 تشرين الأول 2015 مع نظيرها التركي، "
        "وقالت «العلاقات بين البلدين تمر بمرحلة جيدة».\n"
    )
    assert one(text, "العلاقات بين البلدين").date == "2015-10-04", text


def test_a_date_apart_from_the_meeting_verb_dates_no_words_at_it():
    # the date of someone the verb's object names (a relative clause), a
    # time that moves on, or words told inside an أنّ clause on another
    # occasion are not the meeting's words
    before = "أكد الوزير سمير الدباغ سنة 2010 أن «الحوار هو الطريق الوحيد للحل». "
    text = before + (
        "واستقبل الدباغ الوفد الذي وصل في 5 آذار 2010، وقال «نرحب بكل مبادرة للسلام في المنطقة».\n"
    )
    assert one(text, "نرحب بكل مبادرة").date == "2010", text
    text = before + (
        "والتقى الدباغ نظيره الفرنسي في 5 آذار 2010، ثم عاد إلى بلاده بعد يومين، وقال "
        "«الزيارة كانت ناجحة جدا وسنكررها».\n"
    )
    assert one(text, "الزيارة كانت ناجحة").date is None, text
    text = before + (
        "واجتمع الدباغ بالسفير في 5 آذار 2010، وأكد أن الرئيس قال له «الزيارة كانت ناجحة "
        "جدا وسنكررها».\n"
    )
    assert one(text, "الزيارة كانت ناجحة").date is None, text


def test_the_same_year_with_its_noun_after_nafs_or_dhat():
    # "من نفس العام", "من ذات العام", "ذات السنة": the year of the date told
    # before, as "من العام نفسه" is, also for a month before that date's
    text = (
        "صدرت البرقية في 17 أيار 2007 عن السفارة. وفي 14 من كانون الثاني من نفس العام "
        "قال الوزير سليم حداد للسفير إن «الحوار مع المعارضة سيبدأ قريبا».\n"
    )
    assert one(text, "الحوار مع المعارضة").date == "2007-01-14", text
    text = (
        "صدرت البرقية في 17 مايو 2007 عن السفارة. وفي أكتوبر ذات السنة قال الوزير سليم "
        "حداد للسفير إن «الحوار مع المعارضة سيبدأ قريبا».\n"
    )
    assert one(text, "الحوار مع المعارضة").date == "2007-10", text
    # (none told before: no year; "ذات السنوات" is no year)
    assert parse_date("في مارس من نفس العام") == (None, None)
    assert parse_date("في 17 مايو 2007 ثم في أكتوبر ذات السنوات") == ("2007-05-17", "day")
