"""Phenomena found by the fresh author's set F15 (``articles_blind20.py``).

Every article here is written for the test, in sentences that are not in
F15's data files; each test fails without the rule it names.
"""

from tests.extraction.helpers import one, same_name


def test_a_short_follow_up_after_a_gesture_and_a_colon_is_a_quotation():
    # "ثم يضحك: "…"": the same speaker goes on after a gesture for a cue; a
    # quote of three words after the colon is still the speaker's words
    text = (
        'وتقول أم سمير، بائعة خضار في السوق: "لم نبع شيئا منذ الصباح بسبب المطر". '
        'ثم تتنهد: "الرزق على الله".\n'
    )
    q = one(text, "الرزق على الله")
    assert same_name(q.speaker, "أم سمير"), q
