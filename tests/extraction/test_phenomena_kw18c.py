"""Known weaknesses found by other engineers (kw18c, fourth session of
2026-12-05).

A that-clause's subject, a post and a name, then its verb before a plural
of persons glued to لـ ("أن رئيس البلدية X Y وجه للسكان رسالة"): the verb
is no word of the name, as before a person or a body glued to لـ.
"""

from __future__ import annotations

from tests.extraction.helpers import one

S = "«الطريق إلى الميناء سيبقى مغلقا حتى إشعار آخر»"


def test_a_that_clause_verb_before_a_plural_of_persons_glued_to_lam() -> None:
    q = one(f"وتذكر البرقية أن رئيس البلدية سامي الحداد وجه للسكان رسالة، وقال: {S}.", "الطريق")
    assert (q.speaker, q.role) == ("سامي الحداد", "رئيس البلدية")
    q = one(f"وأفادت المذكرة أن المحافظ رامي العلي شرح للتجار خطته، وقال إن {S}.", "الطريق")
    assert (q.speaker, q.role) == ("رامي العلي", "المحافظ")
    q = one(f"وكشفت الرسالة أن الوزير خالد النجار وجه للنواب دعوة، وقال: {S}.", "الطريق")
    assert (q.speaker, q.role) == ("خالد النجار", "الوزير")
    q = one(f"وذكرت الوثيقة أن القاضي منير الساعدي أوضح للشهود الإجراءات، وقال إن {S}.", "الطريق")
    assert (q.speaker, q.role) == ("منير الساعدي", "القاضي")


def test_near_miss_the_plural_after_a_verb_of_saying_or_a_body() -> None:
    q = one(f"وقال رئيس البلدية سامي الحداد للسكان إن {S}.", "الطريق")
    assert (q.speaker, q.role) == ("سامي الحداد", "رئيس البلدية")
    q = one(f"وقال رئيس الصندوق الوطني للسكان إن {S}.", "الطريق")
    assert q.speaker is not None and "للسكان" in q.speaker + (q.role or "")
