"""Phenomena found by the fresh author's set F21 (``articles_blind26.py``).

Every article here is written for the test, in sentences that are not in
F21's data files; each test fails without the rule it names.
"""

from tests.extraction.helpers import quotes_of


def test_a_three_word_name_in_marks_after_with_is_the_interlocutor():
    # "في اتصال هاتفي مع «جوهرة أف أم»": a conversation's other side,
    # named in marks after مع, is an outlet or a body, not words said
    text = (
        "وقال رئيس البلدية، فوزي القاسمي، في حديث مع «جوهرة أف أم»، إن "
        "«الأشغال ستنطلق قبل نهاية الشهر الجاري».\n"
    )
    assert [q.text for q in quotes_of(text)] == ["الأشغال ستنطلق قبل نهاية الشهر الجاري"]
