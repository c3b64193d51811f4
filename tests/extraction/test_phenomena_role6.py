"""Phenomena of roles and dates found on real news (development sets kept
outside the repository, sixth round): the day a page's stamp gives when its
clock time comes first with its half of the day ("12:54 م 09/10/2025").

Every article here is written for the test, in invented sentences; each
positive test fails without the rule it names.
"""

from claims.extraction import extract
from tests.extraction.helpers import one


def test_a_stamp_whose_clock_time_and_half_of_day_come_first_dates_the_page():
    # "12:54 م 09/10/2025" at the head of its line under the byline: the
    # page's publication stamp, as a date with its clock time after it is
    # ("09/10/2025 12:54"); the day's statements take its day
    text = (
        "مدرب الأهلي: سنعود بقوة\n\nكتب - أحمد علي\n\n10:15 ص 14/03/2024\n\n"
        "أعرب كريم سامي، مدرب الأهلي، عن سعادته بالفوز.\n\n"
        'وقال سامي في تصريحات لقناة النهار: "اللاعبون قدموا مباراة كبيرة جدا."\n'
    )
    assert one(text, "اللاعبون قدموا").date == "2024-03-14"
    text = (
        "وزير النقل يتفقد المحطة الجديدة\n\n08:40 م 02/11/2023\n\n"
        "تفقد الوزير حسن عادل محطة القطارات الجديدة.\n\n"
        'وقال الوزير: "المحطة ستفتح أبوابها للركاب خلال شهرين فقط."\n'
    )
    assert one(text, "المحطة ستفتح").date == "2023-11-02"
    text = (
        "كتب: سامي رضا\n9:05 pm 21/06/2022\n"
        'قالت الفنانة نادية كمال إن "العمل الجديد سيعرض في الصيف المقبل".\n'
    )
    assert one(text, "العمل الجديد").date == "2022-06-21"


def test_a_clock_and_date_inside_a_sentence_is_no_stamp():
    # the negatives: a clock time before a date in the body of a sentence
    # tells an event, not the page's day; and a date with no clock time at
    # the head of its line still dates nothing that is not a day story
    text = (
        "وزير النقل يتفقد المحطة\n\n"
        "وقع الحادث عند الساعة 10:15 م 14/03/2024 قرب المحطة حسب الشرطة.\n\n"
        'وقال الوزير حسن عادل: "التحقيق سيكشف كل الأسباب في وقت قريب."\n'
    )
    assert one(text, "التحقيق سيكشف").date is None
    text = (
        "وزير النقل يتفقد المحطة\n\n14/03/2024\n\n"
        'وقال الوزير حسن عادل: "التحقيق سيكشف كل الأسباب في وقت قريب."\n'
    )
    assert one(text, "التحقيق سيكشف").date is None
    assert [q.date for q in extract(text)] == [None]
