"""Phenomena found by the fresh author's set F6 (``articles_blind11.py``).

Every article here is written for the test, in sentences that are not in
F6's data files; each test fails without the rule it names.
"""

from claims.extraction import normalize
from tests.extraction.helpers import one, quotes_of


def test_a_body_named_in_marks_before_its_words_in_marks_is_no_quote():
    # "وصفها «تجمع X» «…»": two marked spans side by side, the first a body's
    # name (a gathering, a union, a party), the second what it says
    text = (
        "ورفضت النقابات القرار الجديد، إذ وصفه «تجمع المعلمين المستقلين» "
        "«بأنه قرار ظالم لا يراعي أوضاع الأساتذة في المدارس الرسمية»، مهددا بالإضراب."
    )
    texts = [normalize(q.text) for q in quotes_of(text)]
    assert normalize("تجمع المعلمين المستقلين") not in texts, texts
    one(text, "قرار ظالم")
