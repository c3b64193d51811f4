"""Given names the engine could read as function words or titles: أمين
(the post أمين عام/أمين السر, or the name Amin) and آن (the particle أنّ
once folded, or the name Anne).

Every article here is written for the test, in invented sentences; each
test fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_amin_before_a_name_word_is_the_given_name():
    # after a post, or alone as the verb's subject, أمين before a name
    # word is the given name: the post is the title before it
    q = one('وقال الرئيس الأسبق أمين الجميل "المسيحيون قلقون من المستقبل".', "المسيحيون")
    assert (q.speaker, q.role) == ("أمين الجميل", "الرئيس الأسبق"), q
    q = one('وأضاف وزير الخارجية أمين فرحات "لن نقبل بهذا الاتفاق".', "لن نقبل")
    assert (q.speaker, q.role) == ("أمين فرحات", "وزير الخارجية"), q
    q = one('وقال أمين الحلبي "المسيحيون قلقون من المستقبل".', "المسيحيون")
    assert q.speaker == "أمين الحلبي" and q.role != "أمين الحلبي", q


def test_amin_the_post_keeps_its_office_or_place():
    # negatives: أمين before the office it keeps or the place it governs
    # is the post
    for subject in (
        "أمين عام الأمم المتحدة",
        "أمين السر",
        "أمين عمان الكبرى",
        "أمين عام الحزب",
        "الأمين العام للحزب",
        "أمين منطقة الرياض",
    ):
        q = one(f'وقال {subject} "الوضع خطير جدا".', "الوضع خطير")
        assert q.role == subject, (subject, q)
