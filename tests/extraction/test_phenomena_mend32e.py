"""mend32e: review B's findings 3 (ترد the noun "decline"), 8 (bare سرية/وحدة
a woman's given name), 4 (the one met relays "him" wherever his phrase ends)
and 7 (one list of "also" words).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from claims.extraction import extract, phrases, words


def _speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.speaker_kind) for q in extract(text)]


def _roles(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.role) for q in extract(text)]


class TestDeclineNounIsNoReply:
    """The bare ترد after a preposition or a noun governing a genitive is
    the noun تردٍّ (decline), no verb of replying nor impersonal "ترد في"."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "وحذرت النقابة من ترد في أوضاع العمال: «الأجور لا تكفي».",
                [("الأجور لا تكفي", "النقابة", "organization")],
            ),
            (
                "ونبهت الرابطة من ترد في خدمات النقل: «الحافلات قديمة».",
                [("الحافلات قديمة", "الرابطة", "organization")],
            ),
            (
                "وحذرت الجمعية من ترد في مستوى المدارس الريفية: «الصفوف مكتظة».",
                [("الصفوف مكتظة", "الجمعية", "organization")],
            ),
        ],
    )
    def test_the_noun(self, text: str, expected: list) -> None:
        assert _speakers(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                # the verb glued to ف after a comma: she replies
                "وسأل النائب عن الموازنة، فترد الوزيرة سلمى الخوري: «الأرقام واضحة».",
                [("الأرقام واضحة", "سلمى الخوري", "person")],
            ),
            (
                # glued to و
                "وسأل الصحفي عن الخطة، وترد المديرة هالة الزين: «سنبدأ غدا».",
                [("سنبدأ غدا", "هالة الزين", "person")],
            ),
            (
                # bare, opening the sentence
                "سألناه عن الأمر. ترد الوزيرة سلمى الخوري: «لا تعليق».",
                [("لا تعليق", "سلمى الخوري", "person")],
            ),
            (
                # the noun in construct (unchanged)
                "وحذر الاتحاد في ظل ترد الأوضاع المعيشية: «الوضع لا يحتمل».",
                [("الوضع لا يحتمل", "الاتحاد", "organization")],
            ),
        ],
    )
    def test_near_misses(self, text: str, expected: list) -> None:
        assert _speakers(text) == expected


class TestBareUnitAsGivenName:
    """The bare سرية/وحدة before a family name's shape or a given name is a
    woman; before a unit's genitive or an ordinal, a body."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "وقالت سرية الحمدان إن «الوضع صعب».",
                [("الوضع صعب", "سرية الحمدان", "person")],
            ),
            (
                "وقالت وحدة العلي إن «المدرسة بعيدة».",
                [("المدرسة بعيدة", "وحدة العلي", "person")],
            ),
            (
                "وقالت سرية خالد المصري إن «الطريق مغلق».",
                [("الطريق مغلق", "سرية خالد المصري", "person")],
            ),
        ],
    )
    def test_a_woman(self, text: str, expected: list) -> None:
        assert _speakers(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "وقالت السرية الثالثة إن «الوضع صعب».",
                [("الوضع صعب", "السرية الثالثة", "organization")],
            ),
            (
                "وقالت سرية المشاة إن «الوضع صعب».",
                [("الوضع صعب", "سرية المشاة", "organization")],
            ),
            (
                "وقالت وحدة مكافحة الإرهاب في بيان إن «الوضع صعب».",
                [("الوضع صعب", "وحدة مكافحة الإرهاب", "organization")],
            ),
            (
                "وقالت وحدة الطوارئ إن «الوضع صعب».",
                [("الوضع صعب", "وحدة الطوارئ", "organization")],
            ),
            (
                "وقالت سرية الاستطلاع إن «الوضع صعب».",
                [("الوضع صعب", "سرية الاستطلاع", "organization")],
            ),
        ],
    )
    def test_near_misses(self, text: str, expected: list) -> None:
        assert _speakers(text) == expected


class TestRelayFromTheOneMet:
    """ "زار/التقى X Y …، ونقل عنه أن «…»": "him" is Y, the named person met,
    whatever follows his phrase in the sentence before the relay."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "زار النائب كمال العبيدي الرئيس فؤاد سلامة في قصر الضيافة صباح "
                "اليوم، ونقل عنه أن «الحكومة ستتشكل قريبا».",
                [("الحكومة ستتشكل قريبا", "فؤاد سلامة", "الرئيس")],
            ),
            (
                "زار النائب كمال العبيدي الرئيس فؤاد سلامة على رأس وفد، ونقل عنه "
                "أن «الحكومة ستتشكل قريبا».",
                [("الحكومة ستتشكل قريبا", "فؤاد سلامة", "الرئيس")],
            ),
            (
                "التقى النائب كمال العبيدي رئيس الحكومة فؤاد سلامة، وعرض معه "
                "الأوضاع، ونقل عنه أن «الحكومة ستتشكل قريبا».",
                [("الحكومة ستتشكل قريبا", "فؤاد سلامة", "رئيس الحكومة")],
            ),
        ],
    )
    def test_the_one_met(self, text: str, expected: list) -> None:
        assert _roles(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                # the met's phrase ends at the comma (unchanged)
                "زار النائب كمال العبيدي الرئيس فؤاد سلامة في مكتبه، ونقل عنه أن "
                "«الحكومة ستتشكل قريبا».",
                [("الحكومة ستتشكل قريبا", "فؤاد سلامة", "الرئيس")],
            ),
            (
                # another named person after the one met: the last (unchanged)
                "زار النائب كمال العبيدي الرئيس فؤاد سلامة في مكتبه بحضور الوزير "
                "سمير داود، ونقل عنه أن «الحكومة ستتشكل قريبا».",
                [("الحكومة ستتشكل قريبا", "سمير داود", "الوزير")],
            ),
            (
                # the relay in the next sentence (unchanged)
                "زار النائب كمال العبيدي الرئيس فؤاد سلامة. ونقل عنه أن «الحكومة ستتشكل قريبا».",
                [("الحكومة ستتشكل قريبا", "كمال العبيدي", "النائب")],
            ),
            (
                # the relative's antecedent relays, "him" the host (unchanged)
                "استقبل الرئيس فؤاد سلامة النائب كمال العبيدي، الذي نقل عنه أن "
                "«الحكومة ستتشكل قريبا».",
                [("الحكومة ستتشكل قريبا", "فؤاد سلامة", "الرئيس")],
            ),
        ],
    )
    def test_near_misses(self, text: str, expected: list) -> None:
        assert _roles(text) == expected


def test_one_list_of_also_words() -> None:
    """phrases reads words' list of "also" words, not a copy of it."""
    assert phrases._ALSO is words._ALSO_WORDS
