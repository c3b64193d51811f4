"""The lead's mends of the eighth session of 2026-12-06 (invented sentences)."""

import pytest

from claims.extraction import extract

R = "«الوضع تحت السيطرة»"


def _only(text):
    quotes = extract(text)
    assert len(quotes) == 1, quotes
    return quotes[0]


class TestADefiniteTitleIsNoConstructHead:
    """An outlet's head and one word after a title end the post only in the
    title's construct (mend28e's `19472ac2`); a definite title is no
    construct's head, so the outlet or place after it is the verb's object
    and the title speaks (kw13a's `وتفقد المحافظ موقع الانفجار`)."""

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            (f"وتفقد المحافظ موقع الانفجار، وقال إن {R}.", "المحافظ"),
            (f"وزار القنصل موقع الحادث، وقال إن {R}.", "القنصل"),
            (f"وتفقدت الوزيرة موقع المشروع، وقالت إن {R}.", "الوزيرة"),
        ],
    )
    def test_the_title_speaks(self, text, speaker):
        q = _only(text)
        assert q.speaker == speaker
        assert q.role == speaker

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            (f"وقالت رئيسة تحرير مجلة النهضة: {R}.", "رئيسة تحرير مجلة النهضة"),
            (f"وعلق مؤسس موقع الحدث {R}.", "مؤسس موقع الحدث"),
        ],
    )
    def test_near_miss_an_outlet_in_a_titles_construct_ends_the_post(self, text, speaker):
        assert _only(text).speaker == speaker

    # (fixed by kw33b: after a verb of visiting, a bare outlet or body right
    # after a title with the article is the verb's object)
    def test_known_wrong_an_outlet_visited(self):
        assert _only(f"وزار الوزير قناة الجزيرة، وقال إن {R}.").speaker == "الوزير"
