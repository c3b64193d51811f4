"""Regressions found by the final read of the third session of 2026-12-06
(review reports A, B and C) and mended. Every sentence here is invented.
Each mender's tests sit in a block named for its TAG.
"""

from __future__ import annotations

import pytest

from claims.extraction import extract


def _said(text: str, words: str):
    quotes = [q for q in extract(text) if q.text.strip() == words]
    assert quotes, text
    return quotes[0]


# --- mend23a --------------------------------------------------------------
# Report B finding 3 (9e0c2163): a given name that opens with و and is not
# in _GIVEN_NAMES, at the start of a sentence that is not the text's first,
# read as the verb before a name of three words. Now only a word of a
# verb's shape after و is that verb (words._verb_after_wa).

_ARRIVED = "وصل الوفد إلى العاصمة. "
_ENDED = "انتهت الجلسة مساء أمس. "

MEND23A_WA_NAMES = [
    pytest.param(
        _ARRIVED + "وصفي سالم التل، رئيس الوفد، الذي قال إن «المفاوضات صعبة».",
        "المفاوضات صعبة",
        ("وصفي سالم التل", "رئيس الوفد"),
        id="wasfi",
    ),
    pytest.param(
        _ARRIVED + "وهيب سالم الشامي، رئيس الوفد، الذي قال إن «المفاوضات صعبة».",
        "المفاوضات صعبة",
        ("وهيب سالم الشامي", "رئيس الوفد"),
        id="wahib",
    ),
    pytest.param(
        _ENDED + "وسام خليل الحسن، رئيس البلدية، الذي قال إن «الطرق مغلقة».",
        "الطرق مغلقة",
        ("وسام خليل الحسن", "رئيس البلدية"),
        id="wisam",
    ),
    pytest.param(
        _ENDED + "وهبي ناصر القاسم، مدير المدرسة، الذي أكد أن «الدوام منتظم».",
        "الدوام منتظم",
        ("وهبي ناصر القاسم", "مدير المدرسة"),
        id="wahbi",
    ),
]

MEND23A_WA_VERBS = [
    pytest.param(
        _ENDED + "وخرج سالم العلي، رئيس الوفد، الذي قال إن «المحادثات مثمرة».",
        "المحادثات مثمرة",
        ("سالم العلي", "رئيس الوفد"),
        id="went-out",
    ),
    pytest.param(
        _ENDED + "واستقبل سالم العلي، رئيس الوفد، الذي قال إن «المحادثات مثمرة».",
        "المحادثات مثمرة",
        ("سالم العلي", "رئيس الوفد"),
        id="received",
    ),
    pytest.param(
        _ENDED + "وعاد سالم العلي، رئيس الوفد، الذي قال إن «المحادثات مثمرة».",
        "المحادثات مثمرة",
        ("سالم العلي", "رئيس الوفد"),
        id="came-back",
    ),
    pytest.param(
        _ENDED + "وليد سالم الشامي، رئيس الوفد، الذي قال إن «المفاوضات صعبة».",
        "المفاوضات صعبة",
        ("وليد سالم الشامي", "رئيس الوفد"),
        id="walid-listed",
    ),
]


@pytest.mark.parametrize("text, words, expected", MEND23A_WA_NAMES + MEND23A_WA_VERBS)
def test_mend23a_given_name_with_wa(text: str, words: str, expected: tuple[str, str]) -> None:
    q = _said(text, words)
    assert (q.speaker, q.role) == expected, text
