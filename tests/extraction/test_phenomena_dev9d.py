"""Spans and dates of the words said (dev9d, 2026-12-04).

A year closing the name of the one met, set off by commas after the
occasion that names him: "واعتبر، خلال لقائه بالسفير الفرنسي، جان دوبون عام
2006، أن «…»" is the meeting's year, the words' date (the year in an
apposition was read as telling of the speaker, "قال X، أحد مؤسسي الحزب
عام 2006، إن": it still is when no occasion opens the comma before).

A statement quoted whole and signed by its office on the date's own line,
closing the text: "المكتب التنفيذي بتاريخ: 22/04/2015", "الأمانة العامة
بتاريخ: …" dates its words, as the office's name on a short line above
the date did.  Not a place before the date ("طرابلس بتاريخ: …"): the day
the text was filed, with no day told in its lead.

Every sentence here is invented. The positive tests fail before the rule
they test; the negative ones hold the near misses where it must not fire.
"""

from tests.extraction.helpers import said


def test_year_after_the_name_of_the_one_met_dates_the_meeting():
    q = said(
        "واعتبر الوزير سامي حداد، خلال لقائه بالسفير الفرنسي، جان دوبون عام 2006، "
        "أن المزارعين «يطلبون فقط الحصول على الماء».",
        "يطلبون فقط",
    )
    assert q.speaker == "سامي حداد", q.speaker
    assert q.date == "2006", q.date


def test_year_in_the_speakers_own_apposition_stays_his():
    q = said(
        "وقال الوزير، سامي حداد، أحد مؤسسي الحزب عام 2006، إن المزارعين "
        "«يطلبون فقط الحصول على الماء».",
        "يطلبون فقط",
    )
    assert q.date is None, q.date


_UNION = (
    "ندد اتحاد الكتاب الليبيين باعتقال الشاعر سالم المبروك.\n"
    "ودعا الاتحاد في بيان صادر عن أمانته العامة إلى إطلاق سراحه.\n"
    '"إننا في اتحاد الكتاب ندين بقوة اعتقال الشاعر ونطالب بالإفراج الفوري عنه '
    'دون قيد أو شرط."\n'
)


def test_an_office_signing_on_the_dates_line_dates_the_statement():
    q = said(_UNION + "الأمانة العامة بتاريخ: 14/03/2019", "إننا في اتحاد")
    assert q.date == "2019-03-14", q.date


def test_a_place_on_the_closing_dates_line_signs_nothing():
    q = said(_UNION + "طرابلس بتاريخ: 14/03/2019", "إننا في اتحاد")
    assert q.date is None, q.date
