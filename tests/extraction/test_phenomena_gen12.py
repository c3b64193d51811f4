"""Variants of this session's rules (gen12, eighth session of 2026-12-04).

Each rule landed this session was tried on invented variants of its
construction that real news uses as well (the verbal noun of another form,
the word with its و apart, a feminine or plural subject, other marks, the
quote before its cue, …); where a variant failed though the rule meant to
cover it, the rule was widened, and a near miss pins where it must not fire.

A verbal noun إفعال after a bare title is the verb's object, as the تفعيل
of a first radical hamza is (kw12a): "وأعلن الوزير إطلاق برنامج جديد،
وقال إن «…»" is the minister's (before, "إطلاق برنامج جديد" was his name),
"وقرر القاضي إلغاء الحكم", and the hollow إفالة ("إقالة المسؤول"). Its
letters folded are a broken plural's (أفعال: "أصحاب المحلات" speak), so
only the hamza below, printed, tells it; written without it ("الغاء") it is
left. Not a given name of that shape ("إلهام", "إحسان", "إدغار"), nor a
body ("إدارة", "إمارة").

Every sentence here is invented. The positive tests fail before the rule
they test; the negative ones hold the near misses where it must not fire.
"""

from __future__ import annotations

import pytest

from tests.extraction.helpers import one

Q = "«القرار نهائي ولا رجعة فيه»"


@pytest.mark.parametrize(
    "text, speaker",
    [
        (f"وأعلن الوزير إطلاق برنامج جديد للشباب، وقال إن {Q}.", "الوزير"),
        (f"وقرر القاضي إلغاء الحكم الابتدائي، وقال إن {Q}.", "القاضي"),
        (f"وأعلنت الوزيرة إنشاء لجنة جديدة، وقالت إن {Q}.", "الوزيرة"),
        (f"وطلب المحافظ إجراء تحقيق في الحادث، مضيفا أن {Q}.", "المحافظ"),
        (f"وأعلن المدير إقالة المسؤول عن الحادث، وقال إن {Q}.", "المدير"),
        (f"وقرر رئيس البلدية إغلاق السوق، وقال: {Q}.", "رئيس البلدية"),
    ],
)
def test_ifaal_verbal_noun_after_bare_title_is_the_object(text: str, speaker: str) -> None:
    q = one(text, "القرار نهائي")
    assert q.speaker == speaker
    assert q.role == speaker


@pytest.mark.parametrize(
    "text, speaker, role",
    [
        (f"وقالت الوزيرة إلهام الحسيني إن {Q}.", "إلهام الحسيني", "الوزيرة"),
        (f"وقال الرئيس إدغار لونغو إن {Q}.", "إدغار لونغو", "الرئيس"),
        (f"وقال الوزير إحسان الخطيب إن {Q}.", "إحسان الخطيب", "الوزير"),
        (f"وقالت مديرة إدارة السجون إن {Q}.", "مديرة إدارة السجون", "مديرة إدارة السجون"),
        (f"وقال أمير إمارة الشارقة إن {Q}.", "أمير إمارة الشارقة", "أمير إمارة الشارقة"),
    ],
)
def test_near_miss_ifaal_shaped_names_and_bodies(text: str, speaker: str, role: str) -> None:
    q = one(text, "القرار نهائي")
    assert q.speaker == speaker
    assert q.role == role
