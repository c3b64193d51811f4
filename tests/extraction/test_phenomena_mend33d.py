"""Review B's findings 2, 3, 5 and 6 on dev33d's dating rules (session
mend33d): each class a general construction, with invented sentences that
show it and near misses where the rule must still fire or keep its answer.

Every text here is written for the test, with names, places and words of
its own (but the reviewer's sentences, given as such).
"""

from tests.extraction.helpers import quotes_of


def _one(text: str, words: str):
    q = [q for q in quotes_of(text) if words in q.text]
    assert q, [q.text for q in quotes_of(text)]
    return q[0]


def _dated(text: str, words: str) -> tuple[str | None, str | None]:
    q = _one(text, words)
    return q.date, q.date_precision


_GRAVE = "إن الوضع خطير"
_CABLE_2007 = f"ونقلت البرقية التي تعود لعام 2007 عن الوزير قوله «{_GRAVE}». "


class TestAnotherDocumentDoesNotRefineTheCablesDate:
    """ "ونقلت البرقية التي تعود لعام 2007 …" then "وتقول الرسالة التي تحمل
    تاريخ 13 يونيو 2007 …": a letter, a report, a statement is not the
    cable; its finer date is its own, and the cable's words keep the year
    (but the cable named again, or "الوثيقة", tells its own date finer)."""

    def test_reviewers_letter(self):
        text = _CABLE_2007 + "وتقول الرسالة التي تحمل تاريخ 13 يونيو 2007 إن الرئيس رفض العرض."
        assert _dated(text, _GRAVE) == ("2007", "year")

    def test_reviewers_report(self):
        text = _CABLE_2007 + "وأشار التقرير الصادر بتاريخ 13 يونيو 2007 إلى أن الرئيس رفض العرض."
        assert _dated(text, _GRAVE) == ("2007", "year")

    def test_a_memo_dated_later(self):
        text = (
            "ونقلت البرقية التي تعود إلى أيلول 2011 عن وزير النفط قوله "
            "«لن نرفع الأسعار هذا العام».\n"
            "وتشير المذكرة المؤرخة في 20 أيلول 2011 إلى خلاف داخل الحكومة.\n"
        )
        assert _dated(text, "لن نرفع الأسعار") == ("2011-09", "month")

    def test_a_statement_after_a_report(self):
        text = (
            "ونقلت الوثيقة التي تعود لعام 2015 عن رئيس البلدية قوله "
            "«المياه لا تصل إلى الأحياء الفقيرة».\n"
            "وجاء البيان الصادر بتاريخ 3 آب 2015 ردا على الاحتجاجات.\n"
        )
        assert _dated(text, "لا تصل إلى الأحياء") == ("2015", "year")

    def test_near_miss_the_cable_again(self):
        text = _CABLE_2007 + "وأرسلت البرقية المؤرخة في 13 يونيو 2007 إلى واشنطن."
        assert _dated(text, _GRAVE) == ("2007-06-13", "day")

    def test_near_miss_the_document(self):
        text = _CABLE_2007 + "وتحمل الوثيقة تاريخ 13 يونيو 2007 وقد كتبها السفير."
        assert _dated(text, _GRAVE) == ("2007-06-13", "day")

    def test_near_miss_the_cable_by_the_month(self):
        text = (
            "ونقلت البرقية التي تعود إلى أيلول 2011 عن وزير النفط قوله "
            "«لن نرفع الأسعار هذا العام».\n"
            "وكانت البرقية التي تحمل تاريخ 20 أيلول 2011 قد أرسلت إلى واشنطن.\n"
        )
        assert _dated(text, "لن نرفع الأسعار") == ("2011-09-20", "day")
