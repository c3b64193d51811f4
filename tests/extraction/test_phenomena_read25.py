"""Findings of the fifth session's review (read25) mended by mend25a/b/c.
Every sentence here is invented.

mend25b, finding B1 (dating.free_relative): a ما right after a word of time
("أثناء ما", "خلال ما") or before a word of naming or likeness ("ما يسمى",
"ما يعرف", "ما يشبه") opens no free relative "what (he did)": the date in
that adverbial is the occasion's, the words were said at it. Near misses:
a free relative after a verbal noun or a reply ("لمراجعة ما أنجزته",
"ردا على ما نشرته"): the date is the deed's.

mend25b, finding B2 (dating.met_at_place): a noun of topic or cause glued
to بـ ("بخصوص", "بسبب") between a meeting's verb and the place makes the
place and date the topic's. Near misses: the people met at a town glued to
بـ, with no such noun.

mend25b, finding B4 (phrases.post_words_end): "خلفا لـ", "بدلا من", "عوضا
عن" after a post told end it. Near misses: a post with its body's name.
"""

from __future__ import annotations

import pytest

from claims.extraction import extract
from tests.extraction.helpers import one


def _only(text: str):
    quotes = extract(text)
    assert len(quotes) == 1, quotes
    return quotes[0]


class TestMend25bAdverbialWhatIsNoFreeRelative:
    @pytest.mark.parametrize(
        "text, date",
        [
            pytest.param(
                "وقالت الوزيرة، خلال ما يسمى ملتقى المبدعين يوم 12 أبريل 2022، إن «الدعم سيتضاعف».",
                "2022-04-12",
                id="during-the-so-called",
            ),
            pytest.param(
                "وقال المدير، في ما يشبه الرد يوم 8 يونيو 2020، إن «الأرقام دقيقة».",
                "2020-06-08",
                id="in-a-kind-of",
            ),
            pytest.param(
                "وقال الرئيس، أثناء ما كان يتفقد المستشفى يوم 17 نوفمبر 2019، إن «الخدمات ستتحسن».",
                "2019-11-17",
                id="while-he-was",
            ),
            pytest.param(
                "وقال المحافظ، خلال ما يعرف بيوم المدينة يوم 2 مايو 2023، إن «المشاريع جاهزة».",
                "2023-05-02",
                id="during-what-is-known-as",
            ),
        ],
    )
    def test_the_occasion_dates_the_words(self, text, date):
        assert _only(text).date == date

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "وقال الوزير خلال اجتماع عقده لمتابعة ما أنجزته الوزارة يوم 4 فبراير 2020 "
                "إن «العمل متواصل».",
                id="verbal-noun-object",
            ),
            pytest.param(
                "وقالت النائبة ردا على ما نشره الموقع يوم 9 يناير 2021 إن «الخبر مفبرك».",
                id="reply-to-what",
            ),
        ],
    )
    def test_a_deed_after_what_keeps_its_date(self, text):
        assert _only(text).date is None


class TestMend25bTopicOrCauseBeforeTheTown:
    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "والتقى المحافظ بعائلات الصيادين بخصوص غرق قارب بصفاقس يوم 14 يوليو 2020، "
                "وقال لهم: «سنواصل البحث».",
                id="about-a-sinking",
            ),
            pytest.param(
                "والتقى الوالي بممثلي الفلاحين بسبب نقص مياه الري بباجة يوم 3 فبراير 2022، "
                "وقال لهم: «سيتم الحل».",
                id="because-of-a-shortage",
            ),
            pytest.param(
                "والتقى الوزير بممثلي العمال وبخصوص إغلاق المصنع بقابس يوم 6 أكتوبر 2021، "
                "قال لهم: «الحل قريب».",
                id="and-about-a-closure",
            ),
        ],
    )
    def test_the_town_and_date_are_the_topics(self, text):
        assert _only(text).date is None

    @pytest.mark.parametrize(
        "text, date",
        [
            pytest.param(
                "والتقى المحافظ بعائلات الصيادين بصفاقس يوم 14 يوليو 2020، "
                "وقال لهم: «سنواصل البحث».",
                "2020-07-14",
                id="the-town-alone",
            ),
        ],
    )
    def test_the_town_still_dates_the_meeting(self, text, date):
        assert _only(text).date == date


def _role_of(text: str, name: str) -> str | None:
    for q in extract(text):
        if q.speaker == name:
            return q.role
    return None


class TestMend25bPostEndsBeforeSuccession:
    @pytest.mark.parametrize(
        "text, name, role",
        [
            pytest.param(
                "تسلم أمس، رامي الخطيب، منصب وزير الصحة خلفا لسعيد منصور. "
                "وقال الخطيب: «سنبني مستشفيات».",
                "الخطيب",
                "وزير الصحة",
                id="in-succession-to",
            ),
            pytest.param(
                "تولى اليوم، منير العابد، منصب محافظ البنك المركزي بدلا من كريم ناصر. "
                "وقال العابد: «سنحمي العملة».",
                "العابد",
                "محافظ البنك المركزي",
                id="instead-of",
            ),
            pytest.param(
                "تسلمت أمس، هدى السالم، منصب وزيرة التربية عوضا عن ليلى حسن. "
                "وقالت السالم: «المدرسة أولا».",
                "السالم",
                "وزيرة التربية",
                id="in-place-of",
            ),
        ],
    )
    def test_the_post_ends_before_whom_one_succeeds(self, text, name, role):
        assert _role_of(text, name) == role


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract(text)]


class TestMend25bWhetherClauseSubjectIsNoSpeaker:
    """mend25b, finding B5 (speakers resolve, steps 4 and 5): the definite
    title that is the subject of a fronted whether-clause ("وعما إذا كان
    الوزير سيستقيل قال") is what is asked about; its verb (read as a name
    after the title) spoke no words. Near misses: the one who spoke before
    goes on; a subject after the verb speaks."""

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("وعما إذا كان الوزير سيستقيل قال: «لا».", id="an-whether"),
            pytest.param("وحول ما إذا كان المدير سيغادر قال: «لم أقرر».", id="about-whether"),
            pytest.param("وعما إذا كانت الوزيرة ستترشح قالت: «ربما».", id="feminine"),
        ],
    )
    def test_nobody_speaks(self, text):
        assert _speakers(text) == [None]

    @pytest.mark.parametrize(
        "text, speakers",
        [
            pytest.param(
                "قال رئيس الحكومة سامي الحداد: «الوضع صعب». وعما إذا كان الوزير سيستقيل قال: «لا».",
                ["سامي الحداد", "سامي الحداد"],
                id="the-one-before-goes-on",
            ),
            pytest.param(
                "وعما إذا كان الوزير سيستقيل، قال رئيس الحكومة: «لا».",
                ["رئيس الحكومة"],
                id="subject-after-the-verb",
            ),
        ],
    )
    def test_near_misses(self, text, speakers):
        assert _speakers(text) == speakers


class TestMend25aFeminineNoteAfterAMasculineClause:
    """reportA item 1: "ملاحظة" after a comma is "noting" only when the
    clause is feminine; after a masculine verb or subject it is the noun "a
    note", and the clause's subject keeps the words."""

    def test_masculine_clause_keeps_its_subject(self):
        for text, frag, speaker in (
            ("وأشار التقرير، ملاحظة أن «النمو تباطأ كثيرا»، إلى أزمة.", "تباطأ كثيرا", "التقرير"),
            ("ونشر الموقع الخبر، ملاحظة: «لم نتحقق من المصدر بعد».", "من المصدر", "الموقع"),
            ("وأصدر المكتب بيانا، ملاحظة: «لم نتحقق من المصدر بعد».", "من المصدر", "المكتب"),
        ):
            q = one(text, frag)
            assert q.speaker and q.speaker.startswith(speaker), (text, q)
            assert q.cue != "ملاحظة", (text, q)

    def test_feminine_clause_still_notes(self):
        # near misses: a feminine verb or subject, the participle agrees
        for text, speaker in (
            ("وانتقدت الوزيرة هدى سالم القرار، ملاحظة أن «الحكومة لم تستشر أحدا».", "هدى سالم"),
            ("وانتقدت الوزيرة هدى سالم القرار، ملاحظة: «الحكومة لم تستشر أحدا».", "هدى سالم"),
            ("وأصدرت الوزارة بيانا، ملاحظة أن «الحكومة لم تستشر أحدا».", "الوزارة"),
        ):
            q = one(text, "لم تستشر")
            assert q.speaker == speaker and q.cue == "ملاحظة", (text, q)


class TestMend25aAliBeforeAWritersOwnPiece:
    """reportA item 2: a name-like علي right before a possessed occasion of
    one's own ("روايتها", "عموده") is the name Ali, not the preposition على
    (a possessed occasion is the verb's object, no object of على)."""

    def test_ali_stays_in_the_name(self):
        for text, speaker in (
            ("وختمت الكاتبة هدى علي روايتها بالقول: «الحرية أولا دائما».", "هدى علي"),
            ("وختم الكاتب سامي علي عموده قائلا: «الحرية أولا دائما».", "سامي علي"),
            ("وختم سامي علي دراسته بالقول: «الحرية أولا دائما».", "سامي علي"),
            ("وختمت هدى علي كلمتها بالقول: «الحرية أولا دائما».", "هدى علي"),
        ):
            q = one(text, "أولا دائما")
            assert q.speaker == speaker, (text, q)

    def test_ala_as_a_preposition_is_kept(self):
        # near misses: على the preposition, or علي at the end of the name
        for text, speaker in (
            ("وأثنى الوزير أحمد سالم على دراستها، وقال: «الحرية أولا دائما».", "أحمد سالم"),
            ("وعلق الوزير أحمد سالم علي مقالها قائلا: «الحرية أولا دائما».", "أحمد سالم"),
            ("وختم الكاتب سامي علي مقاله بالقول: «الحرية أولا دائما».", "سامي علي"),
            ("وقال الوزير علي سالم: «الحرية أولا دائما».", "علي سالم"),
        ):
            q = one(text, "أولا دائما")
            assert q.speaker == speaker, (text, q)


class TestMend25aNameAfterAOneWordNickname:
    """reportA item 3: "المعروف بلقب X" with a one-word nickname and then a
    given name: the person's name follows the nickname and is the speaker
    (the known-as words no longer end the phrase at the bare title)."""

    def test_the_name_after_the_nickname_speaks(self):
        for text, speaker in (
            ("وقال المدرب المعروف بلقب الجنرال أحمد سالم: «سنفوز في المباراة».", "أحمد سالم"),
            ("وقال اللاعب المعروف بلقب الساحر خالد سالم: «سنفوز في المباراة».", "خالد سالم"),
            ("وقال القائد المشهور بلقب الثعلب سامي حداد: «سنفوز في المباراة».", "سامي حداد"),
        ):
            q = one(text, "في المباراة")
            assert q.speaker == speaker, (text, q)

    def test_a_nickname_alone_still_ends_the_post(self):
        # near misses: no name after the nickname, a kunya, a nickname in marks
        for text in (
            "وقال اللاعب المعروف بلقب الجنرال إن «الفوز قريب جدا».",
            "وقال اللاعب المعروف بلقب أبو خالد إن «الفوز قريب جدا».",
            "وقال قائد الفصيل المعروف باسم أبو فادي إن «الفوز قريب جدا».",
            "وقال المدرب المعروف بلقب «الجنرال» إن «الفوز قريب جدا».",
        ):
            q = one(text, "قريب جدا")
            assert q.speaker in ("اللاعب", "قائد الفصيل", "المدرب"), (text, q)


class TestMend25aBasimAfterKnown:
    """reportA item 4: باسم right after "known" (المعروف, المشهور, الشهير) and
    before a given name is the first name Basim, not "by the name"."""

    def test_basim_is_the_name(self):
        for text, speaker, role in (
            ("وقال الفنان المشهور باسم عادل إن «الفن رسالة سامية».", "باسم عادل", "الفنان المشهور"),
            (
                "وقالت الفنانة الشهيرة باسم سامي إن «الفن رسالة سامية».",
                "باسم سامي",
                "الفنانة الشهيرة",
            ),
            ("وقال الكاتب المعروف باسم خليل إن «الفن رسالة سامية».", "باسم خليل", "الكاتب المعروف"),
        ):
            q = one(text, "رسالة سامية")
            assert (q.speaker, q.role) == (speaker, role), (text, q)

    def test_by_the_name_is_kept(self):
        # near misses: the spokesman's باسم, a kunya, a nickname in marks
        for text, speaker in (
            ("وأكد المتحدث باسم الوزارة باسم عادل أن «الفن رسالة سامية».", "باسم عادل"),
            ("وقال قائد الفصيل المعروف باسم أبو فادي إن «الفن رسالة سامية».", "قائد الفصيل"),
            ("وقال الكاتب المعروف بسام سالم إن «الفن رسالة سامية».", "بسام سالم"),
        ):
            q = one(text, "رسالة سامية")
            assert q.speaker == speaker, (text, q)
