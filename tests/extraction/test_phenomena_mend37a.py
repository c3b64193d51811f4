"""Fixes from lead review A (mend37a, 2026-12-07, eighth session) on a rule
of rev40. Every sentence and name here is invented. One class per finding:
examples that failed before the fix, then near misses.
"""

from __future__ import annotations

import pytest

from .helpers import one


class TestAVerbalNounOfHisAfterAHeadInConstructIsItsGenitive:
    """L1: "وقال رئيس اتحاده محمد العلي: «…»": a head in construct with no
    article (رئيس, مدير, قائد …) still waits for its genitive, and the
    derived verbal noun with "his" ه right after it is that genitive (the
    head of his union), so the name after it is the speaker's. rev40's rule
    (the masdar with ه right after a title is the verb's object) broke there
    and left the bare head as speaker and role."""

    @pytest.mark.parametrize(
        ("text", "speaker", "role"),
        [
            pytest.param(
                "وقال رئيس اتحاده محمد العلي: «لن نقبل بهذا القرار».",
                "محمد العلي",
                "رئيس اتحاده",
                id="head-of-his-union",
            ),
            pytest.param(
                "وأعلن مدير استخباراته اللواء سامي الحسن: «لدينا معلومات دقيقة عن الخلية».",
                "سامي الحسن",
                "مدير استخباراته",
                id="director-of-his-intelligence-rank",
            ),
            pytest.param(
                "وقالت مديرة اتصالاته سامية الحسن: «لدينا معلومات دقيقة عن الخلية».",
                "سامية الحسن",
                "مديرة اتصالاته",
                id="feminine-head",
            ),
            pytest.param(
                "وقال قائد استخباراته العميد سامي الحسن: «لدينا معلومات دقيقة عن الخلية».",
                "سامي الحسن",
                "قائد استخباراته",
                id="commander-rank-then-name",
            ),
        ],
    )
    def test_the_name_after_the_genitive_speaks(self, text, speaker, role) -> None:
        quote = one(text, "لدينا" if "لدينا" in text else "لن نقبل")
        assert (quote.speaker, quote.role) == (speaker, role)

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            pytest.param(
                "ولخص السفير انطباعه قائلا: «الحكومة اليمنية تريد مساعدتنا».",
                "السفير",
                id="definite-title",
            ),
            pytest.param(
                "وقدم الوزير اعتذاره قائلا: «الحكومة اليمنية تريد مساعدتنا».",
                "الوزير",
                id="definite-title-apology",
            ),
            pytest.param(
                "وأعلن الأمين العام للحزب انسحابه قائلا: «الحكومة اليمنية تريد مساعدتنا».",
                "الأمين العام للحزب",
                id="secretary-general-of-the-party",
            ),
            pytest.param(
                "وأبدى وزير الخارجية استعداده للحوار قائلا: «الحكومة اليمنية تريد مساعدتنا».",
                "وزير الخارجية",
                id="after-the-definite-genitive",
            ),
        ],
    )
    def test_after_a_complete_title_the_noun_is_the_object(self, text, speaker) -> None:
        quote = one(text, "الحكومة")
        assert (quote.speaker, quote.role) == (speaker, speaker)
