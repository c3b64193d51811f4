"""Speaker choice (spkc): which of the mentions the engine reads a quote's
speaker is when the cue names no one of its own, or names a post alone.

Every article here is written for the test, in sentences of its own; each
test fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_a_post_said_with_its_genitive_is_the_person_who_holds_that_post():
    # "رئيس الحكومة" after "رئيس الحكومة X" then "رئيس المجلس Y": the same
    # head, but only X holds the post with that genitive; Y, named last,
    # does not
    text = (
        "قال رئيس الحكومة سامي العربي إن «الملف لم يغلق بعد». ورد عليه رئيس "
        "المجلس كمال الحداد بأن «الحوار متوقف منذ أشهر». وأكد رئيس الحكومة أن "
        "«القرار نهائي ولا رجعة فيه».\n"
    )
    q = one(text, "القرار نهائي")
    assert q.speaker == "سامي العربي", q
    # feminine, the post's holder named with a fuller genitive, the other
    # minister brought in by a verb that says nothing
    text = (
        "أعلنت وزيرة الصحة العمومية ليلى منصور أن «المستشفى الجديد سيفتح قريبا». "
        "وانتقدت وزيرة التعليم سعاد بركات الخطة بشدة. وأوضحت وزيرة الصحة أن "
        "«التمويل متوفر بالكامل».\n"
    )
    q = one(text, "التمويل متوفر")
    assert q.speaker == "ليلى منصور", q
    # the post said as the one named last holds it: still that person
    text = (
        "قال رئيس الحكومة سامي العربي إن «الملف لم يغلق بعد». ورد عليه رئيس "
        "المجلس كمال الحداد بأن «الحوار متوقف منذ أشهر». وأكد رئيس المجلس أن "
        "«القرار لم يتخذ بعد».\n"
    )
    q = one(text, "القرار لم يتخذ")
    assert q.speaker == "كمال الحداد", q
