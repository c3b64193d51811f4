"""Phenomena found by the fresh author's set F5 (``articles_blind10.py``).

Every article here is written for the test, in sentences that are not in
F5's data files; each test fails without the rule it names.
"""

from claims.extraction import normalize
from tests.extraction.helpers import one


def test_title_with_a_regional_post_glued_to_b_before_the_name():
    # Tunisian and Algerian titles name where the post is held after the
    # title's genitive: "المندوب الجهوي للفلاحة بصفاقس X", "المدير الجهوي
    # للصحة بسوسة العميد X", "رئيس الجمعية الجهوية لمربي الماشية بباجة X"
    text = (
        'وقال المندوب الجهوي للفلاحة بالمهدية كريم العياري إن الصابة "ستكون قياسية هذا '
        'الموسم رغم قلة الأمطار".\n\n'
        'وأكد المدير الجهوي للصحة بسوسة العميد رضا الجلاصي أن المستشفى "سيستقبل كل '
        'الحالات دون استثناء".\n\n'
        'وقالت رئيسة الجمعية الجهوية لمربي الماشية بباجة الزهرة بن عمر إن "الأعلاف '
        'أصبحت أغلى من الماشية نفسها".'
    )
    q = one(text, "ستكون قياسية")
    assert q.speaker == "كريم العياري", q
    assert normalize(q.role) == normalize("المندوب الجهوي للفلاحة بالمهدية")
    q = one(text, "سيستقبل كل")
    assert q.speaker == "رضا الجلاصي", q
    assert normalize(q.role) == normalize("المدير الجهوي للصحة بسوسة")
    q = one(text, "الأعلاف أصبحت")
    assert q.speaker == "الزهرة بن عمر", q
    assert normalize(q.role) == normalize("رئيسة الجمعية الجهوية لمربي الماشية بباجة")


def test_coordinated_title_with_its_place_before_the_name():
    # "الباحث والمحاضر بالجامعة اللبنانية X": the second title's place
    text = (
        "ويرى المحلل السياسي والمحاضر بالجامعة الأردنية سامر الخطيب أن الحكومة «لن "
        "تصمد أمام الضغط الشعبي طويلا»."
    )
    q = one(text, "لن تصمد")
    assert q.speaker == "سامر الخطيب", q
    assert normalize(q.role) == normalize("المحلل السياسي والمحاضر بالجامعة الأردنية")
