"""Findings 1, 7 and 2 of review A, mended (session mend32a): each class a
general construction, with invented sentences that failed before and near
misses whose answer stays.

Every text here is written for the test, with names, places and words of
its own.
"""

from tests.extraction.helpers import quotes_of


def _one(text: str, words: str):
    q = [q for q in quotes_of(text) if words in q.text]
    assert q, [q.text for q in quotes_of(text)]
    return q[0]


class TestGeneralIsNoYear:
    """Finding 1: "العام" after a definite noun it qualifies ("النائب العام
    نفسه", "الأمين العام ذاته", "المدير العام ذاته": the general one
    himself) is no year, and "the same" after it dates nothing; "في العام
    نفسه", "خلال العام ذاته" still date the words by the year told
    before."""

    def test_attorney_general_himself(self):
        text = "القاهرة 12 مارس 2024 - وقال النائب العام نفسه إن «التحقيقات مستمرة في القضية».\n"
        q = _one(text, "التحقيقات مستمرة")
        assert (q.date, q.date_precision) == (None, None), q

    def test_secretary_general_himself_after_another_year(self):
        text = (
            "بيروت في 5 مايو 2023 - وفي عام 2019 وقع الاتفاق. وأكد الأمين العام "
            "ذاته أن «المنظمة لن تتخلى عن دورها».\n"
        )
        q = _one(text, "المنظمة لن تتخلى")
        assert (q.date, q.date_precision) == (None, None), q

    def test_director_general_himself(self):
        text = "افتتح المصنع في عام 2017. وأوضح المدير العام ذاته أن «الإنتاج سيتضاعف خلال أشهر».\n"
        q = _one(text, "الإنتاج سيتضاعف")
        assert (q.date, q.date_precision) == (None, None), q

    def test_prosecutor_general_glued_to_waw(self):
        text = (
            "أغلقت المحكمة الملف في 2014. وصرح والمدعي العام نفسه حاضر بأن «الأدلة "
            "كافية لإدانة المتهمين».\n"
        )
        q = _one(text, "الأدلة كافية")
        assert (q.date, q.date_precision) == (None, None), q

    def test_near_miss_in_the_same_year(self):
        text = (
            "افتتح المصنع في عام 2017. وفي العام نفسه أوضح المدير كمال يوسف أن «الإنتاج سيتضاعف».\n"
        )
        q = _one(text, "الإنتاج سيتضاعف")
        assert (q.date, q.date_precision) == ("2017", "year"), q

    def test_near_miss_during_the_same_year(self):
        text = (
            "افتتح المصنع في عام 2017. وقال المدير كمال يوسف خلال العام ذاته إن "
            "«الإنتاج سيتضاعف».\n"
        )
        q = _one(text, "الإنتاج سيتضاعف")
        assert (q.date, q.date_precision) == ("2017", "year"), q

    def test_near_miss_the_general_one_then_the_same_year(self):
        text = (
            "افتتح المصنع في عام 2017. وقال المدير العام نفسه في العام نفسه إن «الإنتاج سيتضاعف».\n"
        )
        q = _one(text, "الإنتاج سيتضاعف")
        assert (q.date, q.date_precision) == ("2017", "year"), q


class TestOneListOfTheSameYear:
    """Finding 7: the phrase of the same year is one list (dates.YEAR_NOUNS,
    SAME_AFTER, SAME_BEFORE) that dates' date pattern and dating's same_day
    both read: "من العام عينه" after a month is that month's date as "من
    العام نفسه" is; and dating's gate opens for the phrases same_day reads
    ("ذات اليوم"), not for any ذات with any العام."""

    def test_month_of_the_same_year_with_ayn(self):
        text = (
            "وقعت الحكومة الاتفاق في يناير 2016. وفي مارس من العام عينه قال "
            "الوزير عادل فهمي إن «الاتفاق بدأ يؤتي ثماره».\n"
        )
        q = _one(text, "الاتفاق بدأ")
        assert (q.date, q.date_precision) == ("2016-03", "month"), q

    def test_month_of_the_same_year_with_ayn_in_the_clause(self):
        text = (
            "بدأت أعمال الترميم في مايو 2011. وقالت المهندسة سعاد حمدان في يوليو "
            "من العام عينه إن «المبنى سيفتح قريبا».\n"
        )
        q = _one(text, "المبنى سيفتح")
        assert (q.date, q.date_precision) == ("2011-07", "month"), q

    def test_that_same_day_before_the_cue(self):
        text = (
            "أعلنت الشركة نتائجها في 4 فبراير 2020. وفي ذات اليوم قال المدير كمال "
            "يوسف إن «الأرباح ارتفعت».\n"
        )
        q = _one(text, "الأرباح ارتفعت")
        assert (q.date, q.date_precision) == ("2020-02-04", "day"), q

    def test_that_same_day_in_the_clause(self):
        text = (
            "أعلنت الشركة نتائجها في 4 فبراير 2020. وقال المدير كمال يوسف في ذات "
            "اليوم إن «الأرباح ارتفعت».\n"
        )
        q = _one(text, "الأرباح ارتفعت")
        assert (q.date, q.date_precision) == ("2020-02-04", "day"), q

    def test_near_miss_month_of_the_same_year_with_nafs(self):
        text = (
            "وقعت الحكومة الاتفاق في يناير 2016. وفي مارس من ذات العام قال "
            "الوزير عادل فهمي إن «الاتفاق بدأ يؤتي ثماره».\n"
        )
        q = _one(text, "الاتفاق بدأ")
        assert (q.date, q.date_precision) == ("2016-03", "month"), q

    def test_near_miss_the_same_year_with_ayn(self):
        text = (
            "افتتح المصنع في عام 2017. وقال المدير كمال يوسف في العام عينه إن «الإنتاج سيتضاعف».\n"
        )
        q = _one(text, "الإنتاج سيتضاعف")
        assert (q.date, q.date_precision) == ("2017", "year"), q

    def test_near_miss_general_and_related_date_nothing(self):
        # "الأمين العام" and "ذات صلة": no phrase of the same year or day
        text = (
            "وقال الأمين العام للنقابة وليد سمعان في 3 مارس 2022 إن «الإضراب "
            "مستمر». وفي بيان ذات صلة، أكد نائبه أن «المفاوضات متوقفة».\n"
        )
        q = _one(text, "المفاوضات متوقفة")
        assert (q.date, q.date_precision) == (None, None), q


class TestChiefOfNoPost:
    """Finding 2: after a name in a clause no cue governs, "كبير/كبيرة" and
    a definite plural is a post only when the plural is a post's
    (المستشارين، المفاوضين، الأطباء); "كبير الخاسرين في الانتخابات" (the
    biggest loser) gives no role to the man quoted later."""

    def test_biggest_loser(self):
        text = (
            "وذكرت الصحيفة أن سامي ناصر، كبير الخاسرين في الانتخابات الأخيرة، غادر "
            "البلاد. وقال ناصر في بيان إن «الانتخابات مزورة بالكامل».\n"
        )
        q = _one(text, "الانتخابات مزورة")
        assert (q.speaker, q.role) == ("ناصر", None), q

    def test_biggest_winner(self):
        text = (
            "وأفادت الوكالة أن ليلى منصور، كبيرة الفائزين في المسابقة الوطنية، عادت "
            "إلى قريتها. وقالت منصور للصحفيين إن «الجائزة لأهل القرية».\n"
        )
        q = _one(text, "الجائزة لأهل")
        assert (q.speaker, q.role) == ("منصور", None), q

    def test_worst_hit(self):
        text = (
            "وذكر التقرير أن حسن البدري، كبير المتضررين من الفيضانات، فقد منزله. "
            "وقال البدري إن «الحكومة تخلت عنا».\n"
        )
        q = _one(text, "الحكومة تخلت")
        assert (q.speaker, q.role) == ("البدري", None), q

    def test_near_miss_chief_negotiator(self):
        text = (
            "وذكرت الصحيفة أن سامي ناصر، كبير المفاوضين في ملف الحدود، غادر البلاد. "
            "وقال ناصر في بيان إن «الاتفاق بعيد».\n"
        )
        q = _one(text, "الاتفاق بعيد")
        assert q.role == "كبير المفاوضين في ملف الحدود", q

    def test_near_miss_chief_adviser(self):
        text = (
            "وذكرت الصحيفة أن سامي ناصر، كبير المستشارين في الرئاسة، غادر البلاد. "
            "وقال ناصر في بيان إن «الاتفاق بعيد».\n"
        )
        q = _one(text, "الاتفاق بعيد")
        assert q.role == "كبير المستشارين في الرئاسة", q

    def test_near_miss_chief_official(self):
        text = (
            "وذكرت الصحيفة أن سامي ناصر، كبير المسؤولين في الوزارة، غادر البلاد. "
            "وقال ناصر في بيان إن «الاتفاق بعيد».\n"
        )
        q = _one(text, "الاتفاق بعيد")
        assert q.role == "كبير المسؤولين في الوزارة", q
