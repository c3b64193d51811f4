"""Quote marks and unmarked speech as real web text writes them (the
real-article sets r6-r8).

Every article here is written for the test, in sentences that are not in
the real articles; each test fails without the rule it names.
"""

from tests.extraction.helpers import one, quotes_of


def test_straight_apostrophes_used_as_quote_marks():
    # '…': a page that typed each mark as one straight apostrophe, after a
    # that-clause's subject and after a participle; a name in apostrophes
    # after a label noun stays a name, a Latin apostrophe stays a letter
    text = (
        "وقال وزير الزراعة سالم العتيبي، أمس، إن الحكومة 'ستدعم صغار المزارعين بقروض "
        "ميسرة هذا العام'، مؤكدا أن 'الموسم سيكون أفضل من سابقه'. وزار الوزير مشروع "
        "'الواحة الخضراء' في الجنوب برفقة ممثل عن شركة l'eau الفرنسية.\n"
    )
    q = one(text, "ستدعم صغار المزارعين")
    assert q.text == "ستدعم صغار المزارعين بقروض ميسرة هذا العام", q
    assert q.speaker == "سالم العتيبي" and q.role == "وزير الزراعة", q
    q = one(text, "الموسم سيكون")
    assert q.text == "الموسم سيكون أفضل من سابقه" and q.speaker == "سالم العتيبي", q
    assert len(quotes_of(text)) == 2
