"""Roles of the development read of the seventh session of 2026-12-06
(dev27r): the post the text gives each person, carried to his quotes, never
another's. Every sentence here is invented; one class per rule."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import quote_exactly


class TestPeopleCalledOnAfterANameAreNoFamilyName:
    """ "ودعا X الأهالي والتجار إلى …": a definite plural of people after a
    name read with no title, before إلى/على or another definite noun joined
    by و, is the verb's object, no word of the name: the name is the one met
    before, who keeps his post."""

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                "كشف وزير التعليم نبيل سعيد الخطيب عن موعد الامتحانات.\n"
                'وطمأن الخطيب التلاميذ والأولياء بأن "الأسئلة لن تخرج عن المقرر الدراسي".',
                "الأسئلة لن تخرج عن المقرر الدراسي",
                "نبيل سعيد الخطيب",
                "وزير التعليم",
                id="pupils-and-parents-reassured",
            ),
            pytest.param(
                "أكد محافظ المدينة فادي عمر السويدي انتهاء أشغال الطريق.\n"
                'ودعا السويدي السكان إلى الحذر، مضيفا "الجسر الجديد سيفتح أمام السيارات '
                'الأسبوع المقبل".',
                "الجسر الجديد سيفتح أمام السيارات الأسبوع المقبل",
                "فادي عمر السويدي",
                "محافظ المدينة",
                id="residents-called-on-then-a-participle",
            ),
            pytest.param(
                "أعلن وزير الداخلية سامي فؤاد الراشد عن خطة جديدة للأمن.\n"
                'ودعا الراشد الآباء إلى مراقبة أبنائهم، قائلا "الوضع تحت السيطرة تماما".',
                "الوضع تحت السيطرة تماما",
                "سامي فؤاد الراشد",
                "وزير الداخلية",
                id="fathers-called-on",
            ),
            pytest.param(
                "أعلن وزير الصحة كريم منصور الهاشمي عن حملة تلقيح واسعة.\n"
                'ودعا الهاشمي الأهالي والأطباء إلى التعاون، قائلا "اللقاح آمن ومتوفر في كل '
                'المراكز".',
                "اللقاح آمن ومتوفر في كل المراكز",
                "كريم منصور الهاشمي",
                "وزير الصحة",
                id="residents-and-doctors",
            ),
        ],
    )
    def test_the_name_ends_before_the_people(
        self, text: str, words: str, speaker: str, role: str
    ) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                'قال الناطق باسم جمعية حقوق الأسرى والمفقودين حسام علي البنا إن "الملف لم '
                'يغلق بعد".',
                "الملف لم يغلق بعد",
                "حسام علي البنا",
                "الناطق باسم جمعية حقوق الأسرى والمفقودين",
                id="in-a-body-s-name-after-a-title",
            ),
            pytest.param(
                'وقال رئيس اتحاد أولياء التلاميذ، مراد يوسف الصافي، إن "الدخول المدرسي يجري '
                'في ظروف جيدة".',
                "الدخول المدرسي يجري في ظروف جيدة",
                "مراد يوسف الصافي",
                "رئيس اتحاد أولياء التلاميذ",
                id="a-genitive-in-a-post",
            ),
            pytest.param(
                'قال كريم العمال "الإضراب سيستمر حتى تحقيق المطالب".',
                "الإضراب سيستمر حتى تحقيق المطالب",
                "كريم العمال",
                None,
                id="a-family-name-before-the-quote",
            ),
            pytest.param(
                'وقال سعيد الشباب في تصريح صحفي إن "الفريق جاهز للمباراة".',
                "الفريق جاهز للمباراة",
                "سعيد الشباب",
                None,
                id="a-family-name-before-fi",
            ),
        ],
    )
    def test_near_misses(self, text: str, words: str, speaker: str, role: str | None) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text


class TestChargeDAffairesInConstructKeepsThePlace:
    """ "القائم بأعمال السفارة الكندية في X Y Z": the chargé d'affaires'
    word بأعمال (no article), in construct with the embassy or the post he
    stands in for, is the title's, no verbal noun "بإعمال" the verb takes:
    the post runs on over its genitive and where it is held to the name."""

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                'ورأى القائم بأعمال البعثة الأوروبية في تونس ديفيد براون أن "الانتخابات '
                'جرت في هدوء".',
                "الانتخابات جرت في هدوء",
                "ديفيد براون",
                "القائم بأعمال البعثة الأوروبية في تونس",
                id="mission-and-city-then-the-name",
            ),
            pytest.param(
                'وقالت القائمة بأعمال السفارة البريطانية في الرباط سارة جونز إن "العلاقات ممتازة".',
                "العلاقات ممتازة",
                "سارة جونز",
                "القائمة بأعمال السفارة البريطانية في الرباط",
                id="the-feminine",
            ),
            pytest.param(
                'قال القائم بأعمال رئيس الحكومة سمير الحداد إن "الميزانية جاهزة".',
                "الميزانية جاهزة",
                "سمير الحداد",
                "القائم بأعمال رئيس الحكومة",
                id="standing-in-for-a-post",
            ),
            pytest.param(
                "وأشادت القائمة بأعمال السفارة الهندية في الجزائر أنجالي كومار بالتعاون بين "
                "البلدين.\n"
                'وقالت كومار إن "التعاون الاقتصادي سيتوسع".',
                "التعاون الاقتصادي سيتوسع",
                "أنجالي كومار",
                "القائمة بأعمال السفارة الهندية في الجزائر",
                id="then-the-family-name",
            ),
        ],
    )
    def test_the_post_runs_to_the_name(
        self, text: str, words: str, speaker: str, role: str
    ) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                'تعهد الوزير بإعمال القانون على الجميع، وقال إن "لا أحد فوق المحاسبة".',
                "لا أحد فوق المحاسبة",
                "الوزير",
                "الوزير",
                id="a-verbal-noun-after-a-title",
            ),
            pytest.param(
                'وقال القائم بالأعمال الأمريكي في عمان جون ميلر إن "الوضع مستقر".',
                "الوضع مستقر",
                "جون ميلر",
                "القائم بالأعمال الأمريكي في عمان",
                id="with-the-article-as-before",
            ),
            pytest.param(
                'وطالب النائب بإعمال الشفافية، مضيفا أن "الصفقات يجب أن تنشر".',
                "الصفقات يجب أن تنشر",
                "النائب",
                "النائب",
                id="another-title-and-the-verbal-noun",
            ),
        ],
    )
    def test_near_misses(self, text: str, words: str, speaker: str, role: str | None) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text


class TestTheBodyANameIsFromIsHisRole:
    """ "وقال X Y من فريق الدفاع عن Z إن": a name with no title, then من and
    the body he is of (a body's head, or a defence's team or panel), up to
    the verb's أنّ, a colon or the comma that closes the aside, is that
    person's role; not after a verb whose complement من introduces, nor when
    من is no body's."""

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                'وقال سمير الهادي من فريق الدفاع عن المتهمين إن "الجلسة لم تكن عادلة".',
                "الجلسة لم تكن عادلة",
                "سمير الهادي",
                "فريق الدفاع عن المتهمين",
                id="a-defence-team-before-that",
            ),
            pytest.param(
                'وقالت ليلى منصور، من هيئة الدفاع، إن "موكلنا بريء من كل التهم".',
                "موكلنا بريء من كل التهم",
                "ليلى منصور",
                "هيئة الدفاع",
                id="a-defence-panel-set-off-by-commas",
            ),
            pytest.param(
                'وأوضح كمال الزين من لجنة المتابعة: "الأشغال ستنتهي في الصيف".',
                "الأشغال ستنتهي في الصيف",
                "كمال الزين",
                "لجنة المتابعة",
                id="a-committee-before-a-colon",
            ),
            pytest.param(
                'وقال رامي العلي من حزب التقدم إن "التحالف سيصمد حتى الانتخابات".',
                "التحالف سيصمد حتى الانتخابات",
                "رامي العلي",
                "حزب التقدم",
                id="a-party",
            ),
        ],
    )
    def test_the_body_is_the_role(self, text: str, words: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                'وحذر رامي العلي من حزب التقدم قائلا "التحالف لن يصمد".',
                "التحالف لن يصمد",
                "رامي العلي",
                None,
                id="a-verb-that-takes-min",
            ),
            pytest.param(
                'وقال رامي العلي من سكان الحي إن "المياه مقطوعة منذ أسبوع".',
                "المياه مقطوعة منذ أسبوع",
                "رامي العلي",
                None,
                id="where-he-lives-is-no-body",
            ),
            pytest.param(
                'وقال رامي العلي من جهته إن "التحالف سيصمد".',
                "التحالف سيصمد",
                "رامي العلي",
                None,
                id="for-his-part",
            ),
            pytest.param(
                'وقال المحامي رامي العلي من هيئة الدفاع إن "الحكم قاس".',
                "الحكم قاس",
                "رامي العلي",
                "المحامي",
                id="after-a-title-left-as-it-was",
            ),
        ],
    )
    def test_near_misses(self, text: str, words: str, speaker: str, role: str | None) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text
