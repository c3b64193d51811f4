"""Mends of review findings on who speaks after a verb of meeting or of
contacting (mend26b: review A item 2, review B item 3, review C items 1
and 2). Every sentence here is invented.

The verb of saying must agree in number and gender with the subject it is
given: the host of a meeting speaks to those met only with a singular verb
of his gender; a plural verb after a group met is the group's; the one a
verb of contacting reaches is not the speaker when the hearer's pronoun
after the verb of saying is of his gender (he is the one spoken to).
"""

from __future__ import annotations

import pytest

from tests.extraction.helpers import assert_speaker, only_quote


def _speaker_role(text: str) -> tuple[str | None, str | None]:
    q = only_quote(text)
    return q.speaker, q.role


class TestMend26bTheHostsTitleWithItsAdjectiveOrGenitive:
    """After a verb of meeting, a group of people in construct past the
    host's title is the one met, also when the title keeps an adjective of
    a title ("الوزير الأول") or is bare with its genitive ("وزير الداخلية"):
    the title and what it keeps are read as meeting_host reads them
    (words.title_span_end), so "وقال لهم" is the host's (review B item 3:
    the people met were read as the post holder's name). Near misses: the
    bare definite title (already right), a name after the title."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            (
                "والتقى الوزير الأول رؤساء البلديات، وقال لهم إن «الميزانية ستزيد هذا العام».",
                "الوزير الأول",
            ),
            (
                "واستقبل الوزير المنتدب أعضاء الجمعية، وقال لهم إن «الميزانية ستزيد هذا العام».",
                "الوزير المنتدب",
            ),
            (
                "والتقى وزير الزراعة ممثلي الفلاحين، وقال لهم إن «الميزانية ستزيد هذا العام».",
                "وزير الزراعة",
            ),
            (
                "واستقبلت وزيرة الثقافة أعضاء الفرقة، وقالت لهم إن «الميزانية ستزيد هذا العام».",
                "وزيرة الثقافة",
            ),
        ],
    )
    def test_the_host_speaks(self, text, speaker):
        assert _speaker_role(text)[0] == speaker

    @pytest.mark.parametrize(
        "text, speaker",
        [
            ("والتقى المحافظ رؤساء البلديات، وقال لهم إن «الميزانية ستزيد هذا العام».", "المحافظ"),
        ],
    )
    def test_near_misses(self, text, speaker):
        assert _speaker_role(text)[0] == speaker


class TestMend26bAPluralVerbIsTheGroupMets:
    """After a verb of meeting and the host's title, a plural verb of saying
    ("الذين قالوا", "وقالوا له", "وقالوا لها") agrees with the group met
    (words.met_group_head), not with the singular host: the group speaks
    (review A item 2, review C item 2: the host took the plural verb's
    number and was given the words). Near misses: a singular verb with
    "لهم" (the host), a plural verb with no group met after the title."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            ("والتقى المحافظ ممثلي التجار الذين قالوا إن «الأسعار ترتفع كل يوم».", "ممثلي التجار"),
            (
                "والتقت الوزيرة ممثلي المزارعين، وقالوا لها إن «الأسعار ترتفع كل يوم».",
                "ممثلي المزارعين",
            ),
            ("واستقبل الرئيس أعضاء اللجنة، وقالوا له إن «الأسعار ترتفع كل يوم».", "أعضاء اللجنة"),
            (
                "والتقى وزير التجارة ممثلي الباعة، وقالوا له إن «الأسعار ترتفع كل يوم».",
                "ممثلي الباعة",
            ),
        ],
    )
    def test_the_group_speaks(self, text, speaker):
        q = only_quote(text)
        assert (q.speaker, q.role) == (speaker, None)

    @pytest.mark.parametrize(
        "text, speaker",
        [
            ("والتقى المحافظ ممثلي التجار، وقال لهم إن «الأسعار ستنخفض قريبا جدا».", "المحافظ"),
            ("والتقت الوزيرة ممثلي المزارعين، وقالت لهم إن «الأسعار ستنخفض قريبا جدا».", "الوزيرة"),
        ],
    )
    def test_a_singular_verb_is_the_hosts(self, text, speaker):
        assert _speaker_role(text)[0] == speaker

    def test_a_feminine_verb_after_a_male_host_is_the_one_mets(self):
        q = only_quote("والتقى المحافظ رئيسة الجمعية، وقالت له إن «الأسعار ترتفع كل يوم».")
        assert_speaker(q, "رئيسة الجمعية")

    def test_no_group_met_no_host(self):
        # (a plural verb and no group after the title: never the host)
        q = only_quote("والتقى المحافظ في مكتبه، وقالوا له إن «الأسعار ترتفع كل يوم».")
        assert q.speaker != "المحافظ"


class TestMend26bMoreGroupsMet:
    """The heads of a group met after the host's title include the
    injured and the victims, the young and a group of people ("ضحايا",
    "جرحى", "مصابي", "شباب", "مجموعة": words._MET_GROUP_HEADS; review A
    item 2, third bullet: they were read as the host's name and given the
    words). Near misses: a given name after the title."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            ("والتقى المحافظ ضحايا الفيضان، وقال لهم إن «التعويضات ستصرف قريبا».", "المحافظ"),
            ("والتقى الوزير جرحى الحادث، وقال لهم إن «التعويضات ستصرف قريبا».", "الوزير"),
            ("والتقى المحافظ مصابي الحادث، وقال لهم إن «التعويضات ستصرف قريبا».", "المحافظ"),
            ("والتقى المحافظ شباب القرية، وقال لهم إن «التعويضات ستصرف قريبا».", "المحافظ"),
            ("والتقى المحافظ مجموعة من المتطوعين، وقال لهم إن «التعويضات ستصرف قريبا».", "المحافظ"),
        ],
    )
    def test_the_host_speaks(self, text, speaker):
        assert _speaker_role(text)[0] == speaker

    def test_a_name_after_the_title_is_the_hosts(self):
        assert (
            _speaker_role(
                "والتقى المحافظ سامر الحداد وفد التجار، وقال لهم إن «التعويضات ستصرف قريبا»."
            )[0]
            == "سامر الحداد"
        )


class TestMend26bTheOneContactedIsSpokenTo:
    """After a verb of contacting, the hearer's pronoun after the verb of
    saying with ف, of the gender of the one contacted ("فقال له",
    "فقالت لها"), makes him the one spoken to: the caller speaks, not the
    one contacted (review C item 1: "واتصل X بوزير الصحة فقال له" gave the
    words to the minister called). Near misses: no pronoun after the verb
    (the one contacted answers), a pronoun of the caller's other gender
    ("واتصلت الصحيفة بالمدير فقال لها": the director answers her)."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            (
                "واتصل رئيس البرلمان بوزير المالية فقال له إن «الموازنة تحتاج مراجعة».",
                "رئيس البرلمان",
            ),
            ("واتصل المحافظ بمدير الشرطة فقال له: «الموازنة تحتاج مراجعة عاجلة».", "المحافظ"),
            ("واتصلت الوزيرة بمديرة المستشفى فقالت لها إن «الموازنة تحتاج مراجعة».", "الوزيرة"),
        ],
    )
    def test_the_caller_speaks(self, text, speaker):
        assert _speaker_role(text)[0] == speaker

    @pytest.mark.parametrize(
        "text, speaker",
        [
            ("واتصلت الصحيفة بمدير الشرطة فقال إن «التحقيق مستمر حتى الآن».", "مدير الشرطة"),
            ("واتصلت الصحيفة بمدير الشرطة فقال لها إن «التحقيق مستمر حتى الآن».", "مدير الشرطة"),
        ],
    )
    def test_the_one_contacted_answers(self, text, speaker):
        assert _speaker_role(text)[0] == speaker
