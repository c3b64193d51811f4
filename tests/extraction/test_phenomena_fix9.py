"""Fixes made by the lead at the end of the session of 2026-12-04 (fifth):
a relative joined by و after a word that is no name must not crash the
engine.

Every article here is written for the test, in invented sentences.
"""

from claims.extraction import extract
from tests.extraction.helpers import one


def test_a_relative_joined_by_wa_after_a_common_noun_is_read_without_error():
    # "… مثمرا والذي قال عنه الوزير": subject_before takes "والذي" for a
    # relative whose antecedent is the word before it; when no name ends
    # there, named_before_relative looks up the relative's agreement, which
    # must know the form with و (it raised KeyError)
    text = "وكان اللقاء في المدينة مثمرا والذي قال عنه المحافظ إن «النتائج فاقت كل التوقعات»."
    q = one(text, "النتائج فاقت")
    assert q.speaker == "المحافظ"


def test_a_relative_joined_by_wa_after_a_report_gives_no_wrong_speaker():
    # the same path after an indefinite object: no name ends before the
    # relative, so no person is made up from it
    text = "ونشرت الجمعية تقريرا مفصلا والذي قال إن «الأسعار سترتفع مجددا»."
    quotes = extract(text)
    assert [q.text for q in quotes] == ["الأسعار سترتفع مجددا"]
    assert quotes[0].speaker is None or "تقريرا" not in quotes[0].speaker
