"""Phenomenon tests of land15 (third session of 2026-12-05): kw17a's
recording rule, landed by land15.

1. A bare title, then في and a recording with the article ("الشريط",
   "الفيديو", "المقطع", "التسجيل" and their plurals;
   words._RECORDINGS): where the words were said, no place of the post
   (before, the role "المحافظ في المقطع"). Near miss: في and a real place
   after the title ("السفيرة في مدريد") is still the post's place.
"""

from __future__ import annotations

from tests.extraction.helpers import one

R = "سنواصل العمل حتى تعود المياه إلى كل البيوت"


def test_a_recording_after_a_title_and_fi_is_no_place() -> None:
    q = one(f'ويظهر المحافظ في المقطع وهو يتحدث إلى السكان قائلا: "{R}".\n', "سنواصل")
    assert (q.speaker, q.role) == ("المحافظ", "المحافظ")
    q = one(f'وقالت السفيرة في التسجيل إن "{R}".\n', "سنواصل")
    assert (q.speaker, q.role) == ("السفيرة", "السفيرة")


def test_near_miss_a_real_place_after_a_title_and_fi() -> None:
    q = one(f'وقالت السفيرة في مدريد إن "{R}".\n', "سنواصل")
    assert q.role == "السفيرة في مدريد"
    q = one(f'ويظهر المدرب في الملعب وهو يخاطب لاعبيه قائلا: "{R}".\n', "سنواصل")
    assert q.role == "المدرب في الملعب"
