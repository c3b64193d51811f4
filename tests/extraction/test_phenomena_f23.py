"""Phenomena found by the fresh author's set F23 (``articles_blind28.py``).

Every article here is written for the test, in sentences that are not in
F23's data files; each test fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_a_definite_noun_coordinated_with_a_title_opens_an_apposition_role():
    # "X، المؤسس والرئيس التنفيذي لـ…،": the first word of the apposition
    # (founder) is not a title word, the one coordinated with it is
    text = (
        "يتحدث كريم الحداد، المؤسس والرئيس التنفيذي لشركة «سحاب» المختصة في "
        "الحوسبة، عن مستقبل القطاع. ويقول الحداد: «السوق المحلية صغيرة ولا بد من "
        "التصدير».\n"
    )
    q = one(text, "السوق المحلية صغيرة")
    assert q.role and q.role.startswith("المؤسس والرئيس التنفيذي"), q


def test_an_aside_on_the_role_after_a_name_without_a_comma():
    # "يقول X وهو تاجر …، ويضيف": وهو/وهي right after the name, with no
    # comma before it, gives what the person does, as "X، وهو …،" does
    text = (
        '"السوق راكدة منذ اسبوعين"، تقول سلوى الماجري وهي بائعة خضار بالسوق '
        'المركزية، وتضيف "الحرفاء لم يعودوا يشترون كالسابق".\n'
    )
    q = one(text, "الحرفاء لم يعودوا")
    assert q.role == "بائعة خضار بالسوق المركزية", q
