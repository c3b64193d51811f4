"""Constructions of speakers and roles found on a development sample of real
Arabic news (dev15b, third session of 2026-12-05); every sentence here is
invented.

1. A series or a count of occasions after في ("وقال وزير الثقافة في سلسلة
   تغريدات على منصة إكس:", "في عدة مقابلات"), and an occasion noun in the
   plural ("في تغريدات", "في منشورات", "في رسائل"), is where the words were
   said, no post's place: the title speaks (before, "تغريدات" spoke, or the
   title ran on over it). Not a post in a chain of shops ("مدير المبيعات في
   سلسلة متاجر X"), nor a count of branches ("في عدة فروع").
"""

from __future__ import annotations

from tests.extraction.helpers import one

W = "لن نسمح بالعبث بتراث المدينة وأهلها الطيبين"


def test_a_series_of_posts_after_fi_is_the_occasion() -> None:
    q = one(f"وقال وزير الثقافة في سلسلة تغريدات على منصة إكس: {W}.\n", "لن نسمح")
    assert q.speaker == "وزير الثقافة"
    assert q.role == "وزير الثقافة"
    q = one(f'وقال وزير الثقافة في عدة مقابلات: "{W}".\n', "لن نسمح")
    assert q.speaker == "وزير الثقافة"
    q = one(f'وقال وزير الثقافة في سلسلة منشورات على فيسبوك: "{W}".\n', "لن نسمح")
    assert q.speaker == "وزير الثقافة"


def test_an_occasion_noun_in_the_plural_after_fi() -> None:
    q = one(f"وقال وزير الثقافة في تغريدات على منصة إكس: {W}.\n", "لن نسمح")
    assert q.speaker == "وزير الثقافة"
    q = one(f'وقال وزير الثقافة في رسائل إلى الموظفين: "{W}".\n', "لن نسمح")
    assert q.role == "وزير الثقافة"


def test_near_miss_a_chain_or_branches_after_fi_stay_the_post() -> None:
    q = one(
        'وقال سامي العلي، مدير المبيعات في سلسلة متاجر الريان، إن "الأسعار لن ترتفع هذا الموسم".\n',
        "الأسعار",
    )
    assert q.speaker == "سامي العلي"
    assert q.role == "مدير المبيعات في سلسلة متاجر الريان"
    q = one('وقال مدير المبيعات في عدة فروع للشركة إن "الأسعار لن ترتفع هذا الموسم".\n', "الأسعار")
    assert q.role == "مدير المبيعات في عدة فروع للشركة"
