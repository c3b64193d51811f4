"""Speakers of real news text (fourth session of 2026-12-06, dev24s).

Constructions that gave a quote a wrong speaker in the development
excerpts; every sentence here is invented.

1. A circumstantial clause of answering between the verb of saying and
   the words ("وأكد X، وهو يجيب على أسئلة النواب، أن «…»", "وقال X وهو
   يجيب على سؤال «…»", "وأضافت وهي تجيب على أسئلة الصحفيين: «…»"): the
   present of أجاب is a cue, and على after it, written with its alif
   maqsura, was read as the name Ali, so "على أسئلة النواب" spoke, for
   these words and the ones after. أجاب takes its complement with على as
   رد does, and على so written is that preposition now (phrases._ALA_VERBS);
   the subject named before speaks. Kept: the name written with its ya
   ("وأجاب علي الخطيب على سؤال الصحفيين:", "وأجاب الوزير علي الخطيب:"),
   while a bare title right after the verb ends before على ("وأجاب
   الوزير على سؤال النواب قائلا:" gave "الوزير على"). Left: على so
   written right after أجاب and before a name ("وأجاب على الخطيب:") is
   the preposition now, no speaker, as after رد, علق or أكد.
"""

from __future__ import annotations

import pytest

from claims.extraction import extract


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract(text)]


class TestAnsweringOnIsAPreposition:
    @pytest.mark.parametrize(
        "text, words, speaker",
        [
            (
                "قال وزير المالية سمير خالد إن الميزانية متوازنة.\n"
                'وأكد خالد، وهو يجيب على أسئلة النواب، أن "الضرائب لن ترتفع هذا العام".',
                "الضرائب لن ترتفع هذا العام",
                "سمير خالد",
            ),
            (
                "أعلن مدرب المنتخب كريم الصافي قائمة اللاعبين.\n"
                'وقال الصافي وهو يجيب على سؤال حول الإصابات "سنلعب بالتشكيلة الكاملة غدا".',
                "سنلعب بالتشكيلة الكاملة غدا",
                "كريم الصافي",
            ),
            (
                "قالت مديرة المستشفى سلوى العمري إن الأجنحة الجديدة جاهزة.\n"
                'وأضافت وهي تجيب على أسئلة الصحفيين: "لا نقص في الأدوية إطلاقا".',
                "لا نقص في الأدوية إطلاقا",
                "سلوى العمري",
            ),
            (
                "استقبل رئيس البلدية نبيل عزوز وفدا من التجار.\n"
                'وشدد عزوز، وهو يجيب على تساؤلات التجار، على أن "السوق ستفتح في موعدها".',
                "السوق ستفتح في موعدها",
                "نبيل عزوز",
            ),
            (
                'وأجاب الوزير على سؤال النواب قائلا: "لن نرفع الضرائب هذا العام".',
                "لن نرفع الضرائب هذا العام",
                "الوزير",
            ),
        ],
        ids=["affirmed-commas", "said-no-comma", "added-colon", "stressed-ala", "title-then-ala"],
    )
    def test_the_subject_before_speaks(self, text, words, speaker):
        assert (words, speaker) in _speakers(text)

    @pytest.mark.parametrize(
        "text, words, speaker",
        [
            (
                'وأجاب علي الخطيب على سؤال الصحفيين: "لن نرفع الضرائب هذا العام".',
                "لن نرفع الضرائب هذا العام",
                "علي الخطيب",
            ),
            (
                'وأجاب الوزير علي الخطيب: "لن نرفع الضرائب هذا العام".',
                "لن نرفع الضرائب هذا العام",
                "علي الخطيب",
            ),
        ],
        ids=["ali-with-ya", "titled-ali-with-ya"],
    )
    def test_near_misses_keep_their_speaker(self, text, words, speaker):
        assert (words, speaker) in _speakers(text)
