"""Review findings on kw37 mended by mend35d. Every sentence here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import quote_exactly

_HARD = "الوضع صعب"


class TestABareThingAfterADefiniteTitleIsTheVerbsObject:
    """reviewB R6: a bare thing of news verbs (قرار, موقف, مشروع) in
    construct right after a title with the article, alone or with its
    nisbas, no name yet, is the verb's object, as after a post's definite
    genitive (kw37): a definite title takes no genitive of its own."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                f"انتقد الوزير قرار الحكومة، وقال إن «{_HARD}».",
                "الوزير",
                "الوزير",
                id="a-title-alone",
            ),
            pytest.param(
                f"رفض المتحدث الرسمي قرار المحكمة، وقال إن «{_HARD}».",
                "المتحدث الرسمي",
                "المتحدث الرسمي",
                id="a-title-and-its-adjective",
            ),
            pytest.param(
                f"رفض الرئيس الفلسطيني قرار الاحتلال، وقال إن «{_HARD}».",
                "الرئيس الفلسطيني",
                "الرئيس الفلسطيني",
                id="a-title-and-its-nisba",
            ),
            pytest.param(
                f"رفض الوزير الأردني مشروع القانون، وقال إن «{_HARD}».",
                "الوزير الأردني",
                "الوزير الأردني",
                id="a-draft-law",
            ),
            pytest.param(
                f"وانتقدت الوزيرة موقف المعارضة، وقالت إن «{_HARD}».",
                "الوزيرة",
                "الوزيرة",
                id="a-woman-minister",
            ),
        ],
    )
    def test_the_title_speaks(self, text: str, speaker: str, role: str) -> None:
        quote = quote_exactly(text, _HARD)
        assert (quote.speaker, quote.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                f"رفض الوزير خالد حسن قرار الحكومة، وقال إن «{_HARD}».",
                "خالد حسن",
                "الوزير",
                id="a-name-after-the-title",
            ),
            pytest.param(
                f"رفض رئيس الوزراء قرار المحكمة، وقال إن «{_HARD}».",
                "رئيس الوزراء",
                "رئيس الوزراء",
                id="a-post-and-its-genitive",
            ),
            pytest.param(
                f"وقال مدير مشروع تطوير المدارس خالد حسن إن «{_HARD}».",
                "خالد حسن",
                "مدير مشروع تطوير المدارس",
                id="the-thing-heads-the-posts-genitive",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str, role: str) -> None:
        quote = quote_exactly(text, _HARD)
        assert (quote.speaker, quote.role) == (speaker, role), text


class TestTheOneMetOfTheVerbsGenderSpeaks:
    """reviewB R9, R4: after a verb of meeting, a verb of saying of the
    other gender than the host's (the verb of meeting agreeing with the
    host), with no hearer's pronoun after it, or the one met after مع, is
    the titled person met right after the host's title, of the verb's
    gender (kw37's meeting_host asked for "له/لها"); the one met is read
    up to a place or time adjunct ("في مكتبه")."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"والتقى المحافظ رئيسة الجمعية، وقالت إن «{_HARD}».",
                "رئيسة الجمعية",
                id="no-hearer-that",
            ),
            pytest.param(
                f"والتقى المحافظ رئيسة الجمعية، وقالت: «{_HARD}».",
                "رئيسة الجمعية",
                id="no-hearer-colon",
            ),
            pytest.param(
                f"والتقى المحافظ رئيسة الجمعية، وأكدت أن «{_HARD}».",
                "رئيسة الجمعية",
                id="no-hearer-another-verb",
            ),
            pytest.param(
                f"والتقت الوزيرة رئيس البلدية، وقال إن «{_HARD}».",
                "رئيس البلدية",
                id="a-woman-host",
            ),
            pytest.param(
                f"والتقى المحافظ مع رئيسة الجمعية، وقالت له إن «{_HARD}».",
                "رئيسة الجمعية",
                id="met-after-with",
            ),
            pytest.param(
                f"والتقى المحافظ رئيسة الجمعية في مكتبه، وقالت له إن «{_HARD}».",
                "رئيسة الجمعية",
                id="a-place-after-the-one-met",
            ),
        ],
    )
    def test_the_one_met_speaks(self, text: str, speaker: str) -> None:
        quote = quote_exactly(text, _HARD)
        assert (quote.speaker, quote.role) == (speaker, speaker), text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"والتقى المحافظ رئيسة الجمعية، وقال إن «{_HARD}».",
                "المحافظ",
                id="the-hosts-gender",
            ),
            pytest.param(
                f"والتقى المحافظ رئيسة الجمعية، وقال لها إن «{_HARD}».",
                "المحافظ",
                id="the-hosts-gender-to-her",
            ),
            pytest.param(
                f"والتقت الوزيرة رئيس البلدية، وقالت إن «{_HARD}».",
                "الوزيرة",
                id="a-woman-host-speaks",
            ),
            pytest.param(
                f"والتقى المحافظ رئيس الجمعية، وقال إن «{_HARD}».",
                "المحافظ",
                id="both-men",
            ),
        ],
    )
    def test_the_host_speaks(self, text: str, speaker: str) -> None:
        quote = quote_exactly(text, _HARD)
        assert quote.speaker == speaker, text


class TestTheHostsTitleIsNoWordOfTheMetsRole:
    """reviewB R4: after a verb of meeting, a post in construct or a title
    said before a name right after the host's definite title, then a name,
    of the other gender than the host's title, is the one met: his or her
    role is the post alone, not the host's title before it."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                f"واستقبلت الوزيرة السفير الأمريكي جون كارتر، وقال لها إن «{_HARD}».",
                "جون كارتر",
                "السفير الأمريكي",
                id="an-ambassador",
            ),
            pytest.param(
                f"والتقى المحافظ رئيسة الجمعية منى خليل، وقالت له إن «{_HARD}».",
                "منى خليل",
                "رئيسة الجمعية",
                id="a-post-in-construct",
            ),
            pytest.param(
                f"واستقبلت الوزيرة السفير الأمريكي جون كارتر، وقالت إن «{_HARD}».",
                "الوزيرة",
                "الوزيرة",
                id="the-host-goes-on",
            ),
        ],
    )
    def test_the_mets_own_role(self, text: str, speaker: str, role: str) -> None:
        quote = quote_exactly(text, _HARD)
        assert (quote.speaker, quote.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                f"وقال المحافظ رئيس لجنة الطوارئ خالد حسن إن «{_HARD}».",
                "خالد حسن",
                "المحافظ رئيس لجنة الطوارئ",
                id="one-holders-posts-after-a-verb-of-saying",
            ),
            pytest.param(
                f"والتقى الوزير رئيس الجمعية خالد حسن، وقال إن «{_HARD}».",
                "خالد حسن",
                "الوزير رئيس الجمعية",
                id="of-the-hosts-gender-as-before",
            ),
            pytest.param(
                f"والتقى الوزير خالد حسن السفير الأمريكي جون كارتر، وقال إن «{_HARD}».",
                "خالد حسن",
                "الوزير",
                id="a-named-host",
            ),
            pytest.param(
                f"واستقبل الرئيس المدير العام للشركة خالد حسن وفدا من العمال، وقال إن «{_HARD}».",
                "خالد حسن",
                "الرئيس المدير العام للشركة",
                id="one-post-of-two-titles",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str, role: str) -> None:
        quote = quote_exactly(text, _HARD)
        assert (quote.speaker, quote.role) == (speaker, role), text
