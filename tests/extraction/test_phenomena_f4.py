"""Phenomena found by the fresh author's set F4 (``articles_blind9.py``).

Every article here is written for the test, in sentences that are not in
F4's data files; each test fails without the rule it names.
"""

from claims.extraction import normalize
from tests.extraction.helpers import one


def test_possessed_occasion_noun_after_the_subject_ends_the_speaker():
    # "وختم X كلمته بالقول", "استهلت X مداخلتها بالقول": the verb's object,
    # the speaker's own occasion, is no part of the name
    text = (
        "وختم وزير المالية سعيد الخطيب مرافعته بالقول: «العجز سينخفض بحلول نهاية "
        "العام المقبل». واستهلت الناشطة ليلى حسن عبيد مداخلتها بالقول: «الحكومة لم "
        "تستمع إلى مطالب الأهالي منذ سنوات»."
    )
    q = one(text, "العجز سينخفض")
    assert q.speaker == "سعيد الخطيب", q
    assert normalize(q.role) == normalize("وزير المالية")
    q = one(text, "لم تستمع")
    assert q.speaker == "ليلى حسن عبيد", q
    assert normalize(q.role) == normalize("الناشطة")


def test_title_and_family_name_is_the_person_named_before():
    # "وزير الأشغال X Y Z" first, then "الوزير Z": the family name after the
    # title is the person's, not part of the role
    text = (
        "ناقش البرلمان أمس تقرير وزير النقل خالد سالم المطيري عن الموانئ.\n\n"
        "وقال الوزير المطيري: «الموانئ ستعمل بكامل طاقتها قبل الصيف المقبل»."
    )
    q = one(text, "ستعمل بكامل")
    assert q.speaker == "خالد سالم المطيري", q
    assert normalize(q.role) == normalize("وزير النقل")
