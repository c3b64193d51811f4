"""Words said today about a leaked cable (dev19e, seventh session of
2026-12-05).

In a story of leaked cables, words that refer to the cable ("إن البرقية
«…»", "إن إحدى الوثائق «…»") are of the cable's date: what it tells.  Not
when the cue's own clause, before its that-clause, says they were said on
the reporter's day ("وقال المتحدث اليوم إن البرقية «…»", "وصرح X أمس بأن
الوثيقة «…»"): a reaction now to the cable, not the cable's words, as "في
تصريح لـ«…»" already was.  Not a day in a relative clause ("البرقية التي
نشرها الموقع اليوم": when the cable came out), nor one in the that-clause.

A fronted occasion with its date before the verb of reported speech ("وفي
تصريح لإذاعة محلية يوم …، قال X إن …") dates the same speaker's next words
("وأضاف «…»"), as a date between the verb and أنّ did.  Not another
speaker's, nor words on an occasion of their own, nor after the time moves.

After a verb of saying, words between, and its colon, إنّ and its subject
ending in a definite label noun, then marks closing the clause ("وقال X،
نقلا عن Y: إن الضربات على الحركة «مثل …»، ثم …"): the marks hold the
predicate, the words said, not the movement's name (as when إنّ stood
within three words of the verb).

Every sentence here is invented for the test.
"""

from tests.extraction.helpers import one, quotes_of

_CABLE = (
    "نشر موقع ويكيليكس برقية دبلوماسية مؤرخة في 5 مايو 2008 عن المفاوضات.\n"
    "وجاء في البرقية أن وزير الخارجية قال للسفير: «لن نوقع الاتفاق قبل الانتخابات».\n"
)
_PAPERS = (
    "نشرت صحيفة الوطن وثائق سرية عن صفقة السلاح.\n"
    "وتعود هذه البرقيات إلى عام 2009 الذي شهد توترا حادا على الحدود.\n"
)


def test_words_said_today_about_the_cable_are_not_of_its_date():
    cases = (
        (
            _CABLE + "وقال المتحدث باسم الحكومة اليوم إن البرقية «لا تعكس موقفنا الرسمي».",
            "لا تعكس موقفنا",
        ),
        (
            _CABLE + "وصرحت النائبة سعاد الكبير أمس بأن الوثيقة «تؤكد ما قلناه منذ سنوات».",
            "تؤكد ما قلناه",
        ),
        (
            _PAPERS + "وقال وزير الدفاع اليوم للصحفيين إن إحدى الوثائق «مزورة بالكامل».",
            "مزورة بالكامل",
        ),
        (
            _PAPERS + "وقالت وزيرة الخارجية ليلى حداد أمس إن إحدى البرقيات «أخرجت من سياقها».",
            "أخرجت من سياقها",
        ),
    )
    for text, words in cases:
        assert one(text, words).date is None, text


def test_the_cables_own_words_keep_its_date():
    cases = (
        # the cable's own words, no day of their own
        (_CABLE, "لن نوقع الاتفاق", "2008-05-05"),
        (
            _CABLE + "وقال السفير في البرقية إن الوزير «كان متوترا طوال اللقاء».",
            "كان متوترا",
            "2008-05-05",
        ),
        (
            # the day the cable came out, in a relative clause
            _CABLE + "وتقول البرقية التي نشرها الموقع اليوم إن الوزير «رفض كل المقترحات».",
            "رفض كل المقترحات",
            "2008-05-05",
        ),
        (
            _PAPERS + "وبحسب إحدى الوثائق، فإن قائد الجيش «لم يكن راضيا عن الصفقة».",
            "لم يكن راضيا",
            "2009",
        ),
    )
    for text, words, date in cases:
        assert one(text, words).date == date, text


def test_said_today_under_a_dateline_takes_its_day():
    # (as before: the dateline's day)
    text = (
        "بيروت 12 مارس 2011 –\n" + _CABLE + "وقال المتحدث باسم الحكومة اليوم إن البرقية "
        "«لا تعكس موقفنا الرسمي»."
    )
    assert one(text, "لا تعكس موقفنا").date == "2011-03-12"


# -- a fronted, dated occasion dates the speaker's next words -----------------


def test_fronted_dated_occasion_dates_the_next_words_of_its_speaker():
    cases = (
        (
            "تونس 9 مارس 2022\nأكد وزير التربية سامي العلي أن الامتحانات ستجري في موعدها.\n"
            "وفي تصريح لإذاعة محلية يوم الاثنين 7 مارس 2022، قال العلي إن الحكومة "
            "ماضية في الإصلاح.\nوأضاف «لن نتراجع عن القرار مهما كانت الضغوط».",
            "لن نتراجع",
            "2022-03-07",
        ),
        (
            "وفي حوار مع قناة الحوار يوم 3 مارس 2021، أكد رئيس الحزب منير حداد أن "
            "الانتخابات ستجري في موعدها.\nوأضاف حداد: «لا أحد يستطيع تأجيلها».",
            "لا أحد يستطيع",
            "2021-03-03",
        ),
        (
            "وفي مقابلة مع صحيفة الشروق نشرت يوم 2 أبريل 2017، قالت الناشطة هدى سالم إن "
            "المجتمع المدني مهمش.\nوأضافت سالم: «نحن نعمل في ظروف صعبة».",
            "نحن نعمل",
            "2017-04-02",
        ),
    )
    for text, words, date in cases:
        assert one(text, words).date == date, text


def test_fronted_dated_occasion_does_not_date_other_words():
    said = (
        "تونس 9 مارس 2022\nوفي تصريح لإذاعة محلية يوم الاثنين 7 مارس 2022، "
        "قال الوزير سامي العلي إن الحكومة ماضية في الإصلاح.\n"
    )
    cases = (
        # another speaker
        (said + "في المقابل، قال النائب منير حداد: «الإصلاح مجرد شعار».", "الإصلاح مجرد"),
        # another occasion of the same speaker
        (said + "وفي حديث لقناة الوطنية، أضاف العلي: «لن نتراجع عن القرار».", "لن نتراجع"),
        # the time moves on
        (said + "وبعد يومين، أضاف العلي: «لن نتراجع عن القرار».", "لن نتراجع"),
        (
            # the fronted date is of an event the statement came since
            "تونس 9 مارس 2022\nومنذ إقالته في 3 جانفي 2022، يقول الوزير السابق سامي "
            "العلي إن الحكومة فاشلة.\nوأضاف «لن أصمت بعد اليوم».",
            "لن أصمت",
        ),
    )
    for text, words in cases:
        assert one(text, words).date is None, text


# -- after the colon, a definite label noun before the predicate in marks ----


def test_predicate_in_marks_after_a_label_noun_past_the_colon_is_said():
    cases = (
        (
            "وقال السفير، نقلا عن رئيس البرلمان: إن الضربات على الحركة «مثل الدواء "
            "المر، لا بد منه»، ثم ابتسم.",
            "مثل الدواء المر",
        ),
        (
            "وقالت الناطقة باسم الحكومة، في مؤتمر صحفي: إن العقوبات على الجمعية "
            "«جاءت بعد تحقيق طويل».",
            "جاءت بعد تحقيق",
        ),
        (
            "وأضاف رئيس الكتلة النيابية سمير داود، في حديث للصحفيين: إن الحملة على "
            "الحزب «لن تثنينا عن مواقفنا».",
            "لن تثنينا عن",
        ),
    )
    for text, words in cases:
        assert [q.text[: len(words)] for q in quotes_of(text)] == [words], text


def test_name_in_marks_past_the_colon_stays_a_name():
    cases = (
        (
            # the words going on after the marks: a name, one quote through it
            "وقال الوزير، في مؤتمر صحفي: إن الحزب «الأمل الجديد» سيشارك في الانتخابات المقبلة.",
            ["إن الحزب «الأمل الجديد» سيشارك في الانتخابات المقبلة"],
        ),
        (
            "وقال الوزير، في مؤتمر صحفي: إن الحكومة تدعم الحركة «ولن تتخلى عنها»، "
            "وإن الدعم سيستمر.",
            ["إن الحكومة تدعم الحركة «ولن تتخلى عنها»، وإن الدعم سيستمر"],
        ),
    )
    for text, said in cases:
        assert [q.text for q in quotes_of(text)] == said, text
