"""Review of the session's rules (rev13, 2026-12-05), with invented
sentences.

"And another one" before a participle of saying (speakers.attribute,
_ANOTHER_ONE: "«…» وآخر بقوله «…»") speaks only when the participle agrees
with it, by its own ending or its pronoun's ("قائلة", "بقولها"): in
"ودعت إلى دعم المزارعين، وآخرين مضيفة: «…»" the others are the object of
the verb before, and the feminine singular participle goes on with the
clause's subject (before, "آخرين" spoke).

An accusative participle of manner alone between a verb of saying and its
colon or mark ("وأضاف مداعبا:", subject_of) is read so only in the verb's
gender: after a feminine verb a masculine word in ا is her one-word name
("وقالت ملالا:", before, no speaker).
"""

from __future__ import annotations

from tests.extraction.helpers import one

W = "«لن نسمح بإغلاق المدارس الريفية مهما كانت الذرائع المطروحة»."


def test_another_one_must_agree_with_the_participle() -> None:
    q = one(f"ودعت الوزيرة إلى دعم الصيادين، وآخرين مضيفة: {W}", "لن نسمح")
    assert q.speaker == "الوزيرة"
    q = one(f"ودعا النائب إلى حماية الحرفيين، وأخرى قائلا {W}", "لن نسمح")
    assert q.speaker == "النائب"
    q = one(f"ودعت الوزيرة إلى دعم الصيادين، وآخرين بقولها: {W}", "لن نسمح")
    assert q.speaker == "الوزيرة"


def test_near_miss_another_one_that_agrees_still_speaks() -> None:
    q = one(f"قال أحد المعلمين «نحن هنا منذ الصباح الباكر»، وآخر قائلا: {W}", "لن نسمح")
    assert q.speaker == "آخر"
    q = one(f"قالت إحدى الأمهات «ننتظر منذ أسابيع»، وأخرى قائلة: {W}", "لن نسمح")
    assert q.speaker == "أخرى"
    q = one(f"قالت إحدى الأمهات «ننتظر منذ أسابيع»، وأخرى بقولها: {W}", "لن نسمح")
    assert q.speaker == "أخرى"


def test_a_masculine_word_in_alif_after_a_feminine_verb_is_her_name() -> None:
    q = one(f"وقالت ملالا: {W}", "لن نسمح")
    assert q.speaker == "ملالا"
    q = one(f"وأضافت ملالا {W}", "لن نسمح")
    assert q.speaker == "ملالا"


def test_near_miss_a_participle_of_manner_in_the_verbs_gender() -> None:
    q = one(f"تحدثت المديرة هالة الزين عن الميزانية. وأضافت متحسرة: {W}", "لن نسمح")
    assert q.speaker == "هالة الزين"
    q = one(f"تحدث المدير نبيل الحايك عن الميزانية. وأضاف مداعبا: {W}", "لن نسمح")
    assert q.speaker == "نبيل الحايك"
