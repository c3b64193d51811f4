"""Speakers mended from the review of dev35s's rules (mend35e, 2026-12-07).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extraction.helpers import one, said_by


class TestOccasionNounAfterABareTitle:
    """ "وألقى الرئيس كلمة في الحفل قال فيها …": an occasion noun no one is
    named (كلمة، عظة، محاضرة …) right after a bare title is the verb's
    object whatever follows it, never a word of the speaker; and a clause
    that opens with a verb folding like a word with the article ("ألقى"،
    "التقت") opens with its verb, its subject the one "وقال" goes on with."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (
                "وألقى الرئيس كلمة في الحفل قال فيها إن «الوطن أولا وقبل كل شيء».\n",
                "الوطن أولا",
                "الرئيس",
            ),
            (
                "وألقى الرئيس كلمة الافتتاح، وقال: «أهلا بكم في بلدكم الثاني».\n",
                "أهلا بكم",
                "الرئيس",
            ),
            (
                "ألقى الوزير محاضرة بعنوان «الاقتصاد والتنمية»، وقال فيها إن "
                "«النمو مستمر رغم الصعوبات».\n",
                "النمو مستمر",
                "الوزير",
            ),
            (
                "اختتمت الرياضة الروحية في دير البلدة. وألقى المطران عظة في القداس "
                "قال فيها: «لا خلاص للوطن من دون توبة».\n",
                "لا خلاص",
                "المطران",
            ),
            (
                "ألقى رئيس الوزراء كلمة في الجلسة، وقال إن «المخزون يكفي حتى الصيف».\n",
                "المخزون يكفي",
                "رئيس الوزراء",
            ),
            (
                "التقت الوزيرة بالسفير الفرنسي، وقالت إن «العلاقات بين البلدين متينة».\n",
                "العلاقات بين",
                "الوزيرة",
            ),
        ],
    )
    def test_the_title_alone_speaks(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            # the speaker named in full before the occasion, as before
            (
                "ألقى الوزير خالد العمري كلمة في الحفل قال فيها إن «الوطن أولا».\n",
                "الوطن أولا",
                "خالد العمري",
            ),
            # a family name that is an occasion noun too (خطاب) stays the name
            (
                'ألقى الوزير سامي خطاب كلمة قال فيها: "المخزون يكفي ستة أشهر".\n',
                "المخزون يكفي",
                "سامي خطاب",
            ),
            # an occasion in a post's genitive is the post's, the name follows
            (
                "وقال رئيس جلسة المناقشة سامي داود إن «الحوار مستمر».\n",
                "الحوار مستمر",
                "سامي داود",
            ),
            (
                "وقال منسق ندوة الحوار سامي داود إن «الحوار مستمر».\n",
                "الحوار مستمر",
                "سامي داود",
            ),
            (
                "ألمح الوزير إلى استقالته، وقال إن «القرار لم يتخذ بعد».\n",
                "لم يتخذ",
                "الوزير",
            ),
        ],
    )
    def test_near_misses_keep_their_speaker(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker


class TestHonoredHoldersWholeName:
    """ "وقال مدير مكتب السيد عمار الحكيم في البصرة كريم العبادي إن": the
    honorific after a person's office (مكتب، ديوان) opens its genitive, the
    whole name of the one whose office it is (a first word, or one after
    عبد/بن, then the words with the article and the links); the post's
    place and its holder's name follow, as "مدير مكتب عمار الحكيم في
    البصرة كريم العبادي" without the honorific reads."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker", "role"),
        [
            (
                "وقال مدير مكتب السيد عمار الحكيم في البصرة كريم العبادي إن «الوضع صعب».\n",
                "الوضع صعب",
                "كريم العبادي",
                "مدير مكتب السيد عمار الحكيم في البصرة",
            ),
            (
                "وقال مدير مكتب الشيخ خالد الخالدي في الكوفة سعد الموسوي إن «الوضع صعب».\n",
                "الوضع صعب",
                "سعد الموسوي",
                "مدير مكتب الشيخ خالد الخالدي في الكوفة",
            ),
            (
                "وقال مدير مكتب السيد عمار الحكيم كريم العبادي إن «الوضع صعب».\n",
                "الوضع صعب",
                "كريم العبادي",
                "مدير مكتب السيد عمار الحكيم",
            ),
            (
                "وقال مدير مكتب السيد عبد العزيز الحكيم في النجف علي الموسوي إن «الوضع صعب».\n",
                "الوضع صعب",
                "علي الموسوي",
                "مدير مكتب السيد عبد العزيز الحكيم في النجف",
            ),
            (
                "وقال رئيس ديوان الشيخ سالم العلي في الكويت فهد الصباح إن «الوضع صعب».\n",
                "الوضع صعب",
                "فهد الصباح",
                "رئيس ديوان الشيخ سالم العلي في الكويت",
            ),
        ],
    )
    def test_the_holder_speaks(self, text: str, words: str, speaker: str, role: str) -> None:
        assert said_by(text, words) == (speaker, role)

    @pytest.mark.parametrize(
        ("text", "words", "speaker", "role"),
        [
            # the holder's own honorific is no word of the honoured one's name
            (
                "وقال مدير مكتب السيد عمار الحكيم الدكتور كريم العبادي إن «الوضع صعب».\n",
                "الوضع صعب",
                "كريم العبادي",
                "مدير مكتب السيد عمار الحكيم",
            ),
            # the one-word holder of dev35s's tests, as before
            (
                "وقال مدير مكتب السيد الحكيم في البصرة كريم العبادي إن «الوضع صعب».\n",
                "الوضع صعب",
                "كريم العبادي",
                "مدير مكتب السيد الحكيم في البصرة",
            ),
            # without the honorific, as before
            (
                "وقال مدير مكتب عمار الحكيم في البصرة كريم العبادي إن «الوضع صعب».\n",
                "الوضع صعب",
                "كريم العبادي",
                "مدير مكتب عمار الحكيم في البصرة",
            ),
            # the honorific after a definite genitive opens the holder's name
            (
                "وقال مدير مكتب الرئيس السيد كريم العبادي إن «الوضع صعب».\n",
                "الوضع صعب",
                "كريم العبادي",
                "مدير مكتب الرئيس",
            ),
            (
                "وقال رئيس ديوان الرئاسة الشيخ سالم العلي إن «الوضع صعب».\n",
                "الوضع صعب",
                "سالم العلي",
                "رئيس ديوان الرئاسة",
            ),
            # an honorific after a definite post opens the holder's name
            (
                "وقال مدير المكتب السيد كريم العبادي إن «الوضع صعب».\n",
                "الوضع صعب",
                "كريم العبادي",
                "مدير المكتب",
            ),
        ],
    )
    def test_near_misses_keep_their_speaker(
        self, text: str, words: str, speaker: str, role: str
    ) -> None:
        assert said_by(text, words) == (speaker, role)
