"""Dates and quote spans (dev27d, seventh session of 2026-12-06).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from claims.extraction import extract
from tests.extraction.helpers import one


def _dated(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(q.text[:12], q.speaker, q.role, q.date) for q in extract(text)]


class TestTodayCorrespondingTo:
    """Today spelt out: "اليوم الأربعاء الموافق 6 مارس 2024": today and its weekday, then
    "corresponding to" (الموافق) and the full date, spell out which day
    today is, as "اليوم الأربعاء 6 مارس 2024" does: the day a lead's bare
    "اليوم الأربعاء" counts from, even when it is told inside the words
    quoted."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "أصدرت وزارة الصحة، اليوم الأربعاء، بيانا ردت فيه على تقرير صحفي.\n"
                'وقالت الوزارة في بيانها: "نشر موقع إخباري اليوم الأربعاء الموافق 6 مارس '
                '2024 تقريرا يتضمن معلومات غير دقيقة عن المستشفيات".\n'
                'وأضاف البيان: "الوزارة تحتفظ بحقها في اللجوء إلى القضاء".\n',
                [
                    ("نشر موقع إخب", "وزارة الصحة", None, "2024-03-06"),
                    ("الوزارة تحتف", "وزارة الصحة", None, "2024-03-06"),
                ],
            ),
            (
                "أعلنت نقابة المعلمين، اليوم الاثنين، عن تحركات جديدة.\n"
                'وقال رئيس النقابة سمير العلي: "ننظم اليوم الاثنين الموافق 14 أكتوبر 2024 '
                'وقفة احتجاجية أمام مقر الوزارة".\n'
                'وتابع: "لن نتراجع عن مطالبنا المشروعة".\n',
                [
                    ("ننظم اليوم ا", "سمير العلي", "رئيس النقابة", "2024-10-14"),
                    ("لن نتراجع عن", "سمير العلي", "رئيس النقابة", "2024-10-14"),
                ],
            ),
            (
                "عقد المجلس البلدي، اليوم الخميس، جلسة استثنائية.\n"
                'وقال رئيس المجلس فادي حمدان في كلمته: "نجتمع اليوم الخميس الموافق '
                '21/11/2024 لمناقشة الميزانية".\n'
                'وأضاف: "المشاريع المتأخرة ستنطلق قريبا".\n',
                [
                    ("نجتمع اليوم ", "فادي حمدان", "رئيس المجلس", "2024-11-21"),
                    ("المشاريع الم", "فادي حمدان", "رئيس المجلس", "2024-11-21"),
                ],
            ),
        ],
    )
    def test_today_is_the_date(self, text: str, expected: list) -> None:
        assert _dated(text) == expected

    @pytest.mark.parametrize(
        "text",
        [
            # another day "corresponding to" its date, not today: the day of
            # what was published, no day for the lead's "اليوم"
            "أصدرت وزارة الصحة، اليوم الأربعاء، بيانا ردت فيه على تقرير صحفي.\n"
            'وقالت الوزارة في بيانها: "نشر موقع إخباري يوم الأحد الموافق 3 مارس '
            '2024 تقريرا يتضمن معلومات غير دقيقة عن المستشفيات".\n'
            'وأضاف البيان: "الوزارة تحتفظ بحقها في اللجوء إلى القضاء".\n',
            # tomorrow's date, not today's
            "أعلنت نقابة المعلمين، اليوم الاثنين، عن تحركات جديدة.\n"
            'وقال رئيس النقابة سمير العلي: "ننظم غدا الثلاثاء الموافق 15 أكتوبر 2024 '
            'وقفة احتجاجية أمام مقر الوزارة".\n'
            'وتابع: "لن نتراجع عن مطالبنا المشروعة".\n',
        ],
    )
    def test_another_day_dates_nothing(self, text: str) -> None:
        assert [q.date for q in extract(text)] == [None, None]


class TestFacebookPostSignature:
    """A Facebook post embedded in a page that prints it without its frame
    ends on its signature line, "Posted by X on Monday, March 4, 2024": the
    post's day, as a tweet's "— X (@x) March 4, 2024" is, dates the words
    the account tells of the post, also when the signature's short line
    looks like a dateline."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "انتقد الناشط سامر يوسف قرار البلدية بإغلاق السوق القديم.\n"
                "وقال يوسف في منشور على صفحته في فيسبوك إن القرار "
                '"يضر بمئات العائلات التي تعيش منه".\n'
                "السوق القديم جزء من ذاكرة المدينة ولا يجوز إغلاقه بقرار متسرع\n"
                "Posted by Samer Youssef on Monday, March 4, 2024\n"
                'وأضاف أن "البلدية لم تستشر التجار قبل اتخاذ القرار".\n',
                [
                    ("يضر بمئات ال", "سامر يوسف", "الناشط", "2024-03-04"),
                    ("البلدية لم ت", "سامر يوسف", "الناشط", "2024-03-04"),
                ],
            ),
            (
                "هاجمت النائبة هدى منصور وزارة التربية بسبب تأخر نتائج الامتحانات.\n"
                "وكتبت منصور على حسابها في فيسبوك أن "
                '"آلاف الطلاب ينتظرون منذ أسابيع دون أي توضيح".\n'
                "Posted by Huda Mansour on Thursday, June 9, 2022\n"
                'وتابعت: "على الوزير أن يخرج ويشرح للناس ما يحدث".\n',
                [
                    ("آلاف الطلاب ", "هدى منصور", "النائبة", "2022-06-09"),
                    ("على الوزير أ", "هدى منصور", "النائبة", "2022-06-09"),
                ],
            ),
            (
                "رد المدرب كريم حداد على منتقدي أداء الفريق في المباراة الأخيرة.\n"
                'وقال حداد في تدوينة على فيسبوك: "اللاعبون قدموا كل ما لديهم رغم الإصابات".\n'
                "Posted by Karim Haddad on January 15, 2023\n"
                'وأضاف: "سنعود أقوى في المباراة المقبلة".\n',
                [
                    ("اللاعبون قدم", "كريم حداد", "المدرب", "2023-01-15"),
                    ("سنعود أقوى ف", "كريم حداد", "المدرب", "2023-01-15"),
                ],
            ),
        ],
    )
    def test_post_day_dates_the_words(self, text: str, expected: list) -> None:
        assert _dated(text) == expected

    @pytest.mark.parametrize(
        ("text", "dates"),
        [
            # a dateline dates the story; the post's day is not the page's
            (
                "عمان 5 مارس 2024 (وكالات) - انتقد الناشط سامر يوسف قرار البلدية بإغلاق "
                "السوق القديم.\n"
                "وقال يوسف في منشور على صفحته في فيسبوك إن القرار "
                '"يضر بمئات العائلات التي تعيش منه".\n'
                "Posted by Samer Youssef on Monday, March 4, 2024\n"
                'وأضاف أن "البلدية لم تستشر التجار قبل اتخاذ القرار".\n',
                ["2024-03-05", "2024-03-05"],
            ),
            # a name and a date with no "Posted by": no signature
            (
                "رد المدرب كريم حداد على منتقدي أداء الفريق في المباراة الأخيرة.\n"
                'وقال حداد في تدوينة على فيسبوك: "اللاعبون قدموا كل ما لديهم رغم الإصابات".\n'
                "Karim Haddad on January 15, 2023\n"
                'وأضاف: "سنعود أقوى في المباراة المقبلة".\n',
                [None, None],
            ),
            # words of another post than the one signed
            (
                "انتقد الناشط سامر يوسف قرار البلدية بإغلاق السوق القديم.\n"
                "وقال يوسف في منشور على صفحته في فيسبوك إن القرار "
                '"يضر بمئات العائلات التي تعيش منه".\n'
                "Posted by Samer Youssef on Monday, March 4, 2024\n"
                'وقال يوسف في منشور آخر على صفحته: "سأدعو التجار إلى وقفة أمام البلدية".\n',
                ["2024-03-04", None],
            ),
        ],
    )
    def test_near_misses(self, text: str, dates: list) -> None:
        assert [q.date for q in extract(text)] == dates


class TestRelativeOfSpeakingAtOccasion:
    """ "قال X، الذي كان يتحدث في ندوة يوم …، إن": a relative clause telling
    that the speaker was speaking (يتحدث, يتكلم, يخطب, with or without كان)
    at an occasion tells the occasion of the words themselves, so its date
    is theirs, where a date in a relative clause about the speaker is
    otherwise no date of the words."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "وقال وزير المالية سامي عبد الله، الذي كان يتحدث في ندوة اقتصادية "
                'بالعاصمة يوم 12 مارس 2023، إن "النمو سيتحسن خلال العام المقبل".',
                [("النمو سيتحسن", "سامي عبد الله", "وزير المالية", "2023-03-12")],
            ),
            (
                "وأكدت النائبة ليلى كرم، التي كانت تتحدث خلال جلسة برلمانية في 5 مايو "
                '2022، أن "القانون يحتاج إلى مراجعة شاملة".',
                [("القانون يحتا", "ليلى كرم", "النائبة", "2022-05-05")],
            ),
            (
                "وقال المدرب نبيل فارس الذي يتحدث في مؤتمر صحفي يوم 8 أكتوبر 2021 إن "
                '"الفريق جاهز للمواجهة".',
                [("الفريق جاهز ", "نبيل فارس", "المدرب", "2021-10-08")],
            ),
        ],
    )
    def test_dates_the_words(self, text: str, expected: list) -> None:
        assert _dated(text) == expected

    @pytest.mark.parametrize(
        "text",
        [
            # a relative clause of the speaker's past, not of his speaking
            "وقال وزير المالية سامي عبد الله، الذي كان يعمل في البنك المركزي حتى 12 "
            'مارس 2019، إن "النمو سيتحسن خلال العام المقبل".',
            "وأكدت النائبة ليلى كرم، التي كانت تدرس في جامعة دمشق في 5 مايو 2002، أن "
            '"القانون يحتاج إلى مراجعة شاملة".',
            # someone else spoke of him
            "وقال المدرب نبيل فارس الذي تحدث عنه الرئيس في مؤتمر صحفي يوم 8 أكتوبر "
            '2021 إن "الفريق جاهز للمواجهة".',
            # what he was speaking about, not when
            "وقال وزير المالية سامي عبد الله، الذي كان يتحدث عن أزمة مارس 2011 في ندوة "
            'اقتصادية، إن "النمو سيتحسن خلال العام المقبل".',
        ],
    )
    def test_near_misses(self, text: str) -> None:
        assert [q.date for q in extract(text)] == [None]


class TestMannerAsideInMarks:
    """'وقال X: "… صغير، "ضاحكاً"، واليوم …"': a participle of manner
    (ضاحكا, مبتسمة, مازحا …) alone in marks of the quote's own family inside
    a quote is the narrator's aside, typed in marks: its first mark closes
    the words before it and its second opens the words after it, two quotes
    of the same speaker, not one quote with a term in marks."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                'وقال المدير سمير نصار: "بدأنا المشروع بفريق صغير، "ضاحكاً"، واليوم صار '
                'لدينا مئات الموظفين في كل المدن".',
                [
                    ("بدأنا المشروع بفريق صغير", "سمير نصار", "المدير", None),
                    ("واليوم صار لدينا مئات الموظفين في كل المدن", "سمير نصار", "المدير", None),
                ],
            ),
            (
                'وأضافت الممثلة رنا خوري: "كنت أخاف من الكاميرا في البداية، "مبتسمة"، '
                'لكنني تعلمت مع الوقت كيف أنسى وجودها".',
                [
                    ("كنت أخاف من الكاميرا في البداية", "رنا خوري", "الممثلة", None),
                    ("لكنني تعلمت مع الوقت كيف أنسى وجودها", "رنا خوري", "الممثلة", None),
                ],
            ),
            (
                "وقال اللاعب كريم عادل: «خسرنا المباراة الأولى بسبب الحظ، «مازحاً»، أو "
                "ربما بسبب الحكم كما يقول المدرب».",
                [
                    ("خسرنا المباراة الأولى بسبب الحظ", "كريم عادل", "اللاعب", None),
                    ("أو ربما بسبب الحكم كما يقول المدرب", "كريم عادل", "اللاعب", None),
                ],
            ),
        ],
    )
    def test_aside_splits_the_quote(self, text: str, expected: list) -> None:
        # whole spans: the aside's commas are no part of either quote (mend27d)
        assert [(q.text, q.speaker, q.role, q.date) for q in extract(text)] == expected

    @pytest.mark.parametrize(
        ("text", "words"),
        [
            # a word in marks that is no participle of manner: a term, nested
            (
                'وقال المدير سمير نصار: "بدأنا المشروع بفريق "صغير" واليوم صار لدينا '
                'مئات الموظفين في كل المدن".',
                'بدأنا المشروع بفريق "صغير" واليوم صار لدينا مئات الموظفين في كل المدن',
            ),
            # an adjective of state in marks, of someone else, not the speaker's manner
            (
                "وقال اللاعب كريم عادل: «خسرنا المباراة الأولى لأن المدرب كان «ساخطاً»، "
                "ولم يشرح لنا خطته».",
                "خسرنا المباراة الأولى لأن المدرب كان «ساخطاً»، ولم يشرح لنا خطته",
            ),
            # the participle outside the quote, unmarked
            (
                '"بدأنا المشروع بفريق صغير واليوم صار لدينا مئات الموظفين"، قال سمير نصار ضاحكاً.',
                "بدأنا المشروع بفريق صغير واليوم صار لدينا مئات الموظفين",
            ),
        ],
    )
    def test_near_misses(self, text: str, words: str) -> None:
        assert [q.text for q in extract(text)] == [words]


class TestLongLineageNameInMarks:
    """A person's name in marks right after his title is no quote, also a
    lineage name of seven or eight words, and one that opens on عبد and a
    name of God ("الأمير “عبد الله بن خالد بن عبد الرحمن”"): each word after
    the first a given name, بن, آل or عبد and the word after it."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "أكد وزير الثقافة الأمير “عبد الله بن خالد بن عبد الرحمن”، أنه "
                "“لا حل إلا بالحوار بين الأطراف”.",
                [
                    (
                        "لا حل إلا با",
                        "عبد الله بن خالد بن عبد الرحمن",
                        "وزير الثقافة",
                        None,
                    )
                ],
            ),
            (
                "وأعلن ولي العهد الأمير “عبد الإله بن فهد بن عبد العزيز”، أن “المشروع "
                "سيكتمل العام المقبل”.",
                [("المشروع سيكت", "عبد الإله بن فهد بن عبد العزيز", "ولي العهد", None)],
            ),
            (
                "قال وزير الطاقة الأمير “عبد الرحمن بن سلمان بن عبد الله”، إن “الأسواق "
                "ستشهد استقرارا في الأشهر المقبلة”.",
                [("الأسواق ستشه", "عبد الرحمن بن سلمان بن عبد الله", "وزير الطاقة", None)],
            ),
        ],
    )
    def test_name_is_no_quote(self, text: str, expected: list) -> None:
        assert _dated(text) == expected

    @pytest.mark.parametrize(
        ("text", "words"),
        [
            # a name, then a verb: a clause said
            (
                "أكد رئيس الوزراء “عبد الله بن خالد لن يتراجع عن قراره أبدا”.",
                "عبد الله بن خالد لن يتراجع عن قراره أبدا",
            ),
            (
                "وقال الشيخ “عبد الله بن خالد يزور باريس غدا” في تصريح للصحفيين.",
                "عبد الله بن خالد يزور باريس غدا",
            ),
        ],
    )
    def test_near_misses(self, text: str, words: str) -> None:
        assert [q.text for q in extract(text)] == [words]


_CABLE_LEAD = (
    "أظهرت برقية صادرة عن السفارة مؤرخة في 12 آذار 2008 تفاصيل لقاء بين السفير "
    "ووزير الداخلية سمير حداد.\n"
    "وتناول اللقاء ملفات عدة بينها الانتخابات والأمن.\n"
)


class TestDocumentCitedAfterQuote:
    """ "وقال X إن «…»، ثم ضحك، بحسب البرقية": words that end on the
    document they were read from ("بحسب البرقية", "وفقا للوثيقة", "حسب
    البرقية", a dozen tokens after them in their sentence) are the cable's
    under discussion, and take its date, as when "the cable" is named
    before them."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                _CABLE_LEAD + "وقال حداد إن الأحزاب «لا تملك برنامجا واضحا»، ثم ضحك طويلا، "
                "بحسب البرقية.",
                [("لا تملك برنا", "سمير حداد", "وزير الداخلية", "2008-03-12")],
            ),
            (
                "أظهرت وثيقة صادرة عن السفارة مؤرخة في 3 أيار 2007 تفاصيل لقاء بين السفير "
                "والنائب كمال يونس.\n"
                "وتناول اللقاء خلافات الحزب الداخلية.\n"
                "وقال يونس للسفير إن رئيس الحزب «لا يعرف ما يريد»، وفقا للوثيقة.",
                [("لا يعرف ما ي", "كمال يونس", "النائب", "2007-05-03")],
            ),
            (
                "كشفت برقية أميركية مؤرخة في 20 تموز 2009 تفاصيل لقاء بين السفير والوزير "
                "فادي منصور.\n"
                "وتطرق اللقاء إلى الوضع الاقتصادي.\n"
                "وقال منصور إن «الاقتصاد ينهار بسرعة»، ثم غادر القاعة، حسب البرقية.",
                [("الاقتصاد ينه", "فادي منصور", "الوزير", "2009-07-20")],
            ),
        ],
    )
    def test_takes_the_cable_date(self, text: str, expected: list) -> None:
        assert _dated(text) == expected

    @pytest.mark.parametrize(
        "text",
        [
            # another source, no document
            _CABLE_LEAD + "وقال حداد إن الأحزاب «لا تملك برنامجا واضحا»، بحسب مصدر حضر اللقاء.",
            # a newspaper, not the cable
            _CABLE_LEAD + "وقال حداد إن الأحزاب «لا تملك برنامجا واضحا»، بحسب الصحيفة.",
            # a statement of his own, of another time
            _CABLE_LEAD + "وقال حداد إن الأحزاب «لا تملك برنامجا واضحا»، بحسب بيان صدر عن "
            "مكتبه أمس.",
        ],
    )
    def test_near_misses(self, text: str) -> None:
        assert [q.date for q in extract(text)] == [None]


class TestStrayOpenerBeforeReport:
    """'أفاد مصدر أن “الوزير X، قال اليوم …، بأنه “…”': an opener right
    after أنّ, then the speaker, a comma, his verb of saying in the past and
    its أنّ with the pronoun right before a second opener of the family,
    with one closer: the first opener is a stray before the narrator's
    report, which opens nothing; the second opens the words, said by the
    subject before the verb."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "أفاد مصدر حكومي ان “وزير المالية سامي حداد، قال اليوم خلال اجتماعه مع "
                "النواب، بأنه “لا زيادة في الضرائب هذا العام”.",
                [("لا زيادة في ", "سامي حداد", "وزير المالية", None)],
            ),
            (
                "ذكرت مصادر مطلعة أن “رئيس البلدية كمال نصر، أكد أمس أمام السكان، بأنه "
                "“المشروع سيكتمل قبل نهاية الصيف”.",
                [("المشروع سيكت", "كمال نصر", "رئيس البلدية", None)],
            ),
            (
                'نقل مصدر مقرب أن "المدرب فادي يونس، قال للاعبين في غرفة الملابس، بأنه '
                '"لا مكان للمتهاونين في الفريق".',
                [("لا مكان للمت", "فادي يونس", "المدرب", None)],
            ),
        ],
    )
    def test_second_opener_opens_the_words(self, text: str, expected: list) -> None:
        assert _dated(text) == expected

    @pytest.mark.parametrize(
        ("text", "words"),
        [
            # the inner quote closes before the outer one: nested, as before
            (
                "أفاد مصدر حكومي ان “الوزير سامي حداد، قال لنا في الاجتماع بأنه “لا زيادة "
                "في الضرائب” ولن يتراجع عن ذلك”.",
                [
                    "الوزير سامي حداد، قال لنا في الاجتماع بأنه “لا زيادة في الضرائب” "
                    "ولن يتراجع عن ذلك"
                ],
            ),
            # no verb of saying after a comma: the source's words, as before
            (
                "ذكرت مصادر مطلعة أن “رئيس البلدية كمال نصر متفائل جدا بأنه “المشروع "
                "سيكتمل قبل نهاية الصيف”.",
                ["رئيس البلدية كمال نصر متفائل جدا بأنه “المشروع سيكتمل قبل نهاية الصيف"],
            ),
        ],
    )
    def test_near_misses(self, text: str, words: list) -> None:
        assert [q.text for q in extract(text)] == words


class TestCommaEllipsisEndsUnmarkedWords:
    """'قال X: سنفتح فروعا جديدة،... أما …': in words after a colon with no
    marks, a comma right before an ellipsis of three dots or more is the
    writer's cut of the words ("and so on"): they end before the comma,
    where a bare ellipsis is a pause in them and goes on."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (
                "وقال الوزير خالد سعيد للصحفيين: إن الحكومة ستخفض الضرائب في العام المقبل "
                "لأنها تريد دعم الأسر،..... وفي سياق آخر أعلنت الشركة عن أرباح كبيرة هذا "
                "العام.",
                "إن الحكومة ستخفض الضرائب في العام المقبل لأنها تريد دعم الأسر",
                "خالد سعيد",
            ),
            (
                "وقالت المديرة سلمى عيسى للموظفين: سنفتح فروعا جديدة في الجنوب خلال الأشهر "
                "المقبلة،... أما الموظفون فقد طالبوا بزيادة رواتبهم.",
                "سنفتح فروعا جديدة في الجنوب خلال الأشهر المقبلة",
                "سلمى عيسى",
            ),
            (
                "وأضاف المدرب فارس نصر: اللاعبون بذلوا جهدا كبيرا في المباراة ولم يحالفهم "
                "الحظ،.... وفي الشوط الثاني تراجع أداء الفريق بشكل واضح.",
                "اللاعبون بذلوا جهدا كبيرا في المباراة ولم يحالفهم الحظ",
                "فارس نصر",
            ),
        ],
    )
    def test_words_end_before_the_cut(self, text: str, words: str, speaker: str) -> None:
        assert [(q.text, q.speaker) for q in extract(text)] == [(words, speaker)]

    @pytest.mark.parametrize(
        ("text", "words"),
        [
            # two dots after the comma: a pause, the words go on
            (
                "وقالت المديرة سلمى عيسى للموظفين: سنفتح فروعا جديدة في الجنوب،.. وسنوظف "
                "المئات من الشباب.",
                "سنفتح فروعا جديدة في الجنوب،.. وسنوظف المئات من الشباب",
            ),
            # an ellipsis with no comma before it: a pause too
            (
                "وأضاف المدرب فارس نصر: اللاعبون بذلوا جهدا كبيرا.... لكن الحظ لم يحالفهم "
                "في المباراة.",
                "اللاعبون بذلوا جهدا كبيرا.... لكن الحظ لم يحالفهم في المباراة",
            ),
        ],
    )
    def test_near_misses(self, text: str, words: str) -> None:
        assert [q.text for q in extract(text)] == [words]


_COMMENT_CABLE = (
    "في برقية مصنفة سرية بعثت بها البعثة الأميركية في 05/12/2008\n"
    "جاء فيها أن الوزير سمير حداد تلقى تحذيرا من خصومه.\n"
    "وقال حداد: «لا نحتاج إلى وعود، نحتاج إلى أفعال».\n"
)


class TestDocumentsOwnComment:
    """'في برقية سرية … في 05/12/2008 …' then 'تعليق: «…»', 'ملاحظة: «…»':
    the words a label hands to the document named in the sentence that
    told its date (the cable's own comment on what it reports) are of that
    date, as "the cable" named again would be."""

    @pytest.mark.parametrize(
        ("text", "words", "date"),
        [
            (
                _COMMENT_CABLE + "تعليق: «حداد يثق بالحكومة، وهو ما يفسر غضبه الآن».",
                "حداد يثق بالحكومة",
                "2008-12-05",
            ),
            (
                "كشفت وثيقة صادرة عن السفارة البريطانية في 14 آذار 2011 أن النائب كمال "
                "يونس التقى السفير.\n"
                "وقال يونس: «الانتخابات لن تجري في موعدها».\n"
                "ملاحظة: «يونس يبالغ عادة في تقدير قوة حزبه».",
                "يونس يبالغ عادة",
                "2011-03-14",
            ),
            (
                "في مذكرة سرية رفعتها البعثة الأميركية في 2 حزيران 2010\n"
                "ورد أن رئيس البلدية فادي منصور اشتكى من نقص التمويل.\n"
                "وقال منصور: «الحكومة تتجاهل مطالبنا».\n"
                "تعليق: «منصور يسعى إلى دعم خارجي قبل الانتخابات».",
                "منصور يسعى إلى",
                "2010-06-02",
            ),
        ],
    )
    def test_takes_the_document_date(self, text: str, words: str, date: str) -> None:
        assert one(text, words).date == date

    @pytest.mark.parametrize(
        ("text", "words"),
        [
            # another report of the embassy, no document dated
            (
                _COMMENT_CABLE + "وجاء في تقرير آخر للسفارة: «حداد يثق بالحكومة، وهو ما "
                "يفسر غضبه الآن».",
                "حداد يثق بالحكومة",
            ),
            # a ministry's memo: another source
            (
                _COMMENT_CABLE + "وكتبت مذكرة داخلية للوزارة: «حداد يثق بالحكومة، وهو ما "
                "يفسر غضبه الآن».",
                "حداد يثق بالحكومة",
            ),
        ],
    )
    def test_near_misses(self, text: str, words: str) -> None:
        assert one(text, words).date is None
