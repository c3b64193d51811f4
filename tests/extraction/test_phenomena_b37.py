"""Phenomena of blind batch 37 (cables in five outlets' styles,
``articles_blind6.py``), one per test, in sentences written for the test."""

from claims.extraction import normalize
from tests.extraction.helpers import one, same_name


def test_place_glued_to_bi_after_a_title_is_the_role():
    # "نائب رئيس البعثة الأمريكية بتونس X": where the post is held, as "بالرباط"
    text = (
        'وكتب القنصل الفرنسي بتونس مارك دوران أن "الوضع هادئ نسبيا". '
        'وقال السفير الإيطالي بمالي جان دوبوا إن "الشمال خارج السيطرة".'
    )
    q = one(text, "الوضع هادئ")
    assert q.speaker == "مارك دوران"
    assert normalize(q.role) == normalize("القنصل الفرنسي بتونس")
    q = one(text, "الشمال خارج")
    assert q.speaker == "جان دوبوا"
    assert normalize(q.role) == normalize("السفير الإيطالي بمالي")
