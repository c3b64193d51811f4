"""Roles the engine left empty on real news (the rolem round): the role told
at an earlier mention of the speaker that a construction kept from being
read as a titled name.

Every article here is written for the test, in invented sentences; each
test fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_marks_after_a_preposition_in_a_title_name_no_person():
    # "رئيس هيئة الدفاع في «قضية X»، الدكتور Y": the words in marks after a
    # preposition are what the post is about, not the titled person's name;
    # the person is named after the comma, and the family name later
    # carries the post
    text = (
        "وأكد رئيس هيئة الدفاع عن المتهمين في “قضية الموانئ”، الدكتور سامر "
        "الخطيب أن موكليه أنكروا كل التهم.\n"
        "وقال الخطيب: “قدمنا كل الدفوع الشكلية والموضوعية أمام المحكمة”.\n"
    )
    q = one(text, "قدمنا كل الدفوع")
    assert q.speaker == "سامر الخطيب", q
    assert q.role == "رئيس هيئة الدفاع عن المتهمين في “قضية الموانئ”", q

    text = (
        "وقال الباحث في “مركز النهضة”، الدكتور وليد عيسى: “الانتخابات المقبلة ستغير المشهد كله”.\n"
    )
    q = one(text, "الانتخابات المقبلة")
    assert q.speaker == "وليد عيسى", q
    assert q.role == "الباحث في “مركز النهضة”", q


def test_a_name_in_marks_right_after_a_title_is_still_the_person():
    # "وزير الخارجية «X»": no preposition before the marks, the name
    text = "وقال وزير الخارجية “حامد الكرتي”: “العلاقات مع الجيران ممتازة”.\n"
    q = one(text, "العلاقات مع الجيران")
    assert q.speaker == "حامد الكرتي", q
    assert q.role == "وزير الخارجية", q
