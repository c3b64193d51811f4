"""Known weaknesses taken up by kw36b (strict xfails first, newest file
first, then docs' Known weaknesses from the bottom up). Every sentence here is
invented; one class per rule."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import quote_exactly


class TestAGivenNameInMaqsuraAfterAnOutletsName:
    """ "رئيسة تحرير مجلة X سلمى Y Z": after an outlet's head and the word of
    its name, a woman's given name written with ى (سلمى، نجوى، سعدى), which
    folds like a nisba or a common noun and is in no list of given names,
    opens the holder's name when a given name (her father's) follows it; no
    nisba ends in ى. Not the outlet's own name right after its head ("مجلة
    صدى"), nor a word in ى followed by no given name."""

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                'وقالت رئيسة تحرير موقع ساحات نجوى عادل السيد إن "الموقع سيعود قريبا".',
                "الموقع سيعود قريبا",
                "نجوى عادل السيد",
                "رئيسة تحرير موقع ساحات",
                id="a-site",
            ),
            pytest.param(
                'وقالت مديرة تحرير مجلة نجمة سعدى كامل الحسن إن "العدد جاهز للطبع".',
                "العدد جاهز للطبع",
                "سعدى كامل الحسن",
                "مديرة تحرير مجلة نجمة",
                id="a-magazine",
            ),
            pytest.param(
                'وأوضحت نائبة رئيس تحرير صحيفة المدى بشرى حسن الراوي أن "الصحيفة لن تغلق".',
                "الصحيفة لن تغلق",
                "بشرى حسن الراوي",
                "نائبة رئيس تحرير صحيفة المدى",
                id="a-newspaper-definite",
            ),
            pytest.param(
                'وقالت رئيسة تحرير مجلة صدى سلمى كامل العطار إن "العدد القادم يتناول الزراعة".',
                "العدد القادم يتناول الزراعة",
                "سلمى كامل العطار",
                "رئيسة تحرير مجلة صدى",
                id="the-outlets-name-in-maqsura-too",
            ),
        ],
    )
    def test_the_name_opens_at_it(self, text: str, words: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                'وقال رئيس تحرير مجلة صدى مازن الحلبي إن "العدد القادم جاهز".',
                "العدد القادم جاهز",
                "مازن الحلبي",
                "رئيس تحرير مجلة صدى",
                id="the-outlets-name-in-maqsura",
            ),
            pytest.param(
                'وقال رئيس تحرير مجلة دنيا مصطفى حسن إن "العدد جاهز".',
                "العدد جاهز",
                "مصطفى حسن",
                "رئيس تحرير مجلة دنيا",
                id="a-listed-given-name",
            ),
            pytest.param(
                'وقال مدير صحة مرسى مطروح سامي حسن إن "المخزون يكفي".',
                "المخزون يكفي",
                "سامي حسن",
                "مدير صحة مرسى مطروح",
                id="a-place-in-maqsura",
            ),
        ],
    )
    def test_near_misses(self, text: str, words: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text


class TestAClericReceivedByAHostsPost:
    """ "واستقبل رئيس الجمهورية المطران X Y، وقال": after a verb of receiving
    or meeting, a cleric by his rank (المطران، الأب، القس، البطريرك) and name,
    past the title's definite genitive, with nothing after him but the
    clause's end, is the one met, the verb's object: the host's post speaks
    in the verbs after. Not when an object follows ("واستقبل رئيس الجامعة
    الأب X Y وفدا …": the rank is the host's own), nor past an aside and an
    object."""

    @pytest.mark.parametrize(
        "text, words, speaker",
        [
            pytest.param(
                "والتقت وزيرة الثقافة القس سامر نعمة، وقالت إن «الحوار مستمر بين الجميع».",
                "الحوار مستمر بين الجميع",
                "وزيرة الثقافة",
                id="met-a-pastor",
            ),
            pytest.param(
                "واستقبل وزير الخارجية البطريرك يوسف حنا، وأكد أن «الزيارة كانت ناجحة».",
                "الزيارة كانت ناجحة",
                "وزير الخارجية",
                id="received-a-patriarch",
            ),
            pytest.param(
                "واستقبل محافظ حلب المطران بولس داود، وأوضح أن «الكنائس ستفتح أبوابها».",
                "الكنائس ستفتح أبوابها",
                "محافظ حلب",
                id="received-a-bishop",
            ),
            pytest.param(
                "واستقبل رئيس البرلمان المطران كميل نصار. وقال إن «البلاد تمر بمرحلة صعبة».",
                "البلاد تمر بمرحلة صعبة",
                "رئيس البرلمان",
                id="the-next-sentence",
            ),
        ],
    )
    def test_the_host_speaks(self, text: str, words: str, speaker: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, speaker), text

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                "واستقبل رئيس الجامعة الأب كميل نصار وفدا من الطلاب، "
                "وقال إن «الجامعة مفتوحة للجميع».",
                "الجامعة مفتوحة للجميع",
                "كميل نصار",
                "رئيس الجامعة",
                id="an-object-follows",
            ),
            pytest.param(
                "واستقبل رئيس الدير الأرشمندريت طلال هاشم، يوم الأحد، وفدا من الزوار، "
                "وقال إن «الدير مفتوح للزوار».",
                "الدير مفتوح للزوار",
                "طلال هاشم",
                "رئيس الدير",
                id="an-aside-then-an-object",
            ),
            pytest.param(
                "واستقبل محافظ البصرة المطران جورج حنا. وقال المطران حنا إن «الزيارة مهمة جدا».",
                "الزيارة مهمة جدا",
                "جورج حنا",
                "المطران",
                id="the-cleric-named-again-speaks",
            ),
        ],
    )
    def test_near_misses(self, text: str, words: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text


class TestAPostMetAfterTheHostsTitle:
    """ "والتقى الوزير قائد الجيش، وقال": after a verb of meeting or
    receiving, a post in construct (a bare title and its definite genitive)
    right after the host's definite title, then a comma, is the one met, the
    verb's object, no apposition of the host's title: the host speaks in the
    verb after (the two posts were read as one person's). Not after a rank
    or a title said before a name ("الفريق قائد الجيش", "الأمير ولي العهد"),
    nor when a name follows the post met."""

    @pytest.mark.parametrize(
        "text, words, speaker",
        [
            pytest.param(
                "والتقى الوزير قائد الجيش، وقال إن «الحدود آمنة تماما».",
                "الحدود آمنة تماما",
                "الوزير",
                id="met-the-army-chief",
            ),
            pytest.param(
                "واستقبل المحافظ مدير الشرطة، وأكد أن «الأمن مستتب في المدينة».",
                "الأمن مستتب في المدينة",
                "المحافظ",
                id="received-the-police-chief",
            ),
            pytest.param(
                "والتقت الوزيرة رئيس الغرفة، وقالت إن «الصادرات تضاعفت هذا العام».",
                "الصادرات تضاعفت هذا العام",
                "الوزيرة",
                id="a-woman-host",
            ),
        ],
    )
    def test_the_host_speaks(self, text: str, words: str, speaker: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, speaker), text

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                "والتقى الفريق قائد الجيش، وقال إن «الحدود آمنة تماما».",
                "الحدود آمنة تماما",
                "الفريق قائد الجيش",
                "الفريق قائد الجيش",
                id="a-rank-before-the-post",
            ),
            pytest.param(
                "والتقى الوزير رئيس الجمعية سامي خليل، وقال إن «الحدود آمنة تماما».",
                "الحدود آمنة تماما",
                "سامي خليل",
                "الوزير رئيس الجمعية",
                id="a-name-after-the-post-as-before",
            ),
            pytest.param(
                "وقال الوزير رئيس اللجنة إن «الحدود آمنة تماما».",
                "الحدود آمنة تماما",
                "الوزير رئيس اللجنة",
                "الوزير رئيس اللجنة",
                id="no-verb-of-meeting",
            ),
        ],
    )
    def test_near_misses(self, text: str, words: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text
