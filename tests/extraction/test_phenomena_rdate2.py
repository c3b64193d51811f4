"""Phenomena found reading the date and quote-finding misses of the real
development sets (rdate2).

Every article here is written for the test, in sentences that are not in
those sets; each test fails without the rule it names.
"""

from claims.extraction.dates import parse_date
from tests.extraction.helpers import one


def test_english_dates_in_arabic_text_are_dates():
    # a page's stamp or an embedded post's day printed in English: day
    # first with its ordinal and a comma, or month first
    assert parse_date("تاريخ النشر: 3rd, March 2023 GMT") == ("2023-03-03", "day")
    assert parse_date("— وكالة الأنباء (@agency) October 9, 2021") == ("2021-10-09", "day")
    assert parse_date("نشر في 21 June 2019") == ("2019-06-21", "day")
    assert parse_date("September 2nd 2018") == ("2018-09-02", "day")


def test_a_publication_stamp_in_english_dates_the_today_of_the_lead():
    # "تاريخ النشر: 3rd, March 2023 GMT": the page's day, the "اليوم" of
    # its account
    text = (
        "انفجار في مخزن للوقود جنوب المدينة - عاجل\n"
        "تاريخ النشر: 3rd, March 2023 GMT\n"
        "المدينة اليوم - متابعة\n"
        "أعلن مدير الدفاع المدني، اليوم الجمعة، عن السيطرة على حريق اندلع في "
        "مخزن للوقود.\n"
        'وقال المدير في بيان، إن "فرق الإطفاء تمكنت من إخماد النيران خلال ساعتين".\n'
    )
    q = one(text, "فرق الإطفاء")
    assert q.date == "2023-03-03", q
