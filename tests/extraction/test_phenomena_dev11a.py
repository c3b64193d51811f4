"""Development sets of the seventh session of 2026-12-04 (dev11a): wrong
speakers on real news, each construction shown on invented sentences.

Words said with no marks after a verb of saying and its colon run to the
end of their line when it has no stop; the next line's verb with its
subject is the next sentence's, not the speaker after the words:
"وأضاف: …\\nبالمقابل، أشار X إلى أن …" is still the one who went on
(before, X: the verb after a one-word adverbial and its comma was read
as "«…»، قال X", the line's first token skipped as if it were the
closing mark).  Words in marks with "، قال X" after them are still X's,
and so are words of a paragraph opened by a mark never closed that a
verb after a comma ends.

Every sentence here is invented. The positive tests fail before the rule
they test; the negative ones hold the near misses where it must not fire.
"""

import pytest

from tests.extraction.helpers import said, same_name

_FIRST = "وقال سمير حداد وزير الزراعة: نحتاج إلى خطة جديدة للري\n"


@pytest.mark.parametrize(
    "words, line",
    [
        (
            "وأضاف: مهمتنا حماية الأراضي الزراعية من الجفاف",
            "بالمقابل، نبه القادم الجديد على الحكومة إلى أن البلاد بخير",
        ),
        (
            "وتابع: علينا أن نبحث عن موارد جديدة للمياه",
            "بدوره، أكد كريم سالم أن الخطة متأخرة",
        ),
        # (a woman after a man's verb: nothing agrees, she took it still)
        (
            "وأوضح: سنطلق برنامجا لتحلية المياه في الجنوب",
            "كذلك، قالت هند العلوي إن البرنامج مكلف",
        ),
        (
            "واستطرد قائلا: لن نترك المزارعين وحدهم أمام الأزمة",
            "بالمقابل، حذر يوسف الكعبي من أن المياه الجوفية تنفد",
        ),
        (
            "وأضاف: لن نترك المزارعين وحدهم أمام الأزمة",
            "لاحقا، صرح الوافد الجديد على القطاع بأن المياه تكفي",
        ),
    ],
)
def test_unmarked_words_to_the_line_end_keep_their_speaker(words, line):
    text = f"{_FIRST}{words}\n{line}\n"
    q = said(text, words.split(": ", 1)[1][:12])
    assert same_name(q.speaker, "سمير حداد")


@pytest.mark.parametrize(
    "text",
    [
        # words in marks, then the comma and the verb with its subject
        _FIRST + '"لن نترك المزارعين وحدهم أمام الأزمة"، قال كريم سالم رئيس النقابة.\n',
        # a paragraph opened by a mark never closed, ended by the verb after a comma
        _FIRST + '\n"لن نترك المزارعين وحدهم أمام الأزمة الحالية، قال كريم سالم رئيس النقابة.\n',
    ],
)
def test_speaker_after_the_words_near_misses(text):
    assert same_name(said(text, "لن نترك").speaker, "كريم سالم")
