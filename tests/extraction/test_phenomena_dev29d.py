"""dev29d: the rules of the ninth session's date and quote engineer (one class a rule)."""

from __future__ import annotations

import pytest

from claims.extraction import extract


def _all(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(q.text, q.speaker, q.role, q.date) for q in extract(text)]


def _texts(text: str) -> list[str]:
    return [q.text for q in extract(text)]


class TestANameInMarksInAQuoteWrappedPastItsLine:
    """Hard-wrapped text (lines cut at a fixed width, a quote running on to
    the next line) with a name in marks of the quote's own family on the
    quote's first line ('أن "… حول "X" كمرشح … حيث\\nلم يعلن …".'): the
    name's marks nest in the quote, which goes on past the wrap to its
    closer. The quote was cut at the name's opener and the rest lost."""

    FIXES = [
        (
            'وقالت الباحثة نادية العمري إن "الحكومة لم تنظر في ملف "مطار الشمال" '
            "بجدية كافية خلال العامين الماضيين لأن\n"
            'الأولوية كانت للطرق السريعة في الجنوب".',
            'الحكومة لم تنظر في ملف "مطار الشمال" بجدية كافية خلال العامين الماضيين لأن\n'
            "الأولوية كانت للطرق السريعة في الجنوب",
        ),
        (
            'وأضاف المحلل سامي الفاسي أن "الاستطلاع الذي نشره مركز "آفاق" الشهر '
            "الماضي أظهر تراجعا واضحا في شعبية\n"
            'الائتلاف الحاكم بين الشباب".',
            'الاستطلاع الذي نشره مركز "آفاق" الشهر الماضي أظهر تراجعا واضحا في شعبية\n'
            "الائتلاف الحاكم بين الشباب",
        ),
        (
            'وذكر التقرير أن "ما صرح به رئيس النادي "كمال بن عيسى" قبل المباراة '
            "لم يكن سوى محاولة لامتصاص\n"
            "غضب الجماهير بعد الخسارة\n"
            'الثالثة على التوالي".',
            'ما صرح به رئيس النادي "كمال بن عيسى" قبل المباراة لم يكن سوى محاولة لامتصاص\n'
            "غضب الجماهير بعد الخسارة\n"
            "الثالثة على التوالي",
        ),
    ]

    @pytest.mark.parametrize(("text", "quote"), FIXES)
    def test_the_quote_runs_past_the_wrap(self, text, quote):
        assert quote in _texts(text)

    # near misses: the name and the quote close on one line; a quote that
    # never closes after the wrap (its opener unbalanced, as before); an
    # opener left open before a quote of its own, on a wrapped line
    def test_a_quote_closed_on_its_line_keeps_its_name(self):
        text = 'وقال الوزير إن "ملف "مطار الشمال" سيحسم قريبا".'
        assert _all(text) == [('ملف "مطار الشمال" سيحسم قريبا', "الوزير", "الوزير", None)]

    def test_no_closer_after_the_wrap(self):
        text = (
            'وقال المتحدث إن "الوضع في "الحي القديم" صعب جدا وإن السكان\n'
            'يطالبون بحلول عاجلة. وأضاف: "سنزور الحي غدا".'
        )
        assert _texts(text) == ['الوضع في "الحي القديم', "سنزور الحي غدا"]

    def test_an_opener_left_open_before_a_quote(self):
        text = 'وقال المتحدث إن "الوضع صعب، ثم أضاف "سنعمل على الحل" وهو يغادر\nالقاعة مسرعا.'
        assert _texts(text) == ['الوضع صعب، ثم أضاف "سنعمل على الحل" وهو يغادر']


class TestANameInMarksGluedToTheArticle:
    """The article glued to a name in marks ('الـ"فاو"', 'مع الـ"بي بي سي"',
    its tatweel folded away) inside a quote in marks of the same family: no
    word ends on the article, so its mark opens the name, which nests in
    the quote. The mark was read as the quote's closer: the quote was cut
    at the article and its rest read as a quote of its own."""

    FIXES = [
        (
            'وقال الخبير سمير داود إن "تقرير الـ"فاو" الأخير يحذر من موجة جفاف غير مسبوقة".',
            [('تقرير الـ"فاو" الأخير يحذر من موجة جفاف غير مسبوقة', "سمير داود", "الخبير", None)],
        ),
        (
            'وأكد النائب عادل منصور أن "مقابلة الوزير مع الـ"بي بي سي" كشفت حجم الخلاف '
            'داخل الحكومة".',
            [
                (
                    'مقابلة الوزير مع الـ"بي بي سي" كشفت حجم الخلاف داخل الحكومة',
                    "عادل منصور",
                    "النائب",
                    None,
                )
            ],
        ),
        (
            'وقالت الوكالة إن "مفتشي الـ"آيبا" وصلوا أمس إلى الموقع وبدأوا عملهم".',
            [('مفتشي الـ"آيبا" وصلوا أمس إلى الموقع وبدأوا عملهم', "الوكالة", None, None)],
        ),
    ]

    @pytest.mark.parametrize(("text", "quotes"), FIXES)
    def test_the_name_nests_in_the_quote(self, text, quotes):
        assert _all(text) == quotes

    # near misses: a name glued to the article outside any quote; a quote
    # closed before it
    def test_a_name_outside_quotes_is_no_quote(self):
        assert _all('وقال المتحدث إن الشركة ستتعاقد مع الـ"فيفا" العام المقبل.') == []

    def test_a_quote_closed_before_the_name(self):
        text = 'ونقلت الصحيفة عن المدرب قوله "سنلعب بكل قوة" أمام الـ"أهلي" غدا.'
        assert _texts(text) == ["سنلعب بكل قوة"]


class TestAnAnniversaryDatesTheEventCountedFrom:
    """An anniversary told before the words ("في احتفال بمرور 50 عاما على
    تأسيس الحزب عام 1974، قال X", "بمئوية تأسيس الجامعة عام 1925"): the date
    after it is of the event the years count from, not of the celebration
    nor of the words said at it; it dated the quote. A date of the
    celebration itself, before the anniversary's word or set off after it
    by a comma, still dates the words."""

    FIXES = [
        (
            "وفي كلمة ألقاها خلال احتفال بمرور 50 عاما على تأسيس الحزب عام 1974، قال "
            "الأمين العام للحزب منير الساحلي: «سنبقى أوفياء لمبادئنا».",
            [("سنبقى أوفياء لمبادئنا", "منير الساحلي", "الأمين العام للحزب", None)],
        ),
        (
            "وقال الرئيس كمال بوزيد في خطاب بمناسبة مرور 60 عاما على استقلال البلاد "
            "في 1962: «لن نفرط في شبر من أرضنا».",
            [("لن نفرط في شبر من أرضنا", "كمال بوزيد", "الرئيس", None)],
        ),
        (
            "وخلال احتفالية بمئوية تأسيس الجامعة عام 1925، أكد رئيسها سليم الحداد أن "
            "«الجامعة ستفتح كليتين جديدتين».",
            [("الجامعة ستفتح كليتين جديدتين", "سليم الحداد", "رئيسها", None)],
        ),
    ]

    @pytest.mark.parametrize(("text", "quotes"), FIXES)
    def test_no_date_from_the_event_counted_from(self, text, quotes):
        assert _all(text) == quotes

    NEAR = [
        (
            "وفي احتفال أقيم يوم 12 مارس 2024 بمرور 50 عاما على تأسيس الحزب، قال "
            "الأمين العام للحزب منير الساحلي: «سنبقى أوفياء لمبادئنا».",
            "2024-03-12",
        ),
        (
            "وقال الرئيس كمال بوزيد يوم 3 مايو 2023، بمناسبة مرور عام على توليه "
            "منصبه، إن «الإصلاحات ستتواصل».",
            "2023-05-03",
        ),
        (
            "وأكد رئيس النادي عادل فرحات، في حفل بمرور 30 عاما على تأسيس النادي، في "
            "5 يونيو 2022، أن «النادي سيبني ملعبا جديدا».",
            "2022-06-05",
        ),
    ]

    @pytest.mark.parametrize(("text", "date"), NEAR)
    def test_the_celebrations_own_date_stays(self, text, date):
        assert [q.date for q in extract(text)] == [date]


# a paragraph of no date and no quote, to put the late sentence past the lead
_FILL = (
    "وتناول اللقاء سبل تعزيز التعاون بين البلدين في مجالات الطاقة والنقل والتعليم، "
    "إضافة إلى تبادل الخبرات في ميدان الإدارة المحلية وتطوير الخدمات الرقمية. "
    "وحضر اللقاء عدد من المسؤولين والخبراء وممثلي الغرف التجارية والصناعية، "
    "الذين عرضوا رؤيتهم لتطوير المبادلات التجارية وتسهيل حركة السلع والأشخاص. "
    "كما استعرض الجانبان المشاريع المشتركة قيد الإنجاز، ومنها محطة لتحلية المياه "
    "وخط للسكك الحديدية يربط المدن الساحلية بالمناطق الداخلية، وشبكة من الطرق "
    "السريعة التي يتوقع أن تخفف الضغط عن الموانئ الكبرى في البلاد.\n"
)


class TestTodaySpeltOutLate:
    """The lead says "اليوم" with its weekday and no date; a late paragraph
    spells today out, "اليوم الثلاثاء، الموافق 10 ديسمبر 2019م" (the
    weekday, a comma or none, "الموافق" and the date, which agrees with the
    weekday): that is the story's day, the lead's "today" and the words
    said on it. Only a lead's date was read so, and not after a comma."""

    FIXES = [
        (
            "أكد وزير الخارجية عمر الصافي اليوم الأربعاء أن «العلاقات بين البلدين متينة».\n"
            + _FILL
            + "وكان الوزير قد استقبل اليوم الأربعاء الموافق 6 مارس 2024 نظيره الإيطالي.",
            ("العلاقات بين البلدين متينة", "عمر الصافي", "وزير الخارجية", "2024-03-06"),
        ),
        (
            "قال رئيس الوزراء كريم العلوي اليوم الثلاثاء: «سنرفع الأجور مطلع العام».\n"
            + _FILL
            + "وترأس رئيس الوزراء اليوم الثلاثاء، الموافق 10 ديسمبر 2019م، اجتماعا للحكومة.",
            ("سنرفع الأجور مطلع العام", "كريم العلوي", "رئيس الوزراء", "2019-12-10"),
        ),
        (
            "افتتحت وزيرة الثقافة ليلى المنصوري اليوم الخميس معرض الكتاب.\n"
            "وقالت الوزيرة: «المعرض يستقبل أكثر من مئتي دار نشر».\n"
            + _FILL
            + "ويستمر المعرض الذي افتتح اليوم الخميس، الموافق 14 نوفمبر 2024، عشرة أيام.",
            ("المعرض يستقبل أكثر من مئتي دار نشر", "ليلى المنصوري", "وزيرة الثقافة", "2024-11-14"),
        ),
    ]

    @pytest.mark.parametrize(("text", "quote"), FIXES)
    def test_the_late_date_is_today(self, text, quote):
        assert _all(text) == [quote]

    # near misses: the weekday disagrees with the date; a day named without
    # "اليوم" (another Tuesday, told in the past perfect)
    NEAR = [
        "قال رئيس الوزراء كريم العلوي اليوم الثلاثاء: «سنرفع الأجور مطلع العام».\n"
        + _FILL
        + "وترأس رئيس الوزراء اليوم الأربعاء، الموافق 10 ديسمبر 2019م، اجتماعا للحكومة.",
        "قال رئيس الوزراء كريم العلوي اليوم الثلاثاء: «سنرفع الأجور مطلع العام».\n"
        + _FILL
        + "وكان قد ترأس يوم الثلاثاء، الموافق 10 ديسمبر 2019م، اجتماعا للحكومة.",
    ]

    @pytest.mark.parametrize("text", NEAR)
    def test_no_today_spelt_out(self, text):
        assert [q.date for q in extract(text)] == [None]


class TestAStrayOpenerAfterAComma:
    """A second opener of the quote's family right after a comma, inside a
    quote still open, with one closer after it on the line ('أن “… الصحية،
    “وهذا التأخير …”.'): a stray mark, the quote runs from the first opener
    to the closer. The first opener was read as unbalanced and the words
    made two quotes of one speaker, the second spurious. After a verb of
    saying and its comma, after a stop, or after a quote closed, the second
    opener opens words of their own, as before."""

    FIXES = [
        (
            "وقال وزير الخارجية عادل الكبيسي إن بلاده تؤكد على “ضرورة حل الأزمة بين "
            "الجارين، من جهة، والمنظمة الإقليمية من جهة أخرى، “عبر الحوار المباشر "
            "وبعيدا عن التصعيد”.",
            "ضرورة حل الأزمة بين الجارين، من جهة، والمنظمة الإقليمية من جهة أخرى، “عبر "
            "الحوار المباشر وبعيدا عن التصعيد",
        ),
        (
            "وأكدت النائبة سلمى الزين أن “الحكومة تأخرت كثيرا في إصلاح المنظومة "
            "الصحية، “وهذا التأخير دفع ثمنه المرضى في الأرياف”.",
            "الحكومة تأخرت كثيرا في إصلاح المنظومة الصحية، “وهذا التأخير دفع ثمنه "
            "المرضى في الأرياف",
        ),
        (
            'وقال المدرب فريد العياشي: "لعبنا مباراة كبيرة أمام منافس قوي، "ونستحق '
            'الفوز بعد كل هذا المجهود".',
            'لعبنا مباراة كبيرة أمام منافس قوي، "ونستحق الفوز بعد كل هذا المجهود',
        ),
    ]

    @pytest.mark.parametrize(("text", "quote"), FIXES)
    def test_one_quote(self, text, quote):
        assert _texts(text) == [quote]

    NEAR = [
        (
            'وقال المدرب فريد العياشي: "لعبنا مباراة كبيرة"، "ونستحق الفوز بعد كل هذا المجهود".',
            ["لعبنا مباراة كبيرة", "ونستحق الفوز بعد كل هذا المجهود"],
        ),
        (
            'وقال المدرب فريد العياشي إن "الفريق لعب جيدا وأن الحكم كان منصفا، '
            'مضيفا، "الفوز كان مستحقا".',
            ["الفريق لعب جيدا وأن الحكم كان منصفا", "الفوز كان مستحقا"],
        ),
        (
            "وأكدت النائبة سلمى الزين أن “الحكومة تأخرت كثيرا في إصلاح المنظومة "
            "الصحية. “وهذا التأخير دفع ثمنه المرضى في الأرياف”.",
            [
                "الحكومة تأخرت كثيرا في إصلاح المنظومة الصحية",
                "وهذا التأخير دفع ثمنه المرضى في الأرياف",
            ],
        ),
    ]

    @pytest.mark.parametrize(("text", "quotes"), NEAR)
    def test_two_quotes_stay(self, text, quotes):
        assert _texts(text) == quotes


class TestANameInMarksThenAnAsideThenTheWords:
    """A person named before, his name set in marks right after the verb
    of saying as some outlets set names, then a comma, an aside telling
    where or how he spoke, and his words in marks with no colon ('وأضاف
    «البدري»، في تصريحاته «…»'): the marks hold the verb's subject, no
    words said (with a colon after the aside they were read so; the name
    was a spurious quote)."""

    FIXES = [
        (
            "وقال الوزير السابق حسن البدري في تصريحات صحفية: «لم أنتمِ يوما إلى أي "
            "حزب». وأضاف «البدري»، في تصريحاته «كنت مستقلا طوال حياتي».",
            ["لم أنتمِ يوما إلى أي حزب", "كنت مستقلا طوال حياتي"],
        ),
        (
            "نفى رجل الأعمال كمال الشاذلي ما نشر عنه، وقال: «هذه أكاذيب». وتابع "
            "«الشاذلي»، خلال المؤتمر الصحفي «سأقاضي كل من نشر هذه الأخبار الكاذبة».",
            ["هذه أكاذيب", "سأقاضي كل من نشر هذه الأخبار الكاذبة"],
        ),
        (
            "انتقد المخرج ياسر النجار لجنة التحكيم وقال: «القرار كان ظالما». واستطرد "
            "«النجار»، في حوار تلفزيوني «لن أشارك في هذا المهرجان مجددا».",
            ["القرار كان ظالما", "لن أشارك في هذا المهرجان مجددا"],
        ),
    ]

    @pytest.mark.parametrize(("text", "quotes"), FIXES)
    def test_the_name_is_no_quote(self, text, quotes):
        got = extract(text)
        assert [q.text for q in got] == quotes
        assert got[-1].speaker == got[0].speaker

    NEAR = [
        # words no one was named by, in marks after the verb: words said
        (
            "وقال الوزير السابق حسن البدري في تصريحات صحفية: «لم أنتمِ يوما إلى أي "
            "حزب». وأضاف «مستقل»، في تصريحاته «كنت مستقلا طوال حياتي».",
            ["لم أنتمِ يوما إلى أي حزب", "مستقل", "كنت مستقلا طوال حياتي"],
        ),
        (
            "وقال الوزير السابق حسن البدري: «لم أنتمِ يوما إلى أي حزب». وأضاف «لا "
            "أعرف»، في رده على الصحفيين «من يقف وراء هذه الحملة».",
            ["لم أنتمِ يوما إلى أي حزب", "لا أعرف", "من يقف وراء هذه الحملة"],
        ),
    ]

    @pytest.mark.parametrize(("text", "quotes"), NEAR)
    def test_words_in_marks_stay(self, text, quotes):
        assert [q.text for q in extract(text)] == quotes


class TestTadarakIsAVerbOfSaying:
    """تدارك, "caught himself, added a caveat", as استدرك: "لكنّ المتحدث
    تدارك: مع ذلك، فإنّ …" introduces words said (here unmarked, after its
    colon, a line of their own). It was no cue: the words were lost. The
    verbal noun "تدارك الأمر", "remedying", stays no cue."""

    FIXES = [
        (
            "أعلن البنك المركزي أن النمو تحسن هذا العام\n"
            "وقال المتحدث باسم البنك سامي العبيدي، خلال مؤتمر صحفي: نعتقد أن الاقتصاد "
            "يتعافى ببطء\n"
            "لكنّ المتحدث تدارك: مع ذلك، فإنّ البطالة ما زالت مرتفعة والديون كبيرة",
            (
                "مع ذلك، فإنّ البطالة ما زالت مرتفعة والديون كبيرة",
                "سامي العبيدي",
                "المتحدث باسم البنك",
                None,
            ),
        ),
        (
            "قالت وزيرة المالية هدى السعدي إن الإيرادات ارتفعت\n"
            "وتداركت الوزيرة: غير أن الميزانية لا تسمح بزيادة الأجور الآن",
            (
                "غير أن الميزانية لا تسمح بزيادة الأجور الآن",
                "هدى السعدي",
                "وزيرة المالية",
                None,
            ),
        ),
        (
            "أشاد رئيس الاتحاد نبيل القاسمي بأداء المنتخب\n"
            "ثم تدارك رئيس الاتحاد: لا أقصد أن المدرب لم يخطئ، بل إن الظروف كانت صعبة",
            (
                "لا أقصد أن المدرب لم يخطئ، بل إن الظروف كانت صعبة",
                "نبيل القاسمي",
                "رئيس الاتحاد",
                None,
            ),
        ),
    ]

    @pytest.mark.parametrize(("text", "quote"), FIXES)
    def test_the_caveat_is_said(self, text, quote):
        assert _all(text)[-1] == quote

    NEAR = [
        (
            "وسارعت الحكومة إلى تدارك الأمر، وقال المتحدث باسمها: «سنعوض المتضررين».",
            ["سنعوض المتضررين"],
        ),
        ("وقال الوزير كريم الحسني إن الوزارة تدارك النقص في الأدوية خلال أسبوع.", []),
    ]

    @pytest.mark.parametrize(("text", "quotes"), NEAR)
    def test_the_verbal_noun_is_no_cue(self, text, quotes):
        assert _texts(text) == quotes
