"""Misreadings review A found (mend33a). Every sentence here is invented;
one class per rule."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import quote_exactly

_SOON = "سنبدأ غدا"


class TestPossessedFeminineObjectAfterTheSubject:
    """ "عرض الوزير خطته للإصلاح، وقال «…»": a feminine noun with a
    possessive pronoun, its ة written ت before it, right after a title or
    a titled name, is the object of the verb before, no word of the name;
    the title (and the name before it) speaks."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                f"عرض الوزير خطته للإصلاح، وقال: «{_SOON}».",
                "الوزير",
                "الوزير",
                id="reviewer-bare-title",
            ),
            pytest.param(
                f"وخلال هذا اللقاء عرض الوزير أحمد سالم خطته للإصلاح، وقال: «{_SOON}».",
                "أحمد سالم",
                "الوزير",
                id="reviewer-titled-name",
            ),
            pytest.param(
                f"شرح المدير رؤيته للمشروع، وقال: «{_SOON}».",
                "المدير",
                "المدير",
                id="his-vision",
            ),
            pytest.param(
                f"استعرض رئيس الوزراء خطته الجديدة، وقال: «{_SOON}».",
                "رئيس الوزراء",
                "رئيس الوزراء",
                id="a-post-and-an-adjective-after",
            ),
            pytest.param(
                f"وشرح رئيس البلدية سامي نور رؤيته للمدينة، ثم قال: «{_SOON}».",
                "سامي نور",
                "رئيس البلدية",
                id="a-post-a-name-then-thumma",
            ),
        ],
    )
    def test_the_subject_speaks(self, text: str, speaker: str, role: str) -> None:
        quote = quote_exactly(text, _SOON)
        assert (quote.speaker, quote.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"وقال الفنان محمد شحاته: «{_SOON}».",
                "محمد شحاته",
                id="a-family-name-in-ta-after-a-verb-of-saying",
            ),
            pytest.param(
                f"وقال الشيخ عطية شحاته في خطبته: «{_SOON}».",
                "عطية شحاته",
                id="a-family-name-then-his-sermon",
            ),
            pytest.param(
                f"قدم الوزير أحمد سالم اقتراحه للمجلس، وقال: «{_SOON}».",
                "أحمد سالم",
                id="a-masculine-object",
            ),
            pytest.param(
                f"وكانت الوزيرة جانيته هوفمان قالت إن «{_SOON}».",
                "جانيته هوفمان",
                id="a-foreign-name-in-te-after-kana",
            ),
            pytest.param(
                f"وأضافت مديرته سلمى حسن: «{_SOON}».",
                "سلمى حسن",
                id="a-title-with-its-possessive",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _SOON).speaker == speaker, text


_WORRY = "الأرقام مقلقة"


class TestTitledSubjectAfterAFrontedOccasion:
    """ "وخلال الجلسة قدم رئيس الوزراء تقريرا مفصلا، وقال إن «…»": a fronted
    adverbial of occasion with no comma (خلال/في/عقب/بعد, a demonstrative, a
    noun in construct, definite nouns), then the clause's verb, whose bare
    title or body is the subject the joined verb of saying goes on with.
    Before, the adverbial hid the verb and the quote had no speaker."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"وخلال الجلسة قدم رئيس الوزراء تقريرا مفصلا، وقال إن «{_WORRY}».",
                "رئيس الوزراء",
                id="reviewer-during-the-session",
            ),
            pytest.param(
                f"وفي ذلك الاجتماع قدم رئيس الوزراء تقريرا مفصلا، وقال إن «{_WORRY}».",
                "رئيس الوزراء",
                id="reviewer-in-that-meeting",
            ),
            pytest.param(
                f"وفي تلك الجلسة قدم وزير المالية تقريرا مفصلا، وقال إن «{_WORRY}».",
                "وزير المالية",
                id="a-post-in-construct",
            ),
            pytest.param(
                f"وعقب الاجتماع أصدر الحزب بيانا، وقال إن «{_WORRY}».",
                "الحزب",
                id="a-body",
            ),
            pytest.param(
                f"وبعد الجلسة تحدث النائب للصحفيين، وقال إن «{_WORRY}».",
                "النائب",
                id="a-bare-title-then-to-whom",
            ),
            pytest.param(
                f"وفي ختام الجلسة المسائية قدم رئيس الوزراء تقريرا، وقال إن «{_WORRY}».",
                "رئيس الوزراء",
                id="a-noun-in-construct-and-an-adjective",
            ),
        ],
    )
    def test_the_subject_speaks(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _WORRY).speaker == speaker, text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"وخلال الجلسة، قدم رئيس الوزراء تقريرا مفصلا، وقال إن «{_WORRY}».",
                "رئيس الوزراء",
                id="with-the-comma",
            ),
            pytest.param(
                f"وخلال الجلسة قدم الوزير أحمد سالم تقريرا مفصلا، وقال إن «{_WORRY}».",
                "أحمد سالم",
                id="a-titled-name",
            ),
            pytest.param(
                "قال وزير المالية إن الوضع صعب. "
                f"وخلال الجلسة قدم النواب أسئلتهم، وقال إن «{_WORRY}».",
                "وزير المالية",
                id="a-plural-subject-the-speaker-before-goes-on",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _WORRY).speaker == speaker, text


_FIRST = "الصناعة أولوية"
_HARD = "الوضع صعب"


class TestAPostHeldThenLeft:
    """ "كان X يشغل منصب مدير الشركة، ثم عين وزيرا للصناعة" then "وقال X:
    «…»": a post told with "يشغل منصب" that the sentence goes on to say he
    left or moved on from (ثم and a later event, قبل أن يستقيل, واستقال, قبل
    إقالتها) is not the role of his quotes (dev33r gave it to them)."""

    @pytest.mark.parametrize(
        "text, words",
        [
            pytest.param(
                "كان أحمد سالم يشغل منصب مدير الشركة، ثم عين وزيرا للصناعة. "
                f"وقال سالم: «{_FIRST}».",
                _FIRST,
                id="reviewer-then-appointed",
            ),
            pytest.param(
                f"وقال أحمد سالم، الذي كان يشغل منصب وزير المالية قبل أن يستقيل، إن «{_HARD}».",
                _HARD,
                id="reviewer-before-he-resigned",
            ),
            pytest.param(
                f"كانت ليلى حسن تشغل منصب مديرة المستشفى قبل إقالتها. وقالت حسن: «{_FIRST}».",
                _FIRST,
                id="before-her-dismissal",
            ),
            pytest.param(
                "وكان أحمد سالم يشغل منصب رئيس البلدية، واستقال العام الماضي. "
                f"وقال سالم: «{_FIRST}».",
                _FIRST,
                id="and-he-resigned",
            ),
            pytest.param(
                f"قال أحمد سالم إن «{_FIRST}». "
                "ويشغل سالم منصب وزير الصناعة، ثم عين نائبا لرئيس الوزراء.",
                _FIRST,
                id="a-later-sentence-then-appointed",
            ),
        ],
    )
    def test_no_role_he_left(self, text: str, words: str) -> None:
        assert quote_exactly(text, words).role is None, text

    @pytest.mark.parametrize(
        "text, words, role",
        [
            pytest.param(
                f"كان أحمد سالم يشغل منصب مدير الشركة. وقال سالم: «{_FIRST}».",
                _FIRST,
                "مدير الشركة",
                id="no-change-told",
            ),
            pytest.param(
                f"وقال أحمد سالم، الذي يشغل منصب وزير المالية منذ عام 2020، إن «{_HARD}».",
                _HARD,
                "وزير المالية",
                id="held-since",
            ),
            pytest.param(
                f"كان أحمد سالم يشغل منصب مدير الشركة حتى نهاية العام. وقال سالم: «{_FIRST}».",
                _FIRST,
                "مدير الشركة",
                id="until-a-time-no-pronoun",
            ),
            pytest.param(
                f"قال أحمد سالم إن «{_FIRST}». ويشغل سالم منصب وزير الصناعة منذ عام 2021.",
                _FIRST,
                "وزير الصناعة",
                id="a-later-sentence-since",
            ),
        ],
    )
    def test_near_misses(self, text: str, words: str, role: str) -> None:
        assert quote_exactly(text, words).role == role, text
