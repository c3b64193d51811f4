"""speed30: front-end speed changes; each must keep the output as it was.

These are correctness guards, no timings: each fast path gives exactly what
the slower code it replaces gave."""

from __future__ import annotations

import random

from claims.extraction import extract
from claims.extraction.words import _TOKEN_SPLIT, split_parts


class TestSplitPartsIsTheTokenSplit:
    """split_parts reads a run of words with single spaces as one regex
    match and cuts it with str.split: the parts (separators and tokens) are
    _TOKEN_SPLIT's, whatever the spaces, line breaks and marks."""

    CASES = (
        "",
        " ",
        "قال",
        "قال الوزير",
        'قال الوزير سامر الخطيب: "سنفتح الطريق".',
        # (two spaces, a tab, a no-break space, a line break: no run spans them)
        "قال  الوزير\tسامر\u00a0الخطيب\nإن",
        # (spaces at both ends, a mark glued to a word on each side)
        "  «الحرب انتهت»، قال  ",
        # (digits, Latin, accented Latin in runs; a mark between two words)
        "في 12 مايو 2024 قال abc déjà-vu x.y",
        # (a character outside the word class inside a word: tatweel, a
        # combining mark, an upper-case letter)
        "قـال الوزيرُ Ali",
        "\n\n\u3000،؛ ؟!",
    )

    def test_cases(self) -> None:
        for text in self.CASES:
            assert split_parts(text) == _TOKEN_SPLIT.split(text), text

    def test_random_texts(self) -> None:
        # (near miss for every shortcut: random strings of words, spaces of
        # several kinds and marks)
        pieces = ["قال", "الوزير", "x", "12", "é", " ", " ", "  ", "\n", "\t", "،", ".", "«", "»"]
        pieces += ['"', ":", "ـ", "\u00a0", "A", "\u064b"]
        rng = random.Random(30)
        for _ in range(3000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 30)))
            assert split_parts(text) == _TOKEN_SPLIT.split(text), repr(text)

    def test_quote_read(self) -> None:
        text = 'وقال الوزير كمال النجار: "سنفتح الطريق  الأسبوع المقبل".'
        got = extract(text)
        assert [q.text for q in got] == ["سنفتح الطريق  الأسبوع المقبل"]
        assert got[0].speaker == "كمال النجار"
