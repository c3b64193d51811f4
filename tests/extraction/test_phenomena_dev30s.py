"""Wrong speakers found on the tenth session's development set (dev30s).
Every sentence here is invented; one class per rule."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import quote_exactly

_WORDS = "لن نسمح بأي تهاون في حماية الحدود"


class TestSpeechGivenByAnUnnamedPost:
    """ "ألقى رئيس مجلس النواب كلمة قال فيها «…»": the giver of the speech
    speaks in it also when he is a post of several words with no name (an
    unnamed holder, read as anonymous) or an unnamed official; only a
    titled or named person did, and the words had no speaker."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"ألقى رئيس مجلس النواب كلمة قال فيها «{_WORDS}».",
                "رئيس مجلس النواب",
                id="a-post-in-construct",
            ),
            pytest.param(
                f"وفي ختام المناورات، ألقى قائد أركان القوات البحرية كلمة قال فيها «{_WORDS}».",
                "قائد أركان القوات البحرية",
                id="after-a-fronted-adverbial",
            ),
            pytest.param(
                f"ألقى أحد المسؤولين كلمة قال فيها «{_WORDS}».",
                "أحد المسؤولين",
                id="one-of-the-officials",
            ),
            pytest.param(
                f"وألقى مصدر مسؤول كلمة قال فيها «{_WORDS}».",
                "مصدر مسؤول",
                id="a-source-not-the-speech",
            ),
        ],
    )
    def test_the_giver_speaks(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _WORDS).speaker == speaker, text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"ألقى رئيس البرلمان سامي النجار كلمة قال فيها «{_WORDS}».",
                "سامي النجار",
                id="a-named-holder",
            ),
            pytest.param(
                f"ألقى رئيس الحكومة كلمة قال فيها «{_WORDS}».",
                "رئيس الحكومة",
                id="a-titled-post",
            ),
            pytest.param(
                f"أصدرت اللجنة التنفيذية للحزب بيانا قالت فيه «{_WORDS}».",
                "اللجنة التنفيذية للحزب",
                id="a-body-and-its-statement",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _WORDS).speaker == speaker, text
