"""What the fuzz of fuzz28 (seventh session of 2026-12-06) found and changed,
as tests on invented texts.  Its generators (seeds 28001-28399): Latin,
Greek, Hebrew, Cyrillic and Chinese names and words among Arabic ones,
marks of every family nested and left open, long sentences of many cues,
tables and lists, paragraphs repeated, zero-width and bidi control
characters, tatweel, Arabic-Indic and Persian digits, emoji, and template
articles mutated with all of these.  Every sentence here is invented for
the test.
"""

import pytest

from tests.extraction.test_fuzz_templates import quotes_keeping_the_contract


def _texts(text: str) -> list[str]:
    return [q.text for q in quotes_keeping_the_contract(text)]


class TestAnAnswerEndsAtItsLastWord:
    """An interview's answer line ("ج: …", or a name and a colon after a
    question line) ends at its last word: a full stop written after a space
    ("… كاملا ."), as Arabic pages often set it, is dropped with the space
    (the answer kept the space at its end)."""

    @pytest.mark.parametrize(
        ("text", "answer"),
        [
            (
                "س: ما رأيكم في القرار الأخير؟\nج: نحن ملتزمون بالاتفاق كاملا .",
                "نحن ملتزمون بالاتفاق كاملا",
            ),
            (
                "س: متى تبدأ الأشغال؟\nالمهندس: ستبدأ الأشغال في الربيع المقبل  ..",
                "ستبدأ الأشغال في الربيع المقبل",
            ),
            (
                "س: هل تتوقعون انفراجا قريبا؟\nج: لا أظن أن الأزمة ستنتهي قريبا\u00a0.",
                "لا أظن أن الأزمة ستنتهي قريبا",
            ),
        ],
    )
    def test_the_space_before_the_stop_is_left_out(self, text, answer):
        assert _texts(text) == [answer]

    @pytest.mark.parametrize(
        ("text", "answer"),
        [
            # near misses: the stop glued to the last word; a decimal
            # number at the end keeps its point
            (
                "س: ما رأيكم في القرار الأخير؟\nج: نحن ملتزمون بالاتفاق كاملا.",
                "نحن ملتزمون بالاتفاق كاملا",
            ),
            (
                "س: كم بلغت نسبة النمو؟\nج: بلغت نسبة النمو هذا العام 3.5",
                "بلغت نسبة النمو هذا العام 3.5",
            ),
        ],
    )
    def test_other_answers_read_as_before(self, text, answer):
        assert _texts(text) == [answer]


class TestAQuoteEndsAtItsLastVisibleCharacter:
    """Direction marks and zero-width characters (RLM, LRM, ZWSP, ZWJ, the
    BOM, bidi embeddings and isolates) that a page's source leaves after
    the words said, before the closing mark or the stop, are no part of
    them, nor of a name or a post they follow: the engine folds them away,
    and a span read back in the text (_Doc.oend) ended at the next
    character it kept, taking them in."""

    @pytest.mark.parametrize(
        ("text", "quote"),
        [
            ('قال الوزير: "الوضع مستقر تماما في البلاد\u200f". ', "الوضع مستقر تماما في البلاد"),
            (
                "وأكدت السفيرة أن «الحوار هو الطريق الوحيد\u200e\u202c»، مضيفة أن الوفد سيصل.",
                "الحوار هو الطريق الوحيد",
            ),
            (
                "وقال المتحدث باسم الشركة: الأرباح ارتفعت بنسبة ٢٠٪ هذا العام\u200b.",
                "الأرباح ارتفعت بنسبة ٢٠٪ هذا العام",
            ),
            (
                "“\u2067نرفض هذه الشروط جملة وتفصيلا\ufeff\u2069”، قال رئيس النقابة.",
                "نرفض هذه الشروط جملة وتفصيلا",
            ),
        ],
    )
    def test_the_invisible_characters_at_the_end_are_left_out(self, text, quote):
        assert _texts(text) == [quote]

    @pytest.mark.parametrize(
        ("text", "speaker", "role"),
        [
            (
                "قال وزير الخارجية\u200f سامي العلوي\u200f إن «المحادثات مستمرة بين الطرفين».",
                "سامي العلوي",
                "وزير الخارجية",
            ),
            (
                'وقالت المتحدثة باسم الوزارة\u200e، هدى منصور\u200e، إن "الوزارة تتابع الملف".',
                "هدى منصور",
                "المتحدثة باسم الوزارة",
            ),
        ],
    )
    def test_nor_are_they_part_of_a_name_or_a_post(self, text, speaker, role):
        (q,) = quotes_keeping_the_contract(text)
        assert (q.speaker, q.role) == (speaker, role)

    @pytest.mark.parametrize(
        ("text", "quote"),
        [
            # near misses: a zero-width joiner inside a word, and tashkeel
            # at the end (folded away too, but part of the last letter)
            (
                "قال الوزير: «نريد حلا\u200c سياسيا للأزمة»",
                "نريد حلا\u200c سياسيا للأزمة",
            ),
            ("قال الشيخ: «العلم نور للأمةِ»", "العلم نور للأمةِ"),
        ],
    )
    def test_the_characters_inside_or_of_a_letter_stay(self, text, quote):
        assert _texts(text) == [quote]


class TestAGovernorsIndefiniteNounInAPostIsAWord:
    """ "وال" (a governor, the indefinite noun: "وال سابق", a former
    governor) in a post is a word of its own, not the conjunction و and
    the article with nothing after them: the post's words kept an empty
    word for it, and the comparison of posts across countries
    (_post_sans_country) raised IndexError on it."""

    @pytest.mark.parametrize(
        ("text", "role"),
        [
            (
                "وقال المحافظ إن «المدينة آمنة تماما». وقال مستشار الملك المغربي "
                "وال سابق لطنجة إن «المشاريع ستنجز».",
                "مستشار الملك المغربي وال سابق",
            ),
            (
                "وقالت الوزيرة إن «الأسعار مستقرة». "
                "وقال مستشار الرئيس الفرنسي وال إن «الإصلاح ضروري».",
                "مستشار الرئيس الفرنسي وال",
            ),
            (
                "وقال الوزير إن «المفاوضات مستمرة». "
                "وقال مستشار الرئيس المصري وال سابق إن «الوضع تحسن».",
                "مستشار الرئيس المصري وال سابق",
            ),
        ],
    )
    def test_the_post_is_read_without_raising(self, text, role):
        assert [q.role for q in quotes_keeping_the_contract(text)][1] == role

    @pytest.mark.parametrize(
        ("text", "speaker", "role"),
        [
            # near misses: a title joined by و and the article ("والخبير")
            # is read without them; "والي" (the governor, definite by its
            # genitive) is a word as before
            (
                "وقال الأستاذ الجامعي والخبير الاقتصادي سامي الحداد إن «التضخم سيتراجع». "
                "وأضاف الخبير أن «الأسعار ستستقر».",
                "سامي الحداد",
                "الأستاذ الجامعي والخبير الاقتصادي",
            ),
            (
                "وقال مستشار الرئيس المغربي والي جهة الرباط إن «الحل قريب».",
                "مستشار الرئيس المغربي والي جهة الرباط",
                "مستشار الرئيس المغربي والي جهة الرباط",
            ),
        ],
    )
    def test_other_posts_read_as_before(self, text, speaker, role):
        q = quotes_keeping_the_contract(text)[-1]
        assert (q.speaker, q.role) == (speaker, role)


class TestLinesEndingInACarriageReturnReadAsLines:
    """A text whose lines end in "\\r\\n" (a Windows file, a web form's text
    area) or in "\\r" alone reads as the same text with "\\n": the rules
    that read a line by its last character (a question line ending in
    "؟", then its answer) saw the "\\r" instead. The spans are the text's
    own, "\\r" and all."""

    @pytest.mark.parametrize(
        ("text", "answer"),
        [
            (
                "س: هل ستشاركون في الانتخابات المقبلة؟\r\n- نعم سنشارك بقوة في كل الدوائر!",
                "نعم سنشارك بقوة في كل الدوائر!",
            ),
            (
                "س: متى تنتهي الأشغال في الطريق؟\r\nالمهندس: ستنتهي الأشغال في الصيف المقبل",
                "ستنتهي الأشغال في الصيف المقبل",
            ),
            ("س: ما رأيك؟\rج: الوضع صعب جدا في البلاد اليوم", "الوضع صعب جدا في البلاد اليوم"),
        ],
    )
    def test_the_answer_after_the_question_line_is_found(self, text, answer):
        assert _texts(text) == [answer]

    @pytest.mark.parametrize(
        ("text", "quotes"),
        [
            # near misses: what was read with "\r\n" before, read the same,
            # a quote over two lines keeping its "\r\n"
            (
                "وقال الوزير:\r\n- الحكومة ستدعم المزارعين هذا العام\r\n- الأسعار ستنخفض قريبا",
                ["الحكومة ستدعم المزارعين هذا العام", "الأسعار ستنخفض قريبا"],
            ),
            (
                'قال الوزير: "الوضع مستقر\r\nفي كل المحافظات"\r\nوأضاف أن «الحل قريب جدا»',
                ["الوضع مستقر\r\nفي كل المحافظات", "الحل قريب جدا"],
            ),
        ],
    )
    def test_other_texts_read_as_before(self, text, quotes):
        assert _texts(text) == quotes
