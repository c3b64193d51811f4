"""Phenomena found in the speaker misses of the real development sets
(spka4): the speaker phrase of a cue, who the grammatical subject of the
verb of saying is, where the noun phrase after the cue starts and ends, and
when a word after the verb is no subject.

Every article here is written for the test, in sentences of its own; each
test fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_an_addressee_pronoun_before_the_subject_is_skipped():
    # "وقال لي دبلوماسي عربي", "قال لنا مسؤول": "to me", "to us" (or "to
    # the two of them", "to you") sits between the verb and its subject,
    # as له and لها do
    text = "هذا ما قاله لي دبلوماسي أوروبي حين سألته عن الأزمة: «الكل خاسر في هذه المواجهة».\n"
    q = one(text, "الكل خاسر")
    assert q.speaker == "دبلوماسي أوروبي", q
    text = "وقال لنا مسؤول حكومي إن «الميزانية لن تكفي حتى نهاية العام».\n"
    q = one(text, "الميزانية لن تكفي")
    assert q.speaker == "مسؤول حكومي", q
    text = "وقال لهما المدرب رشيد بن عمر إن «المباراة لم تنته بعد».\n"
    q = one(text, "المباراة لم تنته")
    assert q.speaker == "رشيد بن عمر", q


def test_li_before_a_name_is_no_addressee():
    # "قال لي …" before no title is not "to me": the Chinese name لي
    text = "وقال رئيس الوزراء الصيني لي كه تشيانغ إن «النمو سيبقى مستقرا هذا العام».\n"
    q = one(text, "النمو سيبقى")
    assert q.speaker == "لي كه تشيانغ", q
