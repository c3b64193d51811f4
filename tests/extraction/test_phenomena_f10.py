"""Phenomena found by the fresh author's set F10 (``articles_blind15.py``).

Every article here is written for the test, in sentences that are not in
F10's data files; each test fails without the rule it names.
"""

from claims.extraction import normalize
from tests.extraction.helpers import one, quotes_of


def _texts(text):
    return [normalize(q.text) for q in quotes_of(text)]


def test_a_name_led_by_its_bare_label_noun_where_a_noun_stands_is_no_quote():
    # after a preposition, glued or not, and as the subject of أنّ with its
    # verb right after the marks: a programme, a decree, a party
    text = (
        'وطالب المحتجون بالاستفادة من "برنامج الدعم الاستثنائي لفائدة الأسر المتضررة" '
        "في القرى. "
        'وكان التجار قد أضربوا ضد ما عرف يومها بـ"قانون الضريبة الموحدة على المحلات" قبل سحبه. '
        'ويذكر أن "حركة البناء الوطني" شاركت في الانتخابات السابقة. '
        'وقال رئيس الجمعية محمد الطاهري إن "الدعم لم يصل إلى مستحقيه في القرى".'
    )
    texts = _texts(text)
    for name in (
        "برنامج الدعم الاستثنائي لفائدة الأسر المتضررة",
        "قانون الضريبة الموحدة على المحلات",
        "حركة البناء الوطني",
    ):
        assert normalize(name) not in texts, texts
    one(text, "الدعم لم يصل")


def test_a_body_named_in_marks_inside_the_apposition_is_part_of_the_role():
    # "NAME، منسق «تنسيقية …»،": the title's genitive is a name in marks
    text = (
        'وقال محمد العلوي، منسق "تنسيقية المعطلين بالجهة"، في تصريح للموقع: "لن نتراجع عن مطالبنا".'
    )
    q = one(text, "لن نتراجع")
    assert q.speaker == "محمد العلوي", q
    assert normalize(q.role) == normalize('منسق "تنسيقية المعطلين بالجهة"'), q
