"""Constructions from the Known weaknesses list (kw16b, second session of 2026-12-05).

1. A mark never closed, glued to لـ or بـ after a stance the subject of a
   verb of reporting voices, its verbal noun with his pronoun ("وأعلن X
   رفضه لـ"…", "وأعرب X عن ترحيبه بـ"…"), opens the words of that stance, as
   the same marks closed already did; before, the words were lost. Not a
   noun that is no stance ("في زيارته لـ"…"), nor with no verb of reporting
   ("ويأتي رفضه لـ"…").
"""

from __future__ import annotations

from tests.extraction.helpers import one, quotes_of, same_name

U = "القرار الذي اتخذته الإدارة دون الرجوع إلى المزارعين وممثليهم في لجان الري والتعويضات"


def test_unclosed_mark_after_a_stance_and_lam() -> None:
    q = one(f'وأعلن رئيس اتحاد المزارعين نبيل القصاب رفضه لـ"{U}.', "دون الرجوع")
    assert q.text == U
    assert same_name(q.speaker, "نبيل القصاب")
    q = one(
        f'وجددت عضوة المجلس البلدي رنا الشمري تأييدها لـ"{U}.\nوغادرت القاعة بعد ذلك.',
        "دون الرجوع",
    )
    assert q.text == U
    assert same_name(q.speaker, "رنا الشمري")


def test_unclosed_mark_after_a_stance_and_ba_after_an() -> None:
    q = one(f'وأعرب وزير الموارد المائية فادي الكرمي عن ترحيبه بـ"{U}.', "دون الرجوع")
    assert q.text == U
    assert same_name(q.speaker, "فادي الكرمي")


def test_near_miss_unclosed_mark_after_no_stance_or_no_verb() -> None:
    text = (
        'وأعلن رئيس اتحاد المزارعين نبيل القصاب في زيارته لـ"مدينة الصناعات '
        "الثقيلة التي أقيمت قبل عقدين في جنوب الإقليم."
    )
    assert quotes_of(text) == []
    assert quotes_of(f'ويأتي رفضه لـ"{U}.') == []
