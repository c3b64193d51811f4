"""Speakers seen on development sets r4-r7 (dev12b, seventh session of
2026-12-04), each with invented sentences of the same construction.

An object set off by commas after the subject of a verb that is no verb of
saying, a noun of a thing or an event or a derived verbal noun (تفعيل,
افتعال, انفعال, استفعال) in construct with a body or a titled person
("وأدان الحداد، قصف مستشفى الأمل، وقال «…»"), is the verb's object: no
clause of its own whose verb is that noun and whose subject is the body
or the person after it. The verb of saying after it goes on with the
sentence's subject (before, the hospital or the journalist spoke). Not a
real verb opening a clause after the comma ("، استقبله المحافظ X، وقال"),
whose subject speaks.

The same object after a family name and its comma, its genitive a body
named with a definite nisba ("وأدان الحداد، قصف مستشفى الأهلي، وتابع"),
is no description of the person (a vox pop's "عامل بناء سوداني", whose
nisba is indefinite as its noun): before, the role was "قصف مستشفى
الأهلي", and a later "رئيس الوزراء" no longer found him.
"""

from __future__ import annotations

from tests.extraction.helpers import one

LEAD = "قال رئيس الوزراء سمير الحداد إن الحكومة ماضية في خطتها.\n"
Q = "«من يظن أن العنف يكسر إرادة الناس واهم تماما»."


def test_event_noun_in_commas_with_a_body_after_it_is_the_object() -> None:
    for obj in ("مجزرة مستشفى الأمل", "تفجير مستشفى الأمل", "اقتحام مستشفى الأمل"):
        q = one(f"{LEAD}واستنكر الحداد، {obj}، وتابع {Q}", "من يظن")
        assert q.speaker == "سمير الحداد", obj
        assert q.role == "رئيس الوزراء", obj


def test_derived_verbal_noun_in_commas_with_a_person_after_it() -> None:
    q = one(f"{LEAD}وأدان الحداد، اعتقال الصحفي كريم الزيادي، وقال {Q}", "من يظن")
    assert q.speaker == "سمير الحداد"
    q = one(f"{LEAD}وأدان الحداد، استهداف وزارة الصحة، وأضاف {Q}", "من يظن")
    assert q.speaker == "سمير الحداد"


def test_near_miss_a_real_verb_opens_the_clause_after_the_comma() -> None:
    q = one(
        f"{LEAD}وعاد الوفد إلى العاصمة، استقبله المحافظ كريم الزيادي، وقال {Q}",
        "من يظن",
    )
    assert q.speaker == "كريم الزيادي"
    assert q.role == "المحافظ"
    q = one(
        f"{LEAD}وانتهت الجلسة بعد ساعتين، استقال الوزير كريم الزيادي، وقال {Q}",
        "من يظن",
    )
    assert q.speaker == "كريم الزيادي"


def test_object_with_a_bodys_definite_nisba_is_no_description() -> None:
    for obj in ("مجزرة مستشفى الأهلي", "تفجير مستشفى الأهلي"):
        q = one(f"{LEAD}واستنكر الحداد، {obj}، وتابع {Q}", "من يظن")
        assert q.speaker == "سمير الحداد", obj
        assert q.role == "رئيس الوزراء", obj


def test_near_miss_a_vox_pops_indefinite_nisba_is_a_description() -> None:
    q = one(f"{LEAD}ويقول كريم، عامل بناء سوداني، إن {Q}", "من يظن")
    assert q.speaker == "كريم"
    assert q.role == "عامل بناء سوداني"


# A line that ends on an opening mark, after a space, its closer the next
# line's first mark a few words on ('أكد رئيس حزب "\nالأمل الجديد"، X، أن'),
# is wrapped there: the line break is read as a space (offsets kept), so the
# name in marks ends the post and the name in commas speaks (before, the
# marks were never paired across the break, the phrase ended at the opener
# and the post spoke, anonymous, for this quote and the later ones).


def test_line_wrapped_right_after_an_opening_mark() -> None:
    text = (
        'أكد رئيس حزب "\nالأمل الجديد"، كريم الزيادي، أن "الانتخابات المقبلة ستكون نزيهة'
        ' وشفافة للجميع".\nوقال رئيس حزب "الأمل الجديد" إن "الحزب سيشارك في كل الدوائر".\n'
    )
    q = one(text, "الانتخابات المقبلة")
    assert q.speaker == "كريم الزيادي"
    assert q.text == "الانتخابات المقبلة ستكون نزيهة وشفافة للجميع"
    assert one(text, "الحزب سيشارك").speaker == "كريم الزيادي"
    q = one(
        "أكدت رئيسة جمعية «\nنساء الغد»، سلوى الهاشمي، أن «المشروع سيرى النور قريبا جدا».",
        "المشروع سيرى",
    )
    assert q.speaker == "سلوى الهاشمي"


def test_near_miss_a_closer_typed_after_a_space_ends_its_line() -> None:
    text = (
        'قال الوزير كريم الزيادي: "الوضع مستقر تماما في كل المناطق "\n'
        'وأضاف الوزير أن "الحكومة ستواصل العمل بلا توقف".\n'
    )
    assert one(text, "الوضع مستقر").text == "الوضع مستقر تماما في كل المناطق"
    assert one(text, "الحكومة ستواصل").text == "الحكومة ستواصل العمل بلا توقف"


# The state itself by its kind ("المملكة", "السلطنة", "الإمارة", read as a
# name before) as the subject of a present verb of saying in the
# that-clause of a person is the stance he tells for it, as a state named
# by its name already was ("إن تركيا تدعو …"); and the person may be the
# subject the verb of saying before أنّ leaves unsaid, found as its
# pronoun's is ("وقال في كلمته: إن المملكة تؤكد «…»" after the king is
# named). Before, the state spoke, as a person with no role.

KING = "أكد ملك البلاد، كريم الزيادي، حرص بلاده على الحوار مع الجميع.\n"
S = "«حرصها الدائم على تعزيز الحوار بين الدول»."


def test_the_state_itself_in_a_persons_that_clause() -> None:
    q = one(f"{KING}وقال الزيادي في كلمته إن المملكة تؤكد {S}", "حرصها الدائم")
    assert q.speaker == "كريم الزيادي"
    q = one(f"{KING}وقال الزيادي: إن السلطنة تجدد {S}", "حرصها الدائم")
    assert q.speaker == "كريم الزيادي"


def test_the_teller_is_the_verbs_unsaid_subject() -> None:
    q = one(f"{KING}وقال في كلمة له أمام الحكومة: إن المملكة تؤكد {S}", "حرصها الدائم")
    assert q.speaker == "كريم الزيادي"
    assert q.role == "ملك البلاد"
    q = one(f"{KING}وقال إن تركيا تؤكد {S}", "حرصها الدائم")
    assert q.speaker == "كريم الزيادي"


def test_near_miss_the_states_past_statement_and_a_documents_clause() -> None:
    # a past: a statement of the state's own the person reports
    q = one(f"{KING}وقال الزيادي إن المملكة أكدت في بيانها {S}", "حرصها الدائم")
    assert q.speaker != "كريم الزيادي"
    # a document's that-clause: the state, as before
    q = one(f"{KING}وذكرت البرقية أن المملكة تؤكد {S}", "حرصها الدائم")
    assert q.speaker != "كريم الزيادي"


# "الولايات المتحدة" (the United States) heads a state's name: it speaks
# ("وقالت الولايات المتحدة إن «…»"), and before its verb in a that-clause
# it is the verb's subject, those after the verb its object (before, a
# definite plural in ات was taken for a thing that names no one: no speaker,
# or the ones told spoke). Not another plural in ات ("التحقيقات"), nor the
# post that has the state for genitive ("سفير الولايات المتحدة X").

W = "«الشحنة تحمل أسلحة خفيفة متطورة»."


def test_the_united_states_speaks() -> None:
    q = one(f"وقالت الولايات المتحدة إن {W}", "الشحنة")
    assert q.speaker == "الولايات المتحدة"
    q = one(f"وأكدت الولايات المتحدة الأمريكية أن {W}", "الشحنة")
    assert q.speaker == "الولايات المتحدة الأمريكية"
    q = one(
        "وذكرت المذكرة إن الولايات المتحدة قد أخبرت الأردن ومصر في أبريل 2011 بخطط جديدة"
        " لإرسال شحنة محملة بـ «أسلحة خفيفة متطورة» إلى ليبيا.",
        "أسلحة خفيفة",
    )
    assert q.speaker == "الولايات المتحدة"


def test_near_miss_other_plurals_and_the_states_envoy() -> None:
    assert one(f"وقالت التحقيقات إن {W}", "الشحنة").speaker is None
    q = one(f"وقال سفير الولايات المتحدة كريم الزيادي إن {W}", "الشحنة")
    assert q.speaker == "كريم الزيادي"
    assert q.role == "سفير الولايات المتحدة"


# "من قبل" (by) after a document's participle names its author, as من
# alone does ("البرقية المرسلة من السفير X"): "وقالت البرقية المرسلة من
# قبل السفير X إن «…»" is the envoy's (before, the phrase ended at من, the
# document spoke). Not "من قبل" meaning "before", with no one after it.

CABLES = "كشف موقع ويكيليكس عن برقيات جديدة.\n"
V = "«الوضع في العاصمة يزداد سوءا كل يوم»."


def test_the_document_sent_by_its_author() -> None:
    q = one(f"{CABLES}وقالت البرقية المرسلة من قبل السفير كريم الزيادي إن {V}", "الوضع")
    assert q.speaker == "كريم الزيادي"
    assert q.role == "السفير"
    q = one(f"{CABLES}وجاء في البرقية المرسلة من قبل السفير كريم الزيادي أن {V}", "الوضع")
    assert q.speaker == "كريم الزيادي"


def test_near_miss_before_with_no_one_after_it() -> None:
    assert one(f"{CABLES}وحذرت البرقية من قبل أن {V}", "الوضع").speaker == "البرقية"
    q = one(f"{CABLES}وقال الوزير كريم الزيادي من قبل إن {V}", "الوضع")
    assert q.speaker == "كريم الزيادي"
