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


class TestClericMetWithAnAdjunct:
    """Review B R10 (kw36b cleric_met): a place or time adjunct of up to
    three words (في/خلال/أمس …) between the cleric met and the clause's end
    still leaves the host's post the speaker."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "واستقبل رئيس الجمهورية المطران يوحنا حداد في قصر بعبدا، وقال إن «الوضع صعب».",
                [("رئيس الجمهورية", "رئيس الجمهورية")],
            ),
            (
                "واستقبل محافظ حلب المطران بولس داود أمس، وأوضح أن «الكنائس ستفتح أبوابها».",
                [("محافظ حلب", "محافظ حلب")],
            ),
            (
                "والتقى وزير الخارجية الأب سامي نعمة في مقر الوزارة، وأكد أن «الحوار مستمر».",
                [("وزير الخارجية", "وزير الخارجية")],
            ),
        ],
    )
    def test_the_host_speaks(self, text: str, expected: list) -> None:
        assert _who(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # an object after the adjunct: the rank is the host's own
            (
                "واستقبل رئيس الجامعة الأب كميل نصار في مكتبه وفدا من الطلاب، "
                "وقال إن «الجامعة مفتوحة للجميع».",
                [("كميل نصار", "رئيس الجامعة")],
            ),
            (
                "واستقبل رئيس الدير الأب طلال هاشم في الكنيسة وفدا من الزوار، "
                "وقال إن «الدير مفتوح».",
                [("طلال هاشم", "رئيس الدير")],
            ),
        ],
    )
    def test_near_misses(self, text: str, expected: list) -> None:
        assert _who(text) == expected


class TestHonorificOpensBareTitlesGenitive:
    """Review B R10 (f368923b): a bare honorific right after a bare title
    in construct (مستشار، مبعوث) or its office (مدير مكتب) opens the title's
    genitive: the one named is whom the post serves, and its holder speaks
    unnamed, the whole phrase. After a complete post the honorific still
    honours the holder."""

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            ("وقال مستشار سمو الشيخ محمد بن زايد إن «الوضع صعب».", "مستشار سمو الشيخ محمد بن زايد"),
            (
                "وقال مدير مكتب سمو الشيخ خالد بن سالم إن «الوضع صعب».",
                "مدير مكتب سمو الشيخ خالد بن سالم",
            ),
            ("وقال مبعوث سمو الشيخ حمد بن جاسم إن «الاتفاق قريب».", "مبعوث سمو الشيخ حمد بن جاسم"),
        ],
    )
    def test_the_post_speaks_unnamed(self, text: str, speaker: str) -> None:
        assert _who(text) == [(speaker, speaker)]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "وقال سفير دولة قطر لدى الأردن سعادة السيد خالد سالم إن «الوضع صعب».",
                [("خالد سالم", "سفير دولة قطر لدى الأردن")],
            ),
            (
                "وقال وزير الخارجية سمو الشيخ عبد الله بن زايد إن «الوضع صعب».",
                [("عبد الله بن زايد", "وزير الخارجية")],
            ),
            # a country with no article closes the post
            (
                "وقال سفير قطر سعادة الشيخ سعود بن ناصر إن «الوضع صعب».",
                [("سعود بن ناصر", "سفير قطر")],
            ),
        ],
    )
    def test_near_misses(self, text: str, expected: list) -> None:
        assert _who(text) == expected
