"""Speaker and role phenomena of real news prose (the spk2 round).

Every article here is written for the test, in invented sentences; each
test fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_a_bare_title_then_a_derived_present_verb_is_the_title_alone():
    # "وكان الوزير يتحدث في …، قائلا إن «…»": the verb after the bare title
    # (يتـ/يستـ, no name opens so) is no name; the title resolves to the
    # person introduced with it
    text = (
        "قال وزير الزراعة المغربي كريم بنعلي إن الموسم سيكون جيدا.\n"
        "وكان الوزير يتحدث في ندوة صحفية بالرباط، قائلا إن «الأمطار الأخيرة أنقذت "
        "المحاصيل في معظم الجهات».\n"
    )
    q = one(text, "الأمطار الأخيرة")
    assert q.speaker == "كريم بنعلي", q
    assert q.role == "وزير الزراعة المغربي", q
