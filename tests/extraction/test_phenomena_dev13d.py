"""Dating constructions met on development text (dev13d, 2026-12-05).

1. A reply to earlier remarks ("في سياق رده على حديث سابق لـX",
   "ردا على تصريح سابق", "تعليقا على بيان سابق"): the earlier occasion is
   the other side's, the object of the reply; the words that answer it are
   of the story's time (before, earlier_occasion read "حديث سابق" as
   the time of the words and left them undated). Not "في تصريحات سابقة"
   with no reply before it: the speaker's own earlier words stay undated.
"""

from __future__ import annotations

from tests.extraction.helpers import one

LEAD = (
    "عمّان 14 مارس 2023 (وكالات) - عقد وزير المالية سامر الخطيب مؤتمرا صحفيا "
    "اليوم الثلاثاء في مقر الوزارة.\n"
)
W = "«لن نسمح بأن تتحمل الأسر الفقيرة كلفة الإصلاح»"


def test_reply_to_earlier_remarks_is_of_the_story_time() -> None:
    for opener in (
        "وفي سياق رده على حديث سابق لرئيس البنك المركزي، قال الوزير",
        "وردا على تصريح سابق للنقابة، قال الخطيب",
        "وتعليقا على بيان سابق للمعارضة، أكد الوزير",
    ):
        q = one(f"{LEAD}{opener} {W}.", "لن نسمح")
        assert q.date == "2023-03-14", opener


def test_near_miss_own_earlier_remarks_stay_undated() -> None:
    q = one(f"{LEAD}وفي تصريحات سابقة لقناة محلية، قال الوزير {W}.", "لن نسمح")
    assert q.date is None
