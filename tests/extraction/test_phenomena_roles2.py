"""Role phenomena found in the real sets h1-h3 (local only, never committed).

Every article here is written for the test, in sentences that are not in
those sets; each test fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_a_title_glued_to_lil_before_a_name_is_learnt_outside_a_cue():
    # "سمحت المحكمة للرئيس السابق X بالتحدث": a title glued to لل, not the
    # addressee of a verb of saying, still introduces the person named after
    # it, so "وقال X" later has the role
    text = (
        "أذنت هيئة المحكمة للرئيس المخلوع سالم الخطيب بالكلام في جلسة أمس.\n"
        'وقال الخطيب: "لم يُسمح لمحاميّ بالاطلاع على الملف كاملا".\n'
    )
    q = one(text, "لم يُسمح لمحاميّ")
    assert q.speaker == "سالم الخطيب", q
    assert q.role == "الرئيس المخلوع", q
