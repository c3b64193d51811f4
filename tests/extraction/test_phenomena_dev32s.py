"""Wrong speakers found on the twelfth session's development set (dev32s).
Every sentence here is invented; one class per rule."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import quote_exactly

_WORDS = "لن نقبل بأي مساس بحصتنا من المياه"
_BEFORE = "وقال متحدث باسم وزارة الري إن المفاوضات متعثرة.\n"


class TestPluperfectSubjectSetOffByAComma:
    """ "وكان الرئيس X، شدد على أن «…»": كان opens the clause, its subject
    (a titled person, a post, a bare name) is set off from the verb by a
    comma with no قد between; the subject speaks. Before, the verb read as
    having no subject and its pronoun went back to the speaker before."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"{_BEFORE}وكان الرئيس كمال الدباغ، شدد على أن “{_WORDS}”.",
                "كمال الدباغ",
                id="a-titled-name",
            ),
            pytest.param(
                f"{_BEFORE}وكان رئيس الوزراء نبيل الشامي، شدد في كلمته على أن “{_WORDS}”.",
                "نبيل الشامي",
                id="a-post-and-name-then-where",
            ),
            pytest.param(
                f"{_BEFORE}وكان وزير الخارجية، أكد أن “{_WORDS}”.",
                "وزير الخارجية",
                id="a-post-with-no-name",
            ),
            pytest.param(
                f"{_BEFORE}وكان المتحدث باسم الحزب، شدد على أن “{_WORDS}”.",
                "المتحدث باسم الحزب",
                id="a-spokesman",
            ),
            pytest.param(
                f"{_BEFORE}وكان كمال الدباغ، شدد على أن “{_WORDS}”.",
                "كمال الدباغ",
                id="a-bare-name",
            ),
        ],
    )
    def test_the_subject_speaks(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _WORDS).speaker == speaker, text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"{_BEFORE}وكان الرئيس كمال الدباغ قد شدد على أن “{_WORDS}”.",
                "كمال الدباغ",
                id="with-qad-no-comma",
            ),
            pytest.param(
                f"{_BEFORE}وكان الاجتماع هادئا، قال: “{_WORDS}”.",
                "متحدث باسم وزارة الري",
                id="kana-and-its-predicate",
            ),
            pytest.param(
                f"{_BEFORE}وكان الرئيس كمال الدباغ، رئيس الحزب، قال: “{_WORDS}”.",
                "كمال الدباغ",
                id="an-apposition-in-commas",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _WORDS).speaker == speaker, text
