"""Findings of review B (rev34, kw33, kw33b on main), mended (mend31b).
Every sentence here is invented; one class per rule."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import one, said_by


class TestTitleAfterOutletAfterSayingVerb:
    """ "وقالت الصحيفة الناطقة باسم الحزب إن «…»": after قال and its kin,
    which take no object, a title after a definite outlet is its adjective
    ("the paper speaking for the party"), never the verb's object as after
    وصف/اتهم; neither is a title followed by باسم. The speaker was cut to
    the outlet alone."""

    @pytest.mark.parametrize(
        "text, fragment, speaker",
        [
            pytest.param(
                "وقالت الصحيفة الناطقة باسم الحزب إن «الوزير سيستقيل قريبا».",
                "الوزير سيستقيل",
                "الصحيفة الناطقة باسم الحزب",
                id="the-paper-speaking-for-the-party",
            ),
            pytest.param(
                'وأضافت الإذاعة الناطقة باسم الجيش أن "القوات تقدمت نحو المدينة".',
                "القوات تقدمت",
                "الإذاعة الناطقة باسم الجيش",
                id="the-radio-of-the-army-added",
            ),
            pytest.param(
                "وقالت الوكالة الناطقة باسم الحكومة: «الانتخابات في موعدها».",
                "الانتخابات في موعدها",
                "الوكالة الناطقة باسم الحكومة",
                id="the-agency-of-the-government-colon",
            ),
        ],
    )
    def test_the_title_is_the_outlets(self, text, fragment, speaker):
        assert said_by(text, fragment)[0] == speaker

    @pytest.mark.parametrize(
        "text, fragment, speaker",
        [
            pytest.param(
                "ووصفت البرقية الوزير بأنه «رجل المرحلة».",
                "رجل المرحلة",
                "البرقية",
                id="a-cable-describes-the-minister",
            ),
            pytest.param(
                "ووصفت الوكالة الوزير بأنه «رجل المرحلة».",
                "رجل المرحلة",
                "الوكالة",
                id="an-agency-describes-the-minister",
            ),
        ],
    )
    def test_the_object_after_describe_stays_out(self, text, fragment, speaker):
        assert said_by(text, fragment)[0] == speaker


class TestAboutAfterSpokeGovernedByTitle:
    """ "وتحدث مرشح عن دائرة الخرطوم وقال إن «…»": after تحدث (a verb that
    takes عن), عن is the verb's unless the title that governs it (the
    nearest indefinite title, else the head) is one عن continues (نائب,
    مسؤول, …), or a candidate or member is followed by an indefinite seat
    (دائرة, حزب, ولاية, …). The post was cut before عن, and a deputy's
    chief ("نائب رئيس الحزب عن الحرية") kept the verb's topic."""

    @pytest.mark.parametrize(
        "text, fragment, speaker",
        [
            pytest.param(
                "وتحدث مرشح عن دائرة الخرطوم وقال إن «البلاد تحتاج إصلاحا».",
                "البلاد تحتاج",
                "مرشح عن دائرة الخرطوم",
                id="a-candidate-for-a-constituency",
            ),
            pytest.param(
                "وتحدث عضو عن حزب الأمة وقال إن «الحوار هو الحل».",
                "الحوار هو الحل",
                "عضو عن حزب الأمة",
                id="a-member-for-a-party",
            ),
            pytest.param(
                "وتحدث نائب رئيس الحزب عن الحرية وقال إن «القمع لن يستمر».",
                "القمع لن يستمر",
                "نائب رئيس الحزب",
                id="the-deputy-chief-spoke-about-freedom",
            ),
            pytest.param(
                'وتحدثت نائبة رئيس المجلس عن الأزمة وقالت: "نحتاج إلى حلول عاجلة".',
                "نحتاج إلى حلول",
                "نائبة رئيس المجلس",
                id="a-woman-deputy-spoke-about-the-crisis",
            ),
        ],
    )
    def test_the_post_or_the_topic(self, text, fragment, speaker):
        assert said_by(text, fragment)[0] == speaker

    @pytest.mark.parametrize(
        "text, fragment, speaker",
        [
            pytest.param(
                "وتحدث رئيس الحزب عن الحرية وقال إن «القمع لن يستمر».",
                "القمع لن يستمر",
                "رئيس الحزب",
                id="the-chief-spoke-about-freedom",
            ),
            pytest.param(
                "وتحدث الوزير عن ولاية جديدة وقال إن «التقسيم قادم».",
                "التقسيم قادم",
                "الوزير",
                id="a-minister-spoke-about-a-new-state",
            ),
            pytest.param(
                "وتحدث المسؤول عن الملف وقال إن «المفاوضات متعثرة».",
                "المفاوضات متعثرة",
                "المسؤول عن الملف",
                id="the-official-in-charge-of-the-file",
            ),
            pytest.param(
                "وتحدث النائب البرلماني عن دائرة أم درمان وقال إن «الخدمات غائبة».",
                "الخدمات غائبة",
                "النائب البرلماني عن دائرة أم درمان",
                id="the-deputy-with-an-adjective",
            ),
        ],
    )
    def test_near_misses(self, text, fragment, speaker):
        assert said_by(text, fragment)[0] == speaker


class TestRaaaVerbIsNoPastor:
    """ "وراعى الوزير مطالب النقابة": the verb راعى (took into account), its
    ى folded to ي, is no pastor's title راعي; the text's final ى tells them
    apart. The minister's role read "راعى الوزير"."""

    @pytest.mark.parametrize(
        "text, fragment",
        [
            pytest.param(
                "وراعى الوزير أحمد علي مطالب النقابة، وقال إن «الزيادة قادمة قريبا».",
                "الزيادة قادمة",
                id="took-into-account-a-named-minister",
            ),
            pytest.param(
                "وقد راعى الوزير مطالب النقابة. وقال إن «الزيادة قادمة قريبا».",
                "الزيادة قادمة",
                id="after-qad",
            ),
            pytest.param(
                'وراعت الحكومة ظروف المزارعين، وراعى الوزير سالم حداد شكاواهم، وقال: "الدعم سيصل".',
                "الدعم سيصل",
                id="a-second-clause",
            ),
        ],
    )
    def test_the_role_is_the_title(self, text, fragment):
        assert said_by(text, fragment)[1] == "الوزير"

    @pytest.mark.parametrize(
        "text, fragment, role",
        [
            pytest.param(
                "وقال راعي أبرشية صيدا المطران جورج خوري إن «السلام ممكن».",
                "السلام ممكن",
                "راعي أبرشية صيدا",
                id="the-pastor-of-a-diocese",
            ),
            pytest.param(
                'وقال راعي كنيسة مار إلياس الأب يوسف نصر: "نصلي من أجل الجميع".',
                "نصلي من أجل",
                # (the saint is the church's name since kw37b's b6e04791)
                "راعي كنيسة مار إلياس",
                id="the-pastor-of-a-church",
            ),
        ],
    )
    def test_the_pastor_stays(self, text, fragment, role):
        assert said_by(text, fragment)[1] == role


class TestPressToldInThePlural:
    """ "وقال وزير الخارجية لصحفيين إن «…»": the press or unnamed sources
    in the plural, glued to لـ after the post, are whom the words were for
    (the post speaks), as the singulars were; a post that takes a person
    for its genitive ("الحارس الشخصي لمسؤول كبير") keeps it in the role."""

    @pytest.mark.parametrize(
        "text, fragment, speaker",
        [
            pytest.param(
                "وقال وزير الخارجية لصحفيين إن «المفاوضات ستستأنف الأسبوع المقبل».",
                "المفاوضات ستستأنف",
                "وزير الخارجية",
                id="told-journalists",
            ),
            pytest.param(
                'وقالت وزيرة المالية لصحافيين أجانب: "العجز سينخفض هذا العام".',
                "العجز سينخفض",
                "وزيرة المالية",
                id="told-foreign-journalists-colon",
            ),
            pytest.param(
                "وقال وزير الداخلية لإعلاميين إن «الحدود مؤمنة بالكامل».",
                "الحدود مؤمنة",
                "وزير الداخلية",
                id="told-media-people",
            ),
            pytest.param(
                'وأكد رئيس الوزراء لمراسلين أن "الحكومة باقية".',
                "الحكومة باقية",
                "رئيس الوزراء",
                id="told-correspondents",
            ),
        ],
    )
    def test_the_post_speaks(self, text, fragment, speaker):
        assert said_by(text, fragment)[0] == speaker

    @pytest.mark.parametrize(
        "text, fragment, role",
        [
            pytest.param(
                "وقال الحارس الشخصي لمسؤول كبير إن «الهجوم كان مدبرا».",
                "الهجوم كان",
                "الحارس الشخصي لمسؤول",
                id="the-bodyguard-of-an-official",
            ),
            pytest.param(
                "وقال المحامي الموكل لمواطن سوري إن «التهمة ملفقة».",
                "التهمة ملفقة",
                "المحامي الموكل لمواطن",
                id="the-lawyer-of-a-citizen",
            ),
        ],
    )
    def test_the_genitive_stays_in_the_role(self, text, fragment, role):
        assert said_by(text, fragment)[1] == role

    @pytest.mark.parametrize(
        "text, fragment, speaker",
        [
            pytest.param(
                "وقال وزير الدفاع لليبيا إن «الدعم مستمر».",
                "الدعم مستمر",
                "وزير الدفاع لليبيا",
                id="a-country-glued-to-lam",
            ),
            pytest.param(
                "وقال مستشار الرئيس للشؤون الأمنية إن «الوضع هادئ».",
                "الوضع هادئ",
                "مستشار الرئيس للشؤون الأمنية",
                id="an-adviser-for-affairs",
            ),
        ],
    )
    def test_near_misses(self, text, fragment, speaker):
        assert said_by(text, fragment)[0] == speaker


class TestAbanStatedBeforeInOrDocument:
    """ "وأبان في تصريح صحفي أن «…»": the Sudanese "stated" أبان (folded
    like إبان, "during") is a cue before في/خلال, a comma, an outlet or body
    glued to لـ and a definite document, none of which follows "during"
    (a noun of time or event does); the quote was lost."""

    @pytest.mark.parametrize(
        "text, fragment",
        [
            pytest.param(
                "وأبان في تصريح صحفي أن «الوضع تحت السيطرة».",
                "الوضع تحت السيطرة",
                id="in-a-statement",
            ),
            pytest.param(
                'وأبان خلال مؤتمر صحفي أن "الأسعار ستنخفض".',
                "الأسعار ستنخفض",
                id="during-a-press-conference",
            ),
            pytest.param(
                "وأبان لوكالة السودان للأنباء أن «المحصول وفير».",
                "المحصول وفير",
                id="to-an-agency",
            ),
            pytest.param(
                "وأبان البيان الختامي أن «القمة ناجحة».",
                "القمة ناجحة",
                id="the-final-statement",
            ),
        ],
    )
    def test_the_quote_is_found(self, text, fragment):
        assert one(text, fragment)

    def test_the_second_quote_of_a_speaker(self):
        text = "وقال الوزير أحمد علي: «الإمدادات في الطريق». وأبان في حديثه أن «الدعم وصل»."
        assert said_by(text, "الدعم وصل")[0] == "أحمد علي"

    @pytest.mark.parametrize(
        "text, fragment, speaker",
        [
            pytest.param(
                "وقال الوزير إبان الحرب إن «الجيش سينتصر».",
                "الجيش سينتصر",
                "الوزير",
                id="during-the-war",
            ),
            pytest.param(
                "وقال الوزير إبان لقائه الرئيس إن «الجيش سينتصر».",
                "الجيش سينتصر",
                "الوزير",
                id="during-his-meeting",
            ),
            pytest.param(
                "وقال الوزير عمر حسن إبان زيارته للخرطوم: «العلاقات متينة».",
                "العلاقات متينة",
                "عمر حسن",
                id="during-his-visit",
            ),
        ],
    )
    def test_near_misses(self, text, fragment, speaker):
        assert said_by(text, fragment)[0] == speaker
