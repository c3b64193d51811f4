"""Mends of review A's findings 4, 5, 6, 7 and 9 on the seventh session of
2026-12-06 (dev27r, dev27s), mender mend27b. Every sentence here is
invented; one class per rule. Each case asserts the quote's words, speaker,
role and date."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import only_quote


def _read(text: str) -> tuple[str, str | None, str | None, str | None]:
    q = only_quote(text)  # (checks text[start:end] == the quote's text)
    return q.text, q.speaker, q.role, q.date


class TestABareNameUrgesThePeopleOnSomething:
    """ "وحث X Y الشباب على المشاركة، قائلا «…»": scan_np ends a name read
    with no title before a plural of people followed by على/إلى (dev27r),
    the verb's object; the bare name is then the verb's subject as when the
    preposition follows it right away ("ودافع X عن"): verb_preposition_at
    passes the plural and others joined by و to the preposition (review A
    item 4: the name was lost and the quote had no speaker). Near misses: a
    title before the name, a family name before the quote's colon, a plural
    before في (already right)."""

    @pytest.mark.parametrize(
        "text",
        [
            "وحث أحمد حسن الشباب على المشاركة، قائلا «الانتخابات مهمة».",
            "وشجع أحمد حسن الشباب على المشاركة، قائلا «الانتخابات مهمة».",
            "وحض أحمد حسن المواطنين على المشاركة، قائلا «الانتخابات مهمة».",
            "وحث أحمد حسن الشباب على المشاركة وقال «الانتخابات مهمة».",
            "وحث أحمد حسن الشباب والطلاب على المشاركة، قائلا «الانتخابات مهمة».",
        ],
    )
    def test_the_name_speaks(self, text):
        assert _read(text) == ("الانتخابات مهمة", "أحمد حسن", None, None)

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            (
                "وحث الوزير أحمد حسن الشباب على المشاركة، قائلا «الانتخابات مهمة».",
                "أحمد حسن",
                "الوزير",
            ),
            ("وقال أحمد حسن العمال: «الانتخابات مهمة».", "أحمد حسن العمال", None),
            (
                "وانتقد أحمد حسن الشباب في كلمته، قائلا «الانتخابات مهمة».",
                "أحمد حسن",
                None,
            ),
        ],
    )
    def test_near_misses(self, text, speaker, role):
        assert _read(text) == ("الانتخابات مهمة", speaker, role, None)
