"""What the fuzz of fuzz25 (fifth session of 2026-12-06) found and changed,
as tests on invented texts.  A typed single opener (‘) right inside a
quote's marks, with a pair of straight apostrophes later in the words:
single_marks writes the apostrophes as ‘…’, and without_stray_marks paired
the typed ‘ with the apostrophe closing that pair, so the quote opened with
a mark that pairs with nothing (the contract's stray edge mark).  Every
sentence here is invented for the test.
"""

import pytest

from tests.extraction.test_fuzz_templates import quotes_keeping_the_contract

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
