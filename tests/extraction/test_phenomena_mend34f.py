"""mend34f: review B's findings R5 (على after a compound given name read
as the preposition) and R6 (a plural of persons told before بأنّ, past a
day, read into the name after طمأن).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from claims.extraction import extract


def _who(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.role) for q in extract(text)]


class TestAliAfterCompoundGivenName:
    """After the second half of a compound given name ("عز الدين",
    "صلاح الدين"), على (as Egyptians write Ali) followed by name words and
    then the verb's own على or أنّ is the father's name, not the
    preposition: the name runs on."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("وأكد عز الدين على حسن على أن «الوضع صعب».", [("عز الدين على حسن", None)]),
            (
                "وأكد صلاح الدين على محمود على أن «الأسعار سترتفع».",
                [("صلاح الدين على محمود", None)],
            ),
            ("وأكد جمال الدين على سالم على أن «الحوار ضروري».", [("جمال الدين على سالم", None)]),
        ],
    )
    def test_ali_is_the_fathers_name(self, text: str, expected: list) -> None:
        assert _who(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # على then a noun, no name: the preposition, as before
            ("وأكد عز الدين على ضرورة الحوار، وقال إن «الوضع صعب».", [("عز الدين", None)]),
            # "حسن سير": a noun على governs, no أنّ after it
            ("وأكد عز الدين على حسن سير العمل، وقال إن «الوضع صعب».", [("عز الدين", None)]),
            # a family name with the article: dev34s's reading stays
            ("وأكد الحداد على ضرورة الحوار، وقال إن «الوضع صعب».", [("الحداد", None)]),
            # the compound name alone before على أنّ
            ("وأكد نور الدين على أن «الوضع صعب».", [("نور الدين", None)]),
        ],
    )
    def test_near_misses(self, text: str, expected: list) -> None:
        assert _who(text) == expected


class TestPersonsToldBeforeBiAnna:
    """After طمأن (a verb that tells someone, its own particle بـ), a
    definite plural of persons in ين/ون between the name and بأنّ, with or
    without a day between, is the one told, not a family name."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "وطمأن محافظ البنك المركزي خالد سالم المودعين أمس بأن «الودائع آمنة».",
                [("خالد سالم", "محافظ البنك المركزي")],
            ),
            ("وطمأن الوزير خالد سالم المواطنين اليوم بأن «الوضع آمن».", [("خالد سالم", "الوزير")]),
            (
                "وطمأنت الوزيرة سعاد خالد المستثمرين اليوم بأن «الوضع آمن».",
                [("سعاد خالد", "الوزيرة")],
            ),
            ("وطمأن المحافظ ماجد يوسف المزارعين بأن «المياه متوفرة».", [("ماجد يوسف", "المحافظ")]),
        ],
    )
    def test_the_plural_is_the_one_told(self, text: str, expected: list) -> None:
        assert _who(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # a family name in ي with the article: still the name
            (
                "وطمأن الوزير خالد سالم الحسيني اليوم بأن «الوضع آمن».",
                [("خالد سالم الحسيني", "الوزير")],
            ),
            # a verb that takes no one told (أشاد): the plural reading untouched
            (
                "وأشاد الوزير خالد سالم الصالحين بأن «الوضع آمن».",
                [("خالد سالم الصالحين", "الوزير")],
            ),
        ],
    )
    def test_near_misses(self, text: str, expected: list) -> None:
        assert _who(text) == expected
