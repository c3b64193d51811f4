"""Inputs whose time grew faster than their length, found by fuzz16 (fourth
session of 2026-12-05): the constructions the latest rules read, each
repeated from a few hundred bytes to a long text (on one line, sentence
after sentence, or joined by و into one sentence).  Each is reduced to a
minimal invented text, and its growth measured as the lines of the engine's
Python run (a count, not a time: for a text four times longer a linear path
runs about four times the lines, a quadratic one sixteen).  The near misses
pin what the faster paths must still read.
"""

from tests.extraction.test_fuzz_templates import (
    LINEAR_GROWTH,
    growth,
    quotes_keeping_the_contract,
)


def _nickname_each(k: int) -> str:
    return " ".join(
        f'وقال العميد وائل الصافي "النمر" إن «المعبر {i} مغلق». وأضاف النمر: «لن نتراجع {i}».'
        for i in range(k)
    )


def test_a_nickname_taken_up_in_every_sentence_is_read_in_linear_time():
    # nicknamed (dev15b) went through every mention of the nickname before
    # the one it resolves, from the text's first token (list.index again
    # and again), and for each one in marks after a name through the
    # persons met before it: quadratic in the mentions (128 KB 1.8 s)
    assert growth(_nickname_each, 100) < LINEAR_GROWTH


def test_a_nickname_in_marks_after_a_full_name_still_resolves_to_him():
    # near miss: "اللواء X Y "Z"" then "وأضاف Z:"
    text = (
        'وقال العميد وائل الصافي "النمر" إن «المعبر سيبقى مغلقا». '
        "وأضاف النمر: «لن نتراجع عن مواقعنا»."
    )
    first, second = quotes_keeping_the_contract(text)
    assert first.speaker == "وائل الصافي"
    assert second.speaker == "وائل الصافي"


def test_a_nickname_two_men_share_resolves_to_neither():
    # near miss: the same nickname after two full names is nobody's
    text = (
        'وقال العميد وائل الصافي "النمر" إن «المعبر سيبقى مغلقا». '
        'وقال العقيد ماهر الدباغ "النمر" إن «الجبهة هادئة». '
        "وأضاف النمر: «لن نتراجع عن مواقعنا»."
    )
    quotes = quotes_keeping_the_contract(text)
    assert quotes[2].speaker not in ("وائل الصافي", "ماهر الدباغ")


def _participles_run(k: int) -> str:
    return " و".join(
        f"مؤكدين أن الأرض لأهلها، وأن أي تفريط في الحقوق {i} «ممنوع»" for i in range(k)
    )


def test_participles_run_together_in_one_sentence_are_read_in_linear_time():
    # chain_subject walked back over every participle of the sentence
    # before the cue, each off its sentence's first token (passed over one
    # by one): quadratic in the participles of one sentence with no quote
    # between them (128 KB 1.6 s)
    assert growth(_participles_run, 100) < LINEAR_GROWTH
