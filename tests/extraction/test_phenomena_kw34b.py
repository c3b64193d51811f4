"""kw34b: strict xfails made to pass, and known weaknesses from the bottom.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from claims.extraction import extract


def _full(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(q.text, q.speaker, q.role, q.date) for q in extract(text)]


class TestLineageOfAnUnknownGivenName:
    """A name in marks after a title whose given name the engine does not
    know, a bare word the link of a lineage (بن، بنت) follows, then the
    lineage, seven words or more: the person's name, no words said
    (read27d's feminine lineage)."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "وقالت الأميرة “سارة بنت خالد بن مساعد بن عبد العزيز”، إن “المبادرة تخدم الشباب”.",
                (
                    "المبادرة تخدم الشباب",
                    "سارة بنت خالد بن مساعد بن عبد العزيز",
                    "الأميرة",
                    None,
                ),
            ),
            (
                "وصرح الأمير “تركي بن طلال بن عبد العزيز آل سعود”، بأن “المنطقة تشهد نموا”.",
                ("المنطقة تشهد نموا", "تركي بن طلال بن عبد العزيز آل سعود", "الأمير", None),
            ),
            (
                "وقالت الأميرة “نورة بنت فيصل بن تركي بن عبد الله”، إن “التعليم أساس "
                "النهضة في كل بلد”.",
                (
                    "التعليم أساس النهضة في كل بلد",
                    "نورة بنت فيصل بن تركي بن عبد الله",
                    "الأميرة",
                    None,
                ),
            ),
        ],
    )
    def test_the_name_is_no_quote(self, text: str, expected: tuple) -> None:
        assert _full(text) == [expected]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                # a verb after the lineage: words said
                "وقال الأمير “بندر بن سلطان زار باريس أمس مع الوفد”، إن “الزيارة ناجحة”.",
                [("بندر بن سلطان زار باريس أمس مع الوفد", "الأمير", "الأمير", None)],
            ),
            (
                "وقالت الأميرة “ريما بنت بندر وصلت إلى المدينة صباح اليوم”.",
                [("ريما بنت بندر وصلت إلى المدينة صباح اليوم", "الأميرة", "الأميرة", None)],
            ),
            (
                # a word opening the marks that is no name, before the links
                "وقال المتحدث “هذا بن عمك بن خالك بن جارك” ضاحكا.",
                [("هذا بن عمك بن خالك بن جارك", "المتحدث", "المتحدث", None)],
            ),
            (
                "وقالت المديرة: “ابنة الجيران بنت المدرسة بن النادي بن الحي”.",
                [("ابنة الجيران بنت المدرسة بن النادي بن الحي", "المديرة", "المديرة", None)],
            ),
        ],
    )
    def test_near_misses(self, text: str, expected: list) -> None:
        assert _full(text) == expected
