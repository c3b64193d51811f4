"""Phenomena of the date of a quote found on real news (development sets kept
outside the repository, the datex round): a page's date line in the forms
pages print it, a cable's date in the order the cable writes it.

Every article here is written for the test, in invented sentences; each test
fails without the rule it names.
"""

from claims.extraction import parse_date
from tests.extraction.helpers import one


def test_a_stamp_whose_clock_time_is_run_into_its_year_dates_the_statements():
    # "31 مايو 201920:49": the scraper ran the page's clock time into the
    # year; it is still the page's stamp with its time of publication
    for stamp, day in (("14 مايو 201922:41", "2019-05-14"), ("3 يناير 202108:05", "2021-01-03")):
        text = (
            "الفريق يتأهل إلى الدور النهائي\n"
            f"{stamp}\n"
            "أبدى مدرب الفريق سعادته بالفوز على ضيفه بهدفين دون رد.\n"
            'وقال المدرب في تصريحات تلفزيونية عقب المباراة: "اللاعبون قدموا '
            'مباراة كبيرة أمام جمهورهم".\n'
        )
        assert one(text, "اللاعبون قدموا").date == day, stamp
    assert parse_date("14 مايو 201922:41") == ("2019-05-14", "day")
    # (negative) digits run into a year that are no clock time make no date
    assert parse_date("14 مايو 201922") == (None, None)


def test_a_date_line_labelled_date_is_the_page_stamp_of_its_statements():
    # "date 2025-12-15 أعرب المدرب عن أسفه …" then "وقال المدرب: «…»":
    # the page's date line, labelled as such, is its day of publication; the
    # statements nothing else dates are of it, also when the lead names no day
    for head, day in (("date 2023-05-14", "2023-05-14"), (" date 2024-11-02", "2024-11-02")):
        text = (
            f"{head} أعرب مدرب المنتخب عن أسفه لخسارة فريقه في نصف النهائي.\n"
            'وقال المدرب خلال المؤتمر الصحفي عقب المباراة: "لم تكن هذه النتيجة '
            'التي أردناها".\n'
            'وأضاف: "سنعود أقوى في المباراة المقبلة".\n'
        )
        assert one(text, "لم تكن هذه النتيجة").date == day, head
        assert one(text, "سنعود أقوى").date == day, head
    # (negative) a bare date heading the text, with no label, dates none
    text = (
        "2023-05-14 أعرب مدرب المنتخب عن أسفه لخسارة فريقه في نصف النهائي.\n"
        'وقال المدرب خلال المؤتمر الصحفي عقب المباراة: "لم تكن هذه النتيجة '
        'التي أردناها".\n'
    )
    assert one(text, "لم تكن هذه النتيجة").date is None


def test_a_numeric_date_whose_middle_number_is_no_month_is_month_first():
    # "في 08/19/2006": a cable's date as the US embassy writes it, month,
    # day, year; there is no month 19
    assert parse_date("صدرت في 08/19/2006") == ("2006-08-19", "day")
    assert parse_date("بتاريخ 3/25/2009") == ("2009-03-25", "day")
    text = 'في برقية صادرة في 11/23/2009 قال السفير إن "الحكومة لا تملك خطة واضحة".\n'
    assert one(text, "الحكومة لا تملك").date == "2009-11-23"
    # (negative) day first whenever it can be
    assert parse_date("صدرت في 08/11/2006") == ("2006-11-08", "day")
    assert parse_date("صدرت في 19/08/2006") == ("2006-08-19", "day")


def test_a_speaker_named_again_after_his_earlier_statement_speaks_on_that_occasion():
    # "وفي تصريحات سابقة، أكد X أن … ." then "وقال X: «…»" and "وأضاف X:
    # «…»": his words quoted right after his earlier statement are of that
    # occasion, not of the page's day
    for occasion in ("وفي تصريحات سابقة، أكد", "وفي مقابلة سابقة ؛ قال"):
        text = (
            "date 2024-03-10 الجيش يصد هجوما على مطار العاصمة\n\n"
            "أفادت وكالة أنباء دولية بتعرض العاصمة لهجوم بالطائرات المسيرة.\n\n"
            f"{occasion} وزير الدفاع الفريق أول سامي الكرمي، أن الجيش نجح في صد "
            "هجوم على المطار.\n\n"
            'وقال الكرمي: "لن نسمح بعودة المتمردين إلى العاصمة".\n\n'
            'وأضاف الكرمي: "نرحب بكل مبادرة للسلام".\n'
        )
        assert one(text, "لن نسمح بعودة").date is None, occasion
        assert one(text, "نرحب بكل مبادرة").date is None, occasion
    # (negative) a statement the page does not set back in time, or someone
    # else's words after it, are of the page's day
    text = (
        "date 2024-03-10 الجيش يصد هجوما على مطار العاصمة\n\n"
        "أفادت وكالة أنباء دولية بتعرض العاصمة لهجوم بالطائرات المسيرة.\n\n"
        "وفي تصريحات صحفية، أكد وزير الدفاع الفريق أول سامي الكرمي، أن الجيش نجح "
        "في صد هجوم على المطار.\n\n"
        'وقال الكرمي: "لن نسمح بعودة المتمردين إلى العاصمة".\n'
    )
    assert one(text, "لن نسمح بعودة").date == "2024-03-10"
    text = (
        "date 2024-03-10 الجيش يصد هجوما على مطار العاصمة\n\n"
        "وفي تصريحات سابقة، أكد وزير الدفاع الفريق أول سامي الكرمي، أن الجيش نجح "
        "في صد هجوم على المطار.\n\n"
        'وقال المتحدث باسم الجيش نبيل الحاج: "الوضع تحت السيطرة".\n'
    )
    assert one(text, "الوضع تحت السيطرة").date == "2024-03-10"
