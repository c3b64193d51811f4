"""Wrong speakers found on the tenth session's development set (dev30s).
Every sentence here is invented; one class per rule."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import quote_exactly

_WORDS = "لن نسمح بأي تهاون في حماية الحدود"


class TestSpeechGivenByAnUnnamedPost:
    """ "ألقى رئيس مجلس النواب كلمة قال فيها «…»": the giver of the speech
    speaks in it also when he is a post of several words with no name (an
    unnamed holder, read as anonymous) or an unnamed official; only a
    titled or named person did, and the words had no speaker."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"ألقى رئيس مجلس النواب كلمة قال فيها «{_WORDS}».",
                "رئيس مجلس النواب",
                id="a-post-in-construct",
            ),
            pytest.param(
                f"وفي ختام المناورات، ألقى قائد أركان القوات البحرية كلمة قال فيها «{_WORDS}».",
                "قائد أركان القوات البحرية",
                id="after-a-fronted-adverbial",
            ),
            pytest.param(
                f"ألقى أحد المسؤولين كلمة قال فيها «{_WORDS}».",
                "أحد المسؤولين",
                id="one-of-the-officials",
            ),
            pytest.param(
                f"وألقى مصدر مسؤول كلمة قال فيها «{_WORDS}».",
                "مصدر مسؤول",
                id="a-source-not-the-speech",
            ),
        ],
    )
    def test_the_giver_speaks(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _WORDS).speaker == speaker, text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"ألقى رئيس البرلمان سامي النجار كلمة قال فيها «{_WORDS}».",
                "سامي النجار",
                id="a-named-holder",
            ),
            pytest.param(
                f"ألقى رئيس الحكومة كلمة قال فيها «{_WORDS}».",
                "رئيس الحكومة",
                id="a-titled-post",
            ),
            pytest.param(
                f"أصدرت اللجنة التنفيذية للحزب بيانا قالت فيه «{_WORDS}».",
                "اللجنة التنفيذية للحزب",
                id="a-body-and-its-statement",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _WORDS).speaker == speaker, text


_CHIEF = "قال الفريق سعيد المراكشي، نائب وزير الدفاع رئيس أركان الجيش الوطني، إن التدريبات انتهت.\n"


class TestSecondPostOfAPersonNamedBefore:
    """ "X، نائب وزير الدفاع رئيس أركان الجيش، …" then "وقال رئيس أركان
    الجيش «…»": a bare post (read as an unnamed holder) that is the second
    of two posts a person was named with, the first ending on a definite
    genitive, is that person; only the first post's head led back to him.
    Not the deputy's post in construct ("نائب رئيس مجلس النواب X" then
    "رئيس مجلس النواب"), nor a post only part of the second."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                _CHIEF + f"وقال رئيس أركان الجيش الوطني «{_WORDS}».",
                "سعيد المراكشي",
                "نائب وزير الدفاع رئيس أركان الجيش الوطني",
                id="two-posts-in-commas",
            ),
            pytest.param(
                "أكد وزير الدولة رئيس ديوان الرئاسة منير الساعدي أن التدريبات انتهت.\n"
                f"وأضاف رئيس ديوان الرئاسة «{_WORDS}».",
                "منير الساعدي",
                "وزير الدولة رئيس ديوان الرئاسة",
                id="two-posts-before-the-name",
            ),
            pytest.param(
                "قالت الدكتورة ليلى العامري، عميدة كلية الطب رئيسة لجنة الأخلاقيات"
                " الطبية، إن التدريبات انتهت.\n"
                f"وأوضحت رئيسة لجنة الأخلاقيات الطبية «{_WORDS}».",
                "ليلى العامري",
                "عميدة كلية الطب رئيسة لجنة الأخلاقيات الطبية",
                id="a-woman-s-second-post",
            ),
            pytest.param(
                _CHIEF + f"وفي المساء، ألقى رئيس أركان الجيش الوطني كلمة قال فيها «{_WORDS}».",
                "سعيد المراكشي",
                "نائب وزير الدفاع رئيس أركان الجيش الوطني",
                id="the-speech-giver",
            ),
        ],
    )
    def test_the_holder_speaks(self, text: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, _WORDS)
        assert (q.speaker, q.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                "قال نائب رئيس مجلس النواب سعيد المراكشي إن التدريبات انتهت.\n"
                f"وقال رئيس مجلس النواب «{_WORDS}».",
                "رئيس مجلس النواب",
                id="the-deputy-is-not-the-head",
            ),
            pytest.param(
                _CHIEF + f"وقال رئيس أركان القوات البحرية «{_WORDS}».",
                "رئيس أركان القوات البحرية",
                id="another-body",
            ),
            pytest.param(
                "قال الفريق سعيد المراكشي، مستشار رئيس أركان الجيش الوطني، إن التدريبات"
                f" انتهت.\nوقال رئيس أركان الجيش الوطني «{_WORDS}».",
                "رئيس أركان الجيش الوطني",
                id="the-adviser-is-not-the-chief",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _WORDS).speaker == speaker, text
