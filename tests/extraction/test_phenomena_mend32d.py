"""mend32d: review B's findings 1, 2 and 5 on the nationality of a post.

"وأضاف المسؤول الأمريكي" after a named speaker whose post is American is
that speaker, when the post's nisba is spelt the other way (الأميركي،
الأمريكي) or when a nisba after a preposition names the post's field
("للملف السوري", "لدى الحكومة العراقية"), not its holder's nationality.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from claims.extraction import extract

_THEN = "إن «الحل سياسي». {verb} {official}: «لا بديل عن الحوار»."


def _last(text: str) -> tuple[str, str | None, str | None]:
    quotes = extract(text)
    assert quotes, text
    q = quotes[-1]
    return (q.text, q.speaker, q.role)


class TestTheFieldOfAPostIsNoNationality:
    """A nisba after the post's first preposition or a word glued to لل- is
    its field or place, when a nisba qualifies the head before it."""

    @pytest.mark.parametrize(
        ("speaker", "official", "who", "post"),
        [
            (
                "وقال المبعوث الأمريكي للملف السوري جون سميث",
                "المسؤول الأمريكي",
                "جون سميث",
                "المبعوث الأمريكي للملف السوري",
            ),
            (
                "وقال مستشار الرئيس الأمريكي للشؤون العراقية جون سميث",
                "المسؤول الأمريكي",
                "جون سميث",
                "مستشار الرئيس الأمريكي للشؤون العراقية",
            ),
            (
                "وقال السفير البريطاني لدى الحكومة العراقية بيتر براون",
                "المسؤول البريطاني",
                "بيتر براون",
                "السفير البريطاني لدى الحكومة العراقية",
            ),
            (
                "وقال المبعوث الفرنسي إلى الملف اللبناني جان دوبون",
                "المسؤول الفرنسي",
                "جان دوبون",
                "المبعوث الفرنسي إلى الملف اللبناني",
            ),
        ],
    )
    def test_the_official_is_the_last_speaker(
        self, speaker: str, official: str, who: str, post: str
    ) -> None:
        text = speaker + " " + _THEN.format(verb="وأضاف", official=official)
        assert _last(text) == ("لا بديل عن الحوار", who, post)

    @pytest.mark.parametrize(
        ("speaker", "official"),
        [
            # the nisba before the preposition is another nationality
            ("وقال المبعوث الأمريكي للملف السوري جون سميث", "المسؤول الأردني"),
            # no nisba before the preposition: the one after it is the body
            # he speaks for
            ("وقال المتحدث الرسمي للحكومة العراقية كريم سالم", "المسؤول الأمريكي"),
            ("وقال السفير الأمريكي جون سميث", "المسؤول الأردني"),
        ],
    )
    def test_another_nationality_still_blocks(self, speaker: str, official: str) -> None:
        text = speaker + " " + _THEN.format(verb="وأضاف", official=official)
        assert _last(text) == ("لا بديل عن الحوار", official, official)


class TestSpellingTwinsOfANisba:
    """الأميركي and الأمريكي are one nationality."""

    @pytest.mark.parametrize(
        ("speaker", "verb", "official", "who", "post"),
        [
            (
                "وقال السفير الأمريكي جون سميث",
                "وأضاف",
                "المسؤول الأميركي",
                "جون سميث",
                "السفير الأمريكي",
            ),
            (
                "وقال السفير الأميركي جون سميث",
                "وأضاف",
                "المسؤول الأمريكي",
                "جون سميث",
                "السفير الأميركي",
            ),
            (
                "وقالت السفيرة الأميركية جين سميث",
                "وأضافت",
                "المسؤولة الأمريكية",
                "جين سميث",
                "السفيرة الأميركية",
            ),
        ],
    )
    def test_the_official_is_the_last_speaker(
        self, speaker: str, verb: str, official: str, who: str, post: str
    ) -> None:
        text = speaker + " " + _THEN.format(verb=verb, official=official)
        assert _last(text) == ("لا بديل عن الحوار", who, post)

    @pytest.mark.parametrize(
        ("speaker", "official", "expected"),
        [
            # another nationality, either spelling
            ("وقال السفير الأميركي جون سميث", "المسؤول الأردني", "المسؤول الأردني"),
            # the same spelling, as before
            ("وقال السفير الأمريكي جون سميث", "المسؤول الأمريكي", "جون سميث"),
            # a nationality twin of no other: still another nationality
            ("وقالت السفيرة الأميركية جين سميث", "المسؤول السعودي", "المسؤول السعودي"),
        ],
    )
    def test_near_misses(self, speaker: str, official: str, expected: str) -> None:
        text = speaker + " " + _THEN.format(verb="وأضاف", official=official)
        assert _last(text)[1] == expected
