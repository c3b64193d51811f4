"""Phenomena of the role error classes found on unseen real articles
(dev9c): roles that were missing or cut short while the speaker was right.

Every article here is written for the test, in sentences of its own; each
test fails without the rule it names, and each rule has a near miss.
"""

from tests.extraction.helpers import one


def test_a_body_in_marks_after_a_post_lets_a_second_post_join_the_role():
    # "نائب رئيس «اتحاد …» ورئيس بلدية … X": the marks after a bare title
    # name the post's body, not its holder; the second post joined by و is
    # the same person's, and both are his role (before the subject's verb
    # and after a verb of saying alike)
    text = (
        'نائب رئيس "رابطة بلديات الساحل" ورئيس بلدية كفرنعيم سليم جورج حداد، '
        'شدد على "أهمية الزراعة في حياة القرى وفي حماية الأرض".\n'
    )
    q = one(text, "أهمية الزراعة")
    assert q.speaker == "سليم جورج حداد", q
    assert q.role == 'نائب رئيس "رابطة بلديات الساحل" ورئيس بلدية كفرنعيم', q
    text = (
        "وقال رئيس «نقابة صيادي الخليج» ورئيس بلدية عين الصفا نبيل عواد إن "
        "«الموسم كان قاسيا على الصيادين الصغار».\n"
    )
    q = one(text, "الموسم كان قاسيا")
    assert q.speaker == "نبيل عواد", q
    assert q.role == "رئيس «نقابة صيادي الخليج» ورئيس بلدية عين الصفا", q


def test_a_body_in_marks_after_a_post_then_a_name_and_another_party():
    # near misses: a name right after the marks is still the holder's, and
    # after بين the post joined by و opens the other party, whose role is
    # his own post only
    q = one(
        "وقال منسق «تنسيقية شباب الضاحية» مروان حداد إن "
        '"الشباب سيبقون في الساحات حتى تتحقق المطالب".\n',
        "الشباب سيبقون",
    )
    assert q.speaker == "مروان حداد", q
    assert q.role == "منسق «تنسيقية شباب الضاحية»", q
    q = one(
        "وجرى لقاء بين رئيس «جمعية التجار» ورئيس بلدية المنصورية كمال عيسى، "
        'وقال عيسى إن "البلدية ستدعم الأسواق الشعبية في كل الأحياء".\n',
        "البلدية ستدعم",
    )
    assert q.speaker == "كمال عيسى", q
    assert q.role == "رئيس بلدية المنصورية", q
