"""Speakers from the development sets' misses (dev31s, first session of
2026-12-07).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extraction.helpers import one


class TestReplyWithLamOfWhatFollowed:
    """ "ليرد X: «…»", "لترد X بحزم: «…»": the present of رد glued to the lam
    of what followed opens a reply, its subject the speaker (as "فرد X",
    "ويرد X" do), and a manner noun glued to بـ after a one-word name
    ("بإصرار", "بعصبية") is how, not part of the name."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (
                'وقال أحد الحاضرين من القاعة: "لا أستطيع أن أتكلم، فقد وصل الوزير". '
                'ليرد الحمادي ممازحاً، "هل تريدني أن أخرج"\n',
                "هل تريدني",
                "الحمادي",
            ),
            (
                'قالت الوزيرة سلمى داود إن "الموازنة جاهزة للتصويت". '
                'لترد النائبة ليلى حسن: "الموازنة لم تصل إلى اللجنة بعد".\n',
                "لم تصل إلى اللجنة",
                "ليلى حسن",
            ),
            (
                "وعلى وقع التصفيق، قال العمدة كريم منصور: «المدينة ستتغير خلال عام» "
                "ليرد المعارض فادي نصار بانفعال: «لا أحد يصدق هذه الوعود بعد اليوم!».\n",
                "لا أحد يصدق",
                "فادي نصار",
            ),
        ],
    )
    def test_the_reply_is_its_subject_s(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (
                "قال المدرب سمير العلي: «اللاعبون متعبون». "
                "ليجيبه الزاهي بإصرار: «سنلعب المباراة كاملة مهما حدث».\n",
                "سنلعب المباراة",
                "الزاهي",
            ),
            (
                "قالت المديرة سلوى حداد: «القرار نهائي». "
                "فردت الجبوري بعصبية: «هذا القرار لن يمر دون نقاش».\n",
                "هذا القرار لن يمر",
                "الجبوري",
            ),
        ],
    )
    def test_a_manner_noun_is_no_word_of_the_name(
        self, text: str, words: str, speaker: str
    ) -> None:
        assert one(text, words).speaker == speaker

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            # a purpose: he went to the rostrum to reply, his own words
            (
                'عاد الوزير سمير داود إلى المنصة ليرد على النواب: "لن نتراجع عن القرار".\n',
                "لن نتراجع",
                "سمير داود",
            ),
            # the present of "came" with the lam, in a document: no reply
            (
                'وقال الوزير سمير داود إن "الأمر محسوم" وجاء ليرد على الأسئلة قائلا '
                '"لا تراجع عن الخطة".\n',
                "لا تراجع",
                "سمير داود",
            ),
        ],
    )
    def test_a_purpose_keeps_the_verb_s_subject(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker
