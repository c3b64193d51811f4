"""Roles of the development read of the eighth session of 2026-12-06
(dev28r): the post the text gives each person, carried to his quotes, never
another's. Every sentence here is invented; one class per rule."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import quote_exactly


class TestJoinedNounSharesTheGenitiveOfABodyGluedToLam:
    """ "المدير العام لوكالة X وY الـZ NAME": a body's head glued to لـ
    (`وكالة`, also a news agency's head) in construct with a bare noun and a
    second noun joined to it by و, the two sharing one definite genitive
    (two verbal nouns of the body's task: "relief and works", "promotion
    and development"), is one body's name: the post reads on over the
    genitive and its adjectives to the holder's name."""

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                "أوضح المدير الإقليمي لوكالة إغاثة وتشغيل النازحين السوريين سامر يوسف "
                'الحلبي أن "المساعدات وصلت إلى كل المخيمات".',
                "المساعدات وصلت إلى كل المخيمات",
                "سامر يوسف الحلبي",
                "المدير الإقليمي لوكالة إغاثة وتشغيل النازحين السوريين",
                id="relief-and-works-then-an-adjective",
            ),
            pytest.param(
                "قال المدير العام لوكالة إنعاش وتنمية الأقاليم الجنوبية رشيد بن عمر "
                'العلوي إن "الطريق الجديد سيفتح في الصيف".',
                "الطريق الجديد سيفتح في الصيف",
                "رشيد بن عمر العلوي",
                "المدير العام لوكالة إنعاش وتنمية الأقاليم الجنوبية",
                id="a-name-with-a-lineage-link",
            ),
            pytest.param(
                "وصرحت المتحدثة الرسمية لوكالة تشجيع وترقية الاستثمار الأجنبي منى عبد "
                'الله السيد بأن "المستثمرين عادوا بقوة".',
                "المستثمرين عادوا بقوة",
                "منى عبد الله السيد",
                "المتحدثة الرسمية لوكالة تشجيع وترقية الاستثمار الأجنبي",
                id="a-spokeswoman-before-bi-anna",
            ),
        ],
    )
    def test_the_post_reads_on_to_the_name(
        self, text: str, words: str, speaker: str, role: str
    ) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                'وقال المدير العام لوكالة الأنباء سامي حسن الكعبي إن "الخبر صحيح تماما".',
                "الخبر صحيح تماما",
                "سامي حسن الكعبي",
                "المدير العام لوكالة الأنباء",
                id="an-agency-with-its-definite-genitive",
            ),
            pytest.param(
                'قال عضو المكتب السياسي لحركة فتح وليد سعيد الخطيب إن "الانتخابات ستجري '
                'في موعدها".',
                "الانتخابات ستجري في موعدها",
                "وليد سعيد الخطيب",
                "عضو المكتب السياسي لحركة فتح",
                id="a-given-name-in-waw-after-a-one-word-body",
            ),
        ],
    )
    def test_near_misses(self, text: str, words: str, speaker: str, role: str | None) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text
