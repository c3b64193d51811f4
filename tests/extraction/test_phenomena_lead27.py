"""A wrong answer the seventh session of 2026-12-06 left, pinned with its right
answer (a strict xfail until dev28d: the final read found it after the menders
had stopped; the rule is in test_phenomena_dev28d.py)."""

from __future__ import annotations

from claims.extraction import extract


class TestCableNoteOfAPersonWhoWroteTheCable:
    """kw29b's `e4866705` drops an editor's note opening its sentence, but a
    note that follows a cable's words belongs to the cable's writer, a person
    here as well as a body (at the start the note was the ambassador's)."""

    TEXT = (
        "وكتب السفير الأمريكي جون سميث في برقية مؤرخة في 12 أيار/مايو 2008 أن "
        "«الحكومة لا تملك خطة واضحة للإصلاح». ملاحظة: «يبدو أن الوزير يتجنب "
        "الأسئلة المحرجة»."
    )

    def test_the_cable_words_are_the_ambassadors(self):
        first = extract(self.TEXT)[0]
        assert (first.text, first.speaker, first.role, first.date) == (
            "الحكومة لا تملك خطة واضحة للإصلاح",
            "جون سميث",
            "السفير الأمريكي",
            "2008-05-12",
        )

    def test_the_note_after_them_is_his_too(self):
        quotes = extract(self.TEXT)
        assert [(q.text, q.speaker, q.date) for q in quotes[1:]] == [
            ("يبدو أن الوزير يتجنب الأسئلة المحرجة", "جون سميث", "2008-05-12")
        ]
