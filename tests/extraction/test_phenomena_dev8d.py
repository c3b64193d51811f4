"""Marks typed askew (dev8d, 2026-12-04).

An opener typed glued to the word before it, its space after ("قائلا
فيه” نحن …”"), is read as an opener when the next mark of its family on
the line closes; a name in a pair of that family on the way ("… إلى
“يوم الغضب” ولا …”") no longer stops it: the pair is passed over and the
mark after it closes the words.  Not a closer with no mark of its family
left on its line, nor one followed by a pair and nothing to close.
"""

from __future__ import annotations

from tests.extraction.helpers import quotes_of, said


def test_a_glued_opener_reaches_past_a_name_in_marks():
    text = (
        "وكتب النائب سمير الحداد على صفحته، قائلا فيه” نحن لم ندع إلى "
        "“يوم الغضب” ولا نريد قيادة الشارع كما يزعمون، وموقفنا معروف”.\n"
    )
    q = said(text, "نحن لم ندع إلى")
    assert q.text.endswith("وموقفنا معروف")
    assert q.speaker == "سمير الحداد"


def test_a_closer_with_only_a_pair_after_it_opens_nothing():
    # near miss: the closer ends a headline's words, a pair follows, and
    # nothing is left for it to close
    text = (
        "انتقد النائب سمير الحداد خصومه الذين يقودون حملة منظمة” "
        "وقال في “بيان رسمي” نشره أمس إن الحزب لن يتراجع.\n"
    )
    assert not any(q.text.startswith("وقال في") for q in quotes_of(text))
