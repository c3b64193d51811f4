"""A clause opened by its own verb is no subject before وقال (session of
2026-12-03).

"وانتقد الوزير أمين X الحكومة وقال إن": read back from وقال, the words are a
clause (verb, subject, object), not a subject before the verb of saying; the
verb's own word must never come out as the speaker. Every article here is
invented for the test; the first test fails without the rule.
"""

from tests.extraction.helpers import one


def test_the_opening_verb_is_never_the_speaker():
    for verb, subject, speaker in (
        ("وانتقد", "الوزير أمين الجميل", "أمين الجميل"),
        ("وهاجم", "أمين الحافظ", "أمين الحافظ"),
        ("واستقبل", "الرئيس أمين معلوف", "أمين معلوف"),
    ):
        q = one(f'{verb} {subject} الحكومة وقال إن "الوضع صعب جدا".', "صعب جدا")
        assert q.speaker == speaker, (verb, subject, q)


def test_a_subject_before_its_verb_still_speaks():
    # negative: subject–verb order, no verb before the subject
    q = one('والوزير أمين الجميل قال إن "الوضع صعب جدا".', "صعب جدا")
    assert q.speaker == "أمين الجميل", q
