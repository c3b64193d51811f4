"""Dates and quote spans (dev24d, fourth session of 2026-12-06).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from claims.extraction import extract, normalize
from tests.extraction.helpers import one


class TestMeetingDateAtItsPlace:
    """A meeting's own date may stand past eight tokens from its verb (or
    the meeting held), up to twelve, when the place it was held at stands
    right before the date's lead (في and one or two words, or a word glued
    to بـ), with no purpose glued to لـ or topic (حول، بشأن، عن) between."""

    @pytest.mark.parametrize(
        ("text", "words", "date"),
        [
            (
                "وعقد وزير الدفاع اجتماعا مع قائد القوات البحرية الفرنسية في مرسيليا يوم "
                '14 مايو 2015، وقال له إن "الأمن البحري مسؤولية مشتركة بين الضفتين".',
                "الأمن البحري",
                "2015-05-14",
            ),
            (
                "والتقى رئيس الوزراء وفدا من رجال الأعمال الصينيين في قصر الحكومة صباح 3 "
                'فبراير 2018، وقال لهم: "أبواب الاستثمار مفتوحة أمامكم دون قيود".',
                "أبواب الاستثمار",
                "2018-02-03",
            ),
            (
                "واستقبلت الوزيرة ممثلي جمعيات حماية المستهلك بمقر الوزارة يوم الثلاثاء 9 "
                'أكتوبر 2018، وقالت لهم إن "الأسعار ستخضع لمراقبة صارمة".',
                "الأسعار ستخضع",
                "2018-10-09",
            ),
        ],
    )
    def test_date_after_the_place(self, text: str, words: str, date: str) -> None:
        assert one(text, words).date == date

    @pytest.mark.parametrize(
        ("text", "words"),
        [
            # a purpose glued to لـ: the date is of what the meeting was about
            (
                "والتقى الرئيس قادة الأحزاب لمناقشة نتائج الانتخابات في البلديات يوم 12 "
                'مارس 2024، وقال لهم إن "المرحلة تتطلب الحكمة والهدوء".',
                "المرحلة تتطلب",
            ),
            # a topic: the elections' date
            (
                "وعقد الوزير اجتماعا مع المسؤولين حول الانتخابات المقررة في البلاد يوم 20 "
                'يونيو 2021، وقال لهم إن "الشفافية شرط لا تنازل عنه".',
                "الشفافية شرط",
            ),
            # no place before the date: a noun's (the accident's) date
            (
                "واستقبل المحافظ وفدا من عائلات ضحايا حادثة القطار السريع يوم 5 مارس 2020، "
                'وقال لهم إن "الدولة لن تتخلى عنكم أبدا".',
                "لن تتخلى",
            ),
            # past twelve tokens
            (
                "والتقى وزير الخارجية وفدا من ممثلي الغرف التجارية والصناعية العربية "
                "والأجنبية في العاصمة يوم 3 مارس 2021، وقال لهم إن "
                '"التجارة البينية تحتاج إلى دفعة".',
                "التجارة البينية",
            ),
        ],
    )
    def test_no_date_without_the_place(self, text: str, words: str) -> None:
        assert one(text, words).date is None


class TestLeadSubjectApartFromGathering:
    """In a day story whose lead dates a gathering of the story's day, the
    one the lead names before the gathering (its subject) goes on speaking
    on that day when his words are told apart from it ("في تصريح لمراسل
    الإذاعة"): the day's, as his words already dated would be; not someone
    else's reaction, nor one the lead names after the gathering."""

    @pytest.mark.parametrize(
        ("text", "words", "date"),
        [
            (
                "أشرف وزير التجارة، كمال الرزقي خلال اجتماعه بالتجار في مقر الولاية، "
                "اليوم الخميس 11 مارس 2021، على توزيع المساعدات، معتبرا أن الأسعار ستستقر.\n"
                "وأفاد الرزقي في تصريح لمراسل الإذاعة بالجهة، بأن الوزارة ستكثف المراقبة.\n"
                'وحذر الرزقي من أن "المضاربة ستقابل بعقوبات صارمة" في الأيام القادمة.',
                "المضاربة ستقابل",
                "2021-03-11",
            ),
            (
                "تحدثت رئيسة البلدية سلمى العياشي خلال ندوة صحفية عقدتها، اليوم الاثنين 9 "
                "ماي 2022، عن مشاريع النقل في المدينة.\n"
                "وأوضحت العياشي في حديث لموقعنا أن الأشغال ستنطلق قريبا.\n"
                'وقالت العياشي إن "الحافلات الجديدة ستصل قبل نهاية الصيف".',
                "الحافلات الجديدة",
                "2022-05-09",
            ),
            (
                "استعرض والي الجهة منير الطرابلسي خلال جلسة عمل، اليوم الثلاثاء 17 نوفمبر "
                "2020، الوضع الصحي في الولاية.\n"
                "وأكد الطرابلسي في تصريح لمراسل الوكالة، أن المستشفيات جاهزة.\n"
                'ودعا الطرابلسي المواطنين إلى "الالتزام التام بالإجراءات الوقائية".',
                "الالتزام التام",
                "2020-11-17",
            ),
        ],
    )
    def test_lead_subject_speaks_on_the_day(self, text: str, words: str, date: str) -> None:
        assert one(text, words).date == date

    @pytest.mark.parametrize(
        ("text", "words"),
        [
            # someone else's reaction, named nowhere in the lead
            (
                "أشرف وزير التجارة، كمال الرزقي خلال اجتماعه بالتجار في مقر الولاية، "
                "اليوم الخميس 11 مارس 2021، على توزيع المساعدات.\n"
                "وفي أول رد فعل، قال النائب سامي الورتاني في تصريح لمراسل الإذاعة إن "
                '"الإجراءات لا تكفي لحماية المستهلك البسيط".',
                "لا تكفي",
            ),
            # one the lead names after the gathering (the one met)
            (
                "استقبل والي الجهة منير الطرابلسي خلال جلسة عمل، اليوم الثلاثاء 17 "
                "نوفمبر 2020، رئيس الجمعية سالم البناني.\n"
                "وقال البناني في تصريح لمراسل الوكالة إن "
                '"الجمعية تنتظر دعما أكبر من السلطات الجهوية".',
                "تنتظر دعما",
            ),
        ],
    )
    def test_others_apart_from_the_gathering_stay_undated(self, text: str, words: str) -> None:
        assert one(text, words).date is None


def _texts(text: str) -> list[str]:
    return [normalize(q.text) for q in extract(text)]


class TestThreeWordsAfterKeptQuoteInClause:
    """Three words in marks with no cue of their own, after a quotation
    kept in the that-clause of a verb of saying of their sentence, with only
    words outside marks between (no comma, stop, colon, أنّ or cue), are
    the same speaker's words going on; not a name (a body's head, a given
    name, a label) nor words after a preposition a name may follow."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (
                'وأكد البيان أن الحكومة أرسلت "في الوقت نفسه" وفدا رسميا إلى العاصمة '
                'حاملا رسالة "بهذا الخصوص تحديدا".',
                "بهذا الخصوص تحديدا",
                "البيان",
            ),
            (
                'وقالت النقابة إن العمال "يرفضون هذا القرار" الذي صدر "دون أي تشاور" مع ممثليهم.',
                "دون أي تشاور",
                "النقابة",
            ),
            (
                'واعتبر النائب أن الحكومة "فشلت في مهمتها" وتركت المواطنين "دون أي حماية" '
                "أمام الغلاء.",
                "دون أي حماية",
                "النائب",
            ),
        ],
    )
    def test_words_going_on_are_kept(self, text: str, words: str, speaker: str) -> None:
        said = [(normalize(q.text), q.speaker) for q in extract(text)]
        assert (normalize(words), speaker) in said
        # the same speaker's: the quotation kept before them speaks them
        assert said[0][1] == speaker

    @pytest.mark.parametrize(
        ("text", "words"),
        [
            # a body's name
            (
                'وأوضح الوزير أن الحكومة "ستدعم المتضررين بسخاء" عبر "صندوق التضامن الوطني".',
                "صندوق التضامن الوطني",
            ),
            # a place after في
            (
                'وقال الوزير إن الحكومة "ستواصل دعم المزارعين" في "سيدي بو زيد".',
                "سيدي بو زيد",
            ),
            # a comma and the narrator's فيما between
            (
                'وقال الوزير إن الحكومة "ستواصل دعم المزارعين"، فيما طالبت النقابة '
                '"بزيادة الأجور فورا".',
                "بزيادة الأجور فورا",
            ),
        ],
    )
    def test_names_and_other_clauses_are_left(self, text: str, words: str) -> None:
        assert normalize(words) not in _texts(text)
