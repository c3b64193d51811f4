"""Review of the sixth session of 2026-12-05's engine commits (rev21).

Near misses the review found untested: each pins one guard of a rule of that
session on its own (the rule's tests passed with the guard removed). Every
sentence here is invented; each passes before and after the review's
changes (which change no answer).

1. dev18s (5452d22f): bare نسب before a definite word is the noun "rates"
   unless a word of _BEFORE_ATTRIBUTED stands before it or إلى follows in
   its clause (attributed_ahead). The session's near miss, "ما نسب إلى",
   holds by either guard; here each holds alone: "وقد نسب التلفزيون للوزير
   قوله" (the particle لـ, no إلى: only the word before), "أن التلفزيون
   نسب الخميس إلى الرئيس قوله" (a noun before it: only the إلى after), and
   "كما نسب التقرير إلى الوزير قوله", which the rule's docstring names.
"""

from __future__ import annotations

import pytest

from claims.extraction import extract

_LEAD = "قال المسؤول إن الوضع صعب. "
_WORDS = "لن نسمح بالفوضى في البلاد"


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        # (the word before: no إلى in the clause)
        (f'وقد نسب التلفزيون الرسمي للوزير قوله "{_WORDS}".', "الوزير"),
        # (إلى after it: a noun before)
        (f'وذكرت الصحيفة أن التلفزيون نسب الخميس إلى الرئيس قوله "{_WORDS}".', "الرئيس"),
        # (both)
        (f'كما نسب التقرير إلى الوزير قوله "{_WORDS}".', "الوزير"),
    ],
    ids=["qad-before-li", "noun-before-ila", "kama-ila"],
)
def test_attributing_nasaba_each_guard_alone(sentence: str, speaker: str) -> None:
    assert (_WORDS, speaker) in [(q.text, q.speaker) for q in extract(_LEAD + sentence)]
