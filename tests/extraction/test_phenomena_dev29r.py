"""Roles of the development read of the ninth session of 2026-12-06
(dev29r): the post the text gives each person, carried to his quotes, never
another's. Every sentence here is invented; one class per rule."""

from __future__ import annotations

import pytest

from claims.extraction import extract
from tests.extraction.helpers import quote_exactly


class TestASecondPostWithGeneralJoinedAfterTheName:
    """ "قال X Y، POST، والأمين العام لحزب Z، إن": a second post joined by و
    and set off by commas after the name is his too, also when its head is
    followed by `العام`/`عام` ("general"), which is also "the year" and ended
    the second post before it was read."""

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                "قال سمير الحداد، وزير المالية الأردني، والأمين العام لحزب الوسط، إن "
                'الحكومة "تعمل على إصلاح الاقتصاد بكل جدية".',
                "تعمل على إصلاح الاقتصاد بكل جدية",
                "سمير الحداد",
                "وزير المالية الأردني، والأمين العام لحزب الوسط",
                id="the-secretary-general-of-a-party",
            ),
            pytest.param(
                "وأكد كمال الزين، رئيس اللجنة الوطنية، والمنسق العام للحملة، أن "
                '"التسجيل سيبدأ الأسبوع المقبل".',
                "التسجيل سيبدأ الأسبوع المقبل",
                "كمال الزين",
                "رئيس اللجنة الوطنية، والمنسق العام للحملة",
                id="the-general-coordinator",
            ),
            pytest.param(
                "وصرح فؤاد القاسمي، عضو مجلس الإدارة، ومدير عام الشركة، بأن "
                '"الأرباح تضاعفت هذا العام".',
                "الأرباح تضاعفت هذا العام",
                "فؤاد القاسمي",
                "عضو مجلس الإدارة، ومدير عام الشركة",
                id="a-bare-director-general",
            ),
        ],
    )
    def test_both_posts_are_the_role(self, text: str, words: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                "قال سمير الحداد، وزير المالية الأردني، إن الحكومة "
                '"تعمل على إصلاح الاقتصاد بكل جدية".',
                "تعمل على إصلاح الاقتصاد بكل جدية",
                "سمير الحداد",
                "وزير المالية الأردني",
                id="one-post",
            ),
            pytest.param(
                "قال سمير الحداد، وزير المالية الأردني، والمتحدث باسم حزب الوسط، إن "
                'الحكومة "تعمل على إصلاح الاقتصاد بكل جدية".',
                "تعمل على إصلاح الاقتصاد بكل جدية",
                "سمير الحداد",
                "وزير المالية الأردني، والمتحدث باسم حزب الوسط",
                id="a-second-post-with-no-general",
            ),
            pytest.param(
                "قال سمير الحداد، وزير المالية، والأمين العام للحزب لطفي العمري، إن "
                'الحكومة "تعمل على إصلاح الاقتصاد بكل جدية".',
                "تعمل على إصلاح الاقتصاد بكل جدية",
                "سمير الحداد",
                "وزير المالية",
                id="the-second-post-names-its-own-holder",
            ),
        ],
    )
    def test_near_misses(self, text: str, words: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text


class TestABareTitleForTheLastSpeakerWithNoPostIsHisRole:
    """ "وقال السيد X إن «…». وأكد الوزير أن «…»": a person the text names
    with no post anywhere (an honorific alone), then calls by a bare title
    (`الوزير`, `الوزيرة`) as the next verb's subject, is that title's holder:
    it is his role in all his words, as after a verb that goes on
    ("وأضاف الوزير")."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                "وقال السيد الورفلي إن “الأمن مستتب في كل المدن”. وأكد الوزير أن “الجريمة "
                "تراجعت كثيرا في البلاد”.",
                "الورفلي",
                "الوزير",
                id="the-minister-after-mr",
            ),
            pytest.param(
                "وقالت السيدة سلمى الورفلي إن “الأمن مستتب في كل المدن”. وأكدت الوزيرة أن "
                "“الجريمة تراجعت كثيرا في البلاد”.",
                "سلمى الورفلي",
                "الوزيرة",
                id="the-woman-minister",
            ),
            pytest.param(
                "وشدد السيد الكتاني، خلال ندوة صحفية بالرباط، أن “الموسم الفلاحي سيكون جيدا”. "
                "وأوضح الوزير أن “الأمطار الأخيرة أنقذت المحاصيل”.",
                "الكتاني",
                "الوزير",
                id="after-an-aside-in-commas",
            ),
        ],
    )
    def test_the_title_is_his_role_in_all_his_words(
        self, text: str, speaker: str, role: str
    ) -> None:
        quotes = extract(text)
        assert [(q.speaker, q.role) for q in quotes] == [(speaker, role)] * 2, text

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                "وقال السيد الورفلي إن “الأمن مستتب في كل المدن”. وأكد المسؤول أن “الجريمة "
                "تراجعت كثيرا في البلاد”.",
                "الورفلي",
                None,
                id="an-official-is-a-source-no-post",
            ),
            pytest.param(
                "قال وزير الداخلية سعيد الورفلي إن “الأمن مستتب في كل المدن”. وأكد الوزير أن "
                "“الجريمة تراجعت كثيرا في البلاد”.",
                "سعيد الورفلي",
                "وزير الداخلية",
                id="his-own-post-stays",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str, role: str | None) -> None:
        quotes = extract(text)
        assert [(q.speaker, q.role) for q in quotes] == [(speaker, role)] * 2, text


class TestTheMinisterIsNotTheFirstMinister:
    """ "الوزير" alone is never the one named "الوزير الأول X" (the first
    minister, the head of government in Maghrebi press: another office):
    after a person named with no post who met him, the bare title is the
    last speaker's."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                "وشدد السيد الكتاني، خلال لقاء صحفي جمعه مع الوزير الأول المالي موسى "
                "كوليبالي، أن “الموسم الفلاحي سيكون جيدا”. وأكد الوزير أن “الأمطار الأخيرة "
                "أنقذت المحاصيل”.",
                "الكتاني",
                "الوزير",
                id="met-the-first-minister",
            ),
            pytest.param(
                "وقال السيد العلمي، بعد استقباله من طرف الوزير الأول الغيني عمر كابا، إن "
                "“المشروع سينطلق قريبا”. وأوضح الوزير أن “التمويل متوفر بالكامل”.",
                "العلمي",
                "الوزير",
                id="received-by-the-first-minister",
            ),
            pytest.param(
                "وقالت السيدة بنعلي، إثر مباحثات مع الوزير الأول السنغالي أمادو با، إن "
                "“الاتفاق يخدم البلدين”. وأكدت الوزيرة أن “التبادل التجاري سيتضاعف”.",
                "بنعلي",
                "الوزيرة",
                id="a-woman-minister",
            ),
        ],
    )
    def test_the_minister_is_the_last_speaker(self, text: str, speaker: str, role: str) -> None:
        quotes = extract(text)
        assert [(q.speaker, q.role) for q in quotes] == [(speaker, role)] * 2, text

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                "قال الوزير الأول موسى كوليبالي إن “الموسم الفلاحي سيكون جيدا”. وأكد الوزير "
                "الأول أن “الأمطار الأخيرة أنقذت المحاصيل”.",
                "موسى كوليبالي",
                "الوزير الأول",
                id="the-first-minister-again",
            ),
            pytest.param(
                "قال وزير الفلاحة موسى كوليبالي إن “الموسم الفلاحي سيكون جيدا”. وأكد الوزير "
                "أن “الأمطار الأخيرة أنقذت المحاصيل”.",
                "موسى كوليبالي",
                "وزير الفلاحة",
                id="a-minister-of-a-portfolio",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str, role: str) -> None:
        quotes = extract(text)
        assert [(q.speaker, q.role) for q in quotes] == [(speaker, role)] * 2, text


class TestHighlightedGluedToWaBeforeThat:
    """ "وأبرز الوزير أن «…»": the masculine of أبرز ("highlighted, stated",
    Maghrebi press) glued to و is a verb of saying before its أنّ; its
    subject speaks. Elsewhere it is "the most salient" ("وأبرز ما …",
    "وأبرز المداخلات:")."""

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                "قال وزير التجهيز سعيد الناصري إن “المشروع سينطلق قريبا”. وأبرز المهندس أن "
                "“الطريق ستنجز في سنتين”.",
                "الطريق ستنجز في سنتين",
                "المهندس",
                "المهندس",
                id="another-speaker-by-his-title",
            ),
            pytest.param(
                "وقال السيد العلمي إن “المشروع سينطلق قريبا”. وأبرز الوزير، في كلمة "
                "بالمناسبة، أن “الطريق ستنجز في سنتين”.",
                "الطريق ستنجز في سنتين",
                "العلمي",
                "الوزير",
                id="an-aside-before-that",
            ),
            pytest.param(
                "وقال السيد الورفلي إن “الأمن مستتب في كل المدن”. وأبرز الوزير أن “الجريمة "
                "تراجعت كثيرا في البلاد”.",
                "الجريمة تراجعت كثيرا في البلاد",
                "الورفلي",
                "الوزير",
                id="a-bare-title",
            ),
        ],
    )
    def test_its_subject_speaks(self, text: str, words: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, words, speaker",
        [
            pytest.param(
                "قال وزير التجهيز سعيد الناصري إن “المشروع سينطلق قريبا”. وأبرز ما جاء في "
                "كلمته: “الطريق ستنجز في سنتين”.",
                "الطريق ستنجز في سنتين",
                "سعيد الناصري",
                id="the-most-salient-of-what",
            ),
            pytest.param(
                "قال وزير التجهيز سعيد الناصري إن “المشروع سينطلق قريبا”. وأبرز رئيس الجماعة "
                "كمال العمراني أن “الطريق ستنجز في سنتين”.",
                "الطريق ستنجز في سنتين",
                "كمال العمراني",
                id="a-named-subject-as-before",
            ),
            pytest.param(
                "قال وزير التجهيز سعيد الناصري إن “المشروع سينطلق قريبا”. وأبرز أن “الطريق "
                "ستنجز في سنتين”.",
                "الطريق ستنجز في سنتين",
                "سعيد الناصري",
                id="no-subject-he-goes-on",
            ),
        ],
    )
    def test_near_misses(self, text: str, words: str, speaker: str) -> None:
        assert quote_exactly(text, words).speaker == speaker, text


class TestANameInMarksAfterACompletedRank:
    """ "القائد العام للجيش الفريق أول ركن «X Y»": the words that complete a
    military rank (`أول`, `ركن`) before the holder's name set in marks were
    read as the name's first words, and `ركن` spoke; now the name in marks
    is the titled person's, as after the bare rank ("اللواء «X Y»")."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                "وأكد القائد العام للجيش الفريق أول ركن « سالم الورفلي » في حديث صحفي أن "
                "الأمن « مستتب في كل المدن ». وقال الورفلي إن « الجريمة تراجعت كثيرا ».",
                "سالم الورفلي",
                "القائد العام للجيش",
                id="first-general-staff",
            ),
            pytest.param(
                "وقال رئيس الأركان الفريق أول « عادل المبروك » أمس إن « الحدود مؤمنة بالكامل "
                "». وأضاف المبروك أن « التعزيزات وصلت ».",
                "عادل المبروك",
                "رئيس الأركان",
                id="first-general",
            ),
            pytest.param(
                "وصرح قائد المنطقة العسكرية اللواء ركن “ منصور الدرسي ” بأن “ الوضع تحت السيطرة "
                "”. وتابع الدرسي أن “ القوات انتشرت ”.",
                "منصور الدرسي",
                "قائد المنطقة العسكرية",
                id="major-general-staff",
            ),
        ],
    )
    def test_the_name_in_marks_speaks(self, text: str, speaker: str, role: str) -> None:
        quotes = extract(text)
        assert [(q.speaker, q.role) for q in quotes] == [(speaker, role)] * 2, text

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                "وأكد القائد العام للجيش الفريق « سالم الورفلي » في حديث صحفي أن الأمن « مستتب "
                "في كل المدن ». وقال الورفلي إن « الجريمة تراجعت كثيرا ».",
                "سالم الورفلي",
                "القائد العام للجيش",
                id="the-bare-rank",
            ),
            pytest.param(
                "وأكد القائد العام للجيش الفريق أول ركن سالم الورفلي في حديث صحفي أن الأمن « "
                "مستتب في كل المدن ». وقال الورفلي إن « الجريمة تراجعت كثيرا ».",
                "سالم الورفلي",
                "القائد العام للجيش",
                id="no-marks",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str, role: str) -> None:
        quotes = extract(text)
        assert [(q.speaker, q.role) for q in quotes] == [(speaker, role)] * 2, text


class TestAThingInConstructAfterAKnownFamilyName:
    """ "واعتبر X قرار المجلس الرئاسي بأنه «…»" after "X Y" named in full:
    a thing of policy with no article (`قرار`, `مشروع`, `موقف`) in construct
    with a definite genitive after the family name alone is the verb's
    object, no word of a new person's name ("X قرار", who had no role)."""

    @pytest.mark.parametrize(
        "text, words",
        [
            pytest.param(
                "وقال وزير الدفاع سالم الورفلي إن « الأمن مستتب ». واعتبر الورفلي قرار المجلس "
                "الرئاسي بأنه « حبر على ورق ».",
                "حبر على ورق",
                id="a-decision",
            ),
            pytest.param(
                "وقال وزير الدفاع سالم الورفلي إن « الأمن مستتب ». واعتبر الورفلي مشروع "
                "الحكومة بأنه « لن ينجح أبدا ».",
                "لن ينجح أبدا",
                id="a-project",
            ),
            pytest.param(
                "وقال وزير الدفاع سالم الورفلي إن « الأمن مستتب ». واعتبر الورفلي موقف "
                "البرلمان بأنه « خذلان للشعب كله ».",
                "خذلان للشعب كله",
                id="a-stance",
            ),
        ],
    )
    def test_the_person_named_before_speaks(self, text: str, words: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == ("سالم الورفلي", "وزير الدفاع"), text

    @pytest.mark.parametrize(
        "text, words, speaker",
        [
            pytest.param(
                "وقال وزير الدفاع سالم الورفلي إن « الأمن مستتب ». وقال سالم قرار المحامي "
                "إن « القضية لن تنجح أبدا ».",
                "القضية لن تنجح أبدا",
                "سالم قرار",
                id="a-given-name-then-a-family-name",
            ),
            pytest.param(
                "وقال وزير الدفاع سالم الورفلي إن « الأمن مستتب ». واعتبر الورفلي القرار "
                "بأنه « لن ينجح أبدا ».",
                "لن ينجح أبدا",
                "سالم الورفلي",
                id="the-definite-object",
            ),
        ],
    )
    def test_near_misses(self, text: str, words: str, speaker: str) -> None:
        assert quote_exactly(text, words).speaker == speaker, text


class TestTheBarePresidentIsTheHeadOfTheStateNamedBefore:
    """ "استقبل رئيس الجمهورية الجزائرية X Y …. وقال الرئيس الجزائري «…»":
    `الرئيس` alone (or with the country's nisba) names the head of the
    state; one named before as "رئيس الجمهورية/الدولة …" holds that office
    and speaks, with his fuller post (the title alone spoke, with itself
    for role). "رئيس الحزب" is another office, as before."""

    @pytest.mark.parametrize(
        "text, role",
        [
            pytest.param(
                "استقبل رئيس الجمهورية الجزائرية كمال العربي، اليوم الأحد بقصر المرادية، "
                'وزير الخارجية. وقال الرئيس الجزائري على هامش اللقاء "إننا نعمل ليلا '
                'ونهارا من أجل شعبنا".',
                "رئيس الجمهورية الجزائرية",
                id="with-the-nisba",
            ),
            pytest.param(
                "استقبل رئيس الجمهورية الجزائرية كمال العربي، اليوم الأحد بقصر المرادية، "
                'وزير الخارجية. وقال الرئيس على هامش اللقاء "إننا نعمل ليلا ونهارا من '
                'أجل شعبنا".',
                "رئيس الجمهورية الجزائرية",
                id="the-bare-president",
            ),
            pytest.param(
                "استقبل رئيس الدولة كمال العربي، صباح اليوم، سفير إيطاليا. وأكد الرئيس أن "
                '"العلاقات بين البلدين ممتازة".',
                "رئيس الدولة",
                id="the-head-of-the-state",
            ),
        ],
    )
    def test_the_head_of_state_named_before_speaks(self, text: str, role: str) -> None:
        (q,) = extract(text)
        assert (q.speaker, q.role) == ("كمال العربي", role), text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                "استقبل رئيس الحزب كمال العربي، اليوم الأحد بمقر الحزب، وزير الخارجية. وقال "
                'الرئيس على هامش اللقاء "إننا نعمل ليلا ونهارا من أجل شعبنا".',
                "الرئيس",
                id="the-head-of-a-party",
            ),
            pytest.param(
                "استقبل رئيس الجمهورية الجزائرية كمال العربي، اليوم الأحد بقصر المرادية، "
                'وزير الخارجية. وقال الرئيس التونسي على هامش اللقاء "إننا نعمل ليلا '
                'ونهارا من أجل شعبنا".',
                "الرئيس التونسي",
                id="another-country",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        (q,) = extract(text)
        assert q.speaker == speaker, text


class TestTheServantOfTheTwoHolyMosques:
    """ "أكد خادم الحرمين الشريفين الملك X Y أن «…»": the Saudi king's title,
    `خادم` in construct with "the two holy mosques", was read as a person's
    name ("خادم الحرمين"); `خادم` is a title, and the honorific الملك before
    the name is left out of the post, as after "ملك البحرين"."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                "أكد خادم الحرمين الشريفين الملك فهد بن عبدالله آل سعود اليوم أن "
                '"الاجتماعات الخليجية تثبت مواقفنا".',
                "فهد بن عبدالله آل سعود",
                id="before-that",
            ),
            pytest.param(
                'وقال خادم الحرمين الشريفين الملك فيصل بن تركي في كلمته: "نحن يد واحدة في كل وقت".',
                "فيصل بن تركي",
                id="before-a-colon",
            ),
            pytest.param(
                "وشدد خادم الحرمين الشريفين الملك خالد بن سعد، في افتتاح القمة، على أن "
                '"أمن الخليج كل لا يتجزأ".',
                "خالد بن سعد",
                id="an-aside-in-commas",
            ),
        ],
    )
    def test_the_king_speaks_with_the_title(self, text: str, speaker: str) -> None:
        (q,) = extract(text)
        assert (q.speaker, q.role) == (speaker, "خادم الحرمين الشريفين"), text

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                'أكد ملك البحرين الملك فهد بن عبدالله آل خليفة اليوم أن "الاجتماعات '
                'الخليجية تثبت مواقفنا".',
                "فهد بن عبدالله آل خليفة",
                "ملك البحرين",
                id="another-king",
            ),
            pytest.param(
                'وقالت الخادمة إن "الصلاة أقيمت في موعدها".',
                "الخادمة",
                None,
                id="a-maid",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str, role: str | None) -> None:
        (q,) = extract(text)
        assert (q.speaker, q.role) == (speaker, role), text
