"""Words after إنّ that run past a comma, and a name in marks before an
aside set off by dashes (dev20d, eighth session of 2026-12-05).

After a verb of saying and its colon, words that open with إنّ and its
subject, then an adverbial and a comma, go on with a present verb of saying
of one man or one woman and its أنّ ("قال X: إن الحكومة رغم الصعوبات،
تؤكد أن …"): the predicate of the subject إنّ opened, the speaker's words,
not the narrator's next cue.  Not a participle ("، مؤكدا أن …"), a past
verb ("، وأكد أن …"), nor words that open with no إنّ ("قال X: الحكومة رغم
الصعوبات، تؤكد أنها …"): there the narrator's cue still ends the words.

A name in marks right after the verb of saying, named before in the
article, with an aside set off by dashes before its that-clause ('وقال
"أبو خليل" –في رسالة صوتية نشرها أنصاره– إن …'), is the verb's subject, as with an
aside set off by commas: no words said.  Not a name the article has not
named before.

Every sentence here is invented for the test.
"""

from tests.extraction.helpers import one, quotes_of

# -- a present verb of saying after إنّ and its subject ----------------------


def test_present_verb_after_the_inna_subject_goes_on_with_the_words():
    cases = (
        (
            "قال سامر خليل، رئيس هيئة الموانئ: إن الحكومة رغم الصعوبات الكبيرة، "
            "تؤكد أن الإصلاح ماض في طريقه الصحيح.",
            "الإصلاح ماض في طريقه",
        ),
        (
            "وقالت وزيرة التجارة ريم العلي: إن البلاد رغم تراجع الصادرات هذا العام، "
            "تعلن أنها ستفتح أسواقا جديدة في آسيا.",
            "ستفتح أسواقا جديدة",
        ),
        (
            "وأضاف الناطق العسكري العقيد نادر سليم: إن القوات رغم الهجمات المتكررة "
            "على مواقعها، تؤكد أنها ستحمي الحدود بكل حزم.",
            "ستحمي الحدود بكل حزم",
        ),
        (
            "أكد رئيس الاتحاد كريم عواد: إن المنتخب رغم خسارته الأخيرة أمام ضيفه، "
            "يؤكد أنه قادر على التأهل إلى النهائيات.",
            "قادر على التأهل",
        ),
    )
    for text, rest in cases:
        q = one(text, rest)
        assert q.text.startswith("إن"), text


def test_narrator_cue_after_the_comma_still_ends_the_words():
    # (negative) a participle or a past verb after the comma: the narrator's
    # cue and its that-clause, no words said
    for text, rest in (
        (
            "قال سامر خليل، رئيس هيئة الموانئ: إن الحكومة ماضية في الإصلاح، "
            "مؤكدا أنها لن تتراجع عنه.",
            "لن تتراجع عنه",
        ),
        (
            "قال سامر خليل، رئيس هيئة الموانئ: إن الحكومة ماضية في الإصلاح، "
            "وأكد أنها لن تتراجع عنه أبدا.",
            "لن تتراجع عنه",
        ),
    ):
        texts = [q.text for q in quotes_of(text)]
        assert any(t.startswith("إن الحكومة ماضية") for t in texts), texts
        assert not any(rest in t for t in texts), texts


def test_present_verb_after_words_with_no_inna_still_ends_them():
    # (negative) no إنّ opens the words: the guard keeps the narrator's cue
    text = (
        "قال سامر خليل، رئيس هيئة الموانئ: الحكومة رغم الصعوبات الكبيرة، "
        "تؤكد أنها ماضية في الإصلاح الاقتصادي الشامل."
    )
    texts = [q.text for q in quotes_of(text)]
    assert not any("ماضية في الإصلاح" in t for t in texts), texts


# -- a name in marks before an aside set off by dashes -----------------------


def test_name_in_marks_before_a_dash_aside_is_the_subject():
    lead = "أعلن القائد الميداني أبو خليل انسحاب قواته من المدينة.\n"
    cases = (
        lead + 'قال "أبو خليل" –في رسالة صوتية نشرها أنصاره– إن الحرب لن تنتهي قريبا.',
        lead + 'وقال "أبو خليل" – في كلمة مصورة بثتها صفحته – إن الحرب لن تنتهي قريبا.',
        "وصلت الوزيرة منى الساعدي إلى العاصمة مساء أمس.\n"
        "وقالت «الساعدي» -خلال لقائها بالجالية- إن العلاقات بين البلدين متينة.",
        "زار وزير الزراعة صالح عمران مزارع الجنوب أمس.\n"
        'وقال "عمران" – خلال جولته في المزارع – إن الموسم سيكون وفيرا هذا العام.',
        "ظهر زعيم الحركة أبو سامر في مقطع مصور جديد.\n"
        'وأضاف "أبو سامر" –في المقطع نفسه– أن مقاتليه سيواصلون القتال.',
    )
    for text in cases:
        texts = [q.text for q in quotes_of(text)]
        assert texts == [], texts


def test_name_in_marks_not_named_before_is_left_alone():
    # (negative) the name in marks is not one the article named before:
    # the rule does not read it as the verb's subject
    text = 'قال "حمودة" –في رسالة صوتية نشرها أنصاره– إن الحرب لن تنتهي قريبا.'
    assert [q.text for q in quotes_of(text)] == ["حمودة"]


# -- the predicate of إنّ in marks after a preposition ------------------------


def test_marks_after_a_preposition_hold_the_inna_predicate():
    # "قال X: إن Y على «…»." the subject and the preposition frame the marks,
    # which hold the rest of the predicate up to the sentence's end or a
    # comma: one quote, the marks', no quote of the frame
    cases = (
        (
            "وقال الوزير سالم ناصر: إن الحكومة عازمة على «مواصلة الإصلاحات "
            "الاقتصادية حتى النهاية مهما كانت الكلفة».",
            "مواصلة الإصلاحات الاقتصادية",
        ),
        (
            "وقالت النائبة هدى سعيد خلال الجلسة: إن رئيس اللجنة المالية في البرلمان "
            'على "تواصل دائم مع الوزارات لمتابعة تنفيذ الموازنة".',
            "تواصل دائم مع الوزارات",
        ),
        (
            'وأضاف المدرب فارس علي: إن لاعبيه قادرون على "تحقيق الفوز في المباراة '
            'المقبلة أمام المتصدر"، مشيرا إلى جاهزية الفريق.',
            "تحقيق الفوز في المباراة",
        ),
        (
            "وقال رئيس الوفد المفاوض حسن داود: إن بلاده ماضية في حوارها مع «الأطراف "
            "كافة دون استثناء أو شروط مسبقة».",
            "الأطراف كافة",
        ),
        (
            'وقال رئيس الوفد المفاوض حسن داود: إن بلاده لن تتراجع عن "موقفها الثابت '
            'من قضية الحدود المشتركة"، وفق ما نقلت وكالة الأنباء.',
            "موقفها الثابت",
        ),
    )
    for text, words in cases:
        texts = [q.text for q in quotes_of(text)]
        assert len(texts) == 1 and texts[0].startswith(words), texts


def test_marks_after_a_preposition_the_words_go_on_after():
    # (negative) the words go on after the marks: one quote through them
    text = "وقال الوزير سالم ناصر: إن الحكومة عازمة على «مواصلة الإصلاحات» دون أي تأخير في التنفيذ."
    texts = [q.text for q in quotes_of(text)]
    assert len(texts) == 1 and texts[0].startswith("إن الحكومة عازمة"), texts


def test_marks_after_a_preposition_with_no_inna_are_left_alone():
    # (negative) no إنّ opens the words: the guard leaves the frame a quote
    text = (
        "وقال الوزير سالم ناصر: الحكومة عازمة على «مواصلة الإصلاحات الاقتصادية "
        "حتى النهاية مهما كانت الكلفة»."
    )
    texts = [q.text for q in quotes_of(text)]
    assert "الحكومة عازمة على" in texts, texts


# -- an opener never closed after a verb of saying and its occasion --------

_LEAD = "قال رئيس حزب التجديد سليم حداد إن حزبه قاد البلاد في مرحلة صعبة من تاريخها.\n"


def test_unclosed_opener_after_a_long_occasion_and_a_comma():
    # a verb of saying, the occasion of its words (في/خلال كلمة …, commas
    # and a name in closed marks in it), a comma and an opener never
    # closed: the words said run to the paragraph's end
    cases = (
        (
            "وأضاف في كلمة له بافتتاح المؤتمر الجهوي لشباب “التجديد”، المنعقد اليوم "
            "الأحد، “حتى لو أقصونا من كل المجالس المنتخبة فلن يستطيعوا محو ما "
            "أنجزناه للوطن.\nوتابع “عملنا ليل نهار”.",
            "حتى لو أقصونا",
        ),
        (
            "وقال حداد خلال كلمته في افتتاح الدورة البرلمانية الجديدة، التي حضرها عدد "
            "من السفراء، “نحن مستعدون للحوار مع كل القوى السياسية دون شروط.\n"
            "وختم بالدعاء للوطن.",
            "نحن مستعدون للحوار",
        ),
        (
            "وتابع في تصريح صحفي عقب اجتماع المكتب السياسي للحزب بمقره في العاصمة، "
            "“لن نشارك في أي حكومة لا تحترم إرادة الناخبين.\nوانتهى الاجتماع مساء.",
            "لن نشارك في أي حكومة",
        ),
        (
            "وأضاف في حوار مع إذاعة “صوت المدينة”، بثته مساء أمس، “الانتخابات المقبلة "
            "ستكون مختلفة تماما عن سابقاتها.\nوانتهى الحوار.",
            "الانتخابات المقبلة ستكون",
        ),
    )
    for text, words in cases:
        q = one(_LEAD + text, words)
        assert q.text.startswith(words), q.text


def test_unclosed_opener_after_a_comma_near_misses():
    # (negative) a that-clause before the opener, no occasion after the
    # verb, or a verb that is no verb of saying: no words said
    for text in (
        "وأضاف في كلمة له بافتتاح المؤتمر أن الحزب، “حتى لو أقصونا من كل المجالس "
        "المنتخبة فلن يستطيعوا محو ما أنجزناه للوطن.\nوانتهى.",
        "وأضاف رئيس الحزب الذي انتخب العام الماضي بأغلبية كبيرة ومعه أعضاء المكتب "
        "كلهم، “حتى لو أقصونا من كل المجالس المنتخبة فلن يستطيعوا محو ما أنجزناه.\n"
        "وانتهى.",
        "وشارك في كلمة له بافتتاح المؤتمر الجهوي لشباب الحزب، المنعقد اليوم الأحد، "
        "“حتى لو أقصونا من كل المجالس المنتخبة فلن يستطيعوا محو ما أنجزناه للوطن.\n"
        "وانتهى.",
    ):
        assert quotes_of(_LEAD + text) == [], text


# -- a stamp written as one word, its month's name between hyphens ----------


def test_hyphened_date_heading_the_text_is_the_page_stamp():
    # "15-مارس-2021" alone on the text's first line: a publishing system's
    # stamp, the day the page went up; the day's news is of that day
    cases = (
        (
            '15-مارس-2021\nقال وزير المالية سامر خليل إن "الاقتصاد يتعافى ببطء شديد هذا العام".',
            "الاقتصاد يتعافى",
            "2021-03-15",
        ),
        (
            "07-يناير-2020\nموقع الأخبار | فريق التحرير\n"
            "أكدت وزيرة الصحة نور الهدى سالم أن «اللقاح سيصل إلى كل المحافظات قبل "
            "نهاية الشهر».",
            "اللقاح سيصل",
            "2020-01-07",
        ),
        (
            "30-أغسطس-2019\nرئيس النادي: لن نبيع نجومنا\n"
            "قال رئيس نادي الاتحاد كمال بشير في مؤتمر صحفي: «لن نبيع أي لاعب أساسي "
            "في فترة الانتقالات».",
            "لن نبيع أي لاعب",
            "2019-08-30",
        ),
    )
    for text, words, day in cases:
        assert one(text, words).date == day, text


def test_other_dates_heading_the_text_still_date_nothing():
    # (negative) the same day written with spaces or in figures, or the
    # hyphened date inside a line of words: no stamp, as before
    for head in (
        "15 مارس 2021\n",
        "15-03-2021\n",
        "صدر التقرير في 15-مارس-2021 عن مكتب الإحصاء\n",
    ):
        text = head + 'قال وزير المالية سامر خليل إن "الاقتصاد يتعافى ببطء شديد هذا العام".'
        assert one(text, "الاقتصاد يتعافى").date is None, head


# -- a title in marks after its noun in construct ----------------------------


def test_title_after_its_noun_in_construct_is_no_quote():
    # "وكان عنوان القائمة «…»": the title noun in construct with what it
    # names, then the title in marks, closing its clause or going on with
    # the sentence: a title, no words said (as after "بعنوان", "عنوانه")
    for text in (
        "أكد النائب سامي فرج أن اللجنة نشرت قائمة جديدة، وكان عنوان القائمة "
        '"المواطنون الذين يحق لهم الحصول على تعويض مالي عن الأضرار".',
        "قالت الناشطة ليلى حمدان إن الجمعية أطلقت حملتها أمس، وكان شعار الحملة "
        "«معا من أجل مدارس آمنة لكل الأطفال».. مضيفة أن التبرعات تجاوزت التوقعات.",
        "وأشار الباحث نبيل عوض إلى أن عنوان الدراسة «أثر الهجرة الريفية على سوق "
        "العمل في المدن الكبرى»، وأنها ستنشر قريبا.",
        'وقال الكاتب عمر زيدان إن عنوان المقال "الدولة التي فقدت بوصلتها في زمن '
        'الأزمات" أثار جدلا كبيرا.',
    ):
        assert quotes_of(text) == [], text


def test_words_in_marks_after_other_nouns_are_still_said():
    # (negative) a noun that names no title before the marks ("موقف
    # الحكومة"), or the title noun before a colon and a cue's words
    for text, words in (
        (
            'وأكد الوزير أن موقف الحكومة "ثابت ولن يتغير مهما كانت الضغوط الخارجية".',
            "ثابت ولن يتغير",
        ),
        (
            'وقال الوزير عن عنوان المرحلة: "العمل ثم العمل ثم العمل حتى نصل إلى أهدافنا".',
            "العمل ثم العمل",
        ),
    ):
        assert one(text, words).text.startswith(words), text
