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


# A bare feminine noun then a nisba adjective of five letters (أمنية، دولية،
# رسمية، شعبية) after a full name: the verb's object, no word of the name,
# as a nisba of six letters was ("حملة أمنية" after "X Y").


def test_a_bare_noun_with_a_short_nisba_after_a_name_is_the_object() -> None:
    q = one(f"وشن المحافظ نزار حمدان حملة أمنية، وقال إن {S}.", "الطريق")
    assert (q.speaker, q.role) == ("نزار حمدان", "المحافظ")
    q = one(f"وأطلقت الوزيرة هالة عبيدات مبادرة شعبية، وقالت: {S}.", "الطريق")
    assert (q.speaker, q.role) == ("هالة عبيدات", "الوزيرة")
    q = one(f"ووجه السفير معتز سليمان دعوة رسمية، وقال إن {S}.", "الطريق")
    assert (q.speaker, q.role) == ("معتز سليمان", "السفير")
    q = one(f"وعقد الأمين العام فراس منصور جلسة دولية، وقال: {S}.", "الطريق")
    assert (q.speaker, q.role) == ("فراس منصور", "الأمين العام")


def test_near_miss_a_given_name_in_iya_after_a_name() -> None:
    q = one(f"وقالت الناشطة نادية حمدان إن {S}.", "الطريق")
    assert q.speaker == "نادية حمدان"
    q = one(f"وقالت الطالبة سامية عبيدات إن {S}.", "الطريق")
    assert q.speaker == "سامية عبيدات"


# A definite adjective of tenure (الجديد، السابق، الأسبق and their
# feminines) after a post and a full name of two words or more describes the
# post ("the new governor X Y"), no word of the name: it joins the role.


def test_a_tenure_adjective_after_a_full_name_is_the_posts() -> None:
    q = one(f"وقال المحافظ نزار حمدان الجديد إن {S}.", "الطريق")
    assert (q.speaker, q.role) == ("نزار حمدان", "المحافظ الجديد")
    q = one(f"وقال الوزير معتز سليمان السابق إن {S}.", "الطريق")
    assert (q.speaker, q.role) == ("معتز سليمان", "الوزير السابق")
    q = one(f"وقالت المديرة هالة عبيدات الجديدة إن {S}.", "الطريق")
    assert (q.speaker, q.role) == ("هالة عبيدات", "المديرة الجديدة")


def test_near_miss_a_one_word_name_or_the_adjective_in_the_post() -> None:
    q = one(f"وقال السفير معتز الجديد إن {S}.", "الطريق")
    assert q.speaker == "معتز الجديد"
    q = one(f"وقال رئيس الحكومة المغربية السابق إن {S}.", "الطريق")
    assert q.role == "رئيس الحكومة المغربية السابق"
    q = one(f"وقال وزير الخارجية السابق نزار حمدان إن {S}.", "الطريق")
    assert (q.speaker, q.role) == ("نزار حمدان", "وزير الخارجية السابق")
