"""Strict xfails taken up by kw30b (from the most recent files). Every
sentence here is invented.

Rule 1 (phrases.scan_np, words._CHARGE_HOLDERS): after a verb of praise
(أشاد، نوه، ثمن، رحب) and a bare title, a noun glued to بـ with no article
in the shape of a verbal noun or a plural ("بأعمال", "بانضباط", "باتفاقية")
is what is praised, no word of the post; and بأعمال completes a title only
after القائم/القائمة (the chargé d'affaires), never after السفير.
"""

from __future__ import annotations

import pytest

from .helpers import quote_exactly


class TestKw30bPraisedThingAfterABareTitle:
    """After a verb of praise and a bare title, the thing praised glued to
    بـ (no article) ends the subject, who then says the words after وقال."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            pytest.param(
                'وأشاد الوزير بأعمال اللجنة المشتركة، وقال إن "التعاون بين البلدين ممتاز".',
                "التعاون بين البلدين ممتاز",
                "الوزير",
                id="minister-praising-works",
            ),
            pytest.param(
                'وأشادت الوزيرة باتفاقية التعاون الموقعة، وقالت إن "الشراكة مثمرة".',
                "الشراكة مثمرة",
                "الوزيرة",
                id="minister-praising-an-agreement",
            ),
            pytest.param(
                'وأشاد المدرب بانضباط اللاعبين، مضيفا أن "الفوز مستحق".',
                "الفوز مستحق",
                "المدرب",
                id="coach-praising-discipline",
            ),
            pytest.param(
                'ونوه السفير بأعمال الترميم في المدينة القديمة، وقال إن "الموقع يستحق الحماية".',
                "الموقع يستحق الحماية",
                "السفير",
                id="ambassador-noting-restoration",
            ),
        ],
    )
    def test_the_title_speaks(self, text: str, words: str, speaker: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, speaker), text

    @pytest.mark.parametrize(
        ("text", "words", "speaker", "role"),
        [
            pytest.param(
                'وأشاد القائم بأعمال السفارة الكندية بجهود البلدية، وقال إن "التعاون مثمر".',
                "التعاون مثمر",
                "القائم بأعمال السفارة الكندية",
                "القائم بأعمال السفارة الكندية",
                id="charge-keeps-his-post",
            ),
            pytest.param(
                "وأشادت القائمة بأعمال السفارة الإيطالية في عمان كارلا روسي بأعمال الترميم، "
                'وقالت إن "المدينة جميلة".',
                "المدينة جميلة",
                "كارلا روسي",
                "القائمة بأعمال السفارة الإيطالية في عمان",
                id="charge-named-then-praising-works",
            ),
            pytest.param(
                'وأشاد السفير باتريك مارتن بالاتفاق، وقال إن "الزيارة ناجحة".',
                "الزيارة ناجحة",
                "باتريك مارتن",
                "السفير",
                id="foreign-name-after-the-title",
            ),
        ],
    )
    def test_near_misses(self, text: str, words: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text
