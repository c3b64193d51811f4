"""Phenomena of the role error classes found on real news (rolex): what a
role holds and how it is carried from one mention of a speaker to another.

Every article here is written for the test, in sentences of its own; each
test fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_a_full_name_after_a_story_of_a_nameless_post_holds_that_post():
    # "قال وزير الاقتصاد …، اليوم الاثنين، إنه …. وقال X Y Z لرويترز: «…»":
    # the wire's lead names the post, the next paragraph the man, with no
    # role of his own; a full name holds the post as a family name did
    text = (
        "قال وزير المالية المغربي، اليوم الأحد، إنه يتوقع نمو الاقتصاد بنسبة كبيرة.\n"
        "وقال أحمد بن سالم العلوي لوكالة الأنباء على هامش المؤتمر: "
        "«النمو سيكون قويا هذا العام رغم الصعوبات».\n"
        "وردا على سؤال حول الاستثمار، قال الوزير إن بلاده منفتحة على الجميع.\n"
        "وأضاف «نحن نرحب بكل المستثمرين دون استثناء».\n"
    )
    q = one(text, "النمو سيكون قويا")
    assert q.speaker == "أحمد بن سالم العلوي", q
    assert q.role == "وزير المالية المغربي", q
    # the bare title then names him, with that post
    q = one(text, "نحن نرحب")
    assert (q.speaker, q.role) == ("أحمد بن سالم العلوي", "وزير المالية المغربي"), q
    text = (
        "أكدت رئيسة الجمعية الوطنية للمكفوفين أن الدعم تأخر كثيرا.\n"
        "وقالت سلمى عبد الرحيم: «لم نتلق أي مساعدة منذ بداية العام».\n"
    )
    assert one(text, "لم نتلق أي").role == "رئيسة الجمعية الوطنية للمكفوفين"


def test_a_full_name_keeps_no_nameless_post_of_another():
    # another person named since the post's story, or a post of the other
    # sex: the name is someone else's
    text = (
        "قال وزير المالية المغربي، اليوم الأحد، إنه يتوقع نمو الاقتصاد بنسبة كبيرة.\n"
        "وانتقد النائب كمال يوسف الحلبي هذه التوقعات.\n"
        "وقال أحمد بن سالم العلوي للصحفيين: «النمو سيكون ضعيفا هذا العام».\n"
    )
    assert one(text, "النمو سيكون ضعيفا").role is None
    text = (
        "قالت وزيرة المالية المغربية، اليوم الأحد، إنها تتوقع نمو الاقتصاد.\n"
        "وقال أحمد بن سالم العلوي للصحفيين: «النمو سيكون ضعيفا هذا العام».\n"
    )
    assert one(text, "النمو سيكون ضعيفا").role is None
