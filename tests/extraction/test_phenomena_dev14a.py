"""Speakers and roles from the development sets of the second session of
2026-12-05 (dev14a); invented sentences only.

1. Two posts set off by commas before the name of the one who holds both
   ("قال نائب وزير الداخلية، قائد الحرس الوطني، اللواء X Y إن"): the first
   post has no name after it, the second is its apposition, and the name
   follows the second post's comma. Before, a first post whose head names
   an unnamed source too (نائب، مساعد) spoke as an anonymous official; now
   the name after the second post speaks, his role both posts. Not when no
   name follows the second post ("…، قائد الحرس الوطني سابقا، إن"); a
   first post of another head ("وزير الدولة، وزير …، X،") was already
   taken up by the name, with the second post for its role, and still is
   (test_phenomena_dev13a).
"""

from __future__ import annotations

from tests.extraction.helpers import one, same_name

S = "«الحدود آمنة ولن نسمح بأي تجاوز»"


def test_two_posts_in_commas_then_the_name() -> None:
    q = one(
        f"قال نائب وزير الداخلية، قائد الحرس الوطني، اللواء مراد الزغلامي إن {S}.",
        "الحدود آمنة",
    )
    assert same_name(q.speaker, "مراد الزغلامي")
    assert "نائب وزير الداخلية" in q.role and "قائد الحرس الوطني" in q.role
    q = one(
        f"وقال مساعد رئيس الحزب، رئيس الكتلة البرلمانية، سامي العكرمي، إن {S}.",
        "الحدود آمنة",
    )
    assert same_name(q.speaker, "سامي العكرمي")
    assert "مساعد رئيس الحزب" in q.role and "رئيس الكتلة البرلمانية" in q.role


def test_two_posts_in_commas_then_the_name_taken_up_by_the_rank() -> None:
    text = (
        f"قال نائب وزير الداخلية، قائد الحرس الوطني، اللواء مراد الزغلامي إن {S}. "
        "وأضاف اللواء في كلمة له خلال زيارته إلى الثكنة أن «رجالنا على أتم الاستعداد»."
    )
    q = one(text, "رجالنا على")
    assert same_name(q.speaker, "مراد الزغلامي")
    assert "نائب وزير الداخلية" in q.role and "قائد الحرس الوطني" in q.role


def test_near_miss_second_post_with_no_name_after_it() -> None:
    q = one(f"قال نائب وزير الداخلية، قائد الحرس الوطني سابقا، إن {S}.", "الحدود آمنة")
    assert q.speaker == "نائب وزير الداخلية"
