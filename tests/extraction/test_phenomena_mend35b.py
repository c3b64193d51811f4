"""Review findings mended by session mend35b: a fronted deed's month carried
to words said now or in the present, and the adverb "now" read as a speaker.

Every text here is written for the test, with names, places and words of
its own.
"""

from tests.extraction.helpers import quotes_of


def _one(text: str, words: str):
    q = [q for q in quotes_of(text) if words in q.text]
    assert q, [q.text for q in quotes_of(text)]
    return q[0]


_MET = "وفي مارس 2008، التقى السفير جون كارتر بالرئيس في القصر. "
_SENT = (
    "وفي مارس 2008، أرسل السفير الكندي جون كارتر إلى وزير خارجية بلاده تقريرا "
    "مطولا عن الوضع في البلاد. "
)


class TestFrontedDeedNotCarriedToNowOrPresent:
    """ "وفي مارس 2008، أرسل السفير X تقريرا …. ووصف الرئيس بأنه «…»"
    dates the verb with no subject by the deed's month (dev35d); not a verb
    in the present ("ويرى أن", "ويقول إن": a view held now), nor words told
    as said now ("وقال أمس", "ويعتقد حاليا") or on an occasion of their own
    ("وقال في مقابلة")."""

    def test_said_yesterday(self):
        q = _one(_MET + "وقال أمس إن «الوضع تغير كثيرا».", "الوضع تغير")
        assert q.date is None
        assert q.speaker == "جون كارتر"

    def test_sees_today(self):
        assert _one(_MET + "ويرى اليوم أن «الوضع تغير كثيرا».", "الوضع تغير").date is None

    def test_believes_currently(self):
        assert _one(_MET + "ويعتقد حاليا أن «الوضع تغير كثيرا».", "الوضع تغير").date is None

    def test_present_sees(self):
        assert _one(_SENT + "ويرى أن «الوضع صعب والحل بعيد».", "الوضع صعب").date is None

    def test_present_says(self):
        assert _one(_SENT + "ويقول إن «الوضع صعب والحل بعيد».", "الوضع صعب").date is None

    def test_said_in_an_interview(self):
        text = _SENT + "وقال في مقابلة مع الإذاعة إن «الوضع صعب والحل بعيد»."
        assert _one(text, "الوضع صعب").date is None

    def test_near_miss_past_verb_carries(self):
        text = _SENT + "ووصف الرئيس بأنه «متردد يخشى غضب الشارع»."
        assert _one(text, "متردد يخشى").date == "2008-03"

    def test_near_miss_present_in_the_paper(self):
        # "ويقول فيه": in the report, the deed's own paper
        text = _SENT + "ويقول فيه إن «الوضع صعب والحل بعيد»."
        assert _one(text, "الوضع صعب").date == "2008-03"

    def test_near_miss_present_going_on(self):
        text = _SENT + "ويضيف أن «الوضع صعب والحل بعيد»."
        assert _one(text, "الوضع صعب").date == "2008-03"

    def test_near_miss_then(self):
        text = _SENT + "وقال حينها إن «الوضع صعب والحل بعيد»."
        assert _one(text, "الوضع صعب").date == "2008-03"

    def test_near_miss_until_now_in_that_clause(self):
        # "حتى الآن" after أنّ: what he wrote then, no time of his saying
        text = _SENT + "وأكد أن الوضع حتى الآن «صعب والحل بعيد»."
        assert _one(text, "صعب والحل").date == "2008-03"


class TestAdverbOfNowIsNoSpeaker:
    """ "الآن", "البارحة": adverbs of time with the article, as اليوم and
    أمس, never the subject after a verb of saying ("الآن" folds as the given
    name آلان: the adverb where no family name follows it)."""

    def test_near_miss_given_name_alain(self):
        text = "وقال وزير الخارجية الفرنسي آلان جوبيه إن «فرنسا مستعدة للمساعدة»."
        assert _one(text, "فرنسا مستعدة").speaker == "آلان جوبيه"

    def test_near_miss_alain_after_the_verb(self):
        text = "وقال آلان جوبيه إن «فرنسا مستعدة للمساعدة»."
        assert _one(text, "فرنسا مستعدة").speaker == "آلان جوبيه"

    def test_says_now_goes_on_with_the_minister(self):
        text = "وقال الوزير: «سنرد على الهجوم». ويقول الآن إن «تلك الأيام انتهت»."
        q = _one(text, "تلك الأيام")
        assert q.speaker == "الوزير"

    def test_said_yesterday_evening(self):
        text = "وقال الوزير سالم العمري: «سنرد». وقال البارحة إن «تلك الأيام انتهت»."
        assert _one(text, "تلك الأيام").speaker == "سالم العمري"

    def test_now_before_the_subject(self):
        text = "وقال الآن الوزير سالم العمري إن «الحكومة باقية»."
        assert _one(text, "الحكومة باقية").speaker == "سالم العمري"

    def test_near_miss_now_after_the_name_before_comma(self):
        text = "أكد الوزير عثمان الطيب الآن، أن «الحكومة باقية»."
        assert _one(text, "الحكومة باقية").speaker == "عثمان الطيب"

    def test_near_miss_today_before_the_subject(self):
        text = "وقال اليوم الوزير سالم العمري إن «الحكومة باقية»."
        assert _one(text, "الحكومة باقية").speaker == "سالم العمري"

    def test_near_miss_currently(self):
        text = "وقال الوزير: «سنرد على الهجوم». ويقول حاليا إن «تلك الأيام انتهت»."
        assert _one(text, "تلك الأيام").speaker == "الوزير"
