"""Gates of speed15c (third session of 2026-12-05): the rules still fire.

speed15c put a cheap test before three checks that run for every quote or
every word of a phrase and seldom fire; the output is unchanged
(bench/same_output.py identical). These tests pin that each rule still
fires behind its gate, and that its near misses stay as they were:

1. The relay named after the quote (speakers.via_after_quote) is now looked
   for only when a comma follows the closing mark ('«…»، بحسب قناة X').
2. A noun joined with و in construct inside a body's name (phrases.
   _and_construct: 'وزير الزراعة وتنمية الأرياف', 'وزير العدل وحقوق
   الإنسان') is now tried only for a word beginning with و, before its
   definite genitive.
3. A bare noun in ة in construct after a full name, the verb's object
   (phrases._construct_object in scan_np: 'وأطلق X Y صيحة تحذير'), is now
   tried only for a word ending in ة.
"""

from __future__ import annotations

from tests.extraction.helpers import one, same_name

Q = "موسم الحصاد هذا العام سيكون أفضل من كل المواسم التي سبقته"


def test_relay_after_the_comma_still_named() -> None:
    q = one(f"وقال وزير الري نبيل السعداوي إن «{Q}»، بحسب قناة الواحة.", "موسم الحصاد")
    assert same_name(q.speaker, "نبيل السعداوي")
    assert q.via is not None and "قناة الواحة" in q.via


def test_near_miss_no_relay_at_the_end_or_without_comma() -> None:
    q = one(f"وقال وزير الري نبيل السعداوي إن «{Q}»", "موسم الحصاد")
    assert same_name(q.speaker, "نبيل السعداوي")
    assert q.via is None
    q = one(f"وقال وزير الري نبيل السعداوي إن «{Q}» أمام الفلاحين.", "موسم الحصاد")
    assert q.via is None


def test_and_construct_in_a_post_still_goes_on() -> None:
    q = one(
        f"وقال وزير الزراعة وتنمية الأرياف منير الحلبي إن «{Q}».",
        "موسم الحصاد",
    )
    assert same_name(q.speaker, "منير الحلبي")
    assert q.role is not None and "وتنمية الأرياف" in q.role


def test_construct_object_after_a_full_name_still_ends_it() -> None:
    q = one(f"وأطلق سامي القحطاني صيحة تحذير، وقال: «{Q}».", "موسم الحصاد")
    assert q.speaker == "سامي القحطاني"


def test_near_miss_a_given_name_after_the_title() -> None:
    q = one(f"وقالت الطبيبة وداد المنصوري إن «{Q}».", "موسم الحصاد")
    assert q.speaker == "وداد المنصوري"
