"""The session's rules widened to the same construction in other wording
(gen11, 2026-12-04).

Each rule landed this session was written from one example; the variants
here are the same construction as another writer would put it (a field in
construct, a conjunct adjective, a compound first name, …).

Every sentence here is invented. The positive tests fail before the
widening they test; the negative ones hold the near misses.
"""

import pytest

from tests.extraction.helpers import one

# -- a body named after its field with حول (5c4fbf7d) ----------------------


@pytest.mark.parametrize(
    "text, fragment, speaker, role",
    [
        (
            # the field a bare noun in construct with a definite one
            "وقال مدير مركز الدراسات حول قضايا الهجرة سامي الكافي إن «الأرقام مرتفعة هذا العام».",
            "الأرقام مرتفعة",
            "سامي الكافي",
            "مدير مركز الدراسات حول قضايا الهجرة",
        ),
        (
            # a second adjective joined by و
            "وأكد رئيس المرصد الوطني حول الحريات النقابية والصحفية كريم "
            "الطرابلسي أن «القانون الجديد يقيد العمل».",
            "القانون الجديد",
            "كريم الطرابلسي",
            "رئيس المرصد الوطني حول الحريات النقابية والصحفية",
        ),
        (
            # a compound first name, عبد and its second half
            "وقال مدير المرصد المغربي حول السجون عبد الرحيم البقالي إن «الاكتظاظ بلغ مستوى خطيرا».",
            "الاكتظاظ بلغ",
            "عبد الرحيم البقالي",
            "مدير المرصد المغربي حول السجون",
        ),
    ],
)
def test_body_field_after_hawla_in_other_shapes(text, fragment, speaker, role):
    q = one(text, fragment)
    assert q.speaker == speaker
    assert q.role == role


def test_topic_in_construct_after_hawla_with_no_name_ends_the_post():
    # near miss: the topic of the verb, a preposition after it, no name
    q = one(
        "وتحدث مدير المركز حول أوضاع السجون أمام النواب، وقال إن «الاكتظاظ خطير».",
        "الاكتظاظ خطير",
    )
    assert q.role == "مدير المركز"
