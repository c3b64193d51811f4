"""Speakers and roles seen on development sets t4-t7 (dev13b, 2026-12-05),
each with invented sentences of the same construction.

A broadcaster or paper after "نقلا عن", set off by a comma after a verb of
saying and its subject ("وأضاف الوزير X، نقلا عن التلفزيون الرسمي: «…»"),
carried the subject's words: the verb's subject speaks, as after an aside
"، بحسب البرقية،". Not when the verb's subject is itself an outlet
("وقالت الصحيفة، نقلا عن قناة محلية، إن"): the outlet relays those it
quotes, who speak; nor a source that is no outlet ("نقلا عن شهود").

An accusative participle of manner alone between a verb of saying and its
colon or mark ("وأضاف مداعبا:", "وأضافت متحسرة: «…»"), a حال that tells
how the words were said, is never their speaker: the subject is elided and
resolved as for a bare verb. Before, only the participles listed in
words._MANNER were skipped, and any other one was read as a one-word name.
Not a name after the verb ("وعلق منصور:", "وقالت مايا:").
"""

from __future__ import annotations

from tests.extraction.helpers import one

Q = "«سنعمل على بناء اقتصاد قوي في كل المحافظات دون استثناء»."


def test_outlet_after_naqlan_an_in_commas_relays_the_subject() -> None:
    q = one(
        "وأضاف وزير المالية سامر العتيبي، في حديثه أمام ندوة اقتصادية أمس، "
        f"نقلا عن التلفزيون الأردني، عقب افتتاح المعرض: {Q}",
        "سنعمل على",
    )
    assert q.speaker == "سامر العتيبي"
    assert q.role == "وزير المالية"
    q = one(f"وقال النائب فهد الراشد، نقلا عن قناة محلية، إن {Q}", "سنعمل على")
    assert q.speaker == "فهد الراشد"


def test_near_miss_outlet_subject_relays_those_it_quotes() -> None:
    q = one(f"وقالت الصحيفة، نقلا عن قناة محلية، إن {Q}", "سنعمل على")
    assert q.speaker == "قناة محلية"
    q = one(f"وقالت الصحيفة، نقلا عن شهود، إن {Q}", "سنعمل على")
    assert q.speaker == "شهود"


def test_near_miss_a_source_that_is_no_outlet_speaks() -> None:
    q = one(f"وأضاف النائب فهد الراشد، نقلا عن مصادر مطلعة، إن {Q}", "سنعمل على")
    assert q.speaker == "مصادر مطلعة"


LEAD = "وقال المدرب سالم الهاجري إن فريقه استحق الفوز في المباراة.\n"
WORDS = "“كل ما نرجوه من الاتحاد أن يترك لنا الملعب شهرا كاملا”."


def test_manner_participle_before_the_colon_is_no_speaker() -> None:
    for verb, adverb in (("وأضاف", "مداعبا"), ("وعلق", "مرتجلا"), ("وتابع", "مجاملا")):
        q = one(f"{LEAD}{verb} {adverb}: {WORDS}", "كل ما نرجوه")
        assert q.speaker == "سالم الهاجري", adverb
        assert q.role == "المدرب", adverb


def test_feminine_manner_participle_before_the_mark() -> None:
    q = one(
        "وقالت المديرة ليلى الكبيسي إن المدرسة تحتاج إلى دعم.\n"
        "وأضافت متحسرة “لم نتلق أي مساعدة منذ بداية العام الدراسي”.",
        "لم نتلق",
    )
    assert q.speaker == "ليلى الكبيسي"


def test_near_miss_a_name_after_the_verb_speaks() -> None:
    q = one(f"{LEAD}وعلق منصور: {WORDS}", "كل ما نرجوه")
    assert q.speaker == "منصور"
    q = one(f"وقالت مايا: {WORDS}", "كل ما نرجوه")
    assert q.speaker == "مايا"
