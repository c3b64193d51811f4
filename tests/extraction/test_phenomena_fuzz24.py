"""What the template fuzz of fuzz24 (fourth session of 2026-12-06) found
and changed, as tests on invented texts.  A span of the folded text that
ends among the letters one character folded into: "ﷺ" folds into four
words (صلى الله عليه وسلم), and a name or a role read up to one of them was
cut at the ligature's start, to nothing when it began there too (an
IndexError in nicknamed, a speaker ending in a space).  Every sentence here
is invented for the test.
"""

import pytest

from claims.extraction.normalize import fold_with_offsets
from claims.extraction.words import _Doc
from tests.extraction.test_fuzz_templates import quotes_keeping_the_contract

# -- a span ending inside a ligature's letters ------------------------------------


class TestASpanEndingAmongALigaturesLetters:
    @pytest.mark.parametrize(
        "text",
        [
            # a name read from the ligature's letters alone: the speaker's
            # words came back empty (IndexError)
            "قال ﷺ: «الدين النصيحة».",
            "وقال الشيخ ﷺ إن «الصبر مفتاح الفرج».",
            "مدير ﷺ:ل 1 أ",  # (the fuzz's text, reduced)
        ],
    )
    def test_a_name_read_from_the_ligature_alone_does_not_raise(self, text):
        for q in quotes_keeping_the_contract(text):
            assert q.speaker and q.speaker == q.speaker.strip()

    @pytest.mark.parametrize(
        ("text", "speaker", "role"),
        [
            # the name ended at the ligature's start, with its space
            ("قال النبي محمد ﷺ: «إنما الأعمال بالنيات».", "النبي محمد ﷺ", None),
            ("قال رسول الله ﷺ: «الكلمة الطيبة صدقة».", "رسول الله ﷺ", None),
            # the role too ("مدير ")
            ("قال مدير ﷻ: «كلام كثير»", "ﷻ", "مدير ﷻ"),
        ],
    )
    def test_a_name_or_a_role_ending_in_the_ligature_keeps_it_whole(self, text, speaker, role):
        (q,) = quotes_keeping_the_contract(text)
        assert (q.speaker, q.role) == (speaker, role)

    @pytest.mark.parametrize(
        ("text", "quote", "speaker"),
        [
            # near misses: a ligature inside the quote, a ligature of one
            # word (no space in its letters), one after the name
            (
                "وقال الخطيب: «نصلي على النبي ﷺ في كل جمعة».",
                "نصلي على النبي ﷺ في كل جمعة",
                "الخطيب",
            ),
            ("وقال الوزير: «ﻻ تراجع عن القرار».", "ﻻ تراجع عن القرار", "الوزير"),
            ("قال الشيخ يوسف الراشد: «ﷲ أكبر».", "ﷲ أكبر", "يوسف الراشد"),
            (
                "وأضاف الداعية سامي الحداد أن النبي ﷺ كان يقول: «يسروا ولا تعسروا».",
                "يسروا ولا تعسروا",
                "سامي الحداد",
            ),
        ],
    )
    def test_ligatures_elsewhere_read_as_before(self, text, quote, speaker):
        (q,) = quotes_keeping_the_contract(text)
        assert (q.text, q.speaker) == (quote, speaker)

    def test_the_end_of_a_span_among_the_letters_is_after_the_ligature(self):
        text = "قال ﷺ له"
        folded, offsets = fold_with_offsets(text)
        doc = _Doc(text, folded, offsets)
        start = folded.index("الله")
        assert doc.orig(start, start + len("الله")) == "ﷺ"
        assert doc.oend(folded.index(" له")) == text.index(" له")
        assert doc.orig(0, 3) == "قال"
        # one-to-one folds and deleted marks map as before: the end is
        # where the next kept character starts
        text = "قَالَ الوزير"
        folded, offsets = fold_with_offsets(text)
        doc = _Doc(text, folded, offsets)
        assert doc.orig(0, 3) == "قَالَ"
