"""Development misses of session dev34d (dates and quotes not found): each
class a general construction of Arabic news style, with invented sentences
that show it and near misses that must keep their answer.

Every text here is written for the test, with names, places and words of
its own.
"""

from tests.extraction.helpers import quotes_of


def _one(text: str, words: str):
    q = [q for q in quotes_of(text) if words in q.text]
    assert q, [q.text for q in quotes_of(text)]
    return q[0]


def _dated(text: str, words: str) -> str | None:
    return _one(text, words).date


_CABLE = "كشفت برقية تعود إلى 14 آذار 2008، أن السفير الكندي جون ماكلين زار عمّان، "
_STOP = "الصادرات ستتوقف"


class TestUndatedVerbBetweenGoesOnAtTheDatedOnesTime:
    """ "كشفت برقية تعود إلى 14 آذار 2008، أن X زار عمّان، ونقل رسالة إلى Y،
    أبلغه فيها أن «…»": a verb between the dated one and the cue, with no
    date of its own ("نقل رسالة", a relay's verb used for a thing carried,
    or another verb of saying), does not cut the sentence's statements from
    the date its first verb was told at."""

    def test_message_carried_then_told_in_it(self):
        text = _CABLE + "ونقل رسالة إلى رئيس الوزراء، أبلغه فيها أن «الصادرات ستتوقف الشهر المقبل»."
        assert _dated(text, _STOP) == "2008-03-14"

    def test_second_statement_after_while(self):
        text = (
            _CABLE + "ونقل رسالة إلى رئيس الوزراء، أبلغه فيها أن «الصادرات ستتوقف الشهر المقبل»، "
            "فيما رأى مستشار الوزير، علي الحسن، أن «القرار سيضر بالمزارعين»."
        )
        assert _dated(text, "سيضر بالمزارعين") == "2008-03-14"

    def test_paper_on_a_day_complaints_carried(self):
        text = (
            "ذكرت الصحيفة يوم الأحد 3 شباط 2019 أن رئيس البلدية سمير حداد تفقد السوق، "
            "ونقل شكاوى التجار إلى المحافظ، وقال إن «الأسعار خرجت عن السيطرة»."
        )
        assert _dated(text, "خرجت عن السيطرة") == "2019-02-03"

    def test_memo_envoy_message_to_leaders(self):
        text = (
            "كشفت مذكرة تعود إلى 2 كانون الأول 2011، أن المبعوث الأممي هانس بيرغ استقبل "
            "وفد الفصائل، ونقل رسالة إلى قادتها، أكد فيها أن «الهدنة ستنهار إذا لم تفتح المعابر»."
        )
        assert _dated(text, "الهدنة ستنهار") == "2011-12-02"

    def test_near_miss_time_moves_on(self):
        # "وبعد أسبوعين": the time moved on, no date told
        text = (
            _CABLE + "وبعد أسبوعين نقل رسالة إلى رئيس الوزراء، أبلغه فيها أن "
            "«الصادرات ستتوقف الشهر المقبل»."
        )
        assert _dated(text, _STOP) is None

    def test_near_miss_later(self):
        text = (
            "أفادت وثيقة تعود إلى شباط 2010 أن نائب الرئيس فؤاد عيسى حضر الاجتماع، "
            "ونقل إلى الحاضرين موقف الحكومة لاحقا، وقال إن «الاتفاق لن يوقع قبل الصيف»."
        )
        assert _dated(text, "لن يوقع") is None

    def test_near_miss_own_date(self):
        text = (
            _CABLE + "ونقل رسالة إلى رئيس الوزراء في 20 نيسان 2008، أبلغه فيها أن "
            "«الصادرات ستتوقف الشهر المقبل»."
        )
        assert _dated(text, _STOP) == "2008-04-20"

    def test_near_miss_next_sentence(self):
        text = (
            "كشفت برقية تعود إلى 14 آذار 2008، أن السفير الكندي جون ماكلين زار عمّان. "
            "ونقل رسالة إلى رئيس الوزراء، أبلغه فيها أن «الصادرات ستتوقف الشهر المقبل»."
        )
        assert _dated(text, _STOP) is None

    def test_near_miss_no_dated_verb(self):
        text = (
            "زار السفير الكندي جون ماكلين عمّان، ونقل رسالة إلى رئيس الوزراء، "
            "أبلغه فيها أن «الصادرات ستتوقف الشهر المقبل»."
        )
        assert _dated(text, _STOP) is None
