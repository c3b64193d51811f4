"""Page stamps, names in marks, a that-clause's subject before its marks,
and one of the papers dated together (dev19d, seventh session of
2026-12-05).

A page's stamp may tell its clock time in words after الساعة, the hour and
its minutes joined by و ("3 مارس 2021 الساعة 9 و5 دقائق", "الساعة 18 و40
دقيقة"), as some sites print it under the headline: a stamp as "الساعة
18:40" is, so that a day story ("وزع اليوم", "مساء اليوم") takes its day.
Not a time in a sentence's body, the sentence going on after it ("تبدأ
الامتحانات يوم … الساعة 8 و30 دقيقة صباحا"): no stamp, nothing dated by it.

Words in marks right after a charge's noun ("بتهمة «…»", "تهمة «…»",
"بتهم «…»") are the charge's name, however long, not words said: as after
any label noun without the article.  Not after the definite noun ("وقال عن
التهمة «إنها ملفقة»": what the speaker says of it).

Initials spelt out in marks, the names of Latin letters ("«بي بي سي»",
"«سي إن إن»", "«إف بي آي»"), are an outlet's or a body's name, no words
said.  Not words in marks that only share a letter's spelling with them
("«في أي وقت»", "«إن شاء الله»").

After a verb of saying and its colon, words that open with إنّ, its subject,
then its predicate in marks right after it, up to the sentence's end, the
line's or a comma ("وقال X: إن المفاوضات الجارية منذ أسابيع «وصلت إلى طريق
مسدود»"): the marks hold the words said, the subject before them frames
them, no quote of its own, however long (within four words it already was
none).  Not a clause of its own and a comma before the marks ("إن الوضع
خطير جدا، «ولن نقف …»": two quotes), nor marks the words go on after
("إن الحكومة التي ترفع شعار «…» فشلت في …": one quote through them).

In a story of leaked papers dated together ("وتعود هذه البرقيات إلى عام
2006", "برقيات تعود إلى مارس 2009"), "one of them" ("إحدى البرقيات",
"إحدى الوثائق", "إحدى هذه البرقيات") is of their date, as "البرقية" is.
Not after one cable dated alone ("برقية مؤرخة في …": another may follow),
nor when the papers have no date.

Every sentence here is invented for the test.
"""

from tests.extraction.helpers import one, quotes_of

# -- a stamp with its clock time in words ------------------------------------


def test_stamp_with_clock_time_in_words_dates_the_day_story():
    cases = (
        (
            "زعيم المعارضة يدعو أنصاره للتصويت\n14 مارس 2021 الساعة 9 و5 دقائق\n"
            "دعا رئيس حزب الاتحاد سالم ولد أحمد، أنصاره للحشد للتجمع المقرر مساء اليوم.\n"
            "وقال ولد أحمد في كلمة وزعت اليوم إن «التغيير ممكن إذا صوت الجميع».",
            "التغيير ممكن",
            "2021-03-14",
        ),
        (
            "وزير الصحة يطمئن المواطنين\n2 نوفمبر 2020 الساعة 18 و40 دقيقة\n"
            "طمأن وزير الصحة الدكتور مختار سيدي، اليوم الاثنين، المواطنين بشأن اللقاح.\n"
            "وأضاف الوزير: «الجرعات كافية لكل المسجلين».",
            "الجرعات كافية",
            "2020-11-02",
        ),
        (
            "نقابة المعلمين تعلق الإضراب\n21 يناير 2019 - الساعة 7 و30 دقيقة\n"
            "أعلنت نقابة المعلمين، اليوم الاثنين، تعليق إضرابها المفتوح.\n"
            "وقال الأمين العام للنقابة محمد فال إن «الحوار مع الوزارة أثمر نتائج».",
            "الحوار مع الوزارة",
            "2019-01-21",
        ),
    )
    for text, words, day in cases:
        assert one(text, words).date == day, text


def test_clock_time_in_words_in_a_sentence_is_no_stamp():
    # a date and a time in words in the lead's body, the sentence going on
    # after them: no page stamp, the minister's words stay undated
    text = (
        "أعلنت الوزارة أن الامتحانات تبدأ يوم 14 مارس 2021 الساعة 8 و30 دقيقة صباحا.\n"
        "وقال الوزير سالم ولد أحمد للصحفيين: «الاستعدادات اكتملت في كل المراكز»."
    )
    assert one(text, "الاستعدادات اكتملت").date is None


# -- a charge named in marks ---------------------------------------------------


def test_charge_in_marks_is_no_quote():
    cases = (
        (
            "وقضت المحكمة بسجن الناشط عامين بتهمة «نشر أخبار كاذبة من شأنها "
            "تكدير السلم العام وإثارة البلبلة»، وفق ما قال محاميه.",
            "نشر أخبار كاذبة",
        ),
        (
            "ووجهت النيابة للصحفي تهمة «التخابر مع جهات أجنبية بهدف الإضرار "
            "بالمصالح العليا للدولة».",
            "التخابر مع جهات",
        ),
        (
            'وأوقفت الشرطة ثلاثة شبان بتهم "الاعتداء على موظفين عموميين أثناء '
            'أداء مهامهم وإتلاف ممتلكات عامة" بعد أحداث الملعب.',
            "الاعتداء على موظفين",
        ),
    )
    for text, words in cases:
        assert all(words not in q.text for q in quotes_of(text)), text


def test_said_of_the_charge_is_kept():
    cases = (
        (
            "وقال محامي المتهم عن التهمة «إنها ملفقة ولا أساس لها من الصحة».",
            "إنها ملفقة",
        ),
        (
            # the charge named, then the accused's own words after his verb
            "وأنكر المتهم تهمة الرشوة، وقال أمام القاضي: «لم أتسلم أي مبلغ من أحد».",
            "لم أتسلم أي مبلغ",
        ),
    )
    for text, words in cases:
        assert one(text, words).text.startswith(words), text


# -- initials spelt out in marks ---------------------------------------------


def test_spelt_initials_in_marks_are_no_quote():
    cases = (
        (
            'وهدد الحزب بمقاضاة "بي بي سي" بسبب تقرير عن تمويله، وقال المتحدث '
            "باسمه إن «التقرير مليء بالأكاذيب».",
            "بي بي سي",
        ),
        ("وقال مسؤول أمريكي لشبكة «سي إن إن» إن المفاوضات متعثرة.", "سي إن إن"),
        ("وأكد المحقق أن مكتب «إف بي آي» تسلم الملف كاملا منذ أسبوع.", "إف بي آي"),
    )
    for text, name in cases:
        assert all(q.text.strip() != name for q in quotes_of(text)), text


def test_words_in_marks_sharing_letters_are_kept():
    cases = (
        ("وقال الوزير للصحفيين: «في أي وقت».", "في أي وقت"),
        ("وأضاف المدرب بعد المباراة: «إن شاء الله».", "إن شاء الله"),
    )
    for text, words in cases:
        assert one(text, words).text.startswith(words), text


# -- "قال: إن X «…»": the subject before the marks is no quote -----------------


def test_that_subject_before_its_predicate_in_marks_is_no_quote():
    cases = (
        (
            "وقال وزير الخارجية سامي العلي: إن المفاوضات الجارية منذ أسابيع «وصلت إلى طريق مسدود».",
            "وصلت إلى طريق مسدود",
        ),
        (
            # a comma and the narrator's participle after the marks
            "وأضاف المتحدث باسم الجيش العقيد منير حداد: إن القوات التي انتشرت على "
            "الحدود «لن تنسحب قبل تحقيق أهدافها»، مشيرا إلى أن الوضع هادئ.",
            "لن تنسحب قبل",
        ),
        (
            # a relayed speaker before the colon, the narrator going on after
            "وقال السفير، نقلا عن رئيس البرلمان: إن العقوبات الأخيرة على البلاد "
            "«مثل الدواء المر، لا بد منه»، ثم ابتسم.",
            "مثل الدواء المر",
        ),
        (
            # the line's end after the marks
            "وقالت رئيسة النقابة ليلى حمدي للصحفيين: إن الأجور التي أقرتها الوزارة "
            "العام الماضي «لا تكفي لسد حاجات الأسر»\nوتابعت أن النقابة ستواصل الاحتجاج.",
            "لا تكفي لسد",
        ),
    )
    for text, words in cases:
        found = quotes_of(text)
        assert [q.text[: len(words)] for q in found] == [words], text


def test_words_after_the_colon_around_marks_stay_said():
    cases = (
        (
            # a clause of its own and a comma before the marks: both said
            "وقال الوزير: إن الوضع الأمني خطير جدا، «ولن نقف مكتوفي الأيدي».",
            ["إن الوضع الأمني خطير جدا", "ولن نقف مكتوفي الأيدي"],
        ),
        (
            # a name in marks the words go on after: one quote, through them
            "وقال النائب: إن الحكومة التي ترفع شعار «الإصلاح الشامل والعدالة» "
            "فشلت في تحقيق أي تقدم.",
            ["إن الحكومة التي ترفع شعار «الإصلاح الشامل والعدالة» فشلت في تحقيق أي تقدم"],
        ),
        (
            "وقال الوزير: إنه التقى بالمبعوث «في أجواء إيجابية» وإن الاجتماع كان مثمرا.",
            ["إنه التقى بالمبعوث «في أجواء إيجابية» وإن الاجتماع كان مثمرا"],
        ),
    )
    for text, said in cases:
        assert [q.text for q in quotes_of(text)] == said, text


# -- "إحدى البرقيات": one of the papers dated together -------------------------


def test_one_of_the_papers_dated_together_takes_their_date():
    cases = (
        (
            "نشر موقع ويكيليكس وثائق سرية عن المفاوضات.\n"
            "وتعود هذه البرقيات إلى عام 2008 الذي شهد أزمة حادة.\n"
            "وبحسب إحدى الوثائق، فإن وزير الدفاع «لم يكن راضيا عن أداء الحكومة».",
            "لم يكن راضيا",
            "2008",
        ),
        (
            "كشفت برقيات دبلوماسية تعود إلى مارس 2009 عن لقاءات سرية في العاصمة.\n"
            "وتنقل إحدى البرقيات عن رئيس الوزراء قوله: «لن نسمح بتكرار ما حدث».",
            "لن نسمح بتكرار",
            "2009-03",
        ),
        (
            "وتعود الوثائق المسربة التي نشرتها الصحيفة إلى عام 2010.\n"
            "وجاء في إحدى هذه البرقيات أن المبعوث قال: «الانتخابات لن تجري في موعدها».",
            "الانتخابات لن تجري",
            "2010",
        ),
    )
    for text, words, date in cases:
        assert one(text, words).date == date, text


def test_one_of_the_papers_after_a_single_dated_cable_stays_undated():
    cases = (
        (
            # one cable dated: "one of the cables" may be another
            "كشفت برقية مؤرخة في 5 مايو 2008 أن وزير الدفاع انتقد حلفاءه.\n"
            "وبحسب إحدى البرقيات، فإن الوزير «لم يكن راضيا عن أداء الحكومة».",
            "لم يكن راضيا",
        ),
        (
            # the papers undated
            "نشرت صحيفة محلية أمس برقيات سرية عن المفاوضات.\n"
            "وبحسب إحدى البرقيات، فإن الوزير «لم يكن راضيا عن أداء الحكومة».",
            "لم يكن راضيا",
        ),
    )
    for text, words in cases:
        assert one(text, words).date is None, text
