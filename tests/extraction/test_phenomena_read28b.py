"""Mends of reviewer A's read of dev28s (mend28b, findings 4 to 7); every
sentence here is invented.

4. A body's one-word short name in marks after its full name in construct
   with a post, then the holder's name up to أنّ or a colon: the holder
   speaks whatever the name's first word (a foreign given name, a title
   that is also a given name), not only a given name on the list.
"""

from __future__ import annotations

import pytest

from tests.extraction.helpers import quote_exactly

_WORDS = "الوضع تحت السيطرة"


def _check(text, words, speaker, role):
    q = quote_exactly(text, words)
    assert (q.speaker, q.role, q.date) == (speaker, role, None)
    assert text[q.start : q.end] == words


class TestAnyHoldersNameAfterABodysShortNameInMarks:
    """ "المسؤول في وكالة الأنباء «X» Y Z إن": two or three name-like words
    after a one-word short name in marks, up to أنّ or a colon, are the
    holder's name; the short name stays in the role."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            (
                f"وقال المسؤول الإعلامي لوكالة الأنباء «وام» سلطان الجابر إن «{_WORDS}».",
                "سلطان الجابر",
                "المسؤول الإعلامي لوكالة الأنباء «وام»",
            ),
            (
                f"وقال المتحدث باسم منظمة الأمم المتحدة للطفولة «يونيسف» جيمس إلدر إن «{_WORDS}».",
                "جيمس إلدر",
                "المتحدث باسم منظمة الأمم المتحدة للطفولة «يونيسف»",
            ),
            (
                f"وقالت رئيسة منظمة العفو الدولية «أمنستي» أنييس كالامار: «{_WORDS}».",
                "أنييس كالامار",
                "رئيسة منظمة العفو الدولية «أمنستي»",
            ),
            (
                f"وقالت مديرة الإعلام في وكالة الأنباء «سبأ» ماريا غونزاليس: «{_WORDS}».",
                "ماريا غونزاليس",
                "مديرة الإعلام في وكالة الأنباء «سبأ»",
            ),
        ],
    )
    def test_the_holder_speaks(self, text, speaker, role):
        _check(text, _WORDS, speaker, role)

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            # (the person's own name in marks, two words: as before)
            (
                f"وقال وزير الخارجية «علي كرتي» أمس إن «{_WORDS}».",
                "علي كرتي",
                "وزير الخارجية",
            ),
            # (one word in marks, then no name: a time, a preposition)
            (
                f"وقال رئيس الوزراء «نتنياهو» خلال اللقاء إن «{_WORDS}».",
                "نتنياهو",
                "رئيس الوزراء",
            ),
            (
                f"وقال المتحدث باسم الحركة «أبو عبيدة» في كلمة مصورة إن «{_WORDS}».",
                "أبو عبيدة",
                "المتحدث باسم الحركة",
            ),
            # (a given name on the list: as before)
            (
                f"وقال رئيس حزب الأمل «نور» سامي حداد إن «{_WORDS}».",
                "سامي حداد",
                "رئيس حزب الأمل «نور»",
            ),
        ],
    )
    def test_near_misses(self, text, speaker, role):
        _check(text, _WORDS, speaker, role)
