"""The lead's fix of the fourth session of 2026-12-07: a cable dated in the
very sentence whose relayed words it holds (found by review C's random
texts; extraction raised KeyError on the start's code too)."""

import pytest

from tests.extraction.helpers import quotes_of


class TestACableDatedInTheRelaysOwnSentence:
    """date_for's rule for a diplomat named by his title who relays words
    ("وينقل الدبلوماسي الأمريكي عن وزير سابق قوله:") asked whether a date
    was told between the cable's sentence and the quote, reading from the
    sentence after the cable's. When the cable was dated in the quote's own
    sentence, and that sentence was the text's last, there was no next
    sentence, and extraction raised KeyError. The quote keeps its speaker
    and the cable's date."""

    @pytest.mark.parametrize(
        ("text", "speaker", "date"),
        [
            ("برقية كانون الأول2009نقل سفير عن مان«ل ث ر»", "مان", "2009-12"),
            (
                "برقية كانون الأول 2009 نقل سفير عن الوزير «لن نقبل بهذا القرار»",
                "الوزير",
                "2009-12",
            ),
            ("برقية تموز 2006 نقل السفير عن النائب «الحرب لن تطول كثيرا»", "النائب", "2006-07"),
        ],
    )
    def test_the_relayed_words_keep_the_cables_date(self, text, speaker, date):
        (q,) = quotes_of(text)
        assert (q.speaker, q.date) == (speaker, date)

    @pytest.mark.parametrize(
        ("text", "speaker", "date"),
        [
            # near misses: the cable dated in a sentence before, with the
            # relay in the next, as before
            (
                "وفي برقية مؤرخة في كانون الأول 2009 كتب السفير عن لقائه. "
                "ونقل السفير عن الوزير «لن نقبل بهذا القرار».",
                "الوزير",
                "2009-12",
            ),
            (
                "وفي برقية مؤرخة في 3 آذار 2008 كتب الدبلوماسي عن الوضع. "
                "ونقل الدبلوماسي عن المسؤول «الوضع مستقر تماما الآن».",
                "المسؤول",
                "2008-03-03",
            ),
        ],
    )
    def test_a_cable_dated_before_still_dates_them(self, text, speaker, date):
        (q,) = quotes_of(text)
        assert (q.speaker, q.date) == (speaker, date)
