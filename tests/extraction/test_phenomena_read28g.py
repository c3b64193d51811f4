"""Phenomena fixed by mend28g (read28c's findings 1, 3 and 2).

Rule 1 (phrases.scan_np's body after من, words._WARNED_OF_HEADS): after a
verb of warning (حذر، نبه), "، من X Y،" after a name is his body only when X
is a body one is of (حزب، نقابة، لجنة …); a head that is also a common noun
of what one warns of, a movement, a campaign, a front, a cell or a gang
(حركة، حملة، جبهة، تنظيم، خلية …), opens the thing warned of, even between
commas: "وحذر X، من حملة التشويه، قائلا" gives X no role.

Rule 3 (phrases._specified_elative, _specification_noun): any elative of
the shape ال + أفعل after a post's body (الأكبر، الأوسع، الأوفر، الأعلى, not
only الأكثر/الأقل/الأشد) takes an indefinite noun in the accusative as its
noun of specification, however short ("حظا", "سنا"): the noun is no name
word, and the body's place and the name after it still follow. Not a given
name after the elative ("رنا"), nor "former" (الأسبق), a title or a country
of that shape.

Rule 2 (words.lineage_name, phrases._too_many_name_words): in a lineage
name, the word after بن is the father's name whatever it is (علي, no given
name the engine knows, being على folded), and a lineage of five names
(four بن) in marks after a title is still one person's name: "وقال الوزير
“X بن علي بن Y بن Z بن W”، إن “…”" gives the words after إن to X, no
quote of the name. Marks with a verb after the lineage stay a quote.
"""

from __future__ import annotations

import pytest

from claims.extraction import extract
from tests.extraction.helpers import quote_exactly


class TestRead28gAThreatBetweenCommasAfterWarning:
    """After a verb of warning, a movement, a campaign or a front between
    commas is what he warns of, no body of his (ac15f4ae's over-reach)."""

    @pytest.mark.parametrize(
        ("text", "words"),
        [
            pytest.param(
                'وحذر سمير الهادي، من حركة النزوح، قائلا: "الوضع خطير".',
                "الوضع خطير",
                id="a-movement-of-displacement",
            ),
            pytest.param(
                'ونبهت منى الساعدي، من حملة التضليل الإعلامي، قائلة إن "الناس يصدقون".',
                "الناس يصدقون",
                id="a-campaign",
            ),
            pytest.param(
                'وحذر كريم داود، من جبهة القتال الجنوبية، من أن "المعارك ستتسع".',
                "المعارك ستتسع",
                id="a-front",
            ),
            pytest.param(
                'وحذرت هالة نصار، من خلية التجنيد، قائلة: "الشباب في خطر".',
                "الشباب في خطر",
                id="a-cell",
            ),
        ],
    )
    def test_no_role(self, text: str, words: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (text.split("،")[0].split(" ", 1)[1], None), text

    @pytest.mark.parametrize(
        ("text", "words", "speaker", "role"),
        [
            pytest.param(
                'وحذر ماهر السيد، من نقابة الصيادلة، قائلا: "الأدوية تنفد".',
                "الأدوية تنفد",
                "ماهر السيد",
                "نقابة الصيادلة",
                id="a-union-is-his",
            ),
            pytest.param(
                'ونبه رامي خليل، من اتحاد الطلاب، من أن "الامتحانات صعبة".',
                "الامتحانات صعبة",
                "رامي خليل",
                "اتحاد الطلاب",
                id="a-federation-is-his",
            ),
        ],
    )
    def test_near_misses(self, text: str, words: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text


class TestRead28gAnyElativeTakesItsNounOfSpecification:
    """An elative of the shape ال + أفعل and its short accusative noun
    describe the post's body; the name after the place speaks."""

    @pytest.mark.parametrize(
        ("text", "speaker", "role"),
        [
            pytest.param(
                'وقال رئيس الحزب الأقل حظا في البرلمان سمير الهادي إن "الوضع جيد".',
                "سمير الهادي",
                "رئيس الحزب الأقل حظا في البرلمان",
                id="a-short-noun",
            ),
            pytest.param(
                'وقال العضو الأكبر سنا في الهيئة كريم داود إن "الوضع جيد".',
                "كريم داود",
                "العضو الأكبر سنا في الهيئة",
                id="eldest",
            ),
            pytest.param(
                'وأكد زعيم التيار الأوسع انتشارا في الجنوب عادل فهمي أن "الوضع جيد".',
                "عادل فهمي",
                "زعيم التيار الأوسع انتشارا في الجنوب",
                id="most-widespread",
            ),
            pytest.param(
                'وقال النائب الأعلى صوتا في المجلس ماهر السيد إن "الوضع جيد".',
                "ماهر السيد",
                "النائب الأعلى صوتا في المجلس",
                id="loudest",
            ),
        ],
    )
    def test_the_name_speaks(self, text: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, "الوضع جيد")
        assert (q.speaker, q.role) == (speaker, role), text

    @pytest.mark.parametrize(
        ("text", "speaker", "role"),
        [
            pytest.param(
                'وقال مدرب الفريق الأقوى رنا سمير إن "الوضع جيد".',
                "رنا سمير",
                "مدرب الفريق الأقوى",
                id="a-given-name-after-the-elative",
            ),
            pytest.param(
                'وقال رئيس الوزراء الأسبق لولا دا سيلفا إن "الوضع جيد".',
                "لولا دا سيلفا",
                "رئيس الوزراء الأسبق",
                id="former",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, "الوضع جيد")
        assert (q.speaker, q.role) == (speaker, role), text


class TestRead28gAFiveNameLineageInMarks:
    """A lineage of five names in marks after a title, or one with علي after
    بن, is the speaker's name, no quote (30b26b15 covered only names with
    عبد)."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker", "role"),
        [
            pytest.param(
                "وقال الوزير “محمد بن علي بن أحمد بن خالد بن سعود”، إن “الوضع جيد”.",
                "الوضع جيد",
                "محمد بن علي بن أحمد بن خالد بن سعود",
                "الوزير",
                id="five-names",
            ),
            pytest.param(
                "وأكد وزير الثقافة الأمير “فيصل بن علي بن ناصر بن حمد بن راشد”، أن "
                "“المهرجان سيقام”.",
                "المهرجان سيقام",
                "فيصل بن علي بن ناصر بن حمد بن راشد",
                "وزير الثقافة",
                id="five-names-after-prince",
            ),
            pytest.param(
                "وأوضح السفير “سالم بن علي بن ناصر بن حمد”، أن “العلاقات متينة”.",
                "العلاقات متينة",
                "سالم بن علي بن ناصر بن حمد",
                "السفير",
                id="four-names-with-ali",
            ),
        ],
    )
    def test_the_name_is_no_quote(self, text: str, words: str, speaker: str, role: str) -> None:
        assert [q.text for q in extract(text)] == [words], text
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text

    @pytest.mark.parametrize(
        ("text", "words"),
        [
            pytest.param(
                "وقال الوزير “حمد بن علي بن خالد سيزور العاصمة غدا”، مضيفا أن “الحل قريب”.",
                "حمد بن علي بن خالد سيزور العاصمة غدا",
                id="a-lineage-then-a-verb",
            ),
            pytest.param(
                "وقال السفير “سالم بن علي سيعود إلى بلاده غدا”، مضيفا أن “العلاقات متينة”.",
                "سالم بن علي سيعود إلى بلاده غدا",
                id="a-short-lineage-then-a-verb",
            ),
        ],
    )
    def test_near_misses(self, text: str, words: str) -> None:
        assert quote_exactly(text, words).text == words, text
