"""What the fuzz of fuzz28 (seventh session of 2026-12-06) found and changed,
as tests on invented texts.  Its generators (seeds 28001-28399): Latin,
Greek, Hebrew, Cyrillic and Chinese names and words among Arabic ones,
marks of every family nested and left open, long sentences of many cues,
tables and lists, paragraphs repeated, zero-width and bidi control
characters, tatweel, Arabic-Indic and Persian digits, emoji, and template
articles mutated with all of these.  Every sentence here is invented for
the test.
"""

import pytest

from tests.extraction.test_fuzz_templates import quotes_keeping_the_contract


def _texts(text: str) -> list[str]:
    return [q.text for q in quotes_keeping_the_contract(text)]


class TestAnAnswerEndsAtItsLastWord:
    """An interview's answer line ("ج: …", or a name and a colon after a
    question line) ends at its last word: a full stop written after a space
    ("… كاملا ."), as Arabic pages often set it, is dropped with the space
    (the answer kept the space at its end)."""

    @pytest.mark.parametrize(
        ("text", "answer"),
        [
            (
                "س: ما رأيكم في القرار الأخير؟\nج: نحن ملتزمون بالاتفاق كاملا .",
                "نحن ملتزمون بالاتفاق كاملا",
            ),
            (
                "س: متى تبدأ الأشغال؟\nالمهندس: ستبدأ الأشغال في الربيع المقبل  ..",
                "ستبدأ الأشغال في الربيع المقبل",
            ),
            (
                "س: هل تتوقعون انفراجا قريبا؟\nج: لا أظن أن الأزمة ستنتهي قريبا\u00a0.",
                "لا أظن أن الأزمة ستنتهي قريبا",
            ),
        ],
    )
    def test_the_space_before_the_stop_is_left_out(self, text, answer):
        assert _texts(text) == [answer]

    @pytest.mark.parametrize(
        ("text", "answer"),
        [
            # near misses: the stop glued to the last word; a decimal
            # number at the end keeps its point
            (
                "س: ما رأيكم في القرار الأخير؟\nج: نحن ملتزمون بالاتفاق كاملا.",
                "نحن ملتزمون بالاتفاق كاملا",
            ),
            (
                "س: كم بلغت نسبة النمو؟\nج: بلغت نسبة النمو هذا العام 3.5",
                "بلغت نسبة النمو هذا العام 3.5",
            ),
        ],
    )
    def test_other_answers_read_as_before(self, text, answer):
        assert _texts(text) == [answer]
