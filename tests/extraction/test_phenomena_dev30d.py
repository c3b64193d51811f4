"""dev30d: the rules of the tenth session's date and quote engineer (one class a rule)."""

from __future__ import annotations

import pytest

from claims.extraction import extract


def _texts(text: str) -> list[str]:
    return [q.text for q in extract(text)]


class TestColonSpeechGoesOnWithItsFeminineSubjectsVerb:
    """Speech after a man's verb of saying and its colon that opens on a
    feminine body, 'إن الهيئة …', then a comma and a present verb of
    saying in the feminine glued to و with no subject of its own ('، وتصر
    على أن …', '، وتعتبر أن …'): the body the words opened on goes on
    speaking in his words, no narrator's 'and she insists'. The words were
    cut at the comma."""

    FIXES = [
        (
            "وتابع المتحدث باسم الهيئة سامر يوسف: إن الهيئة ترفض أي محاولة للالتفاف "
            "على القانون، وتصر على أن اللجنة هي الجهة الوحيدة المخولة بذلك.",
            "إن الهيئة ترفض أي محاولة للالتفاف على القانون، وتصر على أن اللجنة هي "
            "الجهة الوحيدة المخولة بذلك",
        ),
        (
            "وأضاف رئيس النقابة كمال داود: إن النقابة لن تتراجع عن مطالبها، وتعتبر أن "
            "الحوار هو الطريق الوحيد لحل الأزمة.",
            "إن النقابة لن تتراجع عن مطالبها، وتعتبر أن الحوار هو الطريق الوحيد لحل الأزمة",
        ),
        (
            "وقال مدير الشركة نبيل حداد: الشركة ملتزمة بتعهداتها تجاه العمال، وتشدد على "
            "أن الرواتب ستصرف في موعدها.",
            "الشركة ملتزمة بتعهداتها تجاه العمال، وتشدد على أن الرواتب ستصرف في موعدها",
        ),
    ]

    @pytest.mark.parametrize(("text", "quote"), FIXES)
    def test_the_words_go_on(self, text, quote):
        assert _texts(text) == [quote]

    # near misses: the present verb with a subject of its own (the
    # narrator's sources); a woman speaks (the verb may be the narrator's
    # 'and she insists'); the words open on no feminine body
    def test_a_verb_with_its_own_subject_is_the_narrators(self):
        text = (
            "وقال الوزير فادي حسن: إن الحكومة ماضية في خطتها، وتؤكد مصادر مطلعة أن "
            "الخطة ستعدل قريبا."
        )
        assert _texts(text) == ["إن الحكومة ماضية في خطتها"]

    def test_a_woman_speaking(self):
        text = "وقالت الوزيرة هند سالم: إن الحكومة ماضية في خطتها، وتصر على أن الخطة لن تعدل."
        assert _texts(text) == ["إن الحكومة ماضية في خطتها"]

    def test_no_feminine_body_opens_the_words(self):
        text = "وقال الوزير فادي حسن: نحن ماضون في خطتنا، وتصر المعارضة على أن الخطة ستفشل."
        assert _texts(text) == ["نحن ماضون في خطتنا"]


class TestMarksSpacedInsideOut:
    """Straight marks typed with their spaces inside out: the opener glued
    to the word before it, a space after it, and the closer spaced off on
    both sides, the line's last mark of its family ('واضاف" ان … الكتل "',
    'وقالت X" سنفتتح … العام "'): the pair holds the words. The glued
    opener was read as a closer never opened, and the words were lost (or
    the words before it, the speaker's name, taken for a quote)."""

    FIXES = [
        (
            'وقال النائب سامي داود "لا نتوقع ان يصوت المجلس على القانون غدا ".\n'
            'واضاف" ان ملف الرواتب اصبح ورقة انتخابية بيد بعض الكتل "\n'
            "وذكر المصدر أن الجلسة ستعقد صباحا.",
            [
                "لا نتوقع ان يصوت المجلس على القانون غدا",
                "ان ملف الرواتب اصبح ورقة انتخابية بيد بعض الكتل",
            ],
        ),
        (
            'وقالت الوزيرة ليلى عمران" سنفتتح المستشفى الجديد قبل نهاية العام "\n'
            "وأضافت أن العمل يسير وفق الخطة.",
            ["سنفتتح المستشفى الجديد قبل نهاية العام"],
        ),
        (
            'وأوضح الخبير المائي رامي خليل" نحن بحاجة الى خطة وطنية للمياه " في حديث '
            "للإذاعة المحلية.",
            ["نحن بحاجة الى خطة وطنية للمياه"],
        ),
    ]

    @pytest.mark.parametrize(("text", "quotes"), FIXES)
    def test_the_pair_holds_the_words(self, text, quotes):
        assert _texts(text) == quotes

    # near misses: a spaced mark that another mark of its family follows on
    # the line (it opens the next words); marks typed the usual way
    def test_a_spaced_opener_with_its_closer_after_it(self):
        text = 'ورد المتحدث على الانتقادات" وقال " نحن راضون عن النتائج".'
        assert _texts(text) == ["نحن راضون عن النتائج"]

    def test_marks_typed_the_usual_way(self):
        text = 'وقال الخبير رامي خليل "نحن بحاجة الى خطة وطنية للمياه" في حديث للإذاعة.'
        assert _texts(text) == ["نحن بحاجة الى خطة وطنية للمياه"]


class TestAnAnniversaryNamedInMarks:
    """Words in marks right after the noun of an anniversary ('بمناسبة
    الذكرى «التاسعة لرحيل الشاعر»', 'الذكرى ” الـ 50 لتأسيس الجامعة”'), six
    words at most: the anniversary's name, no words said. It was taken for
    a quote of the sentence's speaker."""

    FIXES = [
        "وأشاد الوزير بمناسبة الذكرى «التاسعة لرحيل الشاعر» بجهود الأساتذة.",
        "وأشاد الوزير خلال زيارته للمتحف بمناسبة الذكرى ” الـ 50 لتأسيس الجامعة” بجهود الأساتذة.",
        'ونوه رئيس الجمعية سعيد بركات خلال إحياء الذكرى "العاشرة لتأسيس النادي" '
        "بمواقف اللاعبين القدامى.",
    ]

    @pytest.mark.parametrize("text", FIXES)
    def test_no_quote(self, text):
        assert _texts(text) == []

    # near misses: words said after the anniversary's noun (they open with
    # a negation or a pronoun); a quote after the anniversary with a verb of
    # saying and its colon
    def test_words_said_on_the_anniversary(self):
        text = "وكتب الشاعر سامي يوسف في الذكرى «لن ننسى من رحلوا عنا أبدا»."
        assert _texts(text) == ["لن ننسى من رحلوا عنا أبدا"]

    def test_a_quote_after_the_anniversary(self):
        text = "وقال الوزير بمناسبة الذكرى العاشرة للتأسيس: «سنبقى أوفياء لهذا النهج»."
        assert _texts(text) == ["سنبقى أوفياء لهذا النهج"]


class TestANameInParenthesesAfterTheVerb:
    """The speaker's name in parentheses right after the verb of saying
    ('وقال (سامي حسن داود) في تصريح "…"', 'وأكد (داود) أن "…"', a habit of
    some Iraqi outlets): the name is the verb's subject. Nobody was named,
    and the quote went to the speaker of the sentence before."""

    FIXES = [
        (
            'وقال (سامي حسن داود) في تصريح لموقع الأخبار "لا نتوقع ان يصوت المجلس '
            'على القانون غدا".',
            "سامي حسن داود",
        ),
        (
            "اوضح عضو لجنة المالية ان القانون متأخر. وقال (سامي حسن داود) في تصريح "
            'لموقع الأخبار "لا نتوقع ان يصوت المجلس على القانون غدا".',
            "سامي حسن داود",
        ),
        (
            'وأضافت (هدى كريم الساعدي) خلال مؤتمر صحفي "سنطالب باستجواب الوزير الأسبوع المقبل".',
            "هدى كريم الساعدي",
        ),
    ]

    @pytest.mark.parametrize(("text", "speaker"), FIXES)
    def test_the_name_speaks(self, text, speaker):
        assert [q.speaker for q in extract(text)] == [speaker]

    # near misses: an aside in parentheses after the verb, the speaker named
    # before; a title before the name in parentheses (read so already)
    def test_an_aside_in_parentheses(self):
        text = (
            "قال الوزير سامي داود في مؤتمر صحفي إن الوضع صعب. وأضاف (في إشارة إلى المعارضة) "
            '"لن نسمح بتعطيل عمل الحكومة".'
        )
        assert [q.speaker for q in extract(text)] == ["سامي داود"]

    def test_a_title_before_the_name(self):
        text = 'وقال النائب (سامي داود) في تصريح "لا نتوقع ان يصوت المجلس على القانون غدا".'
        assert [q.speaker for q in extract(text)] == ["سامي داود"]


class TestTheOccasionToldBeforeWithItsDate:
    """A cue clause that names its occasion after عقب, خلال, بعد … ('وصرحت
    السفيرة X عقب حفل تقديم أوراق اعتمادها: "…"', 'خلال مراسم توقيع اتفاقية
    …'), two words of which an earlier sentence told with a date after them
    ('قدمت أوراق اعتمادها … يوم الخميس 6 فبراير 2025', 'ووقع الوزيران اتفاقية
    … في 12 يناير 2023'): the words were said on that date. They took no
    date (the lead's day, or none)."""

    CREDENTIALS = (
        "وكانت السفيرة ليلى حداد قد قدمت أوراق اعتمادها إلى رئيس الجمهورية يوم "
        "الخميس 6 فبراير 2025.\n\n"
        'وصرحت السفيرة حداد عقب حفل تقديم أوراق اعتمادها: "أتطلع إلى العمل مع '
        'شركائنا في الحكومة".'
    )
    FIXES = [
        (
            "نشرت سفارة كندا في عمان، اليوم الثلاثاء 11 فبراير الجاري، رسالة مصورة "
            "للسفيرة الجديدة ليلى حداد إلى الجالية.\n\n" + CREDENTIALS,
            "2025-02-06",
        ),
        (
            "نشرت سفارة كندا في عمان، اليوم الثلاثاء 11 فبراير 2025، رسالة مصورة "
            "للسفيرة الجديدة ليلى حداد إلى الجالية.\n\n" + CREDENTIALS,
            "2025-02-06",
        ),
        (
            "ووقع الوزيران اتفاقية التعاون الزراعي في 12 يناير 2023 بالعاصمة.\n\n"
            "وقال وزير الزراعة كمال يوسف خلال مراسم توقيع اتفاقية التعاون الزراعي: "
            '"هذه خطوة تاريخية لبلدينا".',
            "2023-01-12",
        ),
    ]

    @pytest.mark.parametrize(("text", "day"), FIXES)
    def test_the_occasions_date(self, text, day):
        assert [q.date for q in extract(text)] == [day]

    # near misses: another occasion; the occasion told before with no date
    def test_another_occasion(self):
        text = (
            "ووقع الوزيران اتفاقية التعاون الزراعي في 12 يناير 2023.\n\n"
            'وقال الوزير كمال يوسف خلال زيارته للمزارع: "هذه خطوة تاريخية لبلدينا".'
        )
        assert [q.date for q in extract(text)] == [None]

    def test_the_occasion_told_with_no_date(self):
        text = (
            "وناقش الوزيران اتفاقية التعاون الزراعي مطولا.\n\n"
            "وقال وزير الزراعة كمال يوسف خلال مراسم توقيع اتفاقية التعاون الزراعي: "
            '"هذه خطوة تاريخية لبلدينا".'
        )
        assert [q.date for q in extract(text)] == [None]
