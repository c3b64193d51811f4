"""Roles missed on real news text (the real sets r6-r8, read locally, never
copied here).

Every article here is written for the test, with invented names, in
sentences that are not in those sets; each test fails without the rule it
names.
"""

from tests.extraction.helpers import one


def test_a_gulf_family_name_after_bin_keeps_the_post_after_it_as_the_role():
    # "أكد سعادة السيد A بن B الC رئيس مجلس …": the family name with the
    # article, third after the link, then the post in apposition
    text = (
        "أكد سعادة السيد خالد بن ناصر الخاطر رئيس مجلس الشورى أن الدورة "
        "الجديدة ستناقش الميزانية.\n\n"
        'وأضاف سعادته: "سنعمل مع الحكومة على كل المشاريع".\n'
    )
    q = one(text, "سنعمل مع الحكومة")
    assert q.speaker == "خالد بن ناصر الخاطر", q
    assert q.role == "رئيس مجلس الشورى", q
