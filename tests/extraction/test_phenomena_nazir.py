""" "His counterpart" after a bare title, as a post (session of 2026-12-03).

"التقى الرئيس نظيره المالي Y" then "وقال Y": Y's post is "نظيره المالي",
not the subject's title run on into it. Every article here is invented for
the test; each positive test fails without the rule.
"""

from tests.extraction.helpers import one


def test_the_subjects_bare_title_is_not_part_of_the_counterparts_post():
    for subject, counterpart, name in (
        ("الرئيس", "نظيره المالي", "أسيمي غويتا"),
        ("الوزير", "نظيره اليوناني", "نيكوس ديندياس"),
        ("الملك", "نظيره الأردني", "عبد الله الثاني"),
    ):
        last = name.split()[-1]
        q = one(
            f'التقى {subject} {counterpart} {name}. وقال {last} إن "التنسيق بين البلدين مستمر".',
            "التنسيق بين",
        )
        assert q.role == counterpart, (subject, q)


def test_other_posts_keep_their_reading():
    # negatives: the counterpart after a named subject, a post given with
    # the name, and a counterpart that speaks
    q = one(
        "التقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي. "
        'وقال الصفدي إن "التنسيق بين البلدين مستمر".',
        "التنسيق بين",
    )
    assert q.role == "نظيره الأردني", q
    q = one(
        "التقى وزير الخارجية المصري سامح شكري وزير الخارجية الأردني أيمن الصفدي. "
        'وقال الصفدي إن "التنسيق بين البلدين مستمر".',
        "التنسيق بين",
    )
    assert q.role == "وزير الخارجية الأردني", q
    q = one('وقال نظيره الروسي: "التنسيق بين البلدين مستمر".', "التنسيق بين")
    assert q.role == "نظيره الروسي", q
