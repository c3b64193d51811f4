"""Dates and quote spans (dev26d, sixth session of 2026-12-06).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from claims.extraction import extract
from tests.extraction.helpers import one


class TestOlderTuesdaySpelling:
    """الثلثاء, the older spelling of Tuesday that some Gulf and Levant
    papers keep, is the weekday الثلاثاء: a day told as "أمس الثلثاء (…)"
    dates the occasion as any other weekday does, and the weekday ends a
    speaker's phrase."""

    @pytest.mark.parametrize(
        ("text", "words", "date"),
        [
            (
                'قال رئيس المجلس كمال العياري إن "الإصلاح لن يتوقف مهما كانت الظروف".\n'
                "وكان رئيس المجلس استقبل، في مكتبه ضحى أمس الثلثاء (19 يوليو/ تموز 2016)، "
                "وفدا من النقابات.\n",
                "الإصلاح لن",
                "2016-07-19",
            ),
            (
                'أكدت الوزيرة ليلى حداد أن "المدارس ستفتح أبوابها في موعدها".\n'
                "وكانت الوزيرة التقت مساء أمس الثلثاء (14 مارس/ آذار 2023) عددا من المديرين.\n",
                "المدارس ستفتح",
                "2023-03-14",
            ),
            (
                'وقال السفير سامي الخطيب إن "العلاقات بين البلدين ممتازة".\n'
                "وكان السفير زار، ظهر أمس الثلثاء (9 مايو/ أيار 2017)، مقر الغرفة التجارية.\n",
                "العلاقات بين",
                "2017-05-09",
            ),
        ],
    )
    def test_dates_as_tuesday(self, text: str, words: str, date: str) -> None:
        assert one(text, words).date == date

    @pytest.mark.parametrize(
        ("text", "date"),
        [
            # the usual spelling and another weekday date as before
            (
                'قال رئيس المجلس كمال العياري إن "الإصلاح لن يتوقف مهما كانت الظروف".\n'
                "وكان رئيس المجلس استقبل، في مكتبه صباح أمس الأربعاء (27 يوليو/ تموز 2016)، "
                "وفدا من النقابات.\n",
                "2016-07-27",
            ),
            # a full date after the weekday dates by itself
            (
                'وقال رئيس المجلس كمال العياري الثلثاء 9 مايو 2017 إن "الإصلاح لن يتوقف أبدا".',
                "2017-05-09",
            ),
        ],
    )
    def test_other_dates_unchanged(self, text: str, date: str) -> None:
        assert one(text, "الإصلاح لن").date == date

    def test_weekday_ends_the_speaker(self) -> None:
        q = one('وقال الوزير كمال العياري الثلثاء إن "الموازنة ستقدم قريبا للبرلمان".', "الموازنة")
        assert q.speaker == "كمال العياري"


class TestDaysFromElevenOn:
    """ "بعد 12 يوما على X في D": from eleven on the days of a span are
    counted in the singular accusative (يوما), and the clause's time is D
    moved by them, as with "بعد ثلاثة أيام على"; the number must be of two
    digits and followed by على or من, else the span moves nothing."""

    @pytest.mark.parametrize(
        ("text", "words", "date"),
        [
            (
                "وجاء اللقاء بعد 12 يوما على اغتيال القاضي سامي الخطيب في 21 نوفمبر 2006.\n"
                'وقال الوزير إن "الجريمة لن تمر دون عقاب أبدا".',
                "الجريمة لن",
                "2006-12-03",
            ),
            (
                "وجاءت الندوة قبل 15 يوما من الاقتراع المقرر في 20 مايو 2024.\n"
                'وقال رئيس الهيئة إن "كل شيء جاهز للتصويت في موعده".',
                "كل شيء",
                "2024-05-05",
            ),
            (
                "وقال الوزير خلال اللقاء الذي جاء بعد 12 يوما من الاقتراع في 20 مايو 2024 "
                'إن "النتائج كانت متوقعة منذ البداية".',
                "النتائج كانت",
                "2024-06-01",
            ),
        ],
    )
    def test_span_moves_the_day(self, text: str, words: str, date: str) -> None:
        assert one(text, words).date == date

    @pytest.mark.parametrize(
        ("text", "date"),
        [
            # twelve days of something, no على/من after them: the day told stays
            (
                "وجاءت الزيارة، التي استمرت 12 يوما، في 21 نوفمبر 2006.\n"
                'وقال الوزير إن "الجريمة لن تمر دون عقاب أبدا".',
                "2006-11-21",
            ),
            # the span in another sentence than the date
            (
                "وجاء اللقاء بعد 12 يوما من الحادث.\n"
                'وقال الوزير في 21 نوفمبر 2006 إن "الجريمة لن تمر دون عقاب أبدا".',
                "2006-11-21",
            ),
            # fewer than eleven days, counted in the plural, as before
            (
                "وجاء اللقاء بعد ثلاثة أيام على اغتيال القاضي سامي الخطيب في 21 نوفمبر 2006.\n"
                'وقال الوزير إن "الجريمة لن تمر دون عقاب أبدا".',
                "2006-11-24",
            ),
        ],
    )
    def test_no_span_moves_nothing(self, text: str, date: str) -> None:
        assert one(text, "الجريمة لن").date == date


class TestWentThroughNotKnownAs:
    """عرف, عرفت, يعرف, تعرف bare right before marks are a label ("known
    as") only when the words in the marks open with بـ ("ما يعرف «بالربيع
    العربي»"); otherwise the verb is the active "went through, saw" of
    Maghreb press, and the marks hold its object, words of the clause a
    verb of saying governs, kept as a quotation."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (
                "صرح وزير الصحة كريم بناني اليوم في البرلمان، أن وضعية المستشفيات عرفت "
                '"تحسنا، رغم بعض النقائص التي تعمل الوزارة على معالجتها".',
                "تحسنا، رغم",
                "كريم بناني",
            ),
            (
                "وقال رئيس الجامعة سعيد الوردي إن قطاع التعليم العالي عرف "
                '"تراجعا كبيرا خلال السنوات الأخيرة بسبب غياب رؤية واضحة".',
                "تراجعا كبيرا",
                "سعيد الوردي",
            ),
            (
                "وأكدت المديرة نادية العلوي أن الصادرات تعرف "
                '"انتعاشا ملحوظا منذ بداية السنة بفضل الطلب الأوروبي المتزايد".',
                "انتعاشا ملحوظا",
                "نادية العلوي",
            ),
        ],
    )
    def test_object_quoted(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker

    @pytest.mark.parametrize(
        "text",
        [
            # "known as" with بـ in the marks: a label
            'وقال الوزير كريم بناني إن ما يعرف "بالربيع العربي في المنطقة" انتهى منذ سنوات.',
            "وأكد الوزير كريم بناني أن الحركة التي عرفت «بحركة الشباب الغاضب» انتهت.",
        ],
    )
    def test_known_as_stays_a_label(self, text: str) -> None:
        assert extract(text) == []


class TestEventNamedByItsDate:
    """Words in marks that are a past event's noun and its date alone
    ("انقلاب 3 يونيو 2021", «ثورة 25 يناير», "أحداث 7 مايو 2008") name
    the event, no words said; not after a colon, where they answer, nor
    when a verb follows the date."""

    @pytest.mark.parametrize(
        "text",
        [
            'واتهم الوزير رئيس الحزب بتدبير كل المؤامرات من "انقلاب 1991" '
            'وحتى "انقلاب 3 يونيو 2021".',
            'وقال الوزير إن الحزب كان وراء "أحداث 7 مايو 2008" كلها.',
            'وأكد الزعيم أن البلاد لن تنسى "ثورة 25 يناير" أبدا.',
        ],
    )
    def test_no_quote(self, text: str) -> None:
        assert extract(text) == []

    @pytest.mark.parametrize(
        ("text", "words"),
        [
            ('وقال الوزير: "حرب 2006".', "حرب 2006"),
            ('وقال الوزير إن "الانتخابات 2026 ستجري في موعدها".', "الانتخابات 2026"),
            ('وقال الوزير إن "حرب 2006 لم تنته بعد في نفوس الناس".', "حرب 2006"),
        ],
    )
    def test_said_words_kept(self, text: str, words: str) -> None:
        assert one(text, words).speaker == "الوزير"


class TestNameOpenedUpToThat:
    """An opener never closed whose words run up to a bare أنّ (إنّ, بأنّ)
    right before the next opener ('مع موقع “X Y أن “…”') opened a name
    whose closing mark the page lost: no speech ends on the particle, so
    they are no quotation, and the that-clause's words in the marks after
    them are the verb's."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (
                "وقال الوزير في حوار له مع موقع “الأخبار اليوم أن “هذا القرار جاء في وقته "
                "تماما”، مضيفا أن الحكومة ستواصل عملها.",
                "هذا القرار",
                "الوزير",
            ),
            (
                "وقال الوزير في حديث مع قناة “الشرق الجديد بأن “الاتفاق لم يعد ممكنا الآن”.",
                "الاتفاق لم",
                "الوزير",
            ),
            (
                "وقالت الوزيرة في لقاء مع مجلة “آفاق عربية إن “الموسم الدراسي سينطلق في موعده”.",
                "الموسم الدراسي",
                "الوزيرة",
            ),
        ],
    )
    def test_only_the_clause_quoted(self, text: str, words: str, speaker: str) -> None:
        quotes = extract(text)
        assert len(quotes) == 1
        assert quotes[0].text.startswith(words)
        assert quotes[0].speaker == speaker

    @pytest.mark.parametrize(
        ("text", "words"),
        [
            # words that go on past the أنّ to their own closer
            (
                "وقال الوزير “الوضع صعب ولكن نعتقد أن “الحل قريب” جدا.",
                "الوضع صعب",
            ),
            # the outlet glued to لـ, as before
            (
                "وصرح الوزير في حوار مع جريدة “الصباح الجديد بأن “الموسم الدراسي سينطلق في موعده”.",
                "الموسم الدراسي",
            ),
            # the name closed by a mark of its own
            (
                "وأوضح الوزير في مقابلة مع إذاعة “صوت الشعب” أن “الانتخابات ستجري في موعدها”.",
                "الانتخابات ستجري",
            ),
        ],
    )
    def test_other_openers_unchanged(self, text: str, words: str) -> None:
        assert one(text, words).speaker == "الوزير"


class TestNarratorAfterUnmarkedWords:
    """Words said without marks after a colon end at a comma followed by
    the narrator's guess about them ("، ولعل هذا/ذلك …", "and perhaps
    this …") or by his source for them ("، كما جاء في …", "، كما ورد في
    …"); "ولعل" before anything but a demonstrative, or "كما" with
    another verb, goes on with the words."""

    @pytest.mark.parametrize(
        ("text", "words"),
        [
            (
                "وفي رسالة أخرى يكتب المبعوث للوزير: الحكومة تخسر ثقة الناس يوما بعد يوم، "
                "ولعل هذا هو ما دفع الوزير إلى تقديم استقالته بعد أسابيع.",
                "الحكومة تخسر ثقة الناس يوما بعد يوم",
            ),
            (
                "ويقول السفير في إحدى البرقيات: المعارضة منقسمة أكثر من أي وقت مضى، "
                "ولعل ذلك يفسر فشلها في الانتخابات الأخيرة.",
                "المعارضة منقسمة أكثر من أي وقت مضى",
            ),
            (
                "وفي لقاء آخر قال الوزير لضيفه: الاتفاق لن يصمد طويلا أمام الضغوط، "
                "كما جاء في برقية مؤرخة في العام نفسه.",
                "الاتفاق لن يصمد طويلا أمام الضغوط",
            ),
        ],
    )
    def test_words_end_before_the_narrator(self, text: str, words: str) -> None:
        assert one(text, words).text == words

    @pytest.mark.parametrize(
        ("text", "words"),
        [
            # ولعل with no demonstrative: the speaker's own hedge
            (
                "وقال الوزير للصحفيين: الحكومة تعمل بجد، ولعل الأيام المقبلة تحمل أخبارا سارة.",
                "الحكومة تعمل بجد، ولعل الأيام المقبلة تحمل أخبارا سارة",
            ),
            # كما with another verb: the speaker's comparison
            (
                "وقال الوزير للصحفيين: سنواصل العمل، كما فعلنا دائما في الأوقات الصعبة.",
                "سنواصل العمل، كما فعلنا دائما في الأوقات الصعبة",
            ),
        ],
    )
    def test_words_go_on(self, text: str, words: str) -> None:
        assert one(text, words).text == words
