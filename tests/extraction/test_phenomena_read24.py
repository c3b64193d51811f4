"""Mends of the final read's findings (read24, reports A, B and C). Every
sentence here is invented. Each engineer writes in a class block of their
own, prefixed with their tag.
"""

from __future__ import annotations

import pytest

from claims.extraction import extract
from tests.extraction.helpers import quote_exactly


def _quotes(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.role) for q in extract(text)]


# mend24a: report A finding 1. "ما جاء/ورد على لسان X" after "according to"
# (بحسب، حسب، وفق، وفقا، طبقا، تبعا, with or without و) is X's account, a
# source; dev24s's skip (the object of a verb: "وأكد Y ما جاء على لسان X")
# had taken it too, and X was lost.
class TestMend24aAccordingToWhatCameOnTongue:
    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            (
                "وبحسب ما جاء على لسان المتحدث باسم الدفاع المدني كريم ناصر، فإن «الحريق أخمد».",
                "الحريق أخمد",
                "كريم ناصر",
                "المتحدث باسم الدفاع المدني",
            ),
            (
                "ووفق ما ورد على لسان الوزيرة هالة يوسف فإن «المدارس ستفتح في الموعد».",
                "المدارس ستفتح في الموعد",
                "هالة يوسف",
                "الوزيرة",
            ),
            (
                "وحسب ما جاء على لسان مدير الميناء، فإن «السفن ستدخل غدا».",
                "السفن ستدخل غدا",
                "مدير الميناء",
                "مدير الميناء",
            ),
            (
                "ووفقا لما جاء على لسان الناطق باسم البلدية عادل حمدي، فإن «الطريق سيفتح».",
                "الطريق سيفتح",
                "عادل حمدي",
                "الناطق باسم البلدية",
            ),
            (
                "وطبقا لما ورد على لسان رئيس اللجنة نبيل عيسى، فإن «التقرير سينشر قريبا».",
                "التقرير سينشر قريبا",
                "نبيل عيسى",
                "رئيس اللجنة",
            ),
        ],
        ids=["bihasab-ma-jaa", "wifq-ma-warad", "hasab-title-alone", "wifqan-lima", "tibqan-lima"],
    )
    def test_the_one_on_whose_tongue_speaks(self, text, words, speaker, role):
        assert [q for q in _quotes(text) if q[0] == words] == [(words, speaker, role)]

    @pytest.mark.parametrize(
        "text, words, speaker",
        [
            (
                "وأكد النائب سليم داود ما جاء على لسان رئيس الكتلة، "
                "وأضاف: «لن نصوت على الميزانية».",
                "لن نصوت على الميزانية",
                "سليم داود",
            ),
            (
                "ورد الوزير فادي منصور على ما ورد على لسان المعارض، مؤكدا أن «الأرقام صحيحة».",
                "الأرقام صحيحة",
                "فادي منصور",
            ),
        ],
        ids=["confirmed-object", "answered-object"],
    )
    def test_the_object_of_a_verb_is_no_source(self, text, words, speaker):
        assert [q[0] for q in _quotes(text) if q[0] == words] == [words]
        assert speaker in [q[1] for q in _quotes(text) if q[0] == words]


# mend24a: report A finding 2. على, an idiom's noun that is a family name too
# (خلاف، حساب، غرار), then أنّ, a colon, a comma or "في تصريح": nothing goes on
# with the idiom, the name Ali and his family name speak; the idiom with its
# complement ("على صعيد آخر", "على خلاف ذلك") is still no name (dev24s).
class TestMend24aAliBeforeAnIdiomNounThatEnds:
    @pytest.mark.parametrize(
        "text, words, speaker",
        [
            ("وقال على خلاف إن «الميزانية لا تكفي».", "الميزانية لا تكفي", "على خلاف"),
            (
                "وأضاف على خلاف في تصريح صحفي أن «المفاوضات متعثرة».",
                "المفاوضات متعثرة",
                "على خلاف",
            ),
            ("وقال على خلاف: «سنواصل الإضراب».", "سنواصل الإضراب", "على خلاف"),
            ("وقال على حساب إن «الفريق جاهز للمباراة».", "الفريق جاهز للمباراة", "على حساب"),
        ],
        ids=["khilaf-that", "khilaf-in-a-statement", "khilaf-colon", "hisab-that"],
    )
    def test_ali_and_his_family_name_speak(self, text, words, speaker):
        assert [q[1] for q in _quotes(text) if q[0] == words] == [speaker]

    @pytest.mark.parametrize(
        "text, words",
        [
            ("وأوضح على صعيد آخر أن «الأسعار ستنخفض».", "الأسعار ستنخفض"),
            ("وقال على خلاف ذلك إن «الخطة ناجحة».", "الخطة ناجحة"),
            ("وذكر على حساب الوزارة أن «الرحلة مجانية».", "الرحلة مجانية"),
        ],
        ids=["on-another-level", "contrary-to-that", "on-the-account"],
    )
    def test_the_idiom_going_on_is_no_name(self, text, words):
        assert [q[1] for q in _quotes(text) if q[0] == words] == [None]


# mend24b: report B findings 1 and 2.
def _mend24b_only(text: str):
    quotes = extract(text)
    assert len(quotes) == 1, quotes
    return quotes[0]


class TestMend24bMeetingPlaceShape:
    """Report B findings 1 and 2 (dating.met_at_place): a meeting's date
    past eight tokens from its verb holds at its place only when the place
    is one (a venue glued to بـ: "بمقر", "بالعاصمة"; not a cause or a
    topic: "بخصوص", "بسبب") and no event or its victims stand between the
    verb and the place (the place and the date are then the event's)."""

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "والتقى الرئيس وفدا من عائلات ضحايا الزلزال في مدينة أنطاكيا يوم 6 فبراير "
                "2023، وقال لهم إن «الدولة لن تتخلى عنكم».",
                id="victims-of-the-quake",
            ),
            pytest.param(
                "واستقبل الوزير عائلات ضحايا التفجير في مرفأ بيروت يوم 4 أغسطس 2020، "
                "وقال لهم إن «العدالة آتية».",
                id="victims-of-the-blast",
            ),
            pytest.param(
                "والتقى المحافظ وفدا من أهالي ضحايا الفيضانات في مدينة درنة يوم 10 سبتمبر "
                "2023، وقال لهم إن «التعويضات قادمة».",
                id="victims-of-the-floods",
            ),
            pytest.param(
                "واستقبل الوزير قادة النقابات المشاركين في الحرب الأهلية في قاعة "
                "الاحتفالات يوم 5 يوليو 2014، وقال إن «الوطن لن ينسى».",
                id="event-before-the-place",
            ),
            pytest.param(
                "وعقد وزير الداخلية اجتماعا مع ممثلي الأحزاب السياسية المعارضة بخصوص "
                "الاعتصام يوم 20 مايو 2015، وقال لهم إن «الحكومة ستحمي المعتصمين».",
                id="bi-khusus-a-topic",
            ),
            pytest.param(
                "وعقد وزير الداخلية اجتماعا مع ممثلي الأحزاب السياسية المعارضة بسبب "
                "الإضراب يوم 20 مايو 2015، وقال لهم إن «الحكومة ستحمي المضربين».",
                id="bi-sabab-a-cause",
            ),
            pytest.param(
                "والتقت الوزيرة رؤساء الجمعيات الأهلية في المحافظات الجنوبية بمناسبة "
                "الاستقلال يوم 18 نوفمبر 2019، وقالت لهم إن «العمل الأهلي شريك».",
                id="bi-munasaba-an-occasion",
            ),
        ],
    )
    def test_mend24b_no_meeting_date_at_no_place(self, text):
        assert _mend24b_only(text).date is None

    @pytest.mark.parametrize(
        ("text", "date"),
        [
            pytest.param(
                "وعقد وزير الداخلية اجتماعا مع ممثلي الأحزاب السياسية المعارضة بمقر "
                "الوزارة يوم 20 مايو 2015، وقال لهم إن «الحكومة محايدة».",
                "2015-05-20",
                id="bi-the-seat",
            ),
            pytest.param(
                "واستقبل وزير الخارجية سفراء دول الاتحاد الأوروبي المعتمدين لدى البلاد "
                "بالعاصمة يوم 3 مارس 2021، وقال لهم إن «الشراكة متينة».",
                "2021-03-03",
                id="bi-the-capital",
            ),
            pytest.param(
                "واستقبل رئيس مجلس النواب وفدا من رجال الأعمال الصينيين والكوريين بمكتبه "
                "صباح 12 يناير 2019، وقال لهم إن «الاستثمار مرحب به».",
                "2019-01-12",
                id="bi-his-office",
            ),
            pytest.param(
                "والتقى وزير الخارجية وفدا من رجال الأعمال الألمان في مدينة "
                "العقبة يوم 6 فبراير 2023، وقال لهم إن «الميناء مفتوح».",
                "2023-02-06",
                id="in-a-city",
            ),
        ],
    )
    def test_mend24b_the_meeting_place_still_dates_it(self, text, date):
        assert _mend24b_only(text).date == date


# mend24c: report B findings 3 and 4 (engine.py).
class TestMend24cHafezAfterABareTitle:
    """After a bare title that takes a name, "حافظ الأختام" is the name Hafez
    and the seals his object, not the post "حافظ الأختام" (the keeper of the
    seals) that follows "وزير العدل" or opens the phrase."""

    @pytest.mark.parametrize(
        "text, words, role",
        [
            pytest.param(
                "وسلم المحامي حافظ الأختام إلى المحكمة، وقال حافظ إن «الملف مكتمل».",
                "الملف مكتمل",
                "المحامي",
                id="lawyer-hands-over-the-seals",
            ),
            pytest.param(
                "وكشف المحقق حافظ الأختام المزورة في مكتب الشركة. وقال حافظ إن «التحقيق جار».",
                "التحقيق جار",
                "المحقق",
                id="investigator-finds-forged-seals",
            ),
            pytest.param(
                "وصادر الضابط حافظ الأختام من المكتب، ثم قال حافظ إن «المخالفة واضحة».",
                "المخالفة واضحة",
                "الضابط",
                id="officer-seizes-the-seals",
            ),
            pytest.param(
                "وحمل المستشار حافظ الأختام إلى القاعة، وقال حافظ إن «الجلسة ستبدأ».",
                "الجلسة ستبدأ",
                "المستشار",
                id="adviser-carries-the-seals",
            ),
        ],
    )
    def test_hafez_keeps_his_title(self, text: str, words: str, role: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == ("حافظ", role), text

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                "وقالت وزيرة العدل حافظة الأختام سميرة الخوري إن «القانون فوق الجميع».",
                "القانون فوق الجميع",
                "سميرة الخوري",
                "وزيرة العدل حافظة الأختام",
                id="after-the-ministers-complement",
            ),
            pytest.param(
                "وقال حافظ الأختام سمير الخوري إن «القانون فوق الجميع».",
                "القانون فوق الجميع",
                "سمير الخوري",
                "حافظ الأختام",
                id="after-the-verb",
            ),
            pytest.param(
                "وأكد نبيل عمار، وزير العدل حافظ الأختام، أن «الإصلاح مستمر».",
                "الإصلاح مستمر",
                "نبيل عمار",
                "وزير العدل حافظ الأختام",
                id="in-commas-after-the-name",
            ),
            pytest.param(
                "وقال الرئيس حافظ الأسد إن «الوحدة قادمة».",
                "الوحدة قادمة",
                "حافظ الأسد",
                "الرئيس",
                id="hafez-with-a-family-name",
            ),
        ],
    )
    def test_the_post_stays(self, text: str, words: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text


class TestMend24cEpithetInMarksIsNoPost:
    """Marks right before a name that hold a title and more words, with no
    يسمى before them, give a post only when the words name a body ("قائد
    الجبهة"); an epithet, a nickname or a judgement in marks ("شيخ
    المجاهدين", "عميد الأدب العربي", "الوزير الفاشل") is no post."""

    @pytest.mark.parametrize(
        "text, words",
        [
            pytest.param(
                'وتحدث "شيخ المجاهدين" عمر المختار عن الحرب. وقال المختار إن «النصر أو الموت».',
                "النصر أو الموت",
                id="honorific-nickname",
            ),
            pytest.param(
                'وشارك "عميد الأدب العربي" طه حسين في الندوة، وقال حسين إن '
                "«التعليم كالماء والهواء».",
                "التعليم كالماء والهواء",
                id="dean-of-a-field",
            ),
            pytest.param(
                'وهاجم المتظاهرون "الوزير الفاشل" سامر خليل. وقال خليل إن «الاحتجاجات مدبرة».',
                "الاحتجاجات مدبرة",
                id="judgement-in-scare-quotes",
            ),
            pytest.param(
                'وأحيا "أمير الشعراء" نبيل عادل أمسية في المدينة. وقال عادل إن «الشعر باق».',
                "الشعر باق",
                id="prince-of-poets",
            ),
            pytest.param(
                'وغنى "ملك الطرب" فادي ناصر في الحفل، وقال ناصر إن «الجمهور رائع».',
                "الجمهور رائع",
                id="king-of-song",
            ),
        ],
    )
    def test_epithet_is_no_role(self, text: str, words: str) -> None:
        assert quote_exactly(text, words).role is None, text

    @pytest.mark.parametrize(
        "text, words, role",
        [
            pytest.param(
                "صرح ما يسمى “القائد الأعلى لقوات الحرس” سامر خليل بأن “الهدنة ستصمد طويلا”.\n"
                "وقال خليل إن “الوضع هادئ”.",
                "الوضع هادئ",
                "القائد الأعلى لقوات الحرس",
                id="so-called-commander",
            ),
            pytest.param(
                "التقى الوفد بـ«قائد الجبهة» حسن مراد.\nوقال مراد: «المعركة انتهت».",
                "المعركة انتهت",
                "قائد الجبهة",
                id="a-front-after-a-preposition",
            ),
            pytest.param(
                'واجتمع الوفد مع "رئيس البعثة" جون سميث. وقال سميث إن «المهمة مستمرة».',
                "المهمة مستمرة",
                "رئيس البعثة",
                id="head-of-a-mission",
            ),
            pytest.param(
                'وزار "قائد الجيش" كمال يوسف المعسكر. وقال يوسف إن «الجنود مستعدون».',
                "الجنود مستعدون",
                "قائد الجيش",
                id="army-chief-after-the-verb",
            ),
            pytest.param(
                'وهاجم المتظاهرون "الوزير" سامر خليل. وقال خليل إن «الاحتجاجات مدبرة».',
                "الاحتجاجات مدبرة",
                "الوزير",
                id="a-title-alone",
            ),
        ],
    )
    def test_post_in_marks_stays(self, text: str, words: str, role: str) -> None:
        assert quote_exactly(text, words).role == role, text


# mend24a: report A finding 3 and report C finding 1. kw26's post glued to
# لـ after the subject's title (the one told) is no one told after a
# candidate (he runs for the post) nor after a post of the state, a ruler's
# court or guard (it serves the one after لـ): the name after is the
# subject's, with the whole post for role. Kept: "الوزير لمدير …",
# "وزير الصحة لرئيس البلدية …" (the one told), "مدير المكتب لرئيس …".
class TestMend24aPostGluedToLamServesOrIsRunFor:
    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            (
                "وقال المرشح لرئيس البلدية نادر سليم إن «البرنامج جاهز».",
                "البرنامج جاهز",
                "نادر سليم",
                "المرشح لرئيس البلدية",
            ),
            (
                "وقالت المرشحة لرئيس المجلس هدى فارس إن «الحملة بدأت».",
                "الحملة بدأت",
                "هدى فارس",
                "المرشحة لرئيس المجلس",
            ),
            (
                "وقال وزير الدولة لرئيس الحكومة وليد حداد إن «المساعدات ستصل».",
                "المساعدات ستصل",
                "وليد حداد",
                "وزير الدولة لرئيس الحكومة",
            ),
            (
                "قال رئيس الديوان لرئيس الجمهورية وليد حداد إن «الزيارة تأجلت».",
                "الزيارة تأجلت",
                "وليد حداد",
                "رئيس الديوان لرئيس الجمهورية",
            ),
            (
                "قال رئيس الحرس لرئيس الجمهورية وليد حداد إن «الموكب تأخر».",
                "الموكب تأخر",
                "وليد حداد",
                "رئيس الحرس لرئيس الجمهورية",
            ),
        ],
        ids=["candidate", "candidate-f", "state-minister", "court", "guard"],
    )
    def test_the_name_after_holds_the_post(self, text, words, speaker, role):
        assert [q for q in _quotes(text) if q[0] == words] == [(words, speaker, role)]

    @pytest.mark.parametrize(
        "text, words, speaker",
        [
            ("وقال الوزير لمدير المدرسة نادر سليم إن «الكتب وصلت».", "الكتب وصلت", "الوزير"),
            (
                "وقال وزير النقل لرئيس البلدية نادر سليم إن «الجسر سيفتح».",
                "الجسر سيفتح",
                "وزير النقل",
            ),
        ],
        ids=["minister-told-director", "construct-told-mayor"],
    )
    def test_the_one_told_is_still_no_speaker(self, text, words, speaker):
        assert [q[1] for q in _quotes(text) if q[0] == words] == [speaker]


# mend24a: report A finding 4. After لدى, a place noun in م with the
# holder's pronoun ("لدى مؤسسته", "لدى مركزه", "لدى مكتبها") is the body his
# post is at, no occasion: the name after it speaks, the post and the body
# his role. Kept (dev24s): the verbal nouns of an occasion, مفاعلة among
# them ("لدى مشاركته", "لدى مغادرته").
class TestMend24aPlaceNounAfterLadaIsNoOccasion:
    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            (
                "وقال الخبير لدى مؤسسته نادر سليم إن «الأسعار سترتفع».",
                "الأسعار سترتفع",
                "نادر سليم",
                "الخبير لدى مؤسسته",
            ),
            (
                "وقال الباحث لدى مركزه نادر سليم إن «العينات سليمة».",
                "العينات سليمة",
                "نادر سليم",
                "الباحث لدى مركزه",
            ),
            (
                "وقالت المحامية لدى مكتبها هدى فارس إن «القضية رابحة».",
                "القضية رابحة",
                "هدى فارس",
                "المحامية لدى مكتبها",
            ),
        ],
        ids=["institution", "centre", "office"],
    )
    def test_the_name_after_the_body_speaks(self, text, words, speaker, role):
        assert [q for q in _quotes(text) if q[0] == words] == [(words, speaker, role)]

    @pytest.mark.parametrize(
        "text, words, speaker",
        [
            ("وقال الوزير لدى مشاركته في الندوة إن «الحوار ضروري».", "الحوار ضروري", "الوزير"),
            ("وقال السفير لدى مغادرته المطار إن «العلاقات قوية».", "العلاقات قوية", "السفير"),
        ],
        ids=["taking-part", "leaving"],
    )
    def test_an_occasion_in_mufaala_is_kept(self, text, words, speaker):
        assert [q[1] for q in _quotes(text) if q[0] == words] == [speaker]


# mend24b: report B finding 5.
class TestMend24bFrontedTopicNameIsNoSpeaker:
    """A person's name right after a fronted topic or preposition at the
    sentence's start ("وبخصوص نصر قال إن", "وعن نصر", "وحول نصر", "ومع
    نصر") is who is talked about or with: neither known_name_opening's
    subject nor, here or further back, the elided subject's antecedent."""

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "انتقد الوزير سامي حداد النائب كمال نصر في المؤتمر. "
                "وبخصوص نصر قال إن «مواقفه متقلبة».",
                id="bikhusus",
            ),
            pytest.param(
                "انتقد الوزير سامي حداد النائب كمال نصر في المؤتمر. "
                "وعن نصر قال إن «مواقفه متقلبة».",
                id="wa-an",
            ),
            pytest.param(
                "انتقد الوزير سامي حداد النائب كمال نصر في المؤتمر. "
                "وحول نصر قال إن «مواقفه متقلبة».",
                id="wa-hawla",
            ),
            pytest.param(
                "وانتقد الوزير سامي حداد النائب كمال نصر في الجلسة. ومع نصر قال إن «الحوار ممكن».",
                id="wa-maa",
            ),
            pytest.param(
                "وانتقد النائب كمال نصر الوزير سامي حداد في الجلسة. "
                "وبخصوص نصر قال الوزير إن «مواقفه متقلبة».",
                id="with-a-post-after",
            ),
        ],
    )
    def test_mend24b_the_topic_does_not_speak(self, text):
        assert _quotes(text)[-1][1] == "سامي حداد"

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            pytest.param(
                "انتقد الوزير سامي حداد النائب كمال نصر في المؤتمر. نصر قال إن «الوزير مخطئ».",
                "كمال نصر",
                id="the-name-opens",
            ),
            pytest.param(
                "انتقد الوزير سامي حداد النائب كمال نصر في المؤتمر. وقال نصر إن «الوزير مخطئ».",
                "كمال نصر",
                id="the-name-after-the-verb",
            ),
            pytest.param(
                "انتقد الوزير سامي حداد خطة الحكومة في المؤتمر. وحول الخطة قال إن «الأرقام مضللة».",
                "سامي حداد",
                id="a-thing-for-topic",
            ),
        ],
    )
    def test_mend24b_the_name_still_speaks(self, text, speaker):
        assert _quotes(text)[-1][1] == speaker
