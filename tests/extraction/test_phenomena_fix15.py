"""Unmarked speech after a colon never takes in marks paired over a line
break (session of 2026-12-05).

"وأضاف المدير:\\nنريد أن" نفهم؟\\n"…"": a stray mark at the end of the words
said pairs with the opening mark of the next paragraph's quote; the words
after the colon used to jump over that pair as a short name in marks and run
on into the next paragraph, over the quote filed there on its own (two
overlapping spans). The words now end at their paragraph's end. Every
article here is invented for the test.
"""

import itertools

from claims.extraction import extract

TEXT = (
    'وأضاف المدير:\nنريد من الجميع أن" نفهم ما جرى؟\n'
    '"سنعيد فتح المصنع في الربيع المقبل" وختم حديثه.'
)


def _spans(text):
    qs = sorted(extract(text), key=lambda q: q.start)
    return [(text[q.start : q.end], q.speaker) for q in qs]


def test_unmarked_words_stop_at_their_paragraph_end():
    qs = sorted(extract(TEXT), key=lambda q: q.start)
    for a, b in itertools.pairwise(qs):
        assert a.end <= b.start, [(q.start, q.end) for q in qs]
    assert ("سنعيد فتح المصنع في الربيع المقبل", "المدير") in _spans(TEXT)
    assert all("\n" not in TEXT[q.start : q.end] for q in qs)


def test_a_short_name_in_marks_inside_the_words_is_still_taken_in():
    # near miss: marks on the same line, a short name inside the words said
    text = 'وأضاف المدير قائلا: نشكر العمال في "مصنع النسيج" على جهودهم الكبيرة هذا العام.'
    assert _spans(text) == [('نشكر العمال في "مصنع النسيج" على جهودهم الكبيرة هذا العام', "المدير")]
