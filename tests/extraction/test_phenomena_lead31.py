"""The lead's fix of the second session of 2026-12-07: a post after the
speaker's name that ends the text (found by test_fuzz_templates in CI)."""

import pytest

from tests.extraction.helpers import quotes_of


class TestAPostEndingTheText:
    """dev31r's test for a post held somewhere after في read the token after
    the post; when the post ended the text there was none, and extraction
    raised IndexError. The quote keeps its speaker."""

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            ("«لن نقبل بهذا القرار مهما كانت الضغوط» قال أحمد علي رئيس المجلس", "أحمد علي"),
            ("«لن نتراجع عن مطالبنا المشروعة أبدا» قالت سلمى داود رئيسة اللجنة", "سلمى داود"),
            ("«الوضع في المدينة مستقر تماما الآن» أكد سامي خليل مدير المستشفى", "سامي خليل"),
        ],
    )
    def test_the_speaker_of_the_last_sentence(self, text, speaker):
        (q,) = quotes_of(text)
        assert q.speaker == speaker

    @pytest.mark.parametrize(
        "text",
        [
            # near misses: the post goes on with في and a place, and with a
            # full stop, as before
            "«لن نقبل بهذا القرار مهما كانت الضغوط» قال أحمد علي رئيس المجلس في درعا",
            "«لن نقبل بهذا القرار مهما كانت الضغوط» قال أحمد علي رئيس المجلس.",
        ],
    )
    def test_a_post_that_goes_on_keeps_its_speaker(self, text):
        (q,) = quotes_of(text)
        assert "أحمد علي" in (q.speaker or "")
