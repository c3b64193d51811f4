"""Quote spans where an opener is lost, left open or follows a noun of words
(dev22d, second session of 2026-12-06).

An opener never closed after أنّ ends its words at a comma and the
narrator's participle of saying, and marks after that participle's أنّ
with its pronoun ("، لافتا إلى أنهم “…”") open a quote of their own: the
closing mark after them is theirs, not the first opener's.  Not a term in
marks after أنّ with no participle between ("بأنها "هدرزة …" حسب تعبيره"),
whose one closer closes both.

Words after a verb of saying and its colon, with no marks, end at a mark
that pairs with none when the narrator's verb or participle of saying
follows it ("قائلا: لماذا تبقى … الكبرى ’ متسائلا لماذا …"): the words said were
closed by a mark whose opener was never typed.  Not a mark with a word of
the speaker's after it.

Marks after a noun of words (عبارة، كلمة، قول, with بـ or not) that open
with a negation or a pronoun ("من خلال عبارة ” لن نترك …”", "بعبارة «نحن
باقون …»") hold a clause said, never a name.  Not a title after بعنوان,
nor a term that opens otherwise ("عبارة «ما بعد الحداثة»").

Every sentence here is invented for the test.
"""

from claims.extraction import normalize
from tests.extraction.helpers import one, quotes_of


def _texts(text: str) -> list[str]:
    return [normalize(q.text) for q in quotes_of(text)]


# -- an unclosed opener, then a participle of saying and أنّ with a pronoun ----


def test_marks_after_participle_and_that_with_pronoun_open_their_own_quote():
    cases = (
        (
            "وجدد النائب تأكيده انّ “الفساد منتشر في كل الإدارات، لافتا الى أنهم “لم "
            "يفعلوا شيئا لمحاربته”.",
            "الفساد منتشر في كل الإدارات",
            "لم يفعلوا شيئا لمحاربته",
        ),
        (
            "وقالت الوزيرة إن “المدارس ستفتح أبوابها الأسبوع المقبل، موضحة بأنها “جاهزة "
            "لاستقبال التلاميذ في كل المحافظات”.",
            "المدارس ستفتح أبوابها الأسبوع المقبل",
            "جاهزة لاستقبال التلاميذ في كل المحافظات",
        ),
        (
            "وأكد رئيس النادي أن “الفريق سيلعب من أجل اللقب، مضيفا أنه “لا يخشى أي "
            "منافس في البطولة هذا الموسم”.",
            "الفريق سيلعب من أجل اللقب",
            "لا يخشى أي منافس في البطولة هذا الموسم",
        ),
    )
    for text, first, second in cases:
        assert _texts(text) == [normalize(first), normalize(second)], text


def test_term_in_marks_after_that_with_no_participle_keeps_one_quote():
    # the other side: no participle of saying between, the one closer
    # closes both marks (a term the speaker names inside his words)
    text = (
        'وأضاف أن "ما نشر ليس صحيحا، وفي أحسن الأحوال يمكن وصفه بأنه "كلام لا أساس له" حسب تعبيره.'
    )
    assert len(_texts(text)) == 1
    (found,) = _texts(text)
    assert found.startswith(normalize("ما نشر ليس صحيحا")) and found.endswith(
        normalize("لا أساس له")
    )


def test_closed_marks_before_participle_unchanged():
    text = (
        "وأكد الوزير أن “الحكومة ماضية في خطتها لدعم المزارعين”، مشيرا إلى أنهم “سيصلون "
        "إلى كل القرى قبل نهاية العام”."
    )
    assert _texts(text) == [
        normalize("الحكومة ماضية في خطتها لدعم المزارعين"),
        normalize("سيصلون إلى كل القرى قبل نهاية العام"),
    ]


# -- words after a colon end at a lone mark before the narrator's cue ----------


def test_lone_mark_before_narrators_cue_ends_words_after_colon():
    cases = (
        (
            "وتساءل الوزير قائلا :  لماذا يجب أن تبقى الأسعار مرتفعة في كل المدن الكبرى  ’  "
            "متسائلا لماذا لا تتدخل الحكومة في السوق.",
            "لماذا يجب أن تبقى الأسعار مرتفعة في كل المدن الكبرى",
        ),
        (
            "وقال النائب: لا يمكن أن نقبل بهذا القرار الظالم في حق الفلاحين” مضيفا لماذا "
            "تصمت الحكومة.",
            "لا يمكن أن نقبل بهذا القرار الظالم في حق الفلاحين",
        ),
        (
            "وكتبت الناشطة على حسابها: المدينة تستحق مستشفى جديدا منذ سنوات» متسائلة عن "
            "مصير الميزانية.",
            "المدينة تستحق مستشفى جديدا منذ سنوات",
        ),
        (
            'وقال رئيس البلدية: الشوارع ستنظف قبل العيد وكل الأحياء معنية" وأوضح أن الخطة جاهزة.',
            "الشوارع ستنظف قبل العيد وكل الأحياء معنية",
        ),
    )
    for text, words in cases:
        assert _texts(text) == [normalize(words)], text


def test_lone_mark_with_speakers_words_after_goes_on():
    # the other side: the word after the mark is no cue of the narrator's
    text = "وقال المدرب: نحن نحترم ” الفريق المنافس ” ونعرف قوته جيدا."
    (found,) = _texts(text)
    assert found.endswith(normalize("ونعرف قوته جيدا"))


# -- marks after a noun of words, opening with a negation or a pronoun --------


def test_clause_after_noun_of_words_is_said():
    cases = (
        (
            "وأكد الأمين العام أن الحزب لن يتخلى عن رفيقه من خلال عبارة ” لن نترك صديقنا وحده”.",
            "لن نترك صديقنا وحده",
            "الأمين العام",
        ),
        (
            "وختمت الوزيرة كلمتها بعبارة «نحن باقون هنا مهما طال الزمن».",
            "نحن باقون هنا مهما طال الزمن",
            "الوزيرة",
        ),
        (
            'وأنهى المدرب حديثه للصحفيين بعبارة "لا تراجع عن هدف الصعود هذا الموسم".',
            "لا تراجع عن هدف الصعود هذا الموسم",
            "المدرب",
        ),
    )
    for text, words, speaker in cases:
        found = quotes_of(text)
        assert [normalize(q.text) for q in found] == [normalize(words)], text
        assert normalize(found[0].speaker or "") == normalize(speaker), text


def test_title_or_term_after_its_noun_stays_no_quote():
    for text in (
        'ونشر الكاتب مقالا بعنوان "لن ننسى غزة أبدا" في الصحيفة.',
        'واستعمل الباحث عبارة "ما بعد الحداثة" في كتابه الجديد.',
    ):
        assert _texts(text) == [], text


# -- a colon past the verb's أنّ opens a list in reported words ---------------


def test_colon_past_that_clause_opens_no_words():
    for text in (
        "وقال الوزير إن الحكومة ستواصل دعمها، موضحا أن الخطة تشمل ثلاثة محاور: التعليم "
        "والصحة والنقل، إضافة إلى السكن.",
        "وأكد النائب أن القانون الجديد يستهدف فئتين: الموظفين والمتقاعدين في القطاع العام.",
        "وأوضحت المديرة بأن المستشفى يحتاج شيئين: الأطباء والأدوية قبل فصل الشتاء.",
    ):
        assert _texts(text) == [], text


def test_colon_right_after_verb_or_its_that_still_opens_words():
    # the other side: the colon after the participle, after أنّ itself, or
    # past إنّ (the speaker's own words, its hamza below)
    cases = (
        (
            "وقال الوزير إن الحكومة ستواصل دعمها، موضحا: الخطة تشمل ثلاثة محاور هي التعليم "
            "والصحة والنقل.",
            "الخطة تشمل ثلاثة محاور هي التعليم والصحة والنقل",
        ),
        (
            "وأشار رئيس الإقليم، خلال اجتماع، إلى أن: لدينا خطة واضحة للتنمية في كل المناطق.",
            "لدينا خطة واضحة للتنمية في كل المناطق",
        ),
        (
            "وقال المتحدث باسم الجيش إن القوات: تقدمت في كل المحاور ولم تتكبد أي خسائر.",
            "تقدمت في كل المحاور ولم تتكبد أي خسائر",
        ),
    )
    for text, words in cases:
        assert _texts(text) == [normalize(words)], text


# -- an unclosed opener after a colon far from its verb of saying -------------


def test_unclosed_opener_after_colon_far_from_verb_of_saying():
    cases = (
        (
            "قال الأمين العام للحزب الديمقراطي سامي العلي – رئيس اللجنة الوطنية للانتخابات، "
            "اليوم الأربعاء 12 مارس 2025 لدى لقائه بممثلي الأحزاب السياسية والنقابات ومنظمات "
            "المجتمع المدني بقاعة المؤتمرات الكبرى – الرباط: “لا بد من إصلاح القانون الانتخابي "
            "قبل\nوأضاف العلي أن الحوار مستمر.",
            "لا بد من إصلاح القانون الانتخابي قبل",
        ),
        (
            "قالت وزيرة الصحة ليلى حسن، رئيسة الوفد الحكومي إلى المؤتمر الإقليمي للصحة العامة، "
            "مساء الخميس خلال جلسة الافتتاح التي حضرها وزراء من عشرين دولة وممثلو المنظمات "
            "الدولية والإقليمية في قصر المؤتمرات بالمدينة: “اللقاحات ستصل إلى كل القرى\n"
            "وتابعت الوزيرة حديثها.",
            "اللقاحات ستصل إلى كل القرى",
        ),
        (
            "وقال قائد الشرطة العميد كريم يوسف، مدير الأمن العام في المحافظة الشمالية، خلال "
            "مؤتمر صحفي عقده بعد ظهر اليوم في مقر القيادة بحضور عدد من الضباط والصحفيين "
            "وممثلي السلطات المحلية والمجتمع المدني: “العصابة كانت تخطط لعمليات أخرى\n"
            "وأضاف أن التحقيق مستمر.",
            "العصابة كانت تخطط لعمليات أخرى",
        ),
    )
    for text, words in cases:
        assert normalize(words) in _texts(text), text


def test_unclosed_opener_far_past_a_that_clause_stays_unquoted():
    # the other side: a that-clause of the verb's between, the colon and
    # the opener of the writer's own account
    text = (
        "قال الأمين العام للحزب الديمقراطي سامي العلي إن الحزب سيشارك في الانتخابات، وذلك "
        "خلال لقائه بممثلي الأحزاب السياسية والنقابات ومنظمات المجتمع المدني والصحفيين "
        "بقاعة المؤتمرات الكبرى في العاصمة، وأطلق حملة جديدة بعنوان: “معا من أجل الوطن "
        "والمواطن\nوأضاف العلي أن الحوار مستمر."
    )
    assert normalize("معا من أجل الوطن والمواطن") not in _texts(text)


# -- words another speaker tells take no page stamp's day ---------------------


def test_words_told_in_another_speakers_that_clause_take_no_stamp_day():
    cases = (
        (
            "الخميس، 15 ديسمبر 2016 10:30 ص\nأكد المذيع سامي العلي أن الوزير قال له: "
            "«الأسعار ستنخفض خلال الشهر المقبل بعد وصول الشحنات».\nوقال العلي إن "
            '"الحكومة ستتابع الملف عن قرب".',
            "الأسعار ستنخفض",
        ),
        (
            "12-4-2021 | 19:05\nذكر المحلل سامي العلي، أن وزير المالية الألماني قال:«إن "
            "الاقتصاد الأوروبي يمر بمرحلة صعبة جدا بسبب الطاقة» في مقابلة نشرتها مجلة "
            "اقتصادية.\nوأضاف العلي في برنامجه الأسبوعي أن الأسواق تترقب.",
            "الاقتصاد الأوروبي يمر",
        ),
        (
            "الأربعاء، 29 يناير 2025 08:28 م\nكشفت النائبة مريم سالم أن رئيس الحكومة قال "
            "لها: «الموازنة الجديدة ستمنح التعليم أولوية كبرى».",
            "الموازنة الجديدة",
        ),
    )
    for text, fragment in cases:
        found = one(text, fragment)
        assert found.date is None, (text, found.date)


def test_teller_own_words_keep_the_stamp_day():
    # the other side: the one who tells, speaking in his own name
    text = (
        "الخميس، 15 ديسمبر 2016 10:30 ص\nأكد المذيع سامي العلي أن الوزير قال له: «الأسعار "
        'ستنخفض خلال الشهر المقبل بعد وصول الشحنات».\nوقال العلي إن "الحكومة ستتابع الملف '
        'عن قرب".'
    )
    assert one(text, "ستتابع الملف").date == "2016-12-15"


# -- a bare year a gathering carries dates the words said at it ---------------


def test_year_after_gathering_label_dates_words_said_there():
    cases = (
        (
            "استهل وزير المالية سامي العلي كلمته في المنتدى الاقتصادي بدورته الخامسة 2019 في "
            "الرياض، اليوم الأحد، بالحديث عن الأسعار أمام 300 مشارك. وقال الوزير سامي العلي "
            'إن "الاقتصاد سيتعافى قريبا".',
            "الاقتصاد سيتعافى",
            "2019",
        ),
        (
            'وقال الوزير خلال مؤتمر المناخ 2021 في غلاسكو إن "بلاده ملتزمة بخفض الانبعاثات".',
            "ملتزمة بخفض",
            "2021",
        ),
        (
            'وقالت الوزيرة في كلمتها أمام ملتقى الشباب العربي 2023 بالقاهرة: "الشباب هم '
            'المستقبل الحقيقي للمنطقة".',
            "المستقبل الحقيقي",
            "2023",
        ),
    )
    for text, fragment, year in cases:
        found = one(text, fragment)
        assert (found.date, found.date_precision) == (year, "year"), (text, found.date)


def test_year_of_no_gathering_dates_nothing():
    # the other side: a plan's year, and a year far from the gathering's label
    for text, fragment in (
        ('وقال الوزير إن "خطة 2030 ستغير وجه البلاد تماما".', "ستغير وجه"),
        (
            "وقال الوزير خلال المؤتمر الذي نظمته وزارة الاقتصاد الوطني للاستثمار والتجارة "
            '2021 إن "بلاده ملتزمة بخفض الانبعاثات".',
            "ملتزمة بخفض",
        ),
    ):
        assert one(text, fragment).date is None, text
