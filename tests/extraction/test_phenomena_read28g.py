"""Phenomena fixed by mend28g (read28c's findings 1, 3 and 2).

Rule 1 (phrases.scan_np's body after من, words._WARNED_OF_HEADS): after a
verb of warning (حذر، نبه), "، من X Y،" after a name is his body only when X
is a body one is of (حزب، نقابة، لجنة …); a head that is also a common noun
of what one warns of, a movement, a campaign, a front, a cell or a gang
(حركة، حملة، جبهة، تنظيم، خلية …), opens the thing warned of, even between
commas: "وحذر X، من حملة التشويه، قائلا" gives X no role.
"""

from __future__ import annotations

import pytest

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
