"""The conjunction و written apart from its word (Moroccan press: "و أضاف",
"العدالة و التنمية") is read glued to it wherever it stands: at the start of
the text, after a line break, a space or a no-break space; a و that ends a
word, or one before a Latin word, is left alone. engine._SPACED_WA opens
with the letter itself (a faster pattern than its lookbehind-first form);
these pin the places it must and must not join."""

import pytest

from claims.extraction import extract
from claims.extraction.engine import _join_spaced_wa


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("و قال", "وقال"),
        ("سطر\nو قال", "سطر\nوقال"),
        ("كلمة و قال", "كلمة وقال"),
        ("كلمة\u00a0و\u00a0\u00a0قال", "كلمة\u00a0وقال"),
        ("كلمة\tو\tقال", "كلمة\tوقال"),
        # a و ending a word, and one before a Latin word or a digit, stay
        ("نحو قال", "نحو قال"),
        ("كلمة و Paris", "كلمة و Paris"),
        ("كلمة و 12", "كلمة و 12"),
        ("«و قال", "«و قال"),
    ],
)
def test_a_conjunction_written_apart_is_joined_only_after_a_space(text, joined):
    rewritten, offsets = _join_spaced_wa(text, None)
    assert rewritten == joined
    # the map back covers the original: the joined word spans و and its spaces
    assert offsets is None or (len(offsets) == len(rewritten) + 1 and offsets[-1] == len(text))


def test_a_verb_of_saying_written_apart_from_its_conjunction_at_a_line_start():
    text = (
        "افتتحت الجمعية مقرها الجديد في المدينة.\n"
        "و أضاف رئيس الجمعية سمير الودغيري: «سنواصل العمل مع الشباب في كل الأحياء».\n"
    )
    (q,) = extract(text)
    assert q.speaker == "سمير الودغيري"
    assert q.cue == "و أضاف"
    assert text[q.start : q.end] == q.text
