"""Phenomena found by the fresh author's set F31 (``articles_blind36.py``).

Every article here is written for the test, in sentences that are not in
F31's data files; each test fails without the rule it names.
"""

from claims.extraction import parse_date
from tests.extraction.helpers import one


def test_mauritanian_month_names_are_months():
    # Mauritanian outlets print August as أغشت and December as دجمبر
    assert parse_date("نواكشوط، 12 أغشت 2011") == ("2011-08-12", "day")
    text = (
        "وتقول البرقية، التي أرسلها السفير في 3 دجمبر 2009، إن "
        '"الحكومة لا تملك خطة واضحة لتأمين الطريق إلى الشرق".\n'
    )
    q = one(text, "لا تملك خطة")
    assert q.date == "2009-12-03", q


def test_a_year_may_carry_the_letter_of_the_gregorian_era():
    # "الموافق 9 مارس 2024م": Yemeni and Gulf outlets mark the Gregorian year
    # with م beside the Hijri one
    assert parse_date("السبت 28 شعبان 1445هـ الموافق 9 مارس 2024م") == ("2024-03-09", "day")
    assert parse_date("خلال عام 2019م") == ("2019", "year")
    assert parse_date("بلغت 2024مليون") == (None, None)


def test_a_day_glued_to_a_preposition_starts_the_date():
    # "مؤرخة بـ7 مارس 2010": the day number carries بـ/لـ, the date keeps its day
    text = (
        "وتنقل البرقية، المؤرخة بـ7 مارس 2010، عن وزير الداخلية قوله إن "
        '"الحدود الشرقية أصبحت ممرا مفتوحا للمهربين".\n'
    )
    q = one(text, "الحدود الشرقية")
    assert q.date == "2010-03-07", q
