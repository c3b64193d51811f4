"""What the fuzz of fuzz25 (fifth session of 2026-12-06) found and changed,
as tests on invented texts.  A typed single opener (‘) right inside a
quote's marks, with a pair of straight apostrophes later in the words:
single_marks writes the apostrophes as ‘…’, and without_stray_marks paired
the typed ‘ with the apostrophe closing that pair, so the quote opened with
a mark that pairs with nothing (the contract's stray edge mark).  Every
sentence here is invented for the test.
"""

import pytest

from tests.extraction.test_fuzz_templates import LINEAR_GROWTH, quotes_keeping_the_contract
from tests.extraction.test_phenomena_fuzz23 import _lines_in

# -- a typed single opener paired with a straight apostrophe ---------------------


class TestATypedSingleOpenerPairsNoApostrophe:
    @pytest.mark.parametrize(
        ("text", "quote"),
        [
            # the ‘ was kept at the quote's start, paired with the ' after
            # the word in apostrophes
            ("قال الوزير: «‘لن نقبل 'بهذا' القرار»", "لن نقبل 'بهذا' القرار"),
            (
                "وأكدت الوزيرة أن «‘الحكومة تعمل على 'حل' الأزمة».",
                "الحكومة تعمل على 'حل' الأزمة",
            ),
            (
                "قال: «‘الوضع صعب 'جدا' في البلاد» وأضاف أن «الحل قريب»",
                "الوضع صعب 'جدا' في البلاد",
            ),
            # a feed cut before the closer
            ("قال الوزير: «‘الوضع صعب 'جدا' في البلاد", "الوضع صعب 'جدا' في البلاد"),
            ("«‘ع ا ت 'يق' دينا", "ع ا ت 'يق' دينا"),  # (the fuzz's text, reduced)
        ],
    )
    def test_the_stray_opener_is_left_out(self, text, quote):
        q = quotes_keeping_the_contract(text)[0]
        assert q.text == quote

    @pytest.mark.parametrize(
        ("text", "quotes"),
        [
            # near misses: a typed pair at the start is a term in marks, and
            # stays (or is the quote); apostrophes alone; a typed pair
            # inside; an apostrophe closed by a typed ’ at the end
            ("قال: «‘الوضع’ صعب 'جدا' في البلاد»", ["الوضع"]),
            ("قال: «'الوضع' صعب جدا في البلاد»", ["'الوضع' صعب جدا في البلاد"]),
            ("قال الوزير: «نحن في ‘وضع صعب’ والبلاد بخير»", ["نحن في ‘وضع صعب’ والبلاد بخير"]),
            ("قال: «الوضع صعب 'جدا' في البلاد’»", ["الوضع صعب 'جدا' في البلاد"]),
            (
                "قال الوزير: «نحن في 'وضع صعب' والبلاد بخير’»",
                ["نحن في 'وضع صعب' والبلاد بخير"],
            ),
        ],
    )
    def test_other_single_marks_read_as_before(self, text, quotes):
        assert [q.text for q in quotes_keeping_the_contract(text)] == quotes


# -- an unclosed opener running through many names in marks ---------------------


def _unclosed_through_names(k: int) -> str:
    # an opener after a colon never closed, then k short names in marks
    # glued to each other (a scraper's doubled marks): the unclosed quote
    # takes in each name on its way
    return "قال الوزير: «" + "".join(f"«حزب{i}»" for i in range(k)) + " ستشارك في الانتخابات"


class TestAnUnclosedOpenerThroughManyNamesInMarks:
    # find_unclosed looked for the quote opened at each name's token by a
    # pass over every quote: lines in it grew 10.6 times from 40 to 160
    # names (a template article with »« between all its characters, 96 KB,
    # took about 50 s); now the first quote opened at each token is filed
    # once, 3.6
    def test_the_names_are_taken_in_in_linear_time(self):
        a = _lines_in("find_unclosed", _unclosed_through_names(40))
        assert _lines_in("find_unclosed", _unclosed_through_names(160)) < LINEAR_GROWTH * a

    @pytest.mark.parametrize(
        ("text", "quote"),
        [
            (_unclosed_through_names(3), "«حزب0»«حزب1»«حزب2» ستشارك في الانتخابات"),
            # near misses: names in marks taken in as before, a long one
            # ends the words
            (
                "وقال الوزير: «إن الحركة “الوطنية” ستشارك في الانتخابات\n",
                "إن الحركة “الوطنية” ستشارك في الانتخابات",
            ),
            (
                "وقال الوزير: «إن الحركة “النور” و“الوفد” ستشاركان في الانتخابات\n",
                "إن الحركة “النور” و“الوفد” ستشاركان في الانتخابات",
            ),
        ],
    )
    def test_the_words_read_as_before(self, text, quote):
        assert [q.text for q in quotes_keeping_the_contract(text)] == [quote]


# -- a text cut right after an opening bracket -------------------------------------


class TestATextCutRightAfterAnOpeningBracket:
    # dev21s's reach of a name in brackets (faedfe00) read the token after
    # the bracket, past the last token when the text ends there: a feed cut
    # after "وروى سامي (" raised IndexError in scan_np (found by the cut of
    # an article of sentence24 in Persian spelling at every character, seed
    # 4391)
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("وقال الوزير: «الوضع صعب».\nوروى سامي (", ["الوضع صعب"]),
            ("وقال الوزير: «الوضع صعب».\nوروى العم سالم (", ["الوضع صعب"]),
            ("وقال الوزير: «الوضع صعب».\nوقال المدير سامي الحداد (", ["الوضع صعب"]),
            ("قال د ہ ا〟?روی س(", ["د ہ ا"]),  # (the fuzz's text, reduced)
        ],
    )
    def test_the_text_may_end_at_the_bracket(self, text, expected):
        quotes = quotes_keeping_the_contract(text)
        assert [q.text for q in quotes] == expected

    @pytest.mark.parametrize(
        ("text", "speaker", "role"),
        [
            # near misses: a name in brackets after a post, five words with
            # a link of lineage (dev21s), an acronym
            (
                "وقال مدير الأوقاف (فهد بن ناصر آل مقرن) إن «المساجد مفتوحة».",
                "فهد بن ناصر آل مقرن",
                "مدير الأوقاف",
            ),
            (
                "وقال المتحدث باسم الشرطة (سامي الحداد) إن «الطريق مغلق».",
                "سامي الحداد",
                "المتحدث باسم الشرطة",
            ),
            ("وقالت وكالة الأنباء الرسمية (وام) إن «الوفد وصل».", "وكالة الأنباء الرسمية", None),
        ],
    )
    def test_names_in_brackets_read_as_before(self, text, speaker, role):
        (q,) = quotes_keeping_the_contract(text)
        assert (q.speaker, q.role) == (speaker, role)
