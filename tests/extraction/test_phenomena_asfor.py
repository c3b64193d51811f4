"""'وبالنسبة لـ X، فإن «…»': words in marks given as X's view, the clause
opened by "as for X" (as the seed's 'جاء في برقية أخرى أنه بالنسبة
للأمريكيين «…»'), not a continuation of the speaker before.

Every article here is invented for the test.
"""

from tests.extraction.helpers import one


def test_as_for_x_opening_its_clause_gives_x():
    q = one(
        'وقال السفير الأمريكي جون سميث إن "الوضع مستقر". '
        'وبالنسبة لوزير الدفاع خالد العمر، فإن "الجيش جاهز لكل الاحتمالات".',
        "الجيش جاهز",
    )
    assert (q.speaker, q.role) == ("خالد العمر", "وزير الدفاع"), q
    q = one('أما بالنسبة للأمريكيين، فإن "الحل يجب أن يكون سياسيا".', "الحل")
    assert q.speaker == "الأمريكيين", q
    q = one('وقال الوزير إن الوضع صعب. بالنسبة للمعارضة، فإن "الحكومة فشلت".', "الحكومة فشلت")
    assert q.speaker == "المعارضة", q


def test_as_for_inside_a_clause_is_whom_the_words_concern():
    q = one('وأضاف الوزير أن الوضع بالنسبة للفلاحين "صعب للغاية".', "صعب للغاية")
    assert q.speaker == "الوزير", q
    q = one('وأكد الوزير أن بالنسبة للفلاحين "الوضع صعب للغاية".', "الوضع صعب")
    assert q.speaker == "الوزير", q
