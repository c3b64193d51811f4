"""Speakers (seventh session of 2026-12-06, dev27s); every sentence here is
invented.

1. A demonstrative glued to بـ or لـ after a name ("وافتخر X بذلك، قائلا",
   "وسعد X بهذه النتيجة", "الوزير X بذلك اليوم"): "with/for that" is the
   verb's complement, never a word of the name, yet the name ran on into
   it ("X بذلك"), a stranger no one met; the words then went to that
   stranger or to the one quoted before. lexicon.NP_STOP ends a phrase at
   it, as at the bare demonstratives. Kept: a name word that opens with
   the same letters ("بهاء", "لطفي").
"""

from __future__ import annotations

import pytest

from tests.extraction.helpers import quote_exactly

_RELAY = "ونقلت صحيفة محلية عن مسؤول حكومي قوله إن الميزانية عاجزة.\n"


class TestDemonstrativeGluedAfterAName:
    """بذلك, بهذه, لذلك … after a name end it."""

    @pytest.mark.parametrize(
        "first, then, name, role",
        [
            (
                "أكد الوزير سامي فرح أن الموسم كان صعبا.",
                "وافتخر فرح بذلك، قائلا",
                "سامي فرح",
                "الوزير",
            ),
            (
                "أكد الوزير سامي فرح أن الموسم كان صعبا.",
                "وسعد فرح بهذه النتيجة، قائلا",
                "سامي فرح",
                "الوزير",
            ),
            (
                "أشاد المدرب كريم يوسف باللاعبين.",
                "وابتهج يوسف بذلك، قائلا",
                "كريم يوسف",
                "المدرب",
            ),
        ],
    )
    def test_the_name_met_before_speaks(self, first, then, name, role):
        text = f"{first}\n{_RELAY}{then} «إن النتائج ممتازة هذا العام».\n"
        q = quote_exactly(text, "إن النتائج ممتازة هذا العام")
        assert q.speaker == name
        assert q.role == role

    def test_the_name_stops_before_it(self):
        q = quote_exactly(
            "وقال الوزير نادر عيسى بذلك اليوم «لن نتراجع عن القرار».", "لن نتراجع عن القرار"
        )
        assert q.speaker == "نادر عيسى"
        assert q.role == "الوزير"

    @pytest.mark.parametrize(
        "name",
        [
            # a name word with the same first letters stays the name's
            "سامي بهاء",
            "سامي لطفي",
        ],
    )
    def test_name_words_of_that_shape_stay(self, name):
        text = f"وقال الوزير {name} إن «النتائج ممتازة هذا العام»."
        q = quote_exactly(text, "النتائج ممتازة هذا العام")
        assert q.speaker == name
        assert q.role == "الوزير"

    def test_in_this_regard_reads_as_before(self):
        q = quote_exactly(
            "وقال الوزير نادر عيسى بهذا الخصوص «لن نتراجع عن القرار».", "لن نتراجع عن القرار"
        )
        assert q.speaker == "نادر عيسى"
