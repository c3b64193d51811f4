"""Strict xfails and known weaknesses taken up by kw32b (from the newest
files and the bottom of the ninth session's list). Every sentence here is
invented.

Rule 1 (phrases.scan_np, words._NOMINATIVE_DUAL_TITLES): a title in the
nominative dual with the article ("الوزيران", "الوزيرتان") takes no genitive
and no name, so a title with the article right after it is the one told,
the verb's object ("وأبلغ الوزيران المبعوث الأمريكي أن"), never the pair's
post (rev32's strict xfail).

Rule 2 (speakers.subject_after_that): a subject joined by و between أنّ and
a plural or dual verb of saying ("أن وزير الداخلية X ووزير الدفاع Y أبلغوا
السفير أن"): the first of them speaks, as after the verb, never the one told
after the verb (rev32's other strict xfail).

Rule 3 (phrases.scan_np and phrase_entity's title walk,
words._SEE_DEPENDENCIES): a see "and its dependencies" ("متروبوليت طرطوس
وتوابعها للسريان المطران X", "وتوابعهما") is a word of the post, the rite
glued to لـ after it too; it was read as the name (rev31's strict xfail).

Rule 4 (phrases.outlet_told_to, words._TO_THE_OUTLET): the outlet named
again with the article and glued to لـ ("للصحيفة", "للجريدة", "للوكالة"),
right after a definite title or a bare title's definite genitive and before
أنّ, a colon, a comma or marks, is the one told, no word of the post ("وقال
مدير المدرسة للصحيفة إن"; mend29c's left item); after an adjective of the
post it stays its genitive ("المدير العام للوكالة").
"""

from __future__ import annotations

import pytest

from tests.extraction.helpers import one


class TestATitleAfterADualTitleIsTheOneTold:
    """ "وأبلغ السفيران الوزير الأول أن «…»": the two ambassadors told the
    prime minister; his post was the pair's role."""

    @pytest.mark.parametrize(
        "text, fragment, speaker",
        [
            pytest.param(
                'وأبلغ السفيران الوزير الأول أن "الاتفاق سيوقع الشهر المقبل".',
                "الاتفاق سيوقع",
                "السفيران",
                id="ambassadors-prime-minister",
            ),
            pytest.param(
                'وأبلغت الوزيرتان المبعوثة الأممية أن "المساعدات لم تصل بعد".',
                "المساعدات لم",
                "الوزيرتان",
                id="feminine-dual",
            ),
            pytest.param(
                'وأخبر المحافظان المدير العام للشركة أن "الطريق سيفتح غدا".',
                "الطريق سيفتح",
                "المحافظان",
                id="director-general",
            ),
            pytest.param(
                'وأبلغ المبعوثان السفير الفرنسي أن "المحادثات توقفت منذ أسبوع".',
                "المحادثات توقفت",
                "المبعوثان",
                id="envoys-ambassador",
            ),
        ],
    )
    def test_the_one_told_is_no_role(self, text: str, fragment: str, speaker: str) -> None:
        q = one(text, fragment)
        assert (q.speaker, q.role) == (speaker, None)

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                'وقال المبعوثان الأمريكيان للصحفيين إن "المحادثات توقفت منذ أسبوع".',
                "المحادثات توقفت",
                "المبعوثان الأمريكيان",
                None,
                id="dual-adjective-kept",
            ),
            pytest.param(
                'وأبلغ الوزير المبعوث الأمريكي أن "الحدود ستفتح الأسبوع المقبل".',
                "الحدود ستفتح",
                "الوزير",
                "الوزير",
                id="singular-title",
            ),
            pytest.param(
                'وقال الوزيران سامي حسن وخالد سعيد إن "الحدود ستفتح الأسبوع المقبل".',
                "الحدود ستفتح",
                "الوزيران سامي حسن وخالد سعيد",
                None,
                id="dual-then-names",
            ),
        ],
    )
    def test_near_misses(self, text: str, fragment: str, speaker: str, role: str | None) -> None:
        q = one(text, fragment)
        assert (q.speaker, q.role) == (speaker, role)


class TestACoordinatedSubjectBeforeAPluralVerbInsideThat:
    """ "ذكرت البرقية أن المحافظ X ونائبه Y أخبروا الوفد الأوروبي أن «…»":
    the subject before the plural verb is the governor and his deputy; the
    delegation told after the verb spoke."""

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "كشفت مذكرة أن وزير المالية رامز عودة ووزير الاقتصاد نبيل شاهين أبلغوا "
                'السفير الياباني أن "العجز سيتراجع العام المقبل".',
                "العجز سيتراجع",
                "رامز عودة",
                "وزير المالية",
                id="two-ministers",
            ),
            pytest.param(
                "وذكرت البرقية أن المحافظ كمال زيدان ونائبه رامي عوض أخبروا الوفد "
                'الأوروبي أن "المعبر سيغلق نهاية الشهر".',
                "المعبر سيغلق",
                "كمال زيدان",
                "المحافظ",
                id="his-deputy",
            ),
            pytest.param(
                "وذكرت البرقية أن المحافظ كمال زيدان ونائبه رامي عوض ومدير الشرطة "
                'أخبروا الوفد الأوروبي أن "المعبر سيغلق نهاية الشهر".',
                "المعبر سيغلق",
                "كمال زيدان",
                "المحافظ",
                id="three-joined",
            ),
            pytest.param(
                "وأكدت الصحيفة أن الوزيرة سلمى ناصر والنائبة هدى كرم أبلغن المحتجين "
                'أن "المطالب ستدرس خلال أسبوع".',
                "المطالب ستدرس",
                "سلمى ناصر",
                "الوزيرة",
                id="feminine-plural",
            ),
        ],
    )
    def test_the_first_joined_speaks(
        self, text: str, fragment: str, speaker: str, role: str
    ) -> None:
        q = one(text, fragment)
        assert (q.speaker, q.role) == (speaker, role)

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "وذكرت البرقية أن المحافظ كمال زيدان أخبر الوفد الأوروبي أن "
                '"المعبر سيغلق نهاية الشهر".',
                "المعبر سيغلق",
                "كمال زيدان",
                "المحافظ",
                id="singular-verb",
            ),
            pytest.param(
                "وذكرت البرقية أن قادة الجيش والشرطة أبلغوا الوفد الأوروبي أن "
                '"المعبر سيغلق نهاية الشهر".',
                "المعبر سيغلق",
                "قادة الجيش والشرطة",
                None,
                id="one-plural-subject",
            ),
        ],
    )
    def test_near_misses(self, text: str, fragment: str, speaker: str, role: str | None) -> None:
        q = one(text, fragment)
        assert (q.speaker, q.role) == (speaker, role)


class TestASeeAndItsDependencies:
    """ "وقال متروبوليت حماة وتوابعها للسريان المطران X Y إن «…»": the
    metropolitan of a see and its dependencies, then his rank and name."""

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "وقال متروبوليت حماة وتوابعها للسريان المطران يوحنا داود إن "
                '"الأبرشية ستفتح مدرسة جديدة".',
                "مدرسة جديدة",
                "يوحنا داود",
                "متروبوليت حماة وتوابعها للسريان",
                id="rite-after",
            ),
            pytest.param(
                "وقال متروبوليت زحلة والبقاع وتوابعهما المطران يوحنا داود إن "
                '"الأبرشية ستفتح مدرسة جديدة".',
                "مدرسة جديدة",
                "يوحنا داود",
                "متروبوليت زحلة والبقاع وتوابعهما",
                id="two-sees",
            ),
            pytest.param(
                "وقال متروبوليت صور وتوابعها للروم الأرثوذكس المطران يوحنا داود إن "
                '"الأبرشية ستفتح مدرسة جديدة".',
                "مدرسة جديدة",
                "يوحنا داود",
                "متروبوليت صور وتوابعها للروم الأرثوذكس",
                id="rite-two-words",
            ),
            pytest.param(
                'وقال متروبوليت صور وتوابعها إن "الأبرشية ستفتح مدرسة جديدة".',
                "مدرسة جديدة",
                "متروبوليت صور وتوابعها",
                "متروبوليت صور وتوابعها",
                id="no-name",
            ),
            pytest.param(
                'وقال مطران حمص وتوابعها يوحنا داود إن "الأبرشية ستفتح مدرسة جديدة".',
                "مدرسة جديدة",
                "يوحنا داود",
                "مطران حمص وتوابعها",
                id="name-right-after",
            ),
        ],
    )
    def test_the_dependencies_are_the_posts(
        self, text: str, fragment: str, speaker: str, role: str
    ) -> None:
        q = one(text, fragment)
        assert (q.speaker, q.role) == (speaker, role)

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "وقال متروبوليت صور للروم الأرثوذكس المطران يوحنا داود إن "
                '"الأبرشية ستفتح مدرسة جديدة".',
                "مدرسة جديدة",
                "يوحنا داود",
                "متروبوليت صور للروم الأرثوذكس",
                id="no-dependencies",
            ),
            pytest.param(
                'وقال وزير الزراعة والري المهندس يوحنا داود إن "الموسم سيكون جيدا".',
                "الموسم سيكون",
                "يوحنا داود",
                "وزير الزراعة والري",
                id="other-and-word",
            ),
        ],
    )
    def test_near_misses(self, text: str, fragment: str, speaker: str, role: str) -> None:
        q = one(text, fragment)
        assert (q.speaker, q.role) == (speaker, role)


class TestTheOutletNamedAgainIsTheOneTold:
    """ "وقال مدير المدرسة للصحيفة إن «…»": the school's director told the
    paper; the paper was a word of his post."""

    @pytest.mark.parametrize(
        "text, fragment, speaker",
        [
            pytest.param(
                'وقال مدير المدرسة للصحيفة إن "الدروس ستستأنف الأحد المقبل".',
                "الدروس ستستأنف",
                "مدير المدرسة",
                id="school-director",
            ),
            pytest.param(
                'وقالت مديرة المستشفى للجريدة: "الأسرة كلها مشغولة".',
                "الأسرة كلها",
                "مديرة المستشفى",
                id="colon",
            ),
            pytest.param(
                'وقال حارس العمارة للموقع إن "الباب كان مفتوحا طوال الليل".',
                "الباب كان",
                "حارس العمارة",
                id="the-site",
            ),
            pytest.param(
                'وقال رئيس البلدية للوكالة إن "المياه ستعود خلال يومين".',
                "المياه ستعود",
                "رئيس البلدية",
                id="the-agency",
            ),
        ],
    )
    def test_the_outlet_is_no_word_of_the_post(
        self, text: str, fragment: str, speaker: str
    ) -> None:
        q = one(text, fragment)
        assert (q.speaker, q.role) == (speaker, speaker)

    @pytest.mark.parametrize(
        "text, fragment, speaker",
        [
            pytest.param(
                'وقال المدير العام للوكالة إن "المياه ستعود خلال يومين".',
                "المياه ستعود",
                "المدير العام للوكالة",
                id="general-director-of-the-agency",
            ),
            pytest.param(
                'وقال مدير المكتب الإقليمي للقناة إن "المياه ستعود خلال يومين".',
                "المياه ستعود",
                "مدير المكتب الإقليمي للقناة",
                id="regional-office-of-the-channel",
            ),
            pytest.param(
                'وقال مدير المدرسة سامي نور للصحيفة إن "الدروس ستستأنف الأحد المقبل".',
                "الدروس ستستأنف",
                "سامي نور",
                id="named",
            ),
        ],
    )
    def test_near_misses(self, text: str, fragment: str, speaker: str) -> None:
        assert one(text, fragment).speaker == speaker
